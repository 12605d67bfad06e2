"""The results as files a committee opens in Excel or LibreOffice: read back the XLSX (sheet XML
and styles) and the CSV as a spreadsheet program would."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from decimal import Decimal
from xml.etree import ElementTree

import pytest

from desktop.domain import exports
from desktop.domain.closing import Closure
from desktop.domain.count import CountDefinition, Numbers, Official
from desktop.domain.minutes import MinutesData
from desktop.domain.rules import preset
from desktop.domain.snapshot import snapshot
from desktop.domain.tally import Tally
from desktop.domain.words import CATALOGUE, Lang

M = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
FINGERPRINT = "ab12cd34" * 8
GROUPED = " ".join(["AB12 CD34"] * 8)


def minutes_data(closed: bool) -> MinutesData:
    definition = CountDefinition(
        title="Lấy phiếu tín nhiệm đối với Ủy viên Ban Thường vụ", rules=preset("party-96"),
        officials=(Official("Trần Quốc Hưng", "Ủy viên Ban Thường vụ, Phó Bí thư Thường trực"),
                   Official("=Lê Thị Công", ""), Official("Phạm Ứ", "Bí thư")),
        body="Đảng bộ tỉnh", sitting="Hội nghị lần thứ 10", place="Hà Nội", date="2026-11-28")
    tally = Tally(3, 3)
    # high, medium, low, blank, multiple per official; 47 ballots, all valid
    tally.add_counts(((25, 10, 12, 0, 0), (5, 10, 32, 0, 0), (0, 0, 0, 47, 0)), 47, 0)
    numbers = Numbers(members=50, summoned=50, present=48, issued=48, collected=47)
    return MinutesData(snapshot=snapshot(definition, numbers, tally, 47),
                       closure=Closure(closed=closed), corrections=(), stacks=(),
                       fingerprint=FINGERPRINT, printed_at="2026-11-28T10:00:00+07:00")


class Sheet:
    """The first sheet of a workbook as a spreadsheet program reads it: cells with their type
    and style, the styles' number formats, the columns' widths."""

    def __init__(self, data: bytes) -> None:
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            sheet = ElementTree.fromstring(book.read("xl/worksheets/sheet1.xml"))
            styles = ElementTree.fromstring(book.read("xl/styles.xml"))
            self.names = book.namelist()
        formats = {f.get("numFmtId"): f.get("formatCode") for f in styles.iter(f"{M}numFmt")}
        xfs = styles.find(f"{M}cellXfs")
        assert xfs is not None
        self.formats = [formats.get(xf.get("numFmtId", "0"), "General") for xf in xfs]
        self.widths = {int(c.get("min", "0")): float(c.get("width", "0"))
                       for c in sheet.iter(f"{M}col")}
        self.cells: dict[str, tuple[str, str, str]] = {}  # ref: (type, text, number format)
        self.rows: list[list[str]] = []
        for row in sheet.iter(f"{M}row"):
            texts = []
            for c in row.iter(f"{M}c"):
                kind = c.get("t", "n")
                text = ("".join(t.text or "" for t in c.iter(f"{M}t")) if kind == "inlineStr"
                        else c.findtext(f"{M}v") or "")
                self.cells[c.get("r", "")] = (kind, text, self.formats[int(c.get("s", "0"))])
                texts.append(text)
            self.rows.append(texts)

    def row_of(self, text: str) -> int:
        """The 1-based row whose cells hold ``text``."""
        return next(k for k, row in enumerate(self.rows, start=1) if text in row)

    def text(self) -> str:
        return "\n".join(" | ".join(row) for row in self.rows)


@pytest.mark.parametrize("lang", list(Lang))
def test_counts_and_percentages_are_numbers_shown_with_two_decimals(lang: Lang) -> None:
    sheet = Sheet(exports.results_xlsx(minutes_data(closed=False), lang))
    row = sheet.row_of("Trần Quốc Hưng")
    assert sheet.cells[f"A{row}"][:2] == ("n", "1")
    assert sheet.cells[f"D{row}"][:2] == ("n", "25")  # high confidence
    assert sheet.cells[f"E{row}"] == ("n", "53.19", "0.00")  # 25 of 47 collected
    assert sheet.cells[f"I{row}"] == ("n", "25.53", "0.00")  # low confidence, 12 of 47
    assert sheet.cells[f"L{row}"][:2] == ("n", "47")  # the base
    nobody = sheet.row_of("Phạm Ứ")
    assert sheet.cells[f"E{nobody}"] == ("n", "0.00", "0.00")
    assert sheet.cells[f"J{nobody}"][:2] == ("n", "47")  # blank rows
    assert "xl/styles.xml" in sheet.names


def test_the_columns_are_wide_enough_for_names_and_titles() -> None:
    sheet = Sheet(exports.results_xlsx(minutes_data(closed=False), Lang.VI))
    assert sorted(sheet.widths) == list(range(1, 14))  # every column of the table
    assert sheet.widths[2] >= len("Số phiếu không hợp lệ")  # the header block's labels
    assert sheet.widths[3] >= len("Ủy viên Ban Thường vụ, Phó Bí thư Thường trực")
    assert sheet.widths[13] >= len("Tín nhiệm thấp ≥ 2/3")
    assert sheet.widths[1] < 10 and sheet.widths[5] < 15


@pytest.mark.parametrize(("lang", "draft", "fingerprint", "base", "place"), [
    (Lang.VI, "DỰ THẢO — chưa kết thúc kiểm phiếu", f"Dấu vân tay: {GROUPED}",
     "Tỷ lệ % tính trên tổng số phiếu thu về: 47.", "Hà Nội, ngày 28 tháng 11 năm 2026"),
    (Lang.EN, "DRAFT — the count is not closed", f"Fingerprint: {GROUPED}",
     "Percentages are of the number of ballots collected: 47.", "Hà Nội, 28 November 2026"),
], ids=["vi", "en"])
def test_the_header_block_says_what_the_minutes_say(
    lang: Lang, draft: str, fingerprint: str, base: str, place: str
) -> None:
    sheet = Sheet(exports.results_xlsx(minutes_data(closed=False), lang))
    header = sheet.rows[:sheet.row_of("Trần Quốc Hưng") - 1]
    texts = [text for row in header for text in row]
    assert texts[:3] == ["Lấy phiếu tín nhiệm đối với Ủy viên Ban Thường vụ",
                         "Đảng bộ tỉnh — Hội nghị lần thứ 10", place]
    assert draft in texts and fingerprint in texts and base in texts
    label = {Lang.VI: ("Số có mặt", "Số phiếu hợp lệ", "Số phiếu không hợp lệ"),
             Lang.EN: ("Present", "Valid ballots", "Invalid ballots")}[lang]
    for word, value in zip(label, ("48", "47", "0"), strict=True):
        row = sheet.row_of(word)
        assert sheet.cells[f"C{row}"][:2] == ("n", value), word
    assert sheet.row_of(draft) < sheet.row_of(label[0]) < sheet.row_of(fingerprint)

    closed = Sheet(exports.results_xlsx(minutes_data(closed=True), lang)).text()
    assert draft.split()[0] not in closed and fingerprint in closed


def test_the_sheet_says_words_never_codes() -> None:
    for lang in Lang:
        sheet = Sheet(exports.results_xlsx(minutes_data(closed=False), lang))
        texts = [t for kind, t, _ in sheet.cells.values() if kind == "inlineStr"]
        assert [t for t in texts if t in CATALOGUE or re.search(r"\w_\w", t)] == []
    sheet = Sheet(exports.results_xlsx(minutes_data(closed=False), Lang.VI))
    crossed = sheet.rows[sheet.row_of("=Lê Thị Công") - 1]
    assert crossed[-1] == "Tín nhiệm thấp > 1/2; Tín nhiệm thấp ≥ 2/3"


def test_the_csv_marks_a_draft_on_every_line() -> None:
    draft = exports.results_csv(minutes_data(closed=False), Lang.VI)
    assert draft.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(draft.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Tình trạng", "STT", "Họ và tên"]
    assert [row[0] for row in rows[1:]] == ["DỰ THẢO"] * 3
    assert rows[1][1:7] == ["1", "Trần Quốc Hưng", "Ủy viên Ban Thường vụ, Phó Bí thư Thường "
                            "trực", "25", "53,19", "10"]
    assert rows[2][2] == "'=Lê Thị Công"  # never run as a formula
    closed = exports.results_csv(minutes_data(closed=True), Lang.EN).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(closed)))
    assert rows[0][:2] == ["Status", "No."] and [row[0] for row in rows[1:]] == ["Closed"] * 3
    assert rows[1][5] == "53.19" and "DRAFT" not in closed


def test_an_unknown_percentage_is_an_empty_cell() -> None:
    data = minutes_data(closed=False)
    unknown = snapshot(data.snapshot.definition, Numbers(), Tally(3, 3), 0)
    data = MinutesData(unknown, data.closure, (), (), FINGERPRINT, data.printed_at)
    sheet = Sheet(exports.results_xlsx(data, Lang.EN))
    row = sheet.row_of("Trần Quốc Hưng")
    assert f"E{row}" not in sheet.cells or sheet.cells[f"E{row}"][1] == ""
    assert sheet.cells[f"C{sheet.row_of('Members in total')}"][:2] == ("inlineStr", "…")
    assert "Percentages are of the number of ballots collected: …." in sheet.text()
    line = exports.results_csv(data, Lang.EN).decode("utf-8-sig").splitlines()[1]
    assert line == "DRAFT,1,Trần Quốc Hưng,\"Ủy viên Ban Thường vụ, Phó Bí thư Thường trực\"," \
                   "0,,0,,0,,0,0,,"
    assert exports.results_rows(data.snapshot, Lang.EN)[1][4] is None
    assert exports.results_rows(minutes_data(False).snapshot, Lang.EN)[1][4] == Decimal("53.19")
