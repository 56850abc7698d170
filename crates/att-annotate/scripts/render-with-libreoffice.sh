#!/usr/bin/env sh
# Annotates the fixtures of fixtures/annotate/ with the findings the tests use, has
# LibreOffice (headless) convert each annotated copy to PDF, and renders the pages to PNG, to
# look at what an official sees. Two sets: as delivered (notes show on hovering, so the
# pages show the fills and the findings sheet) and with the notes always shown.
#
#     apt-get install -y libreoffice-calc-nogui poppler-utils
#     crates/att-annotate/scripts/render-with-libreoffice.sh [OUTPUT_FOLDER]
#
# LibreOffice fails the script (set -e) if it cannot convert a copy.
set -eu
root=$(cd "$(dirname "$0")/../../.." && pwd)
out=${1:-$root/target/annotate-rendering}
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
for variant in hidden shown; do
    folder="$out/notes-$variant"
    rm -rf "$folder"
    mkdir -p "$folder"
    flag=""
    if [ "$variant" = shown ]; then flag="--show-notes"; fi
    (cd "$root" && cargo run --quiet -p att-annotate --example annotate_fixtures -- "$folder" $flag)
    soffice -env:UserInstallation="file://$profile" --headless --norestore \
        --convert-to pdf --outdir "$folder" "$folder"/annotated-*.xls*
    for pdf in "$folder"/*.pdf; do
        pdftoppm -png -r 80 "$pdf" "${pdf%.pdf}"
    done
done
echo "PNG pages in $out/notes-hidden and $out/notes-shown"
