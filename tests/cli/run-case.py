#!/usr/bin/env python3
"""Runs one golden-file CLI case.

A case is a directory:
  cmd              the arguments, one line, shell-quoted; the case's files are
                   copied to a scratch directory, which is the working directory
  *.yaml, ...      inputs
  expected-stdout  the exact stdout (optional: absent means "must be empty")
  expected-stderr  the exact stderr (optional: absent means "must be empty")
  expected-status  the exit status (optional: absent means 0)
  expected-files   names of files the command must create, one per line
                   (optional: absent means none); their contents are compared
                   with expected-file-NAME when that exists
  generate         optional executable run in the scratch directory before the
                   command, for inputs too big to commit (a 1 MB line, a
                   100 MB sparse file); what it writes counts as input
  env              optional environment for the command, one VAR=VALUE a line
                   (VAR= removes VAR).  Without it the command runs in the
                   C.UTF-8 locale with every locale variable removed, so its
                   messages are English whatever the machine's LANG is.
DG_TEST_WRAPPER in the environment (e.g. a valgrind command line, set by
`meson test --setup=valgrind`) is put in front of the command.
The case fails if any output differs, an input file changes, or the command
leaves any file it should not (a partial or temporary output).
"""
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

EXPECTED = ("cmd", "env", "expected-stdout", "expected-stderr", "expected-status", "expected-files")


def read(path, default=None):
    if not os.path.exists(path):
        return default
    with open(path, "rb") as f:
        return f.read()


def snapshot(root):
    files = {}
    for dirpath, _, names in os.walk(root):
        for name in names:
            path = os.path.join(dirpath, name)
            files[os.path.relpath(path, root)] = read(path)
    return files


def environment(case):
    """The machine's environment without its language, English unless the case's env file names a language."""
    env = {k: v for k, v in os.environ.items()
           if not (k.startswith("LC_") or k in ("LANG", "LANGUAGE", "DUTYGRAPH_LOCALEDIR"))}
    env["LC_ALL"] = "C.UTF-8"
    named = set()
    for line in read(os.path.join(case, "env"), b"").decode().splitlines():
        if line.strip():
            name, _, value = line.partition("=")
            named.add(name)
            if value:
                env[name] = value
            else:
                env.pop(name, None)
    # C.UTF-8 alone means Chinese to dutygraph; a case that names no
    # language variable of its own runs in English.
    if not named & {"LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"}:
        env["LANGUAGE"] = "en"
    return env


def main():
    dutygraph, case = os.path.abspath(sys.argv[1]), sys.argv[2]
    args = shlex.split(read(os.path.join(case, "cmd")).decode().strip())
    want_out = read(os.path.join(case, "expected-stdout"), b"")
    want_err = read(os.path.join(case, "expected-stderr"), b"")
    want_status = int(read(os.path.join(case, "expected-status"), b"0").decode().strip())
    want_files = read(os.path.join(case, "expected-files"), b"").decode().split()

    failures = []
    with tempfile.TemporaryDirectory() as scratch:
        for name in os.listdir(case):
            if name in EXPECTED or name.startswith("expected-file-"):
                continue
            src = os.path.join(case, name)
            (shutil.copytree if os.path.isdir(src) else shutil.copy2)(src, os.path.join(scratch, name))
        generate = os.path.join(scratch, "generate")
        if os.access(generate, os.X_OK):
            subprocess.run([generate], cwd=scratch, check=True, timeout=60)
        before = snapshot(scratch)
        env = environment(case)
        wrapper = shlex.split(os.environ.get("DG_TEST_WRAPPER", ""))
        run = subprocess.run(wrapper + [dutygraph] + args, cwd=scratch, capture_output=True, env=env, timeout=60 * (10 if wrapper else 1))
        after = snapshot(scratch)

        if run.returncode != want_status:
            failures.append(f"exit status {run.returncode}, expected {want_status}")
        for name, got, want in (("stdout", run.stdout, want_out), ("stderr", run.stderr, want_err)):
            if got != want:
                failures.append(f"{name} differs\n--- expected\n{want.decode(errors='replace')}"
                                f"--- got\n{got.decode(errors='replace')}")
        for name, content in before.items():
            if after.get(name) != content:
                failures.append(f"input {name} was changed or removed")
        created = sorted(set(after) - set(before))
        if created != sorted(want_files):
            failures.append(f"files created: {created}, expected {sorted(want_files)}")
        for name in want_files:
            want = read(os.path.join(case, "expected-file-" + name))
            if want is not None and after.get(name) != want:
                failures.append(f"file {name} differs from expected-file-{name}")

    if failures:
        print(f"case {os.path.basename(case)}: " + "\n".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
