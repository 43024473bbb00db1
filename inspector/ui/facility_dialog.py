"""Adding or editing one facility, with each field's problem shown right below it.

The record is checked by the core's ``FacilityInput`` on every change; a field's
message appears once the user has left the field (or tried to save), and then
follows their typing. Saving is refused, with focus on the first bad field, while
any problem remains.
"""

from __future__ import annotations

import itertools
import uuid
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inspector.credit_code import credit_code_problem, normalize_credit_code
from inspector.facilities import FacilityError, FacilityInfo
from inspector.facility_records import (
    CAPACITY_MAX,
    CAPACITY_MIN,
    FacilityInput,
    field_problems,
    normalize_phone,
)
from inspector.ui.context import AppContext
from inspector.ui.fields import FieldBox, choice_labels, field_label, problem_message
from inspector.ui.messages import explain

# Form order; also the order in which the first bad field gets the focus.
FIELD_ORDER = (
    "name", "credit_code", "address", "district", "township", "registration_kind",
    "facility_type", "service_modes", "capacity", "takes_under_2", "serves_meals",
    "filing_status", "filing_number", "representative", "contact_name", "contact_phone",
)
REQUIRED = frozenset(FIELD_ORDER) - {"facility_type", "filing_number", "contact_name"}


class ServiceModesEdit(QWidget):
    """One check box per service mode."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for value, label in choice_labels("service_modes").items():
            box = QCheckBox(label, self)
            self.boxes[value] = box
            layout.addWidget(box)
        layout.addStretch(1)
        self.setFocusProxy(next(iter(self.boxes.values())))

    def values(self) -> list[str]:
        return [v for v, box in self.boxes.items() if box.isChecked()]

    def set_values(self, values: tuple[str, ...] | list[str]) -> None:
        for v, box in self.boxes.items():
            box.setChecked(v in values)


class FacilityDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None,
                 facility: FacilityInfo | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.facility = facility
        self.facility_id: str | None = facility.id if facility else None
        self.setWindowTitle(self.tr("Edit facility") if facility else self.tr("New facility"))
        self._touched: set[str] = set()
        self._closing = False
        self._problems: dict[str, str] = {}
        self.boxes: dict[str, FieldBox] = {}
        self.labels: dict[str, QLabel] = {}
        self._build()
        if facility is not None:
            self._load(facility)
        self._validate()

    # ------------------------------------------------------------------ building

    def _line(self, name: str, max_length: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(max_length)
        edit.textEdited.connect(lambda _text, n=name: self._edited(n))
        edit.editingFinished.connect(lambda n=name: self._left(n))
        return edit

    def _combo(self, name: str, required: bool) -> QComboBox:
        combo = QComboBox(self)
        for value, label in choice_labels(name).items():
            combo.addItem(label, value)
        if required:
            combo.setPlaceholderText(self.tr("Choose\u2026"))
            combo.setCurrentIndex(-1)
        combo.currentIndexChanged.connect(lambda _index, n=name: self._left(n))
        return combo

    def _yes_no(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(self.tr("Yes"), True)
        combo.addItem(self.tr("No"), False)
        combo.setPlaceholderText(self.tr("Choose\u2026"))
        combo.setCurrentIndex(-1)
        combo.currentIndexChanged.connect(lambda _index, n=name: self._left(n))
        return combo

    def _build(self) -> None:
        self.name_edit = self._line("name", 100)
        self.credit_edit = self._line("credit_code", 40)
        self.credit_edit.setPlaceholderText(self.tr("18 characters, e.g. 91320281MA1XK7PR34"))
        self.address_edit = self._line("address", 200)
        self.district_edit = self._line("district", 50)
        self.township_edit = self._line("township", 50)
        facilities = self.ctx.workspace.facilities
        known = facilities.list()
        districts = sorted({f.district for f in known})
        self.district_edit.setCompleter(QCompleter(districts, self.district_edit))
        self.township_edit.setCompleter(QCompleter(facilities.townships(), self.township_edit))
        self.registration_combo = self._combo("registration_kind", required=True)
        self.type_combo = self._combo("facility_type", required=False)
        self.modes_edit = ServiceModesEdit(self)
        for box in self.modes_edit.boxes.values():
            box.toggled.connect(lambda _on: self._left("service_modes"))
        self.capacity_spin = QSpinBox(self)
        # 0 shows as blank: a new facility's capacity has not been given yet.
        self.capacity_spin.setRange(CAPACITY_MIN - 1, CAPACITY_MAX)
        self.capacity_spin.setSpecialValueText(" ")
        self.capacity_spin.setValue(CAPACITY_MIN - 1)
        self.capacity_spin.valueChanged.connect(lambda _v: self._left("capacity"))
        self.under2_combo = self._yes_no("takes_under_2")
        self.meals_combo = self._yes_no("serves_meals")
        self.filing_combo = self._combo("filing_status", required=True)
        self.filing_number_edit = self._line("filing_number", 50)
        self.representative_edit = self._line("representative", 50)
        self.contact_edit = self._line("contact_name", 50)
        self.phone_edit = self._line("contact_phone", 40)
        self.phone_edit.setPlaceholderText(self.tr("13812345678 or 0510-86801234"))

        editors: dict[str, QWidget] = {
            "name": self.name_edit, "credit_code": self.credit_edit,
            "address": self.address_edit, "district": self.district_edit,
            "township": self.township_edit, "registration_kind": self.registration_combo,
            "facility_type": self.type_combo, "service_modes": self.modes_edit,
            "capacity": self.capacity_spin, "takes_under_2": self.under2_combo,
            "serves_meals": self.meals_combo, "filing_status": self.filing_combo,
            "filing_number": self.filing_number_edit,
            "representative": self.representative_edit, "contact_name": self.contact_edit,
            "contact_phone": self.phone_edit,
        }
        form_widget = QWidget(self)
        form = QFormLayout(form_widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in FIELD_ORDER:
            box = FieldBox(editors[name], form_widget)
            self.boxes[name] = box
            label = QLabel(field_label(name) + (" *" if name in REQUIRED else ""), form_widget)
            label.setBuddy(editors[name])
            self.labels[name] = label
            form.addRow(label, box)
        note = QLabel(self.tr("* required"), form_widget)
        note.setEnabled(False)
        form.addRow("", note)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(form_widget)

        self.general_error = QLabel(self)
        self.general_error.setWordWrap(True)
        self.general_error.setVisible(False)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        # Tab order follows the form, check boxes included, then the buttons.
        chain: list[QWidget] = []
        for name in FIELD_ORDER:
            if name == "service_modes":
                chain.extend(self.modes_edit.boxes.values())
            else:
                chain.append(editors[name])
        chain.extend([self.ok_button, self.buttons.button(
            QDialogButtonBox.StandardButton.Cancel)])
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.name_edit.setFocus()
        self.resize(620, 700)

    def _load(self, f: FacilityInfo) -> None:
        self.name_edit.setText(f.name)
        self.credit_edit.setText(f.credit_code)
        self.address_edit.setText(f.address)
        self.district_edit.setText(f.district)
        self.township_edit.setText(f.township)
        self._select(self.registration_combo, f.registration_kind)
        self._select(self.type_combo, f.facility_type)
        self.modes_edit.set_values(f.service_modes)
        self.capacity_spin.setValue(f.capacity)
        self._select(self.under2_combo, f.takes_under_2)
        self._select(self.meals_combo, f.serves_meals)
        self._select(self.filing_combo, f.filing_status)
        self.filing_number_edit.setText(f.filing_number or "")
        self.representative_edit.setText(f.representative)
        self.contact_edit.setText(f.contact_name or "")
        self.phone_edit.setText(f.contact_phone)

    @staticmethod
    def _select(combo: QComboBox, value: Any) -> None:
        combo.setCurrentIndex(combo.findData(value))

    # ---------------------------------------------------------------- checking

    def values(self) -> dict[str, Any]:
        """What the form holds, in the shape ``FacilityInput`` takes."""
        return {
            "name": self.name_edit.text(),
            "credit_code": self.credit_edit.text(),
            "address": self.address_edit.text(),
            "district": self.district_edit.text(),
            "township": self.township_edit.text(),
            "registration_kind": self.registration_combo.currentData() or "",
            "facility_type": self.type_combo.currentData() or "standalone",
            "service_modes": self.modes_edit.values(),
            "capacity": self.capacity_spin.value() or "",
            "takes_under_2": self.under2_combo.currentData(),
            "serves_meals": self.meals_combo.currentData(),
            "filing_status": self.filing_combo.currentData() or "",
            "filing_number": self.filing_number_edit.text(),
            "representative": self.representative_edit.text(),
            "contact_name": self.contact_edit.text(),
            "contact_phone": self.phone_edit.text(),
        }

    def done(self, result: int) -> None:
        # Line edits report "editing finished" while the closed dialog is torn down.
        self._closing = True
        super().done(result)

    def _edited(self, name: str) -> None:
        if self._closing:
            return
        # A full-length credit code is checked at once: the check digit is what matters.
        if name == "credit_code" and len(normalize_credit_code(self.credit_edit.text())) >= 18:
            self._touched.add(name)
        self._validate()

    def _left(self, name: str) -> None:
        if self._closing:
            return
        self._touched.add(name)
        if name == "credit_code":
            code = normalize_credit_code(self.credit_edit.text())
            if code != self.credit_edit.text():
                self.credit_edit.setText(code)
        elif name == "filing_status" and self.filing_combo.currentData() == "filed":
            # Say at once that a filed facility needs its filing number.
            self._touched.add("filing_number")
        elif name == "contact_phone":
            text = self.phone_edit.text()
            if text.strip() and not self._problem_for("contact_phone"):
                self.phone_edit.setText(normalize_phone(text))
        self._validate()

    def _problem_for(self, name: str) -> str | None:
        self._check()
        return self._problems.get(name)

    def _check(self) -> FacilityInput | None:
        """Validate the form; remember each field's message; the record when all good."""
        record: FacilityInput | None = None
        problems: dict[str, str] = {}
        values = self.values()
        try:
            record = FacilityInput.model_validate(values)
        except ValidationError as exc:
            for name, problem in field_problems(exc).items():
                problems[name] = problem_message(problem.code, problem.params, problem.message)
        if "credit_code" not in problems:
            taken = self._credit_code_owner(values["credit_code"])
            if taken is not None:
                problems["credit_code"] = problem_message("credit_code.taken", {"name": taken})
        self._problems = problems
        return record if not problems else None

    def _credit_code_owner(self, text: str) -> str | None:
        """The name of another facility with this code, if any."""
        if credit_code_problem(text) is not None:
            return None
        code = normalize_credit_code(text)
        for other in self.ctx.workspace.facilities.list(search=code):
            if other.credit_code == code and other.id != self.facility_id:
                return other.name
        return None

    def _validate(self) -> None:
        self._check()
        filed = self.filing_combo.currentData() == "filed"
        self.labels["filing_number"].setText(
            field_label("filing_number") + (" *" if filed else ""))
        for name, box in self.boxes.items():
            box.set_error(self._problems.get(name) if name in self._touched else None)

    def problems(self) -> dict[str, str]:
        """Field → message for every field that is wrong now (shown or not)."""
        self._check()
        return dict(self._problems)

    # ------------------------------------------------------------------ saving

    def accept(self) -> None:
        self._touched.update(FIELD_ORDER)
        record = self._check()
        self._validate()
        if record is None:
            first = next(n for n in FIELD_ORDER if n in self._problems)
            box = self.boxes[first]
            box.editor.setFocus(Qt.FocusReason.OtherFocusReason)
            # Make sure the field is visible in the scroll area.
            scroll = self.findChild(QScrollArea)
            if scroll is not None:
                scroll.ensureWidgetVisible(box)
            return
        facilities = self.ctx.workspace.facilities
        try:
            if self.facility_id is None:
                self.facility_id = facilities.create(record, self.ctx.actor())
            else:
                facilities.update(uuid.UUID(self.facility_id), record, self.ctx.actor())
        except FacilityError as exc:
            self._show_refusal(explain(exc))
            return
        self.ctx.events.facilities_changed.emit()
        super().accept()

    def _show_refusal(self, message: str) -> None:
        if "credit code" in message:
            # Someone else registered the code since the form last checked it.
            self.boxes["credit_code"].set_error(
                self.tr("This credit code is already registered for another facility."))
            self.credit_edit.setFocus()
            return
        QMessageBox.warning(self, self.tr("Not saved"),
                            self.tr("The facility was not saved:") + "\n" + message)
