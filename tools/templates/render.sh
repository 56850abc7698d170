#!/usr/bin/env bash
# Renders the workbook templates as they print: the blank template in English, French and
# Spanish, and the same three pre-filled with the report of long texts
# (fixtures/templates/long-texts-fr.json), each to PDF with LibreOffice, then each page to a PNG
# to look at. Says how many pages each PDF has, and fails when words are drawn over one another
# on a page (a wrapped text taller than its row runs into the row below).
#
# Usage, from anywhere in the repository:
#   tools/templates/render.sh [OUT]        # OUT defaults to target/templates-render
#   RESOLUTION=110 tools/templates/render.sh   # sharper pages (default 60 dots per inch)
#
# Needs: soffice (Debian: libreoffice-calc-nogui), pdftoppm, pdfinfo and pdftotext
# (poppler-utils), python3, and the Carlito font (fonts-crosextra-carlito), which has the
# metrics of Calibri: without it LibreOffice draws the workbook's Calibri with a wider font and
# the pages do not show what Excel prints. Builds and runs the att binary (cargo run).
#
# Not run in CI: LibreOffice takes a few seconds per workbook. The PDFs and PNGs are not kept in
# the repository.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-target/templates-render}
resolution=${RESOLUTION:-60}

for tool in soffice pdftoppm pdfinfo pdftotext python3; do
  command -v "$tool" >/dev/null || { echo "render.sh: $tool is missing" >&2; exit 2; }
done
if ! fc-list 2>/dev/null | grep -qi carlito; then
  echo "render.sh: the Carlito font is missing (fonts-crosextra-carlito); pages will not show Calibri's widths" >&2
fi

mkdir -p "$out"
rm -f "$out"/*.xlsx "$out"/*.pdf "$out"/*.png
cargo build -q -p att --bin att
att=target/debug/att
for lang in en fr es; do
  "$att" template --lang "$lang" -o "$out/template-$lang.xlsx"
  "$att" template --lang "$lang" --from fixtures/templates/long-texts-fr.json \
    -o "$out/long-texts-$lang.xlsx" 2>/dev/null
done

# A profile of its own, so that a LibreOffice already open elsewhere is not disturbed.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
(cd "$out" && soffice -env:UserInstallation="file://$profile" --headless \
  --convert-to pdf ./*.xlsx >/dev/null 2>&1)

status=0
for pdf in "$out"/*.pdf; do
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  pdftoppm -png -r "$resolution" "$pdf" "${pdf%.pdf}"
  echo "$pdf: $pages pages"
  pdftotext -bbox "$pdf" "${pdf%.pdf}.words.html"
  if ! python3 - "${pdf%.pdf}.words.html" <<'PY'
import re, sys

# Words whose boxes overlap by more than half their height are drawn over one another; the
# lines of one wrapped cell are closer than their boxes are tall, so a smaller overlap is not.
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
found = 0
for number, page in enumerate(open(sys.argv[1], encoding="utf-8").read().split("<page ")[1:], 1):
    words = sorted(
        (float(y0), float(y1), float(x0), float(x1), text)
        for x0, y0, x1, y1, text in WORD.findall(page)
    )
    for i, (y0, y1, x0, x1, text) in enumerate(words):
        for other in words[i + 1:]:
            if other[0] >= y1:
                break
            overlap_y = min(y1, other[1]) - other[0]
            overlap_x = min(x1, other[3]) - max(x0, other[2])
            if overlap_x > 0.5 and overlap_y > 0.5 * min(y1 - y0, other[1] - other[0]):
                found += 1
                if found <= 20:
                    print(f"  page {number}: {text!r} is drawn over {other[4]!r}")
sys.exit(1 if found else 0)
PY
  then
    status=1
  fi
  rm -f "${pdf%.pdf}.words.html"
done
echo "pages in $out"
exit $status
