"""Who said what: sources grouped by kind, with a one-line summary a teacher can read aloud.

Selecting a source lists every claim attributed to it below the tree and asks the
window to highlight them all; selecting one claim jumps to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel, QListWidget, QListWidgetItem, QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ...analysis import Attribution, Quote
from ..slices import Steps, run_to_end, superseding

SOURCE_ROLE = Qt.ItemDataRole.UserRole + 1
ATTRIBUTION_ROLE = Qt.ItemDataRole.UserRole + 2
# Panel groups, in display order, and the source types they hold.
GROUPS = (
    ("Named people", ("person",)),
    ("Organisations", ("organisation",)),
    ("Anonymous", ("anonymous",)),
    ("Outlets and documents", ("outlet", "document")),
    ("Not stated", ("unspecified", "pronoun")),  # "reportedly", an unresolved "he"
)
MAX_CLAIM_CHARS = 180
MAX_SOURCE_COLUMN = 260  # pixels; long anonymous phrases are elided, the tooltip has them whole


@dataclass
class SourceGroup:
    """One source (a person, an organisation, an anonymous phrase) and its attributions."""

    name: str
    detail: str  # role, access, reason for anonymity
    attributions: list[Attribution] = field(default_factory=list)


def group_type(attribution: Attribution) -> str:
    """The panel's type: a pronoun resolved to a named speaker counts as a named person."""
    if attribution.source_type == "pronoun" and attribution.entity:
        return "person"
    return attribution.source_type


def _key(attribution: Attribution, kind: str) -> str:
    if kind == "anonymous":
        return attribution.source.lower()
    return attribution.entity or attribution.source or attribution.text


def _detail(attribution: Attribution) -> str:
    parts = [attribution.role, attribution.access]
    if attribution.anonymity_reason:
        parts.append(f"anonymous {attribution.anonymity_reason}")
    return "; ".join(p for p in parts if p)


def grouped_sources(attributions: Sequence[Attribution]) -> dict[str, list[SourceGroup]]:
    """Sources per panel group, most-cited first."""
    by_key: dict[tuple[str, str], SourceGroup] = {}
    for attribution in attributions:  # thousands on a long document: each is looked at once
        kind = group_type(attribution)
        key = (kind, _key(attribution, kind))
        group = by_key.get(key)
        if group is None:
            group = by_key[key] = SourceGroup(key[1], "")
        group.attributions.append(attribution)
        if not group.detail:
            group.detail = _detail(attribution)
        if kind != "anonymous" and attribution.entity:
            group.name = attribution.entity
    result: dict[str, list[SourceGroup]] = {title: [] for title, _ in GROUPS}
    for (kind, _), group in by_key.items():
        title = next(title for title, kinds in GROUPS if kind in kinds)
        if kind == "anonymous":
            group.name = group.attributions[0].source
        result[title].append(group)
    for groups in result.values():
        groups.sort(key=lambda g: (-len(g.attributions), g.name.lower()))
    return result


def summary(attributions: Sequence[Attribution], quotes: Sequence[Quote] = ()) -> str:
    """"11 of 20 attributions are anonymous; 4 named people are quoted directly.\""""
    if not attributions:
        return "No attributions found."
    anonymous = sum(1 for a in attributions if a.anonymous)
    quoted = len({q.speaker for q in quotes if q.source_type == "person" and q.speaker})
    people = "named person is" if quoted == 1 else "named people are"
    return (f"{anonymous} of {len(attributions)} attributions are anonymous; "
            f"{quoted} {people} quoted directly.")


def anonymity_note(attributions: Sequence[Attribution]) -> str:
    """What the article says about why its anonymous sources are anonymous."""
    reasons = sorted({a.anonymity_reason for a in attributions if a.anonymity_reason})
    if reasons:
        return "Anonymity was granted " + "; ".join(f"“{r}”" for r in reasons) + "."
    if any(a.source_type == "anonymous" for a in attributions):
        return "The article does not say why its anonymous sources are anonymous."
    return ""


class SourcesPanel(QWidget):
    attribution_selected = Signal(int, int)  # one claim (or its attribution) to jump to
    claims_selected = Signal(object)  # list of (start, end): every claim of the chosen source

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setObjectName("sourcesSummary")
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setObjectName("sourcesNote")
        self.tree = QTreeWidget()
        self.tree.setObjectName("sourcesTree")
        self.tree.setHeaderLabels(["Source", "Claims", "Role / how they know"])
        self.tree.setUniformRowHeights(True)  # thousands of rows on a long document lay out at once
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.claims = QListWidget()
        self.claims.setObjectName("sourcesClaims")
        self.claims.setWordWrap(True)
        self.claims.setAlternatingRowColors(True)
        self.claims.currentItemChanged.connect(self._on_claim_changed)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.claims)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.note_label)
        layout.addWidget(splitter)

    def set_attributions(
        self, attributions: Sequence[Attribution], quotes: Sequence[Quote] = (), text: str = ""
    ) -> None:
        run_to_end(self.fill_attributions(attributions, quotes, text))

    @superseding
    def fill_attributions(
        self, attributions: Sequence[Attribution], quotes: Sequence[Quote] = (), text: str = ""
    ) -> Steps:
        """``set_attributions`` a step per source: a long document cites thousands."""
        self._text = text
        self.summary_label.setText(summary(attributions, quotes))
        note = anonymity_note(attributions)
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))
        self.tree.clear()
        self.claims.clear()
        yield
        groups = grouped_sources(attributions)
        for title, sources in groups.items():
            if not sources:
                continue
            count = sum(len(s.attributions) for s in sources)
            group = QTreeWidgetItem([f"{title} ({len(sources)})", str(count), ""])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for source in sources:  # built apart from the tree, which then takes the group in one go
                yield
                child = QTreeWidgetItem([source.name, str(len(source.attributions)), source.detail])
                child.setToolTip(0, "\n".join([source.name, *(a.text for a in source.attributions)]))
                child.setToolTip(2, source.detail)
                child.setData(0, SOURCE_ROLE, source)
                group.addChild(child)
            yield
            self.tree.addTopLevelItem(group)
            group.setExpanded(True)
        yield
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(0, min(self.tree.columnWidth(0), MAX_SOURCE_COLUMN))
        self.tree.resizeColumnToContents(1)

    def select_source(self, name: str) -> bool:
        """Select the source called ``name`` (as listed); False when there is none."""
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                if group.child(j).text(0) == name:
                    self.tree.setCurrentItem(group.child(j))
                    return True
        return False

    def _claim_text(self, attribution: Attribution) -> str:
        if attribution.claim_start < 0 or not self._text:
            return attribution.text
        claim = self._text[attribution.claim_start : attribution.claim_end]
        if len(claim) > MAX_CLAIM_CHARS:
            claim = claim[: MAX_CLAIM_CHARS - 1].rstrip() + "…"
        return f"{claim}  — {attribution.text}"

    @staticmethod
    def _spans(attribution: Attribution) -> list[tuple[int, int]]:
        spans = [(attribution.start, attribution.end)]
        if attribution.claim_start >= 0:
            spans.append((attribution.claim_start, attribution.claim_end))
        return spans

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        source = None if current is None else current.data(0, SOURCE_ROLE)
        self.claims.clear()
        if source is None:
            return
        for attribution in source.attributions:
            item = QListWidgetItem(self._claim_text(attribution))
            item.setData(ATTRIBUTION_ROLE, attribution)
            self.claims.addItem(item)
        self.claims_selected.emit([span for a in source.attributions for span in self._spans(a)])

    def _on_claim_changed(self, current: QListWidgetItem | None, _previous) -> None:
        attribution = None if current is None else current.data(ATTRIBUTION_ROLE)
        if attribution is not None:
            start, end = self._spans(attribution)[-1]
            self.attribution_selected.emit(start, end)
