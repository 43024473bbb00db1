"""Completion that also finds Chinese names by their pinyin: in an editable combo box
of names, typing ``xxx`` or ``xiaoxing`` offers 江阴市小星星托育园.

Each item carries its text followed by its pinyin spellings (``inspector/pinyin.py``,
stored with the facility) in ``SEARCH_ROLE``; the completer matches the typed text
anywhere in it and shows (and puts into the box) the item's own text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QCompleter

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 40


class PinyinCompleter(QCompleter):
    def __init__(self, combo: QComboBox, keys: Sequence[str]) -> None:
        """``keys``: the pinyin search key of each item of ``combo``, in its order."""
        for row, key in enumerate(keys):
            combo.setItemData(row, f"{combo.itemText(row)} {key}", SEARCH_ROLE)
        super().__init__(combo.model(), combo)
        self.setCompletionRole(SEARCH_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")
