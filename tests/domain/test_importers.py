import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain import importers
from desktop.domain.ballot import BLANK, MULTIPLE, InvalidInput, InvalidReason, KeyedInput
from desktop.errors import ValidationError
from tests.helpers import raises_words


def test_officials_csv_with_bom_and_quotes() -> None:
    text = ('\ufeffname,title\r\nTrần Quốc Hưng,"Ủy viên Bộ Chính trị, Bí thư"\r\n\r\n'
            "Lê Thị Ánh,\r\n")
    officials = importers.parse_officials_csv(text, "o.csv")
    assert [(o.name, o.title) for o in officials] == [
        ("Trần Quốc Hưng", "Ủy viên Bộ Chính trị, Bí thư"), ("Lê Thị Ánh", "")]


@pytest.mark.parametrize(("text", "line", "field", "message"), [
    ("", None, None, "empty"),
    ("ten,chuc vu\nA,B\n", 1, "name", "header"),
    ("name,title\nA,B\n,C\n", 3, "name", "name is empty"),
    ("name,title\nA,B,C\n", 2, None, "3 fields"),
    ("name,title\n\n", None, None, "no official"),
])
def test_officials_csv_errors_name_the_line(
    text: str, line: int | None, field: str | None, message: str
) -> None:
    with raises_words(kind=ValidationError, pattern=message) as info:
        importers.parse_officials_csv(text, "o.csv")
    assert (info.value.file, info.value.line, info.value.field) == ("o.csv", line, field)
    assert str(info.value).startswith("o.csv")


def test_ballots_file() -> None:
    text = "# stack A\n1230\n\ninvalid,name_added\nINVALID,other,torn\r\n11xx\n"
    items = importers.parse_ballots(text, 4, 3, "b.csv")
    assert items == [
        KeyedInput((1, 2, 3, BLANK)), InvalidInput(InvalidReason.NAME_ADDED),
        InvalidInput(InvalidReason.OTHER, "torn"), KeyedInput((1, 1, MULTIPLE, MULTIPLE))]


@pytest.mark.parametrize(("text", "line", "field"), [
    ("1111\n111\n", 2, "CODES"),
    ("1111\n1141\n", 2, "CODES"),
    ("1111\ninvalid\n", 2, "REASON"),
    ("1111\ninvalid,smudge\n", 2, "REASON"),
    ("1111\ninvalid,other\n", 2, "NOTE"),
    ("1111,extra\n", 1, None),
    ("1111\n\ufeff1111\n", 2, None),
])
def test_ballot_file_errors_name_line_and_field(text: str, line: int, field: str | None) -> None:
    with pytest.raises(ValidationError) as info:
        importers.parse_ballots(text, 4, 3, "b.csv")
    assert (info.value.file, info.value.line, info.value.field) == ("b.csv", line, field)


def test_decode_refuses_other_encodings_by_name() -> None:
    assert importers.decode("\ufeffname".encode(), "f") == "name"
    with raises_words(kind=ValidationError, pattern="UTF-16"):
        importers.decode("name".encode("utf-16"), "f")
    with raises_words(kind=ValidationError, pattern="not UTF-8") as info:
        importers.decode("name\nNguyên\n".encode("cp1258"), "f")
    assert info.value.line == 2


@settings(max_examples=300)
@given(st.binary(max_size=400))
def test_random_bytes_give_a_validation_error_or_ballots(data: bytes) -> None:
    try:
        items = importers.parse_ballots(importers.decode(data, "f"), 3, 3, "f")
    except ValidationError as exc:
        assert exc.file == "f"
    else:
        assert items


@settings(max_examples=300)
@given(st.text(max_size=300))
def test_random_text_gives_a_validation_error_or_officials(text: str) -> None:
    try:
        officials = importers.parse_officials_csv(text, "f")
    except ValidationError as exc:
        assert exc.file == "f"
    else:
        assert all(o.name for o in officials)
