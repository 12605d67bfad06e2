"""The setup dialog, typed into as a person would, for a new count and for an open one."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from desktop import app
from desktop.domain import importers, words, xlsx
from desktop.domain.count import CommitteeMember, CountDefinition, Numbers, Official, Role
from desktop.domain.rules import BaseKind
from desktop.domain.words import Lang
from desktop.errors import ValidationError
from desktop.services.count_service import CountService
from desktop.ui import setup_flow
from desktop.ui.main_window import MainWindow
from desktop.ui.setup_dialog import SetupDialog
from tests.domain import hostile_officials as hostile
from tests.ui.conftest import type_keys

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def applied() -> list[tuple[CountDefinition, Numbers]]:
    return []


@pytest.fixture
def dialog(qtbot: QtBot, applied: list[tuple[CountDefinition, Numbers]]) -> SetupDialog:
    d = SetupDialog(lambda definition, numbers: applied.append((definition, numbers)))
    qtbot.addWidget(d)
    d.show()
    return d


def ok_button(dialog: SetupDialog) -> object:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_a_new_count_typed_in(qtbot: QtBot, dialog: SetupDialog,
                              applied: list[tuple[CountDefinition, Numbers]]) -> None:
    assert not ok_button(dialog).isEnabled()  # type: ignore[attr-defined]
    assert dialog.title.hasFocus() or QApplication.focusWidget() is dialog.title  # ready to type
    assert dialog.error.text() == "Cuộc họp: chưa có nội dung kiểm phiếu"
    type_keys(qtbot, dialog.title, "Lấy phiếu tín nhiệm kỳ họp thứ 6")
    type_keys(qtbot, dialog.place, "Hà Nội")
    assert dialog.error.text() == "Danh sách trên phiếu: phiếu chưa có tên người nào"
    qtbot.mouseClick(dialog.rules.double, Qt.MouseButton.LeftButton)  # every stack keyed twice
    dialog.rules.preset.setCurrentIndex(dialog.rules.preset.findData("state-96"))
    assert "tổng số phiếu thu về" in dialog.rules.sentence.text()
    QGuiApplication.clipboard().setText(
        "Trần Văn Ả\tChủ tịch nước\nLê Thị Ỹ\tThủ tướng Chính phủ\nPhạm Ứ\tBộ trưởng\n")
    qtbot.mouseClick(dialog.officials.findChild(QPushButton, "pasteOfficials"),
                     Qt.MouseButton.LeftButton)
    assert dialog.officials.summary.text() == "3 người có tên trên phiếu"
    table = dialog.officials.table
    table.item(2, 2).setCheckState(Qt.CheckState.Checked)  # on sick leave: not on the ballot
    assert dialog.error.text() == "Danh sách trên phiếu: dòng 3: ghi lý do không có tên trên phiếu"
    table.item(2, 3).setText("nghỉ ốm")
    members = dialog.numbers["members"]
    members.selectAll()
    type_keys(qtbot, members, "480")
    present = dialog.numbers["present"]
    present.selectAll()
    type_keys(qtbot, present, "490")
    assert dialog.error.text() == \
        "Số liệu: Số có mặt (490) không thể lớn hơn tổng số thành viên (480)"
    present.selectAll()
    type_keys(qtbot, present, "470")
    assert dialog.error.text() == ""
    dialog._add_member(CommitteeMember("", Role.CHAIR))
    dialog.committee.item(0, 0).setText("Ngô Văn Chủ")
    dialog.committee.item(0, 2).setText("Phó Chánh Văn phòng Quốc hội")
    dialog._add_member(CommitteeMember("Lê Thư", Role.MEMBER))
    role = dialog.committee.cellWidget(1, 1)
    role.setCurrentIndex(role.findData("secretary"))  # type: ignore[attr-defined]
    assert role.currentText() == "Thư ký"  # type: ignore[attr-defined]
    dialog.copies.selectAll()
    type_keys(qtbot, dialog.copies, "3")
    type_keys(qtbot, dialog.document_number, "15")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    (definition, numbers), = applied
    assert definition.title == "Lấy phiếu tín nhiệm kỳ họp thứ 6" and definition.place == "Hà Nội"
    assert definition.rules.code == "state-96" and definition.rules.base is BaseKind.COLLECTED
    assert definition.rules.double_entry  # kept across the change of preset
    assert [o.name for o in definition.on_ballot] == ["Trần Văn Ả", "Lê Thị Ỹ"]
    assert definition.officials[2].excluded and definition.officials[2].exclusion_reason == \
        "nghỉ ốm"
    assert numbers == Numbers(members=480, present=470)
    assert definition.committee == (
        CommitteeMember("Ngô Văn Chủ", Role.CHAIR, "Phó Chánh Văn phòng Quốc hội"),
        CommitteeMember("Lê Thư", Role.SECRETARY))
    assert (definition.copies, definition.document_number) == (3, "15")


def test_custom_rules_and_thresholds(qtbot: QtBot, dialog: SetupDialog) -> None:
    rules = dialog.rules
    rules.preset.setCurrentIndex(rules.preset.findData("custom"))
    rules.levels.selectAll()
    type_keys(qtbot, rules.levels, "Đồng ý, Không đồng ý, Không biểu quyết")
    qtbot.mouseClick(rules.findChild(QPushButton, "addThreshold"), Qt.MouseButton.LeftButton)
    rules.thresholds.item(0, 0).setText("2")
    rules.thresholds.item(0, 3).setText("không được thông qua")
    built = rules.rule_set()
    assert built.levels == 3 and built.thresholds[0].level == 2
    assert "“Không đồng ý”: không được thông qua" in rules.sentence.text()
    rules.thresholds.item(0, 2).setText("half")
    assert "ngưỡng 1: viết mức là một số và tỷ lệ như 1/2" in rules.sentence.text()


@pytest.mark.parametrize("case", [c for c in hostile.CASES if c.name in (
    "column ZZZZZZ", "shared-strings bomb", "unterminated quote", "right-to-left override")],
    ids=lambda c: c.name)
def test_a_hostile_officials_file_is_refused_beside_the_list(
    qtbot: QtBot, dialog: SetupDialog, tmp_path: Path, case: hostile.Case
) -> None:
    source = tmp_path / case.file
    source.write_bytes(case.build())
    editor = dialog.officials
    assert not editor.load_file(source)
    with pytest.raises(ValidationError) as info:
        importers.parse_officials_file(source.read_bytes(), case.file)
    assert info.value.code == case.code
    assert editor.message.text() == words.describe(info.value, Lang.VI) + "."
    assert editor.message.text().startswith(case.file + ", ") or \
        editor.message.text().startswith(case.file + ": ")
    assert editor.table.rowCount() <= 1 and not [o for o in editor._loose() if o.name]


def test_officials_from_files(qtbot: QtBot, dialog: SetupDialog, tmp_path: Path) -> None:
    editor = dialog.officials
    assert not editor.load_file(DATA / "officials-openpyxl.xlsx")
    assert editor.message.text() == ("officials-openpyxl.xlsx, dòng 5: "
                                     "dòng có 4 trường, dòng tiêu đề có 2.")
    folder = tmp_path / "not-a-file.csv"
    folder.mkdir()
    assert not editor.load_file(folder)  # the system refuses: said with the file's name
    assert editor.message.text().startswith("Không đọc được not-a-file.csv: ")
    book = tmp_path / "ds.xlsx"
    book.write_bytes(xlsx.write_workbook([["Họ và tên", "Chức vụ"], ["Đỗ Văn Một", "Ủy viên"],
                                          ["Võ Thị Hai", ""]]))
    assert editor.load_file(book)
    csv = tmp_path / "ds.csv"
    csv.write_text("name,title\nBùi Ba,Bí thư\n", encoding="utf-8-sig")
    assert editor.load_file(csv)
    assert [o.name for o in editor.officials()] == ["Đỗ Văn Một", "Võ Thị Hai", "Bùi Ba"]
    editor.table.setCurrentCell(2, 0)
    editor.move_row(-1)
    editor.move_row(-1)
    assert [o.name for o in editor.officials()] == ["Bùi Ba", "Đỗ Văn Một", "Võ Thị Hai"]
    editor.remove_row()
    assert len(editor.officials()) == 2


def test_an_open_count_locks_officials_once_a_ballot_is_saved(
    qtbot: QtBot, service: CountService, monkeypatch: pytest.MonkeyPatch
) -> None:
    service.record_ballot((1, 1, 1, 1, 1))
    seen: list[SetupDialog] = []

    def run(self: SetupDialog) -> int:
        seen.append(self)
        for page in (self.officials, self.rules):
            assert page.isEnabled()  # Ctrl+Tab still walks every tab
            assert not any(w.isEnabled() for w in page.findChildren(QPushButton))
        assert not self.officials.table.isEnabled() and not self.rules.preset.isEnabled()
        assert self.lock_note.isVisibleTo(self)
        self.place.setText("Đà Nẵng")
        self.numbers["collected"].setValue(150)
        self.accept()
        return int(self.result())

    monkeypatch.setattr(SetupDialog, "exec", run)
    assert setup_flow.edit_count(service)
    assert service.definition.place == "Đà Nẵng" and service.numbers.collected == 150
    assert service.verify() == []


def test_refusals_stay_in_the_dialog(
    qtbot: QtBot, service: CountService, monkeypatch: pytest.MonkeyPatch
) -> None:
    service.record_ballot((1, 1, 1, 1, 1))
    errors: list[str] = []

    def run(self: SetupDialog) -> int:
        self.numbers["collected"].setValue(0)  # one ballot is already entered
        self.place.setText("Huế")
        self.accept()
        errors.append(self.error.text())
        return int(self.result())

    monkeypatch.setattr(SetupDialog, "exec", run)
    assert not setup_flow.edit_count(service)
    assert errors == ["Số liệu: đã nhập 1 phiếu; số phiếu thu về không thể là 0"]
    assert service.definition.place == "" and service.numbers.collected == 196  # unchanged


def test_new_count_from_the_start_page(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "hội nghị"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    def run(self: SetupDialog) -> int:
        self.title.setText("Bỏ phiếu tín nhiệm")
        self.rules.preset.setCurrentIndex(self.rules.preset.findData("no-confidence"))
        self.officials.set_officials((Official("Một Người"),))
        self.accept()
        return int(self.result())

    monkeypatch.setattr(SetupDialog, "exec", run)
    gui = app.Gui(Lang.VI)
    page = gui.show_start()
    qtbot.addWidget(page)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    window = gui.windows[-1]
    assert isinstance(window, MainWindow) and not page.isVisible()
    assert window.service.path == tmp_path / "hội nghị.kiemphieu"
    assert window.service.definition.rules.code == "no-confidence"
    assert window.form.grid.marks == [None]
