"""An election's figures for its minutes: the fewest votes the bar asks for, each row's
percentages (by the largest remainder only where the rule set asks and the row is shown whole),
the valid and invalid ballots' shares, and who is elected taken from ``election.outcome``."""

from __future__ import annotations

from decimal import Decimal

from desktop.domain import election, election_rules
from desktop.domain.ballot import Ballot, BallotStatus
from desktop.domain.count import CountDefinition, Numbers, Official
from desktop.domain.election import KEPT, STRUCK, Bar, ElectionSetup
from desktop.domain.election_minutes import Breakdown, Pile, report
from desktop.domain.rules import preset
from desktop.domain.snapshot import Snapshot, snapshot
from desktop.domain.tally import Tally


def _snapshot(code: str, seats: int, ballots: list[tuple[int, ...]]) -> Snapshot:
    candidates = len(ballots[0])
    definition = CountDefinition("Bầu", election_rules.lookup(code),
                                 tuple(Official(f"Người {k}") for k in range(candidates)),
                                 election=ElectionSetup(seats))
    tally = Tally.of(candidates, 2, [Ballot(k, BallotStatus.VALID, marks)
                                     for k, marks in enumerate(ballots, start=1)])
    n = len(ballots)
    return snapshot(definition, Numbers(n, n, n, n, n), tally, n)


def test_a_row_without_surplus_adds_up_to_100_by_the_largest_remainder() -> None:
    # 3 for, 3 against, 1 blank of 7: 42,86 + 42,86 + 14,29 = 100,01 rounded one by one
    found = report(_snapshot("state-election", 1, [(KEPT,)] * 3 + [(STRUCK,)] * 3 + [(0,)]))
    assert found is not None and found.without_surplus
    assert found.adjusted == (Breakdown.BALLOTS, Breakdown.ROWS)
    assert found.lines[0].percents == (Decimal("42.86"), Decimal("42.86"), Decimal("14.28"))
    assert sum(found.lines[0].percents) == 100  # type: ignore[arg-type]


def test_a_list_with_surplus_rounds_each_figure_half_up() -> None:
    ballots = [(KEPT, STRUCK, STRUCK)] * 3 + [(STRUCK, KEPT, STRUCK)] * 3 + [(STRUCK,) * 2
                                                                             + (KEPT,)]
    found = report(_snapshot("state-election", 1, ballots))
    assert found is not None and not found.without_surplus
    assert [line.percents[0] for line in found.lines] == [
        Decimal("42.86"), Decimal("42.86"), Decimal("14.29")]
    assert found.valid_share == (Decimal("100.00"), Decimal("0.00"))
    assert found.adjusted == (Breakdown.BALLOTS,)  # no row is shown whole, no piles given


def test_who_is_elected_is_the_domain_outcome() -> None:
    ballots = [(KEPT, KEPT, STRUCK)] * 4 + [(KEPT, STRUCK, KEPT)] * 4 + [(STRUCK, KEPT, KEPT)]
    found = report(_snapshot("party-190", 2, ballots))
    assert found is not None
    votes = tuple(line.votes for line in found.lines)
    assert votes == (8, 5, 5)
    assert found.outcome == election.outcome(votes, 2, found.base, Bar())
    assert (found.outcome.elected, found.outcome.tied, found.outcome.tied_seats) == ((1,), (2, 3),
                                                                                    1)
    assert found.adjusted == ()  # QĐ 190 asks for no adjustment


def test_the_piles_add_up_to_the_valid_ballots_or_are_left_out() -> None:
    # 7 valid ballots keeping 2, 2, 2, 1, 1, 1 and 0 names: 42,86 + 42,86 + 14,29 = 100,01
    ballots = [(KEPT, KEPT)] * 3 + [(KEPT, STRUCK)] * 3 + [(STRUCK, STRUCK)]
    state = _snapshot("state-election", 2, ballots)
    found = report(state, ((1, 3), (2, 3), (0, 1)))
    assert found is not None
    assert found.piles == (Pile(2, 3, Decimal("42.86")), Pile(1, 3, Decimal("42.86")),
                           Pile(0, 1, Decimal("14.28")))
    assert Breakdown.PILES in found.adjusted
    party = report(_snapshot("party-190", 2, ballots), ((1, 3), (2, 3), (0, 1)))
    assert party is not None and party.piles[2] == Pile(0, 1, Decimal("14.29"))
    # a sheet counted by hand has no ballots to sort: piles short of the valid ballots go
    short = report(state, ((2, 3), (1, 3)))
    assert short is not None and short.piles == () and Breakdown.PILES not in short.adjusted


def test_a_confidence_vote_has_no_election_report() -> None:
    definition = CountDefinition("Tín nhiệm", preset("party-96"), (Official("A"),))
    assert report(snapshot(definition, Numbers(), Tally(1, 3), 0)) is None
