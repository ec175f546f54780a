#!/usr/bin/env python3
"""The HTML report as a reader uses it, in headless Chromium.

For the town-a test model, the bundled model and the hostile models:
`dutygraph report` writes the page; drive-report.mjs (playwright-core,
the system's /usr/bin/chromium) opens it, takes a screenshot, types in the
search box, clicks an area row, a body column and a diagram node, unticks
a finding kind, prints (A4: portrait, the diagram and matrix landscape);
what the page then highlights is compared here with what
the model says (holders read from the YAML, not from dutygraph).  The page
must log no console error, open no dialog and make no network request;
model text must show as text.

Usage: test-report.py DUTYGRAPH SOURCE_ROOT WORK_DIR
WORK_DIR receives node_modules (npm ci from package-lock.json) and the
screenshots.
"""
import json
import re
import os
import shutil
import subprocess
import sys
import tempfile

import yaml

dutygraph, top, work = os.path.abspath(sys.argv[1]), sys.argv[2], os.path.abspath(sys.argv[3])
here = os.path.join(top, "tests", "browser")
failures = []


def setup():
    os.makedirs(work, exist_ok=True)
    for name in ("package.json", "package-lock.json", "drive-report.mjs"):
        shutil.copyfile(os.path.join(here, name), os.path.join(work, name))
    stamp = os.path.join(work, "node_modules", ".package-lock.json")
    if not os.path.exists(stamp):
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=work,
                       check=True, timeout=600)


def load_model(path):
    with open(path, encoding="utf-8") as f:
        model = yaml.safe_load(f)
    areas = []
    if "taxonomy" in model:
        with open(os.path.join(os.path.dirname(path), model["taxonomy"]), encoding="utf-8") as f:
            areas += yaml.safe_load(f)["areas"]
    areas += model.get("areas", [])
    return model, areas


def holders(model):
    """area id -> set of body ids holding it directly."""
    kinds = {b["id"]: b["kind"] for b in model["bodies"]}
    out = {}
    for d in model["duties"]:
        if "body" in d:
            bodies = [d["body"]]
        elif "bodies" in d:
            bodies = d["bodies"]
        else:
            wanted = d["applies-to"]["kind"]
            wanted = wanted if isinstance(wanted, list) else [wanted]
            bodies = [b for b, k in kinds.items() if k in wanted]
        for a in d.get("areas", []):
            out.setdefault(a, set()).update(bodies)
    return out


def drive(report, shot, steps):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump({"steps": steps}, f)
        spec = f.name
    try:
        r = subprocess.run(["node", os.path.join(work, "drive-report.mjs"), report, shot, spec],
                           capture_output=True, text=True, timeout=180, cwd=work)
    finally:
        os.unlink(spec)
    if r.returncode != 0:
        failures.append(f"{report}: browser run failed: {r.stderr[-2000:]}")
        return None
    return json.loads(r.stdout)


def expect(label, got, want):
    if got != want:
        failures.append(f"{label}: got {got!r}, expected {want!r}")


def common(label, out):
    expect(f"{label}: console errors and dialogs", out["console"], [])
    expect(f"{label}: network requests", out["requests"], [])
    expect(f"{label}: script elements", out["page"]["scripts"], 2)
    expect(f"{label}: inline SVG diagrams", out["page"]["svg"], 1)


def selection(label, step, areas, bodies, area_holders):
    """STEP highlights AREAS' rows, BODIES' columns, their diagram nodes,
    and the cells where they meet."""
    expect(f"{label}: rows", sorted(step["rows"]), sorted(areas))
    expect(f"{label}: columns", sorted(step["columns"]), sorted(bodies))
    cells = sorted(f"{a}|{b}" for a in areas for b in bodies if b in area_holders.get(a, ()))
    expect(f"{label}: cells", sorted(step["cells"]), cells)
    svg = sorted(step["svg"])
    for a in areas:
        if f"area-{a}" not in svg:
            failures.append(f"{label}: diagram node area-{a} not highlighted")
    for b in bodies:
        if f"body-{b}" not in svg:
            failures.append(f"{label}: diagram node body-{b} not highlighted")
    if not step["status"]:
        failures.append(f"{label}: no status line")


def screenshot_ok(label, path):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n" or int.from_bytes(head[16:20], "big") != 1400:
        failures.append(f"{label}: screenshot {path} is not a 1400-pixel-wide PNG")


def printed_a4(label, pdf):
    """The page printed: every page A4, text portrait, diagram and matrix landscape."""
    try:
        data = open(pdf, "rb").read()
    except OSError:
        failures.append(f"{label}: no printed PDF")
        return
    boxes = set()
    for box in re.findall(rb"/MediaBox\s*\[([^\]]*)\]", data):
        w, h = (float(x) for x in box.split()[2:4])
        boxes.add((round(w / 72 * 25.4), round(h / 72 * 25.4)))
    if boxes != {(210, 297), (297, 210)}:
        failures.append(f"{label}: printed page sizes {sorted(boxes)} mm, expected A4 portrait and landscape")


def report_of(model_path, name):
    out = os.path.join(work, f"report-{name}.html")
    r = subprocess.run([dutygraph, "report", model_path, "-o", out], capture_output=True, timeout=120)
    if r.returncode != 0:
        failures.append(f"report {model_path}: exit {r.returncode}: {r.stderr.decode()}")
        return None
    return out


def test_town_a():
    path = os.path.join(top, "tests/cli/data/town-a/model.yaml")
    model, areas = load_model(path)
    held = holders(model)
    report = report_of(path, "town-a")
    if not report:
        return
    shot = os.path.join(work, "report-town-a.png")
    steps = [{"search": "校车", "screenshot": os.path.join(work, "report-town-a-search.png")},
             {"search": "教委"},
             {"clickArea": "fire"},
             {"clickBody": "jiaojing"},
             {"clickNode": "area-transport.school-bus"},
             {"untick": "conflict"},
             {"onlyFindings": True}]
    out = drive(report, shot, steps)
    if not out:
        return
    common("town-a", out)
    screenshot_ok("town-a", shot)
    printed_a4("town-a", shot.replace(".png", ".pdf"))
    s = out["steps"]
    # 校车 is the keyword of transport.school-bus only.
    selection("town-a search 校车", s[0], ["transport.school-bus"], held["transport.school-bus"], held)
    # A search filters: only the school bus's row and its finding (the
    # conflict) are left, and the status line counts them.
    expect("town-a search 校车 rows shown", s[0]["rowsShown"], 1)
    expect("town-a search 校车 findings shown", s[0]["findingsShown"], ["conflict"])
    if "1" not in s[0]["status"]:
        failures.append(f"town-a search 校车: status {s[0]['status']!r} does not count what is shown")
    # 教委 is the alias of jiaowei (镇教委), which holds the school bus.
    selection("town-a search 教委", s[1], ["transport.school-bus"], ["jiaowei"], held)
    selection("town-a click fire", s[2], ["fire"], held["fire"], held)
    jiaojing = [a for a, bs in held.items() if "jiaojing" in bs]
    selection("town-a click jiaojing", s[3], jiaojing, ["jiaojing"], held)
    selection("town-a click diagram node", s[4], ["transport.school-bus"], held["transport.school-bus"], held)
    # town-a (docs/coverage.md): gas uncovered, school bus conflict, vague
    # 四(二)2(9), idle 镇扶贫办, no lead on waterway (held from above through
    # 交通运输) and pipelines, fire and road traffic shared.
    everything = ["uncovered", "conflict", "vague", "idle", "no-lead", "no-lead", "shared", "shared"]
    expect("town-a findings listed", sorted(out["initial"]["findingsShown"]), sorted(everything))
    expect("town-a findings without conflict", sorted(s[5]["findingsShown"]),
           sorted(k for k in everything if k != "conflict"))
    # Rows with a checked kind: road traffic, waterway, fire, gas, pipelines.
    expect("town-a matrix rows with findings", s[6]["rowsShown"], 5)
    expect("town-a matrix rows", out["initial"]["rowsShown"], len(areas))


def test_bundled():
    path = os.path.join(top, "model/zhangshanzi-2020.yaml")
    model, areas = load_model(path)
    held = holders(model)
    report = report_of(path, "zhangshanzi")
    if not report:
        return
    shot = os.path.join(work, "report-zhangshanzi.png")
    out = drive(report, shot, [{"search": "校车", "screenshot": os.path.join(work, "report-zhangshanzi-search.png")},
                               {"clickBody": "jiaowei"}])
    if not out:
        return
    common("bundled", out)
    screenshot_ok("bundled", shot)
    printed_a4("bundled", shot.replace(".png", ".pdf"))
    bus = [a["id"] for a in areas
           if "校车" in a["name"] or "校车" in a["id"] or any("校车" in k for k in a.get("keywords", []))]
    if not bus:
        failures.append("bundled: the taxonomy has no 校车 area")
    # Areas whose ancestry names 校车 match too; none does in the bundled taxonomy.
    bodies = set().union(*(held.get(a, set()) for a in bus))
    selection("bundled search 校车", out["steps"][0], bus, sorted(bodies), held)
    jiaowei = [a for a, bs in held.items() if "jiaowei" in bs]
    selection("bundled click 镇教委", out["steps"][1], jiaowei, ["jiaowei"], held)
    names = {b["id"]: b["name"] for b in model["bodies"]}
    for h in out["page"]["bodyHeadings"]:
        expect(f"bundled heading {h['id']}", h["text"], f"{names[h['id']]} [{h['id']}]")


def test_hostile():
    for path in (os.path.join(top, "tests/cli/data/hostile/model.yaml"), os.path.join(top, "tests/hostile/model.yaml")):
        model, areas = load_model(path)
        name = os.path.basename(os.path.dirname(path))
        report = report_of(path, f"hostile-{name}")
        if not report:
            continue
        first = model["bodies"][0]["id"]
        out = drive(report, os.path.join(work, f"report-hostile-{name}.png"),
                    [{"search": "<script>"}, {"clickBody": first}])
        if not out:
            continue
        common(f"hostile {name}", out)
        # Names show as the model wrote them (the page drops only control
        # characters and bidirectional overrides, which have no glyph).
        def shown(s):
            return "".join("\ufffd" if (ord(c) < 32 and c not in "\t\n") or 0x7f <= ord(c) < 0xa0
                           or 0x202a <= ord(c) <= 0x202e or 0x2066 <= ord(c) <= 0x2069 else c for c in s)
        names = {b["id"]: b["name"] for b in model["bodies"]}
        for h in out["page"]["bodyHeadings"]:
            expect(f"hostile {name} heading {h['id']}", h["text"], shown(f"{names[h['id']]} [{h['id']}]"))
        area_names = {a["id"]: a["name"] for a in areas}
        for c in out["page"]["areaCells"]:
            if not c["text"].endswith(shown(area_names[c["id"]])):
                failures.append(f"hostile {name}: area {c['id']} shows {c['text']!r}")


setup()
test_town_a()
test_bundled()
test_hostile()
for f in failures:
    print("FAIL:", f)
print(f"{'failed' if failures else 'ok'}: {len(failures)} failures")
sys.exit(1 if failures else 0)
