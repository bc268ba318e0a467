#!/usr/bin/env bash
# Writes the LibreOffice-made .xlsx fixtures from the sample CSVs (issue 16, D-64).
# Run from the repository root: Tests/KaoheCLITests/Fixtures/xlsx/make-libreoffice.sh
# Needs LibreOffice Calc (Debian: libreoffice-calc-nogui). The tests read the committed files.
# The CSV import filter: comma, double quote, UTF-8 (76), from line 1, Chinese (PRC) locale (2052), not
# quoted-as-text, detect special numbers (so dates and percentages become typed cells).
set -euo pipefail
out="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp sample-data/areas.csv "$work/areas-libreoffice.csv"
cp sample-data/targets.csv "$work/targets-libreoffice.csv"
cp sample-data/reports/2015/自查报告-2015.csv "$work/report-2015-libreoffice.csv"
soffice -env:UserInstallation="file://$work/profile" --headless --infilter="CSV:44,34,76,1,,2052,false,true" \
  --convert-to xlsx --outdir "$out" "$work"/areas-libreoffice.csv "$work"/targets-libreoffice.csv "$work"/report-2015-libreoffice.csv
