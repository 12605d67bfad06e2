"""The limits of an imported list of officials (CSV or XLSX) and of a file of ballots, in one
place.

A list of officials is a few hundred short lines; a file past any of these limits is not one,
and is refused with the limit said (the README's "Limits of imported files" lists them). Within
them, reading is bounded in memory (the unpacked parts are streamed, never held whole) and in
time (``python -m tests.bench.fuzz_officials`` prints the slowest case).
"""

from __future__ import annotations

from desktop.domain.count import MAX_OFFICIALS

MEGABYTE = 1024 * 1024
FILE_MEGABYTES = 10  # the file as it is on disk
FILE_BYTES = FILE_MEGABYTES * MEGABYTE
UNZIPPED_MEGABYTES = 30  # a workbook's parts that are read (sheet, strings, ...), unpacked
UNZIPPED_BYTES = UNZIPPED_MEGABYTES * MEGABYTE
XML_ELEMENTS = 1_000_000  # XML elements in those parts, all together
ROWS = 2_000  # lines of a CSV, rows of a sheet (the header and blank lines included)
FIELDS = 100  # fields of a line, columns of a sheet (A to CV)
LINE_CHARS = 10_000  # characters of one CSV line
CELL_CHARS = 1_000  # characters of one field or cell
OFFICIALS = MAX_OFFICIALS  # officials on one ballot (500)
BALLOTS_FILE_MEGABYTES = 50  # a file of ballots (kiemphieu import): 10,000 x 500 is 5 MB
BALLOTS_FILE_BYTES = BALLOTS_FILE_MEGABYTES * MEGABYTE
SHOWN_CHARS = 60  # of a file's own text quoted back in a refusal


def shown(text: str) -> str:
    """A file's own text as a refusal quotes it: at most SHOWN_CHARS characters."""
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS - 1] + "…"

