#!/usr/bin/env bash
# Follows README.md's "from a clone" install route as a new user would, in a throwaway consumer
# project: pack the library into a local folder, give a new console app a nuget.config of its own
# that adds that folder as a package source, `dotnet add package KpiFormulas`, and run README's
# first snippet ("Ten lines") as its Program.cs. Every line the snippet prints must be the text of
# its `// prints` comment.
#
# Nothing outside the temporary folder is touched: the nuget.config is the consumer's own (the
# user's global NuGet configuration is neither read nor changed) and the packages are restored
# into an empty packages folder, so a stale cached KpiFormulas cannot stand in for the fresh one.
# Run from the repository root: bash .ci/consumer.sh
set -euo pipefail

cd "$(dirname "$0")/.."
repo="$(pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export NUGET_PACKAGES="$work/nuget-packages" NUGET_HTTP_CACHE_PATH="$work/nuget-http-cache"
feed="$work/kpiformulas-packages"

fail() {
  echo "consumer check FAILED: $*"
  exit 1
}

echo "--- dotnet pack src/KpiFormulas -c Release -o <feed>"
dotnet pack "$repo/src/KpiFormulas" -c Release -o "$feed" > "$work/pack.log" 2>&1 ||
  { tail -n 30 "$work/pack.log"; fail "dotnet pack failed"; }
package="$(find "$feed" -maxdepth 1 -name 'KpiFormulas.*.nupkg' ! -name '*.snupkg' -printf '%f\n')"
[ -n "$package" ] || fail "dotnet pack produced no KpiFormulas package in $feed"
version="${package#KpiFormulas.}"
version="${version%.nupkg}"
echo "packed $package"

echo "--- a new console app with a nuget.config of its own and the feed as a source"
cd "$work"
dotnet new console -o MyApp > "$work/new.log" 2>&1 || { cat "$work/new.log"; fail "dotnet new console failed"; }
cd MyApp
dotnet new nugetconfig > /dev/null
dotnet nuget add source "$feed" --name kpiformulas-local --configfile nuget.config > /dev/null

echo "--- dotnet add package KpiFormulas"
prerelease=()
case "$version" in *-*) prerelease=(--prerelease) ;; esac
dotnet add package KpiFormulas "${prerelease[@]}" > "$work/add.log" 2>&1 ||
  { cat "$work/add.log"; fail "dotnet add package KpiFormulas failed"; }
grep -q "Include=\"KpiFormulas\" Version=\"$version\"" MyApp.csproj ||
  { cat MyApp.csproj; fail "MyApp.csproj does not reference KpiFormulas $version, the version just packed"; }
[ -d "$NUGET_PACKAGES/kpiformulas/$version" ] ||
  fail "KpiFormulas $version was not restored from the local feed into the empty packages folder"

echo "--- Program.cs: README.md's first snippet"
python3 - "$repo/README.md" Program.cs "$work/expected.txt" <<'PY'
import re, sys
readme, program, expected = sys.argv[1:]
text = open(readme, encoding="utf-8").read()
match = re.search(r"^## Ten lines\n.*?^```csharp\n(.*?)^```", text, re.S | re.M)
if not match:
    sys.exit("README.md has no ```csharp block under '## Ten lines'")
code = match.group(1)
prints = [m.group(1).rstrip() for m in re.finditer(r"// prints (.*)$", code, re.M)]
if not prints:
    sys.exit("README.md's first snippet has no '// prints' comment to check")
open(program, "w", encoding="utf-8").write(code)
open(expected, "w", encoding="utf-8").write("\n".join(prints) + "\n")
print(f"{len(prints)} printed lines to check")
PY

echo "--- dotnet run"
dotnet run > "$work/actual.txt" 2> "$work/run.log" || { cat "$work/run.log"; fail "the consumer app did not build or run"; }
cat "$work/actual.txt"
# fr-FR and other cultures print no-break spaces; README shows ordinary ones.
sed -i 's/\xc2\xa0/ /g; s/\xe2\x80\xaf/ /g' "$work/actual.txt"
diff -u "$work/expected.txt" "$work/actual.txt" > "$work/diff.txt" ||
  { cat "$work/diff.txt"; fail "the app's output differs from the '// prints' comments of README.md's first snippet"; }

echo "consumer check passed: KpiFormulas $version from a local feed, README's first snippet printed $(wc -l < "$work/expected.txt") lines as documented"
