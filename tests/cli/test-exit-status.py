#!/usr/bin/env python3
"""Every command's exit status against the table in docs/cli.md.

Each command is run three ways that must fail the same way whatever the
command: with stdout on a full device (/dev/full), with -o into a directory
that does not exist, and with a model that does not parse.  The status each
must give is read from docs/cli.md's exit-status table (the row that names
the error's domain), not written here, so the table is the one statement of
the mapping; a failure also must leave nothing behind and print exactly one
diagnostic."""
import os
import re
import shutil
import subprocess
import sys
import tempfile

dutygraph, top = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
env = {k: v for k, v in os.environ.items()
       if not (k.startswith("LC_") or k in ("LANG", "LANGUAGE"))}
env["LC_ALL"] = "C.UTF-8"
env["LANGUAGE"] = "en"


def documented_statuses():
    """{domain: status} from the `| status | meaning | domains |` table."""
    with open(os.path.join(top, "docs", "cli.md"), encoding="utf-8") as f:
        text = f.read()
    section = text.split("## Exit status", 1)[1].split("\n## ", 1)[0]
    table = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0].isdigit():
            for domain in re.findall(r"`([a-z0-9:-]+)`", cells[2]):
                table.setdefault(domain, int(cells[0]))
    return table


def coded_statuses():
    """{name: status} from the exit_rules table of src/main.c."""
    with open(os.path.join(top, "src", "main.c"), encoding="utf-8") as f:
        text = f.read()
    rows = re.findall(r'\{ "([a-z0-9:-]+)", \w+, \w+, DG_EXIT_(\w+) \}', text)
    number = {"OK": 0, "FINDINGS": 1, "INPUT": 2, "INTERNAL": 3}
    return {name: number[status] for name, status in rows}


statuses = documented_statuses()
coded = coded_statuses()
if not coded:
    sys.exit("src/main.c has no exit_rules rows")
if coded != statuses:
    sys.exit(f"docs/cli.md's table {sorted(statuses.items())} is not main.c's "
             f"{sorted(coded.items())}")
for domain in ("output:write", "model", "cli:usage"):
    if domain not in statuses:
        sys.exit(f"docs/cli.md's exit-status table names no domain `{domain}`")

MODEL = "town.yaml"
SCENARIO = "scenario.yaml"
DOC = "doc.txt"
TAXONOMY = "taxonomy.yaml"

# Each command with the arguments of a run that succeeds; OUT is where -o goes.
COMMANDS = {
    "check": ["check", MODEL],
    "check --summary": ["check", "--summary", MODEL],
    "who": ["who", MODEL, "校车"],
    "what": ["what", MODEL, "镇教委"],
    "render": ["render", "--format", "dot", MODEL],
    "render svg": ["render", "--format", "svg", MODEL],
    "render --diff": ["render", "--diff", "--format", "dot", MODEL, MODEL],
    "stats": ["stats", MODEL],
    "stats --summary": ["stats", "--summary", MODEL],
    "calendar": ["calendar", MODEL],
    "diff": ["diff", MODEL, MODEL],
    "restructure": ["restructure", MODEL, SCENARIO],
    "matrix": ["matrix", "--format", "csv", MODEL],
    "matrix md": ["matrix", "--format", "md", MODEL],
    "matrix --summary": ["matrix", "--summary", "--format", "csv", MODEL],
    "report": ["report", MODEL],
    "report many": ["report", MODEL, MODEL],
    "import": ["import", "--taxonomy", TAXONOMY, DOC],
    "eval": ["eval", MODEL, MODEL],
}
# Commands that write binary data refuse a terminal, not a full device;
# restructure and import always need -o.
NEEDS_OUTPUT = {"restructure", "import"}
BAD_MODEL = "dutygraph: 1\nbodies: [\n"

failures = []


def run(args, cwd, stdout):
    r = subprocess.run([dutygraph, *args], cwd=cwd, stdout=stdout, stderr=subprocess.PIPE, env=env)
    return r.returncode, r.stderr.decode("utf-8", "replace")


def scratch():
    d = tempfile.mkdtemp()
    shutil.copy(os.path.join(top, "model", "zhangshanzi-2020.yaml"), os.path.join(d, MODEL))
    os.mkdir(os.path.join(d, "taxonomy"))
    shutil.copy(os.path.join(top, "model", "taxonomy", "safety-areas.yaml"),
                os.path.join(d, "taxonomy", "safety-areas.yaml"))
    shutil.copy(os.path.join(top, "model", "taxonomy", "safety-areas.yaml"),
                os.path.join(d, TAXONOMY))
    shutil.copy(os.path.join(top, "model", "scenarios", "gongan-merger.yaml"),
                os.path.join(d, SCENARIO))
    shutil.copytree(os.path.join(top, "model", "sources"), os.path.join(d, "sources"))
    shutil.copy(os.path.join(top, "model", "sources", "zhangshanzi-2020.txt"),
                os.path.join(d, DOC))
    return d


def expect(name, how, want, got, err, d, before):
    after = set(os.listdir(d))
    if got != want:
        failures.append(f"{name} {how}: exit {got}, docs/cli.md says {want}: {err.strip()}")
    if got != 0 and after != before:
        failures.append(f"{name} {how}: left {sorted(after - before)}")
    if got not in (0, 1) and len([l for l in err.splitlines() if "error" in l]) == 0:
        failures.append(f"{name} {how}: exit {got} with no diagnostic")


for name, args in COMMANDS.items():
    # the run itself succeeds, so that each failure below is the one meant.
    d = scratch()
    out_args = ["-o", "out"] if args[0] in NEEDS_OUTPUT else []
    got, err = run([args[0], *out_args, *args[1:]], d, subprocess.DEVNULL)
    if got not in (0, 1):
        failures.append(f"{name}: exit {got} on good input: {err.strip()}")
    shutil.rmtree(d)
    # stdout on a full device: the write fails (ENOSPC); an environment failure.
    if args[0] not in NEEDS_OUTPUT:
        d = scratch()
        before = set(os.listdir(d))
        with open("/dev/full", "wb") as full:
            got, err = run(args, d, full)
        expect(name, "> /dev/full", statuses["output:write"], got, err, d, before)
        shutil.rmtree(d)
    # -o into a directory that does not exist: cannot write.
    d = scratch()
    before = set(os.listdir(d))
    got, err = run([args[0], "-o", "missing/out", *args[1:]], d, subprocess.DEVNULL)
    expect(name, "-o missing/out", statuses["output:write"], got, err, d, before)
    shutil.rmtree(d)
    # bad input: the model (or the document's taxonomy) does not parse.
    d = scratch()
    bad = TAXONOMY if args[0] == "import" else MODEL
    with open(os.path.join(d, bad), "w", encoding="utf-8") as f:
        f.write(BAD_MODEL)
    before = set(os.listdir(d))
    out_args = ["-o", "out"] if args[0] in NEEDS_OUTPUT else []
    got, err = run([args[0], *out_args, *args[1:]], d, subprocess.DEVNULL)
    expect(name, "bad input", statuses["model"], got, err, d, before)
    shutil.rmtree(d)
    # usage: an option no command knows.
    d = scratch()
    before = set(os.listdir(d))
    got, err = run([args[0], "--no-such-option", *args[1:]], d, subprocess.DEVNULL)
    expect(name, "--no-such-option", statuses["cli:usage"], got, err, d, before)
    shutil.rmtree(d)

if failures:
    sys.exit("\n".join(failures))
print(f"{len(COMMANDS)} commands, each against the documented table")
