"""A dialog that asks why (void an entry, reopen the count, close a short stack): Enter with
no reason says so beside the field and keeps the dialog open; the service decides."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import DesktopError
from desktop.ui import i18n
from desktop.ui.styles import ERROR_STYLE


def ask_to_drop(parent: QWidget, name: str, title: str, text: str, drop: str,
                keep: str) -> bool:
    """Ask before throwing away what was keyed; True only when ``drop`` is clicked (Enter,
    Esc and closing the box keep it)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(name)
    drop_button = box.addButton(drop, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(box.addButton(keep, QMessageBox.ButtonRole.RejectRole))
    box.exec()
    return box.clickedButton() is drop_button


class EnterStaysDialog(QDialog):
    """A dialog that Enter never closes by itself: Enter means what its fields say."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)


@dataclass(frozen=True)
class Ask:
    """The words of one reason dialog (already translated)."""

    name: str  # the object name of the dialog; its field is name + "Reason"
    title: str
    explain: str
    label: str
    placeholder: str
    confirm: str
    keep: str


class ReasonDialog(EnterStaysDialog):
    """Ask for a reason and run `act(reason)`; a refusal is said under the field."""

    def __init__(self, ask: Ask, act: Callable[[str], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(ask.name)
        self.setWindowTitle(ask.title)
        self.setMinimumWidth(520)
        self._act = act
        explain = QLabel(ask.explain, self)
        explain.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setObjectName(f"{ask.name}Reason")
        self.reason.setPlaceholderText(ask.placeholder)
        self.reason.returnPressed.connect(self.accept)
        self.error = QLabel(self)
        self.error.setObjectName(f"{ask.name}Error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        form = QFormLayout()
        form.addRow(ask.label, self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(ask.keep)
        self.confirm_button = buttons.addButton(ask.confirm,
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setObjectName(f"{ask.name}Confirm")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.reason.setFocus()

    def accept(self) -> None:
        try:
            self._act(self.reason.text())
        except DesktopError as exc:
            self.error.setText(i18n.alone(exc))
            self.reason.setFocus()
            return
        super().accept()
