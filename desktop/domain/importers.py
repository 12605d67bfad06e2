"""Reading officials and ballots from text files: every line is checked before anything is
saved, and every error names the file, the line and the field.

Officials: UTF-8 CSV with a ``name,title`` header, one official per line in ballot order, or
the first sheet of an .xlsx workbook laid out the same way.

Ballots: one ballot per line: ``CODES`` (one character per official in ballot order: 1..9 a level,
0 blank, x multiple), or ``invalid,REASON[,NOTE]``. Blank lines and lines starting with ``#``
are skipped.
"""

from __future__ import annotations

import csv
import io
from typing import BinaryIO

from desktop.domain import import_limits as limits
from desktop.domain import names, xlsx
from desktop.domain.ballot import BallotInput, InvalidInput, KeyedInput, parse_codes, parse_reason
from desktop.domain.count import Official
from desktop.errors import ValidationError

MAX_LINE = limits.LINE_CHARS


def decode(data: bytes, source: str) -> str:
    """UTF-8 text, with or without a byte-order mark; anything else is refused by name."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValidationError("file_utf16", file=source)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ValidationError("file_not_utf8", file=source, line=line) from None
    return text.removeprefix("\ufeff")


def parse_ballots(text: str, officials: int, levels: int, source: str) -> list[BallotInput]:
    items: list[BallotInput] = []
    for number, raw in enumerate(io.StringIO(text, newline=""), start=1):
        line = raw.rstrip("\r\n")
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        try:
            items.append(_parse_line(stripped, officials, levels))
        except ValidationError as exc:
            raise exc.located(file=source, line=number) from None
    if not items:
        raise ValidationError("file_no_ballot", file=source)
    return items


def one_ballot(codes: str | None, reason: str | None, note: str, officials: int, levels: int,
               stack: str = "") -> BallotInput:
    """A ballot given on the command line: CODES, or an invalid-ballot REASON (+ note)."""
    if (codes is None) == (reason is None):
        raise ValidationError("codes_or_invalid", field="CODES")
    if reason is not None:
        return InvalidInput(parse_reason(reason, note), note, stack)
    assert codes is not None
    return KeyedInput(parse_codes(codes, officials, levels), stack)


def _parse_line(line: str, officials: int, levels: int) -> BallotInput:
    if len(line) > MAX_LINE:
        raise ValidationError("line_too_long", maximum=MAX_LINE)
    if "\ufeff" in line or "\x00" in line:
        raise ValidationError("line_stray_bytes")
    fields = next(csv.reader([line]))
    head = fields[0].strip()
    if head.lower() == "invalid":
        if len(fields) < 2 or not fields[1].strip():
            raise ValidationError("invalid_needs_reason", field="REASON")
        if len(fields) > 3:
            raise ValidationError("invalid_line_fields")
        note = fields[2].strip() if len(fields) == 3 else ""
        return InvalidInput(parse_reason(fields[1], note), note)
    if len(fields) > 1:
        raise ValidationError("codes_line_fields")
    return KeyedInput(parse_codes(head, officials, levels))


NAME_HEADERS = ("name", "họ và tên", "họ tên", "tên")
TITLE_HEADERS = ("title", "chức vụ")
EXCLUDED_HEADERS = ("excluded", "vắng", "không có tên trên phiếu")
REASON_HEADERS = ("exclusion_reason", "lý do")


def parse_officials_csv(text: str, source: str = "officials") -> tuple[Official, ...]:
    """UTF-8 CSV with a ``name,title`` header, one official per line in ballot order. Each
    line is read on its own: a quote left open is refused on its line, instead of running
    on and taking the next lines into one cell (no cell holds a line break)."""
    text = text.removeprefix("\ufeff")
    if "\x00" in text:
        raise ValidationError("file_nul_bytes", file=source)
    rows = []
    for number, raw in enumerate(io.StringIO(text, newline=""), start=1):
        line = raw.rstrip("\r\n")
        if len(line) > limits.LINE_CHARS:
            raise ValidationError("line_too_long", file=source, line=number,
                                  maximum=limits.LINE_CHARS)
        try:
            rows.append(next(csv.reader([line], strict=True), []))
        except csv.Error:
            raise ValidationError("csv_quote", file=source, line=number) from None
    return parse_officials_rows(rows, source)


def parse_officials_xlsx(data: bytes, source: str) -> tuple[Official, ...]:
    return parse_officials_rows(xlsx.read_first_sheet(data, source), source)


ZIP_MAGIC = b"PK\x03\x04"  # .xlsx (and .ods) are zip files
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old binary .xls
# an .xlsx saved with a password is an OLE file holding this stream (named in UTF-16)
ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"


def read_officials(stream: BinaryIO, source: str) -> tuple[Official, ...]:
    """A list of officials from an open file: no more than the limit is read, so a huge file
    is refused without being held in memory."""
    return parse_officials_file(stream.read(limits.FILE_BYTES + 1), source)


def parse_officials_file(data: bytes, source: str) -> tuple[Official, ...]:
    """A list of officials as a file, whatever its name (``source``) says: a workbook by its
    zip signature or an .xlsx name, else UTF-8 CSV. The old .xls and OpenDocument .ods are
    refused by name, with what to save them as; so is a file past the size limit."""
    if len(data) > limits.FILE_BYTES:
        raise ValidationError("file_too_large", file=source, maximum=limits.FILE_MEGABYTES)
    if data.startswith(OLE_MAGIC):
        if ENCRYPTED_PACKAGE in data:
            raise ValidationError("xlsx_encrypted", file=source)
        raise ValidationError("xls_old_format", file=source)
    if data.startswith(ZIP_MAGIC) and ODS_MIMETYPE in data[:100]:
        raise ValidationError("ods_format", file=source)
    if data.startswith(ZIP_MAGIC) or source.lower().endswith(".xlsx"):
        return parse_officials_xlsx(data, source)
    return parse_officials_csv(decode(data, source), source)


def parse_officials_paste(text: str, source: str) -> tuple[Official, ...]:
    """Rows copied from a spreadsheet: name<TAB>title, with or without a header row."""
    rows = [line.split("\t") for line in text.replace("\r\n", "\n").split("\n")]
    if rows and rows[0] and _norm(rows[0][0]) in NAME_HEADERS:
        return parse_officials_rows(rows, source)
    return parse_officials_rows([["name", "title"], *rows], source, first_line=0)


def _norm(cell: str) -> str:
    return " ".join(cell.strip().lower().split())


def _cell(row: list[str], at: int | None, source: str, line: int, field: str) -> str:
    """The cell at ``at`` (empty if none), checked: within CELL_CHARS, and no character that
    cannot be printed on a ballot or that would change how the text around it reads."""
    text = row[at] if at is not None and at < len(row) else ""
    if len(text) > limits.CELL_CHARS:
        raise ValidationError("officials_cell_too_long", file=source, line=line, field=field,
                              maximum=limits.CELL_CHARS)
    char = names.unprintable(text)
    if char is not None:
        raise ValidationError("officials_character", file=source, line=line, field=field,
                              char=char)
    return text


def parse_officials_rows(
    rows: list[list[str]], source: str, first_line: int = 1
) -> tuple[Official, ...]:
    """Rows with a header row naming the columns (name, title); ``first_line`` is the line
    number of the header in the file, so errors name the line a person sees."""
    while rows and not any(cell.strip() for cell in rows[-1]):
        rows.pop()
    if not rows:
        raise ValidationError("officials_file_empty", file=source)
    if len(rows) > limits.ROWS:
        raise ValidationError("officials_rows_too_many", file=source,
                              line=limits.ROWS + first_line, maximum=limits.ROWS)
    header = [_norm(cell) for cell in rows[0]]
    name_at = next((i for i, h in enumerate(header) if h in NAME_HEADERS), None)
    if name_at is None:
        raise ValidationError("officials_header", file=source, line=first_line or None,
                              field="name", found=limits.shown(",".join(rows[0])))
    title_at = next((i for i, h in enumerate(header) if h in TITLE_HEADERS), None)
    officials: list[Official] = []
    for line, row in enumerate(rows[1:], start=first_line + 1):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header) and any(cell.strip() for cell in row[len(header):]):
            raise ValidationError("officials_extra_fields", file=source, line=line,
                                  fields=len(row), header=len(header))
        name = " ".join(_cell(row, name_at, source, line, "name").split())
        if not name:
            raise ValidationError("official_name_empty", file=source, line=line, field="name")
        title = " ".join(_cell(row, title_at, source, line, "title").split())
        if len(officials) == limits.OFFICIALS:
            raise ValidationError("officials_too_many", file=source, line=line,
                                  maximum=limits.OFFICIALS,
                                  count=sum(any(c.strip() for c in r) for r in rows[1:]))
        officials.append(Official(name, title))
    if not officials:
        raise ValidationError("officials_file_none", file=source)
    return tuple(officials)
