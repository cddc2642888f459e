"""Plain text in any common encoding.

Order of evidence: a byte-order mark, then UTF-16 without a mark (NUL in every
other byte), then strict UTF-8 (by far the most common today), then UTF-8 with
a few stray invalid bytes,
and only then a statistical guess by ``charset-normalizer`` among common legacy
encodings. The guess is made on a sample, so a large file costs one decode.
"""

from __future__ import annotations

import codecs
import re

from ..errors import DocumentError

DETECTION_SAMPLE_BYTES = 256 * 1024

# Legacy encodings worth guessing, most common first: on a tie the earlier one wins.
# (Mac Roman is left out: it decodes Windows-1252 German or French text without
# complaint, and charset-normalizer then often prefers it.)
COMMON_ENCODINGS = (
    "cp1252", "iso8859_15", "cp1250", "iso8859_2", "cp1251", "koi8_r", "iso8859_5", "cp1253",
    "iso8859_7", "cp1254", "cp1255", "cp1256", "cp1257", "cp932", "shift_jis", "euc_jp", "gb18030",
    "big5", "euc_kr",
)

DISPLAY_NAMES = {
    "utf_8": "UTF-8", "utf_8_sig": "UTF-8 (with byte-order mark)", "utf_16": "UTF-16",
    "utf_16_le": "UTF-16 LE", "utf_16_be": "UTF-16 BE", "utf_32": "UTF-32",
    "cp1250": "Windows-1250 (Central European)", "cp1251": "Windows-1251 (Cyrillic)",
    "cp1252": "Windows-1252 (Western European)", "cp1253": "Windows-1253 (Greek)",
    "cp1254": "Windows-1254 (Turkish)", "cp1255": "Windows-1255 (Hebrew)",
    "cp1256": "Windows-1256 (Arabic)", "cp1257": "Windows-1257 (Baltic)", "koi8_r": "KOI8-R",
    "iso8859_2": "ISO-8859-2", "iso8859_5": "ISO-8859-5", "iso8859_7": "ISO-8859-7",
    "iso8859_15": "ISO-8859-15", "cp932": "Shift JIS (Windows)", "shift_jis": "Shift JIS",
    "euc_jp": "EUC-JP", "gb18030": "GB18030 (Chinese)", "big5": "Big5 (Chinese)", "euc_kr": "EUC-KR",
}

BOMS = (
    (codecs.BOM_UTF32_LE, "utf_32"), (codecs.BOM_UTF32_BE, "utf_32"), (codecs.BOM_UTF8, "utf_8_sig"),
    (codecs.BOM_UTF16_LE, "utf_16"), (codecs.BOM_UTF16_BE, "utf_16"),
)

# Magic numbers of common binary files, so they get a clear message rather than a guessed encoding.
BINARY_SIGNATURES = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b", b"\x7fELF", b"MZ", b"BZh", b"\xfd7zXZ",
    b"7z\xbc\xaf", b"Rar!", b"OggS", b"ID3", b"fLaC", b"RIFF", b"SQLite format 3", b"\xd0\xcf\x11\xe0",
)

# Share of control characters above which decoded "text" is really binary data.
MAX_CONTROL_SHARE = 0.10
# UTF-8 with at most this share of invalid sequences is taken as damaged UTF-8, not another encoding.
MAX_INVALID_UTF8_SHARE = 0.01

REPLACEMENT = "\ufffd"
# str.translate table: control characters other than tab, line breaks and form feed become U+FFFD.
CONTROL_CHARACTERS = {i: REPLACEMENT for i in range(32) if chr(i) not in "\t\n\r\f"} | {0x7F: REPLACEMENT}
ANY_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


def display_name(codec: str) -> str:
    return DISPLAY_NAMES.get(codec, codec.upper().replace("_", "-"))


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Decode ``data`` (the file ``name``) and return ``(text, encoding shown to the user)``.

    Control characters (NUL and the like) become U+FFFD one for one, so every
    other character keeps its offset; newlines are left for the caller.
    """
    if data.startswith(BINARY_SIGNATURES):
        raise DocumentError(f"{name} looks like a binary file, not text.")
    text, codec = _decode(data, name)
    sample = text[:65536]
    controls = sum(1 for ch in sample if ord(ch) in CONTROL_CHARACTERS)
    if sample and controls / len(sample) > MAX_CONTROL_SHARE:
        raise DocumentError(f"{name} looks like a binary file, not text.")
    if ANY_CONTROL.search(text):  # a C-speed scan; translate() only when needed (it is slow on 50 MB)
        text = text.translate(CONTROL_CHARACTERS)
    return text, display_name(codec)


def _decode(data: bytes, name: str) -> tuple[str, str]:
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError as error:
                raise DocumentError(
                    f"{name} starts with a {display_name(codec)} byte-order mark but has invalid bytes "
                    f"at position {error.start}."
                ) from None
    utf16 = _utf16_without_bom(data)  # first: its NULs are valid UTF-8 too
    if utf16:
        return utf16
    try:
        return data.decode("utf-8"), "utf_8"
    except UnicodeDecodeError:
        pass
    damaged = data.decode("utf-8", errors="replace")
    invalid = damaged.count(REPLACEMENT)
    non_ascii = sum(1 for ch in damaged if ord(ch) > 127)
    if invalid <= max(1, len(damaged) * MAX_INVALID_UTF8_SHARE) and non_ascii > invalid:
        # Mostly good UTF-8 (it has valid multi-byte characters) with a few bad bytes.
        return damaged, "utf_8"
    if b"\x00" in data[:DETECTION_SAMPLE_BYTES]:
        raise DocumentError(f"{name} looks like a binary file, not text.")
    codec = _guess_legacy_encoding(data[:DETECTION_SAMPLE_BYTES])
    if codec is None:
        raise DocumentError(f"{name} is not text in any encoding Close Reader recognises.")
    return data.decode(codec, errors="replace"), codec


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text of mostly Latin script has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    codec = "utf_16_le" if odd_nuls > 0.4 > even_nuls else "utf_16_be" if even_nuls > 0.4 > odd_nuls else None
    if codec is None:
        return None
    try:
        return data.decode(codec), codec
    except UnicodeDecodeError:
        return None


def _guess_legacy_encoding(sample: bytes) -> str | None:
    from charset_normalizer import from_bytes  # imported late: only legacy files need it

    best: tuple[tuple[float, float, int], str] | None = None
    for match in from_bytes(sample, cp_isolation=list(COMMON_ENCODINGS)):
        candidates = [c for c in match.could_be_from_charset if c in COMMON_ENCODINGS] or [match.encoding]
        codec = min(candidates, key=lambda c: COMMON_ENCODINGS.index(c) if c in COMMON_ENCODINGS else 99)
        rank = COMMON_ENCODINGS.index(codec) if codec in COMMON_ENCODINGS else 99
        key = (round(match.chaos, 2), -round(match.coherence, 1), rank)
        if best is None or key < best[0]:
            best = (key, codec)
    return None if best is None else best[1]
