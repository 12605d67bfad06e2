from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.services.count_service import CountService
from desktop.ui import i18n
from desktop.ui.main_window import MainWindow
from tests.helpers import SEED_NUMBERS, make_definition


@pytest.fixture(autouse=True)
def _vietnamese(qapp: object) -> Iterator[None]:
    i18n.install_fonts()
    i18n.install_translator("vi")
    yield
    i18n.install_translator("vi")


@pytest.fixture
def service(count_path: Path) -> CountService:
    return CountService.create(count_path, make_definition(5), SEED_NUMBERS)


@pytest.fixture
def window(qtbot: QtBot, service: CountService) -> MainWindow:
    w = MainWindow(service)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def type_keys(qtbot: QtBot, widget: QWidget, keys: str) -> None:
    """Keys as an operator types them: \\n is Enter, < is Backspace, ^ Up, v Down."""
    special = {"\n": Qt.Key.Key_Return, "<": Qt.Key.Key_Backspace, "^": Qt.Key.Key_Up,
               "v": Qt.Key.Key_Down}
    for ch in keys:
        if ch in special:
            qtbot.keyClick(widget, special[ch])
        elif ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:  # QTest cannot type Vietnamese letters: send the event an input method would
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(
                    kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def when_modal(action: Callable[[QWidget], None], timeout_ms: int = 3000) -> None:
    """Do ``action`` to the next modal dialog as soon as it is open (a test then calls what
    opens it, which returns once ``action`` has answered it). Fails the wait loudly rather
    than hang: after ``timeout_ms`` every modal dialog is rejected."""
    waited = [0]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            waited[0] += 10
            if waited[0] < timeout_ms:
                QTimer.singleShot(10, poll)
            return
        try:
            action(dialog)
        except BaseException:
            if isinstance(dialog, QDialog):  # never leave the test waiting on it
                dialog.reject()
            raise  # pytest-qt fails the test with it

    QTimer.singleShot(0, poll)


def press_in_modal(qtbot: QtBot, *keys: Qt.Key | tuple[Qt.Key, Qt.KeyboardModifier]) -> None:
    """Answer the next modal dialog with these keys (Enter takes its default button)."""

    def answer(dialog: QWidget) -> None:
        for key in keys:
            if isinstance(key, tuple):
                qtbot.keyClick(dialog.focusWidget() or dialog, key[0], key[1])
            else:
                qtbot.keyClick(dialog.focusWidget() or dialog, key)

    when_modal(answer)


def click_destructive(dialog: QWidget) -> None:
    """Press the message box's destructive button (drop, void …), the one Enter never takes."""
    assert isinstance(dialog, QMessageBox)
    button = next(b for b in dialog.buttons()
                  if dialog.buttonRole(b) is QMessageBox.ButtonRole.DestructiveRole)
    assert dialog.defaultButton() is not button
    button.click()
