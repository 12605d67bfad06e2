"""Closing, reopening and the minutes' outputs from the window."""

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.domain.ballot import InvalidReason
from desktop.domain.closing import Acknowledgement
from desktop.domain.count import Numbers
from desktop.services.count_service import CountService
from desktop.ui.close_dialog import CloseDialog
from desktop.ui.main_window import MainWindow
from tests.helpers import make_definition
from tests.ui.conftest import click_destructive, press_in_modal, type_keys, when_modal


@pytest.fixture
def small(tmp_path: Path, qtbot: QtBot) -> MainWindow:
    service = CountService.create(tmp_path / "s.kiemphieu", make_definition(2),
                                  Numbers(10, 10, 9, 3, 3))
    window = MainWindow(service)
    qtbot.addWidget(window)
    window.show()
    return window


def test_close_with_an_acknowledged_warning_then_reopen(
    qtbot: QtBot, small: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = small.service
    type_keys(qtbot, small.form, "12\n33\n")
    dialog = CloseDialog(service, small)
    qtbot.addWidget(dialog)
    assert dialog.errors and not dialog.buttons.button(
        QDialogButtonBox.StandardButton.Ok).isEnabled()
    service.record_invalid(InvalidReason.IDENTIFIABLE)  # the third ballot: 1 of 3 invalid
    dialog = CloseDialog(service, small)
    qtbot.addWidget(dialog)
    assert not dialog.errors and [w.code for w in dialog.warnings] == ["invalid_over_3_percent"]
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    why = dialog.findChild(QLineEdit, "ackText_invalid_over_3_percent")
    type_keys(qtbot, why, "đã xem lại phiếu")
    assert not ok.isEnabled()  # who acknowledges it? (this count has no committee listed)
    who = dialog.findChild(QComboBox, "ackBy_invalid_over_3_percent")
    type_keys(qtbot, who.lineEdit(), "Ngô Văn Chủ")
    why.setFocus()
    type_keys(qtbot, why, ".")
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert service.closed
    assert service.closure.acknowledged[0].text == "đã xem lại phiếu."
    assert service.closure.acknowledged[0].by == "Ngô Văn Chủ"
    assert not small.form.isEnabled()
    assert small.form.number_label.text() == "ĐÃ KẾT THÚC KIỂM PHIẾU"
    # nothing on the closed form invites a key: no cursor row, no key hint
    assert small.form.grid.current == -1 and small.form.hint.text() == ""
    assert small.menu_actions["reopenAction"].isEnabled()
    assert not small.menu_actions["undoAction"].isEnabled()
    asked: list[str] = []

    def reopen(dialog: QWidget) -> None:
        asked.append(dialog.windowTitle())
        reason = dialog.findChild(QLineEdit, "reopenReason")
        qtbot.keyClick(reason, Qt.Key.Key_Return)  # no reason: said, the count stays closed
        assert dialog.isVisible() and service.closed
        asked.append(dialog.findChild(QLabel, "reopenError").text())
        type_keys(qtbot, reason, "đọc nhầm phiếu số 2")
        qtbot.keyClick(reason, Qt.Key.Key_Return)

    when_modal(reopen)
    small.menu_actions["reopenAction"].trigger()
    assert asked == ["Mở lại kiểm phiếu", "Ghi lý do mở lại."]
    assert not service.closed and small.form.isEnabled()
    assert small.statusBar().currentMessage() == "Đã mở lại kiểm phiếu."
    assert small.form.grid.current == 0 and small.form.hint.text().startswith("1–3 mức")
    assert service.minutes_data().corrections[-1].reason == "đọc nhầm phiếu số 2"


def test_outputs_from_the_window(
    qtbot: QtBot, small: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    type_keys(qtbot, small.form, "12\n")
    offered: list[str] = []
    for kind in ("pdf", "odt", "csv", "xlsx", "log", "log_pdf"):
        target = tmp_path / "elsewhere" / f"out.{kind}"
        target.parent.mkdir(exist_ok=True)
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda parent, title, start, *a, t=target, **k:
                            offered.append(start) or (str(t), ""))
        small.menu_actions[f"save_{kind}"].trigger()  # Biên bản › Lưu … from the menu
        assert target.stat().st_size > 0
        # the dialog opened beside the count, and the window says where the file went
        assert Path(offered[-1]).parent == small.service.path.parent
        assert small.statusBar().currentMessage() == f"Đã lưu: {target}"
    assert Path(offered[0]).name == "s-bien-ban.pdf"
    shown: list[int] = []
    monkeypatch.setattr("desktop.ui.outputs.QPrintPreviewDialog.exec",
                        lambda self: shown.append(1) or 0)
    small.menu_actions["printAction"].trigger()
    assert shown == [1]
    starts: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, start, *a, **k: starts.append(start) or ("", ""))
    button = small.results_view.findChild(QPushButton, "exportPng")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert starts and Path(starts[0]).parent == small.service.path.parent


def test_closing_the_count_with_a_half_keyed_ballot_asks_then_clears_the_form(
    qtbot: QtBot, small: MainWindow
) -> None:
    type_keys(qtbot, small.form, "12\n33\n11\n2")  # all 3 collected saved, one row typed
    press_in_modal(qtbot, Qt.Key.Key_Return)  # "drop it?" — Enter keeps it: nothing opens
    small.menu_actions["closeCountAction"].trigger()
    assert small.form.marks == (2, None) and not small.service.closed

    def drop_then_close(dialog: QWidget) -> None:
        when_modal(close_count)
        click_destructive(dialog)

    def close_count(dialog: QWidget) -> None:
        assert isinstance(dialog, CloseDialog)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    when_modal(drop_then_close)
    small.menu_actions["closeCountAction"].trigger()
    assert small.service.closed
    assert small.form.marks == (None, None)  # no unsaved marks left on a closed count
    assert small.form.message.text().startswith("Cuộc kiểm phiếu đã kết thúc")


def test_the_closed_form_says_closed_after_the_officials_were_changed(
    qtbot: QtBot, small: MainWindow
) -> None:
    service = small.service
    service.update_definition(replace(make_definition(3), title="Kiểm thử lại"))  # a new form
    type_keys(qtbot, small.form, "123\n123\n")
    service.record_invalid(InvalidReason.IDENTIFIABLE)
    service.close_count([Acknowledgement("invalid_over_3_percent", "Ngô Văn Chủ", "đã xem")])
    assert small.form.number_label.text() == "ĐÃ KẾT THÚC KIỂM PHIẾU"
