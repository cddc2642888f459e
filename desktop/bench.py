"""Benchmark: ``python -m desktop.bench [--json OUT] [--sizes 10000 50000 ...] [--no-app]``.

Analysis figures come from a fresh subprocess per document size, so peak memory
(``ru_maxrss``) belongs to that size alone. App figures are measured offscreen:
start-up to the sample painted and highlighted, and for a 100,000-word document
the time to all highlights and the longest stall of the GUI event loop (a 5 ms
``QTimer`` heartbeat records the largest gap between its ticks).

Not part of the test suite: it takes about a minute.  On a machine shared with other
work, ``--runs N`` times the whole ``main.py analyze`` process N times per size and
reports the median (and the range).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .paths import ROOT

DEFAULT_SIZES = (10_000, 25_000, 50_000, 100_000, 200_000)
# Pipeline order.
STAGES = ("sentences", "entities", "groups", "dates", "numbers", "claim_links", "sources", "repeats", "quotes")

_FIRST = ("Maria", "James", "Olena", "Kenji", "Amara", "Lukas", "Sofia", "Daniel", "Priya", "Tomasz",
          "Grace", "Mohammed", "Ingrid", "Carlos", "Yuki", "Fatima", "Pierre", "Anna", "David", "Leila")
_LAST = ("Kovalenko", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Brennan", "Silva", "Novak",
         "Fischer", "Osei", "Petrov", "Castillo", "Nakamura", "Walsh", "Rahman", "Dubois", "Keller")
_PLACES = ("Kyiv", "Berlin", "Lagos", "Ohio", "Manila", "Brazil", "Quebec", "Nairobi", "Poland", "Texas",
           "Lisbon", "Jakarta", "Chile", "Oslo", "Kenya", "Vietnam", "Arizona", "Madrid")
_ORGS = ("the Ministry of Finance", "the World Bank", "Northwind Energy", "the Senate", "the city council",
         "the European Commission", "Harbor Logistics", "the Department of Health", "the United Nations")
_THINGS = ("homes", "jobs", "students", "drones", "vehicles", "patients", "contracts", "acres", "voters")
_VERBS = ("said", "told reporters", "added", "wrote in a statement", "noted")
_ANON = ("a person familiar with the matter", "two officials briefed on the talks",
         "one of the people said", "officials in the capital")


def news_document(words: int, seed: int = 7) -> str:
    """Deterministic news-like text of about ``words`` words: names, places, numbers, quotes, sources."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    count = 0
    while count < words:
        sentences = []
        for _ in range(rng.randint(2, 4)):
            person = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
            place, org, thing = rng.choice(_PLACES), rng.choice(_ORGS), rng.choice(_THINGS)
            number = rng.choice((f"{rng.randint(2, 950):,}", f"{rng.randint(1, 99) * 1000:,}",
                                 f"{rng.randint(2, 40)} percent", "dozens", f"${rng.randint(2, 90)} million"))
            template = rng.randrange(5)
            if template == 0:
                sentences.append(f"{person} of {org} said that at least {number} {thing} in {place} "
                                 f"were affected this year.")
            elif template == 1:
                sentences.append(f"“We have seen {number} {thing} since the spring,” {person} "
                                 f"{rng.choice(_VERBS)}.")
            elif template == 2:
                sentences.append(f"In {place}, {org} reported about {number} new {thing}, "
                                 f"said {rng.choice(_ANON)}.")
            elif template == 3:
                sentences.append(f"Meanwhile, {person.split()[1]} met officials from {place} to discuss "
                                 f"the plan, which could cost more than {number}.")
            else:
                sentences.append(f"According to {org}, nearly {number} {thing} were counted across "
                                 f"{place} and {rng.choice(_PLACES)} last month.")
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    return "\n".join(paragraphs) + "\n"


_ANALYSIS_PROBE = """
import json, resource, sys, time
began = time.perf_counter()
from desktop.analysis import analyze
imported = time.perf_counter()
text = open(sys.argv[1], encoding="utf-8").read()
result = analyze(text)
done = time.perf_counter()
print(json.dumps({
    "words": len(text.split()),
    "import_s": imported - began,
    "analysis_s": done - imported,
    "stages": result.timings,
    "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""


def _probe(script: str, *args: str) -> dict:
    """Run ``script`` in a fresh interpreter and read the JSON it prints last."""
    result = subprocess.run([sys.executable, "-c", script, *args], cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"bench: a measurement failed:\n{result.stderr.strip()}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def measure_analysis(path: Path, runs: int = 1) -> dict:
    """Analyse ``path`` in a fresh interpreter; also time the whole ``main.py analyze`` process ``runs`` times."""
    figures = _probe(_ANALYSIS_PROBE, str(path))
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "main.py"), "analyze", str(path)], cwd=ROOT,
                       stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - began)
    figures["cli_s"] = statistics.median(times)
    figures["cli_runs_s"] = times
    return figures


_APP_PROBE = """
import json, os, sys, time
began = time.perf_counter()
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
from PySide6.QtWidgets import QApplication
from desktop import store
from desktop.importing import LoadedDocument, read_text_file
from desktop.paths import SAMPLE_DOCUMENT
from desktop.ui.main_window import MainWindow

from desktop.ui.app import prepare_interpreter_for_gui
prepare_interpreter_for_gui()  # as the app does
app = QApplication([])
folder = sys.argv[1]
window = MainWindow(store.open_database(os.path.join(folder, "bench.sqlite3")),
                    QSettings(os.path.join(folder, "settings.ini"), QSettings.Format.IniFormat))
window.show()
figures = {}

class Heartbeat:
    def __init__(self):
        self.clock = QElapsedTimer(); self.clock.start(); self.last = 0; self.worst = 0
        self.timer = QTimer(); self.timer.setInterval(5); self.timer.timeout.connect(self.tick)
    def tick(self):
        now = self.clock.elapsed(); self.worst = max(self.worst, now - self.last); self.last = now
    def start(self):
        self.last = self.clock.elapsed(); self.worst = 0; self.timer.start()

heartbeat = Heartbeat()

def wait_for_analysis():
    finished = []
    window.analysis_ready.connect(lambda _a: finished.append(time.perf_counter()))
    while not finished or window.view.highlighter.busy:
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()
    window.view.viewport().repaint()
    return time.perf_counter()

window.open_document(read_text_file(SAMPLE_DOCUMENT))
wait_for_analysis()
figures["startup_to_highlighted_s"] = time.perf_counter() - began

text = open(sys.argv[2], encoding="utf-8").read()
heartbeat.start()
opened = time.perf_counter()
window.open_document(LoadedDocument("Benchmark", text))
wait_for_analysis()
figures["open_100k_to_highlighted_s"] = time.perf_counter() - opened
# Scroll through the document while the heartbeat runs: highlighting happens as blocks are laid out.
bar = window.view.verticalScrollBar()
for step in range(0, bar.maximum() + 1, max(1, bar.maximum() // 50)):
    bar.setValue(step)
    app.processEvents()
heartbeat.timer.stop()
figures["longest_gui_stall_ms"] = heartbeat.worst
print(json.dumps(figures))
"""


def measure_app(long_document: Path) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        return _probe(_APP_PROBE, folder, str(long_document))


def run(sizes: tuple[int, ...], with_app: bool, runs: int = 1) -> dict:
    results: dict = {"analysis": [], "app": None}
    with tempfile.TemporaryDirectory() as folder:
        paths = {}
        for size in sizes:
            paths[size] = Path(folder) / f"news-{size}.txt"
            paths[size].write_text(news_document(size), encoding="utf-8")
            results["analysis"].append(measure_analysis(paths[size], runs))
        if with_app:
            long_doc = Path(folder) / "news-100000.txt"
            if not long_doc.exists():
                long_doc.write_text(news_document(100_000), encoding="utf-8")
            results["app"] = measure_app(long_doc)
    small = next((r for r in results["analysis"] if 20_000 <= r["words"] <= 30_000), None)
    large = next((r for r in results["analysis"] if 90_000 <= r["words"] <= 110_000), None)
    if small and large:
        results["growth_25k_to_100k"] = large["analysis_s"] / small["analysis_s"]
    return results


def table(results: dict) -> str:
    header = f"{'words':>8} " + " ".join(f"{s[:9]:>9}" for s in STAGES) + \
             f" {'analysis':>9} {'cli total':>9} {'cli range':>11} {'peak MB':>8}"
    lines = ["Analysis (seconds per stage, fresh process per size)", header]
    for r in results["analysis"]:
        stages = " ".join(f"{r['stages'].get(s, 0.0):9.3f}" for s in STAGES)
        cli_range = f"{min(r['cli_runs_s']):.2f}-{max(r['cli_runs_s']):.2f}"
        lines.append(f"{r['words']:>8,} {stages} {r['analysis_s']:9.3f} {r['cli_s']:9.3f} {cli_range:>11} "
                     f"{r['peak_mb']:8.0f}")
    if "growth_25k_to_100k" in results:
        lines.append(f"time growth from 25k to 100k words: {results['growth_25k_to_100k']:.2f}x (linear = 4x)")
    if results["app"]:
        app = results["app"]
        lines += [
            "",
            "App (offscreen)",
            f"start-up to sample painted and highlighted: {app['startup_to_highlighted_s']:.2f} s",
            f"open 100k-word document to all highlights:  {app['open_100k_to_highlighted_s']:.2f} s",
            f"longest GUI event-loop stall (open + scroll): {app['longest_gui_stall_ms']:.0f} ms",
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", metavar="OUT", help="also write the figures as JSON to OUT ('-' for stdout)")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES), help="document sizes in words")
    parser.add_argument("--no-app", action="store_true", help="skip the offscreen app measurements")
    parser.add_argument("--runs", type=int, default=1, metavar="N",
                        help="time the whole `main.py analyze` process N times per size (default: 1)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    results = run(tuple(args.sizes), with_app=not args.no_app, runs=args.runs)
    print(table(results))
    if args.json == "-":
        print(json.dumps(results, indent=2))
    elif args.json:
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
