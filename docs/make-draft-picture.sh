#!/usr/bin/env bash
# Renders the first page of the draft report (bao-cao.docx) of the shipped sample to docs/bao-cao-trang-1.png:
# builds the jar, runs it on a copy of jobs/ and input/, converts the draft to PDF with LibreOffice in headless mode
# and the PDF's first page to PNG with pdftoppm. On Debian or Ubuntu it installs what is missing with apt-get
# (libreoffice-writer, poppler-utils, and fonts-liberation, whose Liberation Serif has the metrics of Times New Roman).
# Usage, from anywhere: docs/make-draft-picture.sh
set -euo pipefail
cd "$(dirname "$0")/.."
project=$PWD

missing=()
command -v soffice >/dev/null || missing+=(libreoffice-writer)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
{ command -v fc-list >/dev/null && fc-list : family | grep -i "Liberation Serif" >/dev/null; } || missing+=(fonts-liberation)
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -B -q -DskipTests package
cp -r jobs input "$work"/
(cd "$work" && java -jar "$project/target/tonghop.jar" run --data="$work/data" >/dev/null)
run="$work/output/hoc-tap-2007-gd1/$(cat "$work/output/hoc-tap-2007-gd1/latest.txt")"

# a profile of its own, so that a LibreOffice already open does not take the conversion over
soffice -env:UserInstallation="file://$work/libreoffice" --headless --convert-to pdf --outdir "$work" \
  "$run/bao-cao.docx" >/dev/null
pdftoppm -png -r 100 -f 1 -l 1 -singlefile "$work/bao-cao.pdf" docs/bao-cao-trang-1
echo "docs/bao-cao-trang-1.png"
