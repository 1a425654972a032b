#!/usr/bin/env bash
# Makes the pictures of README's "Outputs" section from the shipped sample: runs the job into a scratch folder,
# turns the outputs into PDF with LibreOffice, as a printer would get them, and saves chosen pages as PNG in docs/.
# Usage (from anywhere): docs/make-pictures.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# LibreOffice Calc renders the workbooks, poppler's pdftoppm the pages (Debian/Ubuntu packages)
if ! command -v soffice >/dev/null || ! command -v pdftoppm >/dev/null; then
    sudo_if_needed=$([ "$(id -u)" -eq 0 ] && echo "" || echo sudo)
    $sudo_if_needed apt-get update
    $sudo_if_needed apt-get install -y libreoffice-calc poppler-utils
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# the sample run, with its outputs and database kept out of the project's own folders
mvn -q spring-boot:run -Dspring-boot.run.arguments="run --output=$work/output --data=$work/data"
run="$work/output/$(ls "$work/output")/$(cat "$work"/output/*/latest.txt)"

# picture OUTPUT FILE PAGE PNG: page PAGE of OUTPUT FILE (relative to the run folder) as docs/PNG
picture() {
    local source="$run/$1" page="$2" target="docs/$3"
    local pdf="$work/pdf/$(basename "${1%.*}").pdf"
    if [ ! -f "$pdf" ]; then
        # a profile of its own, so an open LibreOffice of the user's does not take over the conversion
        soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work/pdf" \
            "$source" >/dev/null
    fi
    pdftoppm -png -r 80 -f "$page" -l "$page" -singlefile "$pdf" "${target%.png}"
    echo "$target"
}

picture tong-hop.xlsx 1 tong-hop-summary.png
