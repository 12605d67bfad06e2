"""The chart's legend: one line of keys (each level, invalid, what is left, settled, over a
threshold), drawn with the chart's own fills and symbols; its letters shrink rather than run
past the chart's right edge."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from desktop.domain.snapshot import Snapshot
from desktop.domain.words import say
from desktop.render import chart_election, symbols
from desktop.render.chart_style import (
    CUT,
    ELECTED,
    EMPTY_EDGE,
    FLAG,
    SETTLED,
    fill,
    letters,
    word,
)

if TYPE_CHECKING:
    from desktop.render.chart import ChartOptions


def _legend_items(snapshot: Snapshot, options: ChartOptions) -> list[tuple[str, str]]:
    if snapshot.outcome is not None:
        return chart_election.legend_items(options.lang, options.closed)
    labels = snapshot.definition.rules.level_labels(options.lang)
    items = [(str(level), say("chart.level", options.lang, level=level,
                              label=labels[level - 1]))
             for level in range(1, len(labels) + 1)]
    items += [("invalid", word("invalid", options.lang)),
              ("remaining", word("absent" if options.closed else "remaining", options.lang))]
    if not options.closed:
        items.append(("settled", word("settled", options.lang)))
    items.append(("crossed", word("crossed", options.lang)))
    if snapshot.base_value is None and snapshot.definition.rules.base.value != "valid":
        items.append(("no_base", "(" + word("no_base", options.lang) + ")"))
    return items


def paint_legend(p: QPainter, header: QRectF, row_height: float, snapshot: Snapshot,
                 options: ChartOptions) -> None:
    """One line of keys; its letters shrink rather than run past the chart's right edge."""
    items = _legend_items(snapshot, options)
    font = letters(row_height * 0.9, scale=options.text_scale)
    fm = QFontMetricsF(font)
    size = fm.height() * 0.8
    width = sum(size * 3 + fm.horizontalAdvance(text) for _, text in items)
    if width > header.width():
        font.setPixelSize(max(int(font.pixelSize() * header.width() / width), 6))
        fm = QFontMetricsF(font)
        size = fm.height() * 0.8
    p.setFont(font)
    x = header.left()
    y = header.top() + row_height * 0.15
    baseline = y + fm.ascent()
    for kind, text in items:
        box = QRectF(x, y + (fm.height() - size) / 2, size, size)
        pen = QColor("black")
        if kind == "remaining":
            p.setPen(QPen(EMPTY_EDGE, 1))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(box)
        elif kind == "settled":
            pen = SETTLED
            symbols.check(p, box, pen)
        elif kind == "settled_lock":  # an election's settled: either way
            pen = SETTLED
            symbols.padlock(p, box, pen)
        elif kind == "crossed":
            pen = FLAG
            symbols.triangle(p, box, pen)
        elif kind in ("bar", "cut"):  # an election's two lines
            p.setPen(QPen(QColor("#222222"), max(1.0, row_height / 18), Qt.PenStyle.DashLine)
                     if kind == "bar" else QPen(CUT, max(1.5, row_height / 12)))
            p.drawLine(QPointF(box.center().x(), box.top()),
                       QPointF(box.center().x(), box.bottom()))
        elif kind == "elected":
            pen = ELECTED
            symbols.check(p, box, pen)
        elif kind == "tied":
            pen = FLAG
            symbols.equals(p, box, pen)
        elif kind == "no_base":
            pen = FLAG
            box = QRectF(x, box.top(), -size * 0.4, size)
        else:
            fill(p, box, kind, snapshot)
        p.setPen(pen)
        p.drawText(QPointF(box.right() + size * 0.4, baseline), text)
        x = box.right() + size * 0.4 + fm.horizontalAdvance(text) + size * 1.2
