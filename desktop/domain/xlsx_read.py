"""Reading the first sheet of an .xlsx workbook, defensively, with the standard library only.

The cells' values as text (shared and inline strings, numbers, a formula's last computed
value); no styles. A workbook is a zip of XML parts and a hostile one can lie in both, so each
member is checked before it is opened (compression method, encryption), unpacked as a stream
within one budget of bytes, and parsed by expat as it comes: a document type (so entities, the
billion laughs, external files) is refused outright, elements are counted, and a cell is
bounded in row, column and length (``import_limits``). Every refusal is a ValidationError
naming the file and, where there is one, the part, the line and the cell.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from collections.abc import Callable
from xml.parsers import expat

from desktop.domain import import_limits as limits
from desktop.errors import ValidationError

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "rel": "http://schemas.openxmlformats.org/package/2006/relationships"}
_M = NS["m"] + " "  # expat's names are "namespace local"
_REL = NS["rel"] + " Relationship"
_CELL_REF = re.compile(r"([A-Z]{1,3})([1-9][0-9]{0,6})")
_NUMBER = re.compile(r"[0-9]{1,9}")
_CHUNK = 64 * 1024
# what zipfile and expat raise on a damaged zip or part (NotImplementedError: a zip version
# from the future, strong encryption, patched data; LookupError: an unknown XML encoding)
_DAMAGED = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError,
            UnicodeDecodeError, NotImplementedError, LookupError)


def column_letters(index: int) -> str:
    """The letters of the column at 0-based ``index`` (0 → A, 26 → AA)."""
    letters, number = "", index + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _column_index(letters: str) -> int:
    index = 0
    for ch in letters:
        index = index * 26 + ord(ch) - 64
    return index - 1


class _Reading:
    """One workbook being read: the zip, and what its parts may still spend."""

    def __init__(self, book: zipfile.ZipFile, source: str) -> None:
        self.book = book
        self.source = source
        self.unpacked = 0
        self.elements = 0

    def refuse(self, code: str, line: int | None = None, field: str | None = None,
               **values: object) -> ValidationError:
        return ValidationError(code, file=self.source, line=line, field=field, **values)

    def parse(self, part: str, start: Callable[[str, dict[str, str]], None],
              end: Callable[[str], None] = lambda name: None,
              text: Callable[[str], None] = lambda data: None) -> None:
        """Feed member ``part`` to expat as it is unpacked, calling the handlers."""
        try:
            info = self.book.getinfo(part)
        except KeyError:
            raise self.refuse("xlsx_part_missing", part=part) from None
        if info.flag_bits & 0x1:
            raise self.refuse("xlsx_encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise self.refuse("xlsx_compression", part=part, method=info.compress_type)
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.buffer_text = True

        def doctype(*_: object) -> None:
            raise self.refuse("xlsx_doctype", part=part)

        def element(name: str, attributes: dict[str, str]) -> None:
            self.elements += 1
            if self.elements > limits.XML_ELEMENTS:
                raise self.refuse("xlsx_too_complex", part=part, maximum=limits.XML_ELEMENTS)
            start(name, attributes)

        parser.StartDoctypeDeclHandler = doctype
        parser.StartElementHandler = element
        parser.EndElementHandler = end
        parser.CharacterDataHandler = text
        try:
            with self.book.open(info) as member:
                while chunk := member.read(_CHUNK):
                    self.unpacked += len(chunk)
                    if self.unpacked > limits.UNZIPPED_BYTES:
                        raise self.refuse("xlsx_too_large", part=part,
                                          maximum=limits.UNZIPPED_MEGABYTES)
                    parser.Parse(chunk, False)
                parser.Parse(b"", True)
        except (expat.ExpatError, *_DAMAGED):
            raise self.refuse("xlsx_part_damaged", part=part) from None

    def first_sheet(self) -> tuple[str, str | None]:
        """The first sheet's part and the shared strings' part, if any."""
        sheets: list[str] = []

        def sheet(name: str, attributes: dict[str, str]) -> None:
            if name == _M + "sheet" and not sheets:
                sheets.append(attributes.get(NS["r"] + " id", ""))

        self.parse("xl/workbook.xml", sheet)
        if not sheets:
            raise self.refuse("xlsx_no_sheet")
        targets: dict[str, str] = {}
        strings: list[str] = []

        def relationship(name: str, attributes: dict[str, str]) -> None:
            if name == _REL:
                target = attributes.get("Target", "")
                path = target[1:] if target.startswith("/") else posixpath.normpath(
                    "xl/" + target)
                targets[attributes.get("Id", "")] = path
                if attributes.get("Type", "").endswith("/sharedStrings"):
                    strings.append(path)

        self.parse("xl/_rels/workbook.xml.rels", relationship)
        if sheets[0] not in targets:
            raise self.refuse("xlsx_part_missing", part=limits.shown(f"rels:{sheets[0]}"))
        if not strings and "xl/sharedStrings.xml" in self.book.namelist():
            strings.append("xl/sharedStrings.xml")
        return targets[sheets[0]], strings[0] if strings else None


class _Text:
    """The text of the <t> elements inside one element (a shared string, an inline string,
    a cell's value), phonetic runs (<rPh>) left out, kept to CELL_CHARS characters: past them
    ``too_long`` is set and nothing more is kept."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.too_long = False
        self.collecting = False
        self.phonetic = 0

    def add(self, data: str) -> None:
        if self.collecting and not self.phonetic and not self.too_long:
            self.length += len(data)
            if self.length > limits.CELL_CHARS:
                self.too_long = True
                self.parts.clear()
            else:
                self.parts.append(data)

    def value(self) -> str | None:
        return None if self.too_long else "".join(self.parts)


def _shared_strings(reading: _Reading, part: str) -> list[str | None]:
    """The workbook's shared strings in order; one past CELL_CHARS is None."""
    strings: list[str | None] = []
    current = _Text()

    def start(name: str, _: dict[str, str]) -> None:
        nonlocal current
        if name == _M + "si":
            current = _Text()
        elif name == _M + "rPh":
            current.phonetic += 1
        elif name == _M + "t":
            current.collecting = True

    def end(name: str) -> None:
        if name == _M + "si":
            strings.append(current.value())
        elif name == _M + "rPh":
            current.phonetic -= 1
        elif name == _M + "t":
            current.collecting = False

    reading.parse(part, start, end, lambda data: current.add(data))
    return strings


class _Sheet:
    """The handlers that read a worksheet's cells into ``cells``: row number → column → text.
    Cells without a value are left out; one with a value past the limits is refused."""

    def __init__(self, reading: _Reading, strings: list[str | None]) -> None:
        self.reading = reading
        self.strings = strings
        self.cells: dict[int, dict[int, str]] = {}
        self.row = 0
        self.column = -1
        self.ref = ""
        self.kind = ""
        self.text: _Text | None = None  # the current cell's, while inside one

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if name == _M + "row":
            number = attributes.get("r")
            if number is None:
                self.row += 1
            elif _NUMBER.fullmatch(number) and int(number) > 0:
                self.row = int(number)
            else:
                raise self.reading.refuse("xlsx_cell_ref", line=self.row + 1,
                                          cell=limits.shown(number))
            self.column = -1
        elif name == _M + "c":
            self._cell(attributes.get("r"))
            self.kind = attributes.get("t", "n")
            self.text = _Text()
        elif self.text is not None:
            if name == _M + "rPh":
                self.text.phonetic += 1
            elif name in (_M + "v", _M + "t"):
                self.text.collecting = True

    def _cell(self, ref: str | None) -> None:
        if ref is None:
            self.column += 1
            self.ref = f"{column_letters(self.column)}{self.row}"
            return
        match = _CELL_REF.fullmatch(ref)
        if not match:
            raise self.reading.refuse("xlsx_cell_ref", line=self.row, cell=limits.shown(ref))
        self.ref = ref
        self.column = _column_index(match.group(1))

    def end(self, name: str) -> None:
        if self.text is None:
            return
        if name == _M + "c":
            text, self.text = self.text, None
            self._keep(text)
        elif name == _M + "rPh":
            self.text.phonetic -= 1
        elif name in (_M + "v", _M + "t"):
            self.text.collecting = False

    def add(self, data: str) -> None:
        if self.text is not None:
            self.text.add(data)

    def _keep(self, text: _Text) -> None:
        value = text.value()
        if self.kind == "s" and value is not None:
            index = int(value) if _NUMBER.fullmatch(value.strip()) else -1
            if not 0 <= index < len(self.strings):
                raise self.reading.refuse("xlsx_missing_string", line=self.row, cell=self.ref)
            value = self.strings[index]
        if value == "":
            return
        if self.row > limits.ROWS:
            raise self.reading.refuse("officials_rows_too_many", line=self.row,
                                      maximum=limits.ROWS)
        if self.column >= limits.FIELDS:
            raise self.reading.refuse("xlsx_column_too_far", line=self.row, cell=self.ref,
                                      last=column_letters(limits.FIELDS - 1))
        if value is None:
            raise self.reading.refuse("xlsx_cell_too_long", line=self.row, cell=self.ref,
                                      maximum=limits.CELL_CHARS)
        self.cells.setdefault(self.row, {})[self.column] = value


def read_first_sheet(data: bytes, source: str) -> list[list[str]]:
    """The first sheet's rows of cell texts, row N at index N - 1 (so a refusal's line is
    the row a person sees); a gap is an empty string, an empty row an empty list."""
    try:
        book = zipfile.ZipFile(io.BytesIO(data))
    except _DAMAGED:
        raise ValidationError("xlsx_damaged", file=source) from None
    with book:
        reading = _Reading(book, source)
        sheet_part, strings_part = reading.first_sheet()
        strings = _shared_strings(reading, strings_part) if strings_part else []
        sheet = _Sheet(reading, strings)
        reading.parse(sheet_part, sheet.start, sheet.end, sheet.add)
    last = max(sheet.cells, default=0)
    rows: list[list[str]] = []
    for number in range(1, last + 1):
        row = sheet.cells.get(number, {})
        rows.append([row.get(c, "") for c in range(max(row, default=-1) + 1)])
    return rows
