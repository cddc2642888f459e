"""The analysis loads only the NLTK modules it uses: the whole of NLTK would cost start-up time."""

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
