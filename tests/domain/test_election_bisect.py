"""The rank and the settled states counted by binary search (O(n log n): 200 candidates are
decided again after every ballot, and the results tab waits for it) say exactly what counting
every pair says."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.election import Bar, Settled, outcome, settled


def settled_by_pairs(votes: tuple[int, ...], seats: int, bar: Bar, base: int | None,
                     remaining: int | None) -> tuple[Settled, ...]:
    """The first version of election.settled, every candidate against every other."""
    if remaining is None or base is None:
        return tuple(Settled.OPEN for _ in votes)
    out = []
    for c, v in enumerate(votes):
        others = [w for j, w in enumerate(votes) if j != c]
        threats = sum(1 for w in others if w + remaining >= v)
        if bar.passes(v, base) and threats <= seats - 1:
            out.append(Settled.ELECTED)
        elif not bar.passes(v + remaining, base) or sum(
                1 for w in others if w > v + remaining and bar.passes(w, base)) >= seats:
            out.append(Settled.NOT_ELECTED)
        else:
            out.append(Settled.OPEN)
    return tuple(out)


bars = st.builds(lambda n, d, ge: Bar(Fraction(min(n, d), d), ge),
                 st.integers(1, 4), st.integers(1, 4), st.booleans())


@given(st.lists(st.integers(0, 40), min_size=1, max_size=25), st.integers(1, 25), bars,
       st.one_of(st.none(), st.integers(0, 80)), st.one_of(st.none(), st.integers(0, 30)))
def test_bisection_agrees_with_every_pair(votes: list[int], seats: int, bar: Bar,
                                          base: int | None, remaining: int | None) -> None:
    seats = min(seats, len(votes))
    found = outcome(tuple(votes), seats, base, bar)
    assert [s.rank for s in found.standings] == [1 + sum(1 for w in votes if w > v)
                                                 for v in votes]
    assert settled(tuple(votes), seats, bar, base, remaining) == settled_by_pairs(
        tuple(votes), seats, bar, base, remaining)
