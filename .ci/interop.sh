#!/usr/bin/env bash
# interop.sh BIN: read the bundled story's GeoJSON and CSV exports (`BIN export geojson`, `BIN export csv`) with
# real clients and fail when one rejects them: GDAL (ogrinfo, ogr2ogr from Debian's gdal-bin), geojsonhint (npm
# @mapbox/geojsonhint, installed into a temporary folder) and Python's csv module with strict=True. Run by
# .ci/run after the build; needs gdal-bin, python3, node and npm. Prints one line per check and
# "N passed, N failed" last.
set -euo pipefail
bin=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
ok() { echo "ok   $*"; passed=$((passed + 1)); }
bad() { echo "FAIL $*"; failed=$((failed + 1)); }

"$bin" export geojson --out "$tmp/story.geojson" >/dev/null
"$bin" export csv --out "$tmp/csv" >/dev/null
"$bin" export csv --bom --out "$tmp/csv-bom" >/dev/null
features=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["features"]))' "$tmp/story.geojson")

# GDAL: opens the GeoJSON with every feature, converts it to a GeoPackage without an error.
if out=$(ogrinfo -ro -al -so "$tmp/story.geojson" 2>&1) && ! grep -q '^ERROR' <<<"$out" &&
  grep -qx "Feature Count: $features" <<<"$out"; then
  ok "ogrinfo reads story.geojson: $features features"
else
  bad "ogrinfo story.geojson (want $features features): $out"
fi
if out=$(ogr2ogr -f GPKG "$tmp/story.gpkg" "$tmp/story.geojson" 2>&1) && ! grep -q '^ERROR' <<<"$out" &&
  grep -qx "Feature Count: $features" <<<"$(ogrinfo -ro -al -so "$tmp/story.gpkg" 2>&1)"; then
  ok "ogr2ogr converts story.geojson to a GeoPackage with $features features"
else
  bad "ogr2ogr story.geojson to GPKG: $out"
fi

# GDAL's CSV driver, with type detection: each file has its rows; dates are Date, coordinates Real.
for f in "$tmp"/csv/*.csv; do
  name=$(basename "$f")
  rows=$(python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline="", encoding="utf-8"))) - 1)' "$f")
  out=$(ogrinfo -ro -al -so -oo AUTODETECT_TYPE=YES "$f" 2>&1) || true
  if grep -q '^ERROR' <<<"$out" || ! grep -qx "Feature Count: $rows" <<<"$out"; then
    bad "ogrinfo $name (want $rows rows): $out"
    continue
  fi
  want=()
  case "$name" in
  steps.csv) want=("start: Date" "end: Date") ;;
  sources.csv) want=("date: Date") ;;
  places.csv) want=("lat: Real" "lon: Real") ;;
  esac
  missing=""
  for w in "${want[@]}"; do grep -q "^$w " <<<"$out" || missing+=" [$w]"; done
  if [ -z "$missing" ]; then ok "ogrinfo reads $name: $rows rows${want:+, ${want[*]}}"; else bad "ogrinfo $name: no$missing in: $out"; fi
done
if out=$(ogr2ogr -f GeoJSON "$tmp/places-points.geojson" "$tmp/csv/places.csv" -oo X_POSSIBLE_NAMES=lon \
  -oo Y_POSSIBLE_NAMES=lat -oo KEEP_GEOM_COLUMNS=NO 2>&1) && ! grep -q '^ERROR' <<<"$out" &&
  python3 -c 'import json,sys; f=json.load(open(sys.argv[1]))["features"]; sys.exit(not f or any(x["geometry"] is None for x in f))' \
    "$tmp/places-points.geojson"; then
  ok "ogr2ogr reads places.csv as points (lon, lat)"
else
  bad "ogr2ogr places.csv as points: $out"
fi

# geojsonhint (RFC 7946 and its own sanity checks: winding, precision, duplicate members ...).
echo '{"private": true}' >"$tmp/package.json" # so that npm installs here, not into a parent folder's project
if (cd "$tmp" && npm install --silent --no-save --no-package-lock --no-audit --no-fund @mapbox/geojsonhint@3.2.0 >npm.log 2>&1); then
  if out=$("$tmp/node_modules/.bin/geojsonhint" "$tmp/story.geojson" 2>&1) && [ -z "$out" ]; then
    ok "geojsonhint accepts story.geojson"
  else
    bad "geojsonhint story.geojson: $out"
  fi
else
  bad "npm install @mapbox/geojsonhint@3.2.0: $(tail -n 5 "$tmp/npm.log")"
fi

# A strict CSV parser: every row as many fields as the header, UTF-8; the --bom files are the same after the BOM.
if out=$(python3 - "$tmp/csv" "$tmp/csv-bom" 2>&1 <<'EOF'
import csv, os, sys
plain, bom = sys.argv[1], sys.argv[2]
for name in sorted(os.listdir(plain)):
    with open(os.path.join(plain, name), newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, strict=True))
    for i, r in enumerate(rows):
        if len(r) != len(rows[0]):
            sys.exit(f"{name}:{i + 1}: {len(r)} fields, the header has {len(rows[0])}")
    raw = open(os.path.join(bom, name), "rb").read()
    if not raw.startswith(b"\xef\xbb\xbf"):
        sys.exit(f"{name}: the --bom file has no byte order mark")
    with open(os.path.join(bom, name), newline="", encoding="utf-8-sig") as f:
        if list(csv.reader(f, strict=True)) != rows:
            sys.exit(f"{name}: the --bom file differs from the plain one")
    print(f"{name}: {len(rows) - 1} rows of {len(rows[0])} fields")
EOF
); then
  ok "python3 csv (strict=True) reads every file, the --bom ones too: $(tr '\n' ' ' <<<"$out")"
else
  bad "python3 csv (strict=True): $out"
fi

echo "interop: $passed passed, $failed failed"
[ "$failed" = 0 ]
