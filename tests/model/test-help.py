#!/usr/bin/env python3
"""Every command listed by `dutygraph --help` answers `--help` with its usage
and exit 0, and has its section in docs/cli.md (so the two cannot drift)."""
import os
import re
import subprocess
import sys

dutygraph, top = os.path.abspath(sys.argv[1]), sys.argv[2]
failures = []
main = subprocess.run([dutygraph, "--help"], capture_output=True, text=True)
commands = re.findall(r"^  ([a-z]+) ", main.stdout, re.M)
if main.returncode != 0 or not commands:
    sys.exit(f"dutygraph --help: exit {main.returncode}, commands {commands}")
doc = open(os.path.join(top, "docs/cli.md"), encoding="utf-8").read()
for command in commands:
    r = subprocess.run([dutygraph, command, "--help"], capture_output=True, text=True)
    if r.returncode != 0 or f"dutygraph {command} [OPTION" not in r.stdout:
        failures.append(f"{command} --help: exit {r.returncode}: {r.stdout[:200]!r}")
    if not re.search(rf"^## {command}$", doc, re.M):
        failures.append(f"docs/cli.md has no section '## {command}'")
    # Every long option the command takes is documented in its section.
    section = doc.split(f"## {command}\n", 1)[-1].split("\n## ", 1)[0]
    for option in re.findall(r"^\s+(?:-\w, )?(--[a-z-]+)", r.stdout, re.M):
        if option in ("--help", "--help-all", "--help-limits"):
            continue
        if option not in section and option not in doc.split("## check", 1)[0]:
            failures.append(f"{command} {option} is not documented in docs/cli.md")
bad = subprocess.run([dutygraph, "frobnicate"], capture_output=True, text=True)
if bad.returncode != 2 or "unknown command 'frobnicate'" not in bad.stderr:
    failures.append(f"unknown command: exit {bad.returncode}")
if failures:
    print("\n".join(failures))
    sys.exit(1)
