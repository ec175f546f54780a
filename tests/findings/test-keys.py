#!/usr/bin/env python3
"""`check` against the findings keys of tests/findings (README.md there):
the uncovered, conflict and no-lead findings at warning or error must be
exactly those of each key, with the same severity, and no `held` area may
have one.  Prints precision and recall per key."""
import glob
import json
import os
import subprocess
import sys

dutygraph, top = os.path.abspath(sys.argv[1]), sys.argv[2]
KINDS = {"uncovered", "conflict", "no-lead"}


def read_key(path):
    model, want, held = None, {}, set()
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.split("#", 1)[0] if line.lstrip().startswith("#") else line
            fields = line.split("|", 1)[0].split()
            if not fields:
                continue
            if fields[0] == "model" and len(fields) == 2:
                model = fields[1]
            elif fields[0] == "held" and len(fields) == 2:
                held.add(fields[1])
            elif fields[0] in KINDS and len(fields) == 3 and fields[2] in ("error", "warning"):
                if "|" not in line:
                    sys.exit(f"{path}:{n}: a finding without its basis")
                want[(fields[0], fields[1])] = fields[2]
            else:
                sys.exit(f"{path}:{n}: not a key line: {line.strip()}")
    if model is None:
        sys.exit(f"{path}: no model line")
    return model, want, held


failures = []
for key in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "*.key"))):
    model, want, held = read_key(key)
    result = subprocess.run([dutygraph, "check", "--fail-on", "none", "--format", "json", model],
                            cwd=top, capture_output=True, timeout=60)
    if result.returncode != 0:
        sys.exit(f"check {model}: exit {result.returncode}\n{result.stderr.decode()}")
    got = {}
    for f in json.loads(result.stdout)["findings"]:
        if f["kind"] in KINDS and f["severity"] in ("error", "warning"):
            got[(f["kind"], f["area"]["id"])] = f["severity"]
    name = os.path.basename(key)
    true = {k for k in got if k in want and got[k] == want[k]}
    for k in sorted(set(want) - set(got)):
        failures.append(f"{name}: missing {k[0]} {k[1]} {want[k]}")
    for k in sorted(set(got) - set(want)):
        failures.append(f"{name}: unexpected {k[0]} {k[1]} {got[k]}")
    for k in sorted(set(got) & set(want)):
        if got[k] != want[k]:
            failures.append(f"{name}: {k[0]} {k[1]} is {got[k]}, the key says {want[k]}")
    for area in sorted(held):
        if any(a == area for _, a in got):
            failures.append(f"{name}: {area} is held, yet check reports it")
    precision = len(true) / len(got) if got else 1.0
    recall = len(true) / len(want) if want else 1.0
    print(f"{name}: {len(got)} found, {len(want)} in the key, {len(true)} right: "
          f"precision {precision:.2f}, recall {recall:.2f}")

if failures:
    print("\n".join(failures))
    sys.exit(1)
