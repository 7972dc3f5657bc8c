#!/usr/bin/env bash
# The KPI workbook for spreadsheet users without the add-in, docs/excel/KpiFormulas.xlsx:
#   1. it matches a fresh generation from the catalogue (docs/tooling/generate-kpi-workbook.cs --check);
#   2. LibreOffice Calc recalculates it and, on every KPI's worked example, each native formula and
#      each band's level give the library's value (KpiWorkbookTests in tests/KpiFormulas.Spreadsheet.Tests).
# Needs LibreOffice Calc headless: apt-get install -y libreoffice-calc-nogui
# Runnable from the repository root; exits non-zero on any difference.
set -euo pipefail

cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v soffice > /dev/null; then
  echo "soffice not found: install LibreOffice Calc headless with: apt-get install -y libreoffice-calc-nogui"
  exit 1
fi

echo "=== KPI workbook: docs/excel/KpiFormulas.xlsx matches a fresh generation from the catalogue"
dotnet run docs/tooling/generate-kpi-workbook.cs -- --check

echo "=== KPI workbook: LibreOffice ($(soffice --version | head -n 1)) recalculates it; every result equals the library's"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
dotnet build tests/KpiFormulas.Spreadsheet.Tests -c Release --nologo -v quiet
if ! dotnet test tests/KpiFormulas.Spreadsheet.Tests -c Release --no-build --filter "FullyQualifiedName~KpiWorkbookTests" > "$log" 2>&1; then
  cat "$log"
  echo "KPI workbook check failed: LibreOffice and the library differ (above)"
  exit 1
fi
grep -E '(Passed|Failed)!' "$log"
grep -qE 'Passed!.*Passed: +[1-9]' "$log" || { cat "$log"; echo "KPI workbook check failed: no test ran"; exit 1; }

echo "KPI workbook checked: generated from the catalogue, recalculated by LibreOffice, equal to the library on every worked example"
