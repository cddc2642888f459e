"""The per-block span index: spans land in the right block, in UTF-16 units, split at paragraph ends."""

from PySide6.QtGui import QTextDocument

from desktop.ui.highlighter import LayerHighlighter


def make(text):
    document = QTextDocument()
    document.setPlainText(text)
    highlighter = LayerHighlighter(document)
    highlighter.set_text(text)
    return document, highlighter


def test_span_is_indexed_in_its_block_relative_to_the_block_start(qapp):
    text = "First paragraph.\nSecond has Paris in it."
    _document, highlighter = make(text)
    start = text.index("Paris")
    highlighter.set_layer_spans("PLACE", [(start, start + 5)])
    assert highlighter.spans_in_block(0) == []
    assert highlighter.spans_in_block(1) == [(11, 16, "PLACE")]


def test_positions_after_an_emoji_are_counted_in_utf16_units(qapp):
    text = "😀 Paris"
    _document, highlighter = make(text)
    highlighter.set_layer_spans("PLACE", [(2, 7)])
    assert highlighter.spans_in_block(0) == [(3, 8, "PLACE")]


def test_span_across_a_paragraph_break_is_split_per_block(qapp):
    text = "one two\nthree four"
    _document, highlighter = make(text)
    highlighter.set_layer_spans("REPEAT", [(4, 13)])
    assert highlighter.spans_in_block(0) == [(4, 7, "REPEAT")]
    assert highlighter.spans_in_block(1) == [(0, 5, "REPEAT")]


def test_overlapping_layers_both_format_the_shared_characters(qapp):
    text = "Donald Trump said so."
    document, highlighter = make(text)
    highlighter.set_layer_spans("PERSON", [(0, 12)])
    highlighter.set_layer_spans("NOTE", [(7, 17)])
    formats = document.firstBlock().layout().formats()
    shared = [f.format for f in formats if f.start <= 8 < f.start + f.length]
    assert shared and shared[0].background().color().name() != "#000000"
    assert shared[0].fontUnderline()
