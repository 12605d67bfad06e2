"""Counting tables: make a table file from the master count, merge the tables' files back.

A table file is a counting file with the master's officials and rule set, marked with the
table's name and the master's definition key. Merging checks the table file is intact and
of this count, refuses one already merged (same content, or same table name), and records
its ballots in the master, stack = the table's name, in one transaction with the merge.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from desktop.domain import doubleentry
from desktop.domain.ballot import BallotInput, BallotStatus, InvalidInput, KeyedInput
from desktop.domain.count import Numbers
from desktop.domain.tables import MergedTable, TableInfo, definition_key
from desktop.domain.tally import Tally
from desktop.errors import ValidationError
from desktop.services.count_service import CountService


def make_table_file(master: CountService, out: Path, name: str) -> Path:
    name = name.strip()
    if not name:
        raise ValidationError("the table needs a name", field="table")
    definition = replace(master.definition,
                         title=f"{master.definition.title} — {name}")
    with CountService.create(out, definition, Numbers()) as table:
        table.count_file.assign_table(TableInfo(name, definition_key(master.definition)))
    return out


def merge_table(master: CountService, path: Path) -> MergedTable:
    with CountService.open(path, read_only=True) as table:
        info = table.count_file.table_info()
        if info is None:
            raise ValidationError("is not a table file (made with 'table-file')",
                                  file=str(path))
        if info.master_key != definition_key(master.definition):
            raise ValidationError("belongs to another count (other officials or rules)",
                                  file=str(path))
        problems = table.verify()
        if problems:
            raise ValidationError("does not match its own audit log: " + problems[0],
                                  file=str(path))
        if master.definition.rules.double_entry:
            unfinished = [c.message for c in table.checks("en")
                          if c.code in doubleentry.BLOCKING_CODES]
            if unfinished:
                raise ValidationError("is not fully double-keyed, which this count requires: "
                                      + " ".join(unfinished), file=str(path))
        content_hash = table.fingerprint()
        for merged in master.count_file.merged_tables():
            if merged.content_hash == content_hash:
                raise ValidationError(f"was already merged (as table {merged.name!r})",
                                      file=str(path))
            if merged.name == info.name:
                raise ValidationError(f"table {info.name!r} is already merged; a second "
                                      "file of the same table would count twice",
                                      file=str(path))
        if table.hand_tallies:
            raise ValidationError(
                "holds stacks counted by hand (" + ", ".join(h.stack for h in table.hand_tallies)
                + "); enter those tally sheets at the master count instead", file=str(path))
        verification = doubleentry.verification_record(
            table.double_entries.summary(), len(table.keyed_stacks))
        items: list[BallotInput] = []
        for ballot in table.ballots():
            if ballot.status is BallotStatus.VOIDED:
                continue
            if ballot.marks:
                items.append(KeyedInput(ballot.marks, info.name))
            elif ballot.reason is not None:
                items.append(InvalidInput(ballot.reason, ballot.note, info.name))
        if not items:
            raise ValidationError("holds no ballot", file=str(path))
    made = master.record_many(items, merge_as=(info.name, content_hash, verification))
    return MergedTable(info.name, content_hash, made[0].number, made[-1].number, len(made))


def table_tally(master: CountService, name: str) -> Tally:
    """The counts of one merged table: its share of the consolidated results."""
    names = [t.name for t in master.count_file.merged_tables()]
    if name not in names:
        raise ValidationError(f"no table {name!r} was merged; merged: "
                              + (", ".join(names) or "none"), field="table")
    d = master.definition
    return Tally.of(len(d.on_ballot), d.rules.levels,
                    [b for b in master.ballots(name) if b.counts])
