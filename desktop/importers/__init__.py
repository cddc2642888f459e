"""One module per file format; each turns a file's bytes into an ``Extracted`` document.

``desktop.importing.read_document`` is the single entry point: it reads the file,
picks the format, and normalises the result. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

Progress = Callable[[float], None]
"""Called with the fraction done (0..1); importers call it often enough to keep a bar moving."""

Cancelled = Callable[[], bool]
"""Polled between chunks of work; when it returns True the importer raises ``ImportCancelled``."""


class ImportCancelled(Exception):
    """The user cancelled the import; not an error, so not a ``UserError``."""


@dataclass(frozen=True, slots=True)
class Extracted:
    """What a format importer found: the text and whatever metadata the file carries."""

    text: str
    title: str = ""
    source_url: str | None = None
    published: str | None = None
    encoding: str | None = None


def never_cancelled() -> bool:
    return False


def no_progress(_fraction: float) -> None:
    """Progress sink for callers that show none (the command line)."""


def check_cancelled(cancelled: Cancelled) -> None:
    if cancelled():
        raise ImportCancelled
