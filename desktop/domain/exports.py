"""Results and the audit log as files: CSV (for Excel), XLSX, JSON lines.

The results files are made from MinutesData: every figure recomputed from the stored ballots,
with the fingerprint and whether the count is closed.

XLSX, to read and print: a header block (the meeting's title, body and sitting, place and date,
"DỰ THẢO — chưa kết thúc kiểm phiếu" in red while the count is not closed, the totals as
numbers, the base of the percentages in words, the fingerprint in groups of four as the
minutes print it), a blank row, then the table: counts and percentages are numbers (53.19,
shown with two decimals by the format 0.00 in the reader's own decimal sign; the column header
says %), the thresholds crossed in words. Each column is as wide as its entries; it prints on
A4 landscape, one page wide.

CSV, for programs and for Excel: the table alone, one header line then one line per official.
Its first column, "Tình trạng" / "Status", says on every line "DỰ THẢO" / "DRAFT" while the
count is not closed and "Đã kết thúc" / "Closed" once it is: a program still reads one table
under one header line, a person opening the file in Excel sees the mark in column A beside
every name, and a line copied elsewhere keeps it. An unknown percentage (no base yet) is an
empty field. UTF-8 with a byte-order mark so Excel shows Vietnamese letters; a cell that
starts with = + - @ (or a tab or carriage return) is prefixed with ' so a spreadsheet never
runs it as a formula.

Ballot events carry no wall-clock time, so no export can link a ballot to a moment;
``shuffle`` (a seed) also mixes the order of the ballot lines of the log.
"""

from __future__ import annotations

import csv
import io
import json
import random
from decimal import Decimal

from desktop.domain import audit, election_summary, xlsx
from desktop.domain import minutes as minutes_
from desktop.domain.audit import Event, canonical_json
from desktop.domain.count import NUMBER_FIELDS
from desktop.domain.minutes import MinutesData
from desktop.domain.snapshot import Snapshot
from desktop.domain.tally import format_percent
from desktop.domain.words import Lang, say
from desktop.domain.xlsx import Cell, Style

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
Value = str | int | Decimal | None


def safe_cell(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def results_rows(snapshot: Snapshot, lang: Lang) -> list[list[Value]]:
    """The results table: a header row, then one row per official in ballot order
    (percentages as Decimal, None where there is no base)."""
    rules = snapshot.definition.rules
    header: list[Value] = [say("export.no", lang), say("export.name", lang),
                           say("export.title", lang)]
    for label in rules.level_labels(lang):
        header += [label, say("export.level_percent", lang, label=label)]
    found = snapshot.outcome  # an election's: its outcome where a confidence vote has flags
    last = "export.thresholds" if found is None else "election.column"
    header += [say(c, lang) for c in ("export.blank", "export.multiple", "export.base", last)]
    rows: list[list[Value]] = [header]
    for r in snapshot.results:
        row: list[Value] = [r.position, r.name, r.title]
        for count, pct in zip(r.counts, r.percents, strict=True):
            row += [count, pct]
        said = ("; ".join(rules.flag_words(r.flags, lang)) if found is None
                else election_summary.outcome_word(found, r.position, None, lang))
        row += [r.blank, r.multiple, r.base, said]
        rows.append(row)
    return rows


def _csv_field(value: Value, lang: Lang) -> str | int:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format_percent(value, lang)
    return value if isinstance(value, int) else safe_cell(value)


def results_csv(data: MinutesData, lang: Lang) -> bytes:
    status = say("sheet.tampered" if data.tampered else "minutes.draft_word" if data.draft
                 else "sheet.closed", lang)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for k, row in enumerate(results_rows(data.snapshot, lang)):
        writer.writerow([say("sheet.status", lang) if k == 0 else status,
                         *(_csv_field(v, lang) for v in row)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _figures(s: Snapshot) -> list[tuple[str, int | None]]:
    """The totals of the header block: (the minutes' word for it, the number)."""
    return [*((f"minutes.{name}", s.numbers.get(name)) for name in NUMBER_FIELDS),
            ("minutes.valid", s.valid), ("minutes.invalid", s.invalid)]


def _header_block(data: MinutesData, lang: Lang) -> list[list[Value | Cell]]:
    s = data.snapshot
    d = s.definition
    rows: list[list[Value | Cell]] = [[Cell(d.title, Style.TITLE)]]
    if d.body or d.sitting:
        rows.append([" — ".join(part for part in (d.body, d.sitting) if part)])
    if d.place or d.date:
        rows.append([minutes_.place_date(d, lang)])
    if data.tampered:  # the file does not match its audit log: the sheet says so first
        rows.append([Cell(say("page.tampered", lang), Style.DRAFT)])
    if data.draft:
        rows.append([Cell(say("page.draft", lang), Style.DRAFT)])
    rows.append([])
    # labels in the name column, figures beside them; the sentences run on to the right
    rows += [[None, say(code, lang), Cell("…" if value is None else value, Style.FIGURE)]
             for code, value in _figures(s)]
    rows.append([None, minutes_.base_sentence(s, lang)])
    setup, rule = d.election, d.rules.election
    if s.outcome is not None and setup is not None and rule is not None:
        # an election's seats, bar, elected, tied and seats left, as the results tab says them
        rows += [[None, line] for line in election_summary.summary(
            setup, s.outcome, rule.bar, s.base_value, tuple(o.name for o in d.on_ballot), lang,
            closed=not data.draft)]
    rows.append([None, say("page.fingerprint", lang,
                           fingerprint=audit.format_fingerprint(data.fingerprint))])
    return [*rows, []]


def _width(value: Value) -> int:
    return 0 if value is None else len(format(value, "f") if isinstance(value, Decimal)
                                         else str(value))


def _widths(table: list[list[Value]], name_at_least: int) -> list[int]:
    """Characters per column: its longest entry; a header wraps, so only its longest word
    (or 10 letters, if the header is longer) counts."""
    widths = []
    for column, (head, *body) in enumerate(zip(*table, strict=True)):
        text = str(head or "")
        longest = max((len(word) for word in text.split()), default=0)
        width = max([min(len(text), max(longest, 10)), *(_width(v) for v in body)])
        if column == 1:
            width = max(width, name_at_least)
        widths.append(min(max(width, 4), 60) + 2)
    return widths


def _lines(text: str, width: int) -> int:
    """How many lines ``text`` wraps to in a column ``width`` characters wide."""
    lines, used = 1, 0
    for word in text.split():
        if used and used + 1 + len(word) > width:
            lines, used = lines + 1, 0
        used += (1 if used else 0) + len(word)
    return lines


def results_xlsx(data: MinutesData, lang: Lang) -> bytes:
    s = data.snapshot
    table = results_rows(s, lang)
    percents = {4 + 2 * k for k in range(s.definition.rules.levels)}
    cells = [[Cell(v, Style.HEADING if r == 0 else Style.PERCENT if c in percents
                   else Style.TABLE) for c, v in enumerate(row)]
             for r, row in enumerate(table)]
    labels = max(len(say(code, lang)) for code, _ in _figures(s))
    widths = _widths(table, labels)
    block = _header_block(data, lang)
    lines = max(_lines(str(head), width - 1) for head, width in zip(table[0], widths,
                                                                     strict=True))
    return xlsx.write_workbook([*block, *cells], say("export.sheet", lang), widths,
                               heights={len(block): 15 * lines}, landscape=True)


def log_jsonl(events: list[Event], shuffle: int | None = None) -> bytes:
    """One event per line, as hashed; with ``shuffle`` the ballot events are reordered
    (the chain then no longer verifies from this file: it is for reading, the counting
    file is the evidence)."""
    lines: list[dict[str, object]] = [
        {"seq": e.seq, "kind": e.kind, "at": e.at, "data": e.data, "prev_hash": e.prev_hash,
         "hash": e.hash} for e in events]
    if shuffle is not None:
        # a shuffled ballot line keeps nothing that orders it: no seq, and no hashes (each
        # line's prev_hash is the hash of the line before it)
        ballots = [{"kind": line["kind"], "at": None, "data": line["data"]}
                   for line in lines if line["at"] is None]
        random.Random(shuffle).shuffle(ballots)
        it = iter(ballots)
        lines = [next(it) if line["at"] is None else line for line in lines]
    return "".join(canonical_json(line) + "\n" for line in lines).encode("utf-8")


def parse_jsonl(data: bytes) -> list[dict[str, object]]:
    return [json.loads(line) for line in data.decode("utf-8").splitlines() if line]
