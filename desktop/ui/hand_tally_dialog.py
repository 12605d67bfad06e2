"""Entering a stack counted by hand: the tally sheet's totals per official, checked as typed
(per official: levels + invalid rows = the stack's valid ballots)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.handtally import HandTally
from desktop.errors import DesktopError
from desktop.services import hand_tallies
from desktop.services.count_service import CountService
from desktop.ui import i18n
from desktop.ui.styles import ERROR_COLOUR


class HandTallyDialog(QDialog):
    def __init__(self, service: CountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handTallyDialog")
        self._service = service
        stack = service.current_stack
        self.setWindowTitle(self.tr("Bảng kiểm đếm tay — tập {name}").format(
            name=stack.name if stack else "—"))
        d = service.definition
        labels = d.rules.level_labels(i18n.language())
        self.valid = QSpinBox(self)
        self.valid.setObjectName("handValid")
        self.invalid = QSpinBox(self)
        self.invalid.setObjectName("handInvalid")
        for spin in (self.valid, self.invalid):
            spin.setRange(0, 100_000)
            spin.valueChanged.connect(self._validate)
        self.table = QTableWidget(len(d.on_ballot), len(labels) + 2, self)
        self.table.setObjectName("handTable")
        self.table.setHorizontalHeaderLabels(
            [*labels, self.tr("Để trống"), self.tr("Nhiều ô")])
        self.table.setVerticalHeaderLabels([f"{i}. {o.name}"
                                            for i, o in enumerate(d.on_ballot, start=1)])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row in range(self.table.rowCount()):
            for column in range(self.table.columnCount()):
                self.table.setItem(row, column, QTableWidgetItem("0"))
        self.table.itemChanged.connect(lambda _item: self._validate())
        self.error = QLabel(self)
        self.error.setObjectName("handError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        form = QFormLayout()
        expected = stack.expected if stack else 0
        form.addRow(QLabel(self.tr("Tập có {n} phiếu (đã đếm khi mở tập).").format(n=expected)))
        form.addRow(self.tr("Phiếu hợp lệ:"), self.valid)
        form.addRow(self.tr("Phiếu không hợp lệ (cả phiếu):"), self.invalid)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, stretch=1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._validate()
        self.resize(860, 600)

    def rows(self) -> list[list[int]]:
        out = []
        for row in range(self.table.rowCount()):
            values = []
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                text = item.text().strip() if item else ""
                values.append(int(text) if text.isdigit() else -1)
            out.append(values)
        return out

    def _validate(self) -> None:
        d = self._service.definition
        valid = self.valid.value()
        sheet = HandTally("", valid, self.invalid.value(), tuple(tuple(r) for r in self.rows()))
        problems = []
        for official, row in zip(d.on_ballot, sheet.rows, strict=True):
            if any(v < 0 for v in row):
                problems.append(self.tr("{name}: chỉ nhập số").format(name=official.name))
            elif sum(row) != valid:
                problems.append(self.tr("{name}: cộng được {total}, phải bằng {valid} phiếu "
                                        "hợp lệ").format(name=official.name, total=sum(row),
                                                         valid=valid))
        stack = self._service.current_stack
        if stack is not None and sheet.ballots != stack.expected:
            problems.insert(0, self.tr("hợp lệ + không hợp lệ = {n}, tập có {m} phiếu").format(
                n=sheet.ballots, m=stack.expected))
        text = "; ".join(problems[:3])
        self.error.setText(text[:1].upper() + text[1:])
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)

    def accept(self) -> None:
        try:
            hand_tallies.record(self._service, self.valid.value(), self.invalid.value(),
                                self.rows())
        except DesktopError as exc:
            self.error.setText(i18n.alone(exc))
            return
        super().accept()
