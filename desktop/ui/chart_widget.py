"""The results chart on screen: the shared painter in a widget that follows the count."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from desktop.domain.snapshot import Snapshot
from desktop.render import chart
from desktop.services.count_service import ChangeSet, CountService
from desktop.ui import i18n


class ChartWidget(QWidget):
    """With ``row_height`` it is as tall as its rows (put it in a scroll area); without, it
    fits every row into itself (the projector)."""

    def __init__(self, service: CountService, row_height: float | None = 28.0,
                 parent: QWidget | None = None, text_scale: float = 0.52) -> None:
        super().__init__(parent)
        self.setObjectName("resultsChart")
        self.setAccessibleName(self.tr("Biểu đồ kết quả"))
        self._service = service
        self.options = chart.ChartOptions(lang=i18n.language(), row_height=row_height,
                                          text_scale=text_scale)
        self.snapshot: Snapshot = service.snapshot()
        service.changed.connect(self._on_service_changed)

    def set_sort_level(self, level: int | None) -> None:
        self.options = replace(self.options, sort_level=level)
        self.update()

    def _on_service_changed(self, change: ChangeSet) -> None:
        rows = len(self.snapshot.results)
        self.snapshot = self._service.snapshot()
        if len(self.snapshot.results) != rows:
            self.updateGeometry()  # only when the list of officials changed
        self.update()

    def sizeHint(self) -> QSize:
        row = self.options.row_height or 28.0
        rows = len(self.snapshot.results)
        return QSize(900, int(chart.header_height(row) + row * (rows + 0.5)))

    def minimumSizeHint(self) -> QSize:
        if self.options.row_height is None:
            return QSize(300, 200)
        return QSize(500, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        margin = 8.0
        chart.paint(painter, QRectF(margin, margin, self.width() - 2 * margin,
                                    self.height() - 2 * margin), self.snapshot, self.options,
                    QRectF(event.rect()))
        painter.end()
