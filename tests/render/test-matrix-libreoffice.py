#!/usr/bin/env python3
"""The matrix as a spreadsheet user gets it: `dutygraph matrix` writes CSV
and XLSX, LibreOffice (soffice --headless --convert-to csv) opens them and
writes back what its cells hold, and every cell is compared with what the
model says, worked out here from the YAML: the areas in taxonomy order
(name indented by depth), a column per body ("NAME [ID]", its kind under
it), in each cell "ROLE CLAUSE" per duty of that body on that area; the
duty list with every clause and text verbatim.

In CSV a text starting with = + - @ TAB CR or ' must come back with the '
the writer put in front (LibreOffice did not run it as a formula); in
XLSX every cell must come back exactly as the model wrote it.  Control
characters are left out of the comparison (XLSX cannot hold most of them,
LibreOffice turns a CR into a line break).

Models: tests/cli/data/town-a, the bundled model, both hostile models.
"""
import csv
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

dutygraph, top = os.path.abspath(sys.argv[1]), sys.argv[2]
MODELS = {
    "town-a": "tests/cli/data/town-a/model.yaml",
    "bundled": "model/zhangshanzi-2020.yaml",
    "hostile-1": "tests/cli/data/hostile/model.yaml",
    "hostile-2": "tests/hostile/model.yaml",
}
KIND = {"party": "党委", "government": "政府", "leader": "领导职务", "committee": "议事协调机构",
        "office": "办公室", "department": "部门", "station": "站所", "village": "村、工作点",
        "external": "外部单位"}
ROLE = {"lead": "负责", "assist": "协助", "cooperate": "配合", "participate": "参与",
        "supervise": "监督", "guide": "指导"}
CONTROL = re.compile("[\x00-\x1f\x7f]")
failures = []


def clean(s):
    return CONTROL.sub("", s)


def neutralised(s):
    return "'" + s if s[:1] in ("=", "+", "-", "@", "\t", "\r", "'") else s


def expected(path):
    """Rows of the matrix sheet, and the (clause, text) of every duty."""
    with open(path, encoding="utf-8") as f:
        model = yaml.safe_load(f)
    areas = []
    if "taxonomy" in model:
        with open(os.path.join(os.path.dirname(path), model["taxonomy"]), encoding="utf-8") as f:
            areas += yaml.safe_load(f)["areas"]
    areas += model.get("areas", [])
    # The loader trims surrounding white space of every text.
    t = lambda s: str(s).strip()
    bodies = model["bodies"]
    cells = {}
    for d in model["duties"]:
        if "body" in d:
            bound = [d["body"]]
        elif "bodies" in d:
            bound = d["bodies"]
        else:
            kinds = d["applies-to"]["kind"]
            kinds = kinds if isinstance(kinds, list) else [kinds]
            bound = [b["id"] for b in bodies if b["kind"] in kinds]
        role = ROLE[d["role"]]
        if d.get("with") == "upper":
            role = "配合上级" if d["role"] == "cooperate" else "协助上级"
        for a in d.get("areas", []):
            for b in bound:
                cells.setdefault((a, b), []).append(f"{role} {t(d['clause'])}")
    children = {}
    for a in areas:
        children.setdefault(a.get("parent"), []).append(a)
    rows = [["area id", "area", "findings"] + [f"{t(b['name'])} [{b['id']}]" for b in bodies],
            ["", "", "kind"] + [KIND[b["kind"]] for b in bodies]]

    def walk(parent, depth):
        for a in children.get(parent, []):
            rows.append([a["id"], "\u3000" * depth + t(a["name"]), None]
                        + ["\n".join(cells.get((a["id"], b["id"]), [])) for b in bodies])
            walk(a["id"], depth + 1)
    walk(None, 0)
    duties = [(t(d["clause"]), t(d["text"])) for d in model["duties"]]
    return rows, duties


def compare(label, got_rows, want_rows, literal):
    """LITERAL: XLSX, cells come back as written; else CSV, neutralised."""
    if len(got_rows) < len(want_rows):
        failures.append(f"{label}: {len(got_rows)} rows, expected at least {len(want_rows)}")
        return
    for r, want in enumerate(want_rows):
        got = got_rows[r] + [""] * (len(want) - len(got_rows[r]))
        for c, w in enumerate(want):
            if w is None:  # the findings column: check's business
                continue
            w = w if literal else neutralised(w)
            if clean(got[c]) != clean(w):
                failures.append(f"{label}: row {r + 1} column {c + 1}: {got[c]!r}, expected {w!r}")


def compare_duties(label, got_rows, duties, literal):
    got = [(row[0], row[7]) for row in got_rows[1:] if len(row) >= 8]
    if len(got) != len(duties):
        failures.append(f"{label}: {len(got)} duties listed, expected {len(duties)}")
        return
    for i, ((gc, gt), (wc, wt)) in enumerate(zip(got, duties)):
        if not literal:
            wc, wt = neutralised(wc), neutralised(wt)
        if clean(gc) != clean(wc) or clean(gt) != clean(wt):
            failures.append(f"{label}: duty {i + 1}: {(gc, gt)!r}, expected {(wc, wt)!r}")


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def soffice(profile, args):
    r = subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", *args],
                       capture_output=True, text=True, timeout=300)
    if r.returncode != 0:
        failures.append(f"soffice {' '.join(args)}: exit {r.returncode}: {r.stderr}")


EXPORT = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,false,false,false"

with tempfile.TemporaryDirectory() as tmp:
    profile = os.path.join(tmp, "profile")
    for name, rel in MODELS.items():
        for fmt in ("csv", "xlsx"):
            r = subprocess.run([dutygraph, "matrix", os.path.join(top, rel), "-o",
                                os.path.join(tmp, f"{name}.{fmt}")], capture_output=True, timeout=120)
            if r.returncode != 0:
                failures.append(f"matrix {rel} {fmt}: exit {r.returncode}: {r.stderr.decode()}")
    # Every sheet of each workbook to its own CSV file (NAME-SHEET.csv).
    soffice(profile, ["--convert-to", EXPORT + ",-1", "--outdir", os.path.join(tmp, "from-xlsx"),
                      *[os.path.join(tmp, f"{n}.xlsx") for n in MODELS]])
    soffice(profile, ["--infilter=CSV:44,34,76,1", "--convert-to", EXPORT, "--outdir",
                      os.path.join(tmp, "from-csv"), *[os.path.join(tmp, f"{n}.csv") for n in MODELS]])
    for name, rel in MODELS.items():
        rows, duties = expected(os.path.join(top, rel))
        xlsx_dir, csv_dir = os.path.join(tmp, "from-xlsx"), os.path.join(tmp, "from-csv")
        try:
            compare(f"{name}.xlsx matrix", read_csv(os.path.join(xlsx_dir, f"{name}-Matrix.csv")), rows, True)
            compare_duties(f"{name}.xlsx duties", read_csv(os.path.join(xlsx_dir, f"{name}-Duties.csv")),
                           duties, True)
            back = read_csv(os.path.join(csv_dir, f"{name}.csv"))
            compare(f"{name}.csv matrix", back, rows, False)
            # The duty list follows the matrix and an empty row.
            start = len(rows) + 1
            end = next((i for i in range(start + 1, len(back)) if not any(back[i])), len(back))
            compare_duties(f"{name}.csv duties", back[start:end], duties, False)
        except FileNotFoundError as e:
            failures.append(f"{name}: LibreOffice wrote no {e.filename}")

for f in failures:
    print("FAIL:", f)
print(f"{'failed' if failures else 'ok'}: {len(failures)} failures")
sys.exit(1 if failures else 0)
