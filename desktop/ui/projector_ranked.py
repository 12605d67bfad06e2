"""The projector's "kết quả bầu cử": an election's candidates ranked (the elected highest
votes first, then the tied, then the others), with the bar and the seat cut, in as many
columns as keep the letters large enough to read across a hall."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from desktop.domain.snapshot import Snapshot
from desktop.render import chart, chart_legend
from desktop.services.count_service import ChangeSet, CountService
from desktop.ui import i18n

PER_COLUMN = 20  # the most rows one column holds before the next column opens
MARGIN = 8.0
GAP = 24.0


def columns_for(rows: int) -> int:
    """One column up to 20 candidates, two up to 70 (a congress of 60 from 45), then three
    and four: more would cut the names short."""
    return 1 if rows <= PER_COLUMN else 2 if rows <= 70 else 3 if rows <= 120 else 4


class RankedChart(QWidget):
    def __init__(self, service: CountService, parent: QWidget | None = None,
                 text_scale: float = 0.7) -> None:
        super().__init__(parent)
        self.setObjectName("projectorRanked")
        self.setAccessibleName(self.tr("Kết quả bầu cử"))
        self._service = service
        self.options = chart.ChartOptions(lang=i18n.language(), sort_level=chart.RANKED,
                                          text_scale=text_scale)
        self.snapshot: Snapshot = service.snapshot()
        self.layouts: list[chart.ChartLayout] = []
        service.changed.connect(self._on_service_changed)

    def _on_service_changed(self, change: ChangeSet) -> None:
        self.snapshot = self._service.snapshot()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("white"))
        n = len(self.snapshot.results)
        columns = columns_for(n)
        per = -(-n // columns)
        height = self.height() - 2 * MARGIN
        row = min(height / (per + 1.8), 72.0)  # the legend's header is 1.8 rows
        width = (self.width() - 2 * MARGIN - GAP * (columns - 1)) / columns
        self.layouts = []
        options = replace(self.options, row_height=row, closed=self._service.closed)
        # the legend across the whole width, above every column
        chart_legend.paint_legend(p, QRectF(MARGIN, MARGIN, self.width() - 2 * MARGIN,
                                            chart.header_height(row)), row, self.snapshot,
                                  options)
        for c in range(columns):
            rect = QRectF(MARGIN + c * (width + GAP), MARGIN, width, height)
            self.layouts.append(chart.paint(p, rect, self.snapshot, replace(
                options, first=c * per, count=per, keys=False)))
        p.end()
