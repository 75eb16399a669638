#!/usr/bin/env bash
# dev.sh: set up a fresh Debian/Ubuntu machine for Storylens and run it or its tests.
#
#   scripts/dev.sh deps [PKG...]   install what is missing (apt packages for Fyne and Xvfb, and any PKG given;
#                                  Go if absent or older than go.mod asks)
#   scripts/dev.sh run    deps, build ./storylens, open the bundled story (under Xvfb when there is no display)
#   scripts/dev.sh test   deps, then the test suite: go test ./...
#   scripts/dev.sh build  deps, then go build -o storylens .
#
# Only missing packages are installed; nothing is installed when everything is present. Go comes from Debian's
# golang-go and, through the go command itself, the Go module proxy: a go of 1.21 or later runs the toolchain
# that go.mod's `toolchain` line names (GOTOOLCHAIN=auto); an older one (Debian 12 has 1.19) first downloads that
# toolchain as the module golang.org/toolchain (`go mod download`) into ~/.local/go.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PKGS=(gcc libc6-dev pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev libxinerama-dev
  libxi-dev libxxf86vm-dev xvfb xauth x11-utils x11-apps xdotool poppler-utils ca-certificates)

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# apt_missing PKG...: install those of PKG that are not installed.
apt_missing() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if ((${#missing[@]})); then
    echo "dev.sh: installing ${missing[*]}" >&2
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

# go_minor: the minor version of the go on the PATH (0 when there is none), run outside this module so that
# no toolchain switch happens.
go_minor() { (cd / && GOTOOLCHAIN=local go env GOVERSION 2>/dev/null || echo go1.0) | sed -E 's/^go1\.([0-9]+).*/\1/'; }

deps() {
  apt_missing "${APT_PKGS[@]}" "$@"
  export PATH="$HOME/.local/go/bin:$PATH:/usr/local/go/bin:$HOME/go/bin"
  export GOTOOLCHAIN=auto
  local want; want=$(sed -n 's/^toolchain go//p' go.mod)
  [ -n "$want" ] || want=$(sed -n 's/^go //p' go.mod)
  command -v go >/dev/null || apt_missing golang-go
  if [ "$(go_minor)" -lt 21 ]; then
    # Too old to switch toolchains by itself: fetch the one go.mod names with `go mod download`.
    echo "dev.sh: $(cd / && go version) is older than 1.21; fetching go$want with go mod download into ~/.local/go" >&2
    local arch; arch=$(dpkg --print-architecture)
    local tmp; tmp=$(mktemp -d)
    local dir; dir=$(cd "$tmp" && GO111MODULE=on GOFLAGS=-mod=mod GOPATH="$tmp/gopath" \
      go mod download -json "golang.org/toolchain@v0.0.1-go$want.linux-$arch" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')
    [ -d "$dir" ] || { echo "dev.sh: go mod download golang.org/toolchain@v0.0.1-go$want.linux-$arch failed" >&2; exit 1; }
    mkdir -p "$HOME/.local"; rm -rf "$HOME/.local/go"
    cp -r "$dir" "$HOME/.local/go"
    chmod -R u+w "$HOME/.local/go" "$tmp"; rm -rf "$tmp"
    chmod +x "$HOME/.local/go/bin/"* "$HOME/.local/go/pkg/tool/"*/*
    unset GOROOT  # the old go's, if it was set
  fi
  go version >&2  # in this module: with GOTOOLCHAIN=auto this is the toolchain go.mod names, fetched if needed
}

build() { go build -o storylens .; }

case "${1:-}" in
  deps) shift; deps "$@" ;;
  build) deps; build ;;
  run)
    deps; build
    shift
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "dev.sh: no display; running under Xvfb (screenshots: ../shared/tools/xshot)" >&2
      exec xvfb-run -a -s '-screen 0 1400x900x24' ./storylens "$@"
    fi
    exec ./storylens "$@" ;;
  test) deps; go test ./... ;;
  *) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 2 ;;
esac
