"""A further round from the window: offered only for a closed election with seats left; the
tied are ticked to begin with, nobody elected is offered, the seats left are the default, and
the new round's file opens in a window of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from desktop import app
from desktop.domain import election_rules
from desktop.domain.count import CountDefinition, Numbers, Official
from desktop.domain.election import KEPT, STRUCK, ElectionSetup
from desktop.domain.words import Lang
from desktop.services import rounds
from desktop.services.count_service import CountService
from desktop.ui import next_round_dialog
from tests.helpers import make_definition
from tests.ui.conftest import when_modal


def closed_round(path: Path) -> None:
    """Two seats from five: A 4 elected, B and C tied at 3 for the second seat."""
    definition = CountDefinition(
        "Bầu Ban Chấp hành Công đoàn", election_rules.lookup("trade-union"),
        tuple(Official(f"Nguyễn Văn {c}") for c in "ABCDE"), election=ElectionSetup(2))
    with CountService.create(path, definition, Numbers(9, 9, 5, 5, 5)) as service:
        for codes in ("11222", "12122", "11222", "12122", "21122"):
            service.record_ballot(tuple(KEPT if c == "1" else STRUCK for c in codes))
        service.close_count([])


def test_the_next_round_is_made_and_opened_from_the_window(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = tmp_path / "lan1.kiemphieu"
    closed_round(first)
    second = tmp_path / "lan2.kiemphieu"
    monkeypatch.setattr(next_round_dialog.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(second), ""))
    gui = app.Gui(Lang.VI)
    assert gui.open(first)
    window = gui.windows[-1]
    action = window.menu_actions["nextRoundAction"]
    assert action.isEnabled()
    offered: list[tuple[str, bool]] = []

    def choose(dialog: QWidget) -> None:
        listed = dialog.findChild(QListWidget, "nextRoundCandidates")
        for i in range(listed.count()):
            item = listed.item(i)
            offered.append((item.text(), item.checkState() is Qt.CheckState.Checked))
        assert dialog.findChild(QSpinBox, "nextRoundSeats").value() == 1
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)

    when_modal(choose)
    action.trigger()
    assert offered == [("2. Nguyễn Văn B — 3 phiếu", True), ("3. Nguyễn Văn C — 3 phiếu", True),
                       ("4. Nguyễn Văn D — 0 phiếu", False), ("5. Nguyễn Văn E — 0 phiếu", False)]
    assert len(gui.windows) == 2 and gui.windows[-1].service.path == second
    made = gui.windows[-1].service.definition
    assert made.election is not None and (made.election.round, made.election.seats) == (2, 1)
    assert [o.name for o in made.on_ballot] == ["Nguyễn Văn B", "Nguyễn Văn C"]
    for window in list(gui.windows):
        window.close()


def test_no_next_round_for_a_confidence_vote_or_an_open_election(
        qtbot: QtBot, tmp_path: Path) -> None:
    confidence = tmp_path / "t.kiemphieu"
    with CountService.create(confidence, make_definition(3), Numbers(1, 1, 1, 1, 1)) as service:
        service.record_ballot((1, 2, 3))
        service.close_count([])
    still_open = tmp_path / "e.kiemphieu"
    closed_round(still_open)
    with CountService.open(still_open) as service:
        service.reopen("đếm lại một tập")
    gui = app.Gui(Lang.VI)
    for path in (confidence, still_open):
        assert gui.open(path)
        assert not gui.windows[-1].menu_actions["nextRoundAction"].isEnabled()
        gui.windows[-1].close()


def test_a_further_rounds_window_says_its_round_in_its_title(
        qtbot: QtBot, tmp_path: Path) -> None:
    first, second = tmp_path / "lan1.kiemphieu", tmp_path / "lan2.kiemphieu"
    closed_round(first)
    with CountService.open(first, read_only=True) as previous:
        rounds.next_round(previous, second, [2, 3]).close()
    gui = app.Gui(Lang.VI)
    assert gui.open(first) and gui.open(second)
    titles = [w.windowTitle() for w in gui.windows]
    assert "lần bầu thứ" not in titles[0]
    assert titles[1].startswith("Bầu Ban Chấp hành Công đoàn — lần bầu thứ 2 — lan2.kiemphieu")
    for window in list(gui.windows):
        window.close()
