#!/usr/bin/env python3
"""The office sheets on paper: `division` and `rectification` write XLSX,
LibreOffice prints it (soffice --headless --convert-to pdf), and
pdftotext of the PDF must hold every column heading on every page (the
header row is repeated), every body name the model's duties with areas
name (worked out from the YAML), and every line of every cell of the CSV
the same command writes — nothing cut off at the page's edge or hidden by
a row too short for its text.  Pages are A4 landscape and none is empty.

Skipped (exit 77) when soffice or pdftotext is not installed.
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

if not shutil.which("soffice") or not shutil.which("pdftotext"):
    print("soffice or pdftotext not installed")
    sys.exit(77)

dutygraph, top = os.path.abspath(sys.argv[1]), sys.argv[2]
MODELS = {"bundled": "model/zhangshanzi-2020.yaml", "town-a": "tests/cli/data/town-a/model.yaml"}
ENV = {k: v for k, v in os.environ.items() if not (k.startswith("LC_") or k in ("LANG", "LANGUAGE"))}
ENV.update(LANG="zh_CN.UTF-8", SOURCE_DATE_EPOCH="1767225600")
HEADINGS = {
    "division": ["序号", "工作任务/领域", "牵头单位", "配合单位", "职责内容", "依据"],
    "rectification": ["序号", "问题", "涉及领域", "依据", "建议牵头单位", "配合单位", "整改措施", "完成时限", "状态"],
}
failures = []


def flat(text):
    return re.sub(r"\s+", "", text)


def named_bodies(path):
    with open(path, encoding="utf-8") as f:
        model = yaml.safe_load(f)
    names = {b["id"]: b["name"] for b in model["bodies"]}
    return {names[b] for d in model["duties"] if d.get("areas") and "applies-to" not in d
            for b in d.get("bodies", [d.get("body")])}


def pdftotext(pdf, *args):
    return subprocess.run(["pdftotext", "-raw", *args, pdf, "-"], capture_output=True, text=True,
                          timeout=120).stdout


with tempfile.TemporaryDirectory() as tmp:
    profile = os.path.join(tmp, "profile")
    books = []
    for key, model in MODELS.items():
        path = os.path.join(top, model)
        for command in ("division", "rectification"):
            book = os.path.join(tmp, f"{key}-{command}.xlsx")
            r = subprocess.run([dutygraph, command, path, "-o", book], env=ENV, capture_output=True)
            c = subprocess.run([dutygraph, command, path], env=ENV, capture_output=True)
            if r.returncode or c.returncode:
                failures.append(f"{command} {model}: exit {r.returncode}/{c.returncode}")
                continue
            books.append((key, command, path, book, c.stdout.decode("utf-8-sig")))
    r = subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", os.path.join(tmp, "pdf"),
                        *[b[3] for b in books]], capture_output=True, text=True, timeout=300)
    if r.returncode:
        failures.append(f"soffice: exit {r.returncode}: {r.stderr}")
    for key, command, path, book, text in books:
        what = f"{command} {key}"
        pdf = os.path.join(tmp, "pdf", os.path.basename(book)[:-5] + ".pdf")
        if not os.path.exists(pdf):
            failures.append(f"{what}: no PDF")
            continue
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
        pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
        size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", info, re.M)
        if not size or not (abs(float(size.group(1)) - 841.9) < 2 and abs(float(size.group(2)) - 595.3) < 2):
            failures.append(f"{what}: pages are not A4 landscape: {size and size.group(0)}")
        for page in range(1, pages + 1):
            on_page = flat(pdftotext(pdf, "-f", str(page), "-l", str(page)))
            for h in HEADINGS[command]:
                if flat(h) not in on_page:
                    failures.append(f"{what}: page {page} of {pages} lacks the heading {h}")
            # A page with the header row and nothing under it is a blank page.
            if len(on_page) < 200:
                failures.append(f"{what}: page {page} of {pages} is nearly empty")
        paper = flat(pdftotext(pdf))
        if command == "division":
            for name in sorted(named_bodies(path)):
                if flat(name) not in paper:
                    failures.append(f"{what}: body {name} not on paper")
        rows = list(csv.reader(io.StringIO(text)))
        for row in rows[5:]:
            for cell in row:
                shown = cell[1:] if cell[:1] == "'" else cell
                for line in shown.split("\n"):
                    if flat(line) and flat(line) not in paper:
                        failures.append(f"{what}: {line[:50]!r} not on paper")

for f in failures:
    print(f)
sys.exit(1 if failures else 0)
