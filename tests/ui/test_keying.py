"""Keying ballots with the keyboard contract, on a real counting file."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.domain.ballot import BLANK, MULTIPLE, BallotStatus, InvalidReason
from desktop.errors import StorageError
from desktop.services.count_service import CountService
from desktop.storage.repository import CountFile
from desktop.ui.dialogs import RekeyDialog
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import type_keys


def stored(service: CountService) -> list[tuple[int, str, tuple[int, ...]]]:
    """What another reader of the file sees."""
    other = CountFile.open(service.path, read_only=True)
    try:
        return [(b.number, b.status.value, b.marks) for b in other.ballots()]
    finally:
        other.close()


def test_levels_blank_and_multiple_then_enter_saves(qtbot: QtBot, window: MainWindow) -> None:
    form = window.form
    type_keys(qtbot, form, "123")
    assert form.marks == (1, 2, 3, None, None) and form.current_row == 3
    type_keys(qtbot, form, "0*")
    assert form.marks == (1, 2, 3, BLANK, MULTIPLE) and form.current_row == 5
    type_keys(qtbot, form, "\n")
    assert stored(window.service) == [(1, "valid", (1, 2, 3, BLANK, MULTIPLE))]
    assert form.marks == (None,) * 5 and form.current_row == 0
    assert form.message.text() == "Phiếu số 1 đã lưu."
    assert form.number_label.text() == "Phiếu số 2"
    assert window.side.last_label.text() == "Phiếu số 1"
    assert window.side.last_grid.marks == [1, 2, 3, BLANK, MULTIPLE]
    assert window.service.tally.blank(3) == 1 and window.service.tally.multiple(4) == 1
    assert "Đã nhập 1 / 196" in window.side.progress_label.text()
    assert window.statusBar().currentMessage() == "Phiếu số 1 đã lưu"


def test_enter_on_an_incomplete_ballot_saves_nothing(qtbot: QtBot, window: MainWindow) -> None:
    type_keys(qtbot, window.form, "12\n")
    assert stored(window.service) == []
    assert window.form.current_row == 2
    assert window.form.message.text() == "Dòng 3 chưa nhập; phiếu chưa được lưu."
    assert window.form.marks == (1, 2, None, None, None)


def test_fill_the_remaining_rows(qtbot: QtBot, window: MainWindow) -> None:
    type_keys(qtbot, window.form, "2+1")
    assert window.form.marks == (2, 1, 1, 1, 1)
    type_keys(qtbot, window.form, "\n")
    assert stored(window.service) == [(1, "valid", (2, 1, 1, 1, 1))]
    type_keys(qtbot, window.form, "+7")  # no level 7: the fill is cancelled, nothing marked
    assert window.form.marks == (None,) * 5
    assert window.form.message.text() == "Đã bỏ lệnh điền."


def test_back_and_overwrite(qtbot: QtBot, window: MainWindow) -> None:
    form = window.form
    type_keys(qtbot, form, "123-")
    assert form.marks == (1, 2, None, None, None) and form.current_row == 2
    type_keys(qtbot, form, "<")
    assert form.marks == (1, None, None, None, None) and form.current_row == 1
    type_keys(qtbot, form, "1111^^3")
    assert form.marks == (1, 1, 1, 3, 1) and form.current_row == 4
    type_keys(qtbot, form, "v5")  # no level 5 on a three-level ballot
    assert form.message.text() == "Phiếu có 3 mức; không có mức 5."
    type_keys(qtbot, form, "\n")
    assert stored(window.service) == [(1, "valid", (1, 1, 1, 3, 1))]


def test_a_click_moves_to_a_row_and_a_box_marks_it(qtbot: QtBot, window: MainWindow) -> None:
    grid = window.form.grid
    row = grid.row_rect(2)
    x, width = grid.columns.boxes[1]
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=QPoint(x + width // 2, row.center().y()))
    assert window.form.marks[2] == 2 and window.form.current_row == 3


def test_whole_invalid_ballots(qtbot: QtBot, window: MainWindow) -> None:
    form = window.form
    type_keys(qtbot, form, "/")
    assert form.reason_panel.isVisible() and "PHIẾU KHÔNG HỢP LỆ" in form.reason_panel.text()
    type_keys(qtbot, form, "3\n")
    type_keys(qtbot, form, "/rách đôi\n")
    type_keys(qtbot, form, "/5\n")
    assert form.message.text() == "Gõ lý do rồi nhấn Enter."
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.reason_panel.isVisible()
    ballots = window.service.ballots()
    assert [(b.number, b.status, b.reason, b.note) for b in ballots] == [
        (1, BallotStatus.INVALID, InvalidReason.NAME_ADDED, ""),
        (2, BallotStatus.INVALID, InvalidReason.OTHER, "rách đôi")]
    assert window.side.last_label.text() == "Phiếu số 2: KHÔNG HỢP LỆ (lý do khác: rách đôi)"


def test_ctrl_z_voids_the_last_ballot_after_asking(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(parent: object, title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else \
            QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    type_keys(qtbot, window.form, "11111\n")
    qtbot.keyClick(window.form, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(window.service) == [(1, "valid", (1, 1, 1, 1, 1))]  # said no
    qtbot.keyClick(window.form, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert asked[1].startswith("Hủy phiếu số 1?")
    assert stored(window.service) == [(1, "voided", (1, 1, 1, 1, 1))]
    assert window.service.entered == 0 and window.side.last_label.text() == "Phiếu số 1: ĐÃ HỦY"
    model = window.ballot_list.model
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert model.index(0, 3).data() == "đã hủy"
    events = CountFile.open(window.service.path, read_only=True).events()
    assert events[-1].kind == "ballot_voided"
    assert events[-1].data["reason"] == "hủy ngay sau khi nhập (Ctrl+Z)"


def test_rekey_and_void_from_the_ballot_list(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    type_keys(qtbot, window.form, "11111\n22222\n")
    page = window.ballot_list
    page.find_number.setValue(2)
    assert page.selected_number() == 2
    dialog = RekeyDialog(window.service, window.service.ballot(1), "vi", window)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.form.marks == (1, 1, 1, 1, 1)  # the old record, to correct
    type_keys(qtbot, dialog.form, "^^3\n")
    assert dialog.form.message.text().startswith("CHƯA LƯU: ")  # no reason typed yet
    type_keys(qtbot, dialog.reason, "đọc nhầm dòng 4")
    type_keys(qtbot, dialog.form, "\n")
    assert dialog.result() == dialog.DialogCode.Accepted
    assert stored(window.service)[0] == (1, "valid", (1, 1, 1, 3, 1))
    assert page.model.index(0, 2).data() == "11131"
    monkeypatch.setattr("desktop.ui.main_window.QInputDialog.getText",
                        lambda *a, **k: ("giấy rách, nhập lại", True))
    page.find_number.setValue(2)
    qtbot.mouseClick(page.void_button, Qt.MouseButton.LeftButton)
    assert stored(window.service)[1] == (2, "voided", (2, 2, 2, 2, 2))
    assert window.service.verify() == []


def test_nothing_is_claimed_saved_when_the_save_fails(
    qtbot: QtBot, service: CountService
) -> None:
    service._count.db.execute("PRAGMA query_only=1")  # SQLite now refuses every write
    window = MainWindow(service, "vi")
    qtbot.addWidget(window)
    window.show()
    type_keys(qtbot, window.form, "12312\n")
    assert window.form.message.text().startswith("CHƯA LƯU: ")
    assert "nothing can be saved" in window.form.message.text()
    assert window.form.marks == (1, 2, 3, 1, 2)  # still on the form, to save again
    assert window.form.number_label.text() == "Phiếu số 1"
    assert window.statusBar().currentMessage() == ""
    service._count.db.execute("PRAGMA query_only=0")
    type_keys(qtbot, window.form, "\n")
    assert window.form.message.text() == "Phiếu số 1 đã lưu."


def test_a_file_opened_read_only_cannot_be_keyed(qtbot: QtBot, service: CountService) -> None:
    path = service.path
    service.close()
    reader = CountService.open(path, read_only=True)
    window = MainWindow(reader, "vi")
    qtbot.addWidget(window)
    window.show()
    banner = window.findChild(QLabel, "readOnlyBanner")
    assert banner is not None and banner.text().startswith("CHỈ XEM")
    assert not window.form.isEnabled()
    assert window.form.message.text() == "Tệp chỉ được mở để xem: không thể nhập phiếu."
    type_keys(qtbot, window.form, "11111\n")
    assert window.form.marks == (None,) * 5 and reader.entered == 0
    with pytest.raises(StorageError, match="open read-only"):  # and the service refuses too
        reader.record_ballot((1, 1, 1, 1, 1))


def test_stacks_on_the_form(qtbot: QtBot, window: MainWindow) -> None:
    window.service.open_stack("A", 2)
    assert window.form.number_label.text() == "Phiếu số 1 · tập A: 0/2"
    type_keys(qtbot, window.form, "11111\n")
    assert window.form.number_label.text() == "Phiếu số 2 · tập A: 1/2"
    assert "Tập A: 1 / 2" in window.side.progress_label.text()
    type_keys(qtbot, window.form, "/1\n")
    assert window.form.number_label.text() == "Phiếu số 3"
    assert window.service.stacks[0].closed
    assert [b.stack for b in window.service.ballots()] == ["A", "A"]


def test_help_on_f1(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("desktop.ui.main_window.HelpDialog.exec",
                        lambda self: shown.append(self.objectName()) or 0)
    qtbot.keyClick(window.form, Qt.Key.Key_F1)
    assert shown == ["helpOverlay"]


def test_the_form_follows_a_new_list_of_officials(qtbot: QtBot, window: MainWindow) -> None:
    import dataclasses

    from desktop.domain.count import Official

    d = window.service.definition
    window.service.update_definition(
        dataclasses.replace(d, officials=(*d.officials, Official("Đinh Thị Sáu", "Ủy viên"))))
    assert len(window.form.marks) == 6 and len(window.side.last_grid.marks) == 6
    type_keys(qtbot, window.form, "+1\n")
    assert stored(window.service) == [(1, "valid", (1,) * 6)]
