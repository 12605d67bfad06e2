"""Use cases on an open count. Each change is validated, committed, applied to the live tally,
then announced once through ``changed`` with a ChangeSet that says what changed."""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from desktop.domain import audit, closing, doubleentry
from desktop.domain import ballot as ballots
from desktop.domain import checks as checks_
from desktop.domain import snapshot as snapshot_
from desktop.domain import stacks as stacks_
from desktop.domain import tally as tally_
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
from desktop.domain.minutes import MinutesData
from desktop.domain.snapshot import Snapshot
from desktop.domain.stacks import Stack
from desktop.domain.tables import MergedTable
from desktop.errors import StorageError, ValidationError
from desktop.services import safety
from desktop.storage import verify as verify_
from desktop.storage.repository import CountFile

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ChangeSet:
    """What a committed change touched, so each view refreshes only its part."""

    ballots: tuple[int, ...] = ()  # numbers of the ballots recorded, voided or re-keyed
    numbers: bool = False
    definition: bool = False
    stacks: bool = False
    closure: bool = False  # the count was closed or reopened
    double_entry: bool = False  # a second entry was keyed, compared or decided


class CountService(QObject):
    changed = Signal(object)  # ChangeSet, after each commit

    def __init__(self, count: CountFile, parent: QObject | None = None, *,
                 lock: safety.WriterLock | None = None, held_by: str | None = None,
                 policy: safety.BackupPolicy | None = None) -> None:
        super().__init__(parent)
        self._count = count
        self._lock = lock
        self.held_by = held_by  # who holds the file for writing, when we only read it
        self.backups = safety.Backups(count.path, policy)
        self._numbers = count.numbers()
        self._tally = count.load_tally()
        self._entered = count.entered()
        self._next = count.next_number()
        self._stacks = count.stacks()
        self._stack_counts = count.stack_counts()
        self._last: Ballot | None = count.ballot(self._next - 1) if self._next > 1 else None
        self._snapshot: Snapshot | None = None
        self._hand: list[HandTally] = count.hand_tallies()
        self._closure = closing.closure(count.events_of(
            EventKind.COUNT_CLOSED, EventKind.COUNT_REOPENED))
        self.double_entries = doubleentry.DoubleEntryBook.from_events(
            count.events_of(*doubleentry.DOUBLE_ENTRY_EVENTS), self.definition.rules.levels)
        self.changed.connect(self._on_self_changed, Qt.ConnectionType.DirectConnection)

    def _on_self_changed(self, change: ChangeSet) -> None:
        """Connected first, so every view that asks afterwards gets fresh results."""
        self._snapshot = None

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

    def close(self) -> None:
        self._wait_for_backup()
        self._count.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    @property
    def policy(self) -> safety.BackupPolicy:
        return self.backups.policy

    @policy.setter
    def policy(self, value: safety.BackupPolicy) -> None:
        self.backups.policy = value

    @property
    def backup_error(self) -> str | None:
        return self.backups.error

    def backup_now(self, dest: Path | None = None) -> list[Path]:
        """A backup now: to ``dest`` (a file, or a folder), or the rolling ones."""
        return self.backups.now(self._backup_label(), dest)

    def _backup_label(self) -> str:
        head = self._count.head()
        return f"{head.seq if head else 0:07d}"

    def _wait_for_backup(self) -> None:
        self.backups.wait()

    # -- reading ---------------------------------------------------------------------------
    @property
    def path(self) -> Path:
        return self._count.path

    @property
    def read_only(self) -> bool:
        return self._count.read_only

    @property
    def definition(self) -> CountDefinition:
        return self._count.definition

    @property
    def numbers(self) -> Numbers:
        return self._numbers

    @property
    def tally(self) -> tally_.Tally:
        return self._tally

    @property
    def entered(self) -> int:
        return self._entered

    @property
    def next_number(self) -> int:
        return self._next

    @property
    def closure(self) -> closing.Closure:
        return self._closure

    @property
    def closed(self) -> bool:
        return self._closure.closed

    def require_open(self) -> None:
        """ValidationError when the count is closed (for the other use-case modules)."""
        self._open_for_changes()

    def _open_for_changes(self) -> None:
        if self._closure.closed:
            raise ValidationError(
                "the count is closed; reopen it (with a reason) to change anything",
                field="closed")

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

    @property
    def count_file(self) -> CountFile:
        """The storage object, for the other use-case modules of this layer (tables)."""
        return self._count

    @property
    def has_ballots(self) -> bool:
        """True once any ballot was saved (voided ones too): officials and rules are fixed."""
        return self._next > 1

    @property
    def last_ballot(self) -> Ballot | None:
        """The ballot saved last, as it stands now (it may have been voided since)."""
        return self._last

    @property
    def stacks(self) -> list[Stack]:
        return list(self._stacks)

    @property
    def current_stack(self) -> Stack | None:
        return next((s for s in self._stacks if not s.closed), None)

    def stack_entered(self, name: str) -> int:
        return self._stack_counts.get(name, 0)

    def results(self) -> list[tally_.OfficialResult]:
        return list(self.snapshot().results)

    def snapshot(self) -> Snapshot:
        """The results now, for the chart, the table, the projector and the minutes; made
        once per change however many views ask."""
        if self._snapshot is None:
            self._snapshot = snapshot_.snapshot(
                self.definition, self._numbers, self._tally, self._entered)
        return self._snapshot

    def minutes_data(self) -> MinutesData:
        """What the minutes print, recomputed from the stored ballots and the audit log."""
        from desktop.services.minutes_data import minutes_data

        return minutes_data(self)

    def events(self) -> list[Event]:
        return self._count.events()

    def checks(self, lang: str = "vi") -> list[checks_.Check]:
        unstacked = self._entered - sum(self._stack_counts.values())
        return checks_.run_checks(
            self.definition, self._numbers, self._tally, self._entered, lang,
        ) + doubleentry.run_checks(
            self.double_entries, self.definition.rules.double_entry, self._stacks,
            {h.stack for h in self._hand}, self._stack_counts, unstacked, lang)

    def ballots(self, stack: str | None = None) -> list[Ballot]:
        return self._count.ballots(stack)

    def ballot(self, number: int) -> Ballot | None:
        return self._count.ballot(number)

    def fingerprint(self) -> str:
        """SHA-256 over the audit chain head and the figures (see audit.count_fingerprint)."""
        return audit.count_fingerprint(self._count.fingerprint(), self.snapshot().figures())

    def verify(self) -> list[str]:
        return verify_.verify(self._count)

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
                    merge_as: tuple[str, str] | None = None) -> list[Ballot]:
        """Save several ballots in one transaction (an import): all of them or none. With
        ``merge_as`` (table name, content hash) they are a counting table's, recorded with
        the merge itself."""
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
            name, content_hash = merge_as
            self._count.merge(made, MergedTable(name, content_hash, made[0].number,
                                                made[-1].number, len(made)))
        for b in made:
            self._tally.add(b)
            self._count_in_stack(b, 1)
        self._entered += len(made)
        self._next += len(made)
        self._last = made[-1]
        self.backups.after(len(made), self._backup_label())
        full = stack is not None and self.stack_entered(stack.name) >= stack.expected
        self.changed.emit(ChangeSet(ballots=tuple(b.number for b in made), stacks=full))
        if full:
            self.close_stack()
        return made

    @property
    def hand_tallies(self) -> list[HandTally]:
        """Stacks counted by hand (kept here: the views ask after every ballot)."""
        return list(self._hand)

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
        self._count.replace(new, reason.strip(), also)
        self.double_entries.ballot_changed(number)
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
