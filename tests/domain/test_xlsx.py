import io
import zipfile
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain import importers, words, xlsx
from desktop.domain.words import Lang
from desktop.errors import ValidationError
from tests.helpers import english, raises_words

DATA = Path(__file__).resolve().parents[1] / "data"


def test_reads_a_workbook_written_by_openpyxl() -> None:
    data = (DATA / "officials-openpyxl.xlsx").read_bytes()
    rows = xlsx.read_first_sheet(data, "o.xlsx")
    assert rows[0] == ["Họ và tên", "Chức vụ"]
    assert rows[4] == ["Lê Minh Đức", "Bí thư Trung ương Đảng", "", "12345"]
    with pytest.raises(ValidationError) as info:  # the stray number in D5
        importers.parse_officials_xlsx(data, "o.xlsx")
    assert english(info.value) == "o.xlsx, line 5: 4 fields where the header has 2"
    assert words.describe(info.value, Lang.VI) == \
        "o.xlsx, dòng 5: dòng có 4 trường, dòng tiêu đề có 2"
    rows[4] = rows[4][:2]
    officials = importers.parse_officials_rows(rows, "o.xlsx")
    assert [(o.name, o.title) for o in officials] == [
        ("Trần Quốc Hưng", "Ủy viên Bộ Chính trị"), ("Nguyễn Thị Thu Hà", ""),
        ("Lê Minh Đức", "Bí thư Trung ương Đảng")]


def test_round_trip_of_our_own_writer() -> None:
    rows: list[list[str | int]] = [["name", "title"], ["Đỗ <Ánh> & \"Hồng\"", "Ủy viên"],
                                   [" x ", 7]]
    back = xlsx.read_first_sheet(xlsx.write_workbook(rows), "w.xlsx")
    assert back == [["name", "title"], ["Đỗ <Ánh> & \"Hồng\"", "Ủy viên"], [" x ", "7"]]


def test_the_writer_keeps_numbers_styles_widths_and_print_setup() -> None:
    rows: list[list[xlsx.Value | xlsx.Cell]] = [
        [xlsx.Cell("Kết quả", xlsx.Style.TITLE)],
        [None, xlsx.Cell(Decimal("53.19"), xlsx.Style.PERCENT), Decimal("0.00"),
         xlsx.Cell(None, xlsx.Style.TABLE), "a\x01b\x1fc"]]
    data = xlsx.write_workbook(rows, "Kết quả", widths=[5, 32.5], landscape=True)
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode("utf-8")
        styles = ElementTree.fromstring(book.read("xl/styles.xml"))
        types = book.read("[Content_Types].xml").decode("utf-8")
    assert '<c r="B2" s="2"><v>53.19</v></c><c r="C2"><v>0.00</v></c><c r="D2" s="1"/>' in sheet
    assert '<col min="2" max="2" width="32.5" customWidth="1"/>' in sheet
    assert 'orientation="landscape"' in sheet and 'fitToPage="1"' in sheet
    assert "/xl/styles.xml" in types
    m = "{" + xlsx.NS["m"] + "}"
    xfs = styles.find(f"{m}cellXfs")
    assert xfs is not None
    assert len(xfs) == len(xlsx.Style)
    percent = xfs[xlsx.Style.PERCENT]
    assert [f.get("formatCode") for f in styles.iter(f"{m}numFmt")
            if f.get("numFmtId") == percent.get("numFmtId")] == ["0.00"]
    assert xlsx.read_first_sheet(data, "w.xlsx") == [["Kết quả"], ["", "53.19", "0.00", "", "abc"]]


def test_columns_past_z() -> None:
    row: list[str | int] = [f"c{i}" for i in range(60)]
    assert xlsx.read_first_sheet(xlsx.write_workbook([row]), "w")[0] == row


@pytest.mark.parametrize("data", [b"", b"PK\x03\x04 broken", b"name,title\n"])
def test_not_a_workbook(data: bytes) -> None:
    with raises_words(kind=ValidationError, pattern=r"not an \.xlsx workbook") as info:
        xlsx.read_first_sheet(data, "x.xlsx")
    assert info.value.file == "x.xlsx"


@settings(max_examples=100)
@given(st.binary(max_size=300))
def test_random_bytes_are_refused_cleanly(data: bytes) -> None:
    with pytest.raises(ValidationError):
        xlsx.read_first_sheet(data, "x.xlsx")


def test_paste_from_a_spreadsheet() -> None:
    pasted = "Trần Văn Ả\tỦy viên\r\nLê Thị Ỹ\t\r\n\r\n"
    assert [(o.name, o.title) for o in importers.parse_officials_paste(pasted, "paste")] == [
        ("Trần Văn Ả", "Ủy viên"), ("Lê Thị Ỹ", "")]
    with_header = "Họ và tên\tChức vụ\nA\tB\n"
    assert importers.parse_officials_paste(with_header, "paste")[0].name == "A"
    with pytest.raises(ValidationError) as info:
        importers.parse_officials_paste("A\tB\n\tC\n", "paste")
    assert (info.value.line, info.value.field) == (2, "name")


def test_an_officials_file_is_read_by_its_content() -> None:
    book = xlsx.write_workbook([["Họ và tên", "Chức vụ"], ["Đỗ Văn Một", "Ủy viên"]])
    csv = "name,title\nĐỗ Văn Một,Ủy viên\n".encode()
    for data, name in ((book, "ds.xlsx"), (book, "ds.csv"), (book, "ds"), (csv, "ds.csv")):
        officials = importers.parse_officials_file(data, name)
        assert [(o.name, o.title) for o in officials] == [("Đỗ Văn Một", "Ủy viên")], name
    with pytest.raises(ValidationError) as info:
        importers.parse_officials_file(importers.OLE_MAGIC + bytes(50), "ds.xls")
    assert words.describe(info.value, Lang.VI) == (
        "ds.xls: tệp là bảng tính Excel cũ (.xls); hãy lưu lại dạng .xlsx hoặc CSV UTF-8")
    with raises_words(kind=ValidationError, pattern=r"^ds\.xlsx: the file is not an \.xlsx"):
        importers.parse_officials_file(csv, "ds.xlsx")


@settings(max_examples=100)
@given(st.binary(max_size=300))
def test_random_files_of_officials_are_refused_cleanly_or_read(data: bytes) -> None:
    try:
        officials = importers.parse_officials_file(data, "x")
    except ValidationError as exc:
        assert exc.file == "x"
    else:
        assert all(o.name for o in officials)
