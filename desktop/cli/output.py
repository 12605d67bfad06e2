"""Results as text: an aligned table, CSV or JSON (the JSON shape is a public interface: its
codes stay codes, its messages are words in the chosen language)."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from typing import Any

from desktop.cli import election
from desktop.domain.exports import safe_cell
from desktop.domain.rules import BaseKind
from desktop.domain.tally import format_percent
from desktop.domain.words import Lang, Term, say
from desktop.services import tables
from desktop.services.count_service import CountService


def results_json(service: CountService, lang: Lang) -> str:
    d = service.definition
    tally = service.tally
    base_kind = d.rules.base
    data: dict[str, Any] = {
        "fingerprint": service.fingerprint(),
        "rules": d.rules.code,
        "base": {
            "kind": base_kind.value,
            "value": d.base_of(service.numbers, tally.valid),
        },
        "ballots": {
            "entered": service.entered,
            "valid": tally.valid,
            "invalid": tally.invalid,
            "voided": sum(1 for b in service.ballots() if not b.counts),
        },
        "officials": [
            {
                "position": r.position,
                "name": r.name,
                "title": r.title,
                "counts": {
                    **{str(level): c for level, c in enumerate(r.counts, start=1)},
                    "blank": r.blank,
                    "multiple": r.multiple,
                },
                "base": r.base,
                "percent": {
                    str(level): (None if p is None else f"{p:.2f}")
                    for level, p in enumerate(r.percents, start=1)
                },
                "flags": list(r.flags),
            }
            for r in service.results()
        ],
        "checks": [{"code": c.code, "severity": c.severity.value, "message": c.words(lang)}
                   for c in service.checks()],
        "hand_counted": [{"stack": s.stack, "ballots": s.ballots, "valid": s.valid,
                          "invalid": s.invalid} for s in service.hand_tallies],
    }
    election.results(service, data)
    return json.dumps(data, ensure_ascii=False, indent=2)


def _header(service: CountService, lang: Lang) -> list[str]:
    labels = service.definition.rules.level_labels(lang)
    cells = [say("export.no", lang), say("export.name", lang)]
    for label in labels:
        cells += [label, "%"]
    last = "election.column" if service.definition.election else "export.thresholds"
    return cells + [say(c, lang) for c in ("export.blank", "export.multiple", last)]


def _rows(service: CountService, lang: Lang) -> list[list[str]]:
    rules = service.definition.rules
    standing = election.standing_words(service, lang)
    rows = []
    for r in service.results():
        cells = [str(r.position), r.name]
        for count, pct in zip(r.counts, r.percents, strict=True):
            cells += [str(count), format_percent(pct, lang)]
        cells += [str(r.blank), str(r.multiple),
                  standing[r.position - 1] if standing else "; ".join(
                      rules.flag_words(r.flags, lang))]
        rows.append(cells)
    return rows


def results_csv(service: CountService, lang: Lang) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([safe_cell(c) for c in _header(service, lang)])
    writer.writerows([safe_cell(c) for c in row] for row in _rows(service, lang))
    return out.getvalue()


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(ch) else 1 for ch in text)


def results_table(service: CountService, lang: Lang) -> str:
    d = service.definition
    table = [_header(service, lang), *_rows(service, lang)]
    widths = [max(_width(row[i]) for row in table) for i in range(len(table[0]))]

    def line(row: list[str]) -> str:
        cells = []
        for i, (cell, w) in enumerate(zip(row, widths, strict=True)):
            pad = " " * (w - _width(cell))
            cells.append(cell + pad if i in (1, len(row) - 1) else pad + cell)
        return "  ".join(cells).rstrip()

    base = d.rules.base
    base_value = None if base is BaseKind.VALID else d.base_of(service.numbers,
                                                                 service.tally.valid)
    t = service.tally
    collected = service.numbers.collected
    lines = [
        d.title,
        d.rules.sentence(lang, base_value),
        say("cli.entered_line", lang, entered=service.entered, valid=t.valid,
            invalid=t.invalid, collected="—" if collected is None else collected),
        "",
        line(table[0]),
        *(line(row) for row in table[1:]),
    ]
    lines += election.summary_lines(service, lang)
    for sheet in service.hand_tallies:
        lines.append(say("cli.hand_line", lang, stack=sheet.stack, ballots=sheet.ballots))
    checks = service.checks()
    if checks:
        lines.append("")
        lines += [say("cli.check_line", lang, severity=Term(f"severity.{c.severity.value}"),
                      code=c.code, message=c.words(lang)) for c in checks]
    return "\n".join(lines) + "\n"


def table_counts(service: CountService, name: str, fmt: str, lang: Lang) -> str:
    """One merged table's counts per official (no percentages: the base is the meeting's)."""
    tally = tables.table_tally(service, name)
    labels = service.definition.rules.level_labels(lang)
    rows = []
    for i, official in enumerate(service.definition.on_ballot):
        counts = [tally.level_count(i, level) for level in range(1, len(labels) + 1)]
        rows.append((i + 1, official.name, counts, tally.blank(i), tally.multiple(i)))
    if fmt == "json":
        return json.dumps({
            "table": name, "ballots": {"valid": tally.valid, "invalid": tally.invalid},
            "officials": [{"position": p, "name": n,
                           "counts": {**{str(k): c for k, c in enumerate(cs, start=1)},
                                      "blank": b, "multiple": m}}
                          for p, n, cs, b, m in rows]}, ensure_ascii=False, indent=2) + "\n"
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n", delimiter="," if fmt == "csv" else "\t")
    writer.writerow([safe_cell(x) for x in (say("export.no", lang), say("export.name", lang),
                                             *labels, say("export.blank", lang),
                                             say("export.multiple", lang))])
    for p, n, cs, b, m in rows:
        writer.writerow([p, safe_cell(n), *cs, b, m])
    head = say("cli.table_counts", lang, table=name, valid=tally.valid,
               invalid=tally.invalid) + "\n"
    return out.getvalue() if fmt == "csv" else head + out.getvalue()
