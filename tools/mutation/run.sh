#!/usr/bin/env bash
# Mutation testing of the core package and the worksheet package with Stryker.NET
# (the version pinned in .config/dotnet-tools.json). Reports go to artifacts/mutation/<area>/.
#
#   bash tools/mutation/run.sh                  # core (all four folders) then excel
#   bash tools/mutation/run.sh values results   # one run per named folder
#   bash tools/mutation/run.sh 'excel:**/Cells.cs'  # only the files of an area matching a glob
#   bash tools/mutation/run.sh 'formulas:**/Retention/*.cs,**/Roi/*.cs'  # several globs, comma-separated
#
# Areas: values, results, formulas, aggregation (folders of src/KpiFormulas), core (the four
# in one run), excel (src/KpiFormulas.Excel). STRYKER_CONCURRENCY sets the number of test
# processes (default 2). Exits non-zero if Stryker fails; the score itself never fails the
# script: thresholds in the configs colour the report (low 85, high 90).
#
# STRYKER_TEST_FILTER (a dotnet test --filter expression) runs only the tests it selects, for a
# quick lower bound: a mutant only the other tests would kill counts as survived. It replaces the
# config's filter.
#
# core.json leaves out the exhaustive culture sweeps (CultureRoundTripTests and the L-format sweep
# of PeriodTests: every culture ICU lists, for every format): they reach every formatting line,
# so each formatting mutant would pay for them. A mutant only they would kill counts as survived;
# docs/reliability.md says so beside the scores.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
concurrency="${STRYKER_CONCURRENCY:-2}"
areas=("$@")
if [ ${#areas[@]} -eq 0 ]; then areas=(core excel); fi

# Data and metadata, not logic: the currency table and the catalogue texts are checked
# against their sources by the docs generators (--check), not by mutants.
core_exclusions=(
  -m '!**/Core/Values/CurrencyTable.Data.cs'
  -m '!**/Formulas/**/*.Catalog.cs'
  -m '!**/Formulas/**/*.Ids.cs'
)

# Stryker swaps the mutated assembly into the test project's output folder and puts the original
# back at the end; a run stopped half-way (Ctrl+C, a timeout) leaves the mutated one there.
# Only the folder of the run in progress is touched: another run may be using another one.
test_dir=""
restore_assemblies() {
  if [ -n "$test_dir" ] && [ -d "$root/$test_dir/bin" ]; then
    find "$root/$test_dir/bin" -name '*.stryker-unchanged' | while read -r backup; do
      mv -f "$backup" "${backup%.stryker-unchanged}"
    done
  fi
}
# Stryker ties each mutant to the tests that reach it by watching which test is running. Code that
# runs between one test's end and the next one's start counts as outside any test, and Stryker then
# runs every test against each mutant it reached (a run of seconds becomes one of minutes). xunit
# runs tests side by side and reports their starts and ends asynchronously; with one test at a time
# it reports them synchronously and the tie is exact. The runner file is put beside the test
# assembly for the run only, so that ordinary test runs stay parallel. (Theory data built when xunit
# lists the tests is outside any test too: build such values inside the test, as JsonShapeTests does.)
runner_config=""
remove_runner_config() {
  if [ -n "$runner_config" ]; then rm -f "$runner_config"; fi
}
trap 'restore_assemblies; remove_runner_config' EXIT

# Progress bar on a terminal, one dot per mutant in a log.
if [ -t 1 ]; then progress=Progress; else progress=Dots; fi

cd "$root"
dotnet tool restore >/dev/null

for spec in "${areas[@]}"; do
  area="${spec%%:*}"
  case "$area" in
    values)      test_dir=tests/KpiFormulas.Tests; config=core.json; mutate=(-m '**/Core/Values/**/*.cs' "${core_exclusions[@]}") ;;
    results)     test_dir=tests/KpiFormulas.Tests; config=core.json; mutate=(-m '**/Core/Results/**/*.cs') ;;
    formulas)    test_dir=tests/KpiFormulas.Tests; config=core.json; mutate=(-m '**/Formulas/**/*.cs' "${core_exclusions[@]}") ;;
    aggregation) test_dir=tests/KpiFormulas.Tests; config=core.json; mutate=(-m '**/Aggregation/**/*.cs') ;;
    core)        test_dir=tests/KpiFormulas.Tests; config=core.json
                 mutate=(-m '**/Core/Values/**/*.cs' -m '**/Core/Results/**/*.cs' -m '**/Formulas/**/*.cs' -m '**/Aggregation/**/*.cs' "${core_exclusions[@]}") ;;
    excel)       test_dir=tests/KpiFormulas.Excel.Tests; config=excel.json; mutate=(-m '**/*.cs' -m '!**/Generated/**/*.cs') ;;
    *) echo "unknown area '$area' (values, results, formulas, aggregation, core, excel)" >&2; exit 2 ;;
  esac
  if [ "$spec" != "$area" ]; then
    # Narrow the area to the files matching the globs, keeping its exclusions.
    narrowed=()
    IFS=',' read -r -a globs <<< "${spec#*:}"
    for glob in "${globs[@]}"; do narrowed+=(-m "$glob"); done
    for ((i = 0; i < ${#mutate[@]}; i++)); do
      if [[ "${mutate[$i]}" == '!'* ]]; then narrowed+=(-m "${mutate[$i]}"); fi
    done
    mutate=("${narrowed[@]}")
  fi
  name="$(printf '%s' "$spec" | tr -c 'A-Za-z0-9._-' '_')"
  output="$root/artifacts/mutation/$name"
  rm -rf "$output"
  echo "== mutation testing: $spec (concurrency $concurrency), reports in artifacts/mutation/$name"
  filter=()
  if [ -n "${STRYKER_TEST_FILTER:-}" ]; then
    filter=(--test-case-filter "$STRYKER_TEST_FILTER")
    echo "== only the tests matching: $STRYKER_TEST_FILTER"
  fi
  # A build leaves files it does not produce in place, so the file can go in before Stryker's build.
  runner_config="$root/$test_dir/bin/Release/net10.0/xunit.runner.json"
  mkdir -p "$(dirname "$runner_config")"
  cp "$root/tools/mutation/xunit.runner.json" "$runner_config"
  start=$(date +%s)
  (cd "$test_dir" && dotnet stryker \
      --config-file "$root/tools/mutation/$config" \
      --concurrency "$concurrency" \
      --output "$output" \
      --skip-version-check \
      -r "$progress" -r Html -r Json -r ClearTextTree \
      "${filter[@]}" "${mutate[@]}")
  echo "== $spec took $(( $(date +%s) - start )) s"
done
