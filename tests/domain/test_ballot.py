import pytest

from desktop.domain import ballot
from desktop.domain.ballot import BLANK, MULTIPLE, BallotStatus, InvalidReason
from desktop.errors import ValidationError
from tests.helpers import raises_words


def test_codes_round_trip() -> None:
    marks = ballot.parse_codes("1230x*X", 7, 3)
    assert marks == (1, 2, 3, BLANK, MULTIPLE, MULTIPLE, MULTIPLE)
    assert ballot.format_codes(marks) == "1230xxx"


@pytest.mark.parametrize(("codes", "message"), [
    ("123", "expected 4 characters"),
    ("12345", "expected 4 characters"),
    ("1240", "character 3 is “4”"),
    ("12a0", "character 3 is “a”"),
    ("12٣0", "character 3"),  # an Arabic-Indic digit is not a level
])
def test_bad_codes_name_the_position(codes: str, message: str) -> None:
    with raises_words(kind=ValidationError, pattern=message) as info:
        ballot.parse_codes(codes, 4, 3)
    assert info.value.field == "CODES"


def test_policy_decides_whether_a_bad_row_voids_the_ballot() -> None:
    marks = (1, BLANK, 2)
    assert ballot.keyed(1, marks, invalid_row_voids_ballot=False).status is BallotStatus.VALID
    whole = ballot.keyed(1, marks, invalid_row_voids_ballot=True)
    assert whole.status is BallotStatus.INVALID and whole.reason is InvalidReason.INVALID_ROW
    assert ballot.keyed(1, (1, 2, 3), invalid_row_voids_ballot=True).status is BallotStatus.VALID


def test_reasons() -> None:
    assert ballot.parse_reason(" Name_Added ") is InvalidReason.NAME_ADDED
    with raises_words(kind=ValidationError, pattern="unknown invalid-ballot reason"):
        ballot.parse_reason("smudged")
    with raises_words(kind=ValidationError, pattern="needs a note"):
        ballot.parse_reason("other")
    with raises_words(kind=ValidationError, pattern="decided by the program from the rows"):
        ballot.parse_reason("invalid_row")
    assert ballot.parse_reason("other", "torn in half") is InvalidReason.OTHER


def test_ballot_dict_round_trip() -> None:
    b = ballot.Ballot(7, BallotStatus.VALID, (1, BLANK, MULTIPLE, 3), stack="A")
    assert ballot.Ballot.from_dict(b.to_dict(), 3) == b
    i = ballot.invalid(8, InvalidReason.OTHER, " torn ", "B")
    assert ballot.Ballot.from_dict(i.to_dict()) == i and i.note == "torn"
