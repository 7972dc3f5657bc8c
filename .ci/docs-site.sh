#!/usr/bin/env bash
# Builds the API reference site: docfx (a local tool, pinned in .config/dotnet-tools.json) turns the
# XML docs of KpiFormulas, KpiFormulas.Excel and KpiFormulas.Arrow and the pages of docs/ (docs/docfx.json, docs/toc.yml)
# into a static site in artifacts/docs-site, which is not committed. Warnings are errors: a broken
# cref in the XML docs, a broken link or xref in a page fails the build. Run from anywhere; exits
# non-zero on failure. To read the site: dotnet docfx serve artifacts/docs-site (then open
# http://localhost:8080).
set -euo pipefail

cd "$(dirname "$0")/.."
site=artifacts/docs-site
started=$SECONDS

dotnet tool restore > /dev/null
rm -rf "$site" artifacts/docs-site-api
if ! dotnet docfx docs/docfx.json --warningsAsErrors; then
  echo "docs-site: docfx failed; each warning above is an error (InvalidCref: a cref in src/ XML docs;" >&2
  echo "docs-site: InvalidFileLink or UidNotFound: a link or xref in a page of docs/)" >&2
  exit 1
fi

# The pages a reader lands on first: the guide, every package's API, a KPI family, a notebook.
for page in index.html api/KpiFormulas.html api/KpiFormulas.Money.html api/KpiFormulas.Excel.KpiFunctions.html api/KpiFormulas.Arrow.ArrowAggregation.html \
  kpis/acquisition.html notebooks/01-quickstart.html toc.json; do
  [ -s "$site/$page" ] || { echo "docs-site: $site/$page is missing" >&2; exit 1; }
done

api_pages=$(find "$site/api" -name '*.html' | wc -l)
pages=$(find "$site" -name '*.html' -not -path "$site/api/*" | wc -l)
echo "docs-site: $api_pages API pages and $pages guide pages in $site, built with warnings as errors in $((SECONDS - started)) s"
