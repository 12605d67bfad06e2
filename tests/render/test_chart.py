"""The chart as a person sees it: pixels of a rendered QImage."""

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from desktop.domain.count import Numbers
from desktop.domain.snapshot import Snapshot, snapshot
from desktop.domain.tally import Tally
from desktop.domain.words import Lang
from desktop.render import chart, chart_style, export, fonts
from tests.helpers import make_definition, raises

WIDTH, HEIGHT = 1000, 400


@pytest.fixture(autouse=True)
def _fonts(qapp: object) -> None:
    fonts.install_fonts()


def make_snapshot(rows: list[tuple[int, int, int, int]], collected: int = 100,
                  entered: int | None = None) -> Snapshot:
    """rows: per official (level 1, level 2, level 3, blank) counts."""
    definition = make_definition(len(rows))
    tally = Tally(len(rows), 3)
    for i, (one, two, three, blank) in enumerate(rows):
        tally.rows[i] = [one, two, three, blank, 0]
    tally.valid = max(sum(r) for r in rows)
    numbers = Numbers(200, 200, collected, collected, collected)
    return snapshot(definition, numbers, tally, tally.valid if entered is None else entered)


def render(snap: Snapshot, options: chart.ChartOptions | None = None
           ) -> tuple[QImage, chart.ChartLayout]:
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    lay = chart.paint(painter, QRectF(0, 0, WIDTH, HEIGHT), snap,
                      options or chart.ChartOptions(row_height=40))
    painter.end()
    return image, lay


def colour_runs(image: QImage, y: int, x0: int, x1: int) -> list[tuple[int, int, str]]:
    """(start, end, colour) runs of identical pixels along one line."""
    runs: list[tuple[int, int, str]] = []
    for x in range(x0, x1):
        name = image.pixelColor(x, y).name()
        if runs and runs[-1][2] == name:
            runs[-1] = (runs[-1][0], x, name)
        else:
            runs.append((x, x, name))
    return runs


def test_segments_are_proportional_to_the_counts(qapp: object) -> None:
    snap = make_snapshot([(50, 20, 10, 5)], collected=100)
    image, lay = render(snap)
    _, row = lay.rows[0]
    # sample below the middle so the dashed guide lines (drawn over bars) are avoided
    y = int(row.top() + row.height() * 0.72)
    left, width = lay.bar_left, lay.bar_width
    # threshold level (3) first, then 1, 2, then invalid, then the empty remainder
    palette = chart_style.PALETTE
    expected = [(0, 10, palette[2]), (10, 60, palette[0]), (60, 80, palette[1]),
                (80, 85, chart_style.INVALID.name())]
    for start, end, colour in expected:
        x_start = left + start / 100 * width
        x_end = left + end / 100 * width
        middle = int((x_start + x_end) / 2)
        if colour != chart_style.PALETTE[2]:  # the hatched level is checked by its edges below
            assert image.pixelColor(middle, y).name() == colour.lower()
    runs = colour_runs(image, y, int(left) + 1, int(left + width) - 1)
    edges = [r[0] for r in runs]
    for boundary in (60, 80, 85):  # level 1 starts at 10 (hatching blurs it), these are flat
        x = left + boundary / 100 * width
        assert any(abs(e - x) <= 1.0 for e in edges), (boundary, x, edges[:20])
    remainder = int(left + 0.93 * width)
    assert image.pixelColor(remainder, y).name() == "#ffffff"  # not counted yet: empty


def test_threshold_lines_stand_at_their_fraction(qapp: object) -> None:
    snap = make_snapshot([(50, 20, 10, 5), (30, 30, 30, 0)])
    image, lay = render(snap)
    for fraction in (0.5, 2 / 3):
        x = round(lay.bar_left + fraction * lay.bar_width)
        column = [image.pixelColor(x, yy).lightness() for yy in
                  range(int(lay.header.bottom()) - 5, int(lay.rows[-1][1].bottom()))]
        assert sum(1 for v in column if v < 80) >= len(column) // 3, fraction  # dashed, dark
        beside = [image.pixelColor(x + 6, yy).lightness()
                  for yy in range(int(lay.rows[0][1].bottom()) + 1,
                                  int(lay.rows[1][1].top()) + 3)]
        assert min(beside) > 200  # between rows, away from the line: background


def test_invalid_rows_are_grey_and_flags_show(qapp: object) -> None:
    snap = make_snapshot([(10, 10, 60, 20)], collected=100)
    image, lay = render(snap)
    _, row = lay.rows[0]
    y = int(row.top() + row.height() * 0.72)
    x = int(lay.bar_left + 0.9 * lay.bar_width)
    assert image.pixelColor(x, y).name() == chart_style.INVALID.name()
    assert snap.results[0].flags == ("low_over_half",)  # 60 > 50: drawn in red with ▲


def test_sorting_and_pages(qapp: object) -> None:
    snap = make_snapshot([(10, 0, 0, 0), (30, 0, 0, 0), (20, 0, 0, 0)])
    lay = chart.layout(QRectF(0, 0, WIDTH, HEIGHT), snap, chart.ChartOptions(sort_level=1))
    assert [i for i, _ in lay.rows] == [1, 2, 0]
    page = chart.layout(QRectF(0, 0, WIDTH, HEIGHT), snap,
                        chart.ChartOptions(first=1, count=1, row_height=30))
    assert [i for i, _ in page.rows] == [1]
    assert chart.rows_per_page(chart.header_height(30) + 30 * 10 + 5, 30) == 10


def test_two_hundred_officials_fit_a_tall_picture_and_split_into_pages(
    qapp: object, tmp_path: Path
) -> None:
    snap = make_snapshot([(i % 50, 10, i % 7, 1) for i in range(200)])
    per_page = chart.rows_per_page(1000, 24)
    pages = [chart.layout(QRectF(0, 0, 800, 1000), snap,
                          chart.ChartOptions(first=f, count=per_page, row_height=24))
             for f in range(0, 200, per_page)]
    assert sum(len(p.rows) for p in pages) == 200
    assert all(p.rows[-1][1].bottom() <= 1000 for p in pages)
    export.write_png(tmp_path / "c.png", snap, 1200)
    image = QImage(str(tmp_path / "c.png"))
    assert image.width() == 1200 and image.height() > 200 * 25


def test_png_and_svg_exports(qapp: object, tmp_path: Path) -> None:
    snap = make_snapshot([(50, 20, 10, 5), (30, 30, 30, 0)])
    export.write_png(tmp_path / "c.png", snap, 900, Lang.EN)
    export.write_svg(tmp_path / "c.svg", snap, 900, Lang.EN)
    assert QImage(str(tmp_path / "c.png")).width() == 900
    svg = (tmp_path / "c.svg").read_text(encoding="utf-8")
    assert svg.startswith("<?xml") and "<svg" in svg and "Nguyễn Văn Số 1" in svg
    with raises("document_unwritable"):
        export.write_png(tmp_path / "missing" / "c.png", snap, 900)


def test_a_count_in_progress_leaves_the_rest_empty(qapp: object) -> None:
    snap = make_snapshot([(40, 0, 0, 0)], collected=100)
    image, lay = render(snap)
    y = int(lay.rows[0][1].top() + lay.rows[0][1].height() * 0.72)
    edge = lay.bar_left + 0.40 * lay.bar_width
    assert image.pixelColor(int(edge) - 2, y).name() == chart_style.PALETTE[0].lower()
    assert image.pixelColor(int(edge) + 2, y).name() == "#ffffff"
