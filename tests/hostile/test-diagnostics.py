#!/usr/bin/env python3
"""Text from an input never acts on the terminal or forges a diagnostic.

Ids, keys, references, who/what queries, scenario ids and file names
holding ESC, CR, LF, an OSC sequence (which retitles a terminal) or a bidi
override are fed to the commands.  Each case's stderr must hold no raw
control character (C0 but LF, DEL, C1), no bidi control, and no line
starting with the forged prefix: every line starts with a real file's
name or with "dutygraph: error:", and there are exactly as many lines as
the case has errors.
"""
import os
import re
import subprocess
import sys
import tempfile

dutygraph = os.path.abspath(sys.argv[1])
FORGED = "forged.yaml:1:1: error: forged"
RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")
# YAML double-quoted escapes: \e ESC, \a BEL, \r CR, \n LF.
EVIL = '\\e]0;owned\\a\\r\\n' + FORGED + '\\e[2J\\u202e'
failures = []

GOOD = """dutygraph: 1
document:
  id: t
  title: 测试
bodies:
  - {id: a, name: 甲, kind: office}
  - {id: b, name: 乙, kind: office}
areas:
  - {id: x, name: 校车}
duties:
  - {body: a, role: lead, areas: [x], clause: "1", text: 管校车}
"""

MODELS = {
    # An unknown key holding an OSC sequence and a forged line.
    "key": ('dutygraph: 1\ndocument:\n  id: t\n  title: 测试\n  "ti' + EVIL + 'tle": x\n'
            'bodies: []\nduties: []\n', 1),
    # An invalid id, and a reference to an undefined one.
    "ids": ('dutygraph: 1\ndocument: {id: t, title: 测试}\nbodies:\n'
            '  - {id: "a' + EVIL + '", name: 甲, kind: office}\n'
            '  - {id: b, name: 乙, kind: office, reports-to: "c' + EVIL + '"}\n'
            'duties: []\n', 2),
    # An unknown kind (a value echoed in the message).
    "kind": ('dutygraph: 1\ndocument: {id: t, title: 测试}\nbodies:\n'
             '  - {id: a, name: 甲, kind: "of' + EVIL + 'fice"}\nduties: []\n', 1),
}

SCENARIO = ('dutygraph-scenario: 1\ntitle: 改\noperations:\n'
            '  - {op: rename, body: "a' + EVIL + '", name: 丙}\n')


def run(args, cwd, errors, label):
    r = subprocess.run([dutygraph, *args], capture_output=True, cwd=cwd, timeout=60,
                       env=dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="en"))
    err = r.stderr.decode("utf-8", errors="surrogateescape")
    if r.returncode != 2:
        failures.append(f"{label}: exit {r.returncode}, expected 2: {err!r}")
    m = RAW.search(err)
    if m:
        failures.append(f"{label}: raw U+{ord(m.group()):04X} on stderr: {err!r}")
    lines = err.splitlines()
    for line in lines:
        if line.startswith("forged") or not (line.startswith("dutygraph: error:")
                                             or re.match(r"^[a-z]+\.yaml:\d+:\d+: error: ", line)
                                             or line.startswith("no")):
            failures.append(f"{label}: a line that is not a diagnostic: {line!r}")
    if len(lines) != errors:
        failures.append(f"{label}: {len(lines)} lines on stderr, expected {errors}: {err!r}")


with tempfile.TemporaryDirectory() as tmp:
    with open(os.path.join(tmp, "good.yaml"), "w") as f:
        f.write(GOOD)
    with open(os.path.join(tmp, "scenario.yaml"), "w") as f:
        f.write(SCENARIO)
    for name, (text, errors) in MODELS.items():
        with open(os.path.join(tmp, name + ".yaml"), "w") as f:
            f.write(text)
        run(["check", name + ".yaml"], tmp, errors, f"check {name}")
    evil = "\x1b]0;owned\x07\r\n" + FORGED + "\x1b[2J\u202e"
    run(["who", "good.yaml", "校" + evil], tmp, 1, "who query")
    run(["what", "good.yaml", "甲" + evil], tmp, 1, "what query")
    run(["restructure", "good.yaml", "scenario.yaml", "-o", "new.yaml"], tmp, 1, "scenario id")
    # A file name: the missing file is named in the message.
    run(["check", "no" + evil + ".yaml"], tmp, 1, "file name")
    run(["check", "--format", "js" + evil, "good.yaml"], tmp, 1, "option value")

for f in failures:
    print(f)
sys.exit(1 if failures else 0)
