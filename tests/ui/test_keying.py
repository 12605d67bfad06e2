"""Keying ballots with the keyboard contract, on a real counting file."""

import html
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.domain import keypad
from desktop.domain.ballot import BLANK, MULTIPLE, BallotStatus, InvalidReason
from desktop.domain.count import Numbers
from desktop.domain.words import Lang
from desktop.errors import StorageError
from desktop.services.count_service import CountService
from desktop.storage.repository import CountFile
from desktop.ui.dialogs import RekeyDialog, VoidDialog
from desktop.ui.main_window import MainWindow
from tests.helpers import make_definition, raises_words
from tests.ui.conftest import click_destructive, press_in_modal, type_keys, when_modal


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
    # keys the grammar has no meaning for (arrows, F2, Home, Tab) neither pick a reason nor
    # write into the note; "?" typed is a character of the note like any other
    type_keys(qtbot, form, "/")
    for key in (Qt.Key.Key_Left, Qt.Key.Key_F2, Qt.Key.Key_Home, Qt.Key.Key_PageUp):
        qtbot.keyClick(form, key)
    assert form.keypad.reason is None and form.keypad.note == ""
    qtbot.keyClick(form, Qt.Key.Key_Escape)
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


def test_ctrl_z_voids_the_last_ballot_after_asking_and_enter_keeps_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_keys(qtbot, window.form, "11111\n")
    assert window.form.message.text() == "Phiếu số 1 đã lưu."
    press_in_modal(qtbot, Qt.Key.Key_Return)  # Enter takes the safe answer: keep the ballot
    qtbot.keyClick(window.form, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(window.service) == [(1, "valid", (1, 1, 1, 1, 1))]
    qtbot.waitUntil(window.isActiveWindow)  # the window is itself again after the question
    asked: list[str] = []

    def yes(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        asked.append(dialog.text())
        assert dialog.defaultButton() is dialog.button(QMessageBox.StandardButton.No)
        dialog.button(QMessageBox.StandardButton.Yes).click()

    when_modal(yes)
    qtbot.keyClick(window.form, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert asked[0].startswith("Hủy bản nhập phiếu số 1?")
    assert stored(window.service) == [(1, "voided", (1, 1, 1, 1, 1))]
    assert window.service.entered == 0 and window.side.last_label.text() == "Phiếu số 1: ĐÃ HỦY"
    # the form no longer says the ballot is saved: it says it was voided
    assert window.form.message.text() == "Đã hủy bản nhập phiếu số 1."
    model = window.ballot_list.model
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert model.index(0, 3).data() == "đã hủy"
    assert model.index(0, 4).data() == "hủy ngay sau khi nhập"  # why, in the ballot list
    events = CountFile.open(window.service.path, read_only=True).events()
    assert events[-1].kind == "ballot_voided"
    assert events[-1].data["reason"] == "hủy ngay sau khi nhập"  # no key names in the record
    # a second Ctrl+Z asks nothing and says why: that entry is voided already
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.form, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.form.message.text() == (
        "Bản nhập phiếu số 1 (phiếu vừa lưu) đã được hủy. Muốn hủy bản nhập một phiếu khác, "
        "chọn phiếu đó trong tab Danh sách phiếu.")
    assert len(asked) == 1


def test_ctrl_z_before_any_ballot_says_there_is_nothing_to_void(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClick(window.form, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.form.message.text() == "Chưa có phiếu nào được lưu: không có gì để hủy."
    assert window.service.ballots() == []


def test_the_rekey_dialog_starts_on_row_one_and_never_loses_a_correction(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_keys(qtbot, window.form, "11111\n22222\n")
    page = window.ballot_list
    page.find_number.setValue(1)
    opened: list[RekeyDialog] = []

    def correct(dialog: QWidget) -> None:
        assert isinstance(dialog, RekeyDialog)
        opened.append(dialog)
        form = dialog.form
        assert form.marks == (1, 1, 1, 1, 1) and form.current_row == 0  # row 1, to correct
        type_keys(qtbot, form, "\n")  # unchanged: refused, and the dialog stays
        assert dialog.isVisible() and form.message.text() == (
            "CHƯA LƯU: bản nhập lại giống hệt bản đã lưu: sửa dòng cần sửa trước khi lưu")
        type_keys(qtbot, form, "vvv3")  # rows 1–3 as they were, row 4 corrected
        assert form.marks == (1, 1, 1, 3, 1)
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # Enter in the reason: no reason yet
        assert dialog.isVisible() and form.message.text() == "CHƯA LƯU: ghi lý do nhập lại"
        type_keys(qtbot, dialog.reason, "doc nham dong 4")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # now it saves, and only then closes

    when_modal(correct)
    qtbot.mouseClick(page.rekey_button, Qt.MouseButton.LeftButton)
    assert opened and opened[0].result() == QDialog.DialogCode.Accepted
    assert stored(window.service)[0] == (1, "valid", (1, 1, 1, 3, 1))
    assert page.model.index(0, 2).data() == "11131"
    assert [e.kind for e in window.service.events()].count("ballot_edited") == 1
    assert window.statusBar().currentMessage() == "Đã lưu phiếu số 1 nhập lại."


def test_the_save_button_of_the_rekey_dialog(qtbot: QtBot, window: MainWindow) -> None:
    type_keys(qtbot, window.form, "11111\n")
    dialog = RekeyDialog(window.service, window.service.ballot(1), window)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    type_keys(qtbot, dialog.form, "3")
    type_keys(qtbot, dialog.reason, "row 1 misread")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert stored(window.service) == [(1, "valid", (3, 1, 1, 1, 1))]


def test_voiding_from_the_list_asks_for_a_reason_and_stays_open_until_given(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_keys(qtbot, window.form, "11111\n22222\n")
    page = window.ballot_list
    page.find_number.setValue(2)
    seen: list[str] = []

    def void(dialog: QWidget) -> None:
        assert isinstance(dialog, VoidDialog)
        seen.append(dialog.windowTitle())
        assert dialog.width() >= dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # no reason: said, not closed
        assert dialog.isVisible() and dialog.error.text() == "Ghi lý do hủy bản nhập."
        type_keys(qtbot, dialog.reason, "giay rach, nhap lai")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)

    when_modal(void)
    qtbot.mouseClick(page.void_button, Qt.MouseButton.LeftButton)
    assert seen == ["Hủy bản nhập phiếu số 2"]
    assert stored(window.service)[1] == (2, "voided", (2, 2, 2, 2, 2))
    assert window.statusBar().currentMessage() == "Đã hủy bản nhập phiếu số 2."
    assert page.model.index(1, 4).data() == "giay rach, nhap lai"
    assert window.service.verify() == []


@pytest.mark.parametrize("numlock", ["on", "off"])
def test_keypad_keys_mean_their_digit_whatever_num_lock_says(
    qtbot: QtBot, window: MainWindow, numlock: str
) -> None:
    keypad = Qt.KeyboardModifier.KeypadModifier
    keys = ([Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_0] if numlock == "on" else
            [Qt.Key.Key_End, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Insert])
    for key in keys:
        qtbot.keyClick(window.form, key, keypad)
    assert window.form.marks == (1, 2, 3, BLANK, None)
    qtbot.keyClick(window.form, Qt.Key.Key_Up)  # the arrow keys still move
    assert window.form.current_row == 3
    qtbot.keyClick(window.form, Qt.Key.Key_Up, keypad)  # keypad 8: there is no level 8
    assert window.form.message.text() == "Phiếu có 3 mức; không có mức 8."
    qtbot.keyClick(window.form, Qt.Key.Key_Enter, keypad)
    assert window.form.current_row == 4 and stored(window.service) == []


def test_a_modifier_pressed_between_plus_and_the_level_keeps_the_fill(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_keys(qtbot, window.form, "+")
    for modifier in (Qt.Key.Key_Shift, Qt.Key.Key_NumLock, Qt.Key.Key_Control):
        qtbot.keyClick(window.form, modifier)
    type_keys(qtbot, window.form, "2")
    assert window.form.marks == (2, 2, 2, 2, 2)


def test_no_stale_words_under_the_form(qtbot: QtBot, window: MainWindow) -> None:
    type_keys(qtbot, window.form, "1\n")
    assert window.form.message.text() == "Dòng 2 chưa nhập; phiếu chưa được lưu."
    type_keys(qtbot, window.form, "+1")
    assert window.form.message.text() == ""  # complete now: the old complaint is gone


def test_closing_the_window_with_a_half_keyed_ballot_asks_first(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_keys(qtbot, window.form, "12")
    press_in_modal(qtbot, Qt.Key.Key_Return)  # the default answer keeps the window and ballot
    assert not window.close()
    assert window.isVisible() and window.form.marks[:2] == (1, 2)

    def drop(dialog: QWidget) -> None:
        click_destructive(dialog)

    when_modal(drop)
    assert window.close()


def test_a_click_that_brings_the_window_back_does_not_move_the_cursor(
    qtbot: QtBot, window: MainWindow
) -> None:
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow())
    grid = window.form.grid
    row = grid.row_rect(3)
    x, width = grid.columns.boxes[2]
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=QPoint(x + width // 2, row.center().y()))
    assert window.form.marks == (None,) * 5 and window.form.current_row == 0
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.form._activated_at = 0.0  # as if it had been active for a while
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=QPoint(x + width // 2, row.center().y()))
    assert window.form.marks[3] == 3 and window.form.current_row == 4


def test_nothing_is_claimed_saved_when_the_save_fails(
    qtbot: QtBot, service: CountService
) -> None:
    service._count.db.execute("PRAGMA query_only=1")  # SQLite now refuses every write
    window = MainWindow(service)
    qtbot.addWidget(window)
    window.show()
    type_keys(qtbot, window.form, "12312\n")
    assert window.form.message.text().startswith("CHƯA LƯU: ")
    assert "không lưu được gì vào tệp" in window.form.message.text()  # in Vietnamese
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
    window = MainWindow(reader)
    qtbot.addWidget(window)
    window.show()
    banner = window.findChild(QLabel, "readOnlyBanner")
    assert banner is not None and banner.text().startswith("CHỈ XEM")
    assert not window.form.isEnabled()
    assert window.form.message.text() == "Tệp chỉ được mở để xem: không thể nhập phiếu."
    type_keys(qtbot, window.form, "11111\n")
    assert window.form.marks == (None,) * 5 and reader.entered == 0
    with raises_words("open read-only", StorageError):  # and the service refuses too
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


def test_closing_a_short_stack_asks_why_and_stays_open_until_told(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.service.open_stack("B", 3)
    type_keys(qtbot, window.form, "11111\n")
    seen: list[str] = []

    def why(dialog: QWidget) -> None:
        seen.append(dialog.windowTitle())
        reason = dialog.findChild(QLineEdit, "closeStackReason")
        qtbot.keyClick(reason, Qt.Key.Key_Return)  # no reason: said under the field
        assert dialog.isVisible()
        seen.append(dialog.findChild(QLabel, "closeStackError").text())
        type_keys(qtbot, reason, "hai to nam o tap C")
        qtbot.keyClick(reason, Qt.Key.Key_Return)

    when_modal(why)
    window.menu_actions["closeStackAction"].trigger()
    assert seen[0] == "Đóng tập B"
    assert "B" in seen[1] and "1" in seen[1] and "3" in seen[1]
    assert window.service.stacks[0].closed
    assert window.service.stacks[0].close_reason == "hai to nam o tap C"
    assert window.statusBar().currentMessage() == "Đã đóng tập B với 1/3 phiếu."
    assert window.form.hasFocus() or window.focusWidget() is window.form


def test_help_on_f1_is_the_table_of_bindings(qtbot: QtBot, window: MainWindow) -> None:
    shown: list[str] = []

    def read(dialog: QWidget) -> None:
        shown.append(dialog.objectName())
        table = dialog.findChild(QLabel, "helpTable")
        assert table is not None
        for keys, does in keypad.help_rows(3, Lang.VI):
            assert html.escape(keys) in table.text() and html.escape(does) in table.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    when_modal(read)
    qtbot.keyClick(window.form, Qt.Key.Key_F1)
    assert shown == ["helpOverlay"]
    assert window.form.hint.text() == keypad.hint(keypad.Mode.ROWS, 3, Lang.VI)


def test_the_form_follows_a_new_list_of_officials(qtbot: QtBot, window: MainWindow) -> None:
    import dataclasses

    from desktop.domain.count import Official

    d = window.service.definition
    window.service.update_definition(
        dataclasses.replace(d, officials=(*d.officials, Official("Đinh Thị Sáu", "Ủy viên"))))
    assert len(window.form.marks) == 6 and len(window.side.last_grid.marks) == 6
    type_keys(qtbot, window.form, "+1\n")
    assert stored(window.service) == [(1, "valid", (1,) * 6)]


def test_no_progress_bar_fills_while_the_ballots_collected_are_not_known(
        qtbot: QtBot, tmp_path: Path) -> None:
    service = CountService.create(tmp_path / "u.kiemphieu", make_definition(3), Numbers())
    window = MainWindow(service)
    qtbot.addWidget(window)
    window.show()
    type_keys(qtbot, window.form, "123\n")
    assert service.entered == 1
    assert window.side.progress.isHidden()  # "1 / —" with a full bar read as finished
    assert "1 / —" in window.side.progress_label.text()
    service.set_numbers(members=10, summoned=10, present=10, issued=10, collected=10)
    assert not window.side.progress.isHidden() and window.side.progress.value() == 1
