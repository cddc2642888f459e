"""Read a file into document text: decoded, newlines normalised, checked for binary content.

No Qt here: the command line and the window share it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .errors import DocumentError

# A Qt text view copes with this, but analysis of anything larger is slow enough to need warning.
MAX_BYTES = 60 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class LoadedDocument:
    title: str
    text: str
    path: str | None = None


def normalise_text(raw: str) -> str:
    """Universal newlines, as Python's text mode gives them.

    This is the only change made to a file's text, so the offsets the analysis
    and the command line report index the file as ``open(path).read()`` sees it.
    """
    return raw.replace("\r\n", "\n").replace("\r", "\n")


def title_from_text(text: str, fallback: str) -> str:
    """First non-empty line, shortened, as a title for text without one (e.g. pasted text)."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= 80 else line[:77].rstrip() + "…"
    return fallback


def read_text_file(path: str | os.PathLike[str]) -> LoadedDocument:
    """Read a UTF-8 text file, or raise ``DocumentError`` with a one-line reason."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if file.is_dir():
            raise DocumentError(f"{file} is a folder, not a text file.")
        if size > MAX_BYTES:
            raise DocumentError(f"{file} is too large ({size // (1024 * 1024)} MB); the limit is "
                                f"{MAX_BYTES // (1024 * 1024)} MB.")
        data = file.read_bytes()
    except FileNotFoundError:
        raise DocumentError(f"{file} does not exist.") from None
    except PermissionError:
        raise DocumentError(f"{file} cannot be read: permission denied.") from None
    except OSError as error:
        raise DocumentError(f"{file} cannot be read: {error.strerror or error}.") from None
    if b"\x00" in data[:8192]:
        raise DocumentError(f"{file} looks like a binary file, not text.")
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise DocumentError(
            f"{file} is not valid UTF-8 text (invalid byte at position {error.start})."
        ) from None
    text = normalise_text(raw)
    if not text.strip():
        raise DocumentError(f"{file} is empty.")
    return LoadedDocument(title=file.stem.replace("_", " ").replace("-", " "), text=text,
                          path=str(file.resolve()))
