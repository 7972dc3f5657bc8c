#!/usr/bin/env bash
# Opens every notebook chart (docs/notebooks/*.svg) and every notebook rendering
# (docs/notebooks/*.md turned into HTML) in Debian's chromium, driven by Playwright, and fails when a
# chart does not load, has an empty bounding box or text outside it, or a page logs a console error
# or a failed request. Keeps a screenshot per notebook in the folder given (default
# artifacts/ci/screenshots).
#
#   bash .ci/browser-check.sh [screenshot folder]
#
# Needs: apt-get install -y chromium fonts-dejavu-core (no browser download: Playwright drives the
# chromium at $CHROMIUM_PATH, /usr/bin/chromium by default).
set -euo pipefail

cd "$(dirname "$0")/.."
screenshots="${1:-artifacts/ci/screenshots}"
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"

if [ ! -x "$chromium" ]; then
  echo "browser check: no chromium at $chromium (apt-get install -y chromium)"
  exit 1
fi

echo "browser check: $("$chromium" --version 2>/dev/null || echo chromium), screenshots in $screenshots"
dotnet build docs/tooling/KpiFormulas.BrowserCheck -c Release --nologo -v quiet
dotnet run --project docs/tooling/KpiFormulas.BrowserCheck -c Release --no-build -- "$screenshots" --chromium "$chromium"
