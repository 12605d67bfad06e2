"""Use cases on an open count. Each change is validated, committed, applied to the live tally,
then announced once through ``changed`` with a ChangeSet that says what changed."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from desktop.domain import ballot as ballots
from desktop.domain import closing
from desktop.domain import stacks as stacks_
from desktop.domain.audit import EventKind
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
from desktop.domain.tables import MergedTable
from desktop.errors import StorageError, ValidationError
from desktop.services import safety
from desktop.services.count_reader import ChangeSet, CountReader
from desktop.storage.repository import CountFile

__all__ = ["ChangeSet", "CountService"]


class CountService(CountReader):
    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def create(
        cls, path: Path | str, definition: CountDefinition, numbers: Numbers
    ) -> CountService:
        problems = numbers.ordering_problems()
        if problems:
            small, large = problems[0]
            raise ValidationError(f"{small} cannot exceed {large}", field=small)
        count = CountFile.create(path, definition, numbers)
        lock = safety.WriterLock(count.path)
        if not lock.acquire():
            count.close()
            raise StorageError(f"{count.path.name} is held by {lock.holder()}.")
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
                raise StorageError(
                    f"{path.name} is open for writing in {holder}; close it there first.")
            return cls(CountFile.open(path, read_only=True), held_by=holder)
        try:
            return cls(CountFile.open(path), lock=lock)
        except BaseException:
            lock.release()
            raise

    def close_count(self, acknowledgements: list[closing.Acknowledgement],
                    lang: str = "vi") -> closing.Closure:
        """Errors block; every warning needs an acknowledgement; then the count is closed."""
        self._open_for_changes()
        checks = self.checks(lang)
        closing.check_closable(checks, acknowledgements)
        warned = {c.code for c in checks}
        acks = [a for a in acknowledgements if a.code in warned]
        self._count.log(EventKind.COUNT_CLOSED, {
            "acknowledged": [a.to_dict() for a in acks]})
        self._reload_closure()
        try:
            self.backup_now()
        except StorageError as exc:
            self.backups.error = str(exc)
        return self._closure

    def reopen(self, reason: str) -> closing.Closure:
        if not self._closure.closed:
            raise ValidationError("the count is not closed", field="closed")
        if not reason.strip():
            raise ValidationError("say why the count is reopened", field="reason")
        self._count.log(EventKind.COUNT_REOPENED, {"reason": reason.strip()})
        self._reload_closure()
        return self._closure

    def _reload_closure(self) -> None:
        self._closure = closing.closure(self._count.events_of(
            EventKind.COUNT_CLOSED, EventKind.COUNT_REOPENED))
        self.changed.emit(ChangeSet(closure=True))

    # -- changing --------------------------------------------------------------------------
    def update_definition(self, definition: CountDefinition) -> None:
        old = self.definition
        self._open_for_changes()
        fixed_changed = definition.officials != old.officials or definition.rules != old.rules
        if fixed_changed and self.has_ballots:
            raise ValidationError(
                "officials and the rule set cannot change once the first ballot is saved",
                field="officials")
        if definition == old:
            return
        self._count.update_definition(definition)
        if fixed_changed:
            self._tally = self._count.load_tally()
        self.changed.emit(ChangeSet(definition=True))

    def open_stack(self, name: str, expected: int, operator: str = "") -> Stack:
        current = self.current_stack
        self._open_for_changes()
        if current is not None:
            raise ValidationError(f"close stack {current.name!r} first", field="stack")
        stack = stacks_.new_stack(name, expected, self._stacks, operator)
        self._count.open_stack(stack)
        self._stacks.append(stack)
        self.changed.emit(ChangeSet(stacks=True))
        return stack

    def close_stack(self, reason: str = "") -> Stack:
        current = self.current_stack
        if current is None:
            raise ValidationError("no stack is open", field="stack")
        entered = self.stack_entered(current.name)
        reason = reason.strip()
        if entered < current.expected and not reason:
            raise ValidationError(
                f"stack {current.name!r} holds {entered} of {current.expected} ballots; "
                "say why it is closed short", field="reason")
        self._count.close_stack(current.name, reason)
        closed = dataclasses.replace(current, closed=True, close_reason=reason)
        self._stacks[self._stacks.index(current)] = closed
        self.changed.emit(ChangeSet(stacks=True))
        return closed

    def check_numbers(self, **changes: int | None) -> Numbers:
        """The numbers as they would be after the change; ValidationError if inconsistent."""
        self._open_for_changes()
        new = self._numbers.updated(**changes)
        for small, large in new.ordering_problems():
            field = small if small in changes else large
            raise ValidationError(
                f"{small} ({new.get(small)}) cannot exceed {large} ({new.get(large)})",
                field=field)
        if new.collected is not None and new.collected < self._entered:
            raise ValidationError(
                f"{self._entered} ballots are already entered; collected cannot be "
                f"{new.collected}", field="collected")
        return new

    def set_numbers(self, **changes: int | None) -> Numbers:
        changes = {k: v for k, v in changes.items() if v != self._numbers.get(k)}
        new = self.check_numbers(**changes)
        if not changes:
            return self._numbers
        self._count.set_numbers(changes)
        self._numbers = new
        self.changed.emit(ChangeSet(numbers=True))
        return new

    def record_ballot(self, marks: tuple[int, ...], stack: str = "") -> Ballot:
        return self.record_many([KeyedInput(marks, stack)])[0]

    def record_invalid(self, reason: InvalidReason, note: str = "", stack: str = "") -> Ballot:
        return self.record_many([InvalidInput(reason, note, stack)])[0]

    def record_many(self, items: list[BallotInput],
                    merge_as: tuple[str, str, dict[str, Any]] | None = None) -> list[Ballot]:
        """Save several ballots in one transaction (an import): all of them or none. With
        ``merge_as`` (table name, content hash, what the table's file says of how it was
        verified) they are a counting table's, recorded with the merge itself."""
        self._open_for_changes()
        if not items:
            return []
        room = None if self._numbers.collected is None else self._numbers.collected - self._entered
        if room is not None and len(items) > room:
            raise ValidationError(
                f"{self._numbers.collected} ballots were collected and {self._entered} are "
                f"entered; {len(items)} more would be too many. Correct the number collected "
                "if the box held more.", field="collected")
        stack = self.current_stack
        if stack is not None and len(items) > stack.expected - self.stack_entered(stack.name):
            raise ValidationError(
                f"stack {stack.name!r} has room for "
                f"{stack.expected - self.stack_entered(stack.name)} more ballots", field="stack")
        made = [self.build(self._next + i, item, stack.name if stack else "")
                for i, item in enumerate(items)]
        if merge_as is None:
            self._count.record(made)
        else:
            name, content_hash, verification = merge_as
            self._count.merge(made, MergedTable(name, content_hash, made[0].number,
                                                made[-1].number, len(made)), verification)
        for b in made:
            self._tally.add(b)
            self._count_in_stack(b, 1)
        self._entered += len(made)
        self._next += len(made)
        self._last = made[-1]
        self.backups.after(len(made), self._backup_label())
        full = stack is not None and self.stack_entered(stack.name) >= stack.expected
        self.changed.emit(ChangeSet(ballots=tuple(b.number for b in made), stacks=full,
                                    tables=merge_as is not None))
        if full:
            self.close_stack()
        return made

    def add_hand_tally(self, sheet: HandTally) -> None:
        """Store a checked hand-tally sheet of the open stack (see services/hand_tallies)."""
        self._open_for_changes()
        room = None if self._numbers.collected is None else self._numbers.collected - self._entered
        if room is not None and sheet.ballots > room:
            raise ValidationError(f"{sheet.ballots} more ballots would exceed the "
                                  f"{self._numbers.collected} collected", field="collected")
        self._count.record_hand_tally(sheet)
        self._hand.append(sheet)
        self._tally.add_counts(sheet.rows, sheet.valid, sheet.invalid)
        self._entered += sheet.ballots
        self._stack_counts[sheet.stack] = self._stack_counts.get(sheet.stack, 0) + sheet.ballots
        self.changed.emit(ChangeSet(stacks=True))
        self.close_stack()

    def _count_in_stack(self, ballot: Ballot, sign: int) -> None:
        if ballot.stack and ballot.counts:
            self._stack_counts[ballot.stack] = self._stack_counts.get(ballot.stack, 0) + sign

    def build(self, number: int, item: BallotInput, stack: str = "") -> Ballot:
        """The ballot record ``item`` makes under this count's rules (checked, not saved)."""
        stack = item.stack or stack
        if isinstance(item, InvalidInput):
            if item.reason is InvalidReason.OTHER and not item.note.strip():
                raise ValidationError("reason 'other' needs a note", field="NOTE")
            return ballots.invalid(number, item.reason, item.note, stack)
        self._check_marks(item.marks)
        return ballots.keyed(
            number, item.marks, stack=stack,
            invalid_row_voids_ballot=self.definition.rules.invalid_row_voids_ballot)

    def _check_marks(self, marks: tuple[int, ...]) -> None:
        expected = len(self.definition.on_ballot)
        if len(marks) != expected:
            raise ValidationError(
                f"the ballot has {expected} rows, not {len(marks)}", field="CODES")
        levels = self.definition.rules.levels
        for i, m in enumerate(marks, start=1):
            if m not in (ballots.BLANK, ballots.MULTIPLE) and not 1 <= m <= levels:
                raise ValidationError(f"row {i} has no level {m}", field="CODES")

    def void_ballot(self, number: int, reason: str) -> Ballot:
        self._open_for_changes()
        old = self._existing(number)
        if old.status is BallotStatus.VOIDED:
            raise ValidationError(f"ballot {number} is already voided", field="number")
        if not reason.strip():
            raise ValidationError("say why the ballot is voided", field="reason")
        self._count.void(number, reason.strip())
        self.double_entries.ballot_changed(number)
        self._tally.remove(old)
        self._count_in_stack(old, -1)
        self._entered -= 1
        self._refresh_last(number)
        self.changed.emit(ChangeSet(ballots=(number,)))
        return old

    def edit_ballot(self, number: int, item: BallotInput, reason: str,
                    also: tuple[str, dict[str, Any]] | None = None) -> Ballot:
        """Re-key a ballot (a voided one too, which then counts again); ``also`` is an event
        (kind, data) written in the same transaction, e.g. the decision that caused it."""
        self._open_for_changes()
        old = self._existing(number)
        if not reason.strip():
            raise ValidationError("say why the ballot is re-keyed", field="reason")
        new = self.build(number, item)
        new = Ballot(new.number, new.status, new.marks, new.reason, new.note, old.stack)
        if old.status is BallotStatus.VOIDED and self._numbers.collected is not None \
                and self._entered >= self._numbers.collected:
            raise ValidationError(
                "all collected ballots are entered; the voided ballot cannot count again",
                field="collected")
        also_event = self._count.replace(new, reason.strip(), also)
        self.double_entries.ballot_changed(number)
        if also_event is not None:  # e.g. the double-entry decision behind this re-key
            self.double_entries.apply(also_event)
        self._tally.remove(old)
        self._tally.add(new)
        self._count_in_stack(old, -1)
        self._count_in_stack(new, 1)
        self._entered += old.status is BallotStatus.VOIDED
        self._refresh_last(number)
        self.changed.emit(ChangeSet(ballots=(number,), double_entry=also is not None))
        return new

    def _refresh_last(self, number: int) -> None:
        if self._last is not None and self._last.number == number:
            self._last = self._count.ballot(number)

    def _existing(self, number: int) -> Ballot:
        found = self._count.ballot(number)
        if found is None:
            raise ValidationError(f"there is no ballot {number}", field="number")
        return found
