"""Highlight layers and their colours, chosen to stay legible on a projector.

Backgrounds are light tints from the Okabe–Ito colour-blind-safe palette, so
black text keeps a contrast ratio above 12:1 on every layer.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QTextCharFormat


@dataclass(frozen=True, slots=True)
class Layer:
    key: str
    label: str
    colour: str  # the legend swatch and the background tint
    underline: bool = False


PERSON = Layer("PERSON", "People", "#cde4f7")
ORG = Layer("ORG", "Organisations", "#fbdcb4")
PLACE = Layer("PLACE", "Places", "#c9ecd9")
NUMBER = Layer("NUMBER", "Numbers", "#f6ee9c")
SOURCE = Layer("SOURCE", "Sources", "#e8d3ec")
REPEAT = Layer("REPEAT", "Repeats", "#7b4fa8", underline=True)
NOTE = Layer("NOTE", "Notes", "#d55e00", underline=True)
GROUP = Layer("GROUP", "Groups", "#e2e2e2")  # neutral grey: a description of people, not a name
DATE = Layer("DATE", "Dates", "#f8d3d8")  # pale rose: the hue the other tints leave free

# Newer layers last, so the older ones keep their Alt+number shortcuts.
LAYERS: tuple[Layer, ...] = (PERSON, ORG, PLACE, NUMBER, SOURCE, REPEAT, NOTE, GROUP, DATE)
LAYER_BY_KEY = {layer.key: layer for layer in LAYERS}

FOCUS_BACKGROUND = "#ffb000"  # the mention or passage the reader just jumped to
DIFF_BACKGROUND = "#ff9c9c"  # words that differ between two repeated passages


def layer_format(layer: Layer) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if layer.underline:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor(layer.colour))
        fmt.setFontUnderline(True)
    else:
        fmt.setBackground(QColor(layer.colour))
    return fmt


def background_format(colour: str, bold: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(colour))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    return fmt
