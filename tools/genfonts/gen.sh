#!/bin/sh
# Writes the fallback fonts of assets/fonts: subsets of Debian's packaged
# fonts for the scripts Liberation Sans lacks (Arabic, Devanagari, Thai,
# Han and Kana, Hangul). See assets/fonts/README.md for versions, sources
# and licences. Needs Debian 12's fonts-noto-core, fonts-droid-fallback,
# fonts-nanum and python3-fonttools (it installs them when missing):
#
#	tools/genfonts/gen.sh [OUTDIR]    # default: assets/fonts
#
# Hinting is dropped (the map and the charts draw outlines unhinted at
# these sizes); OpenType layout (GSUB, GPOS, GDEF) is kept for the shaped
# scripts, since Arabic joining and Devanagari and Thai marks need it.
set -eu
here=$(dirname "$0")
out=${1:-$here/../../assets/fonts}
py=/usr/bin/python3
need=""
for p in fonts-noto-core fonts-droid-fallback fonts-nanum python3-fonttools; do
	dpkg -s "$p" >/dev/null 2>&1 || need="$need $p"
done
if [ -n "$need" ]; then
	sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
	$sudo apt-get install -y $need
fi
noto=/usr/share/fonts/truetype/noto
sub() { # sub SRC OUT UNICODES [extra pyftsubset options]
	src=$1 dst=$2 uni=$3; shift 3
	$py -m fontTools.subset "$src" --unicodes="$uni" --no-hinting --desubroutinize \
		--name-IDs='*' --name-languages='*' --output-file="$out/$dst" "$@" 2>/dev/null
	echo "$dst: $(wc -c <"$out/$dst") bytes"
}
# Every joining, shaping and mark code point of each script, the space and
# no-break space (a run keeps its face across spaces), the joiners and the
# direction marks, and the dotted circle the shaper shows a lone mark on.
common=U+0020,U+00A0,U+200C-200F,U+25CC
arabic=$common,U+060C,U+0600-06FF,U+0750-077F,U+08A0-08FF,U+FB50-FDFF,U+FE70-FEFF
deva=$common,U+0900-097F,U+A8E0-A8FF,U+1CD0-1CFF
thai=$common,U+0E00-0E7F
for w in Regular Bold; do
	sub $noto/NotoSansArabic-$w.ttf NotoSansArabic-$w.ttf $arabic --layout-features='*'
	sub $noto/NotoSansDevanagari-$w.ttf NotoSansDevanagari-$w.ttf $deva --layout-features='*'
	sub $noto/NotoSansThai-$w.ttf NotoSansThai-$w.ttf $thai --layout-features='*'
	# Hangul: every modern syllable and the jamo.
	sub /usr/share/fonts/truetype/nanum/NanumGothic$( [ $w = Bold ] && echo Bold).ttf \
		NanumGothic-$w.ttf U+0020,U+00A0,U+1100-11FF,U+3131-318E,U+AC00-D7A3
done
# Han and Kana: the characters of GB 2312, Big5 level 1, JIS X 0208 and
# KS X 1001 (cjkchars.py), the kana, CJK punctuation and full-width forms.
# One weight: Droid Sans Fallback has no bold.
$py "$here/cjkchars.py" | sed 's/^/U+/' > "${TMPDIR:-/tmp}/storylens-cjk.txt"
sub /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf DroidSansFallback-Subset.ttf U+0020 \
	--unicodes-file="${TMPDIR:-/tmp}/storylens-cjk.txt"
rm -f "${TMPDIR:-/tmp}/storylens-cjk.txt"
