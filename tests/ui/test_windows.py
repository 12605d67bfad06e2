from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QMessageBox, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop import app
from desktop.services import demo
from desktop.services.count_service import CountService
from desktop.ui.count_window import CountWindow
from desktop.ui.results_model import ResultsModel
from desktop.ui.start_page import StartPage


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.kiemphieu"
    demo.create_demo(path, ballots=20).close()
    return path


def test_window_shows_the_count_and_follows_changes(qtbot: QtBot, demo_file: Path) -> None:
    window = app.create_window(demo_file, "vi")
    qtbot.addWidget(window)
    assert isinstance(window, CountWindow)
    assert window.windowTitle().startswith("Lấy phiếu tín nhiệm") and "demo.kiemphieu" in \
        window.windowTitle()
    table = window.findChild(QTableView, "resultsTable")
    model = table.model()
    assert model.rowCount() == 22 and model.columnCount() == 12
    summary = window.findChild(QLabel, "countSummary")
    assert "Đã nhập 20 / 196" in summary.text()
    before = int(model.index(0, 3).data())
    with qtbot.waitSignal(model.dataChanged):
        window.service.record_ballot((1,) * 22)
    assert int(model.index(0, 3).data()) == before + 1
    assert "Đã nhập 21 / 196" in summary.text()
    checks = window.findChild(QListWidget, "checksList")
    assert checks.item(0).text() == "Đã nhập 21 phiếu, số phiếu thu vào là 196."
    fingerprint = window.findChild(QLabel, "fingerprint").text()
    assert fingerprint.startswith("Dấu vân tay: ")


def test_results_model_passes_the_model_tester(
    qtmodeltester: ModelTester, demo_file: Path
) -> None:
    service = CountService.open(demo_file)
    model = ResultsModel(service, "vi")
    qtmodeltester.check(model, force_py=True)
    service.record_ballot((3,) * 22)  # the tester watches the change signals too
    assert model.index(21, 7).data() == "1"
    assert model.index(21, 8).data() == "0,51"
    service.close()


def test_english_window(qtbot: QtBot, demo_file: Path) -> None:
    window = app.create_window(demo_file, "en")
    qtbot.addWidget(window)
    model = window.findChild(QTableView, "resultsTable").model()
    assert model.headerData(3, Qt.Orientation.Horizontal) == "High confidence"
    assert "." in model.index(0, 4).data()


def test_an_unusable_file_gives_a_message_not_a_traceback(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    bad = tmp_path / "x.kiemphieu"
    bad.write_text("not a count")
    gui = app._Gui("vi")
    assert gui.open(bad) is False
    assert shown == ["x.kiemphieu is not a counting file (it is not an SQLite database)."]
    assert gui.windows == []


def test_start_page_opens_the_demo(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    gui = app._Gui("vi")
    gui.show_start()
    page = gui.windows[0]
    qtbot.addWidget(page)
    assert isinstance(page, StartPage)
    page.demo_button.click()
    window = gui.windows[-1]
    qtbot.addWidget(window)
    assert isinstance(window, CountWindow)
    assert window.service.path == app.demo_path()
    window.close()
    page2 = StartPage()
    qtbot.addWidget(page2)
    assert page2.recent.item(0).text() == str(app.demo_path().resolve())
