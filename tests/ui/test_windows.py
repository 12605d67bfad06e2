"""Start page, opening files, the window as a whole, the language switch, large ballots."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop import app
from desktop.domain.count import Numbers
from desktop.services import demo
from desktop.services.count_service import CountService
from desktop.ui import settings
from desktop.ui.main_window import MainWindow
from desktop.ui.results_model import ResultsModel
from desktop.ui.start_page import StartPage
from tests.helpers import make_definition
from tests.ui.conftest import type_keys


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.kiemphieu"
    demo.create_demo(path, ballots=20).close()
    return path


@pytest.fixture(autouse=True)
def _fresh_settings() -> None:
    QSettings().clear()


def test_create_window_opens_a_count(qtbot: QtBot, demo_file: Path) -> None:
    window = app.create_window(demo_file, "vi")
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow)
    assert window.windowTitle() == (
        "Lấy phiếu tín nhiệm đối với Ủy viên Bộ Chính trị, Ban Bí thư (dữ liệu mẫu) — "
        "demo.kiemphieu — Kiểm Phiếu")
    assert window.form.objectName() == "ballotForm"
    assert window.form.number_label.text() == "Phiếu số 21"
    results = window.findChild(QTableView, "resultsTable")
    assert results is not None and results.model().rowCount() == 22
    assert window.side.checks.item(0).text() == "Đã nhập 20 phiếu, số phiếu thu vào là 196."
    assert window.fingerprint.text().startswith("Dấu vân tay: ")


def test_results_model_passes_the_model_tester(
    qtmodeltester: ModelTester, demo_file: Path
) -> None:
    service = CountService.open(demo_file)
    model = ResultsModel(service, "vi")
    qtmodeltester.check(model, force_py=True)
    before = int(model.index(21, 7).data())
    service.record_ballot((3,) * 22)  # the tester watches the change signals too
    assert model.index(21, 7).data() == str(before + 1)
    expected = f"{(before + 1) * 100 / 196:.2f}".replace(".", ",")  # exact here: no tie
    assert model.index(21, 8).data() == expected
    service.close()


def test_an_unusable_file_gives_a_message_not_a_traceback(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    bad = tmp_path / "x.kiemphieu"
    bad.write_text("not a count")
    gui = app.Gui("vi")
    assert gui.open(bad) is False
    assert shown == ["x.kiemphieu is not a counting file (it is not an SQLite database)."]
    assert gui.windows == []


def test_start_page_opens_the_demo_and_remembers_it(qtbot: QtBot) -> None:
    gui = app.Gui("vi")
    page = gui.show_start()
    qtbot.addWidget(page)
    qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
    window = gui.windows[-1]
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow) and window.service.path == app.demo_path()
    window.close()
    again = StartPage()
    qtbot.addWidget(again)
    assert again.recent.item(0).text() == str(app.demo_path().resolve())


def test_language_is_switched_and_remembered(qtbot: QtBot, demo_file: Path) -> None:
    gui = app.Gui("vi")
    assert gui.open(demo_file)
    old = gui.windows[0]
    gui.set_language("en")
    assert settings.language() == "en"
    window = gui.windows[-1]
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow) and window is not old and len(gui.windows) == 1
    assert window.tabs.tabText(0) == "&Keying"
    assert window.form.number_label.text() == "Ballot 21"
    assert window.side.checks.item(0).text() == "20 ballots entered, 196 collected."
    results = window.results.model()
    assert results.headerData(3, Qt.Orientation.Horizontal) == "High confidence"
    assert "." in results.index(0, 4).data()
    gui.set_language("vi")
    assert settings.language() == "vi"
    qtbot.addWidget(gui.windows[-1])


def test_two_hundred_officials_scroll_with_the_current_row(
    qtbot: QtBot, tmp_path: Path
) -> None:
    service = CountService.create(tmp_path / "big.kiemphieu", make_definition(200),
                                  Numbers(collected=10))
    window = MainWindow(service, "vi")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    form = window.form
    for target in (150, 199, 3):
        while form.current_row < target:
            type_keys(qtbot, form, "1")
        while form.current_row > target:
            type_keys(qtbot, form, "^")
        viewport = form.scroll_area.viewport()
        top_left = form.grid.mapTo(viewport, form.grid.row_rect(target).topLeft())
        assert 0 <= top_left.y() <= viewport.height() - form.grid.columns.row_height
    type_keys(qtbot, form, "+2\n")  # ↑ does not clear: only the last row was still empty
    saved = service.ballot(1)
    assert saved is not None and saved.marks == (1,) * 199 + (2,)


def test_the_window_fits_a_1366x768_laptop(qtbot: QtBot, demo_file: Path) -> None:
    window = app.create_window(demo_file, "vi")
    qtbot.addWidget(window)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 740  # leaves room for the task bar
