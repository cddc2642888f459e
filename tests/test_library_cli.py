"""``main.py import PATH... --db PATH`` and ``analyze`` on every format."""

import json

from desktop import store
from desktop.cli import main
from desktop.importing import read_document
from desktop.paths import SAMPLE_DOCUMENT
from tests.fixtures.documents import news_page, wrap, write_docx, write_epub, write_pdf

STORY = "Angela Merkel met Emmanuel Macron in Paris on Tuesday, officials said."


def test_import_adds_files_reports_each_and_fails_only_the_bad_ones(tmp_path, capsys):
    db = tmp_path / "library.sqlite3"
    page = tmp_path / "story.html"
    page.write_text(news_page("Leaders meet", [STORY] * 3, url="https://news.example/a", published="2024-05-01"),
                    encoding="utf-8")
    missing = tmp_path / "missing.pdf"
    assert main(["import", str(SAMPLE_DOCUMENT), str(page), str(missing), "--db", str(db)]) == 2
    out, err = capsys.readouterr()
    assert out.count("added: ") == 2 and "Leaders meet" in out
    assert err.strip().count("\n") == 0 and "missing.pdf does not exist" in err
    connection = store.open_database(db)
    documents = {d.title: d for d in store.list_documents(connection)}
    assert documents["Leaders meet"].source == "https://news.example/a"
    assert documents["Leaders meet"].published == "2024-05-01"
    connection.close()
    assert main(["import", str(page), "--db", str(db)]) == 0
    assert "already in the library: Leaders meet" in capsys.readouterr().out


def test_analyze_reads_every_format_and_offsets_index_the_imported_text(tmp_path, capsys):
    files = [
        write_pdf(tmp_path / "a.pdf", [wrap(STORY, 80)]),
        write_docx(tmp_path / "a.docx", [STORY]),
        write_epub(tmp_path / "a.epub", [("Chapter", [STORY])], "Book"),
        tmp_path / "a.html",
        tmp_path / "latin.txt",
    ]
    files[3].write_text(news_page("Title", [STORY]), encoding="utf-8")
    files[4].write_bytes((STORY + " Café crème.").encode("cp1252"))
    for path in files:
        assert main(["analyze", str(path)]) == 0
        payload = json.loads(capsys.readouterr().out)
        names = {entity["text"] for entity in payload["entities"]}
        assert {"Angela Merkel", "Paris"} <= names, path.name
        text = read_document(path).text
        assert all(text[e["start"]:e["end"]] == e["text"] for e in payload["entities"])
