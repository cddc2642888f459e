"""Word documents (.docx): the paragraphs of ``word/document.xml`` in reading order.

The standard library suffices (a .docx is a ZIP of XML files); python-docx
would add lxml for no gain in plain text.
"""

from __future__ import annotations

from . import Cancelled, Extracted, Progress, check_cancelled
from .archive import open_zip, parse_xml, read_member
from .html import iso_date

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DC = "{http://purl.org/dc/elements/1.1/}"
DCTERMS = "{http://purl.org/dc/terms/}"
KIND = "Word (.docx)"


def extract_docx(data: bytes, name: str, progress: Progress, cancelled: Cancelled) -> Extracted:
    archive = open_zip(data, name, KIND)
    body = parse_xml(read_member(archive, "word/document.xml", name, KIND), name, KIND)
    paragraphs = list(body.iter(f"{W}p"))
    lines = []
    for number, paragraph in enumerate(paragraphs):
        if number % 500 == 0:
            check_cancelled(cancelled)
            progress(number / max(1, len(paragraphs)))
        text = "".join(_paragraph_text(paragraph)).strip()
        if text:
            lines.append(text)
    title, published = _core_properties(archive, name)
    return Extracted(text="\n".join(lines), title=title, published=published)


def _paragraph_text(paragraph):
    for element in paragraph.iter():
        if element.tag == f"{W}t" and element.text:
            yield element.text
        elif element.tag == f"{W}tab":
            yield "\t"
        elif element.tag in (f"{W}br", f"{W}cr"):
            yield " "  # a manual line break inside a paragraph: keep one paragraph per line


def _core_properties(archive, name: str) -> tuple[str, str | None]:
    """Title and date from ``docProps/core.xml`` when the author filled them in."""
    if "docProps/core.xml" not in archive.namelist():
        return "", None
    core = parse_xml(read_member(archive, "docProps/core.xml", name, KIND), name, KIND)
    title = " ".join((core.findtext(f"{DC}title") or "").split())
    issued = core.findtext(f"{DCTERMS}issued") or core.findtext(f"{DC}date")
    return title, iso_date(issued) if issued else None
