"""Reading members of ZIP-based formats (.docx, .epub) without trusting their sizes."""

from __future__ import annotations

import zipfile
from xml.etree import ElementTree

from ..errors import DocumentError

# A member that inflates beyond this is a zip bomb, not a document.
MAX_MEMBER_BYTES = 64 * 1024 * 1024


def open_zip(data: bytes, name: str, kind: str) -> zipfile.ZipFile:
    import io

    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise DocumentError(f"{name} is not a valid {kind} file (it is not a readable ZIP archive).") from None


def read_member(archive: zipfile.ZipFile, member: str, name: str, kind: str) -> bytes:
    try:
        info = archive.getinfo(member)
    except KeyError:
        raise DocumentError(f"{name} is not a valid {kind} file ({member} is missing).") from None
    if info.file_size > MAX_MEMBER_BYTES:
        raise DocumentError(f"{name} is too large to open ({member} unpacks to {info.file_size:,} bytes).")
    try:
        return archive.read(info)
    except (zipfile.BadZipFile, OSError, NotImplementedError, RuntimeError) as error:
        raise DocumentError(f"{name} is damaged: {member} cannot be unpacked ({error}).") from None


def parse_xml(data: bytes, name: str, kind: str) -> ElementTree.Element:
    """Parse XML from a document package.

    The standard library's expat refuses external entities and (since expat
    2.4) entity-expansion bombs, so no file or URL is ever read through it.
    """
    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        raise DocumentError(f"{name} is not a valid {kind} file (damaged XML: {error}).") from None
