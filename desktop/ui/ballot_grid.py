"""The ballot drawn as on paper: STT | name | title | one box per level | live counts.

Painted with QPainter so a key press repaints one or two rows only. The same grid, compact,
shows the last accepted ballot beside the form.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QWidget

from desktop.domain.ballot import BLANK, MULTIPLE
from desktop.domain.election import STRUCK
from desktop.domain.tally import level_counts_text
from desktop.render import fonts

SERIF = fonts.SERIF
CURRENT = QColor("#fff3b0")
MARKED = QColor("#1f4e96")
BLANK_BG = QColor("#ececec")
MULTIPLE_BG = QColor("#f6dcc8")
GRID = QColor("#9a9a9a")
COUNTS = QColor("#5a5a5a")


def ballot_font(compact: bool) -> QFont:
    font = QFont(SERIF)
    font.setPointSizeF(9.5 if compact else 13.5)
    return font


@dataclass(frozen=True)
class Columns:
    """x positions of the columns for one width; shared by the header and the rows."""

    stt: tuple[int, int]
    name: tuple[int, int]
    title: tuple[int, int] | None
    boxes: tuple[tuple[int, int], ...]
    counts: tuple[int, int] | None
    row_height: int


def layout(width: int, font: QFont, levels: tuple[str, ...], compact: bool) -> Columns:
    fm = QFontMetrics(font)
    pad = fm.horizontalAdvance("  ")
    stt_w = fm.horizontalAdvance("000") + pad
    header = QFont(font)
    header.setPointSizeF(font.pointSizeF() * 0.85)
    header.setBold(True)
    words = [w for label in levels for w in label.split()]
    box_w = max(fm.horizontalAdvance("MMM"),
                *(QFontMetrics(header).horizontalAdvance(w) + pad for w in words))
    if compact:
        box_w = fm.horizontalAdvance("MMM")
    counts_w = 0 if compact else fm.horizontalAdvance(
        level_counts_text([9999] * len(levels))) + pad
    rest = max(width - stt_w - box_w * len(levels) - counts_w, 3 * pad)
    name_w = rest if compact else rest * 55 // 100
    x = 0
    stt = (x, stt_w)
    x += stt_w
    name = (x, name_w)
    x += name_w
    title = None
    if not compact:
        title = (x, rest - name_w)
        x += rest - name_w
    boxes = []
    for _ in levels:
        boxes.append((x, box_w))
        x += box_w
    counts = None if compact else (x, counts_w)
    return Columns(stt, name, title, tuple(boxes), counts, int(fm.height() * (1.35 if compact
                                                                              else 1.7)))


class BallotGrid(QWidget):
    """Rows of a ballot. ``marks[i]`` is a level, BLANK, MULTIPLE or None (not keyed yet)."""

    row_clicked = Signal(int, int)  # row, level clicked (0 when not on a box)

    def __init__(self, names: list[tuple[str, str]], levels: tuple[str, ...],
                 compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = names
        self._levels = levels
        self._compact = compact
        self._font = ballot_font(compact)
        self.marks: list[int | None] = [None] * len(names)
        self.current = 0 if not compact else -1
        self.counts: list[list[int]] | None = None
        self.faded = False  # a whole-ballot invalid is being keyed
        self.strike = False  # an election list with surplus: one box, ticked when struck
        self.blank_text = "để trống"
        self.multiple_text = "nhiều ô"
        self.setFont(self._font)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._metrics = QFontMetrics(self._font)
        self._italic = QFont(self._font)
        self._italic.setItalic(True)
        self._columns = layout(600, self._font, levels, compact)
        self._elided: list[tuple[str, str]] = []
        self._boxes: dict[tuple[int | None, int, int], QPixmap] = {}  # (state, level, size)
        self._elide()

    # -- geometry ----------------------------------------------------------------------------
    @property
    def columns(self) -> Columns:
        return self._columns

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._columns = layout(self.width(), self._font, self._levels, self._compact)
        self._elide()

    def _elide(self) -> None:
        """Names and titles cut to their columns once per width, not once per paint."""
        c, fm = self._columns, self._metrics
        cut = Qt.TextElideMode.ElideRight
        self._elided = [
            (fm.elidedText(name, cut, c.name[1] - 12),
             fm.elidedText(title, cut, c.title[1] - 12) if c.title else "")
            for name, title in self._names]

    def sizeHint(self) -> QSize:
        fm = QFontMetrics(self._font)
        width = fm.horizontalAdvance("M") * (40 if self._compact else 70)
        return QSize(width, self._columns.row_height * len(self._names) + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self._columns.row_height * len(self._names) + 2)

    def row_rect(self, row: int) -> QRect:
        h = self._columns.row_height
        return QRect(0, row * h, self.width(), h)

    def row_at(self, y: int) -> int:
        return min(max(y // self._columns.row_height, 0), len(self._names) - 1)

    # -- updates that repaint only what changed ---------------------------------------------
    def set_mark(self, row: int, state: int | None) -> None:
        self.marks[row] = state
        self.update(self.row_rect(row))

    def set_current(self, row: int) -> None:
        old, self.current = self.current, row
        for r in (old, row):
            if 0 <= r < len(self._names):
                self.update(self.row_rect(r))

    def set_all(self, marks: Sequence[int | None], current: int) -> None:
        self.marks = list(marks)
        self.current = current
        self.update()

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setFont(self._font)
        h = self._columns.row_height
        first = max(event.rect().top() // h, 0)
        last = min(event.rect().bottom() // h, len(self._names) - 1)
        for row in range(first, last + 1):
            self._paint_row(painter, row)
        painter.end()

    def _paint_row(self, p: QPainter, row: int) -> None:
        c = self._columns
        rect = self.row_rect(row)
        state = self.marks[row]
        background = QColor("white")
        if row == self.current:
            background = CURRENT
        elif state == BLANK:
            background = BLANK_BG
        elif state == MULTIPLE:
            background = MULTIPLE_BG
        p.fillRect(rect, background)
        p.setPen(QPen(GRID, 1))
        p.drawLine(rect.bottomLeft(), rect.bottomRight())
        text_colour = QColor("#8a8a8a") if self.faded else QColor("black")
        p.setPen(text_colour)
        name, title = self._elided[row]
        flags = int(Qt.AlignmentFlag.AlignVCenter)
        p.drawText(self._cell(rect, c.stt, 4), flags | int(Qt.AlignmentFlag.AlignRight),
                   str(row + 1))
        p.drawText(self._cell(rect, c.name, 8), flags, name)
        if self.strike and state == STRUCK:  # the name struck through, as with the pen
            p.save()
            p.setPen(QPen(QColor("#b00020"), 2))
            width = min(self._metrics.horizontalAdvance(name), c.name[1] - 8)
            y = rect.center().y()
            p.drawLine(c.name[0] + 2, y, c.name[0] + 6 + width, y)
            p.restore()
        if c.title is not None:
            p.drawText(self._cell(rect, c.title, 8), flags, title)
        self._paint_boxes(p, rect, state)
        if c.counts is not None and self.counts is not None and row < len(self.counts):
            counts = str(self.counts[row][0]) if self.strike else \
                level_counts_text(self.counts[row][: len(self._levels)])
            p.setPen(COUNTS)
            p.drawText(self._cell(rect, c.counts, 8),
                       flags | int(Qt.AlignmentFlag.AlignRight), counts)
        if row == self.current and not self._compact:
            p.fillRect(QRect(0, rect.top(), 5, rect.height()), QColor("#c98a00"))

    def _box(self, state: int | None, level: int, size: int) -> QPixmap:
        """One box drawn once per state and size, then copied: painting stays cheap."""
        key = (state if state in (BLANK, MULTIPLE, None) else int(state == level), level, size)
        cached = self._boxes.get(key)
        if cached is not None:
            return cached
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(int((size + 2) * ratio), int((size + 2) * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        box = QRect(1, 1, size, size)
        p.setPen(QPen(QColor("#333333"), 1.5))
        if state == MULTIPLE:
            p.setBrush(QBrush(QColor("#b5651d"), Qt.BrushStyle.BDiagPattern))
        else:
            p.setBrush(QColor("white"))
        p.drawRect(box)
        if state == level:
            p.fillRect(box.adjusted(2, 2, -1, -1), MARKED)
            p.setPen(QPen(QColor("white"), max(2, size // 8)))
            inset = box.adjusted(size // 4, size // 4, -size // 4, -size // 4)
            p.drawLine(inset.topLeft(), inset.bottomRight())
            p.drawLine(inset.topRight(), inset.bottomLeft())
        p.end()
        self._boxes[key] = pixmap
        return pixmap

    def _paint_boxes(self, p: QPainter, rect: QRect, state: int | None) -> None:
        c = self._columns
        size = min(rect.height() - 8, c.boxes[0][1] - 8)
        if self.strike:  # the one box is ticked for a struck name
            state = 1 if state == STRUCK else None
        for level, (x, w) in enumerate(c.boxes, start=1):
            p.drawPixmap(x + (w - size) // 2 - 1, rect.top() + (rect.height() - size) // 2 - 1,
                         self._box(state, level, size))
        if state in (BLANK, MULTIPLE) and not self._compact:
            first, last = c.boxes[0], c.boxes[-1]
            span = QRect(first[0], rect.top(), last[0] + last[1] - first[0], rect.height())
            italic = self._italic
            fm = QFontMetrics(italic)
            text = self.blank_text if state == BLANK else self.multiple_text
            width = fm.horizontalAdvance(text) + 8
            p.fillRect(QRect(span.center().x() - width // 2, span.center().y() - fm.height() // 2,
                             width, fm.height()), QColor(255, 255, 255, 220))
            p.setFont(italic)
            p.setPen(QColor("#555555") if state == BLANK else QColor("#8b3a00"))
            p.drawText(span, int(Qt.AlignmentFlag.AlignCenter), text)
            p.setFont(self._font)

    @staticmethod
    def _cell(rect: QRect, column: tuple[int, int], pad: int) -> QRect:
        return QRect(column[0] + pad // 2, rect.top(), column[1] - pad, rect.height())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        row = self.row_at(int(event.position().y()))
        x = int(event.position().x())
        level = next((i for i, (bx, bw) in enumerate(self._columns.boxes, start=1)
                      if bx <= x < bx + bw), 0)
        self.row_clicked.emit(row, level)


class GridHeader(QWidget):
    """The column titles above a BallotGrid, kept in view while the rows scroll."""

    def __init__(self, grid: BallotGrid, titles: tuple[str, str, str, str],
                 levels: tuple[str, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = grid
        self._titles = titles
        self._levels = levels
        font = QFont(grid.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        self.setFont(font)
        # the key's digit and a one-word label ("2 Disapprove") may take two lines
        lines = max(2, *(len(label.split()) for label in levels))
        self.setFixedHeight(int(QFontMetrics(font).height() * (min(lines, 3) + 0.6)))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#e8e8e8"))
        c = self._grid.columns
        wrap = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        h = self.height()
        cells = [(c.stt, self._titles[0]), (c.name, self._titles[1])]
        if c.title is not None:
            cells.append((c.title, self._titles[2]))
        cells += [(box, label if self._grid.strike else f"{level} {label}")  # its key
                  for level, (box, label) in enumerate(zip(c.boxes, self._levels, strict=True),
                                                       start=1)]
        if c.counts is not None:
            cells.append((c.counts, self._titles[3]))
        for (x, w), text in cells:
            p.drawText(QRect(x + 2, 0, w - 4, h), wrap, text)
        p.setPen(GRID)
        p.drawLine(0, h - 1, self.width(), h - 1)
        p.end()
