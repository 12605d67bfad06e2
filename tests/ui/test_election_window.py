"""An election set up in the dialog and keyed on the form, with the keyboard as the committee
does: the same count as the command line makes with the same choices, the seats checked
beside their field, strike lists keyed by the struck rows, and the program's verdict shown
before the ballot is saved and stored with it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.cli.main import main as cli
from desktop.domain import election_rules
from desktop.domain.ballot import InvalidReason
from desktop.domain.count import CountDefinition, Numbers, Official
from desktop.domain.election import KEPT, ElectionSetup
from desktop.errors import ValidationError
from desktop.services.count_service import CountService
from desktop.ui import i18n
from desktop.ui.ballot_list import BallotListPage
from desktop.ui.dialogs import HelpDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.setup_dialog import SetupDialog
from tests.ui.conftest import type_keys

NAMES = [f"Nguyễn Văn {chr(ord('A') + i)}" for i in range(19)]


@pytest.fixture
def applied() -> list[tuple[CountDefinition, Numbers]]:
    return []


@pytest.fixture
def dialog(qtbot: QtBot, applied: list[tuple[CountDefinition, Numbers]]) -> SetupDialog:
    d = SetupDialog(lambda definition, numbers: applied.append((definition, numbers)))
    qtbot.addWidget(d)
    d.show()
    return d


def _type_number(qtbot: QtBot, spin: QSpinBox, value: int) -> None:
    spin.setFocus()
    spin.selectAll()
    type_keys(qtbot, spin, str(value))


def _set_up(qtbot: QtBot, d: SetupDialog, code: str, names: list[str], seats: int) -> None:
    """Title, rule set, candidates pasted, seats typed: what every election asks."""
    type_keys(qtbot, d.title, "Bầu Ban Chấp hành")
    d.rules.preset.setCurrentIndex(d.rules.preset.findData(code))
    QGuiApplication.clipboard().setText("".join(f"{n}\t\n" for n in names))
    qtbot.mouseClick(d.officials.findChild(QPushButton, "pasteOfficials"),
                     Qt.MouseButton.LeftButton)
    _type_number(qtbot, d.rules.election.seats, seats)


def _cli_count(tmp_path: Path, names: list[str], *args: object) -> CountService:
    csv = tmp_path / "candidates.csv"
    csv.write_text("name,title\n" + "".join(f"{n},\n" for n in names), encoding="utf-8")
    path = tmp_path / "cli.kiemphieu"
    assert cli(["new", str(path), "--title", "Bầu Ban Chấp hành", "--officials", str(csv),
                *map(str, args)]) == 0
    return CountService.open(path, read_only=True)


def _same_count(made: tuple[CountDefinition, Numbers], service: CountService) -> None:
    definition, numbers = made
    assert definition.rules.to_dict() == service.definition.rules.to_dict()
    assert definition.election == service.definition.election
    assert [o.name for o in definition.on_ballot] == [o.name for o in
                                                      service.definition.on_ballot]
    assert numbers == service.numbers


def test_a_party_election_set_up_in_the_dialog_is_the_command_line_s(
        qtbot: QtBot, dialog: SetupDialog, applied: list[tuple[CountDefinition, Numbers]],
        tmp_path: Path) -> None:
    _set_up(qtbot, dialog, "party-190", NAMES, 15)
    assert dialog.tabs.tabText(2) == "&Danh sách bầu cử"
    assert dialog.officials.summary.text() == "19 người trong danh sách bầu cử"
    editor = dialog.rules.election
    assert editor.exclusions.isVisibleTo(dialog.rules)  # the base subtracts the excluded
    assert not editor.fraction.isEnabled()  # a preset's rule is its law's
    assert not dialog.rules.thresholds.isVisibleTo(dialog.rules)  # a confidence vote's only
    qtbot.mouseClick(editor.findChild(QPushButton, "addExclusion"), Qt.MouseButton.LeftButton)
    editor.exclusions.item(0, 0).setText("Sinh hoạt tạm thời nơi khác")
    editor.exclusions.item(0, 1).setText("2")
    _type_number(qtbot, editor.round, 2)
    for name, value in (("summoned", 60), ("present", 55), ("issued", 55), ("collected", 55)):
        _type_number(qtbot, dialog.numbers[name], value)
    assert "quá 1/2 tổng số đại biểu được triệu tập" in dialog.rules.sentence.text()
    assert dialog.error.text() == ""
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    with _cli_count(tmp_path, NAMES, "--rules", "party-190", "--seats", 15, "--round", 2,
                    "--exclusion", "Sinh hoạt tạm thời nơi khác:2", "--summoned", 60,
                    "--present", 55, "--issued", 55, "--collected", 55) as service:
        _same_count(applied[0], service)
        assert applied[0][0].base_of(applied[0][1], 0) == 58


def test_a_custom_election_s_choices_are_the_command_line_s(
        qtbot: QtBot, dialog: SetupDialog, applied: list[tuple[CountDefinition, Numbers]],
        tmp_path: Path) -> None:
    _set_up(qtbot, dialog, "custom-election", NAMES[:5], 3)
    editor = dialog.rules.election
    assert editor.fraction.isEnabled() and not editor.exclusions.isVisibleTo(dialog.rules)
    model = dialog.rules.base.model()
    assert not model.flags(model.index(dialog.rules.base.findData("valid"), 0)) & \
        Qt.ItemFlag.ItemIsEnabled  # each official's own valid ballots: no election's base
    dialog.rules.base.setCurrentIndex(dialog.rules.base.findData("collected"))
    editor.boundary.setCurrentIndex(editor.boundary.findData(True))
    editor.fraction.selectAll()
    type_keys(qtbot, editor.fraction, "2/3")
    editor.all_struck.setCurrentIndex(editor.all_struck.findData("invalid"))
    editor.tie.setCurrentIndex(editor.tie.findData("older"))
    qtbot.mouseClick(editor.largest_remainder, Qt.MouseButton.LeftButton)
    assert "từ 2/3 tổng số phiếu thu về trở lên" in dialog.rules.sentence.text()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    with _cli_count(tmp_path, NAMES[:5], "--rules", "custom-election", "--seats", 3,
                    "--base", "collected", "--at-least", "--fraction", "2/3",
                    "--all-struck", "invalid", "--tie", "older",
                    "--largest-remainder") as service:
        _same_count(applied[0], service)


def test_seats_above_the_candidates_are_said_beside_the_field(
        qtbot: QtBot, dialog: SetupDialog) -> None:
    type_keys(qtbot, dialog.title, "Bầu")
    dialog.rules.preset.setCurrentIndex(dialog.rules.preset.findData("state-election"))
    assert dialog.rules.election.seats_error.text() == "chưa nhập số lượng cần bầu"
    _set_up(qtbot, dialog, "state-election", NAMES[:5], 6)
    sentence = "số lượng cần bầu (6) nhiều hơn số người trong danh sách (5)"
    assert dialog.rules.election.seats_error.text() == sentence
    assert dialog.error.text() == "Quy tắc: " + sentence
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    _type_number(qtbot, dialog.rules.election.seats, 5)  # no surplus: a yes/no list
    assert dialog.rules.election.seats_error.text() == "" and dialog.error.text() == ""
    dialog.rules.preset.setCurrentIndex(dialog.rules.preset.findData("party-96"))
    assert dialog.tabs.tabText(2) == "&Danh sách trên phiếu"  # a confidence vote again
    assert not dialog.rules.election.isVisibleTo(dialog.rules)
    model = dialog.rules.base.model()
    assert not model.flags(model.index(dialog.rules.base.findData("summoned_less_excluded"),
                                       0)) & Qt.ItemFlag.ItemIsEnabled  # no exclusions here


def _window(qtbot: QtBot, made: tuple[CountDefinition, Numbers], path: Path) -> MainWindow:
    service = CountService.create(path, *made)
    w = MainWindow(service)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.form.setFocus()
    return w


def test_ten_ballots_of_an_election_set_up_in_the_dialog_keyed_by_their_struck_rows(
        qtbot: QtBot, dialog: SetupDialog, applied: list[tuple[CountDefinition, Numbers]],
        count_path: Path) -> None:
    _set_up(qtbot, dialog, "party-190", NAMES, 15)
    _type_number(qtbot, dialog.numbers["summoned"], 60)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    w = _window(qtbot, applied[0], count_path)
    form = w.form
    bar = form.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0  # 19 names: the list shown from row 1
    assert "+ không gạch ai" in form.hint.text()
    assert form.verdict.text() == ""  # nothing keyed yet: nothing to say
    type_keys(qtbot, form, "3\n7\n1")
    assert form.verdict.text().startswith("đang gõ dòng 1 · ")  # the number, before its Enter
    type_keys(qtbot, form, "2\n5\n")
    assert form.verdict.text() == "Giữ lại 15/15 tên"
    assert form.marks[2] == 2 and form.marks.count(2) == 4
    type_keys(qtbot, form, "\n")
    assert form.message.text() == "Phiếu số 1 đã lưu."
    type_keys(qtbot, form, "\n")  # a second Enter by mistake saves nothing
    assert "phiếu chưa được lưu" in form.message.text()
    type_keys(qtbot, form, "+")  # the whole list kept: 19 names for 15 seats
    assert form.verdict.text() == "giữ lại 19 tên, bầu 15: phiếu không hợp lệ"
    type_keys(qtbot, form, "\n")
    assert form.message.text() == ("Phiếu số 2 đã lưu là phiếu không hợp lệ: để lại nhiều "
                                   "tên hơn số lượng cần bầu.")
    assert w.side.last_label.text() == ("Phiếu số 2: KHÔNG HỢP LỆ (để lại nhiều tên hơn số "
                                        "lượng cần bầu)")
    for keys in ("1\n2\n3\n4\n\n",  # 3: four struck
                 "*\n",  # 4: every name struck, valid under QĐ 190 (it elects nobody)
                 "1\n2\n3\n\n",  # 5: sixteen kept, invalid
                 "1\n2\n3\n4\n5<6\n\n",  # 6: a digit corrected: 1 2 3 4 6 struck
                 "/1\n",  # 7: not the committee's ballot
                 "10\n11\n12\n13\n\n",  # 8: two-digit rows
                 "19\n18.17,16\n\n",  # 9: separators for Enter
                 "*1\n2\n\n"):  # 10: every name struck but 1 and 2
        type_keys(qtbot, form, keys)
    service = w.service
    stored = service.ballots()
    assert [b.number for b in stored] == list(range(1, 11))

    def struck(*rows: int) -> tuple[int, ...]:
        return tuple(2 if i + 1 in rows else 1 for i in range(19))

    assert [b.marks for b in stored if b.number != 7] == [
        struck(3, 5, 7, 12), struck(), struck(1, 2, 3, 4), struck(*range(1, 20)),
        struck(1, 2, 3), struck(1, 2, 3, 4, 6), struck(10, 11, 12, 13),
        struck(16, 17, 18, 19), struck(*range(3, 20))]
    assert [(b.number, b.reason) for b in stored if b.reason] == [
        (2, InvalidReason.TOO_MANY_KEPT), (5, InvalidReason.TOO_MANY_KEPT),
        (7, InvalidReason.NOT_ISSUED)]
    assert service.tally.valid == 7 and service.verify() == []
    listed = w.findChild(QTableView, "ballotList")
    assert listed is not None
    assert listed.model().index(1, 3).data() == ("không hợp lệ: để lại nhiều tên hơn số lượng "
                                                 "cần bầu")


def test_a_yes_no_list_is_keyed_as_a_confidence_ballot_of_two_levels(
        qtbot: QtBot, count_path: Path, tmp_path: Path) -> None:
    with _cli_count(tmp_path, NAMES[:3], "--rules", "trade-union", "--seats", 3) as cli_made:
        made = (cli_made.definition, cli_made.numbers)
    w = _window(qtbot, made, count_path)
    form = w.form
    assert form.grid._levels == ("Đồng ý", "Không đồng ý")
    type_keys(qtbot, form, "12")
    assert form.verdict.text() == "Đồng ý 1/3 người"
    type_keys(qtbot, form, "x\n+1\n120\n")
    assert [b.marks for b in w.service.ballots()] == [(1, 2, 10), (1, 1, 1), (1, 2, 0)]
    assert all(b.reason is None for b in w.service.ballots())


def test_all_struck_is_invalid_where_the_rules_say_so_and_said_before_saving(
        qtbot: QtBot, count_path: Path, tmp_path: Path) -> None:
    with _cli_count(tmp_path, NAMES[:5], "--rules", "state-election", "--seats", 3) as made:
        definition, numbers = made.definition, made.numbers
    w = _window(qtbot, (definition, numbers), count_path)
    type_keys(qtbot, w.form, "*")
    assert w.form.verdict.text() == "gạch tên tất cả: phiếu không hợp lệ theo quy định"
    type_keys(qtbot, w.form, "\n")
    assert w.service.ballots()[0].reason is InvalidReason.ALL_STRUCK
    assert "gạch tên tất cả" in w.form.message.text()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_f1_help_of_a_strike_list_lists_its_keys(qtbot: QtBot, lang: str) -> None:
    from desktop.domain import strike_keypad

    i18n.install_translator(lang)
    help_dialog = HelpDialog(2, None, strike_keypad.BINDINGS)
    qtbot.addWidget(help_dialog)
    text = help_dialog.findChild(object, "helpTable").text()  # type: ignore[union-attr]
    assert "N Enter" in text and "+ Enter" in text
    assert ("gạch tên" in text) == (lang == "vi")


def test_a_later_round_opened_in_the_dialog_keeps_its_earlier_rounds(
        qtbot: QtBot, applied: list[tuple[CountDefinition, Numbers]], tmp_path: Path) -> None:
    from dataclasses import replace

    from desktop.domain.election_setup import PreviousRound

    with _cli_count(tmp_path, NAMES[:5], "--rules", "party-190", "--seats", 2, "--round", 2,
                    "--summoned", 30) as made:
        first = PreviousRound(1, "vong-1.kiemphieu", "id", "ABCD", 3, ("Nguyễn Văn A",))
        assert made.definition.election is not None
        definition = replace(made.definition,
                             election=replace(made.definition.election, previous=(first,)))
        numbers = made.numbers
    d = SetupDialog(lambda de, nu: applied.append((de, nu)), definition, numbers)
    qtbot.addWidget(d)
    d.show()
    assert d.rules.election.seats.value() == 2 and d.rules.election.round.value() == 2
    type_keys(qtbot, d.place, "Hà Nội")
    d.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert applied[0][0].election == definition.election  # the first round is not dropped


def test_the_excluded_categories_are_typed_where_the_cursor_goes(
        qtbot: QtBot, dialog: SetupDialog, applied: list[tuple[CountDefinition, Numbers]]
) -> None:
    """The newcomer's walk: "Thêm loại trừ" left the cursor elsewhere, an untouched row said
    "“:0” cannot be read (NAME:NUMBER)", and Alt+E did not reach the seats, so the seats typed
    went into the table."""
    _set_up(qtbot, dialog, "party-190", NAMES, 15)
    editor = dialog.findChild(QWidget, "electionEditor")
    add = editor.findChild(QPushButton, "addExclusion")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)  # a second, left untouched
    table = editor.exclusions
    assert table.currentRow() == 1 and table.currentColumn() == 0
    assert editor.setup().exclusions == ()  # untouched rows are left out, no error
    table.setCurrentCell(0, 0)
    table.item(0, 0).setText("Sinh hoạt tạm thời nơi khác")
    with pytest.raises(ValidationError) as caught:
        editor.setup()
    assert caught.value.code == "exclusion_row_unreadable" and caught.value.values["row"] == 1
    table.item(0, 1).setText("2")
    assert [(e.label, e.count) for e in editor.setup().exclusions] == [
        ("Sinh hoạt tạm thời nơi khác", 2)]
    seats_label = next(label for label in editor.findChildren(QLabel)
                       if label.text() == "&Số lượng cần bầu:")
    assert seats_label.buddy() is editor.seats


def test_the_ballot_list_shows_a_verdict_whole(qtbot: QtBot, tmp_path: Path) -> None:
    """The newcomer's walk: "không hợp lệ: để lại…" was cut short, sized on a list that had no
    invalid ballot yet."""
    definition = CountDefinition("Bầu", election_rules.lookup("party-190"),
                                 tuple(Official(f"Người {i}") for i in range(1, 6)),
                                 election=ElectionSetup(3))
    service = CountService.create(tmp_path / "e.kiemphieu", definition, Numbers(5, 5, 5, 5, 5))
    page = BallotListPage(service)
    qtbot.addWidget(page)
    service.record_ballot((KEPT,) * 5)  # too many kept
    text = page.model.index(0, 3).data()
    assert text == "không hợp lệ: để lại nhiều tên hơn số lượng cần bầu"
    width = page.table.horizontalHeader().sectionSize(3)
    assert page.table.fontMetrics().horizontalAdvance(text) < width
    assert page.model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == text
