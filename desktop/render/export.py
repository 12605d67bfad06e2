"""The chart as a file: PNG (raster) and SVG (vector), from the same painter as the screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgGenerator

from desktop.domain.snapshot import Snapshot
from desktop.domain.words import Lang
from desktop.errors import StorageError
from desktop.render import chart

ROW_PX = 30.0  # a row of the exported chart at 1× (the width sets everything else)


def chart_size(snapshot: Snapshot, width: int) -> QSize:
    row = ROW_PX * width / 1200
    height = chart.header_height(row) + row * len(snapshot.results) + row * 0.5
    return QSize(width, int(height))


def _draw(painter: QPainter, size: QSize, snapshot: Snapshot, lang: Lang,
          sort_level: int | None = None) -> None:
    margin = size.width() * 0.01
    rect = QRectF(margin, margin, size.width() - 2 * margin, size.height() - 2 * margin)
    chart.paint(painter, rect, snapshot,
                chart.ChartOptions(lang=lang, row_height=ROW_PX * size.width() / 1200,
                                   sort_level=sort_level))


def chart_image(snapshot: Snapshot, width: int = 1600, lang: Lang = Lang.VI,
                sort_level: int | None = None) -> QImage:
    size = chart_size(snapshot, width)
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    _draw(painter, size, snapshot, lang, sort_level)
    painter.end()
    return image


def write_png(path: Path, snapshot: Snapshot, width: int = 1600, lang: Lang = Lang.VI,
              sort_level: int | None = None) -> None:
    image = chart_image(snapshot, width, lang, sort_level)
    writer = QImageWriter(str(path), b"png")
    if not writer.write(image):
        raise StorageError("document_unwritable", path=str(path), detail=writer.errorString())


def write_svg(path: Path, snapshot: Snapshot, width: int = 1600, lang: Lang = Lang.VI,
              sort_level: int | None = None) -> None:
    size = chart_size(snapshot, width)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(snapshot.definition.title)
    generator.setResolution(96)
    painter = QPainter()
    if not painter.begin(generator):
        raise StorageError("document_unwritable", path=str(path), detail="SVG")
    painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor("white"))
    _draw(painter, size, snapshot, lang, sort_level)
    painter.end()
