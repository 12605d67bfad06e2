"""Reading and writing the first sheet of an .xlsx workbook with the standard library only.

Enough for a list of officials typed in Excel or LibreOffice, and for exporting results: cell
values as text, shared and inline strings, numbers. No formulas are evaluated (their last
computed value is read), no styles are kept.
"""

from __future__ import annotations

import io
import re
import zipfile
from xml.etree import ElementTree

from desktop.errors import ValidationError

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "rel": "http://schemas.openxmlformats.org/package/2006/relationships"}
MAX_CELLS = 200_000
_CELL_REF = re.compile(r"([A-Z]+)(\d+)")


def _column(ref: str) -> int:
    letters = _CELL_REF.match(ref)
    if not letters:
        raise ValueError(ref)
    index = 0
    for ch in letters.group(1):
        index = index * 26 + ord(ch) - 64
    return index - 1


def _text(element: ElementTree.Element) -> str:
    return "".join(t.text or "" for t in element.iter(f"{{{NS['m']}}}t"))


def read_first_sheet(data: bytes, source: str) -> list[list[str]]:
    """Rows of cell texts; a gap in a row is an empty string."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            workbook = ElementTree.fromstring(book.read("xl/workbook.xml"))
            sheet = workbook.find("m:sheets/m:sheet", NS)
            if sheet is None:
                raise ValidationError("xlsx_no_sheet", file=source)
            rel_id = sheet.get(f"{{{NS['r']}}}id")
            rels = ElementTree.fromstring(book.read("xl/_rels/workbook.xml.rels"))
            target = next(r.get("Target", "") for r in rels.findall("rel:Relationship", NS)
                          if r.get("Id") == rel_id)
            path = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            shared: list[str] = []
            if "xl/sharedStrings.xml" in book.namelist():
                strings = ElementTree.fromstring(book.read("xl/sharedStrings.xml"))
                shared = [_text(si) for si in strings.findall("m:si", NS)]
            root = ElementTree.fromstring(book.read(path))
    except ValidationError:
        raise
    except (zipfile.BadZipFile, KeyError, StopIteration, ElementTree.ParseError, OSError):
        raise ValidationError("xlsx_damaged", file=source) from None
    rows: list[list[str]] = []
    cells = 0
    for row in root.iter(f"{{{NS['m']}}}row"):
        values: list[str] = []
        for cell in row.findall("m:c", NS):
            cells += 1
            if cells > MAX_CELLS:
                raise ValidationError("xlsx_too_many_cells", file=source, maximum=MAX_CELLS)
            try:
                column = _column(cell.get("r", ""))
            except ValueError:
                column = len(values)
            kind = cell.get("t", "n")
            value = cell.find("m:v", NS)
            if kind == "s" and value is not None:
                try:
                    text = shared[int(value.text or "")]
                except (ValueError, IndexError):
                    raise ValidationError("xlsx_missing_string", file=source,
                                          line=len(rows) + 1, cell=cell.get("r")) from None
            elif kind == "inlineStr":
                inline = cell.find("m:is", NS)
                text = _text(inline) if inline is not None else ""
            else:
                text = (value.text or "") if value is not None else ""
            values.extend([""] * (column - len(values)))
            values.append(text)
        rows.append(values)
    return rows


def _ref(row: int, column: int) -> str:
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row + 1}"


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def write_workbook(rows: list[list[str | int]], sheet: str = "Sheet1") -> bytes:
    """A minimal valid workbook: numbers as numbers, everything else as inline text."""
    body = []
    for r, row in enumerate(rows):
        cells = []
        for c, value in enumerate(row):
            if isinstance(value, int):
                cells.append(f'<c r="{_ref(r, c)}"><v>{value}</v></c>')
            else:
                cells.append(f'<c r="{_ref(r, c)}" t="inlineStr"><is><t xml:space="preserve">'
                             f"{_escape(value)}</t></is></c>")
        body.append(f'<row r="{r + 1}">{"".join(cells)}</row>')
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.'
            'org/package/2006/content-types"><Default Extension="rels" ContentType="application'
            '/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType='
            '"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
            'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{NS["m"]}" xmlns:r="'
            f'{NS["r"]}"><sheets><sheet name="{_escape(sheet)}" sheetId="1" r:id="rId1"/>'
            "</sheets></workbook>"),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
            'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
            'Target="worksheets/sheet1.xml"/></Relationships>'),
        "xl/worksheets/sheet1.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{NS["m"]}"><sheetData>'
            f'{"".join(body)}</sheetData></worksheet>'),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as book:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            book.writestr(info, text.encode("utf-8"), zipfile.ZIP_DEFLATED)
    return out.getvalue()
