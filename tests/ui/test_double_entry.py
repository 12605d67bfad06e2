"""Double entry in the window, driven with the keyboard: the first entry keyed on the main
form, the second entry blind in the dialog, two differences decided one each way."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.domain import election_rules
from desktop.domain.count import CountDefinition, Numbers, Official
from desktop.domain.election import ElectionSetup
from desktop.services import double_entry
from desktop.services.count_service import CountService
from desktop.ui.main_window import MainWindow
from tests.helpers import make_definition
from tests.ui.conftest import type_keys, when_modal

FIRST = ["111", "123", "333", "201"]
SECOND = ["111", "122", "333", "211"]  # paper 2 misread by the second operator, 4 by the first


def _first_entry_keyed(qtbot: QtBot, tmp_path: Path) -> tuple[CountService, MainWindow]:
    """Stack A keyed once, by Lan, on the main form."""
    service = CountService.create(tmp_path / "d.kiemphieu", make_definition(3),
                                  Numbers(10, 10, 10, 10, 4))
    window = MainWindow(service)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    service.open_stack("A", 4, operator="Lan")
    for codes in FIRST:
        type_keys(qtbot, window.form, codes + "\n")
    assert service.stacks[0].closed and service.entered == 4
    return service, window


def test_a_disagreeing_double_entry_decided_both_ways(qtbot: QtBot, tmp_path: Path) -> None:
    service, window = _first_entry_keyed(qtbot, tmp_path)
    dialog = window.commands.double_entry()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert dialog.isMaximized()  # covers the keying tab and its last saved ballot
    assert dialog.stack.currentText() == "A" and "lần đầu do Lan nhập" in dialog.summary.text()
    type_keys(qtbot, dialog.operator, "lan\n")  # the first operator cannot key it again
    assert "lần hai phải do người khác nhập" in dialog.summary.text()
    dialog.operator.clear()
    type_keys(qtbot, dialog.operator, "Minh\n")
    assert dialog.pages.currentWidget() is dialog.form
    assert dialog.form.number_label.text() == "Lần hai · tập A · tờ thứ 1/4"
    assert dialog.form.marks == (None, None, None)  # blind: nothing of the first entry
    assert dialog.form.grid.counts is None  # nor the running counts
    for codes in SECOND:
        type_keys(qtbot, dialog.form, codes + "\n")

    view = dialog.differences
    assert dialog.pages.currentWidget() is view
    assert "Khác biệt 1/2" in view.heading.text() and "tờ thứ 2" in view.heading.text()
    assert "2 khác biệt, 2 chưa quyết định" in dialog.summary.text()
    row3 = [item.text() for c in range(3) if (item := view.table.item(3, c)) is not None]
    assert row3[1:] == ["Tín nhiệm thấp", "Tín nhiệm"]
    differing, same = view.table.item(3, 1), view.table.item(1, 1)
    assert differing is not None and same is not None
    assert QFont(differing.font()).bold() and not same.font().bold()
    header = view.table.horizontalHeaderItem(1)
    assert header is not None and header.text() == "Lần đầu (Lan)"

    view.by.setEditText("")
    view.keep_first.click()  # nobody named: nothing decided, the dialog says why
    assert "Ghi tên thành viên Ban kiểm phiếu" in dialog.summary.text()
    assert "Khác biệt 1/2" in view.heading.text()
    view.by.setEditText("Trần Thị Chủ Tịch")
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    # Alt+1 / Alt+2 press the buttons (a mnemonic clicks after a short animation)
    qtbot.keyClick(view.by, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # keep the first
    qtbot.waitUntil(lambda: "Khác biệt 2/2" in view.heading.text())
    assert "tờ thứ 4" in view.heading.text()
    qtbot.keyClick(view.by, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # take the second
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.empty)
    assert "1 giữ bản lần đầu, 1 theo bản lần hai" in dialog.empty.text()

    kept = service.ballot(2)
    replaced = service.ballot(4)
    assert kept is not None and kept.marks == (1, 2, 3)
    assert replaced is not None and replaced.marks == (2, 1, 1)
    entry = double_entry.entry(service, "A")
    assert entry is not None and entry.settled
    assert {r.by for r in entry.resolutions} == {"Trần Thị Chủ Tịch"}
    reason = service.events_of("ballot_edited")[0].data["reason"]
    assert reason == ("hai lần nhập tập A không khớp; đồng chí Trần Thị Chủ Tịch quyết định "
                      "theo lần nhập thứ hai, của Minh")
    assert not [c for c in service.checks() if c.code.startswith("double")]
    dialog.close()

    figures = window.commands.show_operators()  # Kiểm phiếu › Số liệu người nhập
    qtbot.addWidget(figures)
    table = figures.table
    cells = [[item.text() if (item := table.item(r, c)) else "" for c in range(table.columnCount())]
             for r in range(table.rowCount())]
    assert [row[0] for row in cells] == ["Lan", "Minh"]
    assert cells[0][1:5] == ["1", "4", "0", "0"] and cells[1][1:5] == ["0", "0", "1", "4"]
    assert cells[0][7:10] == ["2", "1", "1"] and cells[1][7:10] == ["2", "1", "1"]
    figures.close()


def test_discarding_a_second_entry_asks_why_until_told(qtbot: QtBot, tmp_path: Path) -> None:
    service, window = _first_entry_keyed(qtbot, tmp_path)
    dialog = window.commands.double_entry()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    type_keys(qtbot, dialog.operator, "Minh\n")
    type_keys(qtbot, dialog.form, SECOND[0] + "\n")  # the wrong stack: one paper in
    said: list[str] = []

    def why(box: QWidget) -> None:
        reason = box.findChild(QLineEdit, "discardSecondReason")
        qtbot.keyClick(reason, Qt.Key.Key_Return)  # no reason: said, nothing dropped
        said.append(box.findChild(QLabel, "discardSecondError").text())
        assert box.isVisible() and double_entry.entry(service, "A") is not None
        type_keys(qtbot, reason, "nhap nham tap")
        qtbot.keyClick(reason, Qt.Key.Key_Return)

    when_modal(why)
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert said == ["Ghi lý do hủy bản nhập lần hai."]
    assert double_entry.entry(service, "A") is None
    assert service.events()[-1].data == {"stack": "A", "reason": "nhap nham tap"}


def test_an_election_stack_keyed_twice_in_the_window_by_its_struck_rows(
        qtbot: QtBot, tmp_path: Path) -> None:
    """A strike list's second entry is keyed as the first, naming the struck rows, and a
    misread row is found; the program's own verdict is part of what is compared."""
    definition = CountDefinition(
        "Bầu Ban Chấp hành", election_rules.lookup("party-190"),
        tuple(Official(f"Trần Thị {c}") for c in "ABCDE"), election=ElectionSetup(3))
    service = CountService.create(tmp_path / "e.kiemphieu", definition,
                                  Numbers(10, 10, 10, 10, 3))
    window = MainWindow(service)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    service.open_stack("A", 3, operator="Lan")
    for keys in ("1\n2\n\n", "4\n5\n\n", "+\n"):  # the third keeps all five: invalid
        type_keys(qtbot, window.form, keys)
    assert service.entered == 3 and service.stacks[0].closed
    assert [b.reason for b in service.ballots()][2] is not None  # too many kept
    dialog = window.commands.double_entry()
    qtbot.addWidget(dialog)
    type_keys(qtbot, dialog.operator, "Minh\n")
    for keys in ("1\n2\n\n", "4\n3\n\n", "+\n"):  # paper 2: row 3 struck for row 5
        type_keys(qtbot, dialog.form, keys)
    entry = double_entry.entry(service, "A")
    assert entry is not None and entry.compared and len(entry.differences) == 1
    assert "Khác biệt 1/1" in dialog.differences.heading.text()
    dialog.close()
