"""Reconciliation checks before the minutes can be final.

Each check has a stable code, a severity and a message in Vietnamese or English. Errors block
closing the count; warnings must be acknowledged.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from statistics import median

from desktop.domain.count import CountDefinition, Numbers
from desktop.domain.rules import BaseKind
from desktop.domain.tally import Tally


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Check:
    code: str
    severity: Severity
    message: str


NUMBER_WORDS = {
    "members": ("tổng số thành viên", "total members"),
    "summoned": ("số được triệu tập", "summoned"),
    "present": ("số có mặt", "present"),
    "issued": ("số phiếu phát ra", "ballots issued"),
    "collected": ("số phiếu thu vào", "ballots collected"),
}

# An official is an outlier when their invalid rows reach this many and exceed
# OUTLIER_FACTOR × the median over all officials.
OUTLIER_MIN_ROWS = 5
OUTLIER_FACTOR = 3


def _w(name: str, lang: str) -> str:
    return NUMBER_WORDS[name][0 if lang == "vi" else 1]


def run_checks(
    definition: CountDefinition,
    numbers: Numbers,
    tally: Tally,
    entered: int,
    lang: str = "vi",
) -> list[Check]:
    """``entered`` is the number of ballot records that count, as stored (not from the tally)."""
    vi = lang == "vi"
    out: list[Check] = []

    def add(code: str, severity: Severity, vi_text: str, en_text: str) -> None:
        out.append(Check(code, severity, vi_text if vi else en_text))

    for small, large in numbers.ordering_problems():
        a, b = numbers.get(small), numbers.get(large)
        add(f"{small}_over_{large}", Severity.ERROR,
            f"{_w(small, 'vi').capitalize()} ({a}) lớn hơn {_w(large, 'vi')} ({b}).",
            f"{_w(small, 'en').capitalize()} ({a}) exceeds {_w(large, 'en')} ({b}).")

    if definition.rules.quorum_two_thirds:
        present, summoned = numbers.present, numbers.summoned
        if present is None or summoned is None:
            add("quorum_unknown", Severity.ERROR,
                "Chưa nhập số được triệu tập và số có mặt để xác định hội nghị đủ 2/3.",
                "Summoned and present are needed to check the 2/3 quorum.")
        elif 3 * present < 2 * summoned:
            add("quorum_not_met", Severity.ERROR,
                f"Số có mặt ({present}) chưa đủ 2/3 số được triệu tập ({summoned}).",
                f"Present ({present}) is less than 2/3 of those summoned ({summoned}).")

    base = definition.rules.base
    if base is not BaseKind.VALID and numbers.base_value(base) is None:
        add("base_missing", Severity.ERROR,
            f"Chưa nhập {_w(base.value, 'vi')}, là cơ sở tính tỷ lệ %.",
            f"{_w(base.value, 'en').capitalize()} is not entered; percentages are based on it.")

    collected = numbers.collected
    if collected is None:
        add("collected_missing", Severity.ERROR,
            "Chưa nhập số phiếu thu vào.", "Ballots collected is not entered.")
    elif entered != collected:
        add("entered_ne_collected", Severity.ERROR,
            f"Đã nhập {entered} phiếu, số phiếu thu vào là {collected}.",
            f"{entered} ballots entered, {collected} collected.")

    if tally.valid + tally.invalid != entered:
        add("valid_invalid_ne_entered", Severity.ERROR,
            f"Số phiếu hợp lệ ({tally.valid}) cộng không hợp lệ ({tally.invalid}) khác số "
            f"phiếu đã nhập ({entered}).",
            f"Valid ({tally.valid}) plus invalid ({tally.invalid}) differs from the "
            f"{entered} ballots entered.")

    names = [o.name for o in definition.on_ballot]
    for i, name in enumerate(names):
        total = sum(tally.rows[i])
        if total != tally.valid:
            add("official_sum_mismatch", Severity.ERROR,
                f"{name}: tổng các mức và dòng không hợp lệ ({total}) khác số phiếu hợp lệ "
                f"({tally.valid}).",
                f"{name}: levels plus invalid rows ({total}) differ from the valid ballots "
                f"({tally.valid}).")

    if collected and 100 * tally.invalid > 3 * collected:
        add("invalid_over_3_percent", Severity.WARNING,
            f"Số phiếu không hợp lệ ({tally.invalid}) vượt 3% số phiếu thu vào ({collected}).",
            f"Invalid ballots ({tally.invalid}) exceed 3% of those collected ({collected}).")

    invalid_rows = [tally.invalid_rows(i) for i in range(len(names))]
    if len(invalid_rows) >= 2:
        typical = median(invalid_rows)
        for name, rows in zip(names, invalid_rows, strict=True):
            if rows >= OUTLIER_MIN_ROWS and rows > OUTLIER_FACTOR * typical:
                add("official_invalid_rows_outlier", Severity.WARNING,
                    f"{name}: {rows} dòng không hợp lệ, nhiều hơn hẳn những người khác "
                    f"(trung vị {typical:g}).",
                    f"{name}: {rows} invalid rows, far more than the others "
                    f"(median {typical:g}).")
    return out


def blocking(checks: list[Check]) -> list[Check]:
    return [c for c in checks if c.severity is Severity.ERROR]
