"""A table proxy that hides the rows a predicate rejects, while filtering is on (the
import previews' "only rows with errors" and "hide unchanged records")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel


class RowFilter(QSortFilterProxyModel):
    def __init__(self, keep: Callable[[int], bool], parent: QObject | None = None, *,
                 filtering: bool = False) -> None:
        super().__init__(parent)
        self._keep = keep
        self.filtering = filtering

    def set_filtering(self, on: bool) -> None:
        self.beginFilterChange()
        self.filtering = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not self.filtering or self._keep(source_row)
