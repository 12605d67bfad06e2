"""Who is elected, in integers: the bar, the seats, ties at the cut, unfilled seats, the
program's own verdict on a ballot, "settled", and percentages that sum to 100 — each checked
against an independent reference by hypothesis."""

from __future__ import annotations

import itertools
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.ballot import BLANK, MULTIPLE, InvalidReason
from desktop.domain.election import (
    KEPT,
    STRUCK,
    AllStruck,
    Bar,
    Settled,
    largest_remainder,
    not_counted,
    outcome,
    settled,
    verdict,
)

HALF = Bar()


# -- the bar ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("votes", "base", "passes"), [
    (51, 100, True), (50, 100, False), (50, 99, True), (49, 99, False), (1, 1, True),
    (0, 0, False), (5, None, False)])
def test_more_than_half_is_two_votes_above_the_base(votes: int, base: int | None,
                                                    passes: bool) -> None:
    assert HALF.passes(votes, base) is passes


@given(st.integers(1, 10), st.integers(1, 10), st.booleans(), st.integers(1, 5000))
def test_the_fewest_votes_that_pass_is_where_the_bar_turns(n: int, d: int, at_least: bool,
                                                          base: int) -> None:
    bar = Bar(Fraction(min(n, d), d), at_least)
    least = bar.least_votes(base)
    assert least is not None
    assert bar.passes(least, base) and not bar.passes(least - 1, base)


def test_the_fewest_votes_of_more_than_half_and_of_no_base() -> None:
    half = Bar()
    assert [half.least_votes(b) for b in (150, 151, 10, 1, 27, 26)] == [76, 76, 6, 1, 14, 14]
    assert Bar(Fraction(1, 2), True).least_votes(150) == 75
    assert Bar(Fraction(1, 2), at_least=True).least_votes(26) == 13
    assert half.least_votes(None) is None and half.least_votes(0) is None


def test_a_bar_from_half_up_takes_exactly_half() -> None:
    assert Bar(Fraction(1, 2), at_least=True).passes(50, 100)
    assert not Bar(Fraction(2, 3), at_least=True).passes(66, 100)
    assert Bar(Fraction(2, 3), at_least=True).passes(67, 100)


# -- the ballot's verdict -------------------------------------------------------------------
def test_a_ballot_keeping_more_names_than_seats_is_invalid() -> None:
    assert verdict((KEPT, KEPT, KEPT, STRUCK), 3, AllStruck.VALID) is None
    assert verdict((KEPT,) * 4, 3, AllStruck.VALID) is InvalidReason.TOO_MANY_KEPT


@pytest.mark.parametrize(("setting", "marks", "expected"), [
    (AllStruck.VALID, (STRUCK,) * 3, None),
    (AllStruck.INVALID, (STRUCK,) * 3, InvalidReason.ALL_STRUCK),
    (AllStruck.INVALID_UNLESS_SINGLE, (STRUCK,) * 3, InvalidReason.ALL_STRUCK),
    (AllStruck.INVALID_UNLESS_SINGLE, (STRUCK,), None),
    (AllStruck.INVALID, (STRUCK, BLANK), None),  # a row left empty is not a name struck
])
def test_all_names_struck_follows_the_rule_set(setting: AllStruck, marks: tuple[int, ...],
                                               expected: InvalidReason | None) -> None:
    assert verdict(marks, 1, setting) is expected


# -- the outcome ----------------------------------------------------------------------------
def test_the_highest_votes_win_when_more_pass_than_seats() -> None:
    result = outcome((60, 90, 70, 80), 2, 100, HALF)
    assert result.elected == (2, 4) and result.tied == () and result.unfilled == 0
    assert [s.rank for s in result.standings] == [4, 1, 3, 2]


def test_a_tie_for_the_last_seat_is_said_not_broken() -> None:
    result = outcome((80, 70, 70, 90), 3, 100, HALF)
    assert result.elected == (4, 1)
    assert (result.tied, result.tied_seats, result.unfilled) == ((2, 3), 1, 1)
    assert [s.tied for s in result.standings] == [False, True, True, False]


def test_seats_stay_unfilled_when_too_few_pass() -> None:
    result = outcome((51, 50, 10), 3, 100, HALF)
    assert result.elected == (1,) and result.unfilled == 2 and result.tied == ()


def test_equal_votes_that_all_fit_are_all_elected_in_ballot_order() -> None:
    assert outcome((70, 90, 70), 3, 100, HALF).elected == (2, 1, 3)


def _reference(votes: tuple[int, ...], seats: int, base: int, bar: Bar) -> tuple[set, set]:
    """Elected: passes, and with those passing with as many votes or more it fits the seats.
    Tied: passes, not elected, and those passing with more votes leave a seat."""
    passing = [i for i, v in enumerate(votes) if bar.passes(v, base)]
    elected, tied = set(), set()
    for i in passing:
        more = sum(1 for j in passing if votes[j] > votes[i])
        equal = sum(1 for j in passing if votes[j] == votes[i])
        if more + equal <= seats:
            elected.add(i + 1)
        elif more < seats:
            tied.add(i + 1)
    return elected, tied


@settings(max_examples=400, deadline=None)
@given(st.lists(st.integers(0, 30), min_size=1, max_size=12), st.integers(1, 12),
       st.integers(1, 40), st.sampled_from([HALF, Bar(Fraction(1, 2), True),
                                            Bar(Fraction(2, 3))]))
def test_the_outcome_agrees_with_an_independent_reference(votes: list[int], seats: int,
                                                          base: int, bar: Bar) -> None:
    result = outcome(tuple(votes), seats, base, bar)
    elected, tied = _reference(tuple(votes), seats, base, bar)
    assert set(result.elected) == elected and set(result.tied) == tied
    assert len(result.elected) <= seats and result.unfilled == seats - len(elected)
    assert [votes[p - 1] for p in result.elected] == sorted(
        (votes[p - 1] for p in result.elected), reverse=True)
    if tied:
        assert 0 < result.tied_seats < len(tied)


# -- settled --------------------------------------------------------------------------------
def _completions(candidates: int, seats: int, remaining: int):
    """Every way the remaining ballots can go: each keeps at most ``seats`` names, or is
    invalid (None)."""
    patterns: list[tuple[int, ...] | None] = [None]
    for k in range(seats + 1):
        patterns += list(itertools.combinations(range(candidates), k))
    return itertools.product(patterns, repeat=remaining)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(0, 6), min_size=1, max_size=4), st.integers(1, 3),
       st.integers(0, 3), st.integers(0, 6), st.booleans())
def test_settled_holds_however_the_remaining_ballots_go(
        votes: list[int], seats: int, remaining: int, extra: int, valid_base: bool) -> None:
    seats = min(seats, len(votes))
    valid_now = max(votes, default=0) + extra
    fixed = valid_now + remaining + extra
    most = valid_now + remaining if valid_base else fixed
    said = settled(tuple(votes), seats, HALF, most, remaining)
    finals: list[set[int]] = []
    for ballots in _completions(len(votes), seats, remaining):
        final = list(votes)
        valid = valid_now
        for ballot in ballots:
            if ballot is not None:
                valid += 1
                for c in ballot:
                    final[c] += 1
        result = outcome(tuple(final), seats, valid if valid_base else fixed, HALF)
        finals.append(set(result.elected))
    for c, state in enumerate(said, start=1):
        if state is Settled.ELECTED:
            assert all(c in f for f in finals)
        elif state is Settled.NOT_ELECTED:
            assert all(c not in f for f in finals)


def test_a_closed_count_is_settled_for_everyone() -> None:
    assert settled((60, 40, 70), 1, HALF, 100, 0) == (
        Settled.NOT_ELECTED, Settled.NOT_ELECTED, Settled.ELECTED)


def test_nothing_is_settled_while_the_ballots_collected_are_not_known() -> None:
    assert set(settled((60, 40), 1, HALF, 100, None)) == {Settled.OPEN}


# -- percentages that sum to 100 ------------------------------------------------------------
def test_largest_remainder_makes_a_breakdown_sum_to_exactly_100() -> None:
    plain = largest_remainder((1, 1, 1), 3)
    assert plain == (Decimal("33.34"), Decimal("33.33"), Decimal("33.33"))
    assert sum(plain) == 100


@given(st.lists(st.integers(0, 500), min_size=1, max_size=8))
def test_largest_remainder_sums_to_100_and_moves_no_share_by_a_hundredth_or_more(
        counts: list[int]) -> None:
    total = sum(counts)
    if total == 0:
        return
    shares = largest_remainder(tuple(counts), total)
    assert sum(shares) == 100
    for c, share in zip(counts, shares, strict=True):
        assert abs(share - Decimal(c) * 100 / Decimal(total)) < Decimal("0.01")


def test_rows_that_count_for_nobody() -> None:
    assert not_counted((KEPT, BLANK, MULTIPLE, STRUCK)) == 2
