"""Importing every format, and every bad input of issue 8: the document, or a clear one-line message."""

import codecs
import unicodedata

import pytest

from desktop.errors import DocumentError
from desktop.importing import (
    MAX_LINE_CHARS, ImportCancelled, break_long_lines, pasted_document, read_document, read_text_file,
)
from desktop.importers.pdf import unwrap_lines
from desktop.paths import SAMPLE_DOCUMENT
from tests.fixtures.bad_input import write_bad_inputs
from tests.fixtures.documents import news_page, wrap, write_docx, write_epub, write_pdf

PARAGRAPHS = [
    "Angela Merkel met Emmanuel Macron in Paris on Tuesday, officials said.",
    "The two leaders discussed a plan worth about 40 billion euros, according to a statement.",
]


@pytest.fixture(scope="module")
def bad(tmp_path_factory):
    return write_bad_inputs(tmp_path_factory.mktemp("bad_input"))


# ----- plain text in any encoding ---------------------------------------------------------------

def test_utf8_text_is_kept_as_decoded_so_cli_offsets_index_the_file():
    assert read_document(SAMPLE_DOCUMENT).text == SAMPLE_DOCUMENT.read_text(encoding="utf-8")


def test_utf8_text_is_not_nfc_normalised(tmp_path):
    decomposed = "Cafe\u0301 au lait.\r\nSecond line.\r"
    path = tmp_path / "decomposed.txt"
    path.write_bytes(decomposed.encode())
    document = read_document(path)
    assert document.text == "Cafe\u0301 au lait.\nSecond line.\n"
    assert document.encoding == "UTF-8" and document.format == "text"


@pytest.mark.parametrize("text, codec, expected", [
    ("Le président a déclaré que la réforme était nécessaire à Genève.", "cp1252", "Windows-1252"),
    ("Café crème", "latin-1", "Windows-1252"),
    ("Президент заявил, что переговоры прошли успешно.", "cp1251", "Windows-1251"),
    ("Президент заявил, что переговоры прошли успешно.", "koi8_r", "KOI8-R"),
    ("Zażółć gęślą jaźń, powiedział minister finansów.", "cp1250", "Windows-1250"),
    ("首相は火曜日に記者会見を開き、新しい予算案を発表した。", "shift_jis", "Shift JIS"),
    ("Grüße aus München: Ärger über Öl.", "utf-16", "UTF-16"),
    ("Grüße aus München: Ärger über Öl.", "utf-8-sig", "UTF-8"),
])
def test_legacy_and_unicode_encodings_are_detected_and_named(tmp_path, text, codec, expected):
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(codec))
    document = read_document(path)
    assert document.text == text
    assert document.encoding.startswith(expected)


def test_utf16_without_a_byte_order_mark_is_recognised(tmp_path):
    path = tmp_path / "utf16le.txt"
    path.write_bytes("The mayor spoke on Tuesday.\n".encode("utf-16-le"))
    assert read_document(path).text == "The mayor spoke on Tuesday.\n"


# ----- other formats ----------------------------------------------------------------------------

def test_html_keeps_the_article_and_its_metadata_and_drops_chrome(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(news_page("Leaders meet in Paris", PARAGRAPHS, url="https://news.example/leaders",
                              published="2024-03-05T10:00:00+01:00", filler=5), encoding="utf-8")
    document = read_document(path)
    assert document.text.split("\n") == ["Leaders meet in Paris", *PARAGRAPHS]
    assert document.title == "Leaders meet in Paris"
    assert document.source_url == "https://news.example/leaders"
    assert document.published == "2024-03-05"
    assert document.format == "html"
    for chrome in ("cookies", "Home", "Buy now", "track(", "injected", "Share on", "Related", "rights reserved"):
        assert chrome not in document.text


def test_html_without_article_element_uses_the_densest_container(tmp_path):
    prose = " ".join(PARAGRAPHS * 3)
    markup = (f"<html><head><title>Budget vote - Example News</title></head><body>"
              f"<div class='menu'><a href='/'>Home</a></div>"
              f"<div id='content'><div class='story'><p>{prose}</p><p>{prose}</p></div>"
              f"<div class='links'><p><a href='/x'>Click here for more stories from our partners</a></p></div></div>"
              f"</body></html>")
    path = tmp_path / "plain.htm"
    path.write_text(markup, encoding="utf-8")
    document = read_document(path)
    assert document.title == "Budget vote"
    assert document.text.split("\n")[1:] == [prose, prose]


def test_html_declared_charset_is_used(tmp_path):
    path = tmp_path / "latin.html"
    path.write_bytes('<html><head><meta charset="iso-8859-1"></head><body><p>Café crème à Genève.</p></body></html>'
                     .encode("latin-1"))
    assert "Café crème à Genève." in read_document(path).text


def test_html_date_from_json_ld(tmp_path):
    path = tmp_path / "ld.html"
    path.write_text('<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
                    '"datePublished": "2023-11-02T08:00:00Z"}</script></head><body><article><p>'
                    + " ".join(PARAGRAPHS * 5) + "</p></article></body></html>", encoding="utf-8")
    assert read_document(path).published == "2023-11-02"


def test_docx_paragraphs_and_title(tmp_path):
    path = write_docx(tmp_path / "report.docx", PARAGRAPHS, title="Quarterly report")
    document = read_document(path)
    assert document.text == "\n".join(PARAGRAPHS)
    assert document.title == "Quarterly report" and document.format == "docx"


def test_pdf_text_layer_is_read_and_wrapped_lines_rejoined(tmp_path):
    prose = " ".join(PARAGRAPHS * 4)
    path = write_pdf(tmp_path / "report.pdf", [wrap(prose, 80), wrap(PARAGRAPHS[0], 80)],
                     title="Leaders meet", created="D:20240305120000Z")
    document = read_document(path)
    assert document.text.split("\n") == [prose, PARAGRAPHS[0]]
    assert document.title == "Leaders meet" and document.published == "2024-03-05"


def test_pdf_without_text_layer_says_so(tmp_path):
    path = write_pdf(tmp_path / "scan.pdf", [[]])
    with pytest.raises(DocumentError, match="no text layer"):
        read_document(path)


def test_pdf_hyphenation_at_line_end_is_undone():
    assert unwrap_lines("The government an-\nnounced a new plan for the region\nyesterday.") == [
        "The government announced a new plan for the region yesterday."]


def test_epub_chapters_in_spine_order(tmp_path):
    path = write_epub(tmp_path / "book.epub", [("One", PARAGRAPHS[:1]), ("Two", PARAGRAPHS[1:])], "A Book",
                      published="2021-06-01")
    document = read_document(path)
    assert document.text.split("\n") == ["One", PARAGRAPHS[0], "Two", PARAGRAPHS[1]]
    assert document.title == "A Book" and document.published == "2021-06-01"


def test_extracted_text_is_nfc_normalised(tmp_path):
    path = write_docx(tmp_path / "nfc.docx", ["Cafe\u0301 in Zu\u0308rich."])
    text = read_document(path).text
    assert text == unicodedata.normalize("NFC", "Cafe\u0301 in Zu\u0308rich.") and "\u0301" not in text


def test_a_misnamed_pdf_is_read_by_its_content(tmp_path):
    path = write_pdf(tmp_path / "actually-a-pdf.txt", [wrap(PARAGRAPHS[0])])
    assert read_document(path).format == "pdf"


def test_progress_is_reported_and_cancel_stops_the_import(tmp_path):
    path = write_pdf(tmp_path / "pages.pdf", [wrap(PARAGRAPHS[0])] * 5)
    seen = []
    read_document(path, progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) == 5
    with pytest.raises(ImportCancelled):
        read_document(path, progress=seen.append, cancelled=lambda: len(seen) > 7)


def test_read_text_file_reads_any_extension_as_text(tmp_path):
    path = tmp_path / "notes.html"
    path.write_text("<p>not parsed</p>", encoding="utf-8")
    assert read_text_file(path).text == "<p>not parsed</p>"


# ----- bad input: one test per fixture ------------------------------------------------------------

def test_empty_file(bad):
    with pytest.raises(DocumentError, match="is empty"):
        read_document(bad["empty"])


def test_whitespace_only_file(bad):
    with pytest.raises(DocumentError, match="is empty"):
        read_document(bad["whitespace"])


def test_binary_file_with_a_known_signature(bad):
    with pytest.raises(DocumentError, match="binary"):
        read_document(bad["binary"])


def test_binary_file_without_a_signature(bad):
    with pytest.raises(DocumentError, match="binary"):
        read_document(bad["binary_no_signature"])


def test_50_mb_file_is_refused_with_the_limit_named(bad):
    limit = r"too long to read closely \(50 MB of text; the limit is 2,000,000 characters"
    with pytest.raises(DocumentError, match=limit):
        read_document(bad["huge"])


def test_invalid_bytes_in_utf8_become_replacement_characters(bad):
    document = read_document(bad["invalid_bytes"])
    assert document.encoding == "UTF-8"
    assert "\ufffd" in document.text and "Café au lait in Zürich." in document.text
    assert document.text.endswith("Angela Merkel visited Paris.")


def test_nul_characters_become_replacement_characters_one_for_one(bad):
    document = read_document(bad["nul"])
    raw = bad["nul"].read_bytes().decode()
    assert "\x00" not in document.text and len(document.text) == len(raw)
    assert document.text.startswith("Angela Merkel visited\ufffd Paris on Tuesday.")


def test_a_single_1_mb_line_is_broken_at_sentence_ends_without_moving_offsets(bad):
    raw = bad["long_line"].read_text(encoding="utf-8")
    document = read_document(bad["long_line"])
    assert len(document.text) == len(raw)  # spaces became newlines: every offset still indexes the file
    assert document.text.replace("\n", " ") == raw
    assert max(len(line) for line in document.text.split("\n")) <= MAX_LINE_CHARS


def test_a_1_mb_run_without_spaces_gets_hard_breaks(bad):
    document = read_document(bad["long_run"])
    assert document.text.replace("\n", "") == "x" * (1024 * 1024)
    assert max(len(line) for line in document.text.split("\n")) <= MAX_LINE_CHARS


def test_right_to_left_text_is_kept_exactly(bad):
    document = read_document(bad["rtl"])
    assert document.text == bad["rtl"].read_text(encoding="utf-8")
    assert "אמר ראש העיר" in document.text and "قال الرئيس" in document.text


def test_emoji_and_flags_are_kept_exactly(bad):
    document = read_document(bad["emoji"])
    assert document.text == bad["emoji"].read_text(encoding="utf-8")
    assert "👩‍👩‍👧" in document.text and "🇫🇷" in document.text


def test_truncated_pdf(bad):
    with pytest.raises(DocumentError, match="not a readable PDF"):
        read_document(bad["truncated_pdf"])


def test_text_named_docx(bad):
    with pytest.raises(DocumentError, match="not a valid Word file"):
        read_document(bad["not_a_docx"])


def test_folder_and_missing_file(tmp_path):
    with pytest.raises(DocumentError, match="folder"):
        read_document(tmp_path)
    with pytest.raises(DocumentError, match="does not exist"):
        read_document(tmp_path / "missing.pdf")


def test_zip_that_is_no_document(tmp_path):
    import zipfile
    path = tmp_path / "archive.txt"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("data.csv", "a,b\n")
    with pytest.raises(DocumentError, match="ZIP archive"):
        read_document(path)


def test_break_long_lines_leaves_short_text_alone():
    text = "Short line.\nAnother."
    assert break_long_lines(text) is text


def test_bom_with_invalid_bytes_is_a_clear_error(tmp_path):
    path = tmp_path / "badbom.txt"
    path.write_bytes(codecs.BOM_UTF8 + b"ok \xff\xfe bad")
    with pytest.raises(DocumentError, match="byte-order mark"):
        read_document(path)


def test_pasted_text_is_nfc_normalised_and_long_lines_broken():
    document = pasted_document("Cafe\u0301 crème.\r\n" + "Word " * 2000)
    assert document.text.startswith("Café crème.\n") and document.title == "Café crème."
    assert max(len(line) for line in document.text.split("\n")) <= MAX_LINE_CHARS


def test_empty_clipboard_is_a_clear_message():
    with pytest.raises(DocumentError, match="clipboard holds no text"):
        pasted_document(" \n\t")


def test_control_characters_in_a_web_page_become_replacement_characters(tmp_path):
    path = tmp_path / "nul.html"
    path.write_bytes(b"<html><body><p>Angela Merkel\x00 visited\x07 Paris.</p></body></html>")
    assert read_document(path).text == "Angela Merkel\ufffd visited\ufffd Paris."
