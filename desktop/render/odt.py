"""The minutes as ODT for last edits, laid out like the PDF.

The text is the QTextDocument the PDF paints (``minutes.build_document``), laid out at the
PDF's text width; this module walks it and writes content.xml itself. Qt's own ODF writer
loses what a committee sees: no page, header or footer; tables "100pt" wide and column widths
in percent, which ODF has no use for; a tab before every line break; the text of a top-aligned
cell marked as raised (LibreOffice prints it at 58 %); no covered cells under a span; one cell
per paragraph. Here the column widths are those the PDF's layout found, every length is read
in Qt's unit for it (the reference's pixels for indents, 1/96 inch for paragraph spacing and
a table's padding and border), the chart goes in as pictures at their own proportions across
the text's width (one per annex page, like the PDF), and the closing paragraph and the
signatures keep together (``odt_content``, with the styles of ``odt_styles``). The page,
footer, draft mark, embedded fonts and LibreOffice's settings are in ``odt_page``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from copy import deepcopy
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPageLayout, QPainter

from desktop.domain.audit import format_fingerprint
from desktop.domain.minutes import MinutesData
from desktop.domain.snapshot import Snapshot
from desktop.domain.words import Lang, say
from desktop.render import chart, minutes, page_marks
from desktop.render.minutes_html import closing_text
from desktop.render.odt_content import Content
from desktop.render.odt_page import (
    FIRST_PAGE,
    Decoration,
    Page,
    bundled_fonts,
    meta_xml,
    package,
    settings_xml,
    styles_xml,
)

ANNEX_ROWS = 1.5  # the annex heading and its space, in chart rows (as the PDF's)


def page() -> Page:
    """The PDF's page (page_marks.MARGINS_MM, the footer band above the bottom margin)."""
    full = minutes.page_layout().fullRect(QPageLayout.Unit.Millimeter)
    m = page_marks.MARGINS_MM
    return Page(full.width(), full.height(), m.left(), m.top(), m.right(), m.bottom(),
                page_marks.FOOTER_MM)


def decoration(data: MinutesData, lang: Lang) -> Decoration:
    """The footer's words as the PDF says them, the page number split around its fields."""
    number = say("page.number", lang, page="\x00", pages="\x00").split("\x00")
    assert len(number) == 3, number
    return Decoration((number[0], number[1], number[2]),
                      say("page.fingerprint", lang,
                          fingerprint=format_fingerprint(data.fingerprint)),
                      page_marks.top_mark(data, lang) or None, lang.value)


def write(path: Path, data: MinutesData, lang: Lang = Lang.VI) -> None:
    geometry = page()
    doc = minutes.build_document(data, lang)
    content = Content(doc, geometry, closing_text(data, lang))
    _on_first_page(content)
    images = chart_images(data.snapshot, lang, geometry, closed=not data.draft)
    content.annex(images, [say("page.annex" if k == 0 else "page.annex_next", lang)
                           for k in range(len(images))], minutes.CHART_ROW_MM * ANNEX_ROWS)
    default = doc.defaultFont()
    families = sorted(content.families | {default.family()})
    fonts = bundled_fonts(set(families))
    parts = {"content.xml": content.xml(families),
             "styles.xml": styles_xml(geometry, decoration(data, lang), families,
                                      default.family(), default.pointSizeF(), fonts),
             "meta.xml": meta_xml(data.snapshot.definition.title, lang.value),
             "settings.xml": settings_xml(), **content.pictures}
    media = dict.fromkeys(content.pictures, "image/png")
    for font in fonts:
        parts[f"Fonts/{font.file.name}"] = font.file.read_bytes()
        media[f"Fonts/{font.file.name}"] = "application/x-font-ttf"
    package(path, parts, media)


def _on_first_page(content: Content) -> None:
    """The document's first element opens the first page's master page, which has no page
    number atop; the others number their pages (ND 30/2020). A style of its own: one shared
    with later elements would start a new page at each of them."""
    first = next(iter(content.body), None)
    if first is None:
        return
    key = next(k for k in first.attrib if k.endswith("style-name"))
    shared = next(s for s in content.styles.element
                  if s.get("style:name") == first.get(key))
    own = ET.SubElement(content.styles.element, "style:style", dict(shared.attrib))
    own.set("style:name", "FirstPage")
    own.set("style:master-page-name", FIRST_PAGE)
    own.extend(deepcopy(child) for child in shared)
    first.set(key, "FirstPage")


def chart_images(snapshot: Snapshot, lang: Lang, geometry: Page,
                 closed: bool = False) -> list[QImage]:
    """The chart as the PDF's annex paints it, at the PDF's resolution: across the text's
    width, rows of minutes.CHART_ROW_MM, as many to a picture as the PDF puts on a page (and
    none without rows, as in the PDF)."""
    per_mm = minutes.REFERENCE_DPI / 25.4  # the pixels of the PDF's layout
    row = minutes.CHART_ROW_MM * per_mm
    per_page = chart.rows_per_page(geometry.body_height * per_mm - row * ANNEX_ROWS, row)
    rows = len(snapshot.results)
    return [_chart_part(snapshot, lang, first, min(per_page, rows - first), row,
                        geometry.text_width * per_mm, closed)
            for first in range(0, rows, per_page)]


def _chart_part(snapshot: Snapshot, lang: Lang, first: int, count: int, row: float,
                width: float, closed: bool) -> QImage:
    height = chart.header_height(row) + row * count
    image = minutes.reference_image(round(width), round(height))
    image.fill(QColor("white"))
    painter = QPainter(image)
    chart.paint(painter, QRectF(0, 0, width, height), snapshot,
                chart.ChartOptions(lang=lang, first=first, count=count, row_height=row,
                                   closed=closed))
    painter.end()
    return image
