"""PySide6 6.12.0 aborts with "none_dealloc" after a few thousand QTextCursor.setPosition calls.

We pin 6.11.3; this test fails loudly (the process dies) if that bug comes back.
"""

from PySide6.QtGui import QTextCursor, QTextDocument


def test_moving_a_cursor_100000_times_does_not_crash():
    document = QTextDocument("The quick brown fox jumps over the lazy dog. " * 20)
    cursor = QTextCursor(document)
    length = document.characterCount() - 1
    for step in range(100_000):
        cursor.setPosition(step % length)
        cursor.setPosition((step * 7) % length, QTextCursor.MoveMode.KeepAnchor)
    assert cursor.position() == (99_999 * 7) % length
