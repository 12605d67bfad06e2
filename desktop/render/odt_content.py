"""content.xml from the minutes' QTextDocument, laid out as the PDF lays it out (the PDF's text
width at its 300 dpi reference): paragraphs, tables with the column widths that layout found
and covered cells under spans, pictures at their own proportions; the closing paragraph and
everything after it (the signatures) kept together.
"""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET

from PySide6.QtCore import QBuffer, QIODevice, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QImage,
    QImageWriter,
    QTextBlock,
    QTextCharFormat,
    QTextDocument,
    QTextFrame,
    QTextLength,
    QTextTable,
)

from desktop.render import minutes
from desktop.render.odt_page import Page, font_faces
from desktop.render.odt_styles import (
    PX_MM,
    Styles,
    block_props,
    cell_props,
    mm,
    put_text,
    root,
    serialise,
    sub,
    text_props,
)
from desktop.render.paging import HEADING

ANNEX_PT = 14.0  # the annex heading (the PDF's is 0.7 of a chart row)
LINE_EM = 1.15  # a line of the serif, in its size
AUTO_SLACK_MM = 1.5  # added to each column of a table without a width
KEEP = {"paragraph-properties": {"fo:keep-with-next": "always", "fo:keep-together": "always"}}


class Content:
    """content.xml from the laid-out document."""

    def __init__(self, doc: QTextDocument, geometry: Page, closing: str) -> None:
        self.doc = doc
        self.device = minutes.reference_image()  # the PDF's layout device
        doc.documentLayout().setPaintDevice(self.device)
        doc.setDocumentMargin(0)
        doc.setPageSize(QSizeF(geometry.text_width / PX_MM, geometry.body_height / PX_MM))
        self.width = geometry.text_width
        self.styles = Styles()
        self.families: set[str] = set()
        self.pictures: dict[str, bytes] = {}
        self.tables = 0
        self.body = ET.Element("office:text")
        self.closing = closing[:40]
        self.signatures: list[ET.Element] = []  # the closing paragraph and what follows it
        self._items(self.body, doc.rootFrame().begin(), top=True)
        for k, element in enumerate(self.signatures):  # on one page, none of them broken
            self._keep(element, with_next=k < len(self.signatures) - 1)

    def xml(self, families: list[str]) -> bytes:
        doc = root("office:document-content")
        font_faces(doc, families, [])
        doc.append(self.styles.element)
        sub(doc, "office:body").append(self.body)
        return serialise(doc)

    def _items(self, parent: ET.Element, it: QTextFrame.iterator, top: bool = False) -> None:
        items: list[QTextFrame | QTextBlock] = []
        while not it.atEnd():
            frame = it.currentFrame()
            items.append(frame if frame is not None else it.currentBlock())
            it += 1
        for k, item in enumerate(items):
            if isinstance(item, QTextTable):
                element = self._table(parent, item)
            elif isinstance(item, QTextFrame):  # a frame that is not a table: its content
                self._items(parent, item.begin())
                continue
            elif self._beside_table(item, items[k - 1:k] + items[k + 1:k + 2]):
                continue
            else:
                element = self._paragraph(parent, item)
                if top and HEADING.match(item.text()):  # a heading stays with its text
                    self._keep(element)
                if top and not self.signatures and self.closing and \
                        self.closing in item.text():
                    self.signatures.append(element)
                    continue
            if top and self.signatures:
                self.signatures.append(element)
        if not len(parent):  # a cell holds at least a paragraph
            sub(parent, "text:p")

    def _beside_table(self, block: QTextBlock, neighbours: list[QTextFrame | QTextBlock]
                      ) -> bool:
        """Qt keeps an empty block on each side of a table that takes no room of its own (it
        is laid out beside the table, within the table's height): it has no place in the ODT."""
        if block.length() > 1:
            return False
        layout = self.doc.documentLayout()
        middle = layout.blockBoundingRect(block).center().y()
        return any(isinstance(n, QTextTable)
                   and layout.frameBoundingRect(n).top() <= middle
                   <= layout.frameBoundingRect(n).bottom() for n in neighbours)

    def _keep(self, element: ET.Element, with_next: bool = True) -> None:
        if element.tag == "text:p":
            element.set("text:style-name", self.styles.derive(
                element.get("text:style-name", ""), "paragraph",
                KEEP if with_next else {"paragraph-properties": {"fo:keep-together": "always"}}))
        else:
            props = {"style:may-break-between-rows": "false"}
            if with_next:
                props["fo:keep-with-next"] = "always"
            element.set("table:style-name", self.styles.derive(
                element.get("table:style-name", ""), "table", {"table-properties": props}))

    def _paragraph(self, parent: ET.Element, block: QTextBlock) -> ET.Element:
        element = sub(parent, "text:p", {"text:style-name": self.styles.name(
            "paragraph", block_props(block, self.families))})
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            it += 1
            cf = fragment.charFormat()
            if cf.isImageFormat():
                self._image(element, cf, block)
                continue
            props = text_props(cf, self.families)
            span = sub(element, "text:span", {"text:style-name": self.styles.name(
                "text", {"text-properties": props})}) if props else element
            put_text(span, fragment.text())
        return element

    def _image(self, parent: ET.Element, cf: QTextCharFormat, block: QTextBlock) -> None:
        fmt = cf.toImageFormat()
        image = self.doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(fmt.name()))
        if isinstance(image, QImage) and not image.isNull():
            width = fmt.width() if fmt.width() > 0 else image.width()
            room = self.doc.documentLayout().blockBoundingRect(block).width()
            self.picture(parent, image, min(width, room) * PX_MM)

    def picture(self, parent: ET.Element, image: QImage, width_mm: float) -> None:
        """A picture as a character, ``width_mm`` wide and as tall as its proportions say."""
        name = f"Pictures/image{len(self.pictures) + 1}.png"
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        QImageWriter(buffer, b"png").write(image)
        self.pictures[name] = bytes(buffer.data().data())
        style = self.styles.name("graphic", {"graphic-properties": {
            "style:vertical-pos": "top", "style:vertical-rel": "baseline",
            "fo:border": "none", "fo:padding": "0mm", "style:wrap": "none"}})
        frame = sub(parent, "draw:frame", {
            "draw:style-name": style, "draw:name": name.split("/")[1].split(".")[0],
            "text:anchor-type": "as-char", "svg:width": mm(width_mm),
            "svg:height": mm(width_mm * image.height() / image.width()), "draw:z-index": "0"})
        sub(frame, "draw:image", {"xlink:href": name, "xlink:type": "simple",
                                  "xlink:show": "embed", "xlink:actuate": "onLoad"})

    def annex(self, images: list[QImage], headings: list[str], band_mm: float) -> None:
        """The chart after the text, each part on a page of its own under the heading, which
        takes ``band_mm`` (less a millimetre for the picture's line) as in the PDF."""
        line = ANNEX_PT * LINE_EM * 25.4 / 72
        title = self.styles.name("paragraph", {
            "paragraph-properties": {"fo:text-align": "center", "fo:break-before": "page",
                                     "fo:keep-with-next": "always",
                                     "fo:margin-bottom": mm(max(band_mm - line - 1, 0))},
            "text-properties": {"fo:font-weight": "bold", "fo:font-size": f"{ANNEX_PT:g}pt"}})
        centred = self.styles.name("paragraph", {  # the picture's line is the picture
            "paragraph-properties": {"fo:text-align": "center"},
            "text-properties": {"fo:font-size": "1pt"}})
        for image, heading in zip(images, headings, strict=True):
            sub(self.body, "text:p", {"text:style-name": title}, heading)
            self.picture(sub(self.body, "text:p", {"text:style-name": centred}), image,
                         self.width)

    def _table(self, parent: ET.Element, table: QTextTable) -> ET.Element:
        fmt = table.format()
        widths = self._column_widths(table)
        if fmt.width().type() == QTextLength.Type.VariableLength:  # as wide as its text:
            room = self.width / PX_MM - sum(widths)  # a little more for other letter widths
            widths = [w + min(AUTO_SLACK_MM / PX_MM, room / len(widths)) for w in widths]
        align = fmt.alignment()
        where = "center" if align & Qt.AlignmentFlag.AlignHCenter else (
            "right" if align & Qt.AlignmentFlag.AlignRight else "left")
        self.tables += 1
        element = sub(parent, "table:table", {
            "table:name": f"Table{self.tables}",
            "table:style-name": self.styles.name("table", {"table-properties": {
                "style:width": mm(sum(widths) * PX_MM), "table:align": where,
                "fo:margin-left": "0mm", "table:border-model": "collapsing"}})})
        for width in widths:  # lengths only: LibreOffice 7.4 misreads rel-column-width here
            sub(element, "table:table-column", {"table:style-name": self.styles.name(
                "table-column", {"table-column-properties": {
                    "style:column-width": mm(width * PX_MM)}})})
        keep = self.styles.name("table-row", {  # a row never splits, as in the PDF
            "table-row-properties": {"fo:keep-together": "always"}})
        header = min(fmt.headerRowCount(), table.rows())
        rows = sub(element, "table:table-header-rows") if header else element
        for r in range(table.rows()):
            if r == header:
                rows = element
            row = sub(rows, "table:table-row", {"table:style-name": keep})
            for c in range(table.columns()):
                cell = table.cellAt(r, c)
                if cell.row() != r or cell.column() != c:
                    sub(row, "table:covered-table-cell")
                    continue
                style = self.styles.name("table-cell", cell_props(table, cell))
                attrs = {"table:style-name": style, "office:value-type": "string"}
                if cell.columnSpan() > 1:
                    attrs["table:number-columns-spanned"] = str(cell.columnSpan())
                if cell.rowSpan() > 1:
                    attrs["table:number-rows-spanned"] = str(cell.rowSpan())
                self._items(sub(row, "table:table-cell", attrs), cell.begin())
        return element

    def _column_widths(self, table: QTextTable) -> list[float]:
        """The columns as the PDF's layout made them (pixels): the distance between the
        text of neighbouring columns; the last takes what is left of the table's width."""
        layout = self.doc.documentLayout()
        lefts: list[float | None] = [None] * table.columns()
        for r in range(table.rows()):
            for c in range(table.columns()):
                cell = table.cellAt(r, c)
                if lefts[c] is None and cell.column() == c:
                    block = self.doc.findBlock(cell.firstPosition())
                    lefts[c] = layout.blockBoundingRect(block).left()
        known = [(c, x) for c, x in enumerate(lefts) if x is not None]
        edges = [_between(known, c) for c in range(table.columns())]
        widths = [b - a for a, b in itertools.pairwise(edges)]
        total = layout.frameBoundingRect(table).width()
        return [*widths, max(total - sum(widths), 1.0)]


def _between(known: list[tuple[int, float]], column: int) -> float:
    """The left of ``column``'s text, interpolated between the columns whose text is known."""
    for c, x in known:
        if c == column:
            return x
    before = max(((c, x) for c, x in known if c < column), default=(0, known[0][1]))
    after = min(((c, x) for c, x in known if c > column), default=before)
    if after[0] == before[0]:
        return before[1]
    return before[1] + (after[1] - before[1]) * (column - before[0]) / (after[0] - before[0])
