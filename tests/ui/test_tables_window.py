"""Counting tables in the window: table files made from the menu's action, three merged with
a duplicate and a foreign file refused, per-table results beside the consolidated ones."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.domain.ballot import InvalidInput, InvalidReason, KeyedInput
from desktop.domain.count import Numbers
from desktop.services.count_service import CountService
from desktop.ui import table_actions
from desktop.ui.main_window import MainWindow
from tests.helpers import make_definition
from tests.ui.conftest import type_keys, when_modal


def _dismiss_boxes() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            widget.close()


def test_three_tables_merged_in_the_window(qtbot: QtBot, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)  # "file made" notice
    master = CountService.create(tmp_path / "master.kiemphieu", make_definition(3),
                                 Numbers(100, 100, 90, 90, 20))
    window = MainWindow(master)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    files = []
    for i, marks in enumerate(((1, 2, 3), (3, 3, 3), (1, 1, 0)), start=1):
        path = table_actions.make_table_file(master, window, f"Bàn {i}",
                                             tmp_path / f"ban{i}.kiemphieu")
        assert path is not None
        table = CountService.open(path)
        table.record_many([KeyedInput(marks)] * 3 + [InvalidInput(InvalidReason.NAME_ADDED)])
        table.close()
        files.append(path)
    other = CountService.create(tmp_path / "other.kiemphieu", make_definition(4),
                                Numbers(10, 10, 10, 10, 10))
    foreign = table_actions.make_table_file(other, window, "Bàn 9", tmp_path / "ban9.kiemphieu")
    other.close()
    assert foreign is not None

    report = table_actions.merge_table_files(master, window, [*files, files[1], foreign])
    _dismiss_boxes()
    assert report[0] == ("✓ ban1.kiemphieu: bàn “Bàn 1”: thêm 4 phiếu, số 1–4 (3 hợp lệ, 1 "
                         "không hợp lệ), xếp vào tập “Bàn 1”")
    assert report[2] == ("✓ ban3.kiemphieu: bàn “Bàn 3”: thêm 4 phiếu, số 9–12 (3 hợp lệ, 1 "
                         "không hợp lệ), xếp vào tập “Bàn 3”")
    assert report[3] == "✗ ban2.kiemphieu: KHÔNG nhập — đã được nhập rồi (là bàn “Bàn 2”)"
    assert report[4] == ("✗ ban9.kiemphieu: KHÔNG nhập — thuộc về một cuộc kiểm phiếu khác "
                         "(không tạo từ tệp này, hoặc danh sách, quy tắc khác)")
    assert report[5] == ("Tệp chính có 0 phiếu trước khi nhập và 12 phiếu bây giờ: nhập 3 "
                         "tệp, từ chối 2 tệp; ngoài ra không có gì thay đổi.")
    assert master.entered == 12

    window.tabs.setCurrentIndex(2)
    view = window.results_view
    assert view.by_table.isVisible()
    assert [view.by_table.itemText(i) for i in range(view.by_table.count())] == [
        "Tổng hợp (mọi bàn)", "Bàn 1", "Bàn 2", "Bàn 3"]
    view.by_table.setFocus()
    type_keys(qtbot, view.by_table, "v")  # Down: the first table
    assert view.pages.currentWidget() is view.table_results
    shown = view.table_results
    assert "Bàn 1: phiếu số 1–4, 4 phiếu (3 hợp lệ, 1 không hợp lệ)" in shown.heading.text()
    row = [item.text() if (item := shown.table.item(2, c)) else "" for c in range(6)]
    assert row == ["3. Nguyễn Văn Số 3", "0", "0", "3", "0", "0"]
    assert view.table_text().splitlines()[3].split("\t") == [
        "3. Nguyễn Văn Số 3", "0", "0", "3", "0", "0"]  # Chép bảng copies the table shown
    assert not view.sort.isEnabled()
    type_keys(qtbot, view.by_table, "vv")
    row = [item.text() if (item := shown.table.item(2, c)) else "" for c in range(6)]
    assert row == ["3. Nguyễn Văn Số 3", "0", "0", "0", "3", "0"]  # Bàn 3: row 3 blank
    master.void_ballot(12, "đếm trùng")  # a table's ballot voided: its subtotal follows
    assert shown.heading.text().startswith("Bàn 3: phiếu số 9–12, 3 phiếu (3 hợp lệ, 0 không")
    type_keys(qtbot, view.by_table, "^^^")
    assert view.pages.currentIndex() == 0  # consolidated: the chart and the table


def test_a_table_named_as_a_stack_is_merged_under_the_name_the_committee_types(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)  # "file made" notice
    master = CountService.create(tmp_path / "master.kiemphieu", make_definition(3),
                                 Numbers(100, 100, 90, 90, 20))
    window = MainWindow(master)
    qtbot.addWidget(window)
    path = table_actions.make_table_file(master, window, "Bàn 1", tmp_path / "ban1.kiemphieu")
    assert path is not None
    with CountService.open(path) as table:
        table.record_many([KeyedInput((1, 2, 3))] * 2)
    master.open_stack("Bàn 1", 1)  # the master's own stack, opened later under that name
    master.record_ballot((3, 3, 3))
    asked: list[str] = []

    def another_name(dialog: QWidget) -> None:
        asked.append(dialog.windowTitle())
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_keys(qtbot, dialog.focusWidget(), "Bàn 1 phòng B")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    when_modal(another_name)
    lines = table_actions.merge_table_files(master, window, [path])
    _dismiss_boxes()
    assert asked == ["Gộp với tên khác"]
    assert [m.name for m in master.merged_tables] == ["Bàn 1 phòng B"]
    assert master.entered == 3 and "Bàn 1 phòng B" in lines[0]

    lines = table_actions.merge_table_files(master, window, [path])  # the same file again:
    _dismiss_boxes()  # refused by its content, without asking
    assert master.entered == 3 and len(master.merged_tables) == 1 and "✗" in lines[0]
