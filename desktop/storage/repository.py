"""The counting file: the only place that reads and writes a count's tables.

Every change is one transaction that holds the change and its audit event, so the file never
shows one without the other. Methods return domain objects, never rows.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from desktop.domain import audit, clock
from desktop.domain.audit import Event, EventKind
from desktop.domain.ballot import BLANK, MULTIPLE, Ballot, BallotStatus, InvalidReason
from desktop.domain.count import CountDefinition, Numbers
from desktop.domain.tally import Tally
from desktop.domain.words import Term
from desktop.errors import StorageError
from desktop.storage import rows
from desktop.storage.connection import create_database, open_database, os_error, translated
from desktop.storage.sheets import Sheets

FILE_SUFFIX = ".kiemphieu"
_STATUSES = frozenset(s.value for s in BallotStatus)
_REASONS = frozenset((None, *(r.value for r in InvalidReason)))


class CountFile(Sheets):
    """An open counting file."""

    def __init__(self, path: Path, db: Database, read_only: bool) -> None:
        self.path = path
        self.name = path.name  # what a damaged row's message names
        self.db = db
        self.read_only = read_only
        self._written: list[Event] | None = None  # the events of the open transaction()
        with translated(path):
            self._load_definition()

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False, alone: bool = False
             ) -> CountFile:
        """``alone``: no writer can be at work on the file (see open_database)."""
        path = Path(path)
        db = open_database(path, read_only=read_only, alone=alone)
        try:
            return cls(path, db, read_only)
        except StorageError:  # a damaged definition (rows.py names where)
            db.close()
            raise

    @classmethod
    def create(
        cls, path: Path | str, definition: CountDefinition, numbers: Numbers, *, at: str = ""
    ) -> CountFile:
        """Write the whole new file beside ``path``, then move it into place in one step."""
        path = Path(path)
        if path.exists():
            raise StorageError("file_exists", name=path.name)
        folder = path.resolve().parent
        if not folder.is_dir():
            raise StorageError("folder_missing", path=str(folder))
        fd, tmp_name = tempfile.mkstemp(prefix=".kiemphieu-", suffix=".tmp", dir=folder)
        os.close(fd)
        tmp = Path(tmp_name)
        tmp.unlink()
        try:
            with translated(path):
                db = create_database(tmp)
                with db.atomic():
                    rows.insert_definition(db, definition, numbers)
                    event = audit.chain(
                        None, EventKind.COUNT_CREATED,
                        {"definition": definition.to_dict(), "numbers": numbers.to_dict(),
                         "count_id": uuid.uuid4().hex},  # the count's own identity
                        at or clock.now_utc(),
                    )
                    rows.insert_event(db, event)
                db.close()
            os.replace(tmp, path)
        except OSError as exc:
            raise os_error("file_cannot_create", exc, path) from exc
        finally:
            tmp.unlink(missing_ok=True)
        return cls.open(path)

    def close(self) -> None:
        self.db.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[list[Event]]:
        """One transaction around several writes (each method's own is then a savepoint):
        a use case that changes two things commits both or neither. Yields the list of the
        events appended inside it, complete once the block has committed."""
        self._writable()
        written: list[Event] = []
        self._written = written
        try:
            with translated(self.path), self.db.atomic():
                yield written
        finally:
            self._written = None

    # -- reading ---------------------------------------------------------------------------
    def _load_definition(self) -> None:
        self.definition = rows.definition(
            self.name, self._count_info(),
            list(self.db.query("SELECT * FROM officials ORDER BY position")),
            list(self.db.query("SELECT * FROM committee ORDER BY position")))
        self._official_ids: list[int] = [
            row[0] for row in self.db.execute(
                "SELECT id FROM officials WHERE excluded = 0 ORDER BY position")]
        levels = self.definition.rules.levels
        self._states = frozenset((BLANK, MULTIPLE, *range(1, levels + 1)))  # a mark's

    def _count_info(self) -> dict[str, Any]:
        row = next(self.db.query("SELECT * FROM count_info WHERE id = 1"), None)
        if row is None:
            raise rows.Place(self.name, "count_info", 1).damaged(
                "id", Term("stored_entry_missing"))
        return row

    def numbers(self) -> Numbers:
        with translated(self.path):
            return rows.numbers(self.name, self._count_info())

    def ballot(self, number: int) -> Ballot | None:
        with translated(self.path):
            row = next(self.db.query("SELECT * FROM ballots WHERE number = ?", [number]), None)
            if row is None:
                return None
            states = []
            for official_id, state in self.db.execute(
                    "SELECT m.official_id, m.state FROM marks m JOIN officials o "
                    "ON o.id = m.official_id WHERE m.ballot_id = ? ORDER BY o.position",
                    [row["id"]]):
                rows.check_mark(self.name, row["id"], official_id, state, self._states)
                states.append(state)
        return rows.ballot(self.name, row, tuple(states))

    def ballots(self, stack: str | None = None) -> list[Ballot]:
        """Every ballot record (of one stack, if given) in number order, voided ones too."""
        where, args = ("", []) if stack is None else ("WHERE b.stack = ?", [stack])
        # all: one scan of marks; one stack: CROSS JOIN keeps ballots the outer loop, so
        # only that stack's marks are read
        source = ("marks m" if stack is None
                  else "ballots b CROSS JOIN marks m ON m.ballot_id = b.id")
        with translated(self.path):
            marks: dict[int, list[int]] = {}
            states = self._states
            for ballot_id, official_id, state in self.db.execute(
                f"SELECT m.ballot_id, m.official_id, m.state FROM {source} JOIN officials o "
                f"ON o.id = m.official_id {where} ORDER BY m.ballot_id, o.position", args
            ):
                if state not in states:
                    rows.check_mark(self.name, ballot_id, official_id, state, states)
                marks.setdefault(ballot_id, []).append(state)
            found = list(self.db.query(f"SELECT * FROM ballots b {where} ORDER BY number",
                                       args))
        return [rows.ballot(self.name, r, tuple(marks.get(r["id"], ()))) for r in found]

    def invalid_notes(self, reason: str) -> list[str]:
        """What was written of each invalid ballot of ``reason``, in number order."""
        with translated(self.path):
            return [rows.ballot(self.name, row, ()).note for row in self.db.query(
                "SELECT * FROM ballots WHERE status = 'invalid' AND reason = ? AND note != '' "
                "ORDER BY number", [reason])]

    def next_number(self) -> int:
        """After the highest ballot number stored (its row decoded: a damaged number is
        named, not added to)."""
        with translated(self.path):
            row = next(self.db.query("SELECT * FROM ballots ORDER BY number DESC LIMIT 1"), None)
        return 1 if row is None else rows.ballot(self.name, row, ()).number + 1

    def entered(self) -> int:
        """Ballots that count, as stored: records not voided, plus hand-tallied stacks."""
        with translated(self.path):
            value = self.db.execute("SELECT count(*) FROM ballots WHERE status != 'voided'")
            return int(value.fetchone()[0]) + sum(s.ballots for s in self.hand_tallies())

    def load_tally(self) -> Tally:
        """Rebuild the tally with SQL aggregates: one pass over marks, one over ballots."""
        d = self.definition
        tally = Tally(len(d.on_ballot), d.rules.levels)
        index = {official_id: i for i, official_id in enumerate(self._official_ids)}
        with translated(self.path):
            for official_id, state, n in self.db.execute(
                "SELECT m.official_id, m.state, count(*) FROM marks m "
                "JOIN ballots b ON b.id = m.ballot_id WHERE b.status = 'valid' "
                "GROUP BY m.official_id, m.state"
            ):
                if official_id not in index or state not in self._states:
                    self._damaged_mark(official_id, state)
                tally.rows[index[official_id]][tally.state_index(state)] += n
            for status, reason, n in self.db.execute(
                "SELECT status, reason, count(*) FROM ballots WHERE status != 'voided' "
                "GROUP BY status, reason"
            ):
                if status not in _STATUSES or reason not in _REASONS:
                    self._damaged_ballot(status, reason)
                if status == BallotStatus.VALID:
                    tally.valid += n
                else:
                    tally.invalid += n
                    if reason:
                        tally.invalid_reasons[InvalidReason(reason)] += n
        for sheet in self.hand_tallies():
            tally.add_counts(sheet.rows, sheet.valid, sheet.invalid)
        return tally

    def _damaged_mark(self, official_id: object, state: object) -> None:
        """Raises the damage of the first mark with this official and state (found by a
        tally's aggregate: which row it is takes one more query)."""
        ballot_id = self.db.execute(
            "SELECT ballot_id FROM marks WHERE official_id IS ? AND state IS ? LIMIT 1",
            [official_id, state]).fetchone()[0]
        if official_id not in self._official_ids:
            raise rows.unknown_official(self.name, ballot_id, official_id)
        rows.check_mark(self.name, ballot_id, official_id, state, self._states)

    def _damaged_ballot(self, status: object, reason: object) -> None:
        row = next(self.db.query("SELECT * FROM ballots WHERE status IS ? AND reason IS ? "
                                 "LIMIT 1", [status, reason]))
        rows.ballot(self.name, row, ())  # raises: names the row and the column

    def stack_counts(self) -> dict[str, int]:
        """Ballots that count, per stack name: records not voided, plus hand-tallied sheets
        (as entered() counts them)."""
        with translated(self.path):
            counts: dict[str, int] = {name: n for name, n in self.db.execute(
                "SELECT stack, count(*) FROM ballots WHERE status != 'voided' AND stack != '' "
                "GROUP BY stack")}
        for sheet in self.hand_tallies():
            counts[sheet.stack] = counts.get(sheet.stack, 0) + sheet.ballots
        return counts

    def status_by_stack(self) -> dict[tuple[str, str], int]:
        """How many ballots of each status each stack holds (one aggregate query)."""
        with translated(self.path):
            return {(stack, status): n for stack, status, n in self.db.execute(
                "SELECT stack, status, count(*) FROM ballots GROUP BY stack, status")}

    def events_of(self, *kinds: str) -> list[Event]:
        with translated(self.path):
            marks = ",".join("?" * len(kinds))
            return [rows.event(self.name, r) for r in self.db.query(
                f"SELECT * FROM events WHERE kind IN ({marks}) ORDER BY seq", list(kinds))]

    def events(self) -> list[Event]:
        with translated(self.path):
            return [rows.event(self.name, r)
                    for r in self.db.query("SELECT * FROM events ORDER BY seq")]

    def identity(self) -> str:
        """The count's own identity, made when it was created: the id its creation event
        carries (a count made before ids existed: that event's hash, as unique)."""
        created = next(iter(self.events_of(EventKind.COUNT_CREATED)), None)
        if created is None:
            return ""
        return str(created.data.get("count_id") or created.hash)

    def head(self) -> Event | None:
        with translated(self.path):
            row = next(self.db.query("SELECT * FROM events ORDER BY seq DESC LIMIT 1"), None)
        return None if row is None else rows.event(self.name, row)

    def fingerprint(self) -> str:
        head = self.head()
        return head.hash if head else audit.GENESIS

    # -- writing ---------------------------------------------------------------------------
    def _writable(self) -> None:
        if self.read_only:
            raise StorageError("file_open_read_only", name=self.path.name)

    def set_numbers(self, changes: dict[str, int | None]) -> None:
        """Store changed numbers; the caller has checked the resulting set."""
        self._writable()
        with translated(self.path), self.db.atomic():
            self.db.table("count_info").update(1, changes)
            self._append(EventKind.NUMBERS_SET, {"changes": changes}, clock.now_utc())

    def update_definition(self, definition: CountDefinition) -> None:
        """New meeting details and committee; new officials or rules only before any ballot."""
        self._writable()
        officials_changed = (definition.officials != self.definition.officials
                             or definition.rules != self.definition.rules)
        with translated(self.path), self.db.atomic():
            if officials_changed and self.db.execute("SELECT 1 FROM ballots LIMIT 1").fetchone():
                raise StorageError("officials_fixed")
            self.db.table("count_info").update(1, rows.meeting(definition))
            if officials_changed:
                rows.write_officials(self.db, definition)
            rows.write_committee(self.db, definition)
            self._append(EventKind.DEFINITION_SET, {"definition": definition.to_dict()},
                         clock.now_utc())
        with translated(self.path):
            self._load_definition()

    def log(self, kind: str, data: dict[str, Any]) -> Event:
        """An event that changes no table (closing, reopening), with the time it happened."""
        return self.log_many([(kind, data, True)])[0]

    def log_many(self, items: list[tuple[str, dict[str, Any], bool]]) -> list[Event]:
        """Events that change no table, in one transaction; each (kind, data, timed): an
        event about one ballot carries no time."""
        self._writable()
        out: list[Event] = []
        with translated(self.path), self.db.atomic():
            for kind, data, timed in items:
                out.append(self._append(kind, data, clock.now_utc() if timed else None,
                                        out[-1] if out else None))
        return out

    def record(self, ballots: Iterable[Ballot]) -> None:
        """Save ballots, each with its event, in one transaction: all or nothing."""
        self._writable()
        with translated(self.path), self.db.atomic():
            self._insert_ballots(ballots)

    def _insert_ballots(self, ballots: Iterable[Ballot]) -> Event | None:
        """Each ballot with its event, inside the caller's transaction; returns the head."""
        head = self.head()
        for ballot in ballots:
            self._insert_ballot(ballot)
            head = self._append(EventKind.BALLOT_RECORDED, ballot.to_dict(), None, head)
        return head

    def void(self, number: int, reason: str) -> None:
        self._writable()
        with translated(self.path), self.db.atomic():
            self.db.execute(
                "UPDATE ballots SET status = 'voided', void_reason = ? WHERE number = ?",
                [reason, number])
            self._append(EventKind.BALLOT_VOIDED, {"number": number, "reason": reason}, None)

    def replace(self, ballot: Ballot, reason: str,
                also: tuple[str, dict[str, Any]] | None = None) -> None:
        """Re-key a ballot: its record takes the new marks and status; ``also`` is a timed
        event written in the same transaction."""
        self._writable()
        with translated(self.path), self.db.atomic():
            row_id = self.db.execute(
                "SELECT id FROM ballots WHERE number = ?", [ballot.number]).fetchone()[0]
            self.db.execute("DELETE FROM marks WHERE ballot_id = ?", [row_id])
            self.db.execute(
                "UPDATE ballots SET status = ?, reason = ?, note = ?, void_reason = '' "
                "WHERE id = ?",
                [ballot.status.value, ballot.reason.value if ballot.reason else None,
                 ballot.note, row_id])
            self._insert_marks(row_id, ballot.marks)
            head = self._append(
                EventKind.BALLOT_EDITED,
                {"number": ballot.number, "ballot": ballot.to_dict(), "reason": reason}, None)
            if also is not None:  # about the same ballot: no time either
                self._append(also[0], also[1], None, head)

    def _insert_ballot(self, ballot: Ballot) -> None:
        cursor = self.db.execute(
            "INSERT INTO ballots (number, stack, status, reason, note) VALUES (?, ?, ?, ?, ?)",
            [ballot.number, ballot.stack, ballot.status.value,
             ballot.reason.value if ballot.reason else None, ballot.note])
        assert cursor.lastrowid is not None
        self._insert_marks(cursor.lastrowid, ballot.marks)

    def _insert_marks(self, ballot_id: int, marks: tuple[int, ...]) -> None:
        if marks:
            self.db.conn.executemany(
                "INSERT INTO marks (ballot_id, official_id, state) VALUES (?, ?, ?)",
                [(ballot_id, oid, s) for oid, s in zip(self._official_ids, marks, strict=True)])

    def _append(
        self, kind: str, data: dict[str, Any], at: str | None, prev: Event | None = None
    ) -> Event:
        event = audit.chain(prev if prev is not None else self.head(), kind, data, at)
        rows.insert_event(self.db, event)
        if self._written is not None:
            self._written.append(event)
        return event
