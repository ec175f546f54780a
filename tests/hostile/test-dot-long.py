#!/usr/bin/env python3
"""Names far longer than one token of Graphviz's scanner (16 384 bytes):
`render --format dot` splits every longer run of a string as "…" + "…",
so `dot` reads the file back without a complaint, no token of its scanner
passes the limit, and Graphviz's own SVG of it carries the tooltips of
`render --format svg` (laid out in memory), each name whole.  The names: 10 000 CJK characters (30 000 bytes, which
cgraph writes unquoted), 9 000 double quotes (each written \\"), and 4 500
backslashes (each written as four).
"""
import html
import os
import re
import subprocess
import sys
import tempfile

dutygraph = os.path.abspath(sys.argv[1])
env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="en")
NAMES = {"cjk": "长" * 10000, "quotes": '"' * 9000, "slashes": "\\" * 4500}


def yaml_quote(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


model = ["dutygraph: 1", "document: {id: long, title: 长名称, year: 2021}", "bodies:",
         "  - {id: gov, name: 镇政府, kind: government}"]
for body_id, name in NAMES.items():
    model.append(f"  - {{id: {body_id}, name: {yaml_quote(name)}, kind: office, reports-to: gov}}")
model += ["areas:", "  - {id: a1, name: 甲, expected: true}", "duties:"]
for body_id in ["gov", *NAMES]:
    model.append(f"  - {{body: {body_id}, role: lead, areas: [a1], clause: '{body_id}', text: 负责甲。}}")



def longest_scanner_token(dot):
    """The longest token `dot`'s scanner reads in DOT (bytes): an unquoted
    ID, a whole HTML string, or, in a quoted string, a run of characters
    other than '"' and backslash (the escapes between runs are tokens of
    their own)."""
    longest, i, n = 0, 0, len(dot)
    while i < n:
        c = dot[i:i + 1]
        if c == b"<":
            depth, j = 0, i
            while j < n:
                depth += {b"<": 1, b">": -1}.get(dot[j:j + 1], 0)
                j += 1
                if depth == 0:
                    break
            longest, i = max(longest, j - i), j
        elif c == b'"':
            i += 1
            run = 0
            while i < n and dot[i:i + 1] != b'"':
                if dot[i:i + 1] == b"\\":
                    run, i = 0, i + 2
                else:
                    run, i = run + 1, i + 1
                    longest = max(longest, run)
            i += 1
        elif c.isalnum() or c in (b"_", b".") or c[0] >= 0x80:
            j = i
            while j < n and (dot[j:j + 1].isalnum() or dot[j:j + 1] in (b"_", b".") or dot[j] >= 0x80):
                j += 1
            longest, i = max(longest, j - i), j
        else:
            i += 1
    return longest


failures = []
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "model.yaml")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(model) + "\n")
    r = subprocess.run([dutygraph, "render", "--format", "dot", path], capture_output=True, env=env)
    if r.returncode != 0:
        sys.exit(f"render dot: exit {r.returncode}: {r.stderr.decode(errors='replace')}")
    dot = r.stdout.decode("utf-8")
    longest = longest_scanner_token(r.stdout)
    if longest > 16384:
        failures.append(f"a token of {longest} bytes")
    if '" + "' not in dot:
        failures.append("no string was split")
    back = subprocess.run(["dot", "-Tsvg"], input=r.stdout, capture_output=True)
    if back.returncode != 0 or back.stderr:
        failures.append(f"dot does not read it back: {back.stderr.decode(errors='replace')[:300]}")
    else:
        # Our own SVG is laid out from the graph in memory, never through
        # the scanner: Graphviz's SVG of the DOT must carry the same tooltips.
        ours = subprocess.run([dutygraph, "render", "--format", "svg", path], capture_output=True,
                              env=env).stdout.decode("utf-8")
        theirs = back.stdout.decode("utf-8")
        want = sorted(re.findall(r'xlink:title="([^"]*)"', ours))
        got = sorted(re.findall(r'xlink:title="([^"]*)"', theirs))
        if want != got:
            failures.append("Graphviz's SVG of the DOT has other tooltips than render --format svg")
        shown = [html.unescape(t) for t in got]
        for body_id, name in NAMES.items():
            if body_id != "slashes" and not any(name in t for t in shown):
                failures.append(f"{body_id}: the name is not whole in any tooltip")

for f in failures:
    print("FAIL:", f)
print(f"{len(NAMES)} long names, {len(failures)} failures")
sys.exit(1 if failures else 0)
