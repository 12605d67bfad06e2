"""Hostile files of officials (tests/domain/hostile_officials.py) are refused with a sentence
naming the file and, where there is one, the line and the field or cell; never an internal
error, never read as something else. The limits are stated in the refusal and in the README."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from desktop.domain import import_limits as limits
from desktop.domain import importers, words, xlsx
from desktop.domain.words import Lang
from desktop.errors import ValidationError
from tests.domain import hostile_officials as hostile
from tests.helpers import english

README = Path(__file__).resolve().parents[2] / "README.md"


@pytest.mark.parametrize("case", hostile.CASES, ids=[c.name for c in hostile.CASES])
def test_a_hostile_file_is_refused_with_its_sentence(case: hostile.Case) -> None:
    with pytest.raises(ValidationError) as info:
        importers.parse_officials_file(case.build(), case.file)
    error = info.value
    assert error.code == case.code, english(error)
    assert error.file == case.file
    vi, en = words.describe(error, Lang.VI), english(error)
    assert vi.startswith(f"{case.file}") and en.startswith(f"{case.file}")
    assert len(en) < 300 and vi != en


def test_an_unterminated_quote_is_refused_on_its_line_not_merged() -> None:
    data = 'name,title\n"Trần Quốc Hưng,Ủy viên\nNguyễn Thị Thu Hà,\nLê Minh Đức,Bí thư\n'
    with pytest.raises(ValidationError) as info:
        importers.parse_officials_file(data.encode(), "ds.csv")
    assert english(info.value) == ("ds.csv, line 2: a quote is not closed, or out of place, "
                                   "on this line (a cell cannot hold a line break)")
    quoted = 'name,title\n"Lê, Minh","Ủy viên, ""Ban A"""\n'
    assert [(o.name, o.title) for o in importers.parse_officials_csv(quoted, "q.csv")] == [
        ("Lê, Minh", 'Ủy viên, "Ban A"')]


@pytest.mark.parametrize(("text", "field", "char"), [
    ("Trần \u202eHưng,Ủy viên", "name", "U+202E"), ("A,Ủy \u2067viên", "title", "U+2067"),
    ("Trần\u200fHưng,", "name", "U+200F"), ("Trần\x7fHưng,", "name", "U+007F"),
    ("Trần\u2028Hưng,", "name", "U+2028"), ("Trần\ue000,", "name", "U+E000"),
])
def test_characters_that_deceive_or_cannot_print_are_refused_by_line_and_field(
    text: str, field: str, char: str
) -> None:
    with pytest.raises(ValidationError) as info:
        importers.parse_officials_csv(f"name,title\nBùi Ba,\n{text}\n", "o.csv")
    assert (info.value.line, info.value.field, info.value.values["char"]) == (3, field, char)
    assert english(info.value).startswith(f"o.csv, line 3, field {field}: holds the character "
                                          f"{char} (a control, invisible or direction-changing")
    assert f"có ký tự {char}" in words.describe(info.value, Lang.VI)


def test_a_tab_inside_a_name_is_a_space_and_vietnamese_letters_pass() -> None:
    text = "name,title\nNguyễn\tThị  Ỹ ,Phó Bí thư\u00a0Tỉnh ủy\n"
    assert [(o.name, o.title) for o in importers.parse_officials_csv(text, "o.csv")] == [
        ("Nguyễn Thị Ỹ", "Phó Bí thư Tỉnh ủy")]


def test_the_limits_hold_at_their_edge_and_are_said_when_passed() -> None:
    edge = "x" * limits.CELL_CHARS
    assert importers.parse_officials_csv(f"name,title\n{edge},\n", "o.csv")[0].name == edge
    with pytest.raises(ValidationError) as info:
        importers.parse_officials_csv(f"name,title\n{edge}x,\n", "o.csv")
    assert english(info.value) == ("o.csv, line 2, field name: the cell holds more than "
                                   f"{limits.CELL_CHARS} characters")
    many = "name,title\n" + "".join(f"Người {i},\n" for i in range(limits.OFFICIALS))
    assert len(importers.parse_officials_csv(many, "o.csv")) == limits.OFFICIALS
    with pytest.raises(ValidationError) as info:
        importers.parse_officials_csv(many + "Người thừa,\n", "o.csv")
    assert english(info.value) == f"o.csv, line {limits.OFFICIALS + 2}: at most 500 officials, " \
        "not 501"
    rows = "name,title\nA,\n" + "\n" * (limits.ROWS - 3)
    assert len(importers.parse_officials_csv(rows + "B,\n", "o.csv")) == 2
    with pytest.raises(ValidationError) as info:
        importers.parse_officials_csv(rows + "\nB,\n", "o.csv")
    assert english(info.value) == (f"o.csv, line {limits.ROWS + 1}: the list has more than "
                                   f"{limits.ROWS} lines (the header and blank lines included)")
    data = b"name,title\nA,\n" + (b" " * 9_999 + b"\n") * 1_048
    data += b" " * (limits.FILE_BYTES - len(data))  # blank lines of spaces, to the limit
    assert len(data) == limits.FILE_BYTES
    assert len(importers.parse_officials_file(data, "o.csv")) == 1
    with pytest.raises(ValidationError) as info:
        importers.parse_officials_file(data + b" ", "o.csv")
    assert english(info.value) == ("o.csv: the file is larger than 10 MB, the limit for a list "
                                   "of officials")


def test_a_sheet_reads_to_its_limits_and_no_further() -> None:
    last = f"{xlsx.column_letters(limits.FIELDS - 1)}{limits.ROWS}"
    assert last == "CV2000"
    edge = hostile.one_cell_book(f'<row r="{limits.ROWS}">{hostile.inline(last, "x")}</row>')
    rows = xlsx.read_first_sheet(edge, "e.xlsx")
    assert len(rows) == limits.ROWS and rows[-1] == [""] * (limits.FIELDS - 1) + ["x"]
    for ref, code in ((f"CW{limits.ROWS}", "xlsx_column_too_far"),
                      (f"A{limits.ROWS + 1}", "officials_rows_too_many"),
                      ("A1048576", "officials_rows_too_many"), ("A10485760", "xlsx_cell_ref")):
        row = ref.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        book = hostile.one_cell_book(f'<row r="{row}">{hostile.inline(ref, "x")}</row>')
        with pytest.raises(ValidationError) as info:
            xlsx.read_first_sheet(book, "e.xlsx")
        assert (info.value.code, info.value.line) == (code, int(row)), ref
    empty_far = hostile.one_cell_book('<row r="1048576"><c r="XFD1048576" s="1"/></row>')
    assert xlsx.read_first_sheet(empty_far, "e.xlsx") == [["name", "title"]]


def test_excel_shared_strings_phonetic_runs_and_row_gaps_are_read_as_they_stand() -> None:
    strings = (f'<sst xmlns="{hostile.MAIN}"><si><t>name</t></si><si><r><t>Lê </t></r><r><t>'
               "Minh</t></r><rPh><t>れ</t></rPh></si></sst>")
    sheet = hostile.sheet_xml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
                              '<row r="4"><c r="A4" t="s"><v> 1 </v></c></row>')
    book = hostile.shared_book(sheet=sheet, strings=strings)
    assert xlsx.read_first_sheet(book, "s.xlsx") == [["name"], [], [], ["Lê Minh"]]
    assert importers.parse_officials_file(hostile.shared_book(), "s.xlsx")[1].name == \
        "Nguyễn Thị Thu Hà"
    stored = hostile.shared_book(method=zipfile.ZIP_STORED)
    assert len(importers.parse_officials_file(stored, "s.xlsx")) == 3


def test_a_password_protected_workbook_is_said_so_not_an_old_xls() -> None:
    ole = importers.OLE_MAGIC + bytes(500) + importers.ENCRYPTED_PACKAGE + bytes(100)
    with pytest.raises(ValidationError) as info:
        importers.parse_officials_file(ole, "secret.xlsx")
    assert english(info.value) == ("secret.xlsx: the workbook is encrypted (it has a password); "
                                   "save it again without one")


def test_a_huge_file_is_not_read_whole() -> None:
    asked: list[int] = []

    class Endless:
        def read(self, size: int = -1) -> bytes:
            asked.append(size)
            return b"n" * size

    with pytest.raises(ValidationError) as info:
        importers.read_officials(Endless(), "big.csv")  # type: ignore[arg-type]
    assert info.value.code == "file_too_large" and asked == [limits.FILE_BYTES + 1]


def test_the_readme_states_every_limit() -> None:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("### Limits of imported files"):]
    section = section[:section.index("\n#")]
    for figure in (f"{limits.FILE_MEGABYTES} MB", f"{limits.UNZIPPED_MEGABYTES} MB",
                   f"{limits.XML_ELEMENTS:,}", f"{limits.ROWS:,}", f"{limits.FIELDS}",
                   f"{limits.LINE_CHARS:,}", f"{limits.CELL_CHARS:,}", f"{limits.OFFICIALS}",
                   "import_limits.py", "fuzz_officials"):
        assert figure in section, figure


def test_a_short_fuzz_of_the_seeds_ends_in_no_traceback() -> None:
    from tests.bench import fuzz_officials

    seeds = hostile.seeds()
    outcomes = [fuzz_officials.run_case(seeds, number, base=7)[1] for number in range(400)]
    assert [o for o in outcomes if o.startswith("traceback:")] == []
    assert {o.split(":")[0] for o in outcomes} == {"refused", "accepted"}
