#!/usr/bin/env python3
"""The report on paper: `report -o report.pdf` (headless Chromium) for the
bundled model and town-a, read back with pdftotext.  Every body name
(worked out from the YAML) must head a column of the printed matrix, and
every finding's area or body must be on paper; page 1 is the situation report and names the
first problem; every page is A4 and holds more than a heading — no blank
page, no page with a heading alone.

Skipped (exit 77) when Chromium or pdftotext is not installed.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

chromium = os.environ.get("DUTYGRAPH_CHROMIUM") or next(
    (n for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)
if not chromium or not shutil.which(chromium) or not shutil.which("pdftotext"):
    print("Chromium or pdftotext not installed")
    sys.exit(77)

dutygraph, top = os.path.abspath(sys.argv[1]), sys.argv[2]
MODELS = {"bundled": "model/zhangshanzi-2020.yaml", "town-a": "tests/cli/data/town-a/model.yaml"}
ENV = {k: v for k, v in os.environ.items() if not (k.startswith("LC_") or k in ("LANG", "LANGUAGE"))}
ENV.update(LANG="zh_CN.UTF-8", SOURCE_DATE_EPOCH="1767225600")
A4 = (595.3, 841.9)
failures = []


def flat(text):
    return re.sub(r"\s+", "", text)


def pdftotext(pdf, *args):
    return subprocess.run(["pdftotext", "-raw", *args, pdf, "-"], capture_output=True, text=True,
                          timeout=120).stdout


with tempfile.TemporaryDirectory() as tmp:
    for key, model in MODELS.items():
        path = os.path.join(top, model)
        pdf = os.path.join(tmp, f"{key}.pdf")
        r = subprocess.run([dutygraph, "report", path, "-o", pdf], env=ENV, capture_output=True,
                           text=True, timeout=300)
        if r.returncode != 0:
            failures.append(f"report {key}: exit {r.returncode}: {r.stderr}")
            continue
        with open(path, encoding="utf-8") as f:
            bodies = [b["name"] for b in yaml.safe_load(f)["bodies"]]
        findings = json.loads(subprocess.run([dutygraph, "check", "--format", "json", path], env=ENV,
                                             capture_output=True, text=True).stdout)["findings"]
        paper = flat(pdftotext(pdf))
        # The matrix is the last annex: from the page of its first column
        # group on, every body must head a column (names in findings elsewhere
        # do not count).
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
        pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
        start = next((p for p in range(1, pages + 1)
                      if re.search(r"单位1–\d+（共\d+个）", flat(pdftotext(pdf, "-f", str(p), "-l", str(p))))), None)
        matrix = flat(pdftotext(pdf, "-f", str(start))) if start else ""
        if not start:
            failures.append(f"{key}: no printed matrix")
        for name in bodies:
            if flat(name) not in matrix:
                failures.append(f"{key}: body {name} heads no printed matrix column")
        for f in findings:
            about = " › ".join(f["area"]["path"]) if f.get("area") else (f.get("body") or {}).get("name")
            if about and flat(about) not in paper:
                failures.append(f"{key}: {f['kind']} finding on {about} not on paper")
        for page in range(1, pages + 1):
            box = re.search(rf"^Page\s+{page} size:\s+([\d.]+) x ([\d.]+)",
                            subprocess.run(["pdfinfo", "-f", str(page), "-l", str(page), pdf],
                                           capture_output=True, text=True).stdout, re.M)
            size = sorted((float(box.group(1)), float(box.group(2)))) if box else None
            if not size or abs(size[0] - A4[0]) > 2 or abs(size[1] - A4[1]) > 2:
                failures.append(f"{key}: page {page} is not A4: {size}")
            lines = [l for l in pdftotext(pdf, "-f", str(page), "-l", str(page)).splitlines() if l.strip()]
            if len(lines) < 3:
                failures.append(f"{key}: page {page} of {pages} is blank or holds a heading alone: {lines}")
        first = flat(pdftotext(pdf, "-f", "1", "-l", "1"))
        if "情况报告" not in first:
            failures.append(f"{key}: page 1 is not the situation report")
        problems = [f for f in findings if f["severity"] != "info"]
        if problems and problems[0].get("area") and flat(problems[0]["area"]["name"]) not in first:
            failures.append(f"{key}: page 1 does not name the first problem, {problems[0]['area']['name']}")

for f in failures:
    print(f)
sys.exit(1 if failures else 0)
