#!/usr/bin/env bash
# Fetches DuckDB's native engine (libduckdb.so) for the aggregation benchmarks.
#
# DuckDB.NET's native bindings are not on every NuGet mirror; the same engine ships as
# libduckdb.so inside the npm package @duckdb/node-bindings-linux-x64. This script downloads
# that package with `npm pack` into benchmarks/native/ (gitignored) and extracts the library.
# It is idempotent: when benchmarks/native/libduckdb.so is already there it does nothing.
# DuckDB is a benchmark-only peer: nothing in src/ references it.
set -euo pipefail

version="1.5.6-r.1"
package="@duckdb/node-bindings-linux-x64"
native_dir="$(cd "$(dirname "$0")" && pwd)/native"
library="$native_dir/libduckdb.so"

if [ -s "$library" ]; then
  echo "libduckdb.so already present: $library"
  exit 0
fi

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) ;;
  *) echo "setup-duckdb.sh: only linux-x64 is supported (this is $(uname -s)-$(uname -m)); DuckDB benchmarks will be skipped." >&2
     exit 1 ;;
esac

if ! command -v npm > /dev/null 2>&1; then
  echo "setup-duckdb.sh: npm is not installed; install Node.js/npm, or DuckDB benchmarks will be skipped." >&2
  exit 1
fi

mkdir -p "$native_dir"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "fetching $package@$version with npm pack"
tarball="$(cd "$work" && npm pack --silent "$package@$version" | tail -n 1)"
if [ ! -f "$work/$tarball" ]; then
  echo "setup-duckdb.sh: npm pack did not produce a tarball (got '$tarball')." >&2
  exit 1
fi

tar -xzf "$work/$tarball" -C "$work"
found="$(find "$work/package" -name 'libduckdb.so' -type f | head -n 1)"
if [ -z "$found" ]; then
  echo "setup-duckdb.sh: $tarball holds no libduckdb.so; contents:" >&2
  tar -tzf "$work/$tarball" >&2
  exit 1
fi

# Write under a temporary name and rename, so an interrupted run never leaves a partial library.
cp "$found" "$library.tmp"
mv "$library.tmp" "$library"
echo "installed $library ($(du -h "$library" | cut -f1))"
