"""An election's chart as a person sees it (pixels of a rendered QImage), from counts made
through CountService with the shipped rule sets: the bar and the seat cut where their votes
are, the elected ✔ and the tied =, the projector's ranking, and no name cut short at 19
candidates for 15 seats or 60 for 45, on screen and on a projector, in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter

from desktop.domain import election_rules, election_summary
from desktop.domain.count import CountDefinition, Numbers
from desktop.domain.election import KEPT, STRUCK, ElectionSetup
from desktop.domain.snapshot import Snapshot
from desktop.domain.words import Lang
from desktop.render import chart, chart_election, chart_style, symbols
from desktop.services.count_service import CountService
from tests.election_counts import candidates, election, key, struck_ballots


def render(snap: Snapshot, width: int, height: int, options: chart.ChartOptions
           ) -> tuple[QImage, chart.ChartLayout]:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    lay = chart.paint(painter, QRectF(0, 0, width, height), snap, options)
    painter.end()
    return image, lay


@pytest.fixture
def tied(tmp_path: Path) -> CountService:
    """Three seats from five, base 10 (12 convened, 2 away): A 7, B 7, C 6, D 6, E 2."""
    service = election(tmp_path / "e.kiemphieu", 5, 3, summoned=12, excluded=2)
    for codes in ("11122", "11122", "11122", "11212", "11212", "11212", "12112", "21112",
                  "22111", "22221"):
        service.record_ballot(tuple(KEPT if c == "1" else STRUCK for c in codes))
    return service


def dark_share(image: QImage, x: int, top: int, bottom: int) -> float:
    column = [image.pixelColor(x, y) for y in range(top, bottom)]
    return sum(1 for c in column if c.lightness() < 160) / len(column)


@pytest.fixture
def tied_low(tmp_path: Path) -> CountService:
    """Base 10 (12 convened, 2 away): A 8, B 8 elected, C 7 and D 7 tied for the third
    seat, E 0; more than half of 10 is 6 votes or more, the cut is at 7."""
    service = election(tmp_path / "e.kiemphieu", 5, 3, summoned=12, excluded=2)
    for codes in ("21112", "21112", "12112", "12112", "11212", "11212", "11212", "11122",
                  "11122", "11122"):
        service.record_ballot(tuple(KEPT if c == "1" else STRUCK for c in codes))
    return service


def test_the_bar_and_the_cut_stand_at_their_votes_and_the_marks_say_the_outcome(
        tied_low: CountService) -> None:
    snap = tied_low.snapshot()
    image, lay = render(snap, 1000, 400, chart.ChartOptions(row_height=40))
    whole = chart_election.scale(snap)
    assert whole == 10  # the base: 12 convened less 2
    top, bottom = int(lay.header.bottom()), int(lay.rows[-1][1].bottom())
    # the bar, dashed, at the fewest votes that pass (6 of 10, not 5: a bar reaching the line
    # passes); the cut, solid, at the tied candidates' 7 votes
    bar_x = round(lay.bar_left + 6 / whole * lay.bar_width)
    cut_x = round(lay.bar_left + 7 / whole * lay.bar_width)
    assert election_summary.seat_cut(snap.outcome) == 7  # type: ignore[arg-type]
    assert 0.3 < dark_share(image, bar_x, top, bottom) < 1.0
    between = range(int(lay.rows[0][1].bottom()) + 1, int(lay.rows[1][1].top()) + 3)
    cut = [image.pixelColor(cut_x, y) for y in range(int(lay.rows[0][1].bottom()) - 2,
                                                     int(lay.rows[1][1].top()) + 8)]
    assert any(c.name() == chart_style.CUT.name() for c in cut)
    assert min(image.pixelColor(bar_x + 8, y).lightness() for y in between) > 200
    # ✔ (elected) before A's votes, = (tied) before C's, nothing before E's
    font = chart_style.letters(40)
    fm = QFontMetricsF(font)
    colours = []
    for index, row in lay.rows:
        baseline = row.top() + (40 + fm.ascent() - fm.descent()) / 2
        box = symbols.box_before(baseline, lay.text_left, fm.ascent()).toRect()
        seen = {image.pixelColor(x, y).name() for x in range(box.left(), box.right())
                for y in range(box.top(), box.bottom())}
        colours.append((index + 1, chart_style.ELECTED.name() in seen,
                        chart_style.FLAG.name() in seen))
    assert colours == [(1, True, False), (2, True, False), (3, False, True), (4, False, True),
                       (5, False, False)]


@pytest.mark.parametrize("lang", [Lang.VI, Lang.EN])
def test_the_ranked_result_lists_the_elected_then_the_tied_then_the_rest(
        tmp_path: Path, lang: Lang) -> None:
    service = election(tmp_path / "e.kiemphieu", 19, 15, summoned=150, excluded=2)
    key(service, struck_ballots(19, 15, 120))
    snap = service.snapshot()
    found = snap.outcome
    assert found is not None and found.tied and found.unfilled == 2  # a tie at the cut
    lay = chart.layout(QRectF(0, 0, 1900, 1000), snap,
                       chart.ChartOptions(lang, sort_level=chart.RANKED))
    order = [i + 1 for i, _ in lay.rows]
    assert order[:13] == list(found.elected) and order[13:16] == list(found.tied)
    votes = [snap.results[p - 1].counts[0] for p in order[16:]]
    assert votes == sorted(votes, reverse=True)


@pytest.mark.parametrize("lang", [Lang.VI, Lang.EN])
@pytest.mark.parametrize(("n", "seats"), [(19, 15), (60, 45)])
def test_no_name_is_cut_short_on_screen(tmp_path: Path, lang: Lang, n: int,
                                        seats: int) -> None:
    service = election(tmp_path / "e.kiemphieu", n, seats, summoned=500)
    key(service, struck_ballots(n, seats, 300))
    snap = service.snapshot()
    for width in (1366 - 40, 1000):  # the results tab at 1366 px, and a narrow window
        options = chart.ChartOptions(lang, row_height=28)
        _, lay = render(snap, width, int(28 * (n + 3)), options)
        fm = QFontMetricsF(chart_style.letters(28))
        mark = symbols.box_before(0, 0, fm.ascent()).width()
        for index, _ in lay.rows:
            r = snap.results[index]
            room = chart.label_room(lay, 28, mark, snap.settled[index])
            assert fm.horizontalAdvance(f"{r.position}. {r.name}") <= room, (width, r.name)


def test_before_the_base_is_known_no_line_is_drawn(tmp_path: Path) -> None:
    """party-190 with no one convened typed yet: nobody passes a bar of no base, so the
    chart draws neither the bar nor a cut, and says the votes without a percentage."""
    service = CountService.create(tmp_path / "e.kiemphieu", CountDefinition(
        "Bầu", election_rules.lookup("party-190"), candidates(7),
        election=ElectionSetup(4)), Numbers())
    key(service, struck_ballots(7, 4, 30))
    snap = service.snapshot()
    assert snap.base_value is None and snap.outcome is not None
    assert snap.outcome.elected == () and snap.outcome.unfilled == 4
    image, lay = render(snap, 1000, 400, chart.ChartOptions(row_height=40))
    top, bottom = int(lay.rows[0][1].top()), int(lay.rows[-1][1].bottom())
    colours = {image.pixelColor(x, y).name() for x in range(0, 1000, 2)
               for y in range(top, bottom, 3)}
    assert chart_style.CUT.name() not in colours  # no seat cut
    assert chart_style.ELECTED.name() not in colours  # nobody marked elected


def test_only_the_elected_wear_a_check_a_settled_name_a_padlock(
        tied: CountService, monkeypatch: pytest.MonkeyPatch) -> None:
    """A ✔ beside a name reads "elected": on an election's chart "settled" (either way) is a
    padlock, and the one ✔ a candidate can carry is the elected one beside the votes."""
    drawn: dict[str, int] = {"check": 0, "padlock": 0}
    for name in drawn:
        real = getattr(symbols, name)

        def spy(*args: object, _name: str = name, _real: object = real) -> None:
            drawn[_name] += 1
            _real(*args)  # type: ignore[operator]

        monkeypatch.setattr(symbols, name, spy)
    snap = tied.snapshot()
    settled = sum(snap.settled)
    assert settled and snap.outcome is not None
    render(snap, 1000, 400, chart.ChartOptions(row_height=40))
    # the legend's ✔ for "elected" and its padlock for "settled", then one mark per row
    assert drawn == {"check": 1 + len(snap.outcome.elected), "padlock": 1 + settled}


def test_a_base_of_nought_draws_no_bar_and_prints_no_none(tmp_path: Path) -> None:
    """The hostile review: on a valid-ballots base before any ballot the annex said
    "> 1/2: None"."""
    service = election(tmp_path / "nb.kiemphieu", 3, 2, "trade-union")
    snap = service.snapshot()
    assert snap.base_value == 0
    drawn: list[str] = []
    image = QImage(800, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    real = painter.drawText

    def record(*args: object) -> None:
        drawn.append(str(args[-1]))
        real(*args)  # type: ignore[arg-type]

    painter.drawText = record  # type: ignore[method-assign]
    chart.paint(painter, QRectF(0, 0, 800, 300), snap, chart.ChartOptions(row_height=30))
    painter.end()
    assert drawn and not any("None" in text for text in drawn)
