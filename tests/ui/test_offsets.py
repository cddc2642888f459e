"""Code-point offsets and UTF-16 positions must agree exactly, emoji and CJK included."""

from desktop.ui.offsets import OffsetMap


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_bmp_text_maps_to_itself():
    text = "Plain text with café and 北京"
    offsets = OffsetMap(text)
    assert [offsets.to_qt(i) for i in range(len(text) + 1)] == list(range(len(text) + 1))


def test_each_offset_maps_to_the_utf16_length_of_the_prefix():
    text = "😀 Trump met 𠜎 and 👩‍👩‍👧 in Kyiv 😀"
    offsets = OffsetMap(text)
    for i in range(len(text) + 1):
        assert offsets.to_qt(i) == utf16_length(text[:i])


def test_from_qt_inverts_to_qt():
    text = "a😀b𠜎𠜎c"
    offsets = OffsetMap(text)
    for i in range(len(text) + 1):
        assert offsets.from_qt(offsets.to_qt(i)) == i


def test_position_inside_a_surrogate_pair_rounds_down_to_the_character():
    text = "a😀b"
    offsets = OffsetMap(text)
    assert offsets.from_qt(2) == 1  # between the two halves of the emoji


def test_paragraph_gaps_shift_positions_by_one_per_line_break():
    text = "First 😀 line.\nSecond line.\nThird."
    offsets = OffsetMap(text, paragraph_gaps=True)
    shown = OffsetMap.display_text(text, True)
    assert shown.count("\n") == 4
    units = shown.encode("utf-16-le")
    for i, character in enumerate(text):
        q = offsets.to_qt(i)
        encoded = character.encode("utf-16-le")
        assert units[2 * q:2 * q + len(encoded)] == encoded
        assert offsets.from_qt(q) == i


def test_position_on_an_inserted_blank_line_rounds_down_to_the_line_break():
    text = "ab\ncd"
    offsets = OffsetMap(text, paragraph_gaps=True)
    assert offsets.to_qt(3) == 4  # "c" comes after "\n\n"
    assert offsets.from_qt(3) == 2  # the blank line belongs to the original line break
