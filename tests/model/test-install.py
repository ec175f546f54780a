#!/usr/bin/env python3
"""What `meson install` ships, checked as a new user would use it: the
manual page (which names every command and renders without warnings), bash
completion (commands, options and ids from `dutygraph list`), the
documentation and the bundled taxonomy; the installed program imports a
document into a model that names its taxonomy as builtin:safety-areas, and
the model (with its source text) still loads once moved to another
directory."""
import os
import re
import shutil
import subprocess
import sys
import tempfile

meson, build, top = sys.argv[1], sys.argv[2], sys.argv[3]
failures = []
env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="")
with tempfile.TemporaryDirectory() as dest:
    subprocess.run([meson, "install", "-C", build, "--destdir", dest, "--no-rebuild", "--quiet"],
                   check=True, stdout=subprocess.DEVNULL)
    found = {}
    for root, _, names in os.walk(dest):
        for name in names:
            rel = os.path.relpath(os.path.join(root, name), dest)
            found[re.sub(r"^.*?/(bin|share)/", r"\1/", rel)] = os.path.join(root, name)
    for want in ["bin/dutygraph", "share/man/man1/dutygraph.1",
                 "share/bash-completion/completions/dutygraph", "share/doc/dutygraph/README.md",
                 "share/doc/dutygraph/cli.md", "share/doc/dutygraph/baseline.md",
                 "share/doc/dutygraph/model.schema.json",
                 "share/dutygraph/taxonomy/safety-areas.yaml",
                 "share/locale/zh_CN/LC_MESSAGES/dutygraph.mo"]:
        if want not in found:
            failures.append(f"not installed: {want}")
    if failures:
        sys.exit("\n".join(failures + sorted(found)))
    program = found["bin/dutygraph"]
    ienv = dict(env, DUTYGRAPH_DATADIR=os.path.dirname(os.path.dirname(
        found["share/dutygraph/taxonomy/safety-areas.yaml"])))

    # The manual page: every command, no groff warnings.
    commands = re.findall(r"^  ([a-z]+) ", subprocess.run(
        [program, "--help"], env=ienv, capture_output=True, text=True).stdout, re.M)
    page = open(found["share/man/man1/dutygraph.1"], encoding="utf-8").read()
    for command in commands:
        if not re.search(rf'^\.BI "{command} ', page, re.M):
            failures.append(f"the manual page has no entry for {command}")
    if shutil.which("groff"):
        g = subprocess.run(["groff", "-man", "-ww", "-z", found["share/man/man1/dutygraph.1"]],
                           capture_output=True, text=True)
        if g.returncode != 0 or g.stderr:
            failures.append(f"groff: {g.stderr}")

    # The installed program: import names the bundled taxonomy; the model
    # loads from elsewhere.
    with tempfile.TemporaryDirectory() as work:
        doc = os.path.join(work, "doc.txt")
        with open(doc, "w", encoding="utf-8") as f:
            f.write("一、镇教委职责\n1、镇教委履行下列安全生产工作职责：\n（1）依法负责校车安全监管工作。\n")
        model = os.path.join(work, "town.yaml")
        r = subprocess.run([program, "import", doc, "-o", model], env=ienv, capture_output=True,
                           text=True)
        text = open(model, encoding="utf-8").read() if r.returncode == 0 else ""
        if 'taxonomy: "builtin:safety-areas"' not in text:
            failures.append(f"import: exit {r.returncode} {r.stderr}; taxonomy line: "
                            f"{[l for l in text.splitlines() if 'taxonomy' in l]}")
        moved = os.path.join(work, "mail")
        os.mkdir(moved)
        shutil.copy(model, moved)
        shutil.copy(doc, moved)
        r = subprocess.run([program, "who", "town.yaml", "校车"], env=ienv, cwd=moved,
                           capture_output=True, text=True)
        if "transport.school-bus" not in r.stdout or "镇教委" not in r.stdout:
            failures.append(f"moved model: exit {r.returncode}: {r.stderr}")

        # Completion, with the few bash-completion helpers it uses stubbed.
        bundled = os.path.join(top, "tests/cli/0300-restructure-merge")
        for name in ("model.yaml", "taxonomy.yaml"):
            shutil.copy(os.path.join(bundled, name), work)
        stub = ('_init_completion() { words=("${COMP_WORDS[@]}"); cword=$COMP_CWORD; '
                'cur=${COMP_WORDS[COMP_CWORD]}; prev=${COMP_WORDS[COMP_CWORD-1]}; }\n'
                '_filedir() { COMPREPLY=(FILES); }\n__ltrim_colon_completions() { :; }\n'
                f'source {found["share/bash-completion/completions/dutygraph"]}\n'
                'complete_line() { COMP_WORDS=($1); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ));'
                ' COMPREPLY=(); _dutygraph; echo "${COMPREPLY[*]}"; }\n')
        cases = {"dutygraph li": "list", "dutygraph check --base": "--baseline",
                 "dutygraph what model.yaml jiao": "jiaowei jiaojing",
                 "dutygraph list bo": "bodies",
                 "dutygraph render model.yaml --view area:fi": "area:fire"}
        path = os.path.dirname(program) + os.pathsep + env["PATH"]
        for line, want in cases.items():
            r = subprocess.run(["bash", "-c", stub + f"complete_line '{line}'"], cwd=work,
                               env=dict(ienv, PATH=path), capture_output=True, text=True)
            if r.stdout.strip() != want:
                failures.append(f"completion of '{line}': {r.stdout.strip()!r} {r.stderr}, "
                                f"expected {want!r}")
if failures:
    print("\n".join(failures))
    sys.exit(1)
