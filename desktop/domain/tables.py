"""Counting tables: large meetings count at several tables at once. The master count exports
a table file (same officials and rule set); each table keys its share in its own file; the
master merges the files, refusing a file of another count or one already merged."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from desktop.domain.count import CountDefinition


def definition_key(definition: CountDefinition) -> str:
    """What makes two files the same count: the officials and the rule set (the meeting's
    wording or the committee may differ)."""
    data = {"officials": [o.to_dict() for o in definition.officials],
            "rules": definition.rules.to_dict()}
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


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
