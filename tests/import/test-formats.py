#!/usr/bin/env python3
"""The same documents as .docx (automatic numbering), .pdf (LibreOffice's
export, running head and page-number foot), .doc, .odt and .rtf: each is
imported and scored by `dutygraph eval` against the hand-made model of the
text document it was made from (tests/import/make-docx.py,
make-converted.sh), and must score within 0.03 of that text on every
figure.  The .doc, .odt and .rtf go through LibreOffice (soffice), which
scripts/deps installs."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

exe, root = sys.argv[1], sys.argv[2]
TOLERANCE = 0.03
# (document, the text it was made from, that text's gold model)
CASES = [
    ("tests/import/county-members.docx", "tests/import/county-members.txt", "tests/import/county-members.gold.yaml"),
    ("tests/import/circled-numbering.docx", "tests/import/circled-numbering.txt", "tests/import/circled-numbering.gold.yaml"),
    ("tests/import/article-numbering.docx", "tests/import/article-numbering.txt", "tests/import/article-numbering.gold.yaml"),
    ("tests/import/zhangshanzi-2020.docx", "model/sources/zhangshanzi-2020.txt", "model/zhangshanzi-2020.yaml"),
    ("tests/import/zhangshanzi-2020.pdf", "model/sources/zhangshanzi-2020.txt", "model/zhangshanzi-2020.yaml"),
    ("tests/import/county-members.pdf", "tests/import/county-members.txt", "tests/import/county-members.gold.yaml"),
    ("tests/import/county-members.doc", "tests/import/county-members.txt", "tests/import/county-members.gold.yaml"),
    ("tests/import/circled-numbering.odt", "tests/import/circled-numbering.txt", "tests/import/circled-numbering.gold.yaml"),
    ("tests/import/article-numbering.rtf", "tests/import/article-numbering.txt", "tests/import/article-numbering.gold.yaml"),
    ("tests/import/r-bare-name-lines.docx", "tests/import/r-bare-name-lines.txt", "tests/import/r-bare-name-lines.gold.yaml"),
    ("tests/import/r-bare-name-lines.pdf", "tests/import/r-bare-name-lines.txt", "tests/import/r-bare-name-lines.gold.yaml"),
    ("tests/import/r-bracket-headings.docx", "tests/import/r-bracket-headings.txt", "tests/import/r-bracket-headings.gold.yaml"),
    ("tests/import/r-bullet-items.docx", "tests/import/r-bullet-items.txt", "tests/import/r-bullet-items.gold.yaml"),
    ("tests/import/r-bullet-items.pdf", "tests/import/r-bullet-items.txt", "tests/import/r-bullet-items.gold.yaml"),
    ("tests/import/r-unit-duty-table.docx", "tests/import/r-unit-duty-table.txt", "tests/import/r-unit-duty-table.gold.yaml"),
    # Tables in a PDF, rebuilt from where their text sits (src/import/pdf-table.c).
    ("tests/import/r-unit-duty-table.pdf", "tests/import/r-unit-duty-table.txt", "tests/import/r-unit-duty-table.gold.yaml"),
    ("tests/import/nanhe-table.pdf", "tests/import/nanhe-table.docx", "tests/import/nanhe-table.gold.yaml"),
    ("tests/import/duty-table.pdf", "tests/import/duty-table.docx", "tests/import/duty-table.gold.yaml"),
    # A table over two pages, with and without its header repeated on the second.
    ("tests/import/r-long-table.docx", "tests/import/r-long-table.txt", "tests/import/r-long-table.gold.yaml"),
    ("tests/import/r-long-table.pdf", "tests/import/r-long-table.txt", "tests/import/r-long-table.gold.yaml"),
    ("tests/import/r-long-table-repeated.docx", "tests/import/r-long-table.txt", "tests/import/r-long-table.gold.yaml"),
    ("tests/import/r-long-table-repeated.pdf", "tests/import/r-long-table.txt", "tests/import/r-long-table.gold.yaml"),
    # Items NAME负责：… under sections naming a class of holders, numbered by Word.
    ("tests/import/r-section-colon-heads.docx", "tests/import/r-section-colon-heads.txt", "tests/import/r-section-colon-heads.gold.yaml"),
    ("tests/import/r-section-colon-heads.pdf", "tests/import/r-section-colon-heads.txt", "tests/import/r-section-colon-heads.gold.yaml"),
    # A 责任单位 column whose lead is marked （牵头）, its cells wrapped in the PDF.
    ("tests/import/r-marked-leads.docx", "tests/import/r-marked-leads.txt", "tests/import/r-marked-leads.gold.yaml"),
    ("tests/import/r-marked-leads.pdf", "tests/import/r-marked-leads.txt", "tests/import/r-marked-leads.gold.yaml"),
    # Documents scored without tuning, as Word paragraphs (a table typed with
    # tab stops) and printed to PDF (paragraphs that end at the margin).
    ("tests/import/wangling-table.docx", "tests/import/wangling-table.txt", "tests/import/wangling-table.gold.yaml"),
    ("tests/import/fenggang-table.docx", "tests/import/fenggang-table.txt", "tests/import/fenggang-table.gold.yaml"),
    ("tests/import/tongxi-members.pdf", "tests/import/tongxi-members.txt", "tests/import/tongxi-members.gold.yaml"),
    ("tests/import/tongyin-street.pdf", "tests/import/tongyin-street.txt", "tests/import/tongyin-street.gold.yaml"),
    ("tests/import/yuanfeng-label-levels.pdf", "tests/import/yuanfeng-label-levels.txt", "tests/import/yuanfeng-label-levels.gold.yaml"),
    ("tests/import/qiyuan-field-sections.docx", "tests/import/qiyuan-field-sections.txt", "tests/import/qiyuan-field-sections.gold.yaml"),
    # A task list kept as a workbook.
    ("tests/import/xishan-tasks.xlsx", "tests/import/xishan-tasks.csv", "tests/import/xishan-tasks.gold.yaml"),
    # The same as an Excel 97 workbook and as an OpenDocument spreadsheet,
    # both through LibreOffice.
    ("tests/import/xishan-tasks.xls", "tests/import/xishan-tasks.csv", "tests/import/xishan-tasks.gold.yaml"),
    ("tests/import/xishan-tasks.ods", "tests/import/xishan-tasks.csv", "tests/import/xishan-tasks.gold.yaml"),
]
FIGURES = (("bodies", "recall"), ("items", "recall"), ("clauses", "recall"), ("triples", "f1"))
failures = []


def score(doc, gold, tmp):
    out = os.path.join(tmp, "model.yaml")
    r = subprocess.run([exe, "import", os.path.join(root, doc), "-o", out], capture_output=True, text=True)
    if r.returncode != 0:
        failures.append(f"{doc}: import exit {r.returncode}: {r.stderr.strip()}")
        return None
    e = subprocess.run([exe, "eval", os.path.join(root, gold), out, "--format", "json"],
                       capture_output=True, text=True)
    if e.returncode != 0:
        failures.append(f"{doc}: eval exit {e.returncode}: {e.stderr.strip()}")
        return None
    s = json.loads(e.stdout)
    return [s[a][b] for a, b in FIGURES]


if shutil.which("soffice") is None:
    failures.append("soffice not found: install libreoffice-writer-nogui (scripts/deps)")
with tempfile.TemporaryDirectory() as tmp:
    for doc, text, gold in CASES:
        base = score(text, gold, tmp)
        got = score(doc, gold, tmp)
        if base is None or got is None:
            continue
        print(f"# {doc}: " + ", ".join(f"{a} {b} {g:.3f} (text {t:.3f})"
                                        for (a, b), g, t in zip(FIGURES, got, base)))
        for (a, b), g, t in zip(FIGURES, got, base):
            if g + TOLERANCE + 1e-9 < t:
                failures.append(f"{doc}: {a} {b} {g:.3f}, more than {TOLERANCE} below the text's {t:.3f}")

for f in failures:
    print("not ok -", f)
print("1..1")
print("ok 1 - each format within 0.03 of its text" if not failures else "not ok 1 - formats")
sys.exit(1 if failures else 0)
