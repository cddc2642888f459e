"""The NLTK modules the analysis uses, imported without NLTK's package ``__init__``.

``import nltk`` loads nearly all of NLTK (parsers, corpus readers, translation metrics,
the downloader): 0.28 s of the half second the command line has to analyse an article.
Punkt and the averaged perceptron need none of that, so when nothing has imported
``nltk`` yet, the packages on the way to them are registered bare (their directory
only) and just the modules below load, with NLTK's grammar and logic modules left
empty.  The bare packages stay: nothing in the app uses the rest of NLTK, and a
package imported twice would be two half packages.

On the way to the perceptron, ``nltk.metrics`` imports SciPy and NumPy when they are
installed, as they often are on an analyst's machine: 1.3 s, for significance tests,
alignment and a confidence score the analysis never calls.  They are hidden for the
length of the import, unless something has already paid for them.  So those NLTK
functions stay unusable in this process (``predict(return_conf=True)`` raises NameError),
and the import must stay where it is, at module level on the main thread: while hidden,
another thread's ``import numpy`` would fail.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import sys
import types
from collections.abc import Iterator
from pathlib import Path

_PACKAGES = ("nltk", "nltk.tokenize", "nltk.tag")
# Imported by ``nltk.data`` only to parse grammar and logic files in ``nltk.data.load``, which the
# analysis never calls; registered empty, they save about 50 ms of start-up.
_UNUSED_MODULES = ("nltk.grammar", "nltk.sem")
_OPTIONAL_HEAVY_PACKAGES = ("scipy", "numpy")


def _register_bare_packages() -> None:
    spec = importlib.util.find_spec("nltk")
    if spec is None or spec.origin is None:
        return  # not installed: the import below says so
    root = Path(spec.origin).parent
    for name in _PACKAGES:
        package = types.ModuleType(name)
        package.__path__ = [str(root.joinpath(*name.split(".")[1:]))]
        package.__package__ = name
        sys.modules[name] = package
    for name in _UNUSED_MODULES:
        sys.modules[name] = types.ModuleType(name)


@contextlib.contextmanager
def _optional_heavy_packages_hidden() -> Iterator[None]:
    """Make NLTK's ``try: import scipy`` fail fast; a None entry in ``sys.modules`` does that."""
    hidden = [name for name in _OPTIONAL_HEAVY_PACKAGES if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        yield
    finally:
        for name in hidden:
            sys.modules.pop(name, None)


if "nltk" not in sys.modules:
    _register_bare_packages()

with _optional_heavy_packages_hidden():
    punkt = importlib.import_module("nltk.tokenize.punkt")
    perceptron = importlib.import_module("nltk.tag.perceptron")
