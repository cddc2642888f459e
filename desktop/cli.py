"""Command line: ``analyze PATH`` prints JSON; anything else opens the window.

Errors the user can fix end with a one-line message on stderr and a non-zero
exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence

from .analysis import Analysis, analyze
from .errors import UserError
from .importing import read_text_file


def _finite(value: float) -> float | None:
    """JSON has no infinity: an open-ended interval bound is written as null."""
    return None if math.isinf(value) or math.isnan(value) else value


def analysis_to_json(result: Analysis) -> dict:
    return {
        "entities": [
            {"text": m.text, "label": m.label, "start": m.start, "end": m.end, "canonical": e.canonical}
            for e in result.entities for m in e.mentions
        ],
        "numeric_claims": [
            {
                "text": c.text, "start": c.start, "end": c.end, "value": _finite(c.value),
                "low": _finite(c.low), "high": _finite(c.high), "qualifier": c.qualifier,
                "unit": c.unit, "counted": c.counted,
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
             "verb": a.verb, "kind": a.kind}
            for a in result.attributions
        ],
    }


def _analyze_command(args: argparse.Namespace) -> int:
    document = read_text_file(args.path)
    result = analyze(document.text)
    payload = analysis_to_json(result)
    payload["entities"].sort(key=lambda item: item["start"])
    json.dump(payload, sys.stdout, ensure_ascii=False, indent=2 if args.pretty else None)
    sys.stdout.write("\n")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py",
        description="Close Reader: read a news article closely. Without a command, opens the window.",
    )
    parser.add_argument("path", nargs="?", help="document to open (default: the sample article)")
    parser.add_argument("--db", metavar="PATH", help="notes database (default: in the user data folder)")
    parser.add_argument("--screenshot", metavar="OUT.png",
                        help="open the window offscreen, wait for analysis, save a PNG and exit")
    return parser


def _analyze_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py analyze",
                                     description="Analyse a UTF-8 text file and print JSON to stdout.")
    parser.add_argument("path", help="a UTF-8 text file")
    parser.add_argument("--pretty", action="store_true", help="indent the JSON")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv[:1] == ["analyze"]:
            return _analyze_command(_analyze_parser().parse_args(argv[1:]))
        args = _parser().parse_args(argv)
        from .ui.app import run_gui
        return run_gui(args.path, args.db, args.screenshot)
    except UserError as error:
        print(f"close-reader: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
