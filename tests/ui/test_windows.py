"""Start page, opening files, the window as a whole, the language switch, large ballots."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QTableView, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop import app
from desktop.domain.count import Numbers
from desktop.domain.words import Lang
from desktop.services import demo
from desktop.services.count_service import CountService
from desktop.ui import settings
from desktop.ui.main_window import MainWindow
from desktop.ui.results_model import ResultsModel
from tests.helpers import SEED_NUMBERS, make_definition
from tests.integrity.test_lock_left_or_deleted import OTHER_LAPTOP
from tests.ui.conftest import click_destructive, press_in_modal, type_keys, when_modal


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.kiemphieu"
    demo.create_demo(path, ballots=20).close()
    return path


@pytest.fixture(autouse=True)
def _fresh_settings() -> None:
    QSettings().clear()


def test_create_window_opens_a_count(qtbot: QtBot, demo_file: Path) -> None:
    window = app.create_window(demo_file)
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow)
    assert window.windowTitle() == (
        "Lấy phiếu tín nhiệm đối với Ủy viên Bộ Chính trị, Ban Bí thư (dữ liệu mẫu) — "
        "demo.kiemphieu — Kiểm Phiếu")
    assert window.form.objectName() == "ballotForm"
    assert window.form.number_label.text() == "Phiếu số 21"
    results = window.findChild(QTableView, "resultsTable")
    assert results is not None and results.model().rowCount() == 22
    assert window.side.checks.item(0).text() == "Đã nhập 20 phiếu, số phiếu thu về là 196."
    assert window.fingerprint.text().startswith("Dấu vân tay: ")


def test_results_model_passes_the_model_tester(
    qtmodeltester: ModelTester, demo_file: Path
) -> None:
    service = CountService.open(demo_file)
    model = ResultsModel(service)
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
    gui = app.Gui(Lang.VI)
    assert gui.open(bad) is False
    assert shown == ["x.kiemphieu không phải tệp kiểm phiếu (không phải cơ sở dữ liệu SQLite)"]
    assert gui.windows == []


def test_the_start_page_steps_aside_for_a_count_and_comes_back_refreshed(qtbot: QtBot) -> None:
    gui = app.Gui(Lang.VI)
    page = gui.show_start()
    qtbot.addWidget(page)
    assert page.recent.count() == 0
    qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
    window = gui.windows[-1]
    assert isinstance(window, MainWindow) and window.service.path == app.demo_path()
    assert window.isVisible() and not page.isVisible()  # not left open behind the window
    window.close()
    assert gui.windows == [] and page.isVisible()  # back, with the count just opened
    assert page.recent.item(0).text() == str(app.demo_path().resolve())


def test_a_file_already_open_is_brought_forward_not_opened_twice(
    qtbot: QtBot, demo_file: Path
) -> None:
    gui = app.Gui(Lang.VI)
    assert gui.open(demo_file) and gui.open(demo_file)
    assert len(gui.windows) == 1 and not gui.windows[0].service.read_only
    gui.windows[0].close()


def test_language_is_switched_and_remembered(qtbot: QtBot, demo_file: Path) -> None:
    gui = app.Gui(Lang.VI)
    assert gui.open(demo_file)
    old = gui.windows[0]
    gui.set_language(Lang.EN)
    assert settings.language() == "en"
    window = gui.windows[-1]
    assert isinstance(window, MainWindow) and window is not old and len(gui.windows) == 1
    assert not window.service.read_only  # the file is ours, not "held by" our own process
    assert window.tabs.tabText(0) == "&Keying"
    assert window.form.number_label.text() == "Ballot 21"
    assert window.side.checks.item(0).text() == "20 ballots entered, 196 collected."
    results = window.results.model()
    assert results.headerData(3, Qt.Orientation.Horizontal) == "High confidence"
    assert "." in results.index(0, 4).data()
    gui.set_language(Lang.VI)
    assert settings.language() == "vi"
    for window in list(gui.windows):
        window.close()


def test_switching_language_after_reopening_from_the_recent_list_opens_one_window(
    qtbot: QtBot, demo_file: Path
) -> None:
    """Closing a count, opening it again from the start page's recent list, then switching
    the language once opened a second, read-only window "held by" the program itself."""
    gui = app.Gui(Lang.VI)
    page = gui.show_start()
    qtbot.addWidget(page)
    assert gui.open(demo_file)
    gui.windows[0].close()
    assert page.isVisible()
    page.recent.setCurrentRow(0)
    qtbot.keyClick(page.recent, Qt.Key.Key_Return)  # itemActivated: open it again
    assert len(gui.windows) == 1
    gui.set_language(Lang.EN)
    assert len(gui.windows) == 1 and not gui.windows[0].service.read_only
    assert not page.isVisible()
    gui.set_language(Lang.VI)
    for window in list(gui.windows):
        window.close()


def test_switching_language_keeps_a_half_keyed_ballot_unless_the_committee_drops_it(
    qtbot: QtBot, demo_file: Path
) -> None:
    gui = app.Gui(Lang.VI)
    assert gui.open(demo_file)
    window = gui.windows[0]
    type_keys(qtbot, window.form, "12")
    press_in_modal(qtbot, Qt.Key.Key_Return)  # Enter: keep it, so no switch
    gui.set_language(Lang.EN)
    assert settings.language() == "vi" and gui.windows == [window]
    assert window.form.marks[:2] == (1, 2)
    window.form.clear()
    window.close()


def test_two_hundred_officials_scroll_with_the_current_row(
    qtbot: QtBot, tmp_path: Path
) -> None:
    service = CountService.create(tmp_path / "big.kiemphieu", make_definition(200),
                                  Numbers(collected=10))
    window = MainWindow(service)
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
    window = app.create_window(demo_file)
    qtbot.addWidget(window)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 740  # leaves room for the task bar


def test_every_menu_item_names_a_command_the_window_has(qtbot: QtBot) -> None:
    from desktop.ui.window_commands import WindowCommands
    from desktop.ui.window_menus import Item, Menu, WindowMenus

    def items(menu: Menu) -> list[Item]:
        out: list[Item] = []
        for item in menu.items:
            if isinstance(item, Menu):
                out += items(item)
            elif item is not None:
                out.append(item)
        return out

    names = [i.command for m in WindowMenus().table() for i in items(m)]
    plain = [n for n in names if ":" not in n]
    assert len(names) == len(set(names)) and plain
    assert [n for n in plain if not callable(getattr(WindowCommands, n, None))] == []


def test_file_dialogs_never_start_in_the_programs_hidden_folder(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Once the demo (kept in the program's own data folder) was opened, a new count was
    offered a place beside it."""
    demo_path = app.demo_path()
    settings.remember_file(demo_path)
    assert settings.beside(demo_path) == settings.documents_folder()
    assert settings.start_folder() == settings.documents_folder()
    mine = tmp_path / "hoi-nghi.kiemphieu"
    demo.create_demo(mine, 1).close()
    settings.remember_file(mine)
    settings.remember_file(demo_path)  # the demo opened last, a real count before it
    assert settings.start_folder() == tmp_path
    assert settings.beside(mine) == tmp_path


def test_a_lock_left_by_another_laptop_is_removed_only_at_the_committees_word(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "stick.kiemphieu"
    CountService.create(path, make_definition(3), SEED_NUMBERS).close()
    beside = Path(f"{path.resolve()}.lock")
    beside.write_bytes(OTHER_LAPTOP)
    gui = app.Gui(Lang.VI)
    seen: list[str] = []

    def read_only(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)  # Enter: read only

    when_modal(read_only)
    assert gui.open(path)
    window = gui.windows[-1]
    assert window.service.read_only and beside.read_bytes() == OTHER_LAPTOP
    assert "LAPTOP-THU-KY" in seen[0]
    window.close()
    when_modal(click_destructive)
    assert gui.open(path)
    window = gui.windows[-1]
    assert not window.service.read_only and not window.service.lock_elsewhere
    window.close()
