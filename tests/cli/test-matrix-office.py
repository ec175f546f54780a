#!/usr/bin/env python3
"""The matrix as offices keep it: the XLSX dutygraph writes, a CSV that
Chinese Excel or WPS saves as GBK, and model text that CSV and XLSX must
quote (commas, quotes, a newline inside a clause), each read back with
`import --from matrix` into the model it came from.

For every model and every file: the model read back has no difference at
all for `diff` (no duty added, removed or moved, no finding opened or
closed); the XLSX and the GBK CSV read back to the same YAML as the UTF-8
CSV; the clause and text written over several lines come back exactly.
The workbook's page setup is in its XML, and printed through LibreOffice
(when installed) every page of the matrix carries area names.  Then one
edit as an office makes it: a role changed in one cell of the
CSV gives that duty the new role with its text unchanged.
Usage: test-matrix-office.py DUTYGRAPH SOURCE_ROOT
"""
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile

import yaml
import zipfile

dutygraph, top = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="en")
failures = []
work = None


def run(*args, ok=(0,)):
    r = subprocess.run([dutygraph, *args], capture_output=True, env=env, cwd=work)
    if r.returncode not in ok:
        failures.append(f"{' '.join(args)}: exit {r.returncode}: {r.stderr.decode()}")
    return r


def unchanged(name, model, back):
    d = json.loads(run("diff", "--format", "json", model, back, ok=(0, 1)).stdout or b"{}")
    duties, findings = d.get("duties", {}), d.get("findings", {})
    if any(duties.get(k) for k in ("removed", "added", "moved")) \
            or findings.get("opened") or findings.get("closed") or d.get("areas_lost") \
            or d.get("bodies", {}).get("removed") or d.get("bodies", {}).get("added"):
        failures.append(f"{name}: the model read back differs: {json.dumps(d, ensure_ascii=False)[:600]}")


def read(path):
    with open(os.path.join(work, path), encoding="utf-8") as f:
        return f.read()


def round_trips(label, model, taxonomy):
    """MODEL through CSV, GBK CSV and XLSX, each read back (in a directory
    of its own, so that the title, the file's name, is the same)."""
    for sub in ("csv", "gbk", "xlsx"):
        os.makedirs(os.path.join(work, sub), exist_ok=True)
    run("matrix", model, "-o", "csv/matrix.csv")
    run("matrix", model, "--format", "xlsx", "-o", "xlsx/matrix.xlsx")
    with open(os.path.join(work, "csv", "matrix.csv"), encoding="utf-8-sig", newline="") as f:
        text = f.read()
    # As Chinese Excel saves it: GBK, no byte-order mark.
    with open(os.path.join(work, "gbk", "matrix.csv"), "w", encoding="gbk", newline="") as f:
        f.write(text)
    for sub, name in (("csv", "matrix.csv"), ("gbk", "matrix.csv"), ("xlsx", "matrix.xlsx")):
        run("import", "--from", "matrix", f"{sub}/{name}", "--taxonomy", taxonomy, "-o", f"{sub}/back.yaml")
        unchanged(f"{label} {sub}", model, f"{sub}/back.yaml")
    utf8 = read("csv/back.yaml")
    for sub in ("gbk", "xlsx"):
        if read(f"{sub}/back.yaml") != utf8:
            failures.append(f"{label}: the {sub} matrix reads back to another model than the UTF-8 CSV")
    return yaml.safe_load(utf8)


with tempfile.TemporaryDirectory() as work:
    for name in ("model.yaml", "taxonomy.yaml"):
        shutil.copy(os.path.join(top, "tests", "cli", "data", "town-a", name), work)
    round_trips("town-a", "model.yaml", "taxonomy.yaml")

    # The workbook prints as offices print: landscape A4, fitted to the
    # width (pages across by groups of body columns), the heading rows and
    # the area columns repeated on every page.
    with zipfile.ZipFile(os.path.join(work, "xlsx", "matrix.xlsx")) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
        book = z.read("xl/workbook.xml").decode()
    for want in ('<pageSetUpPr fitToPage="1"/>', 'paperSize="9"', 'orientation="landscape"',
                 'fitToHeight="0"'):
        if want not in sheet:
            failures.append(f"the matrix worksheet lacks {want}")
    if "!$A:$C," not in book or "!$1:$2</definedName>" not in book:
        failures.append("the matrix worksheet does not repeat its area columns and heading rows")

    # Printed by LibreOffice (when installed), every page of the bundled
    # model's matrix carries area names: the area columns repeat on the
    # pages across.
    soffice = shutil.which("soffice")
    if soffice and shutil.which("pdftotext") and shutil.which("pdfinfo"):
        bundled = os.path.join(top, "model", "zhangshanzi-2020.yaml")
        run("matrix", bundled, "--format", "xlsx", "-o", "print.xlsx")
        run("matrix", bundled, "-o", "print.csv")
        with open(os.path.join(work, "print.csv"), encoding="utf-8-sig", newline="") as f:
            names = set()
            for r in list(csv.reader(f))[2:]:
                if not r:
                    break
                names.add(r[1].strip("\u3000 "))
        r = subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{work}/lo",
                            "--convert-to", "pdf", "--outdir", work, os.path.join(work, "print.xlsx")],
                           capture_output=True, timeout=300)
        pdf = os.path.join(work, "print.pdf")
        if r.returncode != 0 or not os.path.exists(pdf):
            failures.append(f"LibreOffice did not print the workbook: {r.stderr.decode()[:300]}")
        else:
            info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
            pages = int(next(l.split()[1] for l in info.splitlines() if l.startswith("Pages:")))
            matrix_pages = 0
            for page in range(1, pages + 1):
                text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), pdf, "-"],
                                      capture_output=True, text=True).stdout
                # The matrix's pages are those under its heading row (the
                # lists follow on their own pages).
                if "findings" not in text:
                    continue
                matrix_pages += 1
                if not any(name and name in text for name in names):
                    failures.append(f"printed page {page} of the matrix carries no area name")
            if matrix_pages < 2:
                failures.append(f"the matrix printed on {matrix_pages} pages; its heading row is not repeated")

    # Text a spreadsheet must quote, in a clause and a duty's text.
    with open(os.path.join(work, "model.yaml"), encoding="utf-8") as f:
        model = f.read()
    plain = "clause: 四(二)7(1), text: 负责道路交通安全管理。"
    if plain not in model:
        failures.append("town-a no longer has 四(二)7(1) as this test expects")
    clause, text = '四(二)7(1),"甲"\n乙', '负责道路,交通"安全"\n管理。'
    model = model.replace(plain, f"clause: {json.dumps(clause, ensure_ascii=False)}, "
                                 f"text: {json.dumps(text, ensure_ascii=False)}")
    with open(os.path.join(work, "quoted.yaml"), "w", encoding="utf-8") as f:
        f.write(model)
    back = round_trips("quoted", "quoted.yaml", "taxonomy.yaml")
    if not any(d.get("clause") == clause and d.get("text") == text for d in back.get("duties", [])):
        failures.append(f"the clause over two lines did not come back: "
                        f"{[(d.get('clause'), d.get('text')) for d in back.get('duties', [])]}")

    # One role changed in a cell: 交警中队 leads 道路交通 (四(二)7(1)); the
    # office makes it 配合.  The duty keeps its text.
    with open(os.path.join(work, "csv", "matrix.csv"), encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    column = next(i for i, h in enumerate(rows[0]) if h.endswith("[jiaojing]"))
    row = next(r for r in rows if r and r[0] == "transport.road")
    if row[column] != f"负责 {clause}":
        failures.append(f"交警中队's 道路交通 cell is {row[column]!r}")
    row[column] = f"配合 {clause}"
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    with open(os.path.join(work, "role.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write(out.getvalue())
    run("import", "--from", "matrix", "role.csv", "--taxonomy", "taxonomy.yaml", "-o", "role.yaml")
    if os.path.exists(os.path.join(work, "role.yaml")):
        duties = yaml.safe_load(read("role.yaml"))["duties"]
        changed = [d for d in duties if d.get("clause") == clause]
        if [(d.get("body"), d.get("role"), d.get("text")) for d in changed] != [("jiaojing", "cooperate", text)]:
            failures.append(f"the duty whose role changed: {changed}")

for failure in failures:
    print(failure)
sys.exit(1 if failures else 0)
