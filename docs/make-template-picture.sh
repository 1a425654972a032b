#!/usr/bin/env bash
# Renders the personalised template of unit DV001 (report sheet) to docs/mau-DV001.png, as README shows it.
# Needs LibreOffice and poppler from Debian's packages; installs them when missing (as root).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v soffice >/dev/null || ! command -v pdftoppm >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-calc poppler-utils
fi
[ -f target/tonghop.jar ] || mvn -q -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -jar target/tonghop.jar template --job=jobs/hoc-tap-2007-gd1/job.yml --output="$work/templates" >/dev/null
soffice --headless -env:UserInstallation="file://$work/profile" --convert-to pdf --outdir "$work" \
  "$work/templates/hoc-tap-2007-gd1/DV001.xlsx" >/dev/null
# page 1 is the instructions, page 2 the report sheet
pdftoppm -png -r 80 -f 2 -l 2 -singlefile "$work/DV001.pdf" docs/mau-DV001
echo "docs/mau-DV001.png"
