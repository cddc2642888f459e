"""The analysis loads only the NLTK modules it uses: the whole of NLTK would cost start-up time."""

import os
import subprocess
import sys

from desktop.paths import ROOT


def test_analysing_imports_punkt_and_the_perceptron_but_not_the_rest_of_nltk():
    probe = (
        "import sys; from desktop.analysis.pipeline import analyze; analyze('Maria Lopez met Acme in Lyon.'); "
        "print(sorted(m for m in ('nltk.tokenize.punkt', 'nltk.tag.perceptron', 'nltk.downloader', "
        "'nltk.translate', 'nltk.corpus', 'nltk.parse', 'nltk.featstruct', 'nltk.sem.logic') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.split() == ["['nltk.tag.perceptron',", "'nltk.tokenize.punkt']"]


def test_installed_scipy_and_numpy_are_not_imported_for_nltk(tmp_path):
    """NLTK's metrics import both when present (1.3 s for SciPy); the analysis needs neither."""
    for package in ("scipy", "numpy"):
        (tmp_path / package).mkdir()
        (tmp_path / package / "__init__.py").write_text(f"raise SystemExit('{package} was imported')\n")
    probe = "from desktop.analysis.pipeline import analyze; print(len(analyze('Maria Lopez met Acme in Lyon.').entities))"
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)])},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) >= 2
