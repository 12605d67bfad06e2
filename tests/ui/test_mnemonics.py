"""Alt+letter goes to one place: no two mnemonics clash in any window, page or menu, in either
language, and every mnemonic is an ASCII letter or digit a keyboard can type."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.domain.words import Lang
from desktop.services.count_service import CountService
from desktop.ui import i18n
from desktop.ui.close_dialog import CloseDialog
from desktop.ui.dialogs import HelpDialog, RekeyDialog, StackDialog, VoidDialog
from desktop.ui.double_entry_dialog import DoubleEntryDialog
from desktop.ui.hand_tally_dialog import HandTallyDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.operators_dialog import OperatorsDialog
from desktop.ui.reason_dialog import ReasonDialog
from desktop.ui.setup_dialog import SetupDialog
from desktop.ui.spot_check_dialog import SpotCheckDialog
from desktop.ui.start_page import StartPage

MNEMONIC = re.compile(r"(?<!&)&([^&])")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text)
    return found.group(1) if found else None


def _visible_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of everything that can take a mnemonic and is visible now."""
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton):
            yield widget.objectName() or type(widget).__name__, widget.text()
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            yield f"label for {widget.buddy().objectName()}", widget.text()
        elif isinstance(widget, QGroupBox):
            yield "group box", widget.title()
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield f"tab {i}", widget.tabText(i)
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                yield "menu bar", action.text()


def clashes(texts: list[tuple[str, str]]) -> list[str]:
    seen: dict[str, str] = {}
    out = []
    for where, text in texts:
        letter = mnemonic(text)
        if letter is None:
            continue
        if not (letter.isascii() and letter.isalnum()):
            out.append(f"{where}: {text!r} has a mnemonic no keyboard types")
            continue
        key = letter.casefold()
        if key in seen:
            out.append(f"{where}: {text!r} clashes with {seen[key]!r}")
        else:
            seen[key] = text
    return out


def check_window(window: QWidget) -> list[str]:
    """Every page of every tab widget in turn, then every menu of the menu bar."""
    problems: list[str] = []
    tab_widgets = [t for t in window.findChildren(QTabWidget) if t.window() is window]
    pages = [(t, i) for t in tab_widgets for i in range(t.count())] or [(None, 0)]
    for tabs, index in pages:
        if tabs is not None:
            tabs.setCurrentIndex(index)
        problems += clashes(list(_visible_texts(window)))
    for bar in window.findChildren(QMenuBar):
        for menu in bar.findChildren(QMenu):
            problems += clashes([(menu.title(), a.text()) for a in menu.actions()
                                 if not a.isSeparator()])
    return sorted(set(problems))


@pytest.fixture(params=list(Lang), ids=lambda lang: lang.value)
def lang(request: pytest.FixtureRequest) -> Iterator[Lang]:
    i18n.install_translator(request.param)
    yield request.param
    i18n.install_translator(Lang.VI)


def _shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_main_window_and_its_menus(qtbot: QtBot, service: CountService, lang: Lang) -> None:
    window = _shown(qtbot, MainWindow(service))
    assert check_window(window) == []


def test_the_start_page(qtbot: QtBot, lang: Lang) -> None:
    assert check_window(_shown(qtbot, StartPage())) == []


def test_the_setup_dialog(qtbot: QtBot, service: CountService, lang: Lang) -> None:
    dialog = SetupDialog(lambda d, n: None, service.definition, service.numbers)
    assert check_window(_shown(qtbot, dialog)) == []


def test_every_dialog(qtbot: QtBot, service: CountService, lang: Lang, tmp_path: Path) -> None:
    ballot = service.record_ballot((1, 1, 1, 1, 1))
    service.open_stack("A", 3)
    dialogs: list[QDialog] = [
        RekeyDialog(service, ballot), VoidDialog(service, 1), StackDialog(service),
        HelpDialog(3), CloseDialog(service), DoubleEntryDialog(service),
        SpotCheckDialog(service), HandTallyDialog(service), OperatorsDialog(service)]
    window = MainWindow(service)
    qtbot.addWidget(window)
    commands = window.commands
    dialogs += [ReasonDialog(commands.close_stack_ask("A", 1, 3), print),
                ReasonDialog(commands.reopen_ask(), print)]
    problems = []
    for dialog in dialogs:
        problems += [f"{dialog.objectName()}: {p}" for p in check_window(_shown(qtbot, dialog))]
        dialog.close()
    assert problems == []


def test_the_check_finds_a_clash() -> None:
    assert clashes([("a", "&Kiểm phiếu"), ("b", "&Kết quả"), ("c", "Đó&ng")]) == [
        "b: '&Kết quả' clashes with '&Kiểm phiếu'"]
    assert clashes([("a", "&Đóng")]) == ["a: '&Đóng' has a mnemonic no keyboard types"]
    assert clashes([("a", "Lưu && đóng")]) == []
