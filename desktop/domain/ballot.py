"""A paper ballot as keyed: one row state per official, or a whole-ballot invalid reason.

Row states are small integers: a level 1..k, ``BLANK`` (no box marked) or ``MULTIPLE`` (several
boxes, or unreadable). As text (the command line, the audit log) each row is one character:
``1``..``9`` a level, ``0`` blank, ``x`` multiple.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from desktop.domain import decode
from desktop.errors import ValidationError

MAX_BALLOT_NUMBER = 10**9  # far above any count's ballots (a count has at most 1,000,000)
BLANK = 0
MULTIPLE = 10
MULTIPLE_CHARS = ("x", "X", "*")


class BallotStatus(StrEnum):
    VALID = "valid"
    INVALID = "invalid"
    VOIDED = "voided"  # a keying correction: the record no longer counts


class InvalidReason(StrEnum):
    """Why a whole ballot is invalid; the catalogue says each as ``reason.<value>``."""

    NOT_ISSUED = "not_issued"  # not the official form or seal
    NAME_CROSSED_OUT = "name_crossed_out"
    NAME_ADDED = "name_added"  # a name or other text added
    IDENTIFIABLE = "identifiable"
    OTHER = "other"  # with a note
    INVALID_ROW = "invalid_row"  # policy: a blank or multiple row voids the whole ballot
    # an election ballot the program itself finds invalid (domain.election.verdict)
    TOO_MANY_KEPT = "too_many_kept"
    ALL_STRUCK = "all_struck"


# the reasons a person keys; the others are the program's own verdicts on the rows keyed
ELECTION_VERDICTS = frozenset({InvalidReason.TOO_MANY_KEPT, InvalidReason.ALL_STRUCK})
VERDICTS = ELECTION_VERDICTS | {InvalidReason.INVALID_ROW}
KEYABLE_REASONS = tuple(r for r in InvalidReason if r not in VERDICTS)


def parse_reason(text: str, note: str = "") -> InvalidReason:
    try:
        reason = InvalidReason(text.strip().lower())
    except ValueError:
        raise ValidationError("reason_unknown", field="REASON", text=text,
                              choices=", ".join(r.value for r in KEYABLE_REASONS)) from None
    if reason in VERDICTS:
        raise ValidationError("reason_not_keyable", field="REASON", reason=reason.value)
    if reason is InvalidReason.OTHER and not note.strip():
        raise ValidationError("reason_other_needs_note", field="NOTE")
    return reason


def is_level(state: int) -> bool:
    return 1 <= state <= 9


def parse_codes(codes: str, officials: int, levels: int) -> tuple[int, ...]:
    """``"11x03"`` → row states; every error names the position and the character."""
    text = codes.strip()
    if len(text) != officials:
        raise ValidationError("codes_length", field="CODES", expected=officials, got=len(text))
    marks = []
    for position, char in enumerate(text, start=1):
        if char == "0":
            marks.append(BLANK)
        elif char in MULTIPLE_CHARS:
            marks.append(MULTIPLE)
        elif char.isdigit() and char.isascii() and 1 <= int(char) <= levels:
            marks.append(int(char))
        else:
            raise ValidationError("codes_character", field="CODES", position=position,
                                  char=char, levels=levels)
    return tuple(marks)


def format_codes(marks: tuple[int, ...]) -> str:
    return "".join("0" if m == BLANK else "x" if m == MULTIPLE else str(m) for m in marks)


def grouped_codes(codes: str) -> str:
    """``"11121 11x01 …"``: the row codes in groups of five, as read off the paper."""
    return " ".join(codes[i:i + 5] for i in range(0, len(codes), 5))


@dataclass(frozen=True)
class Ballot:
    """One ballot record. ``status`` is the effective status under the count's policy."""

    number: int
    status: BallotStatus
    marks: tuple[int, ...] = ()
    reason: InvalidReason | None = None
    note: str = ""
    stack: str = ""
    void_reason: str = ""  # why the entry was voided (its event carries it, not to_dict)

    @property
    def counts(self) -> bool:
        return self.status is not BallotStatus.VOIDED

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "status": self.status.value,
            "marks": format_codes(self.marks),
            "reason": self.reason.value if self.reason else None,
            "note": self.note,
            "stack": self.stack,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], levels: int = 9) -> Ballot:
        marks = str(data.get("marks") or "")
        return cls(
            number=decode.whole(data["number"], 1, MAX_BALLOT_NUMBER),
            status=BallotStatus(data["status"]),
            marks=parse_codes(marks, len(marks), levels) if marks else (),
            reason=InvalidReason(data["reason"]) if data.get("reason") else None,
            note=str(data.get("note") or ""),
            stack=str(data.get("stack") or ""),
        )


def same_reading(first: Ballot, second: Ballot) -> bool:
    """Two entries of one paper agree when status, rows and reason agree (a note is words,
    not a reading). Compare records built under the count's policy, never raw input: with
    "an invalid row voids the ballot" the same rows make an invalid record."""
    return (first.status, first.marks, first.reason) == (second.status, second.marks,
                                                         second.reason)


def keyed(
    number: int, marks: tuple[int, ...], *, invalid_row_voids_ballot: bool, stack: str = "",
    verdict: InvalidReason | None = None,
) -> Ballot:
    """A ballot whose rows were keyed; the policy decides whether a bad row voids it all, and
    ``verdict`` is the program's own on an election ballot's rows (too many names kept)."""
    if verdict is not None:
        return Ballot(number, BallotStatus.INVALID, marks, verdict, "", stack)
    if invalid_row_voids_ballot and any(not is_level(m) for m in marks):
        return Ballot(number, BallotStatus.INVALID, marks, InvalidReason.INVALID_ROW, "", stack)
    return Ballot(number, BallotStatus.VALID, marks, None, "", stack)


def invalid(number: int, reason: InvalidReason, note: str = "", stack: str = "") -> Ballot:
    return Ballot(number, BallotStatus.INVALID, (), reason, note.strip(), stack)


@dataclass(frozen=True)
class KeyedInput:
    """A ballot as keyed, before it has a number: one state per row."""

    marks: tuple[int, ...]
    stack: str = ""


@dataclass(frozen=True)
class InvalidInput:
    """A whole ballot keyed as invalid, before it has a number."""

    reason: InvalidReason
    note: str = ""
    stack: str = ""


BallotInput = KeyedInput | InvalidInput
