"""The state of an open count that every view reads: loaded once from the file, then kept
current by the one commit path of count_service.py, which announces each commit once through
``changed`` with a ChangeSet that says what changed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Self

from PySide6.QtCore import QObject, Qt, Signal

from desktop.domain import audit, closing, doubleentry, election_results
from desktop.domain import checks as checks_
from desktop.domain import snapshot as snapshot_
from desktop.domain import stacks as stacks_
from desktop.domain import tally as tally_
from desktop.domain.audit import Event, EventKind
from desktop.domain.ballot import Ballot
from desktop.domain.count import CountDefinition, Numbers
from desktop.domain.election import Outcome, Settled
from desktop.domain.handtally import HandTally
from desktop.domain.minutes import MinutesData
from desktop.domain.snapshot import Snapshot
from desktop.domain.spotcheck import SPOT_EVENTS, SpotCheck, spot_from_events
from desktop.domain.stacks import Stack
from desktop.domain.tables import MergedTable, TableInfo
from desktop.domain.words import Term
from desktop.errors import StorageError, ValidationError
from desktop.services import minutes_data, safety
from desktop.storage import verify as verify_
from desktop.storage.repository import CountFile


def in_file(error: ValidationError, path: Path) -> ValidationError:
    """An event of the file's log found damaged while it is read (the domain's folds know no
    file): the same error, said of this file."""
    return error.located(file=path.name) if error.code == "event_damaged" else error


@dataclass(frozen=True)
class ChangeSet:
    """What a committed change touched, so each view refreshes only its part."""

    ballots: tuple[int, ...] = ()  # numbers of the ballots recorded, voided or re-keyed
    numbers: bool = False
    definition: bool = False
    stacks: bool = False
    closure: bool = False  # the count was closed or reopened
    double_entry: bool = False  # a second entry was keyed, compared or decided
    tables: bool = False  # a counting table's file was merged
    spot_check: bool = False  # a spot check was drawn or a ballot re-keyed for it


class CountReader(QObject):
    """An open counting file and its live results; CountService adds the changes."""

    changed = Signal(object)  # ChangeSet, once after each commit

    def __init__(self, count: CountFile, parent: QObject | None = None, *,
                 lock: safety.WriterLock | None = None, held_by: object = None,
                 lock_elsewhere: bool = False,
                 policy: safety.BackupPolicy | None = None) -> None:
        super().__init__(parent)
        self._count = count
        self._lock = lock
        self.held_by = held_by  # who holds the file for writing (a Term), when we only read it
        self.lock_elsewhere = lock_elsewhere  # held from another machine (safety.take_over)
        self.backups = safety.Backups(count.path, policy, count.identity())
        self._numbers = count.numbers()
        self._tally = count.load_tally()
        self._entered = count.entered()
        self._next = count.next_number()
        self._stacks = count.stacks()
        self._stack_counts = count.stack_counts()
        self._last: Ballot | None = count.ballot(self._next - 1) if self._next > 1 else None
        self._snapshot: Snapshot | None = None
        self._hand: list[HandTally] = count.hand_tallies()
        self._merged: list[MergedTable] = count.merged_tables()
        self._table: TableInfo | None = count.table_info()
        self._closure = closing.closure(count.events_of(
            EventKind.COUNT_CLOSED, EventKind.COUNT_REOPENED))
        self._spot: SpotCheck | None = spot_from_events(count.events_of(*SPOT_EVENTS))
        self.double_entries = doubleentry.DoubleEntryBook.from_events(
            count.events_of(*doubleentry.DOUBLE_ENTRY_EVENTS), self.definition.rules.levels)
        self.changed.connect(self._on_self_changed, Qt.ConnectionType.DirectConnection)

    def _on_self_changed(self, change: ChangeSet) -> None:
        """Connected first, so every view that asks afterwards gets fresh results."""
        self._snapshot = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.backups.wait()
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
    def backup_error(self) -> StorageError | None:
        """What went wrong with the last backup, or None."""
        return self.backups.error

    def backup_now(self, dest: Path | None = None) -> list[Path]:
        """A backup now: to ``dest`` (a file, or a folder), or the rolling ones."""
        return self.backups.now(self._backup_label(), dest)

    def _backup_label(self) -> str:
        head = self._count.head()
        return safety.backup_label(head.seq if head else 0)

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
        """ValidationError when the count is closed (for every use case that changes it)."""
        if self._closure.closed:
            raise ValidationError("count_closed", field="closed")

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

    @property
    def keyed_stacks(self) -> list[Stack]:
        """Stacks keyed ballot by ballot that hold ballots (see stacks.keyed_by_ballot)."""
        return stacks_.keyed_by_ballot(self._stacks, self._stack_counts,
                                       {h.stack for h in self._hand})

    @property
    def unstacked(self) -> int:
        """Counted ballots keyed outside any stack (merged tables' ballots are in theirs)."""
        return self._entered - sum(self._stack_counts.values())

    @property
    def merged_tables(self) -> list[MergedTable]:
        """The counting tables merged into this count, in the order merged."""
        return list(self._merged)

    @property
    def table_info(self) -> TableInfo | None:
        """When this file is a counting table's: its name and the master count's key."""
        return self._table

    @property
    def spot_check(self) -> SpotCheck | None:
        """The spot check drawn last, with its re-keys so far."""
        return self._spot

    def results(self) -> list[tally_.OfficialResult]:
        return list(self.snapshot().results)

    def snapshot(self) -> Snapshot:
        """The results now, for the chart, the table, the projector and the minutes; made
        once per change however many views ask."""
        if self._snapshot is None:
            self._snapshot = snapshot_.snapshot(
                self.definition, self._numbers, self._tally, self._entered)
        return self._snapshot

    def election_outcome(self) -> Outcome | None:
        """An election's result now: elected, tied, unfilled (None: a confidence vote)."""
        return election_results.outcome(self.definition, self._numbers, self._tally)

    def election_settled(self) -> tuple[Settled, ...]:
        """For each candidate, whether the ballots still to key can change the outcome."""
        return election_results.settled(self.definition, self._numbers, self._tally,
                                        self._entered, self.closed)

    def minutes_data(self) -> MinutesData:
        """What the minutes print, recomputed from the stored ballots and the audit log."""
        try:
            return minutes_data.gather(self._count, self._closure, self.stacks)
        except ValidationError as exc:
            raise in_file(exc, self.path) from exc

    def events(self) -> list[Event]:
        return self._count.events()

    def events_of(self, *kinds: str) -> list[Event]:
        return self._count.events_of(*kinds)

    def checks(self) -> list[checks_.Check]:
        return checks_.run_checks(
            self.definition, self._numbers, self._tally, self._entered, self._stacks,
            self._stack_counts,
        ) + doubleentry.run_checks(
            self.double_entries, self.definition.rules.double_entry, self.keyed_stacks,
            self.unstacked)

    def ballots(self, stack: str | None = None) -> list[Ballot]:
        return self._count.ballots(stack)

    def ballot(self, number: int) -> Ballot | None:
        return self._count.ballot(number)

    def fingerprint(self) -> str:
        """SHA-256 over the audit chain head and the figures (see audit.count_fingerprint)."""
        return audit.count_fingerprint(self._count.fingerprint(), self.snapshot().figures())

    def verify(self) -> list[Term]:
        return verify_.verify(self._count)

    def identity(self) -> str:
        """The count's own identity (made at its creation; a rehearsal with the same list and
        rule set has another)."""
        return self._count.identity()

    @property
    def hand_tallies(self) -> list[HandTally]:
        """Stacks counted by hand (kept here: the views ask after every ballot)."""
        return list(self._hand)
