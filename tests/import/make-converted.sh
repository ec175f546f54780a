#!/bin/sh
# Writes the .pdf and .doc fixtures of tests/import/ from the .docx ones
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
cp "$work/zhangshanzi-2020.pdf" "$work/county-members.pdf" "$work/county-members.doc" tests/import/
