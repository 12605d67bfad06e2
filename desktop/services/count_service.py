"""The count's ballots as use cases: record (one, several, a counting table's), re-key, void,
a hand-tally sheet. Each goes through the one commit path of CountChanges."""

from __future__ import annotations

import dataclasses
from typing import Any

from desktop.domain import ballot as ballots
from desktop.domain.ballot import (
    Ballot,
    BallotInput,
    BallotStatus,
    InvalidInput,
    InvalidReason,
    KeyedInput,
)
from desktop.domain.handtally import HandTally
from desktop.domain.tables import MergedTable
from desktop.errors import ValidationError
from desktop.services.count_changes import CountChanges
from desktop.services.count_reader import ChangeSet
from desktop.storage.repository import CountFile

__all__ = ["ChangeSet", "CountService"]


class CountService(CountChanges):
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
        that fills the open stack closes it, in the same transaction (a table's ballots are
        in their own stack, and leave the open one as it was)."""
        self.require_open()
        if not items:
            return []
        self._require_room(len(items))
        # a table's ballots are filed under its name: the master's open stack is not theirs
        stack = self.current_stack if merge_as is None else None
        room = None if stack is None else stack.expected - self.stack_entered(stack.name)
        if stack is not None and room is not None and len(items) > room:
            raise ValidationError("stack_full", field="stack", stack=stack.name, room=room)
        made = [self.build(self._next + i, item, stack.name if stack else "")
                for i, item in enumerate(items)]
        filled = stack if stack is not None and len(made) == room else None  # it closes

        def write(count: CountFile) -> None:
            if merge_as is None:
                count.record(made)
            else:
                name, content_hash, verification = merge_as
                count.merge(made, MergedTable(name, content_hash, made[0].number,
                                              made[-1].number, len(made)), verification)
            if filled is not None:
                count.close_stack(filled.name, "")

        def apply() -> ChangeSet:
            for b in made:
                self._tally.add(b)
                self._count_in_stack(b, 1)
            self._entered += len(made)
            self._next += len(made)
            self._last = made[-1]
            if filled is not None:
                self._closed_stack(filled, "")
            return ChangeSet(ballots=tuple(b.number for b in made), stacks=filled is not None,
                             tables=merge_as is not None)

        self.commit(write, apply)
        self.backups.after(len(made), self._backup_label())
        return made

    def _require_room(self, more: int) -> None:
        """No more ballots counted than were collected (when that number is known)."""
        collected = self._numbers.collected
        if collected is not None and more > collected - self._entered:
            raise ValidationError("collected_exceeded", field="collected", collected=collected,
                                  entered=self._entered, more=more)

    def add_hand_tally(self, sheet: HandTally) -> None:
        """Store a checked hand-tally sheet of the open stack, which it closes (see
        services/hand_tallies)."""
        self.require_open()
        stack = self.current_stack
        if stack is None or stack.name != sheet.stack:
            raise ValidationError("stack_none_open", field="stack")
        self._require_room(sheet.ballots)

        def write(count: CountFile) -> None:
            count.record_hand_tally(sheet)
            count.close_stack(stack.name, "")

        def apply() -> ChangeSet:
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
            number, item.marks, stack=stack, verdict=self.definition.verdict(item.marks),
            invalid_row_voids_ballot=self.definition.rules.invalid_row_voids_ballot)

    def _check_marks(self, marks: tuple[int, ...]) -> None:
        expected = len(self.definition.on_ballot)
        if len(marks) != expected:
            raise ValidationError("rows_count", field="CODES", expected=expected, got=len(marks))
        levels = self.definition.rules.levels
        strikes = self.definition.strikes_names
        for i, m in enumerate(marks, start=1):
            if m not in (ballots.BLANK, ballots.MULTIPLE) and not 1 <= m <= levels:
                raise ValidationError("row_level", field="CODES", row=i, level=m)
            if strikes and m in (ballots.BLANK, ballots.MULTIPLE):
                raise ValidationError("strike_row_neither", field="CODES", row=i)

    def void_ballot(self, number: int, reason: str) -> Ballot:
        self.require_open()
        old = self._existing(number)
        if old.status is BallotStatus.VOIDED:
            raise ValidationError("ballot_already_voided", field="number", number=number)
        if not reason.strip():
            raise ValidationError("reason_missing_void", field="reason")

        def apply() -> ChangeSet:
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

        def apply() -> ChangeSet:
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
