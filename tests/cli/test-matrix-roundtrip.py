#!/usr/bin/env python3
"""The office's round trip through a spreadsheet, on the command line:
matrix -> CSV edited as WPS or Excel saves it -> import --from matrix -> diff.

town-a (tests/cli/data/town-a) has 镇教委 and 交警中队 both leading 校车
(四(二)5(8), 四(二)7(2)) and 镇建设管理办公室 participating (四(二)12(4)); the
law shares 校车, so this is a shared-by-law conflict (a warning).  The edit
takes 交警中队's 负责 四(二)7(2) out of the 校车 cell, so the diff must show
exactly that duty removed, the conflict finding on 校车 closed and a
`shared` one opened in its place (镇教委 leads, 镇建设管理办公室 participates),
and nothing else: no body added or removed, no area losing every holder.
An unedited matrix must read back with no change at all.
Usage: test-matrix-roundtrip.py DUTYGRAPH SOURCE_ROOT
"""
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile

dutygraph, top = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="en")
failures = []


def run(*args, ok=(0,)):
    r = subprocess.run([dutygraph, *args], capture_output=True, env=env, cwd=work)
    if r.returncode not in ok:
        failures.append(f"{' '.join(args)}: exit {r.returncode}: {r.stderr.decode()}")
    return r


with tempfile.TemporaryDirectory() as work:
    for name in ("model.yaml", "taxonomy.yaml"):
        shutil.copy(os.path.join(top, "tests", "cli", "data", "town-a", name), work)
    run("matrix", "model.yaml", "-o", "matrix.csv")

    # Unedited: the same model back.
    run("import", "--from", "matrix", "matrix.csv", "--taxonomy", "taxonomy.yaml", "-o", "same.yaml")
    same = json.loads(run("diff", "--format", "json", "model.yaml", "same.yaml").stdout or b"{}")
    if same.get("duties", {}).get("removed") or same.get("duties", {}).get("added") \
            or same.get("findings", {}).get("opened") or same.get("findings", {}).get("closed"):
        failures.append(f"an unedited matrix changed the model: {same}")

    # Edited: 交警中队 off 校车, saved with CRLF and a BOM as spreadsheets do.
    with open(os.path.join(work, "matrix.csv"), encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    column = next(i for i, h in enumerate(rows[0]) if h.endswith("[jiaojing]"))
    row = next(r for r in rows if r and r[0] == "transport.school-bus")
    if row[column] != "负责 四(二)7(2)":
        failures.append(f"交警中队's 校车 cell is {row[column]!r}, expected '负责 四(二)7(2)'")
    row[column] = ""
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    with open(os.path.join(work, "edited.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write(out.getvalue())
    run("import", "--from", "matrix", "edited.csv", "--taxonomy", "taxonomy.yaml", "-o", "edited.yaml")
    diff = json.loads(run("diff", "--format", "json", "model.yaml", "edited.yaml", ok=(0, 1)).stdout or b"{}")
    removed = [(d.get("clause"), d.get("text"), d.get("areas"))
               for d in diff.get("duties", {}).get("removed", [])]
    if removed != [("四(二)7(2)", "依法履行校车安全管理职责。", ["transport.school-bus"])]:
        failures.append(f"removed duties: {removed}")
    if diff.get("duties", {}).get("added") or diff.get("duties", {}).get("moved"):
        failures.append(f"duties added or moved: {diff.get('duties')}")
    def finding(f):
        return (f["kind"], f["severity"], f["area"]["id"], f["holders"])
    closed = [finding(f["before"]) for f in diff.get("findings", {}).get("closed", [])]
    if closed != [("conflict", "warning", "transport.school-bus", "镇教委、交警中队、镇建设管理办公室")]:
        failures.append(f"closed findings: {closed}")
    opened = [finding(f["after"]) for f in diff.get("findings", {}).get("opened", [])]
    if opened != [("shared", "info", "transport.school-bus", "镇教委、镇建设管理办公室")]:
        failures.append(f"opened findings: {opened}")
    if diff.get("areas_lost") or diff.get("bodies", {}).get("removed") or diff.get("bodies", {}).get("added"):
        failures.append(f"bodies or areas changed: {diff.get('bodies')} {diff.get('areas_lost')}")

    # The matrix is read, never written; a bad cell is a FILE:LINE:COL error.
    row[column] = "牵头负责 四(二)7(2)"
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    with open(os.path.join(work, "bad.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write(out.getvalue())
    r = run("import", "--from", "matrix", "bad.csv", "-o", "bad.yaml", ok=(2,))
    if not r.stderr.decode().startswith("bad.csv:") or os.path.exists(os.path.join(work, "bad.yaml")):
        failures.append(f"bad cell: {r.stderr.decode()!r}")

for failure in failures:
    print(failure)
sys.exit(1 if failures else 0)
