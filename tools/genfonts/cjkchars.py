"""Print, one hex code point a line, the Han, Kana and Hangul that
Storylens' CJK fallback font keeps: every character of the national
standard character sets (GB 2312, Big5 level 1, JIS X 0208, KS X 1001),
enumerated from Python's own codecs, so the list is reproducible and
favours no story."""
import sys


def two_byte(codec, lead, trail):
    out = set()
    for a in lead:
        for b in trail:
            try:
                s = bytes([a, b]).decode(codec)
            except UnicodeDecodeError:
                continue
            if len(s) == 1:
                out.add(ord(s))
    return out


chars = set()
chars |= two_byte("gb2312", range(0xA1, 0xF8), range(0xA1, 0xFF))      # GB 2312 (mainland China)
chars |= two_byte("big5", range(0xA4, 0xC7), list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)))  # Big5 level 1 (Taiwan, Hong Kong)
chars |= two_byte("euc_jp", range(0xA1, 0xF5), range(0xA1, 0xFF))      # JIS X 0208 (Japan)
chars |= two_byte("euc_kr", range(0xA1, 0xFE), range(0xA1, 0xFF))      # KS X 1001 (Korea)


def keep(c):
    return (0x3000 <= c <= 0x30FF      # CJK punctuation, Hiragana, Katakana
            or 0x3100 <= c <= 0x318F   # Bopomofo, Hangul compatibility jamo
            or 0x31F0 <= c <= 0x31FF   # Katakana phonetic extensions
            or 0x3400 <= c <= 0x9FFF   # Han
            or 0xAC00 <= c <= 0xD7A3   # Hangul syllables
            or 0xF900 <= c <= 0xFAFF   # Han compatibility
            or 0xFF00 <= c <= 0xFFEF)  # full- and half-width forms


# The kana, punctuation and full-width blocks whole, whatever the sets hold.
blocks = set(range(0x3000, 0x3100)) | set(range(0x31F0, 0x3200)) | set(range(0xFF00, 0xFFF0))
for c in sorted({c for c in chars if keep(c)} | blocks | {0x20, 0xA0}):
    sys.stdout.write("%04X\n" % c)
