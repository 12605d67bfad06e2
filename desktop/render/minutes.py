"""The minutes on paper: one page renderer for PDF, printer and print preview, so they cannot
differ; and ODT for last edits in LibreOffice or Word.

A4, administrative margins (top and bottom 20 mm, left 30 mm, right 15 mm). The text flows
through a QTextDocument; the chart follows as an annex painted by the shared chart painter
(vector in the PDF). Every page carries "Trang x/y" and the fingerprint in groups of four hex
digits; a draft (count not closed) is marked on every page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from desktop.domain.audit import Event, format_fingerprint
from desktop.domain.minutes import MinutesData
from desktop.domain.words import Lang, say
from desktop.errors import StorageError
from desktop.render import chart, fonts
from desktop.render.minutes_html import build_html, build_log_html, closing_text

MARGINS_MM = QMarginsF(30, 20, 15, 20)  # left, top, right, bottom
FOOTER_MM = 8.0
CHART_ROW_MM = 7.0


def page_layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def build_document(data: MinutesData, lang: Lang, chart_image: QImage | None = None
                   ) -> QTextDocument:
    """The text of the minutes; with ``chart_image`` the chart is embedded (ODT)."""
    fonts.install_fonts()
    doc = QTextDocument()
    doc.setDefaultFont(QFont("Liberation Serif", 13))
    html = build_html(data, lang)
    if chart_image is not None:
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart.png"), chart_image)
        title = say("page.annex", lang)
        width = 600
        html = html.replace("</body>", f"<p align='center'><b>{title}</b></p>"
                            f"<p align='center'><img src='chart.png' width='{width}'/></p>"
                            "</body>")
    doc.setHtml(html)
    return doc


REFERENCE_DPI = 300


def _reference_device() -> QImage:
    """Text is laid out for this fixed resolution whatever the device, and the painter is
    scaled to the device: the PDF, the printer and the preview break pages alike."""
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    dots = round(REFERENCE_DPI / 0.0254)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    return image


def _keep_signatures_together(doc: QTextDocument, page_height: float, closing: str) -> None:
    """The closing paragraph and the signatures stay on one page: when they would straddle
    a page break, they start on a new page."""
    found = doc.find(closing[:40])
    if found.isNull():
        return
    block = found.block()
    layout = doc.documentLayout()
    first = int(layout.blockBoundingRect(block).top() // page_height)
    last = int((layout.blockBoundingRect(doc.lastBlock()).bottom() - 1) // page_height)
    if first != last:
        fmt = block.blockFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(block).setBlockFormat(fmt)


class _Pages:
    """Page geometry in reference units (REFERENCE_DPI), for any device."""

    def __init__(self, device: QPagedPaintDevice) -> None:
        self.device = device
        self.scale_x = device.logicalDpiX() / REFERENCE_DPI
        self.scale_y = device.logicalDpiY() / REFERENCE_DPI
        per_mm = REFERENCE_DPI / 25.4
        self.per_mm = per_mm
        self.width = device.width() / self.scale_x
        self.height = device.height() / self.scale_y
        self.content = QRectF(MARGINS_MM.left() * per_mm, MARGINS_MM.top() * per_mm,
                              self.width - (MARGINS_MM.left() + MARGINS_MM.right()) * per_mm,
                              self.height - (MARGINS_MM.top() + MARGINS_MM.bottom()
                                             + FOOTER_MM) * per_mm)


def render(device: QPagedPaintDevice, data: MinutesData, lang: Lang = Lang.VI,
           log: list[Event] | None = None) -> int:
    """Paint every page of the minutes onto ``device`` (PDF writer or printer); returns the
    number of pages. The same function serves the PDF, the printer and the preview. With
    ``log`` it paints the ballot-entry log instead, with the same footer."""
    fonts.install_fonts()
    device.setPageLayout(page_layout())
    pages = _Pages(device)
    if log is None:
        doc = build_document(data, lang)
    else:
        doc = QTextDocument()
        doc.setDefaultFont(QFont("Liberation Serif", 10))
        doc.setHtml(build_log_html(data, log, lang))
    reference = _reference_device()
    doc.documentLayout().setPaintDevice(reference)
    doc.setDocumentMargin(0)
    doc.setPageSize(QSizeF(pages.content.width(), pages.content.height()))
    if log is None:
        _keep_signatures_together(doc, pages.content.height(), closing_text(data, lang))
    text_pages = doc.pageCount()
    row = CHART_ROW_MM * pages.per_mm
    per_chart_page = chart.rows_per_page(pages.content.height() - row * 1.5, row)
    rows = len(data.snapshot.results) if log is None else 0
    chart_pages = -(-rows // per_chart_page) if rows else 0
    total = text_pages + chart_pages
    painter = QPainter()
    if not painter.begin(device):
        raise StorageError("device_unwritable")
    painter.scale(pages.scale_x, pages.scale_y)
    try:
        for page in range(text_pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(pages.content.topLeft())
            painter.translate(0, -page * pages.content.height())
            doc.drawContents(painter, QRectF(0, page * pages.content.height(),
                                             pages.content.width(), pages.content.height()))
            painter.restore()
            _decorate(painter, pages, data, lang, page + 1, total)
        for k in range(chart_pages):
            device.newPage()
            _chart_page(painter, pages, data, lang, k, per_chart_page, row)
            _decorate(painter, pages, data, lang, text_pages + k + 1, total)
    finally:
        painter.end()
    return total


def _chart_page(painter: QPainter, pages: _Pages, data: MinutesData, lang: Lang, k: int,
                per_page: int, row: float) -> None:
    title = QFont("Liberation Serif")
    title.setPixelSize(int(row * 0.7))
    title.setBold(True)
    painter.setFont(title)
    painter.setPen(QColor("black"))
    heading = say("page.annex", lang)
    area = pages.content
    painter.drawText(QRectF(area.left(), area.top(), area.width(), row * 1.2),
                     int(Qt.AlignmentFlag.AlignCenter), heading)
    chart.paint(painter, QRectF(area.left(), area.top() + row * 1.5, area.width(),
                                area.height() - row * 1.5), data.snapshot,
                chart.ChartOptions(lang=lang, first=k * per_page, count=per_page,
                                   row_height=row))


def _decorate(painter: QPainter, pages: _Pages, data: MinutesData, lang: Lang, page: int,
              total: int) -> None:
    """Footer on every page; the draft mark on every page of a count not closed."""
    mm = pages.per_mm
    font = QFont("Liberation Serif")
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
    if data.draft:
        text = say("page.draft", lang)
        mark = QFont("Liberation Serif")
        mark.setPixelSize(int(4 * mm))
        mark.setBold(True)
        painter.setFont(mark)
        painter.setPen(QColor("#B00020"))
        painter.drawText(QRectF(pages.content.left(), (MARGINS_MM.top() - 9) * mm,
                                pages.content.width(), 7 * mm),
                         int(Qt.AlignmentFlag.AlignCenter), text)
        painter.save()
        painter.translate(pages.width / 2, pages.height / 2)
        painter.rotate(-50)
        big = QFont("Liberation Serif")
        big.setPixelSize(int(16 * mm))
        big.setBold(True)
        painter.setFont(big)
        painter.setPen(QColor(176, 0, 32, 40))
        painter.drawText(QRectF(-pages.width, -12 * mm, 2 * pages.width, 24 * mm),
                         int(Qt.AlignmentFlag.AlignCenter), say("minutes.draft_word", lang))
        painter.restore()


def write_pdf(path: Path, data: MinutesData, lang: Lang = Lang.VI) -> int:
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle(data.snapshot.definition.title)
    writer.setCreator("Kiểm Phiếu")
    return render(writer, data, lang)


def write_log_pdf(path: Path, data: MinutesData, events: list[Event],
                  lang: Lang = Lang.VI) -> int:
    """The ballot-entry log as a printable annex, fingerprint on every page."""
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle(data.snapshot.definition.title)
    writer.setCreator("Kiểm Phiếu")
    return render(writer, data, lang, log=events)


def write_odt(path: Path, data: MinutesData, lang: Lang = Lang.VI) -> None:
    """ODT for last edits, with the PDF's page, footer and draft mark (desktop/render/odt.py)."""
    from desktop.render import odt  # odt builds on this module's page and text

    odt.write(path, data, lang)
