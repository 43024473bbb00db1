"""Asks why a critical (一票否决) item does not apply before it is marked N/A.

The rule is the core's (``scoring.NA_REASON_MIN_CHARS``, ``Inspections.
set_not_applicable``): the reason is kept as the item's note and printed in the
report. Whatever note the item has is offered as the starting text.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from inspector.scoring import NA_REASON_MIN_CHARS, na_reason_ok


class NaReasonDialog(QDialog):
    def __init__(self, prompt: str, note: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Critical item not applicable"))
        intro = QLabel(self.tr(
            "This is a critical (veto) item: one failure fails the inspection. Say why it "
            "does not apply here; the reason is kept as the item's note and printed in "
            "the report."))
        intro.setWordWrap(True)
        item = QLabel(prompt)
        item.setWordWrap(True)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self.reason = QLineEdit(note)
        self.reason.setMaxLength(2000)
        self.reason.setPlaceholderText(self.tr("e.g. the centre is on the ground floor only"))
        self.reason.textChanged.connect(self._update)
        label = QLabel(self.tr("&Reason:"))
        label.setBuddy(self.reason)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Mark not applicable"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(item)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.resize(520, 240)
        self.reason.selectAll()
        self._update()

    def text(self) -> str:
        return self.reason.text().strip()

    def _update(self) -> None:
        ok = na_reason_ok(self.text())
        self.ok.setEnabled(ok)
        least = NA_REASON_MIN_CHARS
        self.hint.setText("" if ok else self.tr(
            "The reason needs at least %n character(s).", "", least))

    def accept(self) -> None:
        if not na_reason_ok(self.text()):  # Enter in the field must not bypass the rule
            return
        super().accept()
