#!/usr/bin/env bash
# Runs the sample "KPIs from a Parquet file of orders" (docs/samples/parquet-orders.cs) on a small
# file: it writes the seeded Parquet file, computes revenue by channel and the monthly cohort table
# with KpiFormulas.Arrow (one core, all cores) and with DuckDB's SQL over the same file, and exits
# non-zero when the two engines' figures differ in any decimal or cohort cell. Timings are printed
# but not checked (CI machines vary).
#
#   bash .ci/parquet-sample.sh [rows]      (default 200000)
#
# Needs nothing beyond the .NET SDK (DuckDB.NET.Data.Full brings DuckDB's native library).
set -euo pipefail

cd "$(dirname "$0")/.."
rows="${1:-200000}"
folder="$(mktemp -d)"
trap 'rm -rf "$folder"' EXIT

echo "parquet sample: $rows orders in $folder, KpiFormulas.Arrow against DuckDB"
set +e
dotnet run --no-cache docs/samples/parquet-orders.cs -- --rows "$rows" --folder "$folder"
status=$?
set -e
if [ "$status" -ne 0 ]; then
  echo "parquet sample: FAILED (exit $status): the engines disagree or the sample did not run"
  exit "$status"
fi
echo "parquet sample: OK, both engines gave the same revenue per channel and cohort counts"
