"""Where the project's own files live, independent of the current directory."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
SEEDS = ROOT / "seeds"
SAMPLE_DOCUMENT = SEEDS / "trump-putin-call.txt"
