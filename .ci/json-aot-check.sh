#!/usr/bin/env bash
# Publishes tests/KpiFormulas.Json.AotCheck with native AOT (trimmed, reflection-based JSON off) and
# runs it: the library's JSON forms through KpiJsonContext alone, as a trimmed or AOT app uses them.
# Needs clang and zlib1g-dev (apt-get install -y clang zlib1g-dev); takes a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."

compiler=$(command -v clang || command -v clang-14 || true)
if [ -z "$compiler" ]; then
  echo "json-aot-check: no clang found (apt-get install -y clang zlib1g-dev)" >&2
  exit 1
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "json-aot-check: publishing tests/KpiFormulas.Json.AotCheck with native AOT ($compiler)"
dotnet publish tests/KpiFormulas.Json.AotCheck -c Release -r linux-x64 -o "$out" -p:CppCompilerAndLinker="$compiler" -nologo -v:quiet
echo "json-aot-check: running the native binary"
"$out/KpiFormulas.Json.AotCheck"
