"""Read a file into a document: pick the format, extract the text, normalise it once.

``read_document`` is the single entry point for every format (plain text in any
common encoding, saved web pages, Word, PDF, EPUB); the per-format work lives in
``desktop.importers``. No Qt here: the command line and the window share it.

What is normalised:

* Plain text files (.txt, .md, anything not recognised as another format) are
  kept as decoded: only newlines become ``\\n`` and control characters such as
  NUL become U+FFFD, one for one. So for a UTF-8 file the analysis offsets
  index ``open(path, encoding="utf-8").read()`` — the command line's contract.
* Extracted formats (HTML, DOCX, PDF, EPUB) produce new text anyway, so it is
  also put in Unicode NFC, with blank lines and runs of spaces collapsed.
* In both, a line longer than ``MAX_LINE_CHARS`` is broken at a sentence end
  (a space becomes a newline: offsets unchanged), because Qt lays out one huge
  line very slowly. Only a run with no space at all that long gets inserted
  line breaks.
"""

from __future__ import annotations

import importlib
import os
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .errors import DocumentError
from .importers import Cancelled, Extracted, ImportCancelled, Progress, never_cancelled, no_progress
from .importers.text import CONTROL_CHARACTERS, decode_text

__all__ = [
    "FORMATS", "ImportCancelled", "LoadedDocument", "MAX_BYTES", "MAX_TEXT_CHARS", "normalise_text",
    "pasted_document", "read_document", "read_text_file", "title_from_text",
]

# Files larger than this are refused before they are read.
MAX_BYTES = 100 * 1024 * 1024
# Text longer than this (about 700 pages) is refused: Close Reader reads articles and reports,
# and showing and analysing a longer text would keep the user waiting for minutes.
MAX_TEXT_CHARS = 2_000_000
MAX_LINE_CHARS = 4_000
MAX_BYTES_PER_CHARACTER = 4  # UTF-8's and UTF-32's most; legacy encodings and UTF-16 use fewer

FORMATS = {
    ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".docx": "docx", ".pdf": "pdf", ".epub": "epub",
}
FORMAT_NAMES = {"text": "Text", "html": "Web page", "docx": "Word", "pdf": "PDF", "epub": "EPUB"}
OPEN_FILTER = (
    "Documents (*.txt *.md *.html *.htm *.xhtml *.docx *.pdf *.epub);;Text (*.txt *.md *.text);;"
    "Web pages (*.html *.htm *.xhtml);;Word (*.docx);;PDF (*.pdf);;EPUB (*.epub);;All files (*)"
)


@dataclass(frozen=True, slots=True)
class LoadedDocument:
    title: str
    text: str
    path: str | None = None
    source_url: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    encoding: str | None = None  # how a text file was decoded, e.g. "UTF-8", "Windows-1252 (Western European)"
    format: str = "text"


def normalise_text(raw: str) -> str:
    """Universal newlines, as Python's text mode gives them; the only change made to plain text."""
    return raw.replace("\r\n", "\n").replace("\r", "\n")


def normalise_extracted(raw: str) -> str:
    """Extracted text: newlines, NFC, controls as U+FFFD, no trailing spaces, at most one empty line in a row."""
    text = unicodedata.normalize("NFC", normalise_text(raw)).translate(CONTROL_CHARACTERS)
    text = re.sub(r"[ \t\u00a0]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


def title_from_text(text: str, fallback: str) -> str:
    """First non-empty line, shortened, as a title for text without one (e.g. pasted text)."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= 80 else line[:77].rstrip() + "…"
    return fallback


def pasted_document(raw: str) -> LoadedDocument:
    """Clipboard text as a document, normalised like extracted text; ``DocumentError`` if unusable."""
    text = normalise_extracted(raw)
    if not text.strip():
        raise DocumentError("The clipboard holds no text to open.")
    _check_length(text, "The clipboard's text")
    return LoadedDocument(title=title_from_text(text, "Pasted text"), text=break_long_lines(text))


def read_text_file(path: str | os.PathLike[str]) -> LoadedDocument:
    """A plain text file in any common encoding (whatever its extension)."""
    return read_document(path, format="text")


def read_document(
    path: str | os.PathLike[str],
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
    format: str | None = None,  # noqa: A002 (the natural name; shadows nothing used here)
) -> LoadedDocument:
    """Read any supported file, or raise ``DocumentError`` with a one-line reason.

    ``progress`` gets the fraction done; ``cancelled`` is polled between chunks
    and makes this raise ``ImportCancelled``. Safe to call off the GUI thread.
    """
    file = Path(path)
    data = _read_bytes(file)
    if cancelled():
        raise ImportCancelled
    kind = format or _detect_format(file, data)
    if kind == "text" and len(data) > MAX_BYTES_PER_CHARACTER * MAX_TEXT_CHARS:
        # Surely too long, whatever the encoding: say so before decoding holds the GIL for long.
        _refuse_length(str(file), f"{len(data) / 2**20:.0f} MB of text")
    name = file.name
    extracted = _extractor(kind)(data, name, progress, cancelled)
    text = normalise_text(extracted.text) if kind == "text" else normalise_extracted(extracted.text)
    if not text.strip():
        raise DocumentError(f"{file} is empty." if not data.strip() else f"{file} contains no readable text.")
    _check_length(text, str(file))
    text = break_long_lines(text)
    fallback = file.stem.replace("_", " ").replace("-", " ")
    return LoadedDocument(
        title=extracted.title or fallback,
        text=text,
        path=str(file.resolve()),
        source_url=extracted.source_url,
        published=extracted.published,
        encoding=extracted.encoding,
        format=kind,
    )


def _check_length(text: str, what: str) -> None:
    if len(text) > MAX_TEXT_CHARS:
        _refuse_length(what, f"{len(text):,} characters")


def _refuse_length(what: str, size: str) -> None:
    raise DocumentError(f"{what} is too long to read closely ({size}; the limit is {MAX_TEXT_CHARS:,} characters, "
                        "about 700 pages). Split it into parts first.")


def break_long_lines(text: str, limit: int = MAX_LINE_CHARS) -> str:
    """Break lines longer than ``limit``: at a space after a sentence, else any space, else anywhere."""
    if len(text) <= limit or all(len(line) <= limit for line in text.split("\n")):
        return text
    return "\n".join(_break_line(line, limit) for line in text.split("\n"))


def _break_line(line: str, limit: int) -> str:
    pieces = []
    while len(line) > limit:
        window = line[:limit]
        cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "), window.rfind("。"))
        if cut > limit // 4:
            cut += 1
        else:
            cut = window.rfind(" ")
        if cut > limit // 4 and line[cut] == " ":
            pieces.append(line[:cut])  # the space becomes the newline: later offsets stay put
            line = line[cut + 1:]
        else:
            cut = cut + 1 if cut > limit // 4 else limit  # after "。", or a hard break in a run with no space
            pieces.append(line[:cut])
            line = line[cut:]
    pieces.append(line)
    return "\n".join(pieces)


def _read_bytes(file: Path) -> bytes:
    try:
        if file.is_dir():
            raise DocumentError(f"{file} is a folder, not a document.")
        size = file.stat().st_size
        if size > MAX_BYTES:
            raise DocumentError(f"{file} is too large ({size // (1024 * 1024)} MB); the limit is "
                                f"{MAX_BYTES // (1024 * 1024)} MB.")
        return file.read_bytes()
    except FileNotFoundError:
        raise DocumentError(f"{file} does not exist.") from None
    except PermissionError:
        raise DocumentError(f"{file} cannot be read: permission denied.") from None
    except OSError as error:
        raise DocumentError(f"{file} cannot be read: {error.strerror or error}.") from None


def _detect_format(file: Path, data: bytes) -> str:
    """By content where it is unambiguous (a mis-named PDF still opens), else by extension."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        head = data[:4096]
        if b"mimetypeapplication/epub+zip" in head:
            return "epub"
        if file.suffix.lower() in (".docx", ".epub"):
            return FORMATS[file.suffix.lower()]
        if b"word/" in data[-65536:]:  # the ZIP's central directory, at the end, names the members
            return "docx"
        raise DocumentError(f"{file} is a ZIP archive, not a document Close Reader can open.")
    kind = FORMATS.get(file.suffix.lower())
    if kind in ("pdf", "docx", "epub"):
        raise DocumentError(f"{file} is not a valid {FORMAT_NAMES[kind]} file.")
    if kind is None and re.match(rb"\s*(<!doctype html|<html)", data[:1024], re.IGNORECASE):
        return "html"
    return kind or "text"


def _extract_text(data: bytes, name: str, progress: Progress, cancelled: Cancelled) -> Extracted:
    text, encoding = decode_text(data, name)
    progress(1.0)
    return Extracted(text=text, encoding=encoding)


def _extractor(kind: str) -> Callable[[bytes, str, Progress, Cancelled], Extracted]:
    """Each other format's module is imported only when a file of that format arrives."""
    if kind == "text":
        return _extract_text
    return getattr(importlib.import_module(f".importers.{kind}", __package__), f"extract_{kind}")
