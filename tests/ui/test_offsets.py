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
