#!/usr/bin/env bash
# dev.sh: set up a fresh Debian/Ubuntu machine for Storylens and run it or its tests.
#
#   scripts/dev.sh deps   install what is missing (apt packages for Fyne and Xvfb; Go 1.26 if absent)
#   scripts/dev.sh run    deps, build ./storylens, open the bundled story (under Xvfb when there is no display)
#   scripts/dev.sh test   deps, then the test suite: go test ./...
#   scripts/dev.sh build  deps, then go build -o storylens .
#
# Only missing packages are installed; nothing is installed when everything is present.
set -euo pipefail
cd "$(dirname "$0")/.."

GO_VERSION=1.26.8
APT_PKGS=(gcc libc6-dev pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev libxinerama-dev
  libxi-dev libxxf86vm-dev xvfb xauth x11-utils x11-apps xdotool curl unzip ca-certificates)

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

deps() {
  local missing=()
  for p in "${APT_PKGS[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if ((${#missing[@]})); then
    echo "dev.sh: installing ${missing[*]}" >&2
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  export PATH="$PATH:/usr/local/go/bin:$HOME/go/bin:$HOME/.local/go/bin"
  if ! command -v go >/dev/null || ! go version | grep -Eq 'go1\.(2[6-9]|[3-9][0-9])'; then
    # The Go toolchain is published on the Go module proxy as golang.org/toolchain.
    echo "dev.sh: installing Go $GO_VERSION from the Go module proxy into ~/.local/go" >&2
    local tmp; tmp=$(mktemp -d)
    curl -fsSL -o "$tmp/go.zip" "https://proxy.golang.org/golang.org/toolchain/@v/v0.0.1-go$GO_VERSION.linux-amd64.zip"
    unzip -q "$tmp/go.zip" -d "$tmp"
    mkdir -p "$HOME/.local"; rm -rf "$HOME/.local/go"
    mv "$tmp/golang.org/toolchain@v0.0.1-go$GO_VERSION.linux-amd64" "$HOME/.local/go"
    chmod +x "$HOME/.local/go/bin/"* "$HOME/.local/go/pkg/tool/"*/* 2>/dev/null || true
    rm -rf "$tmp"
    export PATH="$HOME/.local/go/bin:$PATH"
  fi
}

build() { go build -o storylens .; }

case "${1:-}" in
  deps) deps ;;
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
  *) sed -n '2,9p' "$0"; exit 2 ;;
esac
