"""The counting file's sheets beside the ballots: the stacks, the hand-tally sheets, and the
counting tables (this file's table, the tables merged into it). Part of ``CountFile``: each
change is one transaction holding the change and its audit event."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol

from sqlite_utils import Database

from desktop.domain import audit, clock
from desktop.domain.audit import Event, EventKind
from desktop.domain.ballot import Ballot
from desktop.domain.handtally import HandTally
from desktop.domain.stacks import Stack
from desktop.domain.tables import MergedTable, TableInfo
from desktop.storage import rows
from desktop.storage.connection import translated


class _File(Protocol):
    """What the sheets use of the counting file they are part of."""

    path: Path
    name: str
    db: Database

    def _writable(self) -> None: ...

    def _append(self, kind: str, data: dict[str, Any], at: str | None,
                prev: Event | None = None) -> Event: ...

    def _insert_ballots(self, ballots: Iterable[Ballot]) -> Event | None: ...


class Sheets:
    def stacks(self: _File) -> list[Stack]:
        with translated(self.path):
            return [rows.stack(self.name, r)
                    for r in self.db.query("SELECT * FROM stacks ORDER BY id")]

    def open_stack(self: _File, stack: Stack) -> None:
        self._writable()
        with translated(self.path), self.db.atomic():
            self.db.table("stacks").insert({"name": stack.name, "expected": stack.expected,
                                            "closed": 0, "operator": stack.operator})
            self._append(EventKind.STACK_OPENED, stack.to_dict(), clock.now_utc())

    def close_stack(self: _File, name: str, reason: str) -> None:
        self._writable()
        with translated(self.path), self.db.atomic():
            self.db.execute("UPDATE stacks SET closed = 1, close_reason = ? WHERE name = ?",
                            [reason, name])
            self._append(EventKind.STACK_CLOSED, {"name": name, "reason": reason}, clock.now_utc())

    def hand_tallies(self: _File) -> list[HandTally]:
        with translated(self.path):
            return [rows.hand_tally(self.name, r)
                    for r in self.db.query("SELECT * FROM hand_tallies ORDER BY id")]

    def record_hand_tally(self: _File, sheet: HandTally) -> None:
        self._writable()
        with translated(self.path), self.db.atomic():
            self.db.table("hand_tallies").insert(
                {"stack": sheet.stack, "data": audit.canonical_json(sheet.to_dict())})
            self._append(EventKind.HAND_TALLY_RECORDED, sheet.to_dict(), None)

    def table_info(self: _File) -> TableInfo | None:
        with translated(self.path):
            row = next(self.db.query("SELECT * FROM table_info WHERE id = 1"), None)
            return None if row is None else rows.table_info(self.name, row)

    def merged_tables(self: _File) -> list[MergedTable]:
        with translated(self.path):
            return [rows.merged_table(self.name, r)
                    for r in self.db.query("SELECT * FROM merged_tables ORDER BY id")]

    def assign_table(self: _File, info: TableInfo) -> None:
        """Mark this file as a table file of a master count."""
        self._writable()
        with translated(self.path), self.db.atomic():
            self.db.table("table_info").insert(
                {"id": 1, "name": info.name, "master_key": info.master_key})
            self._append(EventKind.TABLE_ASSIGNED,
                         {"name": info.name, "master_key": info.master_key}, clock.now_utc())

    def merge(self: _File, ballots: list[Ballot], merged: MergedTable,
              verification: dict[str, Any] | None = None) -> None:
        """A table's ballots and the record of the merge, in one transaction; the event also
        carries what the table's file said of its verification (double entry)."""
        self._writable()
        with translated(self.path), self.db.atomic():
            head = self._insert_ballots(ballots)
            self.db.table("merged_tables").insert({
                "name": merged.name, "content_hash": merged.content_hash,
                "first_number": merged.first, "last_number": merged.last,
                "ballots": merged.ballots})
            data: dict[str, Any] = {
                "name": merged.name, "content_hash": merged.content_hash,
                "first": merged.first, "last": merged.last, "ballots": merged.ballots}
            if verification:
                data["verification"] = verification
            self._append(EventKind.TABLE_MERGED, data, clock.now_utc(), head)
