"""Counting tables: large meetings count at several tables at once. The master count exports
a table file (same officials and rule set); each table keys its share in its own file; the
master merges the files, refusing a file of another count or one already merged."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from desktop.domain import names
from desktop.domain.count import CountDefinition, Official
from desktop.domain.words import Term
from desktop.errors import DesktopError

SHOWN_DIFFERENCES = 3  # a reversed list of 500 is named by its first places and a count


def definition_key(definition: CountDefinition) -> str:
    """What makes two files the same count: the officials and the rule set (the meeting's
    wording or the committee may differ)."""
    data = {"officials": [o.to_dict() for o in definition.officials],
            "rules": definition.rules.to_dict()}
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _who(official: Official | None) -> Term:
    if official is None:
        return Term("table_diff.nobody")
    return Term("table_diff.excluded" if official.excluded else "table_diff.who",
                {"name": official.name})


def _same_place(a: Official, b: Official) -> bool:
    """The same person in the same place of the list (the title may be worded otherwise)."""
    return names.key(a.name) == names.key(b.name) and a.excluded == b.excluded


def list_differences(master: CountDefinition, table: CountDefinition) -> tuple[Term, ...]:
    """Where a table's list and rules differ from the master's. Marks are stored by place on
    the ballot, so any difference of order, name, number or exclusion would give one person's
    marks to another: the caller refuses the table, naming these."""
    out: list[Term] = []
    ours, theirs = master.officials, table.officials
    if len(ours) != len(theirs):
        out.append(Term("table_diff.count", {"master": len(ours), "table": len(theirs)}))
    places = [i for i in range(max(len(ours), len(theirs)))
              if i >= len(ours) or i >= len(theirs) or not _same_place(ours[i], theirs[i])]
    for i in places[:SHOWN_DIFFERENCES]:
        out.append(Term("table_diff.official", {
            "position": i + 1, "master": _who(ours[i] if i < len(ours) else None),
            "table": _who(theirs[i] if i < len(theirs) else None)}))
    if len(places) > SHOWN_DIFFERENCES:
        out.append(Term("table_diff.more", {"n": len(places) - SHOWN_DIFFERENCES}))
    logged, stored = master.rules.to_dict(), table.rules.to_dict()
    if logged != stored:
        out.append(Term("table_diff.rules", {"fields": ", ".join(sorted(
            k for k in logged.keys() | stored.keys() if logged.get(k) != stored.get(k)))}))
    return tuple(out)


@dataclass(frozen=True)
class TableInfo:
    """Written into a table file: its name and the master count it belongs to."""

    name: str
    master_key: str


@dataclass(frozen=True)
class MergedTable:
    name: str
    content_hash: str  # the table file's fingerprint when it was merged
    first: int  # the master's ballot numbers given to its ballots
    last: int
    ballots: int


@dataclass(frozen=True)
class MergeOutcome:
    """What became of one table's file: merged (its ballots' valid and invalid split), or
    refused with the reason; a refused file changed nothing."""

    file: Path
    result: MergedTable | DesktopError
    valid: int = 0
    invalid: int = 0

    @property
    def merged(self) -> bool:
        return isinstance(self.result, MergedTable)

    def line(self, file: str) -> Term:
        """The report's line for it, the file spelled as the reader knows it."""
        m = self.result
        if not isinstance(m, MergedTable):
            return Term("merge.refused", {"file": file, "reason": Term(m.code, m.values)})
        return Term("merge.merged", {"file": file, "table": m.name, "ballots": m.ballots,
                                     "first": m.first, "last": m.last, "valid": self.valid,
                                     "invalid": self.invalid})


@dataclass(frozen=True)
class MergeReport:
    """A merge of several files: each one's outcome, and the master's ballots before and
    after (nothing else of the master changes)."""

    outcomes: tuple[MergeOutcome, ...]
    before: int
    after: int

    @property
    def refused(self) -> int:
        return sum(not o.merged for o in self.outcomes)

    def summary(self) -> Term:
        return Term("merge.summary", {"before": self.before, "after": self.after,
                                      "merged": len(self.outcomes) - self.refused,
                                      "refused": self.refused})
