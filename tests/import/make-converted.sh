#!/bin/sh
# Writes the .pdf, .doc, .odt, .rtf, .xlsx, .xls and .ods fixtures of tests/import/ from the .docx ones
# (make-docx.py) with LibreOffice, as an office would save them.  Run from
# the source root.  LibreOffice's output differs from run to run (dates,
# ids), so the committed files are the ones tests were written against.
set -eu
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
convert () {
  soffice --headless --norestore "-env:UserInstallation=file://$work/profile" \
    --convert-to "$2" --outdir "$work" "$1" >/dev/null 2>&1
}
convert tests/import/zhangshanzi-2020.docx pdf
convert tests/import/county-members.docx pdf
convert tests/import/county-members.docx doc
convert tests/import/circled-numbering.docx odt
convert tests/import/r-bare-name-lines.docx pdf
convert tests/import/r-bullet-items.docx pdf
convert tests/import/r-unit-duty-table.docx pdf
convert tests/import/nanhe-table.docx pdf
convert tests/import/duty-table.docx pdf
convert tests/import/r-long-table.docx pdf
convert tests/import/r-long-table-repeated.docx pdf
convert tests/import/r-section-colon-heads.docx pdf
convert tests/import/r-marked-leads.docx pdf
# LibreOffice's RTF export loses the Chinese of a numbering's text (it writes
# \'3f), so the .rtf carries its numbers as text, from the .txt itself.
soffice --headless --norestore "-env:UserInstallation=file://$work/profile" \
  --infilter="Text (encoded):UTF8,LF,,," --convert-to rtf --outdir "$work" \
  tests/import/article-numbering.txt >/dev/null 2>&1
# The CSV task list as the workbook an office keeps it in.
soffice --headless --norestore "-env:UserInstallation=file://$work/profile" \
  --infilter="Text - txt - csv (StarCalc):44,34,76" --convert-to xlsx --outdir "$work" \
  tests/import/xishan-tasks.csv >/dev/null 2>&1
# Documents typed as plain paragraphs in Word (LibreOffice's text import):
# their tables with tab stops, no w:tbl; and two of them printed to PDF.
for doc in tongxi-members tongyin-street wangling-table fenggang-table yuanfeng-label-levels \
  qiyuan-field-sections; do
  soffice --headless --norestore "-env:UserInstallation=file://$work/profile" \
    --infilter="Text (encoded):UTF8,LF,,," --convert-to docx --outdir "$work" \
    "tests/import/$doc.txt" >/dev/null 2>&1
done
convert "$work/tongxi-members.docx" pdf
convert "$work/tongyin-street.docx" pdf
convert "$work/yuanfeng-label-levels.docx" pdf
# That workbook in the older formats offices still pass round.
convert "$work/xishan-tasks.xlsx" xls
convert "$work/xishan-tasks.xlsx" ods
cp "$work/zhangshanzi-2020.pdf" "$work/county-members.pdf" "$work/county-members.doc" \
  "$work/circled-numbering.odt" "$work/article-numbering.rtf" "$work/r-bare-name-lines.pdf" \
  "$work/r-bullet-items.pdf" "$work/r-unit-duty-table.pdf" "$work/nanhe-table.pdf" \
  "$work/duty-table.pdf" "$work/xishan-tasks.xlsx" "$work/r-long-table.pdf" \
  "$work/r-long-table-repeated.pdf" "$work/r-section-colon-heads.pdf" "$work/r-marked-leads.pdf" \
  "$work/xishan-tasks.xls" "$work/xishan-tasks.ods" "$work/tongxi-members.pdf" \
  "$work/tongyin-street.pdf" "$work/wangling-table.docx" "$work/fenggang-table.docx" \
  "$work/yuanfeng-label-levels.pdf" "$work/qiyuan-field-sections.docx" tests/import/
