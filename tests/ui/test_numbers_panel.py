"""The Numbers panel: its table model, sorting, filtering, conflicts and classroom prompts."""

import math

import pytest
from PySide6.QtCore import Qt

from desktop.analysis import analyze
from desktop.importing import LoadedDocument
from desktop.ui.panels.numbers import (
    CLAIM,
    CLAIM_ROLE,
    COLUMNS,
    CONFLICT_BACKGROUND,
    CONFLICT_PROMPT,
    CONFLICTS_ONLY,
    COUNTED,
    LINKED,
    PROMPTS,
    RATE_PROMPT,
    SENTENCE,
    UNIT,
    VALUE,
    ClaimTableModel,
    NumbersPanel,
    format_number,
    format_value,
)

from .conftest import open_and_wait

TEXT = (
    "Officials said 84 Ukrainian drones were launched. Thirty-four of those drones were shot down. "
    "The fire destroyed 40 homes. Neighbours counted 65 homes. "
    "Ukraine needs $5 billion every month. Support grew 12% this year."
)


@pytest.fixture
def analysis():
    return analyze(TEXT)


@pytest.fixture
def panel(qtbot, analysis):
    widget = NumbersPanel()
    qtbot.addWidget(widget)
    widget.set_claims(analysis.numeric_claims, analysis.claim_links, analysis.text)
    widget.show()
    return widget


def rows(panel):
    proxy = panel.proxy
    return [
        [proxy.index(r, c).data() for c in range(len(COLUMNS))] for r in range(proxy.rowCount())
    ]


def row_of(panel, claim_text):
    return next(r for r in range(panel.proxy.rowCount()) if panel.proxy.index(r, CLAIM).data() == claim_text)


def test_claim_table_model_passes_qt_model_tester(qtmodeltester, analysis):
    model = ClaimTableModel()
    model.set_claims(analysis.numeric_claims, analysis.claim_links, analysis.text)
    qtmodeltester.check(model, force_py=True)
    model.set_claims(())
    qtmodeltester.check(model, force_py=True)


def test_columns_show_value_unit_counted_sentence_and_links(panel):
    table = {row[CLAIM]: row for row in rows(panel)}
    drones = table["Thirty-four of those drones"]
    assert drones[VALUE] == "34"
    assert drones[COUNTED] == "drones"
    assert drones[SENTENCE] == "Thirty-four of those drones were shot down."
    assert "34 of 84" in drones[LINKED]
    money = table["$5 billion"]
    assert (money[VALUE], money[UNIT]) == ("5 billion", "USD per month")


def test_conflicting_rows_are_marked_with_a_sign_a_colour_and_an_icon(panel):
    for claim_text in ("40 homes", "65 homes"):
        index = panel.proxy.index(row_of(panel, claim_text), CLAIM)
        assert index.data(Qt.ItemDataRole.BackgroundRole).color().name() == CONFLICT_BACKGROUND
        assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
        assert panel.proxy.index(index.row(), LINKED).data().startswith("⚠ disagrees with")
    plain = panel.proxy.index(row_of(panel, "12%"), CLAIM)
    assert plain.data(Qt.ItemDataRole.BackgroundRole) is None
    assert "conflict" in panel.summary_label.text()


def test_conflicts_only_view_and_text_filter_narrow_the_rows(panel):
    panel.view_combo.setCurrentText(CONFLICTS_ONLY)
    assert sorted(row[CLAIM] for row in rows(panel)) == ["40 homes", "65 homes"]
    panel.view_combo.setCurrentText("money")
    assert [row[CLAIM] for row in rows(panel)] == ["$5 billion"]
    panel.view_combo.setCurrentIndex(0)
    panel.filter_edit.setText("DRONES")
    assert [row[CLAIM] for row in rows(panel)] == ["84 Ukrainian drones", "Thirty-four of those drones"]


def test_sorting_by_value_orders_numbers_not_strings(panel):
    panel.table.sortByColumn(VALUE, Qt.SortOrder.AscendingOrder)
    values = [panel.proxy.index(r, CLAIM).data(CLAIM_ROLE).value for r in range(panel.proxy.rowCount())]
    assert values == sorted(values)
    panel.table.sortByColumn(LINKED, Qt.SortOrder.AscendingOrder)
    first = panel.proxy.index(0, CLAIM).data()
    assert first in ("40 homes", "65 homes")  # conflicts come first


def test_selecting_a_row_emits_its_span_and_shows_the_classroom_prompt(qtbot, panel):
    row = row_of(panel, "$5 billion")
    with qtbot.waitSignal(panel.claim_selected) as blocker:
        panel.table.selectRow(row)
    claim = panel.claim_at(row)
    assert blocker.args == [claim.start, claim.end]
    assert TEXT[claim.start : claim.end] == "$5 billion"
    assert RATE_PROMPT in panel.prompt_label.text()
    panel.table.selectRow(row_of(panel, "40 homes"))
    assert CONFLICT_PROMPT in panel.prompt_label.text()
    panel.table.selectRow(row_of(panel, "12%"))
    assert PROMPTS["percent"] in panel.prompt_label.text()
    tooltip = panel.proxy.index(row_of(panel, "12%"), VALUE).data(Qt.ItemDataRole.ToolTipRole)
    assert PROMPTS["percent"] in tooltip


def test_empty_panel_says_there_is_nothing(qtbot):
    widget = NumbersPanel()
    qtbot.addWidget(widget)
    widget.set_claims(())
    assert widget.proxy.rowCount() == 0
    assert "No numeric claims" in widget.prompt_label.text()


@pytest.mark.parametrize(
    "text, shown",
    [
        ("About 70 leaders called.", "≈ 70"),
        ("At least 10,000 troops arrived.", "≥ 10,000"),
        ("Up to 15,000 troops could be deployed.", "≤ 15,000"),
        ("It will cost 10 to 20 billion dollars.", "10 billion–20 billion"),
    ],
)
def test_value_column_shows_the_interval(text, shown):
    assert format_value(analyze(text).numeric_claims[0]) == shown


@pytest.mark.parametrize(
    "value, shown",
    [(1500, "1,500"), (2.3e9, "2.3 billion"), (2 / 3, "0.667"), (14.2, "14.2"), (1234.5, "1,234.5"), (math.inf, "∞")],
)
def test_numbers_are_written_for_reading_aloud(value, shown):
    assert format_number(value) == shown


def test_window_selects_the_claim_of_the_chosen_row_in_the_article(qtbot, make_window):
    window = make_window()
    open_and_wait(qtbot, window, LoadedDocument("Numbers", TEXT))
    panel = window.numbers_panel
    row = row_of(panel, "Thirty-four of those drones")
    panel.table.selectRow(row)
    assert window.view.textCursor().selectedText() == "Thirty-four of those drones"
    assert panel.proxy.index(row, SENTENCE).data() == "Thirty-four of those drones were shot down."
    assert not math.isinf(panel.claim_at(row).high)
