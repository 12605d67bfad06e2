"""'Outcome settled' against brute force: every way the remaining ballots could go."""

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.rules import BaseKind, Comparison, Threshold
from desktop.domain.snapshot import settled
from desktop.domain.tally import OfficialResult

THRESHOLDS = (Threshold("half", 3, Comparison.GT, Fraction(1, 2)),
              Threshold("two_thirds", 3, Comparison.GE, Fraction(2, 3)))


def result(low: int, others: int, base: int) -> OfficialResult:
    return OfficialResult(1, "A", "", (others, 0, low), 0, 0, base, (None,) * 3, ())


def outcomes_fixed(low: int, base: int, remaining: int) -> set[tuple[bool, ...]]:
    return {tuple(t.crossed(low + x, base) for t in THRESHOLDS) for x in range(remaining + 1)}


def outcomes_valid(low: int, valid: int, remaining: int) -> set[tuple[bool, ...]]:
    found = set()
    for x in range(remaining + 1):  # x more low rows, y more other valid rows, rest invalid
        for y in range(remaining - x + 1):
            found.add(tuple(t.crossed(low + x, valid + x + y) for t in THRESHOLDS))
    return found


@settings(max_examples=400)
@given(st.integers(0, 40), st.integers(0, 40), st.integers(0, 25))
def test_settled_with_a_fixed_base(low: int, others: int, remaining: int) -> None:
    base = low + others + remaining  # e.g. ballots collected
    r = result(low, others, base)
    expected = len(outcomes_fixed(low, base, remaining)) == 1
    assert settled(r, THRESHOLDS, BaseKind.COLLECTED, remaining) is expected


@settings(max_examples=400)
@given(st.integers(0, 30), st.integers(0, 30), st.integers(0, 12))
def test_settled_when_the_base_is_the_valid_rows(low: int, others: int, remaining: int) -> None:
    r = result(low, others, low + others)
    expected = len(outcomes_valid(low, low + others, remaining)) == 1
    assert settled(r, THRESHOLDS, BaseKind.VALID, remaining) is expected


def test_unknown_collected_or_base_is_never_settled() -> None:
    assert not settled(result(0, 10, 10), THRESHOLDS, BaseKind.COLLECTED, None)
    r = OfficialResult(1, "A", "", (1, 0, 0), 0, 0, None, (None,) * 3, ())
    assert not settled(r, THRESHOLDS, BaseKind.MEMBERS, 3)
    assert settled(result(0, 10, 10), THRESHOLDS, BaseKind.COLLECTED, 0)  # all keyed
