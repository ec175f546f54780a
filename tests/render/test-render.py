#!/usr/bin/env python3
"""`render`: every view and format on a small model and on a hostile one.

- DOT and SVG are byte-identical across two runs;
- the SVG parses as XML, holds no element or attribute a model could have
  injected (script, on* handlers), and shows each body and area name as text;
- Graphviz reads the DOT back and finds the same labels;
- PNG and PDF start with their magic numbers;
- bad views and formats are refused with exit 2 and no file.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import yaml

dutygraph, top = os.path.abspath(sys.argv[1]), sys.argv[2]
failures = []


def render(model, view, fmt, out):
    r = subprocess.run([dutygraph, "render", model, "--view", view, "--format", fmt, "-o", out],
                       capture_output=True, timeout=120)
    if r.returncode != 0:
        failures.append(f"render {view} {fmt} of {model}: exit {r.returncode}: {r.stderr.decode()}")
        return None
    with open(out, "rb") as f:
        return f.read()


def svg_texts(data):
    root = ET.fromstring(data)
    texts = []
    for el in root.iter():
        tag = el.tag.split("}")[-1]
        if tag == "script":
            failures.append("svg has a script element")
        for name in el.attrib:
            if name.split("}")[-1].lower().startswith("on"):
                failures.append(f"svg has an event attribute {name}")
        if tag == "text" and el.text:
            texts.append(el.text)
    return " ".join(texts)


def flat(s):
    # Graphviz turns control characters into spaces and may wrap; compare without them.
    return re.sub(r"[\s\x00-\x1f]+", "", s)


def check_model(path, views):
    model = yaml.safe_load(open(path, encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        for view in views:
            name = view.replace(":", "-")
            for fmt in ("svg", "dot"):
                a = render(path, view, fmt, os.path.join(tmp, f"{name}-a.{fmt}"))
                b = render(path, view, fmt, os.path.join(tmp, f"{name}-b.{fmt}"))
                if a is not None and a != b:
                    failures.append(f"{path} {view} {fmt}: two runs differ")
            svg = render(path, view, "svg", os.path.join(tmp, f"{name}.svg"))
            if svg is not None and view == "ownership":
                texts = flat(svg_texts(svg))
                held = {d.get("body") for d in model["duties"] if d.get("areas")}
                for body in model["bodies"]:
                    if body["id"] in held and flat(body["name"]) not in texts:
                        failures.append(f"{path}: body name {body['name']!r} not shown in the SVG")
            dot = os.path.join(tmp, f"{name}.dot")
            if render(path, view, "dot", dot) is not None and shutil.which("dot"):
                r = subprocess.run(["dot", "-Tcanon", dot], capture_output=True, timeout=120)
                if r.returncode != 0 or r.stderr:
                    failures.append(f"{path} {view}: Graphviz cannot read the DOT back: {r.stderr.decode()}")
            for fmt, magic in (("png", b"\x89PNG\r\n\x1a\n"), ("pdf", b"%PDF-")):
                data = render(path, view, fmt, os.path.join(tmp, f"{name}.{fmt}"))
                if data is not None and not data.startswith(magic):
                    failures.append(f"{path} {view}: {fmt} output is not a {fmt}")


town = os.path.join(top, "tests/cli/data/town-a/model.yaml")
hostile = os.path.join(top, "tests/cli/data/hostile/model.yaml")
check_model(town, ["ownership", "area:transport.school-bus", "area:交通运输", "body:jianshe", "body:教委"])
check_model(hostile, ["ownership", "area:bus", "body:edu"])

# render --diff: the change between town-a and its merged form, twice the
# same bytes, an SVG with the moved holdings' original body named.
diff_case = os.path.join(top, "tests/cli/0310-diff-merge")
with tempfile.TemporaryDirectory() as tmp:
    outputs = []
    for i in range(2):
        out = os.path.join(tmp, f"diff{i}.svg")
        r = subprocess.run([dutygraph, "render", "--diff", "model.yaml", "merged.yaml", "-o", out],
                           cwd=diff_case, capture_output=True, timeout=120)
        if r.returncode != 0:
            failures.append(f"render --diff: exit {r.returncode}: {r.stderr.decode()}")
            break
        outputs.append(open(out, "rb").read())
    if len(outputs) == 2:
        if outputs[0] != outputs[1]:
            failures.append("render --diff: two runs differ")
        texts = flat(svg_texts(outputs[0]))
        for s in ("公安派出所", "校车安全", "原交警中队", "原派出所", "转移"):
            if flat(s) not in texts:
                failures.append(f"render --diff: {s!r} not in the SVG")
    r = subprocess.run([dutygraph, "render", "--diff", "model.yaml", "-o", os.path.join(tmp, "x.svg")],
                       cwd=diff_case, capture_output=True)
    if r.returncode != 2:
        failures.append(f"render --diff with one model: exit {r.returncode}")

with tempfile.TemporaryDirectory() as tmp:
    for args in (["--view", "area:nope"], ["--view", "street:x"], ["--format", "gif"]):
        out = os.path.join(tmp, "out.svg")
        r = subprocess.run([dutygraph, "render", town, *args, "-o", out], capture_output=True)
        if r.returncode != 2 or not r.stderr.startswith(b"dutygraph: error: "):
            failures.append(f"render {args}: exit {r.returncode}, stderr {r.stderr!r}")
        if os.listdir(tmp):
            failures.append(f"render {args} left files: {os.listdir(tmp)}")

if failures:
    print("\n".join(failures))
    sys.exit(1)
