"""The results view and the projector follow the count."""

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desktop.cli.main import main as cli
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
    view.copy_table()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].split("\t")[:4] == ["STT", "Họ và tên", "Chức vụ", "Tín nhiệm cao"]
    assert lines[1].split("\t")[:9] == [
        "1", "Nguyễn Văn Số 1", "Ủy viên", "0", "0,00", "0", "0,00", "1", "0,51"]
    view.sort.setCurrentIndex(view.sort.findData(3))
    assert view.chart.options.sort_level == 3


def test_projector_modes_follow_the_count(
    qtbot: QtBot, service: CountService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(projector_window, "ECHO_SECONDS", 0.2)
    projector = ProjectorWindow(service, "vi")
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
    window.set_projector_mode(Mode.ECHO)
    assert window.projector is not None
    qtbot.addWidget(window.projector)
    type_keys(qtbot, window.form, "11111\n")
    assert window.projector.echo.ballot is not None
    assert window.projector.echo.ballot.number == 1


def test_chart_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    count = tmp_path / "d.kiemphieu"
    assert cli(["demo", str(count), "--ballots", "30"]) == 0
    png, svg = tmp_path / "c.png", tmp_path / "c.svg"
    assert cli(["chart", str(count), "--png", str(png), "--svg", str(svg), "--width", "800"]) == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and svg.stat().st_size > 1000
    assert cli(["chart", str(count)]) == 2
    assert "give --png OUT.png, --svg OUT.svg or both" in capsys.readouterr().err
    assert cli(["chart", str(count), "--png", str(png), "--width", "50"]) == 2
    assert cli(["chart", str(count), "--png", str(tmp_path / "no" / "c.png")]) == 2
