"""Command line: ``analyze PATH`` prints JSON; anything else opens the window.

Errors the user can fix end with a one-line message on stderr and a non-zero
exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sqlite3
import sys
from collections.abc import Sequence

from .analysis import Analysis, analyze
from .errors import UserError
from .importing import read_document


def _finite(value: float) -> float | None:
    """JSON has no infinity: an open-ended interval bound is written as null."""
    return None if math.isinf(value) or math.isnan(value) else value


def analysis_to_json(result: Analysis) -> dict:
    link_of = {link.later: link for link in result.claim_links}
    return {
        "entities": [
            {"text": m.text, "label": m.label, "start": m.start, "end": m.end, "canonical": e.canonical}
            for e in result.entities for m in e.mentions
        ],
        "groups": [
            {"text": m.text, "start": m.start, "end": m.end, "canonical": g.canonical}
            for g in result.groups for m in g.mentions
        ],
        "dates": [
            {"text": m.text, "start": m.start, "end": m.end, "canonical": d.canonical}
            for d in result.dates for m in d.mentions
        ],
        "numeric_claims": [
            {
                "text": c.text, "start": c.start, "end": c.end, "value": _finite(c.value),
                "low": _finite(c.low), "high": _finite(c.high), "qualifier": c.qualifier,
                "unit": c.unit, "counted": c.counted,
                "kind": c.kind, "approximate": c.approximate, "rate": c.rate,
                "counted_span": [c.counted_start, c.counted_end] if c.counted else None,
                "sentence": [c.sentence_start, c.sentence_end],
                "link": {"kind": link_of[c].kind, "to": [link_of[c].earlier.start, link_of[c].earlier.end],
                         "note": link_of[c].note} if c in link_of else None,
            }
            for c in result.numeric_claims
        ],
        "duplicates": [
            {"a": [r.a.start, r.a.end], "b": [r.b.start, r.b.end], "similarity": round(r.similarity, 4),
             "kind": r.kind}
            for r in result.repeats
        ],
        "attributions": [
            {"text": a.text, "start": a.start, "end": a.end, "source": a.source, "anonymous": a.anonymous,
             "verb": a.verb, "kind": a.kind, "source_type": a.source_type,
             "source_span": [a.source_start, a.source_end] if a.source_start >= 0 else None,
             "role": a.role, "access": a.access, "anonymity_reason": a.anonymity_reason,
             "claim": [a.claim_start, a.claim_end] if a.claim_start >= 0 else None, "entity": a.entity}
            for a in result.attributions
        ],
        "quotes": [
            {"text": q.text, "start": q.start, "end": q.end, "speaker": q.speaker, "source_type": q.source_type,
             "attribution": [q.attribution_start, q.attribution_end] if q.attribution_start >= 0 else None}
            for q in result.quotes
        ],
    }


def _analyze_command(args: argparse.Namespace) -> int:
    document = read_document(args.path)
    result = analyze(document.text)
    payload = analysis_to_json(result)
    payload["entities"].sort(key=lambda item: item["start"])
    # dumps() uses the C encoder; dump() to a stream encodes in Python, several times slower.
    # The newline is written apart: appending it would copy megabytes of JSON once more.
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2 if args.pretty else None))
    sys.stdout.write("\n")
    sys.stdout.flush()  # here, where a pipe closed early is handled: main.py skips the exit's flush
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py",
        description="Close Reader: read a news article closely. Without a command, opens the window.",
        epilog="Commands: `main.py analyze PATH` prints the analysis as JSON; `main.py import PATH... --db PATH` "
               "adds documents to the library; `main.py export-notes --db PATH` exports notes. "
               "Each takes --help.",
    )
    parser.add_argument("path", nargs="?",
                        help="document to open (default: the document read last; the sample on first start)")
    parser.add_argument("--db", metavar="PATH", help="notes database (default: in the user data folder)")
    parser.add_argument("--screenshot", metavar="OUT.png",
                        help="open the window offscreen, wait for analysis, save a PNG and exit")
    return parser


def _analyze_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py analyze",
                                     description="Analyse a document and print JSON to stdout.")
    parser.add_argument("path", help="a text (any common encoding), HTML, DOCX, PDF or EPUB file")
    parser.add_argument("--pretty", action="store_true", help="indent the JSON")
    return parser


def _export_notes_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py export-notes",
                                     description="Export notes as Markdown, CSV or W3C Web Annotation JSON-LD.")
    parser.add_argument("--db", metavar="PATH", required=True, help="the notes database")
    parser.add_argument("--document", metavar="ID", type=int, help="only this document's notes (default: all)")
    parser.add_argument("--format", choices=("md", "csv", "jsonld"), default="md", help="default: md")
    parser.add_argument("--output", metavar="FILE", help="write here instead of to stdout")
    return parser


def _export_notes_command(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .store import open_database
    from .store.export import ExportError, export_notes

    if not Path(args.db).is_file():
        raise ExportError(f"The notes database {args.db} does not exist.")
    connection = open_database(args.db)
    try:
        text = export_notes(connection, args.format, args.document)
    finally:
        connection.close()
    if args.output is None:
        sys.stdout.write(text)
        return 0
    try:
        Path(args.output).write_text(text, encoding="utf-8", newline="")
    except OSError as error:
        raise ExportError(f"Cannot write {args.output}: {error.strerror or error}.") from None
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv[:1] == ["analyze"]:
            return _analyze_command(_analyze_parser().parse_args(argv[1:]))
        if argv[:1] == ["import"]:
            from .library_cli import import_command, import_parser
            return import_command(import_parser().parse_args(argv[1:]))
        if argv[:1] == ["export-notes"]:
            return _export_notes_command(_export_notes_parser().parse_args(argv[1:]))
        args = _parser().parse_args(argv)
        from .ui.app import run_gui
        return run_gui(args.path, args.db, args.screenshot)
    except UserError as error:
        print(f"close-reader: {error}", file=sys.stderr)
        return 2
    except sqlite3.Error as error:
        print(f"close-reader: the notes database could not be used: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `main.py analyze X | head` closed our output early: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130
