#!/usr/bin/env python3
"""src/ is layered: a file includes headers of its own layer and of the
layers below it, never of one above.  Reads every #include "..." line of
src/ and fails on an arrow that points up (or sideways between import and
graph/analysis/render, which do not need each other), and on a directory
of src/ that is in no layer.

The order, lowest first (docs/architecture.md):
    util < model < graph < analysis < render < cli < main.c
    import beside graph and analysis: on util and model only.
"""
import os
import re
import sys
import tempfile

# What each layer may include besides itself.
ALLOWED = {
    "util": set(),
    "model": {"util"},
    "graph": {"util", "model"},
    "analysis": {"util", "model", "graph"},
    "import": {"util", "model"},
    "render": {"util", "model", "graph", "analysis"},
    "cli": {"util", "model", "graph", "analysis", "render", "import"},
    "main.c": {"util", "model", "graph", "analysis", "render", "import", "cli"},
}
INCLUDE = re.compile(r'^[ \t]*#[ \t]*include[ \t]+"([^"]+)"', re.M)


def layer_of(relpath):
    """The layer of a path under src/: its first component (main.c is its own)."""
    return relpath.split("/", 1)[0]


def violations(src):
    found = []
    for dirpath, _, names in os.walk(src):
        for name in sorted(names):
            if not name.endswith((".c", ".h")):
                continue
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, src).replace(os.sep, "/")
            layer = layer_of(rel)
            if layer not in ALLOWED:
                found.append(f"{rel}: directory '{layer}' is in no layer (add it to the order)")
                continue
            with open(path, encoding="utf-8") as f:
                text = f.read()
            for line_no, target in ((text.count("\n", 0, m.start()) + 1, m.group(1))
                                    for m in INCLUDE.finditer(text)):
                if "/" not in target:
                    continue  # a generated header beside the file (report-resources.h)
                to = layer_of(target)
                if to == layer:
                    continue
                if to not in ALLOWED:
                    found.append(f"{rel}:{line_no}: includes '{target}', in no layer")
                elif to not in ALLOWED[layer]:
                    found.append(f"{rel}:{line_no}: {layer} includes '{target}' of {to}, "
                                 f"which is not below it")
    return found


def self_test():
    """The checker itself catches an upward arrow, a sideways one and a stray directory."""
    with tempfile.TemporaryDirectory() as src:
        files = {
            "util/output.c": '#include "cli/cli.h"\n',
            "analysis/check.c": '#include "import/import.h"\n#include "graph/graph.h"\n',
            "render/x.c": '#include "report-resources.h"\n#include "render/diagram/style.h"\n',
            "extra/y.c": "",
        }
        for rel, text in files.items():
            os.makedirs(os.path.join(src, os.path.dirname(rel)), exist_ok=True)
            with open(os.path.join(src, rel), "w", encoding="utf-8") as f:
                f.write(text)
        got = violations(src)
        want = ["analysis/check.c:1: analysis includes 'import/import.h' of import, "
                "which is not below it",
                "extra/y.c: directory 'extra' is in no layer (add it to the order)",
                "util/output.c:1: util includes 'cli/cli.h' of cli, which is not below it"]
        if sorted(got) != want:
            sys.exit(f"the checker is wrong on a known tree: {sorted(got)}")


self_test()
found = violations(os.path.join(os.path.abspath(sys.argv[1]), "src"))
if found:
    sys.exit("\n".join(found))
print("no include points up a layer")
