"""Counting tables: make a table file from the master count, merge the tables' files back.

A table file is a counting file with the master's officials and rule set, marked with the
table's name and the master count's identity. Merging checks the table file is intact, of
this count and of its very list of officials, refuses one already merged (same content, or a
name already a merged table's or one of the master's own stacks), and records its ballots in
the master, stack = the table's name, in one transaction with the merge.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from desktop.domain import doubleentry, names
from desktop.domain.ballot import BallotInput, BallotStatus, InvalidInput, KeyedInput
from desktop.domain.checks import Severity
from desktop.domain.count import Numbers
from desktop.domain.tables import (
    MergedTable,
    MergeOutcome,
    MergeReport,
    TableInfo,
    definition_key,
    list_differences,
)
from desktop.domain.tally import Tally
from desktop.domain.words import Term
from desktop.errors import DesktopError, ValidationError
from desktop.services.count_service import CountService

log = logging.getLogger(__name__)

IDENTITY = "count:"  # a table file's master key that names the master count itself


def master_key(master: CountService) -> str:
    """What a table file carries of its master: the master count's own identity."""
    return IDENTITY + master.identity()


def _require_free_name(master: CountService, name: str, file: str | None = None) -> None:
    """No merged table and none of the master's own stacks has this name (as names.key
    compares them): the minutes add up a table's ballots by its name."""
    key, field = names.key(name), None if file else "table"
    for merged in master.merged_tables:
        if names.key(merged.name) == key:
            raise ValidationError("table_name_merged_already", file=file, field=field,
                                  table=merged.name)
    for stack in master.stacks:
        if names.key(stack.name) == key:
            raise ValidationError("table_name_is_a_stack", file=file, field=field,
                                  table=name, stack=stack.name)


def make_table_file(master: CountService, out: Path, name: str) -> Path:
    name = names.clean(name)
    if not name:
        raise ValidationError("table_name_missing", field="table")
    if master.table_info is not None:
        raise ValidationError("table_file_of_a_table", field="table")
    _require_free_name(master, name)
    definition = replace(master.definition,
                         title=f"{master.definition.title} — {name}")
    with CountService.create(out, definition, Numbers()) as table:
        table.assign_table(TableInfo(name, master_key(master)))
    return out


def _of_this_count(info: TableInfo, master: CountService) -> bool:
    """The table file was made from this very count (its identity), or, made before table
    files carried it, from a count with the same list and rule set at the time."""
    if info.master_key.startswith(IDENTITY):
        return info.master_key == master_key(master)
    return info.master_key == definition_key(master.definition)


@dataclass(frozen=True)
class _Reading:
    """What a table's file brings to the master, once it is found fit to merge."""

    name: str
    content_hash: str
    verification: dict[str, Any]
    items: tuple[BallotInput, ...]


# what reading a damaged file can raise below the storage's own translation: a row, an event
# or the rules that do not parse (the details go to the program's log, with the traceback)
_DAMAGE = (KeyError, IndexError, ValueError, TypeError, AttributeError, OverflowError,
           RecursionError, ZeroDivisionError)


def merge_table(master: CountService, path: Path, name: str | None = None) -> MergedTable:
    """Merge one table's file whole, or refuse it (ValidationError) changing nothing. ``name``:
    the name its ballots take in the master instead of the table's own (the committee's
    choice, when that name is taken). A file too damaged to read is refused like any other."""
    if master.table_info is not None:  # a table's ballots go to the master, not to a table
        raise ValidationError("table_cannot_receive", file=str(path))
    try:
        reading = _read(master, path, name)
    except _DAMAGE as exc:
        log.warning("table file %s cannot be read", path, exc_info=True)
        raise ValidationError("table_file_damaged", file=str(path)) from exc
    made = master.record_many(list(reading.items), merge_as=(
        reading.name, reading.content_hash, reading.verification))
    return MergedTable(reading.name, reading.content_hash, made[0].number, made[-1].number,
                       len(made))


def merge_files(master: CountService, paths: Sequence[Path], name: str | None = None
                ) -> MergeReport:
    """Each file merged or refused on its own, in order, and what that changed."""
    before = master.entered
    outcomes = []
    for path in paths:
        try:
            merged = merge_table(master, path, name)
        except DesktopError as exc:
            outcomes.append(MergeOutcome(path, exc))
            continue
        counts = table_tally(master, merged.name)
        outcomes.append(MergeOutcome(path, merged, counts.valid, counts.invalid))
    return MergeReport(tuple(outcomes), before, master.entered)


def _read(master: CountService, path: Path, name: str | None) -> _Reading:
    with CountService.open(path, read_only=True) as table:
        info = table.table_info
        if info is None:
            raise ValidationError("table_file_not_table", file=str(path))
        if not _of_this_count(info, master):
            raise ValidationError("table_file_foreign", file=str(path))
        differences = list_differences(master.definition, table.definition)
        if differences:  # its marks would go, place by place, to other people
            raise ValidationError("table_list_differs", file=str(path),
                                  differences=differences)
        if table.merged_tables:  # it holds another table's ballots: they would count twice
            raise ValidationError("table_file_holds_merges", file=str(path),
                                  tables=", ".join(m.name for m in table.merged_tables))
        problems = table.verify()
        if problems:
            raise ValidationError("table_file_tampered", file=str(path),
                                  problem=problems[0])
        if master.definition.rules.double_entry:
            # what blocks closing the table's own count under "double entry required"
            unfinished = tuple(Term(c.code, c.values) for c in doubleentry.run_checks(
                table.double_entries, True, table.keyed_stacks, table.unstacked)
                if c.severity is Severity.ERROR)
            if unfinished:
                raise ValidationError("table_file_not_double_keyed", file=str(path),
                                      problems=unfinished)
        content_hash = table.fingerprint()
        for merged in master.merged_tables:
            if merged.content_hash == content_hash:
                raise ValidationError("table_file_merged_already", file=str(path),
                                      table=merged.name)
        name = names.clean(info.name if name is None else name)
        if not name:
            raise ValidationError("table_name_missing", file=str(path))
        _require_free_name(master, name, str(path))
        if table.hand_tallies:
            raise ValidationError("table_file_hand_counted", file=str(path),
                                  stacks=", ".join(h.stack for h in table.hand_tallies))
        verification = doubleentry.verification_record(
            table.double_entries.summary(), len(table.keyed_stacks))
        items: list[BallotInput] = []
        for ballot in table.ballots():
            if ballot.status is BallotStatus.VOIDED:
                continue
            if ballot.marks:
                items.append(KeyedInput(ballot.marks, name))
            elif ballot.reason is not None:
                items.append(InvalidInput(ballot.reason, ballot.note, name))
        if not items:
            raise ValidationError("table_file_empty", file=str(path))
    return _Reading(name, content_hash, verification, tuple(items))


def table_tally(master: CountService, name: str) -> Tally:
    """The counts of one merged table: its share of the consolidated results."""
    merged = [t.name for t in master.merged_tables]
    found = next((t for t in merged if names.key(t) == names.key(name)), None)
    if found is None:
        raise ValidationError("table_unknown", field="table", table=name,
                              merged=", ".join(merged) or "—")
    d = master.definition
    return Tally.of(len(d.on_ballot), d.rules.levels,
                    [b for b in master.ballots(found) if b.counts])
