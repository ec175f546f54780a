#!/usr/bin/env python3
"""The office sheets as files: `division` and `rectification` write XLSX
whose page setup is the one docs/sheets.md promises (A4 landscape, one page
wide, the header row repeated, a footer with the page number, the title
rows merged), whose bytes are the same on every run, and whose header row
and cells are those of the CSV of the same command.

The rows themselves are checked against the model by hand in the CLI cases
0720-0723; here the bundled model and town-a are used for the layout, and
the division's bodies are worked out from the YAML: every body a duty with
areas names (not a duty of a whole class) is a 牵头单位 or 配合单位 of some row.
"""
import csv
import io
import os
import re
import subprocess
import sys
import tempfile
import zipfile

import yaml

dutygraph, top = os.path.abspath(sys.argv[1]), sys.argv[2]
MODELS = ["model/zhangshanzi-2020.yaml", "tests/cli/data/town-a/model.yaml"]
ENV = {k: v for k, v in os.environ.items() if not (k.startswith("LC_") or k in ("LANG", "LANGUAGE"))}
ENV.update(LANG="zh_CN.UTF-8", SOURCE_DATE_EPOCH="1767225600")
HEADINGS = {
    "division": ["序号", "工作任务/领域", "牵头单位", "配合单位", "职责内容", "依据"],
    "rectification": ["序号", "问题", "涉及领域", "依据", "建议牵头单位", "配合单位", "整改措施", "完成时限", "状态"],
}
failures = []


def run(args):
    r = subprocess.run([dutygraph, *args], env=ENV, capture_output=True)
    if r.returncode != 0:
        failures.append(f"{' '.join(args)}: exit {r.returncode}: {r.stderr.decode()}")
    return r.stdout


def named_bodies(path):
    """Names of the bodies a duty with areas binds by name."""
    with open(path, encoding="utf-8") as f:
        model = yaml.safe_load(f)
    names = {b["id"]: b["name"] for b in model["bodies"]}
    out = set()
    for d in model["duties"]:
        if d.get("areas") and "applies-to" not in d:
            for b in d.get("bodies", [d.get("body")]):
                out.add(names[b])
    return out


def shared_strings(z):
    xml = z.read("xl/sharedStrings.xml").decode()
    return [re.sub(r"<[^>]+>", "", s).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
            .replace("&quot;", '"').replace("&apos;", "'")
            for s in re.findall(r"<si>(.*?)</si>", xml, re.S)]


with tempfile.TemporaryDirectory() as tmp:
    for model in MODELS:
        path = os.path.join(top, model)
        for command in ("division", "rectification"):
            what = f"{command} {model}"
            a, b = os.path.join(tmp, "a.xlsx"), os.path.join(tmp, "b.xlsx")
            run([command, path, "--org", "甲镇应急管理办公室", "-o", a])
            run([command, path, "--org", "甲镇应急管理办公室", "-o", b])
            if open(a, "rb").read() != open(b, "rb").read():
                failures.append(f"{what}: two runs give different bytes")
            z = zipfile.ZipFile(a)
            sheet = z.read("xl/worksheets/sheet1.xml").decode()
            book = z.read("xl/workbook.xml").decode()
            for want, where in [
                ('paperSize="9"', "A4"), ('orientation="landscape"', "landscape"),
                ('fitToHeight="0"', "as many pages tall as needed"), ('<pageSetUpPr fitToPage="1"/>', "fit to width"),
                ('<pane ', "frozen header"), ('<mergeCell ', "merged title"), ("&amp;P", "page number in the footer"),
                ('horizontalCentered="1"', "centred"),
            ]:
                if want not in sheet:
                    failures.append(f"{what}: no {where} ({want})")
            if not re.search(r"_xlnm\.Print_Titles[^>]*>[^<]*!\$(\d+):\$\1<", book):
                failures.append(f"{what}: the header row is not repeated on every page")
            if "2000-01-01T00:00:00Z" not in z.read("docProps/core.xml").decode():
                failures.append(f"{what}: the creation time is not the fixed one")
            strings = set(shared_strings(z))
            rows = list(csv.reader(io.StringIO(run([command, path, "--org", "甲镇应急管理办公室"]).decode("utf-8-sig"))))
            if rows[:1] == [] or rows[4] != HEADINGS[command]:
                failures.append(f"{what}: CSV header row {rows[4] if len(rows) > 4 else None}")
            for h in HEADINGS[command]:
                if h not in strings:
                    failures.append(f"{what}: heading {h} not in the workbook")
            for row in rows[5:]:
                for cell in row[1:]:
                    shown = cell[1:] if cell[:1] == "'" else cell
                    if shown and shown not in strings and cell not in strings:
                        failures.append(f"{what}: cell {cell[:40]!r} of the CSV not in the workbook")
            if command == "division":
                # A name may itself hold 、 (各工作点、行政村): look for it whole.
                holders = "\n".join("、" + row[2] + "、" + row[3] + "、" for row in rows[5:])
                for name in sorted(named_bodies(path)):
                    if "、" + name + "、" not in holders:
                        failures.append(f"{what}: {name} holds an area but is in no row")

for f in failures:
    print(f)
sys.exit(1 if failures else 0)
