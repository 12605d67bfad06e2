"""The changes of a count other than its ballots, and the one commit path every change takes:
each use case is validated, then ``commit`` writes the change and its audit event in one
transaction, brings the live state up to date, and announces it once through ``changed`` with a
ChangeSet that says what changed."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Self

from desktop.domain import closing, doubleentry, spotcheck
from desktop.domain import stacks as stacks_
from desktop.domain.audit import Event, EventKind
from desktop.domain.count import CountDefinition, Numbers
from desktop.domain.stacks import Stack
from desktop.domain.tables import TableInfo
from desktop.errors import StorageError, ValidationError
from desktop.services import safety
from desktop.services.count_reader import ChangeSet, CountReader, in_file
from desktop.storage.repository import CountFile


class CountChanges(CountReader):
    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str, definition: CountDefinition, numbers: Numbers) -> Self:
        numbers.check_order()
        definition.check_printable()
        definition.check_numbers(numbers)
        count = CountFile.create(path, definition, numbers)
        lock = safety.WriterLock(count.path)
        if not lock.acquire():
            count.close()
            raise StorageError("file_held", name=count.path.name, holder=lock.holder())
        return cls(count, lock=lock)

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False,
             fallback_read_only: bool = False) -> Self:
        """Open for writing with the one-writer lock; when another program holds it, open
        read-only (``fallback_read_only``, the window) or refuse (the command line)."""
        path = Path(path)
        if read_only:
            return cls._reading(cls._read_only(path))
        lock = safety.WriterLock(path)
        if not lock.acquire():
            holder = lock.holder()
            if not fallback_read_only:
                raise StorageError("file_held", name=path.name, holder=holder)
            return cls._reading(CountFile.open(path, read_only=True),  # the -wal is its own
                                held_by=holder, lock_elsewhere=lock.elsewhere())
        try:
            return cls._reading(CountFile.open(path), lock=lock)
        except BaseException:
            lock.release()
            raise

    @staticmethod
    def _read_only(path: Path) -> CountFile:
        """Read-only, holding the writer's lock while the file is opened when no writer holds
        it: then no writer is at work, and a ``-wal`` beside the file can be judged."""
        lock = safety.WriterLock(path)
        alone = lock.acquire()
        try:
            return CountFile.open(path, read_only=True, alone=alone)
        finally:
            if alone:
                lock.release()

    @classmethod
    def _reading(cls, count: CountFile, *, lock: safety.WriterLock | None = None,
                 held_by: object = None, lock_elsewhere: bool = False) -> Self:
        """The service on an open file; a file found damaged while its state is loaded is
        closed again (no connection left open, nor its write-ahead log beside the file)."""
        try:
            return cls(count, lock=lock, held_by=held_by, lock_elsewhere=lock_elsewhere)
        except ValidationError as exc:
            count.close()
            raise in_file(exc, count.path) from exc
        except BaseException:
            count.close()
            raise

    # -- the one commit path ---------------------------------------------------------------
    def commit(self, write: Callable[[CountFile], object], apply: Callable[[], ChangeSet]) -> None:
        """Every change goes through here. ``write`` stores the change and its events (one
        transaction: all of it or nothing); the events then update what the log alone
        records (closure, spot check, double entry, merged tables), ``apply`` updates the rest
        of the live state and says what changed, and ``changed`` is emitted exactly once."""
        if self._lock is not None:
            self._lock.renew()
        with self._count.transaction() as written:
            write(self._count)
        for event in written:
            self._follow(event)
        self.changed.emit(apply())

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
        """A file that does not match its audit log cannot be closed; errors block; every
        warning needs an acknowledgement; then the count is closed."""
        self.require_open()
        problems = self.verify()
        if problems:
            raise StorageError("count_tampered", problems=len(problems), first=problems[0])
        checks = self.checks()
        closing.check_closable(checks, acknowledgements)
        acks = [dataclasses.replace(a, warnings=tuple(c.values for c in checks
                                                      if c.code == a.code)).to_dict()
                for a in acknowledgements if any(c.code == a.code for c in checks)]
        self.commit(lambda count: count.log(EventKind.COUNT_CLOSED, {"acknowledged": acks}),
                    lambda: ChangeSet(closure=True))
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
                    lambda: ChangeSet(closure=True))
        return self._closure

    # -- the count's definition and numbers ------------------------------------------------
    def update_definition(self, definition: CountDefinition) -> None:
        self.update_setup(definition, self._numbers)

    def update_setup(self, definition: CountDefinition, numbers: Numbers) -> None:
        """What the setup dialog says: the meeting, officials, rules, committee and numbers,
        checked together, written in one transaction, announced once."""
        old = self.definition
        self.require_open()
        definition.check_printable()
        definition.check_numbers(numbers)
        fixed_changed = definition.officials != old.officials or definition.rules != old.rules
        if fixed_changed and self._table is not None:  # a table's marks follow the master's
            raise ValidationError("table_officials_fixed", field="officials")
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

        def apply() -> ChangeSet:
            if fixed_changed:
                self._tally = self._count.load_tally()
            self._numbers = new_numbers
            return ChangeSet(definition=definition != old, numbers=bool(changes))

        self.commit(write, apply)

    def assign_table(self, info: TableInfo) -> None:
        """Mark this (new, empty) file as the file of one counting table of a master count."""
        self.commit(lambda count: count.assign_table(info), lambda: ChangeSet(tables=True))

    def check_numbers(self, **changes: int | None) -> Numbers:
        """The numbers as they would be after the change; ValidationError if inconsistent."""
        self.require_open()
        new = self._numbers.updated(**changes)
        new.check_order(changes)
        self.definition.check_numbers(new)
        if new.collected is not None and new.collected < self._entered:
            raise ValidationError("collected_below_entered", field="collected",
                                  entered=self._entered, collected=new.collected)
        return new

    def set_numbers(self, **changes: int | None) -> Numbers:
        self.update_setup(self.definition, self._numbers.updated(**changes))
        return self._numbers

    # -- stacks ----------------------------------------------------------------------------
    def open_stack(self, name: str, expected: int, operator: str = "") -> Stack:
        current = self.current_stack
        self.require_open()
        if current is not None:
            raise ValidationError("stack_still_open", field="stack", stack=current.name)
        stack = stacks_.new_stack(name, expected, self._stacks, operator,
                                  [t.name for t in self._merged])

        def apply() -> ChangeSet:
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
        index = self._stacks.index(current)
        self.commit(lambda count: count.close_stack(current.name, reason),
                    lambda: self._closed_stack(current, reason))
        return self._stacks[index]

    def _closed_stack(self, stack: Stack, reason: str) -> ChangeSet:
        self._stacks[self._stacks.index(stack)] = dataclasses.replace(
            stack, closed=True, close_reason=reason)
        return ChangeSet(stacks=True)
