"""Stacks counted by hand, entered from the tally sheet."""

import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.cli.output import results_json, results_table
from desktop.domain.count import Numbers
from desktop.domain.words import Lang
from desktop.errors import ValidationError
from desktop.render import minutes
from desktop.services import hand_tallies
from desktop.services.count_service import CountService
from desktop.ui.hand_tally_dialog import HandTallyDialog
from tests.helpers import make_definition, raises_words

SHEET = [[6, 2, 1, 1, 0], [8, 1, 0, 0, 1], [9, 0, 1, 0, 0]]  # 10 valid per official


@pytest.fixture
def service(tmp_path: Path) -> CountService:
    s = CountService.create(tmp_path / "h.kiemphieu", make_definition(3),
                            Numbers(50, 50, 40, 13, 13))
    s.record_ballot((1, 1, 1))
    return s


def test_a_stack_counted_by_hand(service: CountService, tmp_path: Path) -> None:
    with raises_words(kind=ValidationError, pattern="start a stack first"):
        hand_tallies.record(service, 10, 2, SHEET)
    service.open_stack("Tay 1", 12)
    bad = [[6, 2, 1, 1, 0], [8, 1, 0, 0, 0], [9, 0, 1, 0, 0]]
    with raises_words("Số 2: levels and invalid rows add up to 9, not the 10", ValidationError):
        hand_tallies.record(service, 10, 2, bad)
    with raises_words(kind=ValidationError, pattern="the sheet counts 11 ballots"):
        hand_tallies.record(service, 10, 1, SHEET)
    sheet = hand_tallies.record(service, 10, 2, SHEET)
    assert sheet.ballots == 12 and service.current_stack is None  # the stack is done
    assert service.entered == 13 and service.tally.valid == 11 and service.tally.invalid == 2
    assert service.tally.rows[0] == [7, 2, 1, 1, 0]
    assert [c.code for c in service.checks()] == ["invalid_over_3_percent"]
    reopened = CountService.open(service.path, read_only=True)
    assert reopened.tally.rows == service.tally.rows and reopened.entered == 13
    assert reopened.verify() == []
    # the file, read again, counts the sheet in its stack as the live session did
    assert reopened.stack_entered("Tay 1") == 12 and reopened.unstacked == service.unstacked
    assert [c.code for c in reopened.checks()] == ["invalid_over_3_percent"]
    reopened.close()
    pdf = tmp_path / "m.pdf"
    minutes.write_pdf(pdf, service.minutes_data())
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(str(pdf)).pages)
    assert "Tập Tay 1 được kiểm đếm tay (nhập từ bảng kiểm đếm): 12 phiếu" in text
    assert '"stack": "Tay 1"' in results_json(service, Lang.VI)
    assert "Tập Tay 1: kiểm đếm tay, 12 phiếu" in results_table(service, Lang.VI)
    path = service.path
    service.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE hand_tallies SET data = replace(data, '[6,2,1,1,0]', '[5,3,1,1,0]')")
    conn.commit()
    conn.close()
    edited = CountService.open(path, read_only=True)
    assert [p.code for p in edited.verify()] == ["hand_tallies_differ"]
    edited.close()


def test_the_dialog(qtbot: QtBot, service: CountService) -> None:
    service.open_stack("Tay 2", 12)
    dialog = HandTallyDialog(service)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "tập có 12 phiếu" in dialog.error.text()
    dialog.valid.setValue(10)
    dialog.invalid.setValue(2)
    for row, values in enumerate(SHEET):
        for column, value in enumerate(values):
            dialog.table.item(row, column).setText(str(value))
    assert ok.isEnabled() and dialog.error.text() == ""
    dialog.table.item(2, 0).setText("8")
    assert not ok.isEnabled()
    assert dialog.error.text() == "Nguyễn Văn Số 3: cộng được 9, phải bằng 10 phiếu hợp lệ"
    dialog.table.item(2, 0).setText("9")
    ok.click()
    assert service.entered == 13 and service.stacks[-1].closed
