#!/usr/bin/env bash
# Records the public API of every shipped package (KpiFormulas, KpiFormulas.Excel, KpiFormulas.Arrow) in its PublicAPI.Unshipped.txt after a change:
# builds each package, adds the symbols the analyzer reports as undeclared (RS0016) and drops the
# declared ones that no longer exist (RS0017). Review the diff of the PublicAPI files: it is the
# change of the public API, and CHANGELOG.md must describe it.
set -euo pipefail
cd "$(dirname "$0")/../.."

for project in src/KpiFormulas src/KpiFormulas.Excel src/KpiFormulas.Arrow; do
  [ -d "$project" ] || continue
  log=$(mktemp)
  dotnet build "$project" -c Release --no-incremental -p:TreatWarningsAsErrors=false > "$log" 2>&1 || true
  python3 - "$project" "$log" <<'PY'
import re, sys
project, log = sys.argv[1], sys.argv[2]
text = open(log, encoding="utf-8").read()
added = set(re.findall(r"RS0016: Symbol '(.+?)' is not part of the declared public API", text))
removed = set(re.findall(r"RS0017: Symbol '(.+?)' is part of the declared API, but is either not public or could not be found", text))
path = f"{project}/PublicAPI.Unshipped.txt"
lines = [l for l in open(path, encoding="utf-8").read().splitlines() if l and l != "#nullable enable"]
kept = sorted((set(lines) - removed) | added, key=lambda l: (l.lstrip("~").removeprefix("static ").removeprefix("abstract ").removeprefix("override ").removeprefix("virtual ").removeprefix("const "), l))
open(path, "w", encoding="utf-8", newline="\n").write("#nullable enable\n" + "".join(l + "\n" for l in kept))
print(f"{path}: +{len(added)} -{len(removed & set(lines))} ({len(kept)} symbols)")
PY
  rm -f "$log"
done
