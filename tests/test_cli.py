"""The command line as a script would call it: JSON out, one-line errors, a screenshot."""

import json
import subprocess
import sys

import pytest

from desktop.cli import main
from desktop.paths import ROOT, SAMPLE_DOCUMENT


def run_cli(*args, timeout=120):
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True, text=True, timeout=timeout, cwd=ROOT,
    )


def test_analyze_prints_json_whose_offsets_index_the_file_text(capsys):
    assert main(["analyze", str(SAMPLE_DOCUMENT)]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert set(payload) == {"entities", "groups", "dates", "numeric_claims", "duplicates", "attributions", "quotes"}
    text = SAMPLE_DOCUMENT.read_text(encoding="utf-8")
    for key in ("entities", "groups", "dates", "numeric_claims", "attributions"):
        for item in payload[key]:
            assert text[item["start"]:item["end"]] == item["text"]
    for entity in payload["entities"]:
        assert entity["label"] in {"PERSON", "ORG", "PLACE"} and entity["canonical"]
    for pair in payload["duplicates"]:
        assert 0 < pair["similarity"] <= 1 and pair["a"][1] <= pair["b"][0]
    dates = {(item["text"], item["canonical"]) for item in payload["dates"]}
    assert {("Thursday", "Thursday"), ("two years ago", "two years ago")} <= dates
    assert all(set(item) == {"text", "start", "end", "canonical"} for item in payload["dates"])


def test_analyze_offsets_count_code_points_and_normalise_crlf(tmp_path, capsys):
    path = tmp_path / "astral.txt"
    path.write_bytes("😀 𠜎 intro.\r\nAngela Merkel met Emmanuel Macron in Paris.\r\n".encode("utf-8"))
    assert main(["analyze", str(path)]) == 0
    payload = json.loads(capsys.readouterr().out)
    text = path.read_text(encoding="utf-8")  # universal newlines
    assert payload["entities"]
    for entity in payload["entities"]:
        assert text[entity["start"]:entity["end"]] == entity["text"]


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("missing.txt", None, "does not exist"),
        ("binary.bin", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, "binary"),
        ("truncated.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", "not a readable PDF"),  # Latin-1 text is read now (issue 8)
        ("empty.txt", b"", "empty"),
    ],
)
def test_bad_input_exits_non_zero_with_one_line_and_no_traceback(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = run_cli("analyze", path)
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0]
    assert "Traceback" not in result.stderr


def test_folder_instead_of_file_is_a_one_line_error(tmp_path, capsys):
    assert main(["analyze", str(tmp_path)]) != 0
    assert "folder" in capsys.readouterr().err


def test_screenshot_writes_a_png_of_the_window(tmp_path):
    out = tmp_path / "window.png"
    result = run_cli("--screenshot", out, "--db", tmp_path / "notes.sqlite3")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert out.stat().st_size > 20_000  # a real window, not an empty image


def test_output_closed_early_by_a_pager_is_not_a_traceback():
    process = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "analyze", str(SAMPLE_DOCUMENT)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    process.stdout.read(10)
    process.stdout.close()  # like `| head -c 10`
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) == 0
    assert "Traceback" not in stderr
