"""Closing the count: the checks; errors block, each warning is acknowledged by a named
committee member with a sentence. Recorded in the audit log; the minutes print it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.checks import Severity
from desktop.domain.closing import Acknowledgement
from desktop.errors import DesktopError
from desktop.services.count_service import CountService
from desktop.ui import i18n
from desktop.ui.styles import ERROR_COLOUR, ERROR_STYLE, WARNING_COLOUR


class CloseDialog(QDialog):
    def __init__(self, service: CountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closeDialog")
        self.setWindowTitle(self.tr("Kết thúc kiểm phiếu"))
        self._service = service
        lang = i18n.language()
        checks = service.checks()
        self.errors = [c for c in checks if c.severity is Severity.ERROR]
        self.warnings = [c for c in checks if c.severity is Severity.WARNING]
        layout = QVBoxLayout(self)
        if self.errors:
            layout.addWidget(QLabel(self.tr("<b>Chưa thể kết thúc.</b> Cần sửa:"), self))
            for check in self.errors:
                label = QLabel("• " + check.words(lang), self)
                label.setWordWrap(True)
                label.setStyleSheet(f"color: {ERROR_COLOUR};")
                layout.addWidget(label)
        names = [m.name for m in service.definition.committee]
        self.acks: list[tuple[str, QComboBox, QLineEdit]] = []
        if self.warnings:
            layout.addWidget(QLabel(self.tr(
                "Mỗi cảnh báo cần một thành viên Ban kiểm phiếu xác nhận, kèm một câu lý do:"),
                self))
            grid = QGridLayout()
            for row, check in enumerate(self.warnings):
                text = QLabel(check.words(lang), self)
                text.setWordWrap(True)
                text.setStyleSheet(f"color: {WARNING_COLOUR};")
                who = QComboBox(self)
                who.setEditable(True)
                who.addItems(names)
                who.setObjectName(f"ackBy_{check.code}")
                who.editTextChanged.connect(self._validate)
                why = QLineEdit(self)
                why.setObjectName(f"ackText_{check.code}")
                why.setPlaceholderText(self.tr("vì sao Ban kiểm phiếu chấp nhận"))
                why.textChanged.connect(self._validate)
                grid.addWidget(text, row, 0)
                grid.addWidget(who, row, 1)
                grid.addWidget(why, row, 2)
                self.acks.append((check.code, who, why))
            layout.addLayout(grid)
        if not checks:
            layout.addWidget(QLabel(self.tr("Mọi kiểm tra đều đạt."), self))
        self.error = QLabel(self)
        self.error.setObjectName("closeError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Kết thúc kiểm phiếu"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._validate()
        self.resize(820, 300)

    def acknowledgements(self) -> list[Acknowledgement]:
        return [Acknowledgement(code, who.currentText().strip(), why.text().strip())
                for code, who, why in self.acks]

    def _validate(self) -> None:
        ready = not self.errors and all(a.by and a.text for a in self.acknowledgements())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def accept(self) -> None:
        try:
            self._service.close_count(self.acknowledgements())
        except DesktopError as exc:
            self.error.setText(i18n.alone(exc))
            return
        super().accept()
