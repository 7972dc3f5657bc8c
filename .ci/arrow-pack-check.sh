#!/usr/bin/env bash
# Pack check of KpiFormulas.Arrow, as .ci/run checks KpiFormulas and KpiFormulas.Excel: the package
# and its symbols package, the files and nuspec fields NuGet shows, its dependencies (KpiFormulas,
# Apache.Arrow 23.0.0, Parquet.Net 6.1.0), and a core package that still depends on nothing.
# Usage: .ci/arrow-pack-check.sh [folder]   (default artifacts/packages; packs the project there when
# the folder holds no KpiFormulas.Arrow package yet). Run from anywhere; exits non-zero on failure.
set -euo pipefail

cd "$(dirname "$0")/.."
folder="${1:-artifacts/packages}"
if ! ls "$folder"/KpiFormulas.Arrow.*.nupkg > /dev/null 2>&1; then
  echo "arrow-pack-check: packing src/KpiFormulas.Arrow into $folder"
  dotnet pack src/KpiFormulas.Arrow -c Release -o "$folder"
fi

python3 - "$folder" <<'PY'
import pathlib, re, sys, zipfile

folder = pathlib.Path(sys.argv[1])
package_id = "KpiFormulas.Arrow"

def find(package):
    pattern = re.escape(package) + r"\.\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\.nupkg"
    return [p for p in folder.iterdir() if re.fullmatch(pattern, p.name)]

found = find(package_id)
if len(found) != 1:
    sys.exit(f"arrow-pack-check: expected one {package_id} package in {folder}, found {[p.name for p in found]}")
nupkg = found[0]
if not nupkg.with_suffix(".snupkg").exists():
    sys.exit(f"arrow-pack-check: missing symbols package {nupkg.with_suffix('.snupkg')}")
archive = zipfile.ZipFile(nupkg)
names = set(archive.namelist())
need = [f"lib/net10.0/{package_id}.dll", f"lib/net10.0/{package_id}.xml", "README.md", "icon.png", "LICENSE", f"{package_id}.nuspec"]
missing = [n for n in need if n not in names]
if missing:
    sys.exit(f"arrow-pack-check: {nupkg.name} lacks {missing}")
nuspec = archive.read(f"{package_id}.nuspec").decode()
fragments = [
    '<license type="expression">MIT</license>', "<icon>icon.png</icon>", "<readme>README.md</readme>",
    f"<id>{package_id}</id>", '<repository type="git"',
    '<dependency id="KpiFormulas"', '<dependency id="Apache.Arrow" version="23.0.0"', '<dependency id="Parquet.Net" version="6.1.0"',
]
for fragment in fragments:
    if fragment not in nuspec:
        sys.exit(f"arrow-pack-check: {package_id}.nuspec lacks {fragment}")
print(f"arrow-pack-check: {nupkg.name} ok ({len(names)} entries; depends on KpiFormulas, Apache.Arrow 23.0.0, Parquet.Net 6.1.0; symbols package present)")

core = find("KpiFormulas")
if core:
    core_nuspec = zipfile.ZipFile(core[0]).read("KpiFormulas.nuspec").decode()
    if "<dependency " in core_nuspec:
        sys.exit("arrow-pack-check: the core package KpiFormulas has dependencies; it must stay free of them (Arrow and Parquet belong to KpiFormulas.Arrow)")
    print(f"arrow-pack-check: {core[0].name} depends on no package")
PY
