#!/usr/bin/env bash
# packages.sh DIST: try the packages scripts/dist.sh wrote into DIST, as a user would.
#   .deb: apt-get install it, run `storylens --version` and `storylens validate`, check the desktop entry and
#         icons are in place, apt-get remove it and check nothing is left.
#   .zip: unzip it, run the console build's headless commands under wine (--version, validate, analyze --json,
#         export charts) and check the GUI build exits 0 on --version.
# Needs root (apt-get), wine64 (Debian's, /usr/lib/wine/wine64) and gcc-mingw-w64-x86-64 (for the stand-in
# bcryptprimitives.dll in .ci/wine/).
set -euo pipefail
dist=$(realpath "${1:-dist}")
cd "$(dirname "$0")/.."
version=$(sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml | head -n 1)
appid=$(sed -n 's/^ *ID *= *"\(.*\)"/\1/p' FyneApp.toml | head -n 1)
fail() { echo "packages.sh: $*" >&2; exit 1; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "--- deb: install"
deb="$dist/storylens_${version}_amd64.deb"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
[ "$(command -v storylens)" = /usr/bin/storylens ] || fail "storylens is not /usr/bin/storylens after install"
got=$(storylens --version)
[ "$got" = "storylens $version" ] || fail "installed storylens --version: \"$got\", want \"storylens $version\""
echo "$got"
storylens validate
[ -f "/usr/share/applications/$appid.desktop" ] || fail "no desktop entry"
[ -f "/usr/share/icons/hicolor/48x48/apps/$appid.png" ] || fail "no 48x48 icon"
[ -f /usr/share/doc/storylens/copyright ] || fail "no copyright file"
echo "--- deb: remove"
as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq storylens >/dev/null
left=$(dpkg -L storylens 2>/dev/null || true)
[ -z "$left" ] && [ ! -e /usr/bin/storylens ] || fail "left after remove: ${left:-/usr/bin/storylens}"
echo "removed cleanly"

echo "--- windows zip under wine"
wine=/usr/lib/wine/wine64
[ -x "$wine" ] || fail "no $wine (apt-get install wine64)"
zip="$dist/Storylens-$version-windows-amd64.zip"
(cd "$tmp" && unzip -q "$zip")
w="$tmp/Storylens-$version-windows-amd64"
export WINEPREFIX="$tmp/wine" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
t0=$(date +%s)
"$wine" wineboot --init >/dev/null 2>&1 || true
# Debian 12's wine 8.0 has no bcryptprimitives.dll, which Go 1.24+ programs need at start: add a stand-in.
x86_64-w64-mingw32-gcc -O2 -shared -s -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
  .ci/wine/bcryptprimitives.c -lbcrypt
echo "wine prefix ready in $(( $(date +%s) - t0 ))s"
cli() { "$wine" "$w/storylens-cli.exe" "$@" 2>"$tmp/wine.err" | tr -d '\r'; }
got=$(cli --version)
[ "$got" = "storylens $version" ] || { cat "$tmp/wine.err"; fail "storylens-cli.exe --version: \"$got\""; }
echo "$got"
cli validate
cli analyze --json > "$tmp/analyze.json"
head -c 1 "$tmp/analyze.json" | grep -q '{' || fail "analyze --json does not start with {"
echo "analyze --json: $(wc -c < "$tmp/analyze.json") bytes"
cli export charts --out 'Z:'"$tmp/charts" --format png,svg,html
n=$(find "$tmp/charts" -type f | wc -l)
[ "$n" -ge 3 ] || fail "export charts wrote $n files"
ls "$tmp/charts"
"$wine" "$w/storylens.exe" --version >/dev/null 2>&1 || fail "storylens.exe --version exited $?"
echo "storylens.exe (GUI build) --version exits 0; wine total $(( $(date +%s) - t0 ))s"
