#!/bin/sh
# fetch.sh re-downloads the pinned Apache ECharts from the npm registry with
# `npm pack`, checks its sha256 against assets/echartsjs/embed.go and copies
# dist/echarts.min.js, LICENSE, NOTICE and licenses/LICENSE-d3 into
# assets/echartsjs. Usage: tools/fetch-echarts/fetch.sh [--check]
# With --check it only verifies the embedded file against the download.
set -eu
VERSION=6.1.0
WANT=b66b25aeb4df84e33199dc21694014d336d222cbd9deb0e5a7c14bd6aa0d0fd0
root=$(cd "$(dirname "$0")/../.." && pwd)
dest="$root/assets/echartsjs"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "echarts@$VERSION" >/dev/null)
tar -xzf "$tmp/echarts-$VERSION.tgz" -C "$tmp"
got=$(sha256sum "$tmp/package/dist/echarts.min.js" | cut -d' ' -f1)
if [ "$got" != "$WANT" ]; then
	echo "fetch-echarts: echarts@$VERSION dist/echarts.min.js sha256 $got, want $WANT" >&2
	exit 1
fi
if [ "${1:-}" = "--check" ]; then
	have=$(sha256sum "$dest/echarts.min.js" | cut -d' ' -f1)
	[ "$have" = "$WANT" ] || { echo "fetch-echarts: embedded file sha256 $have, want $WANT" >&2; exit 1; }
	echo "ok: echarts@$VERSION $WANT"
	exit 0
fi
cp "$tmp/package/dist/echarts.min.js" "$tmp/package/LICENSE" "$tmp/package/NOTICE" "$dest/"
cp "$tmp/package/licenses/LICENSE-d3" "$dest/"
echo "fetched echarts@$VERSION into $dest ($WANT)"
