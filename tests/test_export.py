"""Exporting notes: Markdown, CSV and W3C Web Annotation JSON-LD, from code and the command line."""

import csv
import io
import json
import subprocess
import sys

import pytest

from desktop.cli import main
from desktop.paths import ROOT
from desktop.store import DOCUMENT_ANCHOR, add_note, make_anchor, open_database, save_document
from desktop.store.export import ExportError, export_notes

TEXT = "The harbour authority voted on Tuesday to close the northern pier, a \"temporary\" step.\nMore later."


@pytest.fixture
def library(tmp_path):
    path = tmp_path / "notes.db"
    connection = open_database(path)
    document = save_document(connection, "Harbour", TEXT, str(tmp_path / "harbour.txt"))
    other = save_document(connection, "Pasted", "Another text entirely.")
    start = TEXT.index("close the northern pier")
    end = start + len("close the northern pier")
    add_note(connection, document.id, make_anchor(TEXT, start, end), "For how long?\nAsk the chair.", tags=["claim", "follow up"])
    add_note(connection, document.id, DOCUMENT_ANCHOR, "Overall: one-sided.")
    add_note(connection, other.id, make_anchor(other.text, 0, 7), "Pasted note")
    yield path, connection, document, other, (start, end)
    connection.close()


def test_markdown_has_quote_note_tags_and_a_link_to_the_passage(library):
    _path, connection, document, _other, (start, end) = library
    text = export_notes(connection, "md", document.id)
    assert text.startswith("# Harbour\n")
    assert "> close the northern pier" in text
    assert "For how long?\nAsk the chair." in text
    assert "`claim`, `follow up`" in text
    assert f"harbour.txt#char={start},{end})" in text
    assert "**On the whole document**" in text and "Pasted note" not in text


def test_csv_round_trips_quotes_newlines_and_tags(library):
    _path, connection, _document, _other, (start, end) = library
    rows = list(csv.DictReader(io.StringIO(export_notes(connection, "csv"))))
    assert len(rows) == 3
    passage = next(r for r in rows if r["quote"] == "close the northern pier")
    assert passage["note"] == "For how long?\nAsk the chair."
    assert passage["tags"] == "claim; follow up"
    assert (int(passage["start"]), int(passage["end"])) == (start, end)
    assert next(r for r in rows if r["note"] == "Pasted note")["link"].startswith("urn:sha256:")


def test_jsonld_is_a_web_annotation_collection_with_quote_and_position_selectors(library):
    _path, connection, document, _other, (start, end) = library
    collection = json.loads(export_notes(connection, "jsonld", document.id))
    assert collection["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert collection["type"] == "AnnotationCollection" and collection["total"] == 2
    items = collection["first"]["items"]
    passage = next(a for a in items if "selector" in a["target"])
    quote, position = passage["target"]["selector"]
    assert quote == {"type": "TextQuoteSelector", "exact": "close the northern pier",
                     "prefix": TEXT[max(0, start - 32):start], "suffix": TEXT[end:end + 32]}
    assert position == {"type": "TextPositionSelector", "start": start, "end": end}
    assert {b["purpose"] for b in passage["body"]} == {"commenting", "tagging"}
    whole = next(a for a in items if "selector" not in a["target"])
    assert whole["target"]["source"].startswith("file://")


def test_unknown_document_is_a_user_error(library):
    _path, connection, *_ = library
    with pytest.raises(ExportError, match="no document with id 999"):
        export_notes(connection, "md", 999)


def test_command_line_writes_stdout_or_a_file(library, tmp_path, capsys):
    path, _connection, document, *_ = library
    assert main(["export-notes", "--db", str(path), "--document", str(document.id), "--format", "csv"]) == 0
    assert "close the northern pier" in capsys.readouterr().out
    out = tmp_path / "notes.jsonld"
    assert main(["export-notes", "--db", str(path), "--format", "jsonld", "--output", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["total"] == 3


def test_command_line_errors_are_one_line_and_non_zero(library, tmp_path, capsys):
    path, *_ = library
    for args, message in (
        (["--db", str(path), "--document", "999"], "no document with id 999"),
        (["--db", str(path), "--output", str(tmp_path / "no" / "such" / "dir" / "x.md")], "Cannot write"),
    ):
        assert main(["export-notes", *args]) != 0
        error = capsys.readouterr().err
        assert message in error and len(error.strip().splitlines()) == 1


def test_missing_database_from_a_real_process_is_one_line_without_traceback(tmp_path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "export-notes", "--db", str(tmp_path / "missing.db")],
        capture_output=True, text=True, cwd=ROOT, timeout=60,
    )
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [f"close-reader: The notes database {tmp_path / 'missing.db'} does not exist."]
    assert not (tmp_path / "missing.db").exists()
