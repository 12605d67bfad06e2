"""Writing (and, through ``xlsx_read``, reading) the first sheet of an .xlsx workbook with the
standard library only.

Enough for a list of officials typed in Excel or LibreOffice, and for exporting results. The
reader gives cell values as text, defensively (see ``xlsx_read``). The writer gives numbers as
numbers, a few declared cell styles (``Style``: bold, borders, percentages with two decimals),
column widths and a landscape print setup.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import IntEnum

from desktop.domain.xlsx_read import NS, column_letters, read_first_sheet

__all__ = ["NS", "Cell", "Style", "Value", "read_first_sheet", "write_workbook"]


def _ref(row: int, column: int) -> str:
    return f"{column_letters(column)}{row + 1}"


_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _escape(text: str) -> str:
    """Text for an XML attribute or element; characters XML cannot hold are left out."""
    return (_XML_ILLEGAL.sub("", text).replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace('"', "&quot;"))


class Style(IntEnum):
    """The cell styles the writer knows: each one's number is its place in styles.xml."""

    PLAIN = 0
    TABLE = 1  # a table cell: thin border
    PERCENT = 2  # a table cell holding a percentage (53.19): thin border, two decimals
    HEADING = 3  # a table's header cell: bold, centred, wrapped, thin border
    TITLE = 4  # bold and larger
    DRAFT = 5  # bold and red
    FIGURE = 6  # a figure beside its label: bold, left-aligned


PERCENT_FORMAT = 164  # the first id free for a workbook's own number formats
_FONTS = ('<font><sz val="11"/><name val="Arial"/></font>',
          '<font><b/><sz val="11"/><name val="Arial"/></font>',
          '<font><b/><sz val="14"/><name val="Arial"/></font>',
          '<font><b/><sz val="11"/><color rgb="FFC00000"/><name val="Arial"/></font>')
_THIN = "".join(f'<{side} style="thin"><color auto="1"/></{side}>'
                for side in ("left", "right", "top", "bottom"))
# style: (font, number format, border, alignment)
_XFS: dict[Style, tuple[int, int, int, str]] = {
    Style.PLAIN: (0, 0, 0, ""),
    Style.TABLE: (0, 0, 1, '<alignment vertical="top"/>'),
    Style.PERCENT: (0, PERCENT_FORMAT, 1, '<alignment vertical="top"/>'),
    Style.HEADING: (1, 0, 1, '<alignment horizontal="center" vertical="center" wrapText="1"/>'),
    Style.TITLE: (2, 0, 0, ""),
    Style.DRAFT: (3, 0, 0, ""),
    Style.FIGURE: (1, 0, 0, '<alignment horizontal="left"/>'),
}

Value = str | int | Decimal | None


@dataclass(frozen=True)
class Cell:
    """A value with a style; a bare value in a row is a plain cell."""

    value: Value
    style: Style = Style.PLAIN


def _styles() -> str:
    xfs = "".join(
        f'<xf numFmtId="{fmt}" fontId="{font}" fillId="0" borderId="{border}" xfId="0"'
        + (' applyNumberFormat="1"' if fmt else "") + (' applyFont="1"' if font else "")
        + (' applyBorder="1"' if border else "")
        + (f' applyAlignment="1">{align}</xf>' if align else "/>")
        for font, fmt, border, align in (_XFS[s] for s in Style))
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{NS["m"]}">'
        f'<numFmts count="1"><numFmt numFmtId="{PERCENT_FORMAT}" formatCode="0.00"/></numFmts>'
        f'<fonts count="{len(_FONTS)}">{"".join(_FONTS)}</fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
        f"<border>{_THIN}<diagonal/></border></borders>"
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
        f'</cellStyleXfs><cellXfs count="{len(Style)}">{xfs}</cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        "</styleSheet>")


def _cell(ref: str, item: Value | Cell) -> str:
    cell = item if isinstance(item, Cell) else Cell(item)
    style = f' s="{int(cell.style)}"' if cell.style else ""
    value = cell.value
    if value is None:
        return f'<c r="{ref}"{style}/>' if style else ""
    if isinstance(value, int | Decimal):
        number = format(value, "f") if isinstance(value, Decimal) else str(value)
        return f'<c r="{ref}"{style}><v>{number}</v></c>'
    return (f'<c r="{ref}"{style} t="inlineStr"><is><t xml:space="preserve">{_escape(value)}'
            "</t></is></c>")


def _sheet(rows: Sequence[Sequence[Value | Cell]], widths: Sequence[float],
           heights: Mapping[int, float], landscape: bool) -> str:
    body = "".join(
        f'<row r="{r + 1}"'
        + (f' ht="{heights[r]:g}" customHeight="1"' if r in heights else "")
        + f'>{"".join(_cell(_ref(r, c), v) for c, v in enumerate(row))}</row>'
        for r, row in enumerate(rows))
    cols = "".join(f'<col min="{c}" max="{c}" width="{w:g}" customWidth="1"/>'
                   for c, w in enumerate(widths, start=1))
    fit = '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' if landscape else ""
    page = ('<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" '
            'footer="0.3"/><pageSetup paperSize="9" orientation="landscape" fitToWidth="1" '
            'fitToHeight="0"/>') if landscape else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{NS["m"]}">{fit}'
            + (f"<cols>{cols}</cols>" if cols else "")
            + f"<sheetData>{body}</sheetData>{page}</worksheet>")


_XML = '<?xml version="1.0" encoding="UTF-8"?>'
_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def write_workbook(rows: Sequence[Sequence[Value | Cell]], sheet: str = "Sheet1",
                   widths: Sequence[float] = (), heights: Mapping[int, float] | None = None,
                   landscape: bool = False) -> bytes:
    """A minimal valid workbook of one sheet: numbers (int, Decimal) as numbers, text as inline
    text, each cell in its Style; ``widths`` are the columns' widths in characters from A on,
    ``heights`` some rows' heights in points (by 0-based row; a spreadsheet does not grow a
    row for wrapped text by itself); ``landscape`` prints it across A4 landscape, fitted to
    the page's width."""
    parts = {
        "[Content_Types].xml": (
            f'{_XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{_TYPE}.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" '
            f'ContentType="{_TYPE}.worksheet+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{_TYPE}.styles+xml"/></Types>'),
        "_rels/.rels": (
            f'{_XML}<Relationships xmlns="{NS["rel"]}"><Relationship Id="rId1" '
            f'Type="{_OFFICE}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (
            f'{_XML}<workbook xmlns="{NS["m"]}" xmlns:r="{NS["r"]}"><sheets><sheet name="'
            f'{_escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            f'{_XML}<Relationships xmlns="{NS["rel"]}"><Relationship Id="rId1" '
            f'Type="{_OFFICE}/worksheet" Target="worksheets/sheet1.xml"/><Relationship '
            f'Id="rId2" Type="{_OFFICE}/styles" Target="styles.xml"/></Relationships>'),
        "xl/styles.xml": _styles(),
        "xl/worksheets/sheet1.xml": _sheet(rows, widths, heights or {}, landscape),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as book:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            book.writestr(info, text.encode("utf-8"), zipfile.ZIP_DEFLATED)
    return out.getvalue()
