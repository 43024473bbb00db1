"""A date field for answers: typed as people type dates, or picked in a calendar.

A plain line edit, so nothing is ever entered by itself: no "minimum date" stands
in for an empty field, and no arrow key steps a date into a real answer. The core
parses what is typed (``scoring.parse_date_text``: 2026-06-01, 20260601, 2026/6/1 …).
The calendar (the button at the right end, or Alt+↓ / F4) opens on the date in the
field, else on the inspection date, and offers no day after it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QFrame, QLineEdit, QVBoxLayout, QWidget

from inspector.scoring import EARLIEST_DATE, parse_date_text
from inspector.ui.icons import icon


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class CalendarPopup(QFrame):
    """The calendar of a ``DateField``: a popup child of the field, so a table cell
    editor does not take the popup's focus for the end of editing."""

    chosen = Signal(QDate)

    def __init__(self, parent: QWidget, start: date, latest: date):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setMinimumDate(to_qdate(EARLIEST_DATE))
        self.calendar.setMaximumDate(to_qdate(latest))
        self.calendar.setSelectedDate(to_qdate(start))
        self.calendar.setCurrentPage(start.year, start.month)
        self.calendar.clicked.connect(self.chosen)
        self.calendar.activated.connect(self.chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.calendar)


class DateField(QLineEdit):
    """``picked(str)``: an ISO date chosen in the calendar (typed text is the owner's
    to read and check)."""

    picked = Signal(str)

    def __init__(self, inspection_date: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.inspection_date = inspection_date
        self.popup: CalendarPopup | None = None
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.setMaxLength(20)
        self.calendar_action = self.addAction(icon("calendar"),
                                              QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(self.tr("Choose in a calendar (Alt+↓)"))
        self.calendar_action.triggered.connect(self.open_calendar)

    def shown_date(self) -> date | None:
        """The date the text means, when it is a whole date."""
        try:
            return parse_date_text(self.text())
        except ValueError:
            return None

    def open_calendar(self) -> CalendarPopup | None:
        if self.isReadOnly() or not self.isEnabled():
            return None
        shown = self.shown_date()
        start = shown if shown and EARLIEST_DATE <= shown <= self.inspection_date \
            else self.inspection_date
        popup = CalendarPopup(self, start, self.inspection_date)
        popup.chosen.connect(self._chosen)
        popup.destroyed.connect(self._popup_gone)
        popup.adjustSize()
        popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup = popup
        popup.show()
        popup.calendar.setFocus(Qt.FocusReason.PopupFocusReason)
        return popup

    def _popup_gone(self) -> None:
        self.popup = None

    def _chosen(self, day: QDate) -> None:
        text = day.toString("yyyy-MM-dd")
        if self.popup is not None:
            self.popup.close()
        self.setText(text)
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.picked.emit(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = (event.key() == Qt.Key.Key_Down
                    and event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            event.accept()
            return
        super().keyPressEvent(event)
