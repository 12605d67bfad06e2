"""The results view and the projector follow the count."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desktop.cli.main import main as cli
from desktop.domain.tally import level_counts_text
from desktop.domain.words import Lang
from desktop.render import chart_style
from desktop.services.count_service import CountService
from desktop.ui import projector_window
from desktop.ui.main_window import MainWindow
from desktop.ui.projector_window import Mode, ProjectorWindow
from tests.ui.conftest import type_keys


def test_results_view_chart_table_copy(qtbot: QtBot, window: MainWindow) -> None:
    view = window.results_view
    assert view.chart.objectName() == "resultsChart" and view.table.objectName() == "resultsTable"
    type_keys(qtbot, window.form, "31111\n")
    assert view.chart.snapshot.entered == 1
    assert view.chart.snapshot.results[0].counts == (0, 0, 1)
    window.tabs.setCurrentWidget(view)
    qtbot.mouseClick(view.findChild(QPushButton, "copyResults"), Qt.MouseButton.LeftButton)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert window.statusBar().currentMessage() == (
        f"Đã chép bảng ({len(lines) - 1} dòng và dòng tiêu đề): dán vào bảng tính hoặc văn "
        "bản bằng Ctrl+V.")
    assert lines[0].split("\t")[:4] == ["STT", "Họ và tên", "Chức vụ", "Tín nhiệm cao"]
    assert lines[1].split("\t")[:9] == [
        "1", "Nguyễn Văn Số 1", "Ủy viên", "0", "0,00", "0", "0,00", "1", "0,51"]
    view.sort.setCurrentIndex(view.sort.findData(3))
    assert view.chart.options.sort_level == 3


def test_projector_modes_follow_the_count(
    qtbot: QtBot, service: CountService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(projector_window, "ECHO_SECONDS", 0.2)
    projector = ProjectorWindow(service)
    qtbot.addWidget(projector)
    projector.open_on_best_screen()
    assert projector.objectName() == "projectorWindow"
    assert projector.stack.currentWidget() is projector.chart
    service.record_ballot((1, 2, 3, 1, 1))
    assert projector.chart.snapshot.entered == 1
    assert projector.progress.text() == "Đã nhập 1 / 196 phiếu"
    projector.set_mode(Mode.ECHO)
    service.record_ballot((3, 3, 3, 3, 3))
    assert projector.stack.currentWidget() is projector.echo
    assert projector.echo.ballot is not None and projector.echo.ballot.number == 2
    qtbot.waitUntil(lambda: projector.stack.currentWidget() is projector.waiting, timeout=3000)
    projector.set_mode(Mode.HIDDEN)
    service.record_ballot((1, 1, 1, 1, 1))
    assert projector.stack.currentWidget() is projector.hidden_label
    assert projector.hidden_label.text() == "Đang kiểm phiếu…\n3 / 196"
    assert projector.progress.text() == "Đã nhập 3 / 196 phiếu"
    image = projector.grab()
    assert image.width() > 0


def test_projector_from_the_main_window(qtbot: QtBot, window: MainWindow) -> None:
    window.menu_actions["projector_echo"].trigger()
    projector = window.commands.projector
    assert projector is not None
    qtbot.addWidget(projector)
    type_keys(qtbot, window.form, "11111\n")
    assert projector.echo.ballot is not None and projector.echo.ballot.number == 1


def test_on_one_screen_the_projector_fits_keeps_out_of_the_form_and_f5_toggles_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert len(QGuiApplication.screens()) == 1
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    type_keys(qtbot, window.form, "12")
    qtbot.keyClick(window.form, Qt.Key.Key_F5)  # F5 opens it …
    projector = window.commands.projector
    assert projector is not None and projector.isVisible()
    qtbot.addWidget(projector)
    area = window.screen().availableGeometry()
    assert not projector.isFullScreen() and area.contains(projector.frameGeometry())
    frame = projector.frameGeometry()  # small, in the bottom-right corner (the checks list)
    assert frame.left() > area.center().x() and frame.top() > area.top() + area.height() // 3
    # … it never takes the keyboard: the next key still marks the ballot …
    assert projector.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert projector.windowFlags() & Qt.WindowType.WindowStaysOnTopHint  # and stays in view
    qtbot.waitUntil(window.isActiveWindow)
    type_keys(qtbot, window.form, "3")
    assert window.form.marks[:3] == (1, 2, 3)
    window.menu_actions["projector_hidden"].trigger()  # a mode keeps it open, in view
    assert projector.isVisible() and projector.mode is Mode.HIDDEN
    qtbot.keyClick(window.form, Qt.Key.Key_F5)  # … and F5 in the window closes it
    assert not projector.isVisible()
    qtbot.keyClick(window.form, Qt.Key.Key_F5)
    assert projector.isVisible()
    qtbot.keyClick(projector, Qt.Key.Key_Escape)  # if it ever has the keys, Esc closes it
    assert not projector.isVisible()


def test_every_cell_of_the_results_table_is_shown_whole(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A % column sized when 5,31 was the widest must still show 15,31 (not "5,31")."""
    window.tabs.setCurrentIndex(2)
    service = window.service
    service.set_numbers(collected=40, issued=40, present=40, summoned=40, members=40)
    table = window.results_view.table
    model = window.results_view.model

    def cut_cells() -> list[str]:
        metrics = table.fontMetrics()
        header = table.horizontalHeader()
        cut = []
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                text, _ = model.cell(row, column)
                if metrics.horizontalAdvance(text) > header.sectionSize(column) - 8:
                    cut.append(f"{row},{column}: {text}")
        return cut

    type_keys(qtbot, window.form, "2+3\n")  # 1 of 40 high: 2,50 %
    assert cut_cells() == []
    for _ in range(20):  # 21 of 40 low for everyone but the first: 52,50 %, a threshold
        type_keys(qtbot, window.form, "+3\n")
    assert model.cell(1, 8)[0] == "52,50" and "Tín nhiệm thấp > 1/2" in model.cell(1, 11)[0]
    assert cut_cells() == []
    words = model.cell(1, model.columnCount() - 1)[0]
    assert "✔" in words or "Tín nhiệm thấp" in words


def test_the_running_counts_are_labelled_in_the_ballot_order_everywhere(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_keys(qtbot, window.form, "3+1\n1+2\n")
    counts = window.service.tally.rows[0][:3]
    assert level_counts_text(counts) == "1: 1 · 2: 0 · 3: 1"
    snapshot = window.service.snapshot()
    result = snapshot.results[0]
    assert level_counts_text(result.counts, result.percents, Lang.VI).startswith(
        "1: 1 (0,51%) · 2: 0 (0,00%) · 3: 1 (0,51%)")
    assert chart_style.word("remaining", Lang.VI) == "chưa nhập"


def test_chart_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    count = tmp_path / "d.kiemphieu"
    assert cli(["demo", str(count), "--ballots", "30"]) == 0
    png, svg = tmp_path / "c.png", tmp_path / "c.svg"
    assert cli(["chart", str(count), "--png", str(png), "--svg", str(svg), "--width", "800"]) == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and svg.stat().st_size > 1000
    assert cli(["chart", str(count)]) == 2
    assert "cho --png OUT.png, --svg OUT.svg hoặc cả hai" in capsys.readouterr().err
    assert cli(["chart", str(count), "--png", str(png), "--width", "50"]) == 2
    assert cli(["chart", str(count), "--png", str(tmp_path / "no" / "c.png")]) == 2
