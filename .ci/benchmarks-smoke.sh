#!/usr/bin/env bash
# Benchmark smoke run, so the benchmarks never rot. Run from anywhere; exits non-zero on failure.
#
# --job dry runs every benchmark once; with it the aggregation benchmarks use only their smallest
# size (1 000 rows) and the memory-bandwidth probe 8 MB. Before timing, the program checks that every
# side (LINQ, hand loop, DuckDB through DuckDB.NET, KpiFormulas) gives the same figures and that the
# bandwidth probe's sums are the closed-form total; it exits non-zero when a check fails or a
# benchmark produced no result. This script then checks the lines that prove it, and that bin/
# carries DuckDB's native engine for this machine only.
set -euo pipefail

cd "$(dirname "$0")/.."
project=benchmarks/KpiFormulas.Benchmarks
log="${BENCHMARKS_SMOKE_LOG:-$(mktemp)}"
[ -n "${BENCHMARKS_SMOKE_LOG:-}" ] || trap 'rm -f "$log"' EXIT

fail() {
  echo "benchmarks-smoke: $1" >&2
  tail -n 40 "$log" >&2
  exit 1
}

started=$SECONDS
dotnet run -c Release --project "$project" -- --filter '*' --job dry > "$log" 2>&1 ||
  fail "the smoke run failed (verification, a benchmark without a result, or the build)"

grep -E '^DuckDB v[0-9]' "$log" || fail "DuckDB was not loaded through DuckDB.NET"
grep -E '^Verified [0-9]+ aggregation benchmarks .*DuckDB.s included' "$log" ||
  fail "the aggregation benchmarks were not verified"
grep -E '^Verified the memory-bandwidth probe' "$log" || fail "the memory-bandwidth probe was not verified"
grep -E 'executed benchmarks: [0-9]+' "$log" | tail -n 1

# DuckDB.NET.Data.Full carries the engine for five platforms (about 320 MB): the project builds for
# this machine's runtime identifier, so bin/ must hold exactly one copy of it. (BenchmarkDotNet's
# generated projects, KpiFormulas.Benchmarks-<job>-<n>/, are deleted after a run; one left by an
# interrupted run is not counted.)
mapfile -t engines < <(find "$project/bin/Release" -path '*/KpiFormulas.Benchmarks-*' -prune -o \
  \( -name 'libduckdb.so' -o -name 'libduckdb.dylib' -o -name 'duckdb.dll' \) -print)
[ "${#engines[@]}" -eq 1 ] || fail "expected one native DuckDB engine under $project/bin/Release, found ${#engines[@]}: ${engines[*]}"
echo "native engine: ${engines[0]} ($(du -h "${engines[0]}" | cut -f1)); bin/Release: $(du -sh "$project/bin/Release" | cut -f1)"
echo "benchmarks-smoke: passed in $((SECONDS - started)) s"
