"""An election's result from the tally: each candidate's votes (names kept, "đồng ý") of the
rule set's base, who is elected, who is tied for the last seats, and what is settled."""

from __future__ import annotations

from collections import Counter

from desktop.domain import election
from desktop.domain.ballot import Ballot, BallotStatus
from desktop.domain.count import CountDefinition, Numbers
from desktop.domain.election import Outcome, Settled
from desktop.domain.rules import BaseKind
from desktop.domain.tally import Tally


def votes(tally: Tally) -> tuple[int, ...]:
    """Each candidate's votes, in ballot order: the valid ballots keeping the name."""
    return tuple(row[election.KEPT - 1] for row in tally.rows)


def outcome(definition: CountDefinition, numbers: Numbers, tally: Tally) -> Outcome | None:
    """Who is elected so far (None: not an election)."""
    setup, rule = definition.election, definition.rules.election
    if setup is None or rule is None:
        return None
    base = definition.base_of(numbers, tally.valid)
    return election.outcome(votes(tally), setup.seats, base, rule.bar)


def settled(definition: CountDefinition, numbers: Numbers, tally: Tally, entered: int,
            closed: bool) -> tuple[Settled, ...]:
    """For each candidate whether the ballots still to be keyed can change whether they are
    elected: none can once the count is closed; otherwise those collected and not keyed."""
    setup, rule = definition.election, definition.rules.election
    if setup is None or rule is None:
        return ()
    collected = numbers.collected
    remaining = 0 if closed else (None if collected is None else max(collected - entered, 0))
    base = definition.base_of(numbers, tally.valid + (remaining or 0)
                              if definition.rules.base is BaseKind.VALID_BALLOTS
                              else tally.valid)
    return election.settled(votes(tally), setup.seats, rule.bar, base, remaining)


def piles(ballots: list[Ballot]) -> dict[int, int]:
    """The valid ballots sorted by how many names they keep, as State polling teams count
    them in piles: {names kept: ballots}, every size from 0 to the most kept."""
    sizes = Counter(election.kept(b.marks) for b in ballots
                    if b.status is BallotStatus.VALID and b.marks)
    return {k: sizes.get(k, 0) for k in range(max(sizes, default=-1) + 1)}
