"""What every page of the minutes carries besides the text: the page number centred in the
top margin from page 2 on (ND 30/2020), the footer with "Trang x/y" and the fingerprint, the
draft mark of a count not closed; and the chart annex's pages."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPagedPaintDevice, QPainter

from desktop.domain.audit import format_fingerprint
from desktop.domain.minutes import MinutesData
from desktop.domain.words import Lang, say
from desktop.render import chart, fonts

MARGINS_MM = QMarginsF(30, 20, 15, 20)  # left, top, right, bottom
TEXT_WIDTH_MM = 210 - MARGINS_MM.left() - MARGINS_MM.right()  # the text's width on A4
FOOTER_MM = 8.0
PAGE_NUMBER_PT = 13


class Pages:
    """Page geometry in the reference units the text is laid out in, for any device."""

    def __init__(self, device: QPagedPaintDevice, reference_dpi: float) -> None:
        self.device = device
        self.dpi = reference_dpi
        self.scale_x = device.logicalDpiX() / reference_dpi
        self.scale_y = device.logicalDpiY() / reference_dpi
        per_mm = reference_dpi / 25.4
        self.per_mm = per_mm
        self.width = device.width() / self.scale_x
        self.height = device.height() / self.scale_y
        self.content = QRectF(MARGINS_MM.left() * per_mm, MARGINS_MM.top() * per_mm,
                              self.width - (MARGINS_MM.left() + MARGINS_MM.right()) * per_mm,
                              self.height - (MARGINS_MM.top() + MARGINS_MM.bottom()
                                             + FOOTER_MM) * per_mm)


def chart_page(painter: QPainter, pages: Pages, data: MinutesData, lang: Lang, k: int,
                per_page: int, row: float) -> None:
    title = QFont(fonts.SERIF)
    title.setPixelSize(int(row * 0.7))
    title.setBold(True)
    painter.setFont(title)
    painter.setPen(QColor("black"))
    heading = say("page.annex" if k == 0 else "page.annex_next", lang)
    area = pages.content
    painter.drawText(QRectF(area.left(), area.top(), area.width(), row * 1.2),
                     int(Qt.AlignmentFlag.AlignCenter), heading)
    chart.paint(painter, QRectF(area.left(), area.top() + row * 1.5, area.width(),
                                area.height() - row * 1.5), data.snapshot,
                chart.ChartOptions(lang=lang, first=k * per_page, count=per_page,
                                   row_height=row, closed=not data.draft))


def top_mark(data: MinutesData, lang: Lang) -> str:
    """What the top margin of every page says of the copy, "" when nothing: the file does
    not match its audit log, the count is not closed (the PDF's and the ODT's)."""
    return " — ".join(say(code, lang) for code, on in (
        ("page.tampered", data.tampered), ("page.draft", data.draft)) if on)


def decorate(painter: QPainter, pages: Pages, data: MinutesData, lang: Lang, page: int,
              total: int) -> None:
    """Footer on every page; the page number atop every page but the first; the draft mark
    on every page of a count not closed."""
    mm = pages.per_mm
    if page > 1:
        number = QFont(fonts.SERIF)
        number.setPixelSize(round(PAGE_NUMBER_PT * pages.dpi / 72))
        painter.setFont(number)
        painter.setPen(QColor("black"))
        painter.drawText(QRectF(pages.content.left(), 9 * mm, pages.content.width(), 7 * mm),
                         int(Qt.AlignmentFlag.AlignCenter), str(page))
    font = QFont(fonts.SERIF)
    font.setPixelSize(int(3.2 * mm))
    painter.setFont(font)
    painter.setPen(QColor("black"))
    top = pages.height - (MARGINS_MM.bottom() + FOOTER_MM * 0.6) * mm
    footer = QRectF(pages.content.left(), top, pages.content.width(), FOOTER_MM * mm)
    painter.drawLine(footer.topLeft(), footer.topRight())
    painter.drawText(footer, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                     say("page.number", lang, page=page, pages=total))
    painter.drawText(footer, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                     say("page.fingerprint", lang,
                         fingerprint=format_fingerprint(data.fingerprint)))
    text = top_mark(data, lang)
    if text:
        mark = QFont(fonts.SERIF)
        mark.setPixelSize(int(4 * mm))
        mark.setBold(True)
        wide = QFontMetricsF(mark).horizontalAdvance(text)
        if wide > pages.content.width():  # both marks: the letters shrink to the line
            mark.setPixelSize(int(4 * mm * pages.content.width() / wide))
        painter.setFont(mark)
        painter.setPen(QColor("#B00020"))
        painter.drawText(QRectF(pages.content.left(), 3 * mm, pages.content.width(), 6 * mm),
                         int(Qt.AlignmentFlag.AlignCenter), text)
    if data.draft:
        painter.save()
        painter.translate(pages.width / 2, pages.height / 2)
        painter.rotate(-50)
        big = QFont(fonts.SERIF)
        big.setPixelSize(int(16 * mm))
        big.setBold(True)
        painter.setFont(big)
        painter.setPen(QColor(176, 0, 32, 40))
        painter.drawText(QRectF(-pages.width, -12 * mm, 2 * pages.width, 24 * mm),
                         int(Qt.AlignmentFlag.AlignCenter), say("minutes.draft_word", lang))
        painter.restore()


