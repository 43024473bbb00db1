"""Shared pieces of the registry forms: translated field names, choice labels and
validation messages, and a field wrapper that shows its error right below it.

The core says what is wrong with a facility record as a stable code with
parameters (``inspector.facility_records.FieldProblem``); ``problem_message``
turns that into a sentence in the UI language.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QStyle, QVBoxLayout, QWidget

# Status colour of error text and marks; readable on light and dark palettes.
ERROR_COLOR = QColor("#d93025")
# Background of a bad cell / row in previews: a light tint that keeps text readable.
ERROR_TINT = QColor(217, 48, 37, 48)
ERROR_CELL_TINT = QColor(217, 48, 37, 110)


def field_label(name: str) -> str:
    """The visible name of a facility field."""
    labels = {
        "name": QCoreApplication.translate("Fields", "Facility name"),
        "credit_code": QCoreApplication.translate("Fields", "Unified social credit code"),
        "address": QCoreApplication.translate("Fields", "Address"),
        "district": QCoreApplication.translate("Fields", "District"),
        "township": QCoreApplication.translate("Fields", "Township / street"),
        "registration_kind": QCoreApplication.translate("Fields", "Registration"),
        "facility_type": QCoreApplication.translate("Fields", "Facility type"),
        "service_modes": QCoreApplication.translate("Fields", "Service modes"),
        "capacity": QCoreApplication.translate("Fields", "Capacity (places)"),
        "takes_under_2": QCoreApplication.translate("Fields", "Takes children under 2"),
        "serves_meals": QCoreApplication.translate("Fields", "Serves meals"),
        "filing_status": QCoreApplication.translate("Fields", "Filing status"),
        "filing_number": QCoreApplication.translate("Fields", "Filing number"),
        "representative": QCoreApplication.translate("Fields", "Person in charge"),
        "contact_name": QCoreApplication.translate("Fields", "Contact name"),
        "contact_phone": QCoreApplication.translate("Fields", "Contact phone"),
    }
    return labels.get(name, name)


def choice_labels(name: str) -> dict[str, str]:
    """Canonical value → visible label for the enumerated facility fields."""
    if name == "registration_kind":
        return {
            "for_profit": QCoreApplication.translate("Fields", "For-profit"),
            "non_profit": QCoreApplication.translate("Fields", "Non-profit"),
        }
    if name == "facility_type":
        return {
            "standalone": QCoreApplication.translate("Fields", "Standalone childcare centre"),
            "kindergarten": QCoreApplication.translate("Fields", "Kindergarten nursery class"),
            "workplace": QCoreApplication.translate("Fields", "Employer-run"),
            "community": QCoreApplication.translate("Fields", "Community-run"),
        }
    if name == "service_modes":
        return {
            "full_day": QCoreApplication.translate("Fields", "Full day"),
            "half_day": QCoreApplication.translate("Fields", "Half day"),
            "hourly": QCoreApplication.translate("Fields", "Hourly"),
            "temporary": QCoreApplication.translate("Fields", "Temporary"),
        }
    if name == "filing_status":
        return {
            "filed": QCoreApplication.translate("Fields", "Filed"),
            "pending": QCoreApplication.translate("Fields", "Filing in progress"),
            "not_filed": QCoreApplication.translate("Fields", "Not filed"),
        }
    return {}


def choice_label(name: str, value: str | None) -> str:
    if value is None:
        return ""
    return choice_labels(name).get(value, value)


def yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("Fields", "Yes")
    return QCoreApplication.translate("Fields", "No")


def problem_message(code: str, params: Mapping[str, Any], english: str = "") -> str:
    """A field problem (see ``FieldProblem``) as a sentence in the UI language.

    Unknown codes fall back to the core's English message after a translated lead-in.
    """
    p = dict(params)
    if code == "required":
        return QCoreApplication.translate("Fields", "Required.")
    if code == "too_long":
        return QCoreApplication.translate(
            "Fields", "At most {max} characters; this has {length}."
        ).format(**p)
    if code == "unknown_choice":
        return QCoreApplication.translate(
            "Fields", "Unknown value \u201c{value}\u201d."
        ).format(**p)
    if code == "service_modes.not_list":
        return QCoreApplication.translate("Fields", "Choose at least one service mode.")
    if code == "service_modes.unknown":
        return QCoreApplication.translate(
            "Fields", "Unknown service mode \u201c{value}\u201d; use full day, half day, "
            "hourly or temporary, separated by \u3001 or commas."
        ).format(**p)
    if code == "service_modes.duplicate":
        label = choice_label("service_modes", str(p.get("value")))
        return QCoreApplication.translate(
            "Fields", "The service mode \u201c{mode}\u201d is listed twice."
        ).format(mode=label)
    if code == "yes_no.invalid":
        return QCoreApplication.translate(
            "Fields", "Must be yes (\u662f) or no (\u5426); got \u201c{value}\u201d."
        ).format(**p)
    if code == "capacity.invalid":
        return QCoreApplication.translate(
            "Fields", "Must be a whole number from {min} to {max}; got \u201c{value}\u201d."
        ).format(**p)
    if code == "capacity.range":
        return QCoreApplication.translate(
            "Fields", "Must be from {min} to {max}; got {value}."
        ).format(**p)
    if code == "credit_code.scientific":
        return QCoreApplication.translate(
            "Fields", "Excel turned this code into a number ({value}); format the column "
            "as text and type the 18-character code again."
        ).format(**p)
    if code == "credit_code.stored_as_number":
        return QCoreApplication.translate(
            "Fields", "The code is stored as a number, so Excel may have changed its last "
            "digits; format the column as text and type the code again."
        )
    if code == "credit_code.length":
        return QCoreApplication.translate(
            "Fields", "A credit code has exactly 18 characters; this one has {length}."
        ).format(**p)
    if code == "credit_code.character":
        if p.get("suggestion"):
            return QCoreApplication.translate(
                "Fields", "Character \u201c{char}\u201d at position {position} is not "
                "allowed (did you mean \u201c{suggestion}\u201d?)."
            ).format(**p)
        return QCoreApplication.translate(
            "Fields", "Character \u201c{char}\u201d at position {position} is not allowed; "
            "only digits and letters except I, O, Z, S, V."
        ).format(**p)
    if code == "credit_code.authority":
        return QCoreApplication.translate(
            "Fields", "The first character must be 1-9, A, N or Y; got \u201c{char}\u201d."
        ).format(**p)
    if code == "credit_code.check_digit":
        return QCoreApplication.translate(
            "Fields", "Check digit mismatch: the last character is \u201c{last}\u201d but "
            "should be \u201c{expected}\u201d. A character was probably mistyped."
        ).format(**p)
    if code == "credit_code.duplicate_in_sheet":
        return QCoreApplication.translate(
            "Fields", "The same credit code is already on line {line}."
        ).format(**p)
    if code == "credit_code.taken":
        return QCoreApplication.translate(
            "Fields", "Another facility is already registered with this code: {name}."
        ).format(**p)
    if code == "phone.invalid":
        return QCoreApplication.translate(
            "Fields", "Not a phone number: use an 11-digit mobile (13812345678) or a "
            "landline such as 0510-86801234."
        )
    if code == "filing_number.required_when_filed":
        return QCoreApplication.translate(
            "Fields", "Required when the facility is filed."
        )
    lead = QCoreApplication.translate("Fields", "Not valid:")
    return f"{lead} {english}" if english else lead


class ErrorLabel(QWidget):
    """A warning icon and a word-wrapped message; hidden while there is no message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self._icon.setPixmap(icon.pixmap(size, size))
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._text = QLabel(self)
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        palette = self._text.palette()
        palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOR)
        self._text.setPalette(palette)
        self._text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self._icon)
        layout.addWidget(self._text, 1)
        self.setVisible(False)

    def text(self) -> str:
        return self._text.text()

    def set_message(self, message: str | None) -> None:
        self._text.setText(message or "")
        self.setVisible(bool(message))


class FieldBox(QWidget):
    """An editor with its error label below it, for one row of a QFormLayout."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        self.setFocusProxy(editor)

    def set_error(self, message: str | None) -> None:
        self.error.set_message(message)
        self.editor.setAccessibleDescription(message or "")

    def has_error(self) -> bool:
        return bool(self.error.text())
