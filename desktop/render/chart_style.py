"""What the chart's parts share: the colours (Okabe–Ito, safe for colour-blind readers), the
letters, the fills of each level (the darker ones hatched for a grey printout), the words."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter

from desktop.domain.snapshot import Snapshot
from desktop.domain.words import Lang, say
from desktop.render import fonts

PALETTE = ("#0072B2", "#56B4E9", "#D55E00", "#E69F00", "#009E73", "#CC79A7", "#F0E442",
           "#000000", "#999933")
INVALID = QColor("#9E9E9E")
EMPTY_EDGE = QColor("#8C8C8C")
FLAG = QColor("#B00020")
SETTLED = QColor("#1B6E20")
ELECTED = QColor("#0B4F8A")  # an election's elected: ✔ and their votes
CUT = QColor("#D55E00")  # an election's seat cut
SERIF = fonts.SERIF


def word(key: str, lang: Lang) -> str:
    return say(f"chart.{key}", lang)


def letters(height: float, bold: bool = False, scale: float = 0.52) -> QFont:
    font = QFont(SERIF)
    font.setPixelSize(max(int(height * scale), 6))
    font.setBold(bold)
    return font


def colour(level: int) -> QColor:
    return QColor(PALETTE[(level - 1) % len(PALETTE)])


def hatched(level: int, snapshot: Snapshot) -> bool:
    """The darker levels carry a pattern too, so a grey printout keeps them apart."""
    return level >= 3 or any(t.level == level for t in snapshot.definition.rules.thresholds)


def fill(p: QPainter, rect: QRectF, kind: str, snapshot: Snapshot) -> None:
    if kind == "invalid":
        p.fillRect(rect, INVALID)
        return
    level = int(kind)
    p.fillRect(rect, colour(level))
    if hatched(level, snapshot):
        p.fillRect(rect, QBrush(QColor(255, 255, 255, 150), Qt.BrushStyle.BDiagPattern))
