"""ODT's XML as written here, and the automatic styles that carry the formats of the minutes'
QTextDocument: one style per distinct set of properties, lengths in mm.

Elements are written with their prefixes ("text:p"), the namespaces declared on each root.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextTable,
    QTextTableCell,
)

from desktop.render import minutes

Props = dict[str, dict[str, str]]
P = QTextFormat.Property
PX_MM = 25.4 / minutes.REFERENCE_DPI  # a pixel of the layout (the PDF's reference), in mm
QT_PX_MM = 25.4 / 96  # Qt's pixel for a paragraph's spacing, a table's border and padding
LINE = QTextBlockFormat.LineHeightTypes
LINE_ATTR = {LINE.FixedHeight.value: "fo:line-height",
             LINE.MinimumHeight.value: "style:line-height-at-least",
             LINE.LineDistanceHeight.value: "style:line-spacing"}
_PIECES = re.compile(r"(\u2028|\t|  +)")

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "config": "urn:oasis:names:tc:opendocument:xmlns:config:1.0",
    "ooo": "http://openoffice.org/2004/office",  # settings.xml's item sets are ooo: names
}


def sub(parent: ET.Element, tag: str, attrs: dict[str, str] | None = None,
        text: str | None = None) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs or {})
    if text is not None:
        element.text = text
    return element


def root(tag: str) -> ET.Element:
    element = ET.Element(tag, {f"xmlns:{k}": v for k, v in NS.items()})
    element.set("office:version", "1.2")
    return element


def serialise(element: ET.Element) -> bytes:
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + bytes(ET.tostring(element, "utf-8"))


def mm(value: float) -> str:
    return f"{value:.2f}mm"


class Styles:
    """content.xml's automatic styles: one per distinct set of properties."""

    PREFIX: ClassVar[dict[str, str]] = {
        "paragraph": "P", "text": "T", "table": "Tab", "table-column": "Col", "table-row": "Row",
        "table-cell": "Cell", "graphic": "Fr"}

    def __init__(self) -> None:
        self.element = ET.Element("office:automatic-styles")
        self._names: dict[str, str] = {}
        self._props: dict[str, Props] = {}

    def name(self, family: str, props: Props) -> str:
        key = family + repr(sorted((k, sorted(v.items())) for k, v in props.items() if v))
        if key not in self._names:
            name = f"{self.PREFIX[family]}{len(self._names) + 1}"
            style = sub(self.element, "style:style", {"style:name": name,
                                                      "style:family": family})
            for tag, attrs in props.items():
                if attrs:
                    sub(style, f"style:{tag}", attrs)
            self._names[key] = name
            self._props[name] = props
        return self._names[key]

    def derive(self, name: str, family: str, extra: Props) -> str:
        props = {tag: dict(attrs) for tag, attrs in self._props[name].items()}
        for tag, attrs in extra.items():
            props.setdefault(tag, {}).update(attrs)
        return self.name(family, props)


def text_props(cf: QTextCharFormat, families: set[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    names = cf.fontFamilies() if cf.hasProperty(P.FontFamilies) else None
    if names:
        out["style:font-name"] = str(names[0])
        families.add(str(names[0]))
    if cf.hasProperty(P.FontPointSize):
        out["fo:font-size"] = f"{cf.fontPointSize():g}pt"
    if cf.hasProperty(P.FontWeight):
        out["fo:font-weight"] = "bold" if cf.fontWeight() >= 600 else "normal"
    if cf.hasProperty(P.FontItalic):
        out["fo:font-style"] = "italic" if cf.fontItalic() else "normal"
    if cf.fontUnderline():
        out |= {"style:text-underline-style": "solid", "style:text-underline-width": "auto",
                "style:text-underline-color": "font-color"}
    if cf.fontStrikeOut():
        out["style:text-line-through-style"] = "solid"
    if cf.hasProperty(P.ForegroundBrush):
        out["fo:color"] = cf.foreground().color().name()
    if cf.hasProperty(P.BackgroundBrush):
        out["fo:background-color"] = cf.background().color().name()
    position = {QTextCharFormat.VerticalAlignment.AlignSuperScript: "super 58%",
                QTextCharFormat.VerticalAlignment.AlignSubScript: "sub 58%"}
    if cf.verticalAlignment() in position:  # never Qt's "100%" for a top-aligned cell
        out["style:text-position"] = position[cf.verticalAlignment()]
    if cf.fontCapitalization() == QFont.Capitalization.AllUppercase:
        out["fo:text-transform"] = "uppercase"
    return out


def alignment(flags: Qt.AlignmentFlag) -> str:
    if flags & Qt.AlignmentFlag.AlignJustify:
        return "justify"
    if flags & Qt.AlignmentFlag.AlignHCenter:
        return "center"
    return "end" if flags & Qt.AlignmentFlag.AlignRight else "start"


def _append(element: ET.Element, text: str) -> None:
    if len(element):
        element[-1].tail = (element[-1].tail or "") + text
    else:
        element.text = (element.text or "") + text


def put_text(element: ET.Element, text: str) -> None:
    """Text with ODF's line breaks, tabs and runs of spaces."""
    for piece in _PIECES.split(text.replace("\ufffc", "")):
        if piece == "\u2028":
            sub(element, "text:line-break")
        elif piece == "\t":
            sub(element, "text:tab")
        elif piece.startswith("  "):
            _append(element, " ")
            sub(element, "text:s", {"text:c": str(len(piece) - 1)})
        elif piece:
            _append(element, piece)


def cell_props(table: QTextTable, cell: QTextTableCell) -> Props:
    """A cell's borders (the table's unless the cell has its own), padding and alignment.

    Qt counts a table's border and padding in pixels of 96 dpi whatever the device (the PDF's
    300 dpi layout scales them), and draws every cell's own border where ODF's cells share
    one: half a border more padding keeps the rows as tall as the PDF's."""
    tf = table.format()
    cf = cell.format().toTableCellFormat()
    props: dict[str, str] = {}
    sides = (("top", P.TableCellTopBorder, cf.topBorder(), P.TableCellTopPadding,
              cf.topPadding()),
             ("bottom", P.TableCellBottomBorder, cf.bottomBorder(),
              P.TableCellBottomPadding, cf.bottomPadding()),
             ("left", P.TableCellLeftBorder, cf.leftBorder(), P.TableCellLeftPadding,
              cf.leftPadding()),
             ("right", P.TableCellRightBorder, cf.rightBorder(), P.TableCellRightPadding,
              cf.rightPadding()))
    drawn = tf.borderStyle() != QTextFrameFormat.BorderStyle.BorderStyle_None
    for side, prop, border, pad_prop, padding in sides:
        width = (border if cf.hasProperty(prop) else tf.border()) if drawn else 0.0
        props[f"fo:border-{side}"] = (
            f"{width * 0.75:g}pt solid {tf.borderBrush().color().name()}" if width > 0
            else "none")
        pad = padding if cf.hasProperty(pad_prop) else tf.cellPadding()
        props[f"fo:padding-{side}"] = mm((pad + width / 2) * QT_PX_MM)
    valign = cf.verticalAlignment()
    props["style:vertical-align"] = (
        "middle" if valign == QTextCharFormat.VerticalAlignment.AlignMiddle else
        "bottom" if valign == QTextCharFormat.VerticalAlignment.AlignBottom else "top")
    if cf.hasProperty(P.BackgroundBrush):
        props["fo:background-color"] = cf.background().color().name()
    return {"table-cell-properties": props}


def block_props(block: QTextBlock, families: set[str]) -> Props:
    """A paragraph's alignment, spacing, indents, breaks and rule (<hr>), and the size of its
    empty line."""
    bf = block.blockFormat()
    para: dict[str, str] = {}
    if bf.hasProperty(P.BlockAlignment):
        para["fo:text-align"] = alignment(bf.alignment())
    # Qt scales the space above and below a block as 1/96 inch to the device and takes
    # the horizontal ones in the device's pixels
    for prop, attr, value, unit in (
            (P.BlockTopMargin, "fo:margin-top", bf.topMargin(), QT_PX_MM),
            (P.BlockBottomMargin, "fo:margin-bottom", bf.bottomMargin(), QT_PX_MM),
            (P.BlockRightMargin, "fo:margin-right", bf.rightMargin(), PX_MM),
            (P.TextIndent, "fo:text-indent", bf.textIndent(), PX_MM)):
        if bf.hasProperty(prop):
            para[attr] = mm(value * unit)
    left = bf.leftMargin() + bf.indent() * block.document().indentWidth()
    if left:
        para["fo:margin-left"] = mm(left * PX_MM)
    kind = bf.lineHeightType()
    if kind == LINE.ProportionalHeight.value:
        para["fo:line-height"] = f"{bf.lineHeight():g}%"
    elif kind in LINE_ATTR:
        para[LINE_ATTR[kind]] = mm(bf.lineHeight() * PX_MM)
    if bf.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
        para["fo:break-before"] = "page"
    if bf.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysAfter:
        para["fo:break-after"] = "page"
    if bf.hasProperty(P.BackgroundBrush):
        para["fo:background-color"] = bf.background().color().name()
    if bf.hasProperty(P.BlockTrailingHorizontalRulerWidth):  # <hr>: a drawn rule
        para |= _rule(block, bf.property(P.BlockTrailingHorizontalRulerWidth))
    text = {k: v for k, v in text_props(block.charFormat(), families).items()
            if k in ("fo:font-size", "style:font-name")}  # an empty line's height
    return {"paragraph-properties": para, "text-properties": text}


def _rule(block: QTextBlock, length: QTextLength) -> dict[str, str]:
    room = block.document().documentLayout().blockBoundingRect(block).width()
    if length.type() == QTextLength.Type.PercentageLength:
        width = room * length.rawValue() / 100
    elif length.type() == QTextLength.Type.FixedLength:
        width = min(room, length.rawValue())
    else:
        width = room
    side = mm((room - width) / 2 * PX_MM)
    return {"fo:border-bottom": "0.5pt solid #000000", "fo:margin-left": side,
            "fo:margin-right": side}
