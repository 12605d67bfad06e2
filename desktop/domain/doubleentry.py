"""Double entry by stack: a stack keyed once is keyed again, blind, by a second operator. When
the second entry holds as many ballots as the first, the two are compared ballot by ballot in
stack order; each difference is decided by the committee with the paper in hand (the first
entry stands, or the second replaces it), and the decision records who made it.

Everything here is folded from the audit log, so the record of a double entry cannot drift
from the log that proves it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, astuple, dataclass, field, replace
from enum import StrEnum
from typing import Any

from desktop.domain.audit import Event, EventKind, reading
from desktop.domain.ballot import Ballot, same_reading
from desktop.domain.checks import Check, Severity
from desktop.domain.stacks import Stack


class Kept(StrEnum):
    FIRST = "first"  # the first entry matches the paper: it stands
    SECOND = "second"  # the second entry matches the paper: it replaces the first


def differing_rows(first: Ballot, second: Ballot) -> tuple[int, ...]:
    """Row indexes (0-based) whose states differ; all rows when only one entry has rows."""
    if len(first.marks) != len(second.marks):
        return tuple(range(max(len(first.marks), len(second.marks))))
    return tuple(i for i, (a, b) in enumerate(zip(first.marks, second.marks, strict=True))
                 if a != b)


@dataclass(frozen=True)
class Resolution:
    position: int  # 1-based place in the stack
    number: int
    kept: Kept
    by: str
    at: str | None = None


@dataclass(frozen=True)
class DoubleEntry:
    """One stack's second entry, as the log records it."""

    stack: str
    operator: str
    numbers: tuple[int, ...]  # the first entry's ballot numbers in stack order, at the start
    keyed: tuple[Ballot, ...] = ()  # the second entry so far; ballot i has number numbers[i]
    differences: tuple[int, ...] | None = None  # positions that differed, once compared
    resolutions: tuple[Resolution, ...] = ()
    started_at: str | None = None
    compared_at: str | None = None

    @property
    def size(self) -> int:
        return len(self.numbers)

    @property
    def compared(self) -> bool:
        return self.differences is not None

    @property
    def next_position(self) -> int | None:
        """The 1-based place of the paper to key next; None when the stack is keyed."""
        return None if len(self.keyed) >= self.size else len(self.keyed) + 1

    @property
    def pending(self) -> list[int]:
        done = {r.position for r in self.resolutions}
        return [p for p in (self.differences or ()) if p not in done]

    @property
    def settled(self) -> bool:
        """Keyed twice, compared, every difference decided."""
        return self.compared and not self.pending

    def number_at(self, position: int) -> int:
        return self.numbers[position - 1]

    def second_at(self, position: int) -> Ballot:
        return self.keyed[position - 1]

    def kept(self, which: Kept) -> int:
        return sum(1 for r in self.resolutions if r.kept is which)


def compare(entry: DoubleEntry, first: dict[int, Ballot]) -> tuple[int, ...]:
    """Positions where the second entry differs from the first as stored now (a first-entry
    ballot voided since counts as a difference)."""
    out = []
    for position, second in enumerate(entry.keyed, start=1):
        stored = first.get(second.number)
        if stored is None or not stored.counts or not same_reading(stored, second):
            out.append(position)
    return tuple(out)


@dataclass
class DoubleEntryBook:
    """The current second entry of each stack (a discarded one is gone from here, not from
    the log)."""

    levels: int
    entries: dict[str, DoubleEntry] = field(default_factory=dict)
    # ballots of a compared stack changed afterwards other than by a decision: number → stack
    changed_after: dict[int, str] = field(default_factory=dict)

    def ballot_changed(self, number: int) -> None:
        """A ballot was voided or re-keyed: if its stack was already compared, the two
        entries no longer vouch for it (a decision that takes the second entry clears it)."""
        for entry in self.entries.values():
            if entry.compared and number in entry.numbers:
                self.changed_after[number] = entry.stack

    @classmethod
    def from_events(cls, events: Iterable[Event], levels: int) -> DoubleEntryBook:
        book = cls(levels)
        for event in events:
            book.apply(event)
        return book

    def apply(self, event: Event) -> None:
        with reading(event):
            self._apply(event)

    def _apply(self, event: Event) -> None:
        data = event.data
        kind = event.kind
        if kind in (EventKind.BALLOT_EDITED, EventKind.BALLOT_VOIDED):
            self.ballot_changed(int(data["number"]))
            return
        if kind == EventKind.DOUBLE_ENTRY_STARTED:
            self.entries[str(data["stack"])] = DoubleEntry(
                str(data["stack"]), str(data["operator"]),
                tuple(int(n) for n in data["numbers"]), started_at=event.at)
            return
        entry = self.entries.get(str(data.get("stack", "")))
        if entry is None:
            return
        if kind == EventKind.DOUBLE_KEYED:
            ballot = Ballot.from_dict(data["ballot"], self.levels)
            self.entries[entry.stack] = replace(entry, keyed=(*entry.keyed, ballot))
        elif kind == EventKind.DOUBLE_COMPARED:
            self.entries[entry.stack] = replace(
                entry, differences=tuple(int(p) for p in data["differences"]),
                compared_at=event.at)
        elif kind == EventKind.DOUBLE_RESOLVED:
            resolution = Resolution(int(data["position"]), int(data["number"]),
                                    Kept(data["kept"]), str(data["by"]), event.at)
            self.changed_after.pop(resolution.number, None)
            self.entries[entry.stack] = replace(
                entry, resolutions=(*entry.resolutions, resolution))
        elif kind == EventKind.DOUBLE_DISCARDED:
            del self.entries[entry.stack]
            self.changed_after = {n: s for n, s in self.changed_after.items()
                                  if s != entry.stack}

    def summary(self) -> DoubleSummary:
        done = [e for e in self.entries.values() if e.compared]
        return DoubleSummary(
            stacks=len(done), ballots=sum(e.size for e in done),
            differences=sum(len(e.differences or ()) for e in done),
            kept_first=sum(e.kept(Kept.FIRST) for e in done),
            kept_second=sum(e.kept(Kept.SECOND) for e in done),
            pending=sum(len(e.pending) for e in done))


@dataclass(frozen=True)
class DoubleSummary:
    """What the minutes say about double entry."""

    stacks: int = 0
    ballots: int = 0
    differences: int = 0
    kept_first: int = 0
    kept_second: int = 0
    pending: int = 0

    @property
    def resolved(self) -> int:
        return self.kept_first + self.kept_second

    def __add__(self, other: DoubleSummary) -> DoubleSummary:
        return DoubleSummary(*(a + b for a, b in zip(astuple(self), astuple(other),
                                                     strict=True)))


def verification_record(summary: DoubleSummary, keyed_stacks: int) -> dict[str, int]:
    """What a table's file says of its double entry, carried in the merge event so the
    master's minutes count the tables' stacks too."""
    return {**asdict(summary), "keyed_stacks": keyed_stacks}


def from_verification(data: dict[str, Any]) -> tuple[DoubleSummary, int]:
    fields = {k: int(data.get(k, 0)) for k in asdict(DoubleSummary())}
    return DoubleSummary(**fields), int(data.get("keyed_stacks", 0))


DOUBLE_ENTRY_EVENTS = (EventKind.DOUBLE_ENTRY_STARTED, EventKind.DOUBLE_KEYED,
                       EventKind.DOUBLE_COMPARED, EventKind.DOUBLE_RESOLVED,
                       EventKind.DOUBLE_DISCARDED, EventKind.BALLOT_EDITED,
                       EventKind.BALLOT_VOIDED)


def run_checks(book: DoubleEntryBook, required: bool, keyed_stacks: list[Stack],
               unstacked: int) -> list[Check]:
    """Undecided differences always block closing; with the rule "double entry required",
    so does every keyed stack (stacks.keyed_by_ballot) not yet keyed twice, and every ballot
    keyed outside a stack."""
    out: list[Check] = []
    for keyed_twice in book.entries.values():
        if keyed_twice.pending:
            out.append(Check("double_entry_undecided", Severity.ERROR, {
                "stack": keyed_twice.stack, "pending": len(keyed_twice.pending)}))
    for number, stack_name in sorted(book.changed_after.items()):
        out.append(Check("double_entry_changed_after", Severity.WARNING,
                         {"number": number, "stack": stack_name}))
    severity = Severity.ERROR if required else Severity.WARNING
    for stack in keyed_stacks:
        entry = book.entries.get(stack.name)
        if entry is not None and entry.compared:
            continue
        if entry is None:
            if required:
                out.append(Check("stack_not_double_keyed", severity, {"stack": stack.name}))
            continue
        out.append(Check("stack_double_keying_unfinished", severity, {
            "stack": stack.name, "done": len(entry.keyed), "size": entry.size}))
    if required and unstacked:
        out.append(Check("ballots_outside_stacks", Severity.ERROR, {"ballots": unstacked}))
    return out
