"""Reconciliation checks before the minutes can be final.

Each check has a stable code, a severity and the values its sentence needs; the catalogue
(``desktop.domain.words``) gives the words. Errors block closing the count; warnings must be
acknowledged.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from statistics import median

from desktop.domain.count import CountDefinition, Numbers, number_term
from desktop.domain.rules import BaseKind
from desktop.domain.stacks import Stack
from desktop.domain.tally import Tally
from desktop.domain.words import Lang, say


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Check:
    code: str
    severity: Severity
    values: Mapping[str, object] = field(default_factory=dict)

    def words(self, lang: Lang) -> str:
        return say(self.code, lang, **self.values)


# An official is an outlier when their invalid rows reach this many and exceed
# OUTLIER_FACTOR × the median over all officials.
OUTLIER_MIN_ROWS = 5
OUTLIER_FACTOR = 3
# Ballots issued but not collected: more than this share of those issued is worth a look
# (a mistyped number, or ballots that left the room).
UNRETURNED_PER_CENT = 5


def run_checks(definition: CountDefinition, numbers: Numbers, tally: Tally, entered: int,
               stacks: list[Stack] | None = None,
               stack_counts: Mapping[str, int] | None = None) -> list[Check]:
    """``entered`` is the number of ballot records that count, as stored (not from the tally);
    ``stack_counts`` the ballots that count per stack."""
    out: list[Check] = []

    def add(code: str, severity: Severity, **values: object) -> None:
        out.append(Check(code, severity, values))

    for small, large in numbers.ordering_problems():
        add(f"{small}_over_{large}", Severity.ERROR, small=number_term(small), a=numbers.get(small),
            large=number_term(large), b=numbers.get(large))

    if definition.rules.quorum_two_thirds:
        present, summoned = numbers.present, numbers.summoned
        if present is None or summoned is None:
            add("quorum_unknown", Severity.ERROR)
        elif 3 * present < 2 * summoned:
            add("quorum_not_met", Severity.ERROR, present=present, summoned=summoned)

    base = definition.rules.base
    if base is not BaseKind.VALID and definition.base_of(numbers, 0) is None:
        add("base_missing", Severity.ERROR, number=number_term(
            "summoned" if base is BaseKind.SUMMONED_LESS_EXCLUDED else base.value))

    collected, issued = numbers.collected, numbers.issued
    if collected is None:
        add("collected_missing", Severity.ERROR)
    elif entered != collected:
        add("entered_ne_collected", Severity.ERROR, entered=entered, collected=collected)
    if collected is not None and issued is not None \
            and 100 * (issued - collected) > UNRETURNED_PER_CENT * issued:
        add("collected_far_below_issued", Severity.WARNING, collected=collected, issued=issued,
            missing=issued - collected)

    if tally.valid + tally.invalid != entered:
        add("valid_invalid_ne_entered", Severity.ERROR, valid=tally.valid,
            invalid=tally.invalid, entered=entered)

    names = [o.name for o in definition.on_ballot]
    for i, name in enumerate(names):
        total = sum(tally.rows[i])
        if total != tally.valid:
            add("official_sum_mismatch", Severity.ERROR, name=name, total=total,
                valid=tally.valid)

    if collected and 100 * tally.invalid > 3 * collected:
        add("invalid_over_3_percent", Severity.WARNING, invalid=tally.invalid,
            collected=collected)

    invalid_rows = [tally.invalid_rows(i) for i in range(len(names))]
    if len(invalid_rows) >= 2:
        typical = median(invalid_rows)
        shown = int(typical) if typical == int(typical) else typical  # 2 or 2,5
        for name, rows in zip(names, invalid_rows, strict=True):
            if rows >= OUTLIER_MIN_ROWS and rows > OUTLIER_FACTOR * typical:
                add("official_invalid_rows_outlier", Severity.WARNING, name=name, rows=rows,
                    median=shown)

    counts = stack_counts or {}
    for stack in stacks or []:
        done = counts.get(stack.name, 0)
        if stack.closed and not stack.close_reason and done < stack.expected:
            add("stack_short", Severity.WARNING, stack=stack.name, done=done,
                expected=stack.expected)
    return out


def blocking(checks: list[Check]) -> list[Check]:
    return [c for c in checks if c.severity is Severity.ERROR]
