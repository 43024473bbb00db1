"""The left side of the checklist screen: overall progress and the checklist → section
tree, each with "answered/applicable" and a mark where something needs attention."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.ui.fill.state import Entry

KEY_ROLE = Qt.ItemDataRole.UserRole
FAIL_COLOR = QColor("#c62828")
WARN_COLOR = QColor("#b45309")


class Navigator(QWidget):
    """Emits ``section_chosen(checklist_id, section_id)``; section_id "" = whole checklist.

    The tree never takes the keyboard focus: a click shows the section and the keys
    stay with the item list (sections are walked with Ctrl+PgDn / Ctrl+PgUp).
    ``clicked`` follows every click, also on the section already shown."""

    section_chosen = Signal(str, str)
    clicked = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.progress)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Checklist / section"), self.tr("Done")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.tree, 1)
        self._nodes: dict[tuple[str, str], QTreeWidgetItem] = {}
        self._setting = False
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemClicked.connect(self._clicked)

    def build(self, entries: list[Entry]) -> None:
        self.tree.clear()
        self._nodes.clear()
        for e in entries:
            ckey = (e.checklist.id, "")
            if ckey not in self._nodes:
                node = QTreeWidgetItem([e.checklist.title.get(self.lang), ""])
                node.setData(0, KEY_ROLE, ckey)
                node.setToolTip(0, e.checklist.title.get(self.lang))
                font = node.font(0)
                font.setBold(True)
                node.setFont(0, font)
                self.tree.addTopLevelItem(node)
                self._nodes[ckey] = node
            if e.section_key not in self._nodes:
                title = f"{e.section_index}. {e.section.title.get(self.lang)}"
                child = QTreeWidgetItem([title, ""])
                child.setData(0, KEY_ROLE, e.section_key)
                child.setToolTip(0, title)
                self._nodes[ckey].addChild(child)
                self._nodes[e.section_key] = child
        self.tree.expandAll()
        self.update_counts(entries)

    def update_counts(self, entries: Iterable[Entry]) -> None:
        stats: dict[tuple[str, str], list[int]] = {k: [0, 0, 0, 0] for k in self._nodes}
        done = total = missing = critical = 0
        for e in entries:
            if not e.applicable:
                continue
            for key in ((e.checklist.id, ""), e.section_key):
                s = stats[key]
                s[1] += 1
                s[0] += e.counts
                s[2] += e.missing is not None
                s[3] += e.critical_failed
            total += 1
            done += e.counts
            missing += e.missing is not None
            critical += e.critical_failed
        for key, node in self._nodes.items():
            answered, applicable, miss, crit = stats[key]
            node.setText(1, f"{answered}/{applicable}")
            marks = []
            if crit:
                marks.append(self.tr("%n critical failure(s)", "", crit))
            if miss:
                marks.append(self.tr("%n item(s) missing evidence", "", miss))
            node.setToolTip(1, "\n".join(marks))
            if crit or miss:
                node.setText(1, f"⚠ {answered}/{applicable}")
                node.setForeground(1, QBrush(FAIL_COLOR if crit else WARN_COLOR))
            else:
                node.setForeground(1, QBrush())
            if applicable and answered == applicable and not (crit or miss):
                node.setText(1, f"✔ {answered}/{applicable}")
            node.setDisabled(applicable == 0)
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("{done} of {total} answered").format(
            done=done, total=total))
        parts = []
        if critical:
            parts.append(self.tr("%n critical failure(s)", "", critical))
        if missing:
            parts.append(self.tr("%n item(s) need a photo or note", "", missing))
        self.summary.setText(" · ".join(parts))
        self.summary.setStyleSheet(f"color: {FAIL_COLOR.name()};" if parts else "")
        self.summary.setVisible(bool(parts))

    def show_section(self, checklist_id: str, section_id: str) -> None:
        node = self._nodes.get((checklist_id, section_id))
        if node is not None and self.tree.currentItem() is not node:
            self._setting = True
            self.tree.setCurrentItem(node)
            self._setting = False

    def _clicked(self, node: QTreeWidgetItem, _column: int) -> None:
        if node is not None and not self._setting:
            checklist_id, section_id = node.data(0, KEY_ROLE)
            self.section_chosen.emit(checklist_id, section_id)
        self.clicked.emit()

    def _current_changed(self, node: QTreeWidgetItem | None, _old: object) -> None:
        if node is None or self._setting:
            return
        checklist_id, section_id = node.data(0, KEY_ROLE)
        self.section_chosen.emit(checklist_id, section_id)
