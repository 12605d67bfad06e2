"""Watching an election live: the ballots typed on the form, the results tab's table and the
line above it, the chart and the projector's ranked result follow the outcome the domain
decided (a tie at the last seat, a seat left unfilled), in Vietnamese and in English."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QGuiApplication, QImage
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desktop.domain.words import Lang
from desktop.render import chart, chart_style, symbols
from desktop.services.count_service import CountService
from desktop.ui import i18n, results_view
from desktop.ui.main_window import MainWindow
from desktop.ui.projector_window import Mode, ProjectorWindow
from tests.election_counts import election, key, struck_ballots
from tests.ui.conftest import type_keys

# three seats from five; 12 convened, 2 living away: the base is 10, more than half is 6.
# After the first six ballots A and B have 6 each: elected, one seat left. After all ten
# A 7, B 7, C 6, D 6, E 2: A and B elected, C and D tied for the last seat.
FIRST_SIX = ["11122", "11122", "11122", "11212", "11212", "11212"]
LAST_FOUR = ["12112", "21112", "22111", "22221"]


@pytest.fixture
def service(count_path: Path) -> CountService:
    return election(count_path, 5, 3, summoned=12, excluded=2, title="Bầu Chi ủy")


def table_rows(window: MainWindow) -> list[list[str]]:
    """The results table as the tab shows it: copied with its button, as a user would."""
    view = window.results_view
    window.tabs.setCurrentWidget(view)
    view.findChild(QPushButton, "copyResults").click()
    return [line.split("\t") for line in QGuiApplication.clipboard().text().splitlines()]


def key_ballots(qtbot: QtBot, window: MainWindow, ballots: list[str]) -> None:
    """Each ballot as an operator keys it: on a strike list (more candidates than seats) the
    numbers of the names struck, each with Enter, then Enter (a whole list kept: + Enter); on a
    list without surplus one code per row."""
    window.tabs.setCurrentIndex(0)
    d = window.service.definition
    strike = d.election is not None and len(d.on_ballot) > d.election.seats
    for codes in ballots:
        if not strike:
            type_keys(qtbot, window.form, codes + "\n")
            continue
        struck = [i for i, c in enumerate(codes, start=1) if c == "2"]
        type_keys(qtbot, window.form, "".join(f"{i}\n" for i in struck) + "\n" if struck
                  else "+\n")


def test_the_table_and_its_line_follow_a_tie_at_the_cut_and_an_unfilled_seat(
        qtbot: QtBot, window: MainWindow, service: CountService) -> None:
    key_ballots(qtbot, window, FIRST_SIX)
    assert service.entered == 6
    table = window.results_view.table
    blank = table.model().headerData(7, Qt.Orientation.Horizontal)
    assert blank == "Để trống" and table.isColumnHidden(7) and table.isColumnHidden(8)
    line = window.results_view.election_line
    assert line.objectName() == "electionSummary" and not line.isHidden()
    assert line.text().splitlines() == [
        "Bầu 3 người (lần bầu thứ 1); quá 1/2 của 10 = cần ít nhất 6 phiếu",
        "Trúng cử đến nay (2/3): 1. Nguyễn Văn An, 2. Nguyễn Văn Bình",
        "Còn 1 ghế"]
    rows = table_rows(window)
    assert rows[0] == ["STT", "Họ và tên", "Chức vụ", "Bầu", "%", "Không bầu", "%",
                       "Để trống", "Nhiều ô", "Xếp hạng", "Kết quả"]
    # 6 of 10 is 60,00 %; C and D can still reach 6 with the four ballots left, and take
    # A's or B's seat: open; E cannot reach 6 with four: settled, not elected
    assert [r[3:5] + r[9:] for r in rows[1:]] == [
        ["6", "60,00", "1", "Trúng cử"], ["6", "60,00", "1", "Trúng cử"],
        ["3", "30,00", "3", "—"], ["3", "30,00", "3", "—"],
        ["0", "0,00", "5", "— · đã chắc chắn"]]

    key_ballots(qtbot, window, LAST_FOUR)
    assert line.text().splitlines() == [
        "Bầu 3 người (lần bầu thứ 1); quá 1/2 của 10 = cần ít nhất 6 phiếu",
        "Trúng cử đến nay (2/3): 1. Nguyễn Văn An, 2. Nguyễn Văn Bình",
        "Bằng phiếu cho 1 ghế cuối: 3. Nguyễn Văn Chi, 4. Nguyễn Văn Dũng",
        "Còn 1 ghế"]
    rows = table_rows(window)
    # every ballot collected is keyed: no ballot can change anything now, but a tie is not
    # settled: the congress settles it, so it is never said "đã chắc chắn"
    assert [r[3:5] + r[9:] for r in rows[1:]] == [
        ["7", "70,00", "1", "Trúng cử · đã chắc chắn"],
        ["7", "70,00", "1", "Trúng cử · đã chắc chắn"],
        ["6", "60,00", "3", "Bằng phiếu"], ["6", "60,00", "3", "Bằng phiếu"],
        ["2", "20,00", "5", "— · đã chắc chắn"]]
    # the figures are the service's own outcome, not the window's
    found = service.election_outcome()
    assert found is not None and (found.elected, found.tied, found.unfilled) == ((1, 2),
                                                                                (3, 4), 1)
    # closed: the same outcome, the tie still for the congress to settle
    service.close_count([])
    assert service.closed and [r[10] for r in table_rows(window)[1:]] == [
        "Trúng cử · đã chắc chắn", "Trúng cử · đã chắc chắn", "Bằng phiếu", "Bằng phiếu",
        "— · đã chắc chắn"]


def test_sorting_the_outcome_puts_the_elected_then_the_tied_first(
        qtbot: QtBot, window: MainWindow) -> None:
    key_ballots(qtbot, window, FIRST_SIX + LAST_FOUR)
    view = window.results_view
    header = view.table.horizontalHeader()
    view.table.sortByColumn(view.model.columnCount() - 1, Qt.SortOrder.AscendingOrder)
    assert header.sortIndicatorSection() == view.model.columnCount() - 1
    assert [r[1] for r in table_rows(window)[1:]] == [
        "Nguyễn Văn An", "Nguyễn Văn Bình", "Nguyễn Văn Chi", "Nguyễn Văn Dũng",
        "Nguyễn Văn Giang"]


@pytest.fixture
def english(qapp: object) -> None:
    i18n.install_translator(Lang.EN)


def test_in_english_the_table_the_line_and_the_projector_say_it_in_english(
        english: None, qtbot: QtBot, service: CountService) -> None:
    window = MainWindow(service)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    projector = ProjectorWindow(service)
    qtbot.addWidget(projector)
    projector.resize(1366, 768)
    projector.show()
    key_ballots(qtbot, window, FIRST_SIX + LAST_FOUR)
    assert window.results_view.election_line.text().splitlines() == [
        "3 seats (round 1); more than 1/2 of 10 = at least 6 votes needed",
        "Elected so far (2/3): 1. Nguyễn Văn An, 2. Nguyễn Văn Bình",
        "Tied for the last 1 seat: 3. Nguyễn Văn Chi, 4. Nguyễn Văn Dũng",
        "1 seat left"]
    rows = table_rows(window)
    assert rows[0][3:] == ["For", "%", "Against", "%", "Blank", "Several boxes", "Rank",
                           "Outcome"]
    assert [r[4] for r in rows[1:]] == ["70.00", "70.00", "60.00", "60.00", "20.00"]
    assert [r[-1] for r in rows[1:]] == ["Elected · settled", "Elected · settled", "Tied",
                                         "Tied", "— · settled"]
    assert projector.title.text() == "Election result — Bầu Chi ủy"
    assert projector.summary.text() == (
        "3 seats (round 1); more than 1/2 of 10 = at least 6 votes needed\n"
        "Elected so far: 2/3 · 2 tied for the last 1 seat · 1 seat left")
    # ranked: the elected, then the tied, then the rest (the picture as the room sees it)
    assert not projector.grab().isNull()
    lay = projector.chart.layouts[0]
    assert [i + 1 for i, _ in lay.rows] == [1, 2, 3, 4, 5]
    # a body that shows no partial result before the close: no outcome on the wall
    projector.set_mode(Mode.HIDDEN)
    assert projector.summary.isHidden()
    assert projector.stack.currentWidget() is projector.hidden_label


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)])
def test_the_projector_shows_sixty_candidates_for_45_seats_whole_and_large(
        qtbot: QtBot, tmp_path: Path, size: tuple[int, int]) -> None:
    service = election(tmp_path / "big.kiemphieu", 60, 45, summoned=500)
    key(service, struck_ballots(60, 45, 400))
    projector = ProjectorWindow(service)
    qtbot.addWidget(projector)
    projector.resize(*size)
    projector.show()
    assert not projector.grab().isNull()
    layouts = projector.chart.layouts
    assert len(layouts) == 2  # two columns of 30
    assert sorted(i for lay in layouts for i, _ in lay.rows) == list(range(60))
    row = layouts[0].row_height
    font = chart_style.letters(row, scale=projector.chart.options.text_scale)
    # letters of at least 12 px on a 768-line projector, more on a 1080-line one
    assert font.pixelSize() >= (18 if size[1] == 1080 else 12)
    fm = QFontMetricsF(font)
    mark = symbols.box_before(0, 0, fm.ascent()).width()
    snap = service.snapshot()
    for lay in layouts:
        assert lay.rows[-1][1].bottom() <= projector.chart.height()
        for index, _ in lay.rows:
            r = snap.results[index]
            assert fm.horizontalAdvance(f"{r.position}. {r.name}") <= chart.label_room(
                lay, row, mark, snap.settled[index]), r.name


def test_a_list_without_surplus_shows_votes_against_and_rows_not_counted_in_grey(
        qtbot: QtBot, tmp_path: Path) -> None:
    """Three seats, three names, đồng ý / không đồng ý per row (Công đoàn: of the valid
    ballots): a row with neither box or both counts for nobody, the ballot stays valid."""
    service = election(tmp_path / "yn.kiemphieu", 3, 3, "trade-union", summoned=4)
    window = MainWindow(service)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    key_ballots(qtbot, window, ["111", "120", "1*2", "212"])
    assert window.results_view.election_line.text().splitlines()[0] == (
        "Bầu 3 người (lần bầu thứ 1); quá 1/2 của 4 = cần ít nhất 3 phiếu")
    rows = table_rows(window)
    assert [r[3:] for r in rows[1:]] == [
        ["3", "75,00", "1", "25,00", "0", "0", "1", "Trúng cử · đã chắc chắn"],
        ["2", "50,00", "1", "25,00", "0", "1", "2", "— · đã chắc chắn"],
        ["1", "25,00", "2", "50,00", "1", "0", "3", "— · đã chắc chắn"]]
    # the chart: B's bar is 2/4 for, 1/4 against, then 1/4 grey (the row marked twice)
    chart_view = window.results_view.chart
    window.tabs.setCurrentWidget(window.results_view)
    image = chart_view.grab().toImage()
    lay = chart.layout(QRectF(8, 8, chart_view.width() - 16, chart_view.height() - 16),
                       service.snapshot(), chart_view.options)
    _, row = lay.rows[1]
    y = int(row.top() + row.height() * 0.72)
    grey = int(lay.bar_left + 0.875 * lay.bar_width)
    assert image.pixelColor(grey, y).name() == chart_style.INVALID.name()
    against = int(lay.bar_left + 0.6 * lay.bar_width)
    assert image.pixelColor(against, y).name() == chart_style.PALETTE[1].lower()


def test_the_results_tab_can_show_the_chart_ranked_and_export_it_so(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    key_ballots(qtbot, window, ["22111", "22111", "21211"])  # A 0, B 1, C 2, D 3, E 3
    view = window.results_view
    window.tabs.setCurrentWidget(view)
    view.sort.setFocus()
    qtbot.keyClick(view.sort, Qt.Key.Key_End)  # the last choice: the election's ranking
    assert view.sort.currentText() == "Kết quả bầu cử: trúng cử trước"
    assert view.chart.options.sort_level == chart.RANKED
    snap = window.results_view.chart.snapshot
    lay = chart.layout(QRectF(0, 0, 1000, 600), snap, view.chart.options)
    # nobody has 6 yet: all by votes, equal votes in ballot order
    assert [i + 1 for i, _ in lay.rows] == [4, 5, 3, 2, 1]
    target = tmp_path / "ranked.png"
    monkeypatch.setattr(results_view.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    view.findChild(QPushButton, "exportPng").click()
    assert target.exists() and not QImage(str(target)).isNull()
