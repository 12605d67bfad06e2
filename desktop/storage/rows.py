"""Conversions between table rows and domain objects, shared by the repository.

Reading is the one decoding layer between the file and the domain: every row read is checked
against its table's declared columns (COLUMNS: a whole number within bounds, a text, a flag,
one of an enum's values, a JSON object of bounded size and depth), and the domain objects are
built from it under ``Place.reading``. A row that an outside editor or a failing disk has
damaged is a ``StorageError`` (``file_row_damaged``) naming the file, table, row and column and
what is wrong, never a KeyError, a JSONDecodeError or a RecursionError further on.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlite_utils import Database

from desktop.domain import audit, decode
from desktop.domain.audit import Event
from desktop.domain.ballot import MAX_BALLOT_NUMBER, Ballot, BallotStatus, InvalidReason
from desktop.domain.count import CommitteeMember, CountDefinition, Numbers, Official, Role
from desktop.domain.election import ElectionSetup
from desktop.domain.handtally import HandTally
from desktop.domain.rules import RuleSet
from desktop.domain.stacks import MAX_STACK, Stack
from desktop.domain.tables import MergedTable, TableInfo
from desktop.domain.words import Term
from desktop.errors import StorageError, ValidationError

INT64 = 2**63 - 1

Decoder = Callable[[object], object]  # a column's stored value → its value, or ValidationError


def _integer(low: int = -INT64, high: int = INT64) -> Decoder:
    return lambda value: decode.whole(value, low, high)


def _or_none(decoder: Decoder) -> Decoder:
    return lambda value: None if value is None else decoder(value)


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise ValidationError("stored_not_text")
    return value


def _choice(kind: type[StrEnum]) -> Decoder:
    def decoder(value: object) -> object:
        if value not in kind._value2member_map_:
            raise ValidationError("stored_not_choice", value=decode.shown(value),
                                  choices=", ".join(k.value for k in kind))
        return kind(str(value))
    return decoder


_WHOLE, _NUMBER, _FLAG = _integer(0), _or_none(_integer()), _integer(0, 1)
_TEXT_OR_NONE = _or_none(_text)

COLUMNS: dict[str, dict[str, Decoder]] = {
    "count_info": {
        "title": _text, "body": _text, "sitting": _text, "place": _text, "date": _text,
        "rules": decode.json_object, "timezone": _text, "copies": _NUMBER,
        "document_number": _text, "election": _or_none(decode.json_object),
        **dict.fromkeys(("members", "summoned", "present", "issued", "collected"), _NUMBER)},
    "officials": {"position": _WHOLE, "name": _text, "title": _text, "excluded": _FLAG,
                  "exclusion_reason": _text},
    "committee": {"position": _WHOLE, "name": _text, "role": _choice(Role), "post": _text},
    "ballots": {"number": _integer(1, MAX_BALLOT_NUMBER), "stack": _text,
                "status": _choice(BallotStatus), "reason": _or_none(_choice(InvalidReason)),
                "note": _text, "void_reason": _text},
    "stacks": {"name": _text, "expected": _integer(1, MAX_STACK), "closed": _FLAG,
               "close_reason": _text, "operator": _text},
    "hand_tallies": {"stack": _text, "data": decode.json_object},
    "table_info": {"name": _text, "master_key": _text},
    "merged_tables": {"name": _text, "content_hash": _text, "first_number": _WHOLE,
                      "last_number": _WHOLE, "ballots": _WHOLE},
    "events": {"kind": _text, "at": _TEXT_OR_NONE, "data": decode.json_object,
               "prev_hash": _text, "hash": _text},
}


@dataclass(frozen=True)
class Place:
    """Where a stored value is: the file's name, the table, the row (its key)."""

    file: str
    table: str
    row: object

    def damaged(self, column: str, problem: Term) -> StorageError:
        return StorageError("file_row_damaged", name=self.file, table=self.table,
                            row=self.row, column=column, problem=problem)

    @contextlib.contextmanager
    def reading(self, column: str | None = None) -> Iterator[None]:
        """Building domain objects from the row's values: a ``from_dict`` on data of the
        wrong shape, or a domain object refusing a value, is the row's damage (in ``column``,
        or the one the domain's ValidationError names)."""
        try:
            yield
        except decode.DAMAGE_ERRORS as exc:
            field = exc.field if isinstance(exc, ValidationError) else None
            raise self.damaged(column or field or "?", decode.problem_of(exc)) from exc


def read(file: str, table: str, row: Mapping[str, Any], key: str = "id") -> dict[str, Any]:
    """The row with each declared column decoded (JSON parsed), or StorageError naming the
    first column that is not what its table declares."""
    place = Place(file, table, row.get(key))
    out = dict(row)
    for column, decoder in COLUMNS[table].items():
        if column in out:
            with place.reading(column):
                out[column] = decoder(out[column])
    return out


# -- reading: rows → domain objects ------------------------------------------------------------
def definition(file: str, info: Mapping[str, Any], officials: list[Mapping[str, Any]],
               committee: list[Mapping[str, Any]]) -> CountDefinition:
    row = read(file, "count_info", info)
    people = [read(file, "officials", r) for r in officials]
    members = [read(file, "committee", r) for r in committee]
    place = Place(file, "count_info", row["id"])
    with place.reading("rules"):
        rules = RuleSet.from_dict(row["rules"])
    with place.reading("election"):
        election = (None if row.get("election") is None
                    else ElectionSetup.from_dict(row["election"]))
    with place.reading():  # the definition's own checks name their column
        return CountDefinition(
            title=row["title"], rules=rules, body=row["body"], sitting=row["sitting"],
            place=row["place"], date=row["date"], timezone=row["timezone"],
            copies=row["copies"], document_number=row["document_number"],
            election=election,
            officials=tuple(Official(r["name"], r["title"], bool(r["excluded"]),
                                     r["exclusion_reason"]) for r in people),
            committee=tuple(CommitteeMember(r["name"], r["role"], r["post"])
                            for r in members))


def numbers(file: str, info: Mapping[str, Any]) -> Numbers:
    row = read(file, "count_info", info)
    with Place(file, "count_info", row["id"]).reading():
        return Numbers.from_dict(row)


def event(file: str, row: Mapping[str, Any]) -> Event:
    r = read(file, "events", row, key="seq")
    return Event(r["seq"], r["kind"], r["data"], r["at"], r["prev_hash"], r["hash"])


def ballot(file: str, row: Mapping[str, Any], marks: tuple[int, ...]) -> Ballot:
    r = read(file, "ballots", row)
    return Ballot(number=r["number"], status=r["status"], marks=marks, reason=r["reason"],
                  note=r["note"], stack=r["stack"], void_reason=r["void_reason"])


def check_mark(file: str, ballot_id: object, official_id: object, state: object,
               states: frozenset[int]) -> None:
    """A stored mark's state is one of the scale's (a level, blank, multiple)."""
    if state not in states:
        raise Place(file, "marks", f"{ballot_id}/{official_id}").damaged(
            "state", Term("stored_not_choice", {"value": decode.shown(state), "choices": ", ".join(
                map(str, sorted(states)))}))


def unknown_official(file: str, ballot_id: object, official_id: object) -> StorageError:
    return Place(file, "marks", f"{ballot_id}/{official_id}").damaged(
        "official_id", Term("stored_no_official", {"value": decode.shown(official_id)}))


def stack(file: str, row: Mapping[str, Any]) -> Stack:
    r = read(file, "stacks", row)
    return Stack(r["name"], r["expected"], bool(r["closed"]), r["close_reason"], r["operator"])


def hand_tally(file: str, row: Mapping[str, Any]) -> HandTally:
    r = read(file, "hand_tallies", row)
    with Place(file, "hand_tallies", r["id"]).reading("data"):
        return HandTally.from_dict(r["data"])


def table_info(file: str, row: Mapping[str, Any]) -> TableInfo:
    r = read(file, "table_info", row)
    return TableInfo(r["name"], r["master_key"])


def merged_table(file: str, row: Mapping[str, Any]) -> MergedTable:
    r = read(file, "merged_tables", row)
    return MergedTable(r["name"], r["content_hash"], r["first_number"], r["last_number"],
                       r["ballots"])


# -- writing: domain objects → rows ------------------------------------------------------------
def meeting(d: CountDefinition) -> dict[str, Any]:
    return {"title": d.title, "body": d.body, "sitting": d.sitting, "place": d.place,
            "date": d.date, "rules": audit.canonical_json(d.rules.to_dict()),
            "timezone": d.timezone, "copies": d.copies, "document_number": d.document_number,
            "election": None if d.election is None else audit.canonical_json(
                d.election.to_dict())}


def insert_definition(db: Database, d: CountDefinition, numbers: Numbers) -> None:
    db.table("count_info").insert({"id": 1, **meeting(d), **numbers.to_dict()})
    write_officials(db, d)
    write_committee(db, d)


def write_officials(db: Database, d: CountDefinition) -> None:
    """Replace the list of officials: only while no ballot refers to them."""
    db.execute("DELETE FROM officials")
    db.table("officials").insert_all(
        {"position": i, "name": o.name, "title": o.title, "excluded": int(o.excluded),
         "exclusion_reason": o.exclusion_reason}
        for i, o in enumerate(d.officials, start=1))


def write_committee(db: Database, d: CountDefinition) -> None:
    db.execute("DELETE FROM committee")
    db.table("committee").insert_all(
        {"position": i, "name": m.name, "role": m.role.value, "post": m.post}
        for i, m in enumerate(d.committee, start=1))


def insert_event(db: Database, event: Event) -> None:
    db.execute(
        "INSERT INTO events (seq, kind, at, data, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)",
        [event.seq, event.kind, event.at, audit.canonical_json(event.data),
         event.prev_hash, event.hash])
