"""The results chart, painted with QPainter: one function for widget, projector, PNG, SVG, PDF.

One horizontal bar per official. The bar's full length is the rule set's base; it is split by
level, the level the thresholds are about drawn first (from the left) so its length reads
directly against the 1/2 and 2/3 guide lines; then the other levels, the invalid rows in grey,
and the part not counted yet left empty. Colours are the Okabe–Ito palette (safe for
colour-blind readers); the third level on, and the threshold level, are also hatched so a grey
printout keeps them apart. Sizes derive from the row height, so the same picture scales from
a laptop to a projector or a printed page.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from desktop.domain import election_summary
from desktop.domain.snapshot import Snapshot
from desktop.domain.tally import OfficialResult, level_counts_text
from desktop.domain.words import Lang
from desktop.render import chart_election, chart_legend, symbols
from desktop.render.chart_style import (
    EMPTY_EDGE,
    FLAG,
    SETTLED,
    fill,
    letters,
)

RANKED = 0  # the sort "level" of an election's ranked result


@dataclass(frozen=True)
class ChartOptions:
    lang: Lang = Lang.VI
    sort_level: int | None = None  # order by this level's count, highest first (RANKED:
    # an election's "kết quả bầu cử": the elected, the tied, then the rest by votes)
    first: int = 0  # first row to draw (pages on paper)
    count: int | None = None  # how many rows; None: all from ``first``
    row_height: float | None = None  # None: fit every row into the rect
    legend: bool = True
    text_scale: float = 0.52  # letter height per row height; the projector uses more
    closed: bool = False  # a closed count: what is left is absent, and nothing is "settled"
    keys: bool = True  # the legend's keys (a second column of the projector leaves them out)


@dataclass(frozen=True)
class Segment:
    kind: str  # "1".."9" for a level, "invalid"
    start: float  # in units of the bar (0..1 of the scale)
    length: float


@dataclass(frozen=True)
class ChartLayout:
    header: QRectF
    label_left: float
    bar_left: float
    bar_width: float
    text_left: float
    rows: tuple[tuple[int, QRectF], ...]  # (index into snapshot.results, row rect)
    row_height: float


def level_order(snapshot: Snapshot) -> list[int]:
    rules = snapshot.definition.rules
    levels = list(range(1, rules.levels + 1))
    if rules.thresholds:
        first = rules.thresholds[0].level
        levels.remove(first)
        levels.insert(0, first)
    return levels


def row_order(snapshot: Snapshot, options: ChartOptions) -> list[int]:
    indices = list(range(len(snapshot.results)))
    if options.sort_level == RANKED:
        if snapshot.outcome is None:
            return indices
        return [position - 1 for position in election_summary.ranked(snapshot.outcome)]
    if options.sort_level is not None:
        level = options.sort_level
        indices.sort(key=lambda i: (-snapshot.results[i].counts[level - 1], i))
    return indices


def not_valid(result: OfficialResult, snapshot: Snapshot) -> int:
    """The ballots keyed that count for nobody on this row: the row blank or marked twice,
    and the ballots invalid as a whole (they are keyed: not part of what is left)."""
    return result.blank + result.multiple + snapshot.invalid


def scale_of(result: OfficialResult, snapshot: Snapshot) -> int:
    """What the full bar stands for: the base, or more if more rows were counted."""
    counted = sum(result.counts) + not_valid(result, snapshot)
    base = result.base if result.base is not None else max(snapshot.entered, 1)
    return max(base, counted, 1)


def segments(result: OfficialResult, snapshot: Snapshot) -> list[Segment]:
    if snapshot.outcome is not None:
        return chart_election.segments(result, snapshot)
    scale = scale_of(result, snapshot)
    out, start = [], 0.0
    for level in level_order(snapshot):
        length = result.counts[level - 1] / scale
        out.append(Segment(str(level), start, length))
        start += length
    out.append(Segment("invalid", start, not_valid(result, snapshot) / scale))
    return out


def header_height(row_height: float) -> float:
    return row_height * 1.8


def layout(rect: QRectF, snapshot: Snapshot, options: ChartOptions) -> ChartLayout:
    order = row_order(snapshot, options)
    end = len(order) if options.count is None else min(len(order), options.first + options.count)
    shown = order[options.first:end]
    top = rect.top()
    if options.row_height is not None:
        row_height = options.row_height
    else:
        n = max(len(shown), 1)
        row_height = max(min(rect.height() / (n + (1.6 if options.legend else 0)), 64.0), 6.0)
    header = QRectF(rect.left(), top, rect.width(),
                    header_height(row_height) if options.legend else 0)
    y = header.bottom()
    rows = []
    for index in shown:
        rows.append((index, QRectF(rect.left(), y, rect.width(), row_height)))
        y += row_height
    label_left = rect.left()
    # the names' column as wide as the longest "N. name" and its mark, within 27-40 %
    pixels = letters(row_height, scale=options.text_scale).pixelSize()
    widest = _widest_label(tuple(f"{r.position}. {r.name}" for r in snapshot.results), pixels)
    wanted = widest + row_height * 1.2
    bar_left = rect.left() + min(max(wanted, rect.width() * 0.27), rect.width() * 0.40)
    text_left = rect.left() + rect.width() * 0.75
    return ChartLayout(header, label_left, bar_left, text_left - bar_left - row_height * 0.4,
                       text_left, tuple(rows), row_height)


@lru_cache(maxsize=16)
def _widest_label(labels: tuple[str, ...], pixels: int) -> float:
    font = letters(1)
    font.setPixelSize(pixels)
    metrics = QFontMetricsF(font)
    return max((metrics.horizontalAdvance(label) for label in labels), default=0.0)


def paint(p: QPainter, rect: QRectF, snapshot: Snapshot, options: ChartOptions,
          exposed: QRectF | None = None) -> ChartLayout:
    """Draw the chart into ``rect``; returns the layout it used (tests and hit-testing).
    With ``exposed`` (a widget's dirty region) rows outside it are skipped."""
    lay = layout(rect, snapshot, options)
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    if options.legend and options.keys:
        chart_legend.paint_legend(p, lay.header, lay.row_height, snapshot, options)
    for index, row in lay.rows:
        if exposed is not None and not row.intersects(exposed):
            continue
        _paint_row(p, lay, row, snapshot.results[index], snapshot, options,
                   snapshot.settled[index])
    if snapshot.outcome is not None:
        chart_election.paint_guides(p, lay, snapshot, options.lang, options.text_scale)
    else:
        _paint_guides(p, lay, snapshot)
    p.restore()
    return lay


def _paint_guides(p: QPainter, lay: ChartLayout, snapshot: Snapshot) -> None:
    """Dashed lines at each threshold's fraction of the base, labelled at the top."""
    fixed_base = snapshot.definition.rules.base.value != "valid"
    if not lay.rows or (fixed_base and snapshot.base_value is None):
        return
    top = lay.header.bottom() - lay.row_height * 0.05  # below the legend line
    bottom = lay.rows[-1][1].bottom()
    font = letters(lay.row_height * 0.8, bold=True)
    p.setFont(font)
    fm = QFontMetricsF(font)
    seen = set()
    for t in snapshot.definition.rules.thresholds:
        if t.fraction in seen:
            continue
        seen.add(t.fraction)
        x = round(lay.bar_left + float(t.fraction) * lay.bar_width)
        pen = QPen(QColor("#222222"), max(1.0, lay.row_height / 18), Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawLine(QPointF(x, top), QPointF(x, bottom))
        text = f"{t.fraction.numerator}/{t.fraction.denominator}"
        p.drawText(QPointF(x - fm.horizontalAdvance(text) / 2, top - fm.descent()), text)


def label_room(lay: ChartLayout, row_height: float, mark_width: float, settled: bool) -> float:
    """How wide a row's "N. name" may be before it is shortened with "…" (the settled mark
    takes its place at the names' right edge)."""
    return lay.bar_left - lay.label_left - row_height * 0.3 - (mark_width * 1.4 if settled
                                                                else 0)


def _paint_row(p: QPainter, lay: ChartLayout, row: QRectF, result: OfficialResult,
               snapshot: Snapshot, options: ChartOptions, is_settled: bool) -> None:
    h = row.height()
    font = letters(h, scale=options.text_scale)
    p.setFont(font)
    fm = QFontMetricsF(font)
    baseline = row.top() + (h + fm.ascent() - fm.descent()) / 2
    p.setPen(QColor("black"))
    label = f"{result.position}. {result.name}"
    mark = symbols.box_before(baseline, 0, fm.ascent())
    settled = is_settled and not options.closed
    room = label_room(lay, h, mark.width(), settled)
    p.drawText(QPointF(lay.label_left, baseline),
               fm.elidedText(label, Qt.TextElideMode.ElideRight, room))
    if settled:  # an election's: a padlock, so that no ✔ but the elected one is seen
        draw = symbols.check if snapshot.outcome is None else symbols.padlock
        draw(p, mark.translated(lay.bar_left - h * 0.3 - mark.width() * 1.2, 0), SETTLED)
    bar = QRectF(lay.bar_left, row.top() + h * 0.18, lay.bar_width, h * 0.64)
    for seg in segments(result, snapshot):
        if seg.length <= 0:
            continue
        left = round(bar.left() + seg.start * bar.width())
        right = round(bar.left() + (seg.start + seg.length) * bar.width())
        fill(p, QRectF(left, bar.top(), right - left, bar.height()), seg.kind, snapshot)
    p.setPen(QPen(EMPTY_EDGE, 1))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(bar)
    if snapshot.outcome is not None:
        chart_election.paint_numbers(p, lay, row, result, snapshot, options.lang, baseline, fm)
    else:
        _paint_numbers(p, lay, row, result, options, baseline, fm)


def _paint_numbers(p: QPainter, lay: ChartLayout, row: QRectF, result: OfficialResult,
                   options: ChartOptions, baseline: float, fm: QFontMetricsF) -> None:
    room = row.right() - lay.text_left
    text = level_counts_text(result.counts, result.percents, options.lang)
    if fm.horizontalAdvance(text) > room:
        text = level_counts_text(result.counts)
    p.setPen(FLAG if result.flags else QColor("black"))
    x = lay.text_left
    if result.flags:
        mark = symbols.box_before(baseline, x, fm.ascent())
        symbols.triangle(p, mark, FLAG)
        x = mark.right() + mark.width() * 0.4
        room -= x - lay.text_left
    p.drawText(QPointF(x, baseline), fm.elidedText(text, Qt.TextElideMode.ElideRight, room))


def rows_per_page(height: float, row_height: float, legend: bool = True) -> int:
    """How many rows fit a page of ``height`` at ``row_height`` (at least one)."""
    return max(int((height - (header_height(row_height) if legend else 0)) // row_height), 1)
