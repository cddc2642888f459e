"""The per-block span index: spans land in the right block, in UTF-16 units, split at paragraph ends."""

from PySide6.QtGui import QTextDocument

from desktop.ui.highlighter import LayerHighlighter
from desktop.ui.offsets import OffsetMap


def make(text, paragraph_gaps=False):
    document = QTextDocument()
    document.setPlainText(OffsetMap.display_text(text, paragraph_gaps))
    highlighter = LayerHighlighter(document)
    highlighter.set_text(text, OffsetMap(text, paragraph_gaps))
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


def test_with_paragraph_gaps_each_line_maps_to_every_other_block(qapp):
    text = "Intro line.\nSecond has Paris in it."
    document, highlighter = make(text, paragraph_gaps=True)
    start = text.index("Paris")
    highlighter.set_layer_spans("PLACE", [(start, start + 5)])
    assert highlighter.spans_in_block(1) == []  # the blank line between paragraphs
    assert highlighter.spans_in_block(2) == [(11, 16, "PLACE")]
    assert document.findBlockByNumber(2).text()[11:16] == "Paris"


def test_many_changed_blocks_are_formatted_over_several_event_loop_turns(qapp, qtbot):
    text = "\n".join(f"Paragraph {n} mentions Paris." for n in range(2000))
    document, highlighter = make(text)
    highlighter.set_layer_spans("PLACE", [(m, m + 5) for m in range(len(text)) if text.startswith("Paris", m)])
    assert highlighter.busy  # not everything was done at once
    qtbot.waitUntil(lambda: not highlighter.busy, timeout=10_000)
    last = document.lastBlock().layout().formats()
    assert last and last[0].format.background().color().name() == "#c9ecd9"


def test_overlapping_layers_both_format_the_shared_characters(qapp):
    text = "Donald Trump said so."
    document, highlighter = make(text)
    highlighter.set_layer_spans("PERSON", [(0, 12)])
    highlighter.set_layer_spans("NOTE", [(7, 17)])
    formats = document.firstBlock().layout().formats()
    shared = [f.format for f in formats if f.start <= 8 < f.start + f.length]
    assert shared and shared[0].background().color().name() != "#000000"
    assert shared[0].fontUnderline()


def test_each_stretch_of_overlapping_layers_gets_exactly_the_layers_covering_it(qapp):
    from desktop.ui.theme import LAYER_BY_KEY

    text = "Angela Merkel said 84 drones were seen."
    document, highlighter = make(text)
    highlighter.set_layers({"PERSON": [(0, 13)], "NOTE": [(7, 21)], "NUMBER": [(19, 28)]})
    formats = document.firstBlock().layout().formats()

    def shown_at(position):
        fmt = next((f.format for f in formats if f.start <= position < f.start + f.length), None)
        if fmt is None:
            return set()
        backgrounds = {key for key in ("PERSON", "NUMBER")
                       if fmt.background().color().name() == LAYER_BY_KEY[key].colour}
        return backgrounds | ({"NOTE"} if fmt.fontUnderline() else set())

    assert shown_at(0) == {"PERSON"}
    assert shown_at(8) == {"PERSON", "NOTE"}
    assert shown_at(15) == {"NOTE"}
    assert shown_at(19) == {"NOTE", "NUMBER"}
    assert shown_at(25) == {"NUMBER"}
    assert shown_at(30) == set()


def test_changing_a_few_spans_indexes_the_same_pieces_as_setting_them_all(qapp):
    text = "Angela Merkel met Olaf Scholz.\nMerkel left Berlin.\nScholz stayed in\nBerlin."
    document, changed = make(text)
    other_document, fresh = make(text)
    before = {"PERSON": [(0, 13), (18, 29), (31, 37), (51, 57)], "PLACE": [(43, 49)]}
    after = {"PERSON": [(0, 13), (31, 37)], "PLACE": [(43, 49), (18, 29), (68, 74)]}  # a span across lines too
    changed.set_layers(before)
    changed.change_layers(before, after)
    fresh.set_layers(after)
    for block in range(4):
        assert sorted(changed.spans_in_block(block)) == sorted(fresh.spans_in_block(block))
