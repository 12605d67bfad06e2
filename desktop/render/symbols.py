"""Symbols drawn as paths, not borrowed from whatever font the machine has: the bundled fonts
have no ✔, and a glyph from a system font would change from one machine to the next."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen


def check(p: QPainter, box: QRectF, colour: QColor) -> None:
    """A check mark (✔) filling ``box``."""
    path = QPainterPath(QPointF(box.left() + box.width() * 0.08, box.top() + box.height() * 0.55))
    path.lineTo(box.left() + box.width() * 0.38, box.top() + box.height() * 0.85)
    path.lineTo(box.left() + box.width() * 0.92, box.top() + box.height() * 0.18)
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(colour, max(box.height() * 0.16, 1.0))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)
    p.restore()


def triangle(p: QPainter, box: QRectF, colour: QColor) -> None:
    """An upward triangle (▲) filling ``box``."""
    path = QPainterPath(QPointF(box.center().x(), box.top() + box.height() * 0.1))
    path.lineTo(box.right() - box.width() * 0.05, box.bottom() - box.height() * 0.1)
    path.lineTo(box.left() + box.width() * 0.05, box.bottom() - box.height() * 0.1)
    path.closeSubpath()
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    p.drawPath(path)
    p.restore()


def equals(p: QPainter, box: QRectF, colour: QColor) -> None:
    """An equals sign (=) filling ``box``: a tie."""
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    thick = max(box.height() * 0.18, 1.0)
    for y in (0.28, 0.62):
        p.drawRect(QRectF(box.left() + box.width() * 0.06, box.top() + box.height() * y,
                          box.width() * 0.88, thick))
    p.restore()


def padlock(p: QPainter, box: QRectF, colour: QColor) -> None:
    """A closed padlock filling ``box``: settled, either way (an election's chart, where a ✔
    beside a name would read as elected)."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    body = QRectF(box.left() + box.width() * 0.14, box.top() + box.height() * 0.46,
                  box.width() * 0.72, box.height() * 0.5)
    shackle = QRectF(box.left() + box.width() * 0.28, box.top() + box.height() * 0.08,
                     box.width() * 0.44, box.height() * 0.7)
    pen = QPen(colour, max(box.height() * 0.13, 1.0))
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawArc(shackle, 0, 180 * 16)  # the upper half: the shackle over the body
    p.drawLine(QPointF(shackle.left(), shackle.center().y()),
               QPointF(shackle.left(), body.top()))
    p.drawLine(QPointF(shackle.right(), shackle.center().y()),
               QPointF(shackle.right(), body.top()))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    p.drawRoundedRect(body, box.width() * 0.08, box.width() * 0.08)
    p.restore()


def box_before(baseline: float, x: float, ascent: float) -> QRectF:
    """The square a symbol takes before a text at ``x`` on ``baseline``: a capital's height."""
    size = ascent * 0.8
    return QRectF(x, baseline - size, size, size)
