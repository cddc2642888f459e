"""Notes out of the app: Markdown to read, CSV for spreadsheets, W3C Web Annotation JSON-LD for tools.

Every format links back to the passage: the document's file (or, for pasted text,
its ``urn:sha256:`` content address) with an RFC 5147 ``#char=start,end`` fragment,
and the JSON-LD carries both a TextQuoteSelector and a TextPositionSelector so
other annotation tools can re-anchor the notes themselves.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..errors import UserError
from .notes import Note, list_notes

FORMATS = ("md", "csv", "jsonld")
CSV_COLUMNS = ("document_id", "document", "note_id", "start", "end", "quote", "note", "tags", "anchor",
               "created", "edited", "link")


class ExportError(UserError):
    """The notes cannot be exported as asked."""


@dataclass(frozen=True, slots=True)
class ExportedDocument:
    id: int
    title: str
    uri: str  # where the text lives: a file: URI, or urn:sha256:<digest> for pasted text
    notes: tuple[Note, ...]


def collect(connection: sqlite3.Connection, document_id: int | None = None) -> list[ExportedDocument]:
    """The documents (one, or every one that has notes) with their notes in reading order."""
    if document_id is not None:
        rows = connection.execute("SELECT id, title, source_path, sha256 FROM documents WHERE id = ?",
                                  (document_id,)).fetchall()
        if not rows:
            raise ExportError(f"There is no document with id {document_id} in the notes database.")
    else:
        rows = connection.execute(
            "SELECT id, title, source_path, sha256 FROM documents WHERE id IN (SELECT document_id FROM notes) "
            "ORDER BY title COLLATE NOCASE, id"
        ).fetchall()
    notes_by_document: dict[int, list[Note]] = {}
    for note in list_notes(connection, document_id):
        notes_by_document.setdefault(note.document_id, []).append(note)
    return [
        ExportedDocument(row["id"], row["title"], _document_uri(row["source_path"], row["sha256"]),
                         tuple(notes_by_document.get(row["id"], ())))
        for row in rows
    ]


def export_notes(connection: sqlite3.Connection, fmt: str, document_id: int | None = None) -> str:
    """The notes of one document (or of the whole library) as text in ``fmt`` (md, csv or jsonld)."""
    writers = {"md": to_markdown, "csv": to_csv, "jsonld": to_jsonld}
    if fmt not in writers:
        raise ExportError(f"Unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}.")
    return writers[fmt](collect(connection, document_id))


def _document_uri(source_path: str | None, digest: str) -> str:
    return Path(source_path).as_uri() if source_path and Path(source_path).is_absolute() else f"urn:sha256:{digest}"


def passage_link(document: ExportedDocument, note: Note) -> str:
    if note.on_document or note.orphaned:
        return document.uri
    return f"{document.uri}#char={note.anchor.start},{note.anchor.end}"


def _anchor_description(note: Note) -> str:
    return {"exact": "", "fuzzy": "re-attached to a reworded passage",
            "orphaned": "passage no longer in the text"}.get(note.status, note.status)


def to_markdown(documents: list[ExportedDocument]) -> str:
    lines: list[str] = []
    for document in documents:
        lines += [f"# {document.title}", ""]
        if not document.notes:
            lines += ["_No notes._", ""]
        for note in document.notes:
            if note.on_document:
                lines += ["**On the whole document**", ""]
            else:
                lines += ["> " + line for line in note.anchor.quote.splitlines() or [""]]
                lines.append("")
            if note.body.strip():
                lines += [note.body.strip(), ""]
            details = [f"[Go to passage]({passage_link(document, note)})"]
            if note.tags:
                details.append("Tags: " + ", ".join(f"`{tag}`" for tag in note.tags))
            if _anchor_description(note):
                details.append(f"_{_anchor_description(note)}_")
            details.append(f"created {note.created_at}, edited {note.updated_at}")
            lines += [" · ".join(details), "", "---", ""]
    return "\n".join(lines).rstrip("-\n") + "\n"


def to_csv(documents: list[ExportedDocument]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for document in documents:
        for note in document.notes:
            writer.writerow((
                document.id, document.title, note.id, note.anchor.start, note.anchor.end, note.anchor.quote,
                note.body, "; ".join(note.tags), note.status, note.created_at, note.updated_at,
                passage_link(document, note),
            ))
    return buffer.getvalue()


def to_jsonld(documents: list[ExportedDocument]) -> str:
    items = [_annotation(document, note) for document in documents for note in document.notes]
    collection = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationCollection",
        "label": documents[0].title if len(documents) == 1 else "Close Reader notes",
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    return json.dumps(collection, ensure_ascii=False, indent=2) + "\n"


def _annotation(document: ExportedDocument, note: Note) -> dict:
    bodies = [{"type": "TextualBody", "value": note.body, "format": "text/plain", "purpose": "commenting"}]
    bodies += [{"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in note.tags]
    target: dict = {"source": document.uri}
    if not note.on_document:
        a = note.anchor
        selectors: list[dict] = [{"type": "TextQuoteSelector", "exact": a.quote, "prefix": a.prefix, "suffix": a.suffix}]
        if not note.orphaned:
            selectors.append({"type": "TextPositionSelector", "start": a.start, "end": a.end})
        target["selector"] = selectors
    return {
        "id": f"urn:close-reader:note:{note.id}",
        "type": "Annotation",
        "motivation": "commenting",
        "created": note.created_at,
        "modified": note.updated_at,
        "body": bodies,
        "target": target,
    }
