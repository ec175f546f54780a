#!/usr/bin/env python3
"""Every writing command against -o targets that are not a new name or a
regular file, and against every other name of its inputs.

For each command of COMMANDS (a run that succeeds) and each target of
TARGETS, the run must exit 2 with one `dutygraph: error: refusing to write`
line, and leave the target exactly as it was: a FIFO stays a FIFO (and is
never opened: nobody reads it, so an open would hang until the timeout), a
link to a device stays that link, a directory stays empty, a symbolic-link
loop stays a loop, and the model's document (`source:`), named through a
link or a hard link, keeps its bytes.  `-o -` writes to stdout.
"""
import os
import shutil
import stat
import subprocess
import sys
import tempfile

dutygraph, top = os.path.abspath(sys.argv[1]), sys.argv[2]
env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="en")
MODEL = "model.yaml"
SCENARIO = "scenario.yaml"
DOC = "sources/zhangshanzi-2020.txt"  # the model's `source:`

COMMANDS = {
    "check": ["check", MODEL],
    "check --summary": ["check", "--summary", MODEL],
    "who": ["who", MODEL, "校车"],
    "what": ["what", MODEL, "镇教委"],
    "list": ["list", "bodies", MODEL],
    "render dot": ["render", "--format", "dot", MODEL],
    "render --diff": ["render", "--diff", "--format", "dot", MODEL, MODEL],
    "stats": ["stats", MODEL],
    "calendar": ["calendar", MODEL],
    "diff": ["diff", MODEL, MODEL],
    "restructure": ["restructure", MODEL, SCENARIO],
    "matrix csv": ["matrix", "--format", "csv", MODEL],
    "matrix xlsx": ["matrix", "--format", "xlsx", MODEL],
    "report": ["report", MODEL],
    "import": ["import", DOC],
    "eval": ["eval", MODEL, MODEL],
}


def make_targets(d):
    """Each target: name -> a function giving its state, compared before and after."""
    os.mkfifo(os.path.join(d, "fifo"))
    os.symlink("/dev/null", os.path.join(d, "device"))  # a regression replaces the link only
    os.mkdir(os.path.join(d, "directory"))
    os.symlink("loop-b", os.path.join(d, "loop-a"))
    os.symlink("loop-a", os.path.join(d, "loop-b"))
    os.symlink(DOC, os.path.join(d, "doc-link.txt"))
    os.link(os.path.join(d, DOC), os.path.join(d, "doc-hard.txt"))

    def state(name):
        path = os.path.join(d, name)
        st = os.lstat(path)
        kind = stat.S_IFMT(st.st_mode)
        if stat.S_ISLNK(st.st_mode):
            return (kind, os.readlink(path))
        if stat.S_ISDIR(st.st_mode):
            return (kind, sorted(os.listdir(path)))
        if stat.S_ISREG(st.st_mode):
            with open(path, "rb") as f:
                return (kind, f.read())
        return (kind, st.st_ino)

    return {name: (lambda n=name: state(n)) for name in
            ["fifo", "device", "directory", "loop-a", "doc-link.txt", "doc-hard.txt", DOC]}


failures = []
d = tempfile.mkdtemp()
try:
    shutil.copy(os.path.join(top, "model", "zhangshanzi-2020.yaml"), os.path.join(d, MODEL))
    shutil.copytree(os.path.join(top, "model", "taxonomy"), os.path.join(d, "taxonomy"))
    shutil.copytree(os.path.join(top, "model", "sources"), os.path.join(d, "sources"))
    shutil.copy(os.path.join(top, "model", "scenarios", "gongan-merger.yaml"),
                os.path.join(d, SCENARIO))
    targets = make_targets(d)
    runs = 0
    for name, args in COMMANDS.items():
        for target, state in targets.items():
            before = state()
            try:
                r = subprocess.run([dutygraph, *args, "-o", target], cwd=d, env=env,
                                   capture_output=True, timeout=60)
            except subprocess.TimeoutExpired:
                failures.append(f"{name} -o {target}: hung (opened the target?)")
                continue
            runs += 1
            err = r.stderr.decode("utf-8", "replace")
            if r.returncode != 2 or "refusing to write" not in err:
                failures.append(f"{name} -o {target}: exit {r.returncode}, want 2 refusing: {err.strip()}")
            if state() != before:
                failures.append(f"{name} -o {target}: the target changed")
        r = subprocess.run([dutygraph, *args, "-o", "-"], cwd=d, env=env, capture_output=True,
                           timeout=60)
        if r.returncode not in (0, 1) or not r.stdout:
            failures.append(f"{name} -o -: exit {r.returncode}, {len(r.stdout)} bytes on stdout")
    left = sorted(n for n in os.listdir(d) if n.startswith("."))
    if left:
        failures.append(f"temporary files left: {left}")
finally:
    shutil.rmtree(d)

for f in failures:
    print("FAIL:", f)
print(f"{len(COMMANDS)} commands x {len(targets)} targets, {runs} runs, {len(failures)} failures")
sys.exit(1 if failures else 0)
