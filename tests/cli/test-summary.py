#!/usr/bin/env python3
"""The roll-up of the county test set (tests/cli/data/county-a/towns) as
JSON, against a key worked out by hand from the five town models; and the
same output, byte for byte, whatever the number of worker threads (-j 1, 2,
3), for check --summary, check, stats and matrix --summary over several
models."""
import json
import os
import subprocess
import sys

dutygraph, top = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
data = os.path.join(top, "tests", "cli", "data")
env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="en")
failures = []


def run(*args):
    r = subprocess.run([dutygraph, *args], cwd=data, capture_output=True, env=env)
    return r.returncode, r.stdout, r.stderr


# ---- the key -------------------------------------------------------------
status, out, err = run("check", "--summary", "--format", "json", "--fail-on", "none",
                       "county-a/towns")
if status != 0:
    sys.exit(f"check --summary: exit {status}: {err.decode()}")
got = json.loads(out)
towns = [f"county-a/towns/town-{i}.yaml" for i in range(1, 6)]
# town-4: 林业站 配合做好消防工作 (七(1)) holds 消防 as a whole, so 森林防火 is
# held in support only (no-lead, warning, not a gap) and 消防安全监督管理 is led
# by 派出所 with 林业站 beside it (shared, info) — docs/coverage.md.
key_summary = {"models": 5, "models_with_errors": 2, "errors": 2, "warnings": 2, "info": 7,
               "by_kind": {"uncovered": 1, "conflict": 2, "no-lead": 5, "vague": 0, "idle": 0,
                           "shared": 3, "principle": 0},
               "outliers": 6}
if got["command"] != "check" or got["summary"] != key_summary:
    failures.append(f"summary: {got['summary']}")
key_models = [  # path, bodies, duties, errors, warnings, info
    (towns[0], 6, 8, 0, 0, 2), (towns[1], 6, 8, 1, 0, 2), (towns[2], 5, 9, 1, 1, 1),
    (towns[3], 7, 8, 0, 1, 1), (towns[4], 6, 7, 0, 0, 1)]
for m, (path, bodies, duties, e, w, i) in zip(got["models"], key_models):
    if (m["path"], m["bodies"], m["duties"], m["errors"], m["warnings"], m["info"]) != \
            (path, bodies, duties, e, w, i) or m["upper"] != "county-a/towns/../county.yaml":
        failures.append(f"model {m}")
# area id -> (present, exempt, uncovered, overlapped, conflict, norm leads or None,
#             norm count, [(other leads, models)])
key_areas = {
    "comprehensive": (5, 0, [], [], [], ["yingjiban"], 4, [(["zhengfu"], [3])]),
    "fire": (5, 0, [], [], [], [], 5, []),
    "fire.supervision": (5, 0, [], [3], [], ["paichusuo"], 4, [(["gongan"], [2])]),
    "fire.forest": (5, 0, [], [], [], ["paichusuo"], 3, [(["gongan"], [2]), ([], [3])]),
    "transport": (5, 0, [], [], [], [], 5, []),
    "transport.road": (5, 0, [], [], [], ["jiaojing"], 4, [(["gongan"], [2])]),
    "transport.school-bus": (5, 0, [], [0, 1, 2], [], ["jiaowei"], 4,
                             [(["gongan", "jiaowei"], [2])]),
    "construction": (5, 0, [], [], [], [], 5, []),
    "construction.gas": (5, 0, [1], [2], [2], None, 0,
                         [(["jianshe"], [0, 4]), ([], [1]), (["jianshe", "yingjiban"], [2]),
                          (["yingjiban"], [3])]),
    "construction.works": (5, 0, [], [], [], ["jianshe"], 5, []),
    "mining": (4, 1, [], [], [], [], 4, []),
    "transport.tractors": (1, 0, [], [], [], ["jiaojing"], 1, []),
}
if [a["id"] for a in got["areas"]] != list(key_areas):
    failures.append(f"areas in order: {[a['id'] for a in got['areas']]}")
for a in got["areas"]:
    present, exempt, unc, ovl, con, norm, norm_n, others = key_areas.get(a["id"], (None,) * 8)
    have_norm = (a["norm"]["leads"], a["norm"]["models"]) if a["norm"] else (None, 0)
    have_others = [(x["leads"], x["models"]) for x in a["other_leads"]]
    if (a["present"], a["exempt"], a["uncovered"], a["overlapped"], a["conflict"], have_norm,
            have_others) != (present, exempt, unc, ovl, con, (norm, norm_n), others):
        failures.append(f"area {a['id']}: {a}")
key_load = {  # kind: bodies, models, (lead median, max, model, body, histogram), (support …)
    "government": (5, 5, (0, 1, 3, "zhengfu", [4, 1]), (0, 0, 0, "zhengfu", [5])),
    "office": (10, 5, (1, 2, 0, "jianshe", [0, 6, 4]), (0, 1, 0, "yingjiban", [6, 4])),
    "department": (5, 5, (1, 1, 0, "jiaowei", [0, 5]), (0, 0, 0, "jiaowei", [5])),
    "station": (10, 5, (1, 4, 2, "gongan", [1, 4, 4, 0, 1]), (0, 1, 0, "jiaojing", [7, 3])),
}
if [k["kind"] for k in got["load"]] != list(key_load):
    failures.append(f"load kinds: {[k['kind'] for k in got['load']]}")
for k in got["load"]:
    bodies, models, lead, support = key_load.get(k["kind"], (None,) * 4)
    for side, want in (("lead", lead), ("support", support)):
        s = k[side]
        if (s["median"], s["max"], s["max_body"]["model"], s["max_body"]["id"], s["histogram"]) \
                != want or (k["bodies"], k["models"]) != (bodies, models):
            failures.append(f"load {k['kind']} {side}: {k}")
key_upper = [("qu-jiaotong", "区交通运输局", [3], [0, 1, 3, 4]),
             ("qu-yingjiju", "区应急管理局", [0, 1, 2, 4], [])]
if [(u["id"], u["name"], u["assisted_by"], u["reported_by"]) for u in got["upper_bodies"]] \
        != key_upper or any(u["town"] != "county" for u in got["upper_bodies"]):
    failures.append(f"upper bodies: {got['upper_bodies']}")

# ---- names: each town by the place its title names, each body by its name ----
# From the town files: the titles (东山镇安全生产监管职责 …) and the bodies'
# names; the county's title (区安全生产监管职责规定) names no place, so it goes
# by its file's base name.
town_names = ["东山镇", "西河镇", "南湖镇", "北岭镇", "中和镇"]
shared_names = {"yingjiban": "应急办", "jianshe": "建设办", "jiaowei": "教委"}
body_names = [dict(shared_names, zhengfu=f"{t}人民政府", paichusuo=f"{t[:2]}派出所",
                   jiaojing=f"{t[:2]}交警中队") for t in town_names]
body_names[1]["jiaowei"] = "教育办"
body_names[2]["gongan"] = "南湖公安派出所"
if [m.get("town") for m in got["models"]] != town_names:
    failures.append(f"towns: {[m.get('town') for m in got['models']]}")
key_norm_names = {  # area: the names of the norm's leads, each list once, town order
    "comprehensive": [["应急办"]],
    "fire.supervision": [["东山派出所"], ["西河派出所"], ["北岭派出所"], ["中和派出所"]],
    "transport.school-bus": [["教委"], ["教育办"]],
}
for a in got["areas"]:
    if a["id"] in key_norm_names and a["norm"]["lead_names"] != key_norm_names[a["id"]]:
        failures.append(f"norm names {a['id']}: {a['norm']}")
    if a["id"] == "transport.school-bus" and \
            a["other_leads"][0]["lead_names"] != [["南湖公安派出所", "教委"]]:
        failures.append(f"other names {a['id']}: {a['other_leads']}")

# ---- matrix --summary: the same key, as a table of towns by areas -----------
# Which towns lack an area altogether (worked out from the town files: only
# town-4 defines 农用三轮车载人; town-4 exempts 矿山), so their cells are empty.
absent = {"mining": [3], "transport.tractors": [0, 1, 2, 4]}
records = []
status, out, err = run("matrix", "--summary", "--format", "csv", "county-a/towns")
if status != 0:
    failures.append(f"matrix --summary: exit {status}: {err.decode()}")
else:
    import csv
    import io
    text = out.decode("utf-8")
    if not text.startswith("\ufeff"):
        failures.append("matrix --summary CSV has no byte-order mark")
    records = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")))
    head, rows = records[0], records[1:6]
    area_ids = [h[h.rindex("[") + 1:-1] for h in head[2:]]
    if area_ids != list(key_areas):
        failures.append(f"matrix columns: {area_ids}")
    for m, row in enumerate(rows):
        if row[:2] != [f"{m + 1} {town_names[m]}", f"town-{m + 1}.yaml"]:
            failures.append(f"matrix row {m}: {row[:2]}")
        for area, cell in zip(area_ids, row[2:]):
            present, exempt, unc, ovl, con, norm, norm_n, others = key_areas[area]
            if m in absent.get(area, []):
                want = ""
            else:
                leads = next((l for l, ms in others if m in ms), None)
                outlier = leads is not None and norm is not None
                if leads is None:
                    leads = norm
                want = "、".join(body_names[m][b] for b in leads) if leads else "—"
                if m in unc:
                    want += " [uncovered]"
                if m in con:
                    want += " [conflict]"
                elif m in ovl:
                    want += " [overlapped]"
                if outlier:
                    want += " [differs from most]"
            if cell != want:
                failures.append(f"matrix town-{m + 1} {area}: {cell!r}, expected {want!r}")
    counts = {r[0]: r for r in records[7:] if r}
    for area, (present, exempt, unc, ovl, con, norm, norm_n, others) in key_areas.items():
        r = counts.get(area)
        # The norm by the names its towns give its bodies, each list once.
        norm_towns = [m for m in range(5) if m not in absent.get(area, [])
                      and not any(m in ms for _, ms in others)]
        norm_lists = []
        for m in norm_towns:
            names = "、".join(body_names[m][b] for b in norm or [])
            if names not in norm_lists:
                norm_lists.append(names)
        want = [str(present), str(exempt), str(len(unc)), str(len(ovl)), str(len(con)),
                (" / ".join(norm_lists) or "—") if norm is not None else "(no majority)",
                str(norm_n), ", ".join(town_names[i] for i in unc)]
        if r is None or r[2:] != want:
            failures.append(f"matrix counts {area}: {r}, expected {want}")

# ---- report over many models: the county view holds the same tables --------
status, out, err = run("report", "county-a/towns")
if status != 0:
    failures.append(f"report county-a/towns: exit {status}: {err.decode()}")
else:
    from html.parser import HTMLParser

    class Tables(HTMLParser):
        def __init__(self):
            super().__init__()
            self.tables, self.cell, self.scripts, self.inputs = [], None, 0, []

        def handle_starttag(self, tag, attrs):
            if tag == "table":
                self.tables.append([])
            elif tag == "tr":
                self.tables[-1].append([])
            elif tag in ("td", "th"):
                self.cell = ""
            elif tag == "script":
                self.scripts += 1
            elif tag == "input":
                self.inputs.append(dict(attrs).get("id"))

        def handle_endtag(self, tag):
            if tag in ("td", "th"):
                self.tables[-1][-1].append(self.cell)
                self.cell = None

        def handle_data(self, data):
            if self.cell is not None:
                self.cell += data

    page = Tables()
    page.feed(out.decode("utf-8"))
    if page.scripts != 1 or page.inputs != ["dg-search"]:
        failures.append(f"county report: {page.scripts} scripts, inputs {page.inputs}")
    if len(page.tables) != 4:
        failures.append(f"county report: {len(page.tables)} tables")
    else:
        models = [(r[0], r[1], r[2], int(r[3]), int(r[4]), int(r[5]), int(r[6]), int(r[7]))
                  for r in page.tables[0][1:]]
        if models != [(f"{i + 1} {town_names[i]}", f"town-{i + 1}.yaml", "county") + k[1:]
                      for i, k in enumerate(key_models)]:
            failures.append(f"county report models: {models}")
        if records and page.tables[1][1:] != [r for r in records[8:] if r] \
                or page.tables[3][1:] != records[1:6]:
            failures.append("county report: the area tables differ from matrix --summary")

# ---- the same bytes whatever -j ----------------------------------------------
bundled = os.path.join(top, "model", "zhangshanzi-2020.yaml")
commands = [
    ["check", "--summary", "--fail-on", "none", "county-a/towns", "town-a/model.yaml", bundled],
    ["check", "--summary", "--format", "json", "--fail-on", "none", "county-a", bundled],
    ["check", "--format", "json", "--fail-on", "none", "county-a/towns", bundled],
    ["stats", "county-a/towns", "town-a/model.yaml"],
    ["stats", "--summary", "--format", "json", "county-a/towns", "town-a/model.yaml"],
    ["check", "--summary", "county-a/towns", "hostile/model.yaml"],
    ["matrix", "--summary", "--format", "csv", "county-a/towns", "town-a/model.yaml", bundled],
]
for args in commands:
    results = {jobs: run(*args, "-j", jobs) for jobs in ("1", "2", "3")}
    if results["1"][0] not in (0, 1) or not results["1"][1]:
        failures.append(f"{' '.join(args)} -j 1: exit {results['1'][0]}: {results['1'][2]!r}")
    for jobs in ("2", "3"):
        if results[jobs] != results["1"]:
            failures.append(f"{' '.join(args)}: -j {jobs} differs from -j 1")

if failures:
    print("\n".join(failures))
    sys.exit(1)
