#!/usr/bin/env bash
# package.sh: build a Linux bundle (dist/Storylens.tar.xz: binary, .desktop file, icon) with Fyne's packaging
# tool, from the metadata in FyneApp.toml. `fyne package` rewrites FyneApp.toml (it bumps Build), so it runs on a
# copy of the tree and the repository is left as it was.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/dev.sh deps
export PATH="$PATH:/usr/local/go/bin:$HOME/go/bin:$HOME/.local/go/bin"
command -v fyne >/dev/null || go install fyne.io/tools/cmd/fyne@v1.7.4
version=$(sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml | head -n 1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git ls-files -z | xargs -0 -I{} cp --parents {} "$work"/
(cd "$work" && fyne package --target linux --release)
mkdir -p dist
mv "$work"/*.tar.xz dist/
echo "dist/$(ls dist | grep -m1 tar.xz) (version $version)"
