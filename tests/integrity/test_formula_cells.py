"""A spreadsheet never runs what an official's name holds: every table the program hands out
(the command line's CSV, a counting table's CSV and TSV, the window's "copy table") escapes a
cell starting with = + - @ as the CSV export does."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desktop.cli.main import main
from desktop.domain.count import CountDefinition, Numbers, Official
from desktop.domain.rules import preset
from desktop.services.count_service import CountService
from desktop.ui.main_window import MainWindow

HOSTILE = ('=HYPERLINK("http://x.example/","bấm")', "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd")


@pytest.fixture
def count(tmp_path: Path) -> Path:
    definition = CountDefinition("Thử", preset("party-96"),
                                 tuple(Official(name, "-1+1") for name in HOSTILE))
    CountService.create(tmp_path / "c.kiemphieu", definition, Numbers(5, 5, 5, 5, 5)).close()
    return tmp_path / "c.kiemphieu"


def cells(text: str, separator: str = ",") -> list[str]:
    return [cell.strip('"') for line in text.splitlines() for cell in line.split(separator)]


def test_the_command_lines_csv_escapes_formula_cells(
        count: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["results", str(count), "--format", "csv", "--lang", "en"]) == 0
    found = cells(capsys.readouterr().out)
    assert not [c for c in found if c and c[0] in "=+-@"], found
    assert any(c.startswith("'=HYPERLINK") for c in found)


def test_the_windows_copied_table_escapes_formula_cells(qtbot: QtBot, count: Path) -> None:
    service = CountService.open(count)
    window = MainWindow(service)
    qtbot.addWidget(window)
    view = window.results_view
    window.tabs.setCurrentWidget(view)
    qtbot.mouseClick(view.findChild(QPushButton, "copyResults"), Qt.MouseButton.LeftButton)
    found = cells(QGuiApplication.clipboard().text(), "\t")
    assert not [c for c in found if c and c[0] in "=+-@"], found
    window.close()
