"""Results and the audit log as files: CSV (for Excel), XLSX, JSON lines.

CSV is UTF-8 with a byte-order mark so Excel shows Vietnamese letters; a cell that starts with
= + - @ (or a tab or carriage return) is prefixed with ' so a spreadsheet never runs it as a
formula. Ballot events carry no wall-clock time, so no export can link a ballot to a moment;
``shuffle`` (a seed) also mixes the order of the ballot lines of the log.
"""

from __future__ import annotations

import csv
import io
import json
import random

from desktop.domain import xlsx
from desktop.domain.audit import Event, canonical_json
from desktop.domain.snapshot import Snapshot
from desktop.domain.tally import format_percent
from desktop.domain.words import Lang, say

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def results_rows(snapshot: Snapshot, lang: Lang) -> list[list[str | int]]:
    rules = snapshot.definition.rules
    header: list[str | int] = [say("export.no", lang), say("export.name", lang),
                               say("export.title", lang)]
    for label in rules.level_labels(lang):
        header += [label, say("export.level_percent", lang, label=label)]
    header += [say(c, lang) for c in ("export.blank", "export.multiple", "export.base",
                                       "export.thresholds")]
    rows: list[list[str | int]] = [header]
    for r in snapshot.results:
        row: list[str | int] = [r.position, r.name, r.title]
        for count, pct in zip(r.counts, r.percents, strict=True):
            row += [count, format_percent(pct, lang)]
        row += [r.blank, r.multiple, "" if r.base is None else r.base,
                "; ".join(rules.flag_words(r.flags, lang))]
        rows.append(row)
    return rows


def results_csv(snapshot: Snapshot, lang: Lang) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for row in results_rows(snapshot, lang):
        writer.writerow([v if isinstance(v, int) else safe_cell(v) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def results_xlsx(snapshot: Snapshot, lang: Lang) -> bytes:
    return xlsx.write_workbook(results_rows(snapshot, lang), say("export.sheet", lang))


def log_jsonl(events: list[Event], shuffle: int | None = None) -> bytes:
    """One event per line, as hashed; with ``shuffle`` the ballot events are reordered
    (the chain then no longer verifies from this file: it is for reading, the counting
    file is the evidence)."""
    lines = [{"seq": e.seq, "kind": e.kind, "at": e.at, "data": e.data,
              "prev_hash": e.prev_hash, "hash": e.hash} for e in events]
    if shuffle is not None:
        ballots = [line for line in lines if line["at"] is None]
        random.Random(shuffle).shuffle(ballots)
        it = iter(ballots)
        lines = [next(it) if line["at"] is None else line for line in lines]
    return "".join(canonical_json(line) + "\n" for line in lines).encode("utf-8")


def parse_jsonl(data: bytes) -> list[dict[str, object]]:
    return [json.loads(line) for line in data.decode("utf-8").splitlines() if line]
