"""The audit chain: every change is an event hashed onto the one before it.

``hash = SHA-256(previous hash as hex + canonical JSON of {seq, kind, at, data})``; the hash of
the last event is the count's fingerprint. Replaying the events rebuilds the whole count, which
is how an edit made outside the program is found.

Ballot events carry no wall-clock time (``at`` is null): nothing may link a voter to a ballot.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from desktop.domain import decode, words
from desktop.domain.ballot import Ballot, BallotStatus
from desktop.domain.count import CountDefinition, Numbers
from desktop.domain.handtally import HandTally
from desktop.domain.stacks import Stack
from desktop.domain.tables import MergedTable, TableInfo
from desktop.domain.words import Term
from desktop.errors import ValidationError

GENESIS = "0" * 64


class EventKind(StrEnum):
    COUNT_CREATED = "count_created"
    NUMBERS_SET = "numbers_set"
    BALLOT_RECORDED = "ballot_recorded"
    BALLOT_VOIDED = "ballot_voided"
    BALLOT_EDITED = "ballot_edited"
    DEFINITION_SET = "definition_set"
    STACK_OPENED = "stack_opened"
    STACK_CLOSED = "stack_closed"
    COUNT_CLOSED = "count_closed"
    COUNT_REOPENED = "count_reopened"
    TABLE_ASSIGNED = "table_assigned"
    TABLE_MERGED = "table_merged"
    SPOT_CHECK_STARTED = "spot_check_started"
    SPOT_REKEYED = "spot_rekeyed"
    HAND_TALLY_RECORDED = "hand_tally_recorded"
    DOUBLE_ENTRY_STARTED = "double_entry_started"
    DOUBLE_KEYED = "double_keyed"  # no time: like every ballot event
    DOUBLE_COMPARED = "double_compared"
    DOUBLE_RESOLVED = "double_resolved"
    DOUBLE_DISCARDED = "double_discarded"


@dataclass(frozen=True)
class Event:
    seq: int
    kind: str
    data: dict[str, Any]
    at: str | None = None
    prev_hash: str = GENESIS
    hash: str = ""


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def event_hash(prev_hash: str, seq: int, kind: str, at: str | None, data: dict[str, Any]) -> str:
    body = canonical_json({"seq": seq, "kind": kind, "at": at, "data": data})
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def chain(prev: Event | None, kind: str, data: dict[str, Any], at: str | None = None) -> Event:
    """The next event after ``prev`` (None for the first), with its hash."""
    seq = 1 if prev is None else prev.seq + 1
    prev_hash = GENESIS if prev is None else prev.hash
    return Event(seq, kind, data, at, prev_hash, event_hash(prev_hash, seq, kind, at, data))


def count_fingerprint(chain_head: str, figures: dict[str, Any]) -> str:
    """The fingerprint printed on the minutes: SHA-256 over the head of the audit chain and
    the figures recomputed from the stored ballots. A consistent rewrite of the log changes
    the head; an edit of the ballot tables changes the figures: either way an old printout
    no longer matches the file."""
    body = "kiemphieu-fingerprint-1\n" + chain_head + "\n" + canonical_json(figures)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def format_fingerprint(digest: str) -> str:
    """``"ab12cd34…"`` → ``"AB12 CD34 …"``: easy to read aloud and compare on paper."""
    text = digest.upper()
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def problem(code: str, **values: object) -> Term:
    """What verification found wrong: a code with values (the catalogue has the words)."""
    return Term(code, values)


def kind_term(kind: str) -> object:
    """An event kind as words, when the catalogue knows it (a forged kind stays as written)."""
    return Term(f"event.{kind}") if words.has(f"event.{kind}") else kind


@contextlib.contextmanager
def reading(event: Event) -> Iterator[dict[str, Any]]:
    """An event's data as a fold of the log reads it (replay, closure, spot check, double
    entry, the minutes' corrections): data of the wrong shape, or refused by the domain
    object it makes, is a ValidationError naming the event and what is wrong."""
    try:
        yield event.data
    except decode.DAMAGE_ERRORS as exc:
        raise ValidationError("event_damaged", seq=event.seq, kind=kind_term(event.kind),
                              problem=decode.problem_of(exc)) from exc


def verify_chain(events: list[Event]) -> list[Term]:
    """Problems with the chain itself: gaps, broken links, hashes that do not match."""
    problems = []
    prev_hash = GENESIS
    for expected_seq, event in enumerate(events, start=1):
        if event.seq != expected_seq:
            problems.append(problem("chain_gap", expected=expected_seq, found=event.seq))
            return problems
        if event.prev_hash != prev_hash:
            problems.append(problem("chain_link_broken", seq=event.seq,
                                    kind=kind_term(event.kind)))
        if event_hash(event.prev_hash, event.seq, event.kind, event.at, event.data) != event.hash:
            problems.append(problem("chain_hash_mismatch", seq=event.seq,
                                    kind=kind_term(event.kind)))
        prev_hash = event.hash
    return problems


@dataclass
class Replay:
    """The count as the audit log says it is."""

    definition: CountDefinition | None = None
    numbers: Numbers = field(default_factory=Numbers)
    ballots: dict[int, Ballot] = field(default_factory=dict)
    stacks: dict[str, Stack] = field(default_factory=dict)
    table: TableInfo | None = None
    hand_tallies: dict[str, HandTally] = field(default_factory=dict)
    merged: list[MergedTable] = field(default_factory=list)
    problems: list[Term] = field(default_factory=list)


def replay(events: list[Event]) -> Replay:
    state = Replay()
    for event in events:
        try:
            with reading(event):
                _apply(state, event)
        except ValidationError as exc:
            state.problems.append(problem("event_unreadable", seq=event.seq,
                                          kind=kind_term(event.kind),
                                          error=exc.values["problem"]))
    return state


def _apply(state: Replay, event: Event) -> None:
    data = event.data
    kind = event.kind
    if kind == EventKind.COUNT_CREATED:
        if state.definition is not None:
            state.problems.append(problem("event_second_creation", seq=event.seq))
        state.definition = CountDefinition.from_dict(data["definition"])
        state.numbers = Numbers.from_dict(data["numbers"])
        return
    if state.definition is None:
        state.problems.append(problem("event_before_creation", seq=event.seq,
                                       kind=kind_term(kind)))
        return
    levels = state.definition.rules.levels
    if kind == EventKind.NUMBERS_SET:
        state.numbers = state.numbers.updated(**data["changes"])
    elif kind == EventKind.DEFINITION_SET:
        state.definition = CountDefinition.from_dict(data["definition"])
    elif kind == EventKind.STACK_OPENED:
        stack = Stack.from_dict(data)
        state.stacks[stack.name] = stack
    elif kind == EventKind.STACK_CLOSED:
        old_stack = state.stacks[str(data["name"])]
        state.stacks[old_stack.name] = replace(
            old_stack, closed=True, close_reason=str(data.get("reason") or ""))
    elif kind == EventKind.BALLOT_RECORDED:
        ballot = Ballot.from_dict(data, levels)
        if ballot.number in state.ballots:
            state.problems.append(problem("event_ballot_twice", seq=event.seq,
                                          number=ballot.number))
        state.ballots[ballot.number] = ballot
    elif kind in (EventKind.BALLOT_VOIDED, EventKind.BALLOT_EDITED):
        number = int(data["number"])
        old = state.ballots.get(number)
        if old is None:
            state.problems.append(problem("event_unknown_ballot", seq=event.seq, number=number))
            return
        if kind == EventKind.BALLOT_VOIDED:
            state.ballots[number] = replace(old, status=BallotStatus.VOIDED,
                                            void_reason=str(data["reason"]))
        else:
            state.ballots[number] = Ballot.from_dict(data["ballot"], levels)
    elif kind == EventKind.HAND_TALLY_RECORDED:
        sheet = HandTally.from_dict(data)
        state.hand_tallies[sheet.stack] = sheet
    elif kind == EventKind.TABLE_ASSIGNED:
        state.table = TableInfo(str(data["name"]), str(data["master_key"]))
    elif kind == EventKind.TABLE_MERGED:
        state.merged.append(MergedTable(str(data["name"]), str(data["content_hash"]),
                                        int(data["first"]), int(data["last"]),
                                        int(data["ballots"])))
    elif kind in (EventKind.COUNT_CLOSED, EventKind.COUNT_REOPENED,
                  EventKind.SPOT_CHECK_STARTED, EventKind.SPOT_REKEYED,
                  EventKind.DOUBLE_ENTRY_STARTED, EventKind.DOUBLE_KEYED,
                  EventKind.DOUBLE_COMPARED, EventKind.DOUBLE_RESOLVED,
                  EventKind.DOUBLE_DISCARDED):
        pass  # no table holds it: the log itself is the record (see domain/closing.py)
    else:
        state.problems.append(problem("event_unknown_kind", seq=event.seq, kind=kind))
