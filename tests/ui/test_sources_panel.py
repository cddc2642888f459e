"""The Sources panel: grouped sources, a summary to read aloud, every claim of a source highlighted."""

from __future__ import annotations

from desktop.analysis import Attribution, Quote
from desktop.ui.panels.sources import SourcesPanel, grouped_sources, summary

TEXT = "Prices rose, officials said. “We will act,” said Ann Lee. Ann Lee told the BBC they would."


def _attribution(phrase, source, source_type, anonymous=False, claim=(0, 11), entity=""):
    start = TEXT.index(phrase)
    return Attribution(
        phrase, start, start + len(phrase), source, anonymous, "said", "said",
        source_type=source_type, claim_start=claim[0], claim_end=claim[1], entity=entity,
    )


ATTRIBUTIONS = (
    _attribution("officials said", "officials", "anonymous", anonymous=True),
    _attribution("said Ann Lee", "Ann Lee", "person", claim=(29, 43), entity="Ann Lee"),
    _attribution("Ann Lee told the BBC", "Ann Lee", "person", claim=(79, 88), entity="Ann Lee"),
)
QUOTES = (Quote("“We will act,”", 29, 43, "Ann Lee", "person", 44, 56),)


def test_summary_counts_anonymous_attributions_and_people_quoted_directly():
    assert summary(ATTRIBUTIONS, QUOTES) == (
        "1 of 3 attributions are anonymous; 1 named person is quoted directly."
    )
    assert summary(()) == "No attributions found."


def test_sources_are_grouped_by_kind_with_their_attributions():
    groups = grouped_sources(ATTRIBUTIONS)
    assert [(s.name, len(s.attributions)) for s in groups["Named people"]] == [("Ann Lee", 2)]
    assert [s.name for s in groups["Anonymous"]] == ["officials"]
    assert groups["Organisations"] == []


def test_selecting_a_source_lists_and_highlights_every_claim(qtbot):
    panel = SourcesPanel()
    qtbot.addWidget(panel)
    panel.set_attributions(ATTRIBUTIONS, QUOTES, TEXT)
    group_titles = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]
    assert group_titles == ["Named people (1)", "Anonymous (1)"]
    with qtbot.waitSignal(panel.claims_selected) as blocker:
        assert panel.select_source("Ann Lee")
    assert sorted(blocker.args[0]) == [(29, 43), (44, 56), (58, 78), (79, 88)]
    assert panel.claims.count() == 2
    assert panel.claims.item(0).text().startswith("“We will act,”")
    with qtbot.waitSignal(panel.attribution_selected) as jumped:
        panel.claims.setCurrentRow(1)
    assert jumped.args == [79, 88]


def test_sample_article_panel_shows_groups_and_highlights_a_source(sample_window):
    window = sample_window
    panel = window.sources_panel
    assert panel.summary_label.text().startswith(f"{sum(a.anonymous for a in window.analysis.attributions)} of ")
    assert "to discuss a sensitive matter" in panel.note_label.text()
    assert panel.select_source("Dmitry Peskov")
    peskov = [a for a in window.analysis.attributions if a.entity == "Dmitry Peskov"]
    assert panel.claims.count() == len(peskov) >= 4
    assert len(window.view.extraSelections()) >= len(peskov)
