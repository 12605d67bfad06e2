"""The results at one moment, as every picture of them needs: chart, projector, minutes.

Also decides when an official's outcome is settled: when no way of keying the ballots still
to come (collected − entered) can move that official across any threshold.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain import election_results
from desktop.domain.ballot import InvalidReason
from desktop.domain.count import CountDefinition, Numbers
from desktop.domain.election import Outcome, Settled
from desktop.domain.rules import BaseKind, Threshold
from desktop.domain.tally import OfficialResult, Tally, results


@dataclass(frozen=True)
class Snapshot:
    definition: CountDefinition
    numbers: Numbers
    results: tuple[OfficialResult, ...]
    entered: int
    settled: tuple[bool, ...]  # per official, in ballot order
    valid: int = 0
    invalid: int = 0
    invalid_reasons: tuple[tuple[InvalidReason, int], ...] = ()
    # an election's: who is elected so far, and per candidate whether it is settled
    outcome: Outcome | None = None
    standing: tuple[Settled, ...] = ()

    def figures(self) -> dict[str, object]:
        """Every figure the minutes print, as plain data (the fingerprint covers it)."""
        out: dict[str, object] = {
            "numbers": self.numbers.to_dict(),
            "ballots": [self.entered, self.valid, self.invalid,
                        [[r.value, n] for r, n in self.invalid_reasons]],
            "officials": [[*r.counts, r.blank, r.multiple] for r in self.results],
        }
        setup = self.definition.election
        if setup is not None and self.outcome is not None:
            # an election's printed result stands on its seats and excluded categories too:
            # an edit of them changes the fingerprint as an edit of a vote does
            out["election"] = {**setup.to_dict(), "elected": list(self.outcome.elected),
                               "tied": list(self.outcome.tied)}
        return out

    @property
    def remaining(self) -> int | None:
        """Ballots still to key, when the number collected is known."""
        collected = self.numbers.collected
        return None if collected is None else max(collected - self.entered, 0)

    @property
    def base_value(self) -> int | None:
        return self.definition.base_of(self.numbers, self.valid)


def settled(result: OfficialResult, thresholds: tuple[Threshold, ...], base_kind: BaseKind,
            remaining: int | None) -> bool:
    """True when every threshold stays as it is whatever the remaining ballots say.

    With a fixed base (a typed number) a count can only grow: check it as it is and grown
    by every remaining ballot. With the base "valid ballots for that official" the base grows
    too: a linear condition over that triangle is extreme at its corners, so those three are
    checked.
    """
    if remaining is None or result.base is None:
        return False
    for t in thresholds:
        count = result.counts[t.level - 1]
        if base_kind is BaseKind.VALID:
            corners = [(count, result.base), (count, result.base + remaining),
                       (count + remaining, result.base + remaining)]
        else:
            corners = [(count, result.base), (count + remaining, result.base)]
        if len({t.crossed(c, b) for c, b in corners}) > 1:
            return False
    return True


def snapshot(definition: CountDefinition, numbers: Numbers, tally: Tally,
             entered: int) -> Snapshot:
    found = tuple(results(definition, numbers, tally))
    collected = numbers.collected
    remaining = None if collected is None else max(collected - entered, 0)
    rules = definition.rules
    outcome = election_results.outcome(definition, numbers, tally)
    standing = election_results.settled(definition, numbers, tally, entered, False)
    # an election is settled by who can still be elected, not by a confidence threshold
    is_settled = tuple(s is not Settled.OPEN for s in standing) if outcome is not None else \
        tuple(settled(r, rules.thresholds, rules.base, remaining) for r in found)
    return Snapshot(
        definition, numbers, found, entered, is_settled,
        tally.valid, tally.invalid,
        tuple(sorted((r, n) for r, n in tally.invalid_reasons.items() if n)),
        outcome, standing)
