"""A corpus of hostile files of officials (XLSX and CSV), each built here from a valid one.

Each case is a name, the file's name and its bytes; the tests (``test_hostile_officials.py``)
expect each to be refused with a given code, and the fuzz bench
(``tests/bench/fuzz_officials.py``) mutates the valid seeds below.
"""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass

from desktop.domain import xlsx

MAIN = xlsx.NS["m"]
SHEET = "xl/worksheets/sheet1.xml"
STRINGS = "xl/sharedStrings.xml"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def valid_rows() -> list[list[str]]:
    return [["Họ và tên", "Chức vụ"], ["Trần Quốc Hưng", "Ủy viên"],
            ["Nguyễn Thị Thu Hà", ""], ["Lê Minh Đức", "Bí thư"]]


def valid_csv() -> bytes:
    return "".join(",".join(row) + "\r\n" for row in valid_rows()).encode()


def sheet_xml(body: str, prolog: str = "") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<worksheet xmlns="{MAIN}">'
            f"<sheetData>{body}</sheetData></worksheet>")


def shared_book(rows: list[list[str]] | None = None, *, sheet: str | None = None,
                strings: str | None = None, method: int = zipfile.ZIP_DEFLATED,
                leave_out: tuple[str, ...] = ()) -> bytes:
    """A workbook laid out as Excel writes it: every text in xl/sharedStrings.xml, the cells
    pointing at them by index. ``sheet`` or ``strings`` replace those parts' XML."""
    rows = valid_rows() if rows is None else rows
    texts = sorted({cell for row in rows for cell in row})
    body = "".join(
        f'<row r="{r}">' + "".join(f'<c r="{chr(65 + c)}{r}" t="s"><v>{texts.index(v)}</v></c>'
                                   for c, v in enumerate(row)) + "</row>"
        for r, row in enumerate(rows, start=1))
    parts = xlsx_parts(sheet if sheet is not None else sheet_xml(body))
    parts[STRINGS] = strings if strings is not None else (
        f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="{len(texts)}">'
        + "".join(f"<si><t>{t}</t></si>" for t in texts) + "</sst>")
    return zipped({k: v for k, v in parts.items() if k not in leave_out}, method)


def xlsx_parts(sheet: str) -> dict[str, str]:
    xml = '<?xml version="1.0" encoding="UTF-8"?>'
    return {
        "[Content_Types].xml": (
            f'{xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{_TYPE}.sheet.main+xml"/>'
            f'<Override PartName="/{SHEET}" ContentType="{_TYPE}.worksheet+xml"/>'
            f'<Override PartName="/{STRINGS}" ContentType="{_TYPE}.sharedStrings+xml"/>'
            "</Types>"),
        "_rels/.rels": (
            f'{xml}<Relationships xmlns="{xlsx.NS["rel"]}"><Relationship Id="rId1" '
            f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (f'{xml}<workbook xmlns="{MAIN}" xmlns:r="{_REL}"><sheets>'
                            '<sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            f'{xml}<Relationships xmlns="{xlsx.NS["rel"]}"><Relationship Id="rId1" '
            f'Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" '
            f'Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
        SHEET: sheet,
    }


def zipped(parts: dict[str, str | bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as book:
        for name, text in parts.items():
            book.writestr(name, text.encode() if isinstance(text, str) else text)
    return out.getvalue()


def _headers(data: bytes, name: str) -> tuple[int, int]:
    """Where the local header and the central directory entry of member ``name`` start."""
    encoded = name.encode()
    local = data.index(b"PK\x03\x04")
    while data[local + 30: local + 30 + len(encoded)] != encoded:
        local = data.index(b"PK\x03\x04", local + 4)
    central = data.index(b"PK\x01\x02")
    while data[central + 46: central + 46 + len(encoded)] != encoded:
        central = data.index(b"PK\x01\x02", central + 4)
    return local, central


def patched(data: bytes, name: str, *, method: int | None = None,
            flags: int | None = None, version: int | None = None) -> bytes:
    """The zip with member ``name``'s compression method, flag bits or version needed to
    extract set in both of its headers."""
    out = bytearray(data)
    local, central = _headers(data, name)
    if version is not None:
        struct.pack_into("<H", out, local + 4, version)
        struct.pack_into("<H", out, central + 6, version)
    if method is not None:
        struct.pack_into("<H", out, local + 8, method)
        struct.pack_into("<H", out, central + 10, method)
    if flags is not None:
        struct.pack_into("<H", out, local + 6, flags)
        struct.pack_into("<H", out, central + 8, flags)
    return bytes(out)


def broken_deflate(data: bytes, name: str) -> bytes:
    """Member ``name``'s compressed bytes replaced by a stream zlib cannot inflate."""
    local, _ = _headers(data, name)
    size, = struct.unpack_from("<I", data, local + 18)
    start = local + 30 + struct.unpack_from("<H", data, local + 26)[0] \
        + struct.unpack_from("<H", data, local + 28)[0]
    return data[:start] + b"\xff" * size + data[start + size:]


def bad_utf8_name() -> bytes:
    """A member whose name is flagged UTF-8 but is not."""
    parts = xlsx_parts(sheet_xml(""))
    parts["docProps/é.xml"] = "<x/>"
    data = zipped(parts)
    return data.replace("é".encode(), b"\xff\xfe")


def strings_bomb(inflated: int) -> bytes:
    """A small workbook whose sharedStrings.xml inflates to about ``inflated`` bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as book:
        for name, text in xlsx_parts(sheet_xml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
                                               )).items():
            book.writestr(name, text)
        info = zipfile.ZipInfo(STRINGS)
        info.compress_type = zipfile.ZIP_DEFLATED
        with book.open(info, "w", force_zip64=True) as member:
            member.write(f'<sst xmlns="{MAIN}"><si><t>'.encode())
            chunk = b"a" * (1 << 20)
            for _ in range(inflated >> 20):
                member.write(chunk)
            member.write(b"</t></si></sst>")
    return out.getvalue()


def inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


LAUGHS = ('<!DOCTYPE lolz [<!ENTITY a "aaaaaaaaaa">'
          + "".join(f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">'
                    for i in range(8)) + "]>")
EXTERNAL = '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
HEADER = f'<row r="1">{inline("A1", "name")}{inline("B1", "title")}</row>'


def inline_book(sheet: str) -> bytes:
    """A workbook of inline strings (the shared strings there, and empty)."""
    parts = xlsx_parts(sheet)
    parts[STRINGS] = f'<sst xmlns="{MAIN}"/>'
    return zipped(parts)


def one_cell_book(cell: str, prolog: str = "") -> bytes:
    return inline_book(sheet_xml(HEADER + f"<row>{cell}</row>", prolog))


@dataclass(frozen=True)
class Case:
    name: str
    file: str
    build: Callable[[], bytes]
    code: str  # the code it must be refused with


def _csv(text: str) -> Callable[[], bytes]:
    return lambda: text.encode()


XLSX_CASES = (
    Case("not a zip", "ds.xlsx", lambda: b"PK\x03\x04 not really", "xlsx_damaged"),
    Case("zlib error", "ds.xlsx", lambda: broken_deflate(shared_book(), SHEET),
         "xlsx_part_damaged"),
    Case("member name not UTF-8", "ds.xlsx", bad_utf8_name, "xlsx_damaged"),
    Case("Deflate64 member", "ds.xlsx", lambda: patched(shared_book(), SHEET, method=9),
         "xlsx_compression"),
    Case("encrypted member", "ds.xlsx", lambda: patched(shared_book(), SHEET, flags=1),
         "xlsx_encrypted"),
    Case("strong encryption flag", "ds.xlsx",
         lambda: patched(shared_book(), SHEET, flags=0x40), "xlsx_part_damaged"),
    Case("zip version from the future", "ds.xlsx",
         lambda: patched(shared_book(), SHEET, version=248), "xlsx_damaged"),
    Case("unknown XML encoding", "ds.xlsx",
         lambda: shared_book(sheet=sheet_xml("").replace("UTF-8", "XTF-8")),
         "xlsx_part_damaged"),
    Case("shared-strings bomb", "ds.xlsx", lambda: strings_bomb(40 << 20), "xlsx_too_large"),
    Case("column ZZZZZZ", "ds.xlsx", lambda: one_cell_book(inline("ZZZZZZ1", "x")),
         "xlsx_cell_ref"),
    Case("column past the limit", "ds.xlsx", lambda: one_cell_book(inline("ZZ2", "x")),
         "xlsx_column_too_far"),
    Case("huge row number", "ds.xlsx",
         lambda: one_cell_book(f'<row r="1048576">{inline("A1048576", "x")}</row>'),
         "officials_rows_too_many"),
    Case("row past Excel's last", "ds.xlsx",
         lambda: one_cell_book(f'<row r="99999999">{inline("A99999999", "x")}</row>'),
         "xlsx_cell_ref"),
    Case("negative shared-string index", "ds.xlsx",
         lambda: shared_book(sheet=sheet_xml(HEADER + '<row r="2"><c r="A2" t="s"><v>-1</v>'
                                                      "</c></row>")), "xlsx_missing_string"),
    Case("shared-string index past the end", "ds.xlsx",
         lambda: shared_book(sheet=sheet_xml(HEADER + '<row r="2"><c r="A2" t="s"><v>99</v>'
                                                      "</c></row>")), "xlsx_missing_string"),
    Case("no worksheet", "ds.xlsx", lambda: shared_book(leave_out=(SHEET,)),
         "xlsx_part_missing"),
    Case("no workbook part", "ds.xlsx", lambda: zipped({"a.txt": "x"}), "xlsx_part_missing"),
    Case("billion laughs", "ds.xlsx", lambda: one_cell_book(inline("A2", "&i;"), LAUGHS),
         "xlsx_doctype"),
    Case("external entity", "ds.xlsx", lambda: one_cell_book(inline("A2", "&e;"), EXTERNAL),
         "xlsx_doctype"),
    Case("laughs in the shared strings", "ds.xlsx",
         lambda: shared_book(strings=f'<?xml version="1.0"?>{LAUGHS}<sst xmlns="{MAIN}">'
                                     "<si><t>&i;</t></si></sst>"), "xlsx_doctype"),
    Case("XML not well formed", "ds.xlsx", lambda: one_cell_book("<c><is><t>x</c>"),
         "xlsx_part_damaged"),
    Case("cell too long", "ds.xlsx", lambda: one_cell_book(inline("A2", "x" * 5000)),
         "xlsx_cell_too_long"),
    Case("too many elements", "ds.xlsx",
         lambda: one_cell_book("<x/>" * 1_100_000), "xlsx_too_complex"),
    Case("file too large", "ds.xlsx",
         lambda: zipped({"pad": bytes(11 << 20)}, zipfile.ZIP_STORED), "file_too_large"),
    Case("right-to-left override in a cell", "ds.xlsx",
         lambda: one_cell_book(inline("A2", "Lê \u202eMinh")), "officials_character"),
)

CSV_CASES = (
    Case("200,000-character cell", "ds.csv", _csv("name,title\n" + "x" * 200_000 + ",a\n"),
         "line_too_long"),
    Case("cell too long", "ds.csv", _csv("name,title\n" + "x" * 5000 + ",a\n"),
         "officials_cell_too_long"),
    Case("unterminated quote", "ds.csv",
         _csv('name,title\n"Trần Quốc Hưng,Ủy viên\nNguyễn Thị Thu Hà,\nLê Minh Đức,Bí thư\n'),
         "csv_quote"),
    Case("stray quote", "ds.csv", _csv('name,title\n"Trần" Quốc,Ủy viên\n'), "csv_quote"),
    Case("right-to-left override", "ds.csv", _csv("name,title\nTrần \u202eHưng,Ủy viên\n"),
         "officials_character"),
    Case("left-to-right isolate in a title", "ds.csv",
         _csv("name,title\nTrần Hưng,Ủy \u2066viên\n"), "officials_character"),
    Case("zero-width space", "ds.csv", _csv("name,title\nTrần\u200bHưng,\n"),
         "officials_character"),
    Case("bell character", "ds.csv", _csv("name,title\nTrần\x07Hưng,\n"), "officials_character"),
    Case("escape character", "ds.csv", _csv("name,title\nTrần\x1b[31mHưng,\n"),
         "officials_character"),
    Case("too many lines", "ds.csv", _csv("name,title\n" + "a,b\n" * 2500),
         "officials_rows_too_many"),
    Case("too many officials", "ds.csv",
         _csv("name,title\n" + "".join(f"Người {i},\n" for i in range(501))),
         "officials_too_many"),
    Case("file too large", "ds.csv", _csv("name,title\n" + "\n" * (11 << 20)), "file_too_large"),
)

CASES = XLSX_CASES + CSV_CASES


def seeds() -> list[tuple[str, bytes]]:
    """Valid files to mutate: our writer's inline strings, Excel's shared strings, openpyxl's
    own file and a CSV."""
    from pathlib import Path

    data = Path(__file__).resolve().parents[1] / "data" / "officials-openpyxl.xlsx"
    return [("ds.xlsx", xlsx.write_workbook(valid_rows())), ("ds.xlsx", shared_book()),
            ("ds.xlsx", data.read_bytes()), ("ds.csv", valid_csv()),
            ("ds.xlsx", shared_book(method=zipfile.ZIP_STORED)),
            ("ds.csv", 'name,title\r\n"Lê, Minh","Ủy viên, ""A"""\r\n'.encode())]
