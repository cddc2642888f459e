"""E-books (.epub): the chapters in spine order, each an XHTML page read like a web page.

The standard library suffices: an EPUB is a ZIP holding an OPF package file
(metadata and reading order) and XHTML chapters.
"""

from __future__ import annotations

import posixpath
from urllib.parse import unquote

from ..errors import DocumentError
from . import Cancelled, Extracted, Progress, check_cancelled
from .archive import open_zip, parse_xml, read_member
from .html import extract_html_text, iso_date

KIND = "EPUB"
CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"
OPF = "{http://www.idpf.org/2007/opf}"
DC = "{http://purl.org/dc/elements/1.1/}"


def extract_epub(data: bytes, name: str, progress: Progress, cancelled: Cancelled) -> Extracted:
    archive = open_zip(data, name, KIND)
    container = parse_xml(read_member(archive, "META-INF/container.xml", name, KIND), name, KIND)
    rootfile = container.find(f".//{CONTAINER}rootfile")
    if rootfile is None or not rootfile.get("full-path"):
        raise DocumentError(f"{name} is not a valid EPUB file (no package file is named).")
    package_path = rootfile.get("full-path")
    package = parse_xml(read_member(archive, package_path, name, KIND), name, KIND)
    folder = posixpath.dirname(package_path)
    manifest = {item.get("id"): item.get("href") for item in package.iter(f"{OPF}item")}
    chapters = [manifest[ref.get("idref")] for ref in package.iter(f"{OPF}itemref") if ref.get("idref") in manifest]
    parts = []
    for number, href in enumerate(chapters):
        check_cancelled(cancelled)
        member = posixpath.normpath(posixpath.join(folder, unquote(href)))
        markup = read_member(archive, member, name, KIND).decode("utf-8", errors="replace")
        text, _ = extract_html_text(markup, cancelled)
        if text:
            parts.append(text)
        progress((number + 1) / max(1, len(chapters)))
    metadata = package.find(f"{OPF}metadata")

    def field(tag: str) -> str:
        return " ".join((metadata.findtext(f"{DC}{tag}") or "").split()) if metadata is not None else ""

    source = field("source")
    return Extracted(
        text="\n".join(parts), title=field("title"), published=iso_date(field("date")),
        source_url=source if source.startswith(("http://", "https://")) else None,
    )
