"""The analysis layer is pure Python: importing and running it never loads Qt."""

import subprocess
import sys

from desktop.paths import ROOT


def test_analysis_runs_without_importing_qt():
    code = (
        "import sys\n"
        "from desktop.analysis import analyze\n"
        "analyze('Angela Merkel said 84 drones flew over Berlin.')\n"
        "qt = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not qt, qt\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_no_module_asks_nltk_to_download_data():
    sources = [p for p in (ROOT / "desktop").rglob("*.py")]
    offenders = [p.name for p in sources if "nltk.download(" in p.read_text(encoding="utf-8")]
    assert offenders == []
