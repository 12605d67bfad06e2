"""The minutes on paper: one page renderer for PDF, printer and print preview, so they cannot
differ; and ODT for last edits in LibreOffice or Word.

A4, administrative margins (top and bottom 20 mm, left 30 mm, right 15 mm). The text flows
through a QTextDocument; the chart follows as an annex painted by the shared chart painter
(vector in the PDF). Every page carries "Trang x/y" and the fingerprint in groups of four hex
digits; a draft (count not closed) is marked on every page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLineF, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextFormat,
)

from desktop.domain.audit import Event
from desktop.domain.minutes import MinutesData
from desktop.domain.words import Lang, say
from desktop.errors import StorageError
from desktop.render import chart, files, fonts, page_marks, paging
from desktop.render.log_html import build_log_html
from desktop.render.minutes_html import (
    Breaks,
    Units,
    build_html,
    closing_text,
    to_device,
)

CHART_ROW_MM = 7.0


def page_layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


# a multiple of 144, so that every whole and half point size is a whole number of pixels
# (at 300 a 14 pt letter would print 13.9 pt)
REFERENCE_DPI = 432


def build_document(data: MinutesData, lang: Lang, breaks: Breaks | None = None,
                   units: Units | None = None) -> QTextDocument:
    """The text of the minutes, laid out for ``units``' device (the reference's by default,
    as the PDF, the printer and the ODT lay it out); ``breaks``: the table rows that start
    a new page."""
    fonts.install_fonts()
    doc = QTextDocument()
    doc.setDefaultFont(QFont(fonts.SERIF, 14))
    doc.setHtml(build_html(data, lang, units or Units(REFERENCE_DPI), breaks))
    return doc


def reference_image(width: int = 8, height: int = 8) -> QImage:
    """An image at the reference resolution. Text is laid out for it whatever the device (an
    8×8 one serves as the layout's device), and the painter is scaled to the device: the PDF,
    the printer, the preview and the ODT break pages alike."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    dots = round(REFERENCE_DPI / 0.0254)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    return image


def render(device: QPagedPaintDevice, data: MinutesData, lang: Lang = Lang.VI,
           log: list[Event] | None = None) -> int:
    """Paint every page of the minutes onto ``device`` (PDF writer or printer); returns the
    number of pages. The same function serves the PDF, the printer and the preview. With
    ``log`` it paints the ballot-entry log instead, with the same footer."""
    fonts.install_fonts()
    device.setPageLayout(page_layout())
    pages = page_marks.Pages(device, REFERENCE_DPI)
    reference = reference_image()
    units = Units(REFERENCE_DPI)

    def build(breaks: Breaks) -> QTextDocument:
        if log is None:
            doc = build_document(data, lang, breaks=breaks, units=units)
        else:
            doc = QTextDocument()
            doc.setDefaultFont(QFont(fonts.SERIF, 10))
            doc.setHtml(to_device(build_log_html(data, log, lang, units, breaks), units))
        doc.documentLayout().setPaintDevice(reference)
        doc.setDocumentMargin(0)
        doc.setPageSize(QSizeF(pages.content.width(), pages.content.height()))
        return doc

    doc = paging.lay_out(build, pages.content.height())
    if log is None:
        paging.keep_headings_with_text(doc, pages.content.height())
        paging.keep_together(doc, pages.content.height(), closing_text(data, lang))
    else:  # the log's signatures and the room to sign, on one page
        paging.keep_together(doc, pages.content.height(), say("log.keyed_by", lang))
    paging.split_paragraphs(doc, pages.content.height())
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
            _draw_text(painter, doc, QRectF(0, page * pages.content.height(),
                                            pages.content.width(), pages.content.height()))
            painter.restore()
            page_marks.decorate(painter, pages, data, lang, page + 1, total)
        for k in range(chart_pages):
            device.newPage()
            page_marks.chart_page(painter, pages, data, lang, k, per_chart_page, row)
            page_marks.decorate(painter, pages, data, lang, text_pages + k + 1, total)
    finally:
        painter.end()
    return total


RULE_PT = 0.6  # a drawn rule of the header: solid, as heavy as a letter's thin stroke


def _draw_text(painter: QPainter, doc: QTextDocument, rect: QRectF) -> None:
    """Like drawContents, and the header's rules (<hr>) drawn solid: Qt draws a hair line
    in the palette's grey."""
    context = QAbstractTextDocumentLayout.PaintContext()
    # Qt draws every line that touches the clip; a line whose leading overhangs the page's
    # edge would sit, clipped and invisible, in the next page's text too (search and copy
    # would find it twice). No line is shorter than 1.5 mm, so none is lost by the inset.
    inset = 1.5 * REFERENCE_DPI / 25.4
    context.clip = rect.adjusted(0, inset, 0, -inset)
    painter.save()
    painter.setClipRect(rect)
    doc.documentLayout().draw(painter, context)
    pen = QPen(QColor("black"), RULE_PT * REFERENCE_DPI / 72)
    painter.setPen(pen)
    for line in _rules(doc):
        if rect.contains(line.p1()):
            painter.drawLine(line)
    painter.restore()


def _rules(doc: QTextDocument) -> list[QLineF]:
    """Where Qt puts each <hr>: centred in its block, its width from the block's format."""
    out = []
    block = doc.begin()
    ruler = QTextFormat.Property.BlockTrailingHorizontalRulerWidth
    while block.isValid():
        fmt = block.blockFormat()
        if fmt.hasProperty(ruler):
            r = doc.documentLayout().blockBoundingRect(block)
            width = fmt.lengthProperty(ruler).value(r.width())
            y = r.top() + r.height() / 2 if block.length() == 1 else r.bottom()
            middle = r.left() + r.width() / 2
            out.append(QLineF(middle - width / 2, y, middle + width / 2, y))
        block = block.next()
    return out


def write_pdf(path: Path, data: MinutesData, lang: Lang = Lang.VI) -> int:
    return _pdf(path, data, lang, None)


def write_log_pdf(path: Path, data: MinutesData, events: list[Event],
                  lang: Lang = Lang.VI) -> int:
    """The ballot-entry log as a printable annex, fingerprint on every page."""
    return _pdf(path, data, lang, events)


def _pdf(path: Path, data: MinutesData, lang: Lang, log: list[Event] | None) -> int:
    """The PDF is written beside ``path`` and takes its place only once whole."""
    with files.replaced(path, files.whole_pdf) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(300)
        writer.setTitle(data.snapshot.definition.title)
        writer.setCreator("Kiểm Phiếu")
        pages = render(writer, data, lang, log=log)
        del writer  # the file is complete only once the writer is gone
    return pages


def write_odt(path: Path, data: MinutesData, lang: Lang = Lang.VI) -> None:
    """ODT for last edits, with the PDF's page, footer and draft mark (desktop/render/odt.py)."""
    from desktop.render import odt  # odt builds on this module's page and text

    odt.write(path, data, lang)
