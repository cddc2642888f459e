"""PDF files with a text layer, read page by page with pypdf (pure Python).

pypdf returns one line of text per printed line; lines are joined back into
paragraphs (a line that fills the column continues on the next one, a
hyphenated word is rejoined) so sentences are not cut at every line end.
"""

from __future__ import annotations

import io
import logging
import re
import statistics

from ..errors import DocumentError
from . import Cancelled, Extracted, Progress, check_cancelled
from .html import iso_date

SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]$")


def extract_pdf(data: bytes, name: str, progress: Progress, cancelled: Cancelled) -> Extracted:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged-but-readable files log noise per page
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError(f"{name} is password-protected; open it in a PDF reader and save a copy "
                                "without a password.")
        pages = reader.pages
        count = len(pages)
        paragraphs: list[str] = []
        for number in range(count):
            check_cancelled(cancelled)
            paragraphs.extend(unwrap_lines(pages[number].extract_text() or ""))
            progress((number + 1) / max(1, count))
        metadata = reader.metadata
    except DocumentError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as error:
        raise DocumentError(f"{name} is not a readable PDF ({type(error).__name__}: {error}).") from None
    if not any(p.strip() for p in paragraphs):
        raise DocumentError(f"{name} has no text layer (it may be scanned images); run OCR on it first.")
    title = " ".join(str(metadata.title or "").split()) if metadata else ""
    created = str(metadata.get("/CreationDate", "")) if metadata else ""
    return Extracted(text="\n".join(paragraphs), title=title, published=iso_date(created) if created else None)


def unwrap_lines(page_text: str) -> list[str]:
    """Paragraphs of one page: wrapped lines joined, hyphenation at a line end undone."""
    lines = [" ".join(line.split()) for line in page_text.splitlines()]
    lengths = [len(line) for line in lines if line]
    if not lengths:
        return []
    median = statistics.median(lengths)
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if not line:
            if current:
                paragraphs.append(current)
                current = ""
            continue
        if not current:
            current = line
        elif current.endswith("-") and line[:1].islower():
            current = current[:-1] + line
        else:
            current = f"{current} {line}"
        # A short line ends its paragraph; so does a slightly short one that ends a sentence.
        if len(line) < 0.8 * median or (SENTENCE_END.search(line) and len(line) < 0.95 * median):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs
