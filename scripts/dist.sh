#!/usr/bin/env bash
# dist.sh (`make dist`): build the installable packages from the one version in FyneApp.toml:
#
#   dist/storylens_VERSION_amd64.deb              Debian/Ubuntu package (dpkg-deb)
#   dist/Storylens-VERSION-linux-amd64.tar.xz     the layout of `fyne package --target linux`, plus LICENSES.txt
#   dist/Storylens-VERSION-windows-amd64.zip      storylens.exe (GUI, no console) and storylens-cli.exe (console)
#   dist/SHA256SUMS
#
# Reproducible: every timestamp is SOURCE_DATE_EPOCH (default: the time of the last commit), owners are 0/0,
# archive members are sorted, Go builds use -trimpath and no VCS stamp. Two runs on the same tree give the same
# bytes (scripts/dist-check.sh builds twice and compares). The Windows build is cross-compiled with Debian's
# gcc-mingw-w64; its icon and version resources come from go-winres (Go module proxy). Only tracked files
# (git ls-files) are packaged for Windows, which is built in a copy of the tree so the .syso never lands here.
#
#   DIST=dir scripts/dist.sh      write somewhere other than dist/
#   TARGETS="deb tar" ...         build only some of deb, tar, zip
set -euo pipefail
cd "$(dirname "$0")/.."

WINRES=github.com/tc-hib/go-winres@v0.3.3
scripts/dev.sh deps dpkg-dev binutils xz-utils zip gcc-mingw-w64-x86-64
export PATH="$HOME/.local/go/bin:$PATH:$HOME/go/bin"
export LC_ALL=C TZ=UTC
umask 022

# toml KEY: the string value of KEY in FyneApp.toml (first occurrence).
toml() { sed -n "s/^ *$1 *= *\"\(.*\)\"/\1/p" FyneApp.toml | head -n 1; }
# tomllist KEY: an array value of FyneApp.toml as "a;b;" (the .desktop list form).
tomllist() { sed -n "s/^ *$1 *= *\[\(.*\)\]/\1/p" FyneApp.toml | head -n 1 | tr -d '"' | sed 's/ *, */;/g; s/$/;/'; }

VERSION=$(toml Version)
NAME=$(toml Name)
APPID=$(toml ID)
[[ $VERSION =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "dist.sh: FyneApp.toml: Version \"$VERSION\" is not X.Y.Z" >&2; exit 1; }
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 0)}
DIST=$(realpath -m "${DIST:-dist}")
TARGETS=${TARGETS:-deb tar zip}
GOFLAGS_BUILD=(-trimpath -buildvcs=false)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$DIST"
t0=$(date +%s)
say() { printf 'dist.sh (%ds): %s\n' $(( $(date +%s) - t0 )) "$*" >&2; }

# normalize DIR: fixed modes and timestamps for everything under DIR.
normalize() {
  find "$1" -type d -exec chmod 0755 {} +
  find "$1" -type f -exec chmod u+rw,go+r,go-w {} +
  find "$1" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
}

# desktop EXEC: the freedesktop entry, from FyneApp.toml (the fields `fyne package` writes).
desktop() {
  cat <<EOF
[Desktop Entry]
Type=Application
Name=$NAME
GenericName=$(toml GenericName)
Exec=$1
Icon=$APPID
Comment=$(toml Comment)
Categories=$(tomllist Categories)
Keywords=$(tomllist Keywords)
StartupWMClass=$NAME
EOF
}

# licenses BINARY: LICENSES.txt for one built binary: packaging/NOTICE.txt, the full text of every asset
# licence, then the licence files of the Go standard library and of every module linked into BINARY.
licenses() {
  cat packaging/NOTICE.txt
  local f
  for f in assets/echartsjs/LICENSE assets/echartsjs/NOTICE assets/echartsjs/LICENSE-d3 assets/fonts/OFL.txt assets/fonts/LICENSES-fallback.txt \
    packaging/licenses/SCOWL.txt /usr/share/common-licenses/LGPL-3 /usr/share/common-licenses/GPL-3; do
    printf '\n\n==== %s ====\n\n' "$f"
    cat "$f"
  done
  printf '\n\n==== Go standard library %s ====\n\n' "$(go env GOVERSION)"
  cat "$(go env GOROOT)/LICENSE"
  local mods; mods=$(go list -m -f '{{.Path}} {{.Version}} {{.Dir}}' all)
  local path ver dir n
  while read -r path ver; do
    dir=$(awk -v p="$path" -v v="$ver" '$1 == p && $2 == v { print $3 }' <<<"$mods")
    [ -n "$dir" ] || dir=$(go mod download -json "$path@$ver" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')
    n=0
    for f in $(cd "$dir" && ls -1 | grep -E '^(LICEN[CS]E|COPYING|NOTICE|PATENTS)' | sort); do
      printf '\n\n==== Go module %s %s: %s ====\n\n' "$path" "$ver" "$f"
      cat "$dir/$f"; n=$((n + 1))
    done
    if [ "$n" = 0 ]; then echo "dist.sh: no licence file in Go module $path $ver ($dir)" >&2; return 1; fi
  done < <(go version -m "$1" | awk '$1 == "dep" { print $2, $3 }')
}

# check_version BINARY: the binary says the version FyneApp.toml has.
check_version() {
  local got; got=$("$@" --version)
  [ "$got" = "storylens $VERSION" ] || { echo "dist.sh: $* --version says \"$got\", FyneApp.toml says $VERSION" >&2; exit 1; }
}

linux_build() {
  say "go build (linux/amd64)"
  mkdir -p "$work/linux"
  CGO_ENABLED=1 GOOS=linux GOARCH=amd64 go build "${GOFLAGS_BUILD[@]}" -ldflags "-s -w" -o "$work/linux/storylens" .
  check_version "$work/linux/storylens"
  go run ./packaging/resizeicon -in "$(toml Icon)" -out "$work/linux/hicolor" -name "$APPID"
  licenses "$work/linux/storylens" > "$work/linux/LICENSES.txt"
}

deb() {
  say "deb"
  local r="$work/deb"
  mkdir -p "$r/DEBIAN" "$r/usr/bin" "$r/usr/share/applications" "$r/usr/share/icons" "$r/usr/share/doc/storylens"
  install -m 0755 "$work/linux/storylens" "$r/usr/bin/storylens"
  desktop storylens > "$r/usr/share/applications/$APPID.desktop"
  cp -r "$work/linux/hicolor" "$r/usr/share/icons/hicolor"
  cp "$work/linux/LICENSES.txt" "$r/usr/share/doc/storylens/copyright"
  # Depends: the packages of the shared libraries the binary needs (objdump -p: NEEDED), from dpkg-shlibdeps,
  # which maps each library to its package (as dpkg -S does) and the lowest version the symbols used need.
  mkdir -p "$work/shlibs/debian"
  printf 'Source: storylens\n\nPackage: storylens\nArchitecture: amd64\n' > "$work/shlibs/debian/control"
  local depends; depends=$(cd "$work/shlibs" && dpkg-shlibdeps -O -e "$r/usr/bin/storylens" 2>/dev/null |
    sed -n 's/^shlibs:Depends=//p')
  local lib path pkg
  for lib in $(objdump -p "$r/usr/bin/storylens" | awk '$1 == "NEEDED" { print $2 }'); do
    path=$(ldconfig -p | awk -v l="$lib" '$1 == l && /x86-64/ { print $NF; exit }')
    pkg=$(dpkg -S "$path" 2>/dev/null || dpkg -S "/usr$path" 2>/dev/null || dpkg -S "$(realpath "$path")") ||
      { echo "dist.sh: no package has $lib ($path)" >&2; exit 1; }
    pkg=${pkg%%:*}
    grep -Eq "(^|, )$pkg( |,|$)" <<<"$depends" ||
      { echo "dist.sh: $lib (package $pkg) missing from Depends: $depends" >&2; exit 1; }
    echo "dist.sh: NEEDED $lib -> $pkg" >&2
  done
  local size; size=$(du -s -k --apparent-size "$r/usr" | cut -f1)
  cat > "$r/DEBIAN/control" <<EOF
Package: storylens
Version: $VERSION
Architecture: amd64
Maintainer: Storylens developers <https://github.com/storylens/storylens/issues>
Installed-Size: $size
Depends: $depends
Section: misc
Priority: optional
Homepage: $(sed -n 's/^Website *= *"\(.*\)"/\1/p' FyneApp.toml)
Description: $(toml Comment)
 Storylens shows one news story through many sources: an offline map of the
 places, the route and the venue; a story panel of steps; charts of which
 source reports what. Every command-line command (validate, analyze, export)
 also runs headless. Everything is embedded; no network is used.
EOF
  normalize "$r"
  chmod 0755 "$r/usr/bin/storylens"
  dpkg-deb --root-owner-group -Zxz -z6 --build "$r" "$DIST/storylens_${VERSION}_amd64.deb" >/dev/null
}

tarball() {
  say "tar.xz"
  local top="Storylens-$VERSION-linux-amd64" r="$work/tar"
  local d="$r/$top"
  mkdir -p "$d/usr/local/bin" "$d/usr/local/share/applications" "$d/usr/local/share/pixmaps"
  install -m 0755 "$work/linux/storylens" "$d/usr/local/bin/storylens"
  desktop storylens > "$d/usr/local/share/applications/$APPID.desktop"
  cp "$(toml Icon)" "$d/usr/local/share/pixmaps/$APPID.png"
  sed "s/@APPID@/$APPID/g" packaging/linux-tar.mk > "$d/Makefile"
  cp "$work/linux/LICENSES.txt" "$d/LICENSES.txt"
  normalize "$r"
  chmod 0755 "$d/usr/local/bin/storylens"
  tar -C "$r" --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner --format=gnu \
    -cf - "$top" | xz -T1 -6 > "$DIST/$top.tar.xz"
}

windows() {
  say "go build (windows/amd64, gcc-mingw-w64)"
  local src="$work/winsrc" top="Storylens-$VERSION-windows-amd64"
  local d="$work/zip/$top"
  mkdir -p "$src" "$d"
  git ls-files -z | xargs -0 cp --parents -t "$src"
  local wv="$VERSION.0"
  (cd "$src" && go run "$WINRES" simply --arch amd64 --out rsrc --manifest gui --icon "$(toml Icon)" \
    --product-name "$NAME" --product-version "$wv" --file-version "$wv" --original-filename storylens.exe \
    --file-description "$NAME: $(toml Comment)" --copyright "Storylens developers")
  local env=(CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc)
  (cd "$src" && env "${env[@]}" go build "${GOFLAGS_BUILD[@]}" -ldflags "-s -w -H=windowsgui" -o "$d/storylens.exe" .)
  (cd "$src" && env "${env[@]}" go build "${GOFLAGS_BUILD[@]}" -ldflags "-s -w" -o "$d/storylens-cli.exe" .)
  licenses "$d/storylens.exe" > "$d/LICENSES.txt"
  sed "s/@VERSION@/$VERSION/g" packaging/windows-readme.txt | sed 's/$/\r/' > "$d/README.txt"
  normalize "$work/zip"
  say "zip"
  rm -f "$DIST/$top.zip"
  (cd "$work/zip" && find "$top" | sort | zip -X -D -q -9 "$DIST/$top.zip" -@)
}

rm -f "$DIST/SHA256SUMS"
case " $TARGETS " in *" deb "* | *" tar "*) linux_build ;; esac
case " $TARGETS " in *" deb "*) deb ;; esac
case " $TARGETS " in *" tar "*) tarball ;; esac
case " $TARGETS " in *" zip "*) windows ;; esac
(cd "$DIST" && sha256sum -- *.deb *.tar.xz *.zip 2>/dev/null > SHA256SUMS || true)
say "done, SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH"
(cd "$DIST" && ls -l -- *.deb *.tar.xz *.zip 2>/dev/null; cat SHA256SUMS) >&2
