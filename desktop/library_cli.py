"""``main.py import PATH... --db PATH``: add files to the library without opening the window.

Each file gets one line: on stdout when it was added (or was already there), on
stderr when it could not be read. The others are still imported; the exit code
is 2 if any file failed.
"""

from __future__ import annotations

import argparse
import sys

from .errors import DocumentError


def import_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py import",
                                     description="Add documents to the library (the notes database).")
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="text (any common encoding), HTML, DOCX, PDF or EPUB files")
    parser.add_argument("--db", metavar="PATH", required=True, help="the notes database (created if missing)")
    return parser


def import_command(args: argparse.Namespace) -> int:
    from . import store
    from .importing import read_document

    connection = store.open_database(args.db)
    failed = 0
    try:
        for path in args.paths:
            try:
                loaded = read_document(path)
            except DocumentError as error:
                print(f"close-reader: {error}", file=sys.stderr)
                failed += 1
                continue
            known = {d.id for d in store.list_documents(connection)}
            document = store.save_document(connection, loaded.title, loaded.text, loaded.path,
                                           source_url=loaded.source_url, published=loaded.published,
                                           encoding=loaded.encoding)
            verb = "already in the library" if document.id in known else "added"
            print(f"{verb}: {document.title} ({document.word_count:,} words, id {document.id}) from {path}")
    finally:
        connection.close()
    return 2 if failed else 0
