#!/bin/sh
# output/ is what scripts/render-outputs makes from the bundled models:
# regenerate into a temporary directory and compare.  Text, JSON, DOT and
# SVG, HTML, CSV, Markdown and XLSX must be byte-identical (the renderers are
# deterministic; the XLSX creation time is fixed); a PNG must
# have the same size in pixels (its bytes depend on the font rasteriser).
set -eu
dutygraph=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
top=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
DUTYGRAPH=$dutygraph "$top/scripts/render-outputs" "$tmp"
status=0
for file in $(cd "$tmp" && find . -type f | sort); do
  if [ ! -f "$top/output/$file" ]; then
    echo "output/$file is missing: run scripts/main-job"
    status=1
  elif [ "${file%.png}" != "$file" ]; then
    want=$(od -An -tx1 -j16 -N8 "$tmp/$file")
    got=$(od -An -tx1 -j16 -N8 "$top/output/$file")
    [ "$want" = "$got" ] || { echo "output/$file is stale (size differs): run scripts/main-job"; status=1; }
  elif ! cmp -s "$tmp/$file" "$top/output/$file"; then
    echo "output/$file is stale: run scripts/main-job"
    diff -u "$top/output/$file" "$tmp/$file" | head -20
    status=1
  fi
done
# Rendering twice gives the same bytes.
DUTYGRAPH=$dutygraph "$top/scripts/render-outputs" "$tmp/again"
for file in $(cd "$tmp/again" && find . -type f ! -name '*.png' | sort); do
  cmp -s "$tmp/$file" "$tmp/again/$file" || { echo "$file differs between two runs"; status=1; }
done
exit $status
