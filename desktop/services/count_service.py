"""Use cases on an open count, all through one commit path: each is validated, then
``commit`` writes the change and its audit event in one transaction, brings the live state up
to date, and announces it once through ``changed`` with a ChangeSet that says what changed."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from desktop.domain import ballot as ballots
from desktop.domain import closing, doubleentry, spotcheck
from desktop.domain import stacks as stacks_
from desktop.domain.audit import Event, EventKind
from desktop.domain.ballot import (
    Ballot,
    BallotInput,
    BallotStatus,
    InvalidInput,
    InvalidReason,
    KeyedInput,
)
from desktop.domain.count import CountDefinition, Numbers
from desktop.domain.handtally import HandTally
from desktop.domain.stacks import Stack
from desktop.domain.tables import MergedTable, TableInfo
from desktop.domain.words import Term
from desktop.errors import StorageError, ValidationError
from desktop.services import safety
from desktop.services.count_reader import ChangeSet, CountReader
from desktop.storage.repository import CountFile

__all__ = ["ChangeSet", "CountService"]

T = TypeVar("T")


class CountService(CountReader):
    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def create(
        cls, path: Path | str, definition: CountDefinition, numbers: Numbers
    ) -> CountService:
        problems = numbers.ordering_problems()
        if problems:
            small, large = problems[0]
            raise ValidationError("number_order", field=small, small=Term(f"number.{small}"),
                                  large=Term(f"number.{large}"), a=numbers.get(small),
                                  b=numbers.get(large))
        count = CountFile.create(path, definition, numbers)
        lock = safety.WriterLock(count.path)
        if not lock.acquire():
            count.close()
            raise StorageError("file_held", name=count.path.name, holder=lock.holder())
        return cls(count, lock=lock)

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False,
             fallback_read_only: bool = False) -> CountService:
        """Open for writing with the one-writer lock; when another program holds it, open
        read-only (``fallback_read_only``, the window) or refuse (the command line)."""
        path = Path(path)
        if read_only:
            return cls(CountFile.open(path, read_only=True))
        lock = safety.WriterLock(path)
        if not lock.acquire():
            holder = lock.holder()
            if not fallback_read_only:
                raise StorageError("file_held", name=path.name, holder=holder)
            return cls(CountFile.open(path, read_only=True), held_by=holder)
        try:
            return cls(CountFile.open(path), lock=lock)
        except BaseException:
            lock.release()
            raise

    # -- the one commit path ---------------------------------------------------------------
    def commit(self, write: Callable[[CountFile], T], apply: Callable[[T], ChangeSet]) -> T:
        """Every change goes through here. ``write`` stores the change and its events (one
        transaction: all of it or nothing); the events then update what the log alone
        records (closure, spot check, double entry, merged tables), ``apply`` updates the rest
        of the live state and says what changed, and ``changed`` is emitted exactly once."""
        with self._count.transaction() as written:
            result = write(self._count)
        for event in written:
            self._follow(event)
        change = apply(result)
        self.changed.emit(change)
        return result

    def _follow(self, event: Event) -> None:
        kind = event.kind
        if kind in (EventKind.COUNT_CLOSED, EventKind.COUNT_REOPENED):
            self._closure = closing.follow(self._closure, event)
        elif kind in spotcheck.SPOT_EVENTS:
            self._spot = spotcheck.apply(self._spot, event)
        elif kind == EventKind.TABLE_MERGED:
            self._merged = self._count.merged_tables()
        elif kind == EventKind.TABLE_ASSIGNED:
            self._table = self._count.table_info()
        if kind in doubleentry.DOUBLE_ENTRY_EVENTS:
            self.double_entries.apply(event)

    # -- closing ---------------------------------------------------------------------------
    def close_count(self, acknowledgements: list[closing.Acknowledgement]) -> closing.Closure:
        """Errors block; every warning needs an acknowledgement; then the count is closed."""
        self.require_open()
        checks = self.checks()
        closing.check_closable(checks, acknowledgements)
        acks = [dataclasses.replace(a, warnings=tuple(c.values for c in checks
                                                      if c.code == a.code)).to_dict()
                for a in acknowledgements if any(c.code == a.code for c in checks)]
        self.commit(lambda count: count.log(EventKind.COUNT_CLOSED, {"acknowledged": acks}),
                    lambda _: ChangeSet(closure=True))
        try:
            self.backup_now()
        except StorageError as exc:
            self.backups.error = exc
        return self._closure

    def reopen(self, reason: str) -> closing.Closure:
        if not self._closure.closed:
            raise ValidationError("count_not_closed", field="closed")
        if not reason.strip():
            raise ValidationError("reason_missing_reopen", field="reason")
        self.commit(lambda count: count.log(EventKind.COUNT_REOPENED, {"reason": reason.strip()}),
                    lambda _: ChangeSet(closure=True))
        return self._closure

    # -- the count's definition and numbers ------------------------------------------------
    def update_definition(self, definition: CountDefinition) -> None:
        self.update_setup(definition, self._numbers)

    def update_setup(self, definition: CountDefinition, numbers: Numbers) -> None:
        """What the setup dialog says: the meeting, officials, rules, committee and numbers,
        checked together, written in one transaction, announced once."""
        old = self.definition
        self.require_open()
        fixed_changed = definition.officials != old.officials or definition.rules != old.rules
        if fixed_changed and self.has_ballots:
            raise ValidationError("officials_fixed", field="officials")
        changes = {k: v for k, v in numbers.to_dict().items() if v != self._numbers.get(k)}
        new_numbers = self.check_numbers(**changes)
        if definition == old and not changes:
            return

        def write(count: CountFile) -> None:
            if definition != old:
                count.update_definition(definition)
            if changes:
                count.set_numbers(changes)

        def apply(_: None) -> ChangeSet:
            if fixed_changed:
                self._tally = self._count.load_tally()
            self._numbers = new_numbers
            return ChangeSet(definition=definition != old, numbers=bool(changes))

        self.commit(write, apply)

    def assign_table(self, info: TableInfo) -> None:
        """Mark this (new, empty) file as the file of one counting table of a master count."""
        self.commit(lambda count: count.assign_table(info), lambda _: ChangeSet(tables=True))

    def check_numbers(self, **changes: int | None) -> Numbers:
        """The numbers as they would be after the change; ValidationError if inconsistent."""
        self.require_open()
        new = self._numbers.updated(**changes)
        for small, large in new.ordering_problems():
            raise ValidationError("number_order", field=small if small in changes else large,
                                  small=Term(f"number.{small}"), large=Term(f"number.{large}"),
                                  a=new.get(small), b=new.get(large))
        if new.collected is not None and new.collected < self._entered:
            raise ValidationError("collected_below_entered", field="collected",
                                  entered=self._entered, collected=new.collected)
        return new

    def set_numbers(self, **changes: int | None) -> Numbers:
        changes = {k: v for k, v in changes.items() if v != self._numbers.get(k)}
        new = self.check_numbers(**changes)
        if not changes:
            return self._numbers

        def apply(_: None) -> ChangeSet:
            self._numbers = new
            return ChangeSet(numbers=True)

        self.commit(lambda count: count.set_numbers(changes), apply)
        return new

    # -- stacks ----------------------------------------------------------------------------
    def open_stack(self, name: str, expected: int, operator: str = "") -> Stack:
        current = self.current_stack
        self.require_open()
        if current is not None:
            raise ValidationError("stack_still_open", field="stack", stack=current.name)
        stack = stacks_.new_stack(name, expected, self._stacks, operator)

        def apply(_: None) -> ChangeSet:
            self._stacks.append(stack)
            return ChangeSet(stacks=True)

        self.commit(lambda count: count.open_stack(stack), apply)
        return stack

    def close_stack(self, reason: str = "") -> Stack:
        current = self.current_stack
        self.require_open()
        if current is None:
            raise ValidationError("stack_none_open", field="stack")
        entered = self.stack_entered(current.name)
        reason = reason.strip()
        if entered < current.expected and not reason:
            raise ValidationError("stack_short_needs_reason", field="reason",
                                  stack=current.name, done=entered, expected=current.expected)
        self.commit(lambda count: count.close_stack(current.name, reason),
                    lambda _: self._closed_stack(current, reason))
        return dataclasses.replace(current, closed=True, close_reason=reason)

    def _closed_stack(self, stack: Stack, reason: str) -> ChangeSet:
        self._stacks[self._stacks.index(stack)] = dataclasses.replace(
            stack, closed=True, close_reason=reason)
        return ChangeSet(stacks=True)

    # -- ballots ---------------------------------------------------------------------------
    def record_ballot(self, marks: tuple[int, ...], stack: str = "") -> Ballot:
        return self.record_many([KeyedInput(marks, stack)])[0]

    def record_invalid(self, reason: InvalidReason, note: str = "", stack: str = "") -> Ballot:
        return self.record_many([InvalidInput(reason, note, stack)])[0]

    def record_many(self, items: list[BallotInput],
                    merge_as: tuple[str, str, dict[str, Any]] | None = None) -> list[Ballot]:
        """Save several ballots in one transaction (an import): all of them or none. With
        ``merge_as`` (table name, content hash, what the table's file says of how it was
        verified) they are a counting table's, recorded with the merge itself. The ballot
        that fills the open stack closes it, in the same transaction."""
        self.require_open()
        if not items:
            return []
        collected = self._numbers.collected
        if collected is not None and len(items) > collected - self._entered:
            raise ValidationError("collected_exceeded", field="collected", collected=collected,
                                  entered=self._entered, more=len(items))
        stack = self.current_stack
        room = None if stack is None else stack.expected - self.stack_entered(stack.name)
        if stack is not None and room is not None and len(items) > room:
            raise ValidationError("stack_full", field="stack", stack=stack.name, room=room)
        made = [self.build(self._next + i, item, stack.name if stack else "")
                for i, item in enumerate(items)]
        fills = stack is not None and len(made) == room

        def write(count: CountFile) -> None:
            if merge_as is None:
                count.record(made)
            else:
                name, content_hash, verification = merge_as
                count.merge(made, MergedTable(name, content_hash, made[0].number,
                                              made[-1].number, len(made)), verification)
            if fills and stack is not None:
                count.close_stack(stack.name, "")

        def apply(_: None) -> ChangeSet:
            for b in made:
                self._tally.add(b)
                self._count_in_stack(b, 1)
            self._entered += len(made)
            self._next += len(made)
            self._last = made[-1]
            if fills and stack is not None:
                self._closed_stack(stack, "")
            return ChangeSet(ballots=tuple(b.number for b in made), stacks=fills,
                             tables=merge_as is not None)

        self.commit(write, apply)
        self.backups.after(len(made), self._backup_label())
        return made

    def add_hand_tally(self, sheet: HandTally) -> None:
        """Store a checked hand-tally sheet of the open stack, which it closes (see
        services/hand_tallies)."""
        self.require_open()
        stack = self.current_stack
        if stack is None or stack.name != sheet.stack:
            raise ValidationError("stack_none_open", field="stack")
        collected = self._numbers.collected
        if collected is not None and sheet.ballots > collected - self._entered:
            raise ValidationError("collected_exceeded", field="collected", collected=collected,
                                  entered=self._entered, more=sheet.ballots)

        def write(count: CountFile) -> None:
            count.record_hand_tally(sheet)
            count.close_stack(stack.name, "")

        def apply(_: None) -> ChangeSet:
            self._hand.append(sheet)
            self._tally.add_counts(sheet.rows, sheet.valid, sheet.invalid)
            self._entered += sheet.ballots
            self._stack_counts[sheet.stack] = self.stack_entered(sheet.stack) + sheet.ballots
            return self._closed_stack(stack, "")

        self.commit(write, apply)

    def _count_in_stack(self, ballot: Ballot, sign: int) -> None:
        if ballot.stack and ballot.counts:
            self._stack_counts[ballot.stack] = self._stack_counts.get(ballot.stack, 0) + sign

    def build(self, number: int, item: BallotInput, stack: str = "") -> Ballot:
        """The ballot record ``item`` makes under this count's rules (checked, not saved)."""
        stack = item.stack or stack
        if isinstance(item, InvalidInput):
            if item.reason is InvalidReason.OTHER and not item.note.strip():
                raise ValidationError("reason_other_needs_note", field="NOTE")
            return ballots.invalid(number, item.reason, item.note, stack)
        self._check_marks(item.marks)
        return ballots.keyed(
            number, item.marks, stack=stack,
            invalid_row_voids_ballot=self.definition.rules.invalid_row_voids_ballot)

    def _check_marks(self, marks: tuple[int, ...]) -> None:
        expected = len(self.definition.on_ballot)
        if len(marks) != expected:
            raise ValidationError("rows_count", field="CODES", expected=expected, got=len(marks))
        levels = self.definition.rules.levels
        for i, m in enumerate(marks, start=1):
            if m not in (ballots.BLANK, ballots.MULTIPLE) and not 1 <= m <= levels:
                raise ValidationError("row_level", field="CODES", row=i, level=m)

    def void_ballot(self, number: int, reason: str) -> Ballot:
        self.require_open()
        old = self._existing(number)
        if old.status is BallotStatus.VOIDED:
            raise ValidationError("ballot_already_voided", field="number", number=number)
        if not reason.strip():
            raise ValidationError("reason_missing_void", field="reason")

        def apply(_: None) -> ChangeSet:
            self._tally.remove(old)
            self._count_in_stack(old, -1)
            self._entered -= 1
            self._refresh_last(number)
            return ChangeSet(ballots=(number,))

        self.commit(lambda count: count.void(number, reason.strip()), apply)
        return old

    def edit_ballot(self, number: int, item: BallotInput, reason: str,
                    also: tuple[str, dict[str, Any]] | None = None) -> Ballot:
        """Re-key a ballot (a voided one too, which then counts again); ``also`` is an event
        (kind, data) written in the same transaction, e.g. the decision that caused it."""
        self.require_open()
        old = self._existing(number)
        new = dataclasses.replace(self.build(number, item), stack=old.stack)
        if also is None and old.counts and ballots.same_reading(old, new) \
                and old.note == new.note:
            raise ValidationError("rekey_unchanged", field="marks", number=number)
        if not reason.strip():
            raise ValidationError("reason_missing_rekey", field="reason")
        if old.status is BallotStatus.VOIDED and self._numbers.collected is not None \
                and self._entered >= self._numbers.collected:
            raise ValidationError("voided_cannot_count_again", field="collected",
                                  collected=self._numbers.collected)

        def apply(_: object) -> ChangeSet:
            self._tally.remove(old)
            self._tally.add(new)
            self._count_in_stack(old, -1)
            self._count_in_stack(new, 1)
            self._entered += old.status is BallotStatus.VOIDED
            self._refresh_last(number)
            return ChangeSet(ballots=(number,), double_entry=also is not None)

        self.commit(lambda count: count.replace(new, reason.strip(), also), apply)
        return new

    def _refresh_last(self, number: int) -> None:
        if self._last is not None and self._last.number == number:
            self._last = self._count.ballot(number)

    def _existing(self, number: int) -> Ballot:
        found = self._count.ballot(number)
        if found is None:
            raise ValidationError("ballot_unknown", field="number", number=number)
        return found
