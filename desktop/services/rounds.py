"""A further round of an election (bầu lần hai, bầu bổ sung): from a closed round, a new
counting file for the seats left, among the candidates the congress chose. It carries the
meeting, the rule set, the committee, the convened and the excluded categories, and the
rounds before it (file, identity, fingerprint, what they elected), so the minutes of the
election can list every round. The program never chooses the candidates or the seats."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from desktop.domain.count import Numbers
from desktop.domain.election import PreviousRound
from desktop.errors import ValidationError
from desktop.services.count_service import CountService


def next_round(previous: CountService, out: Path, positions: list[int],
               seats: int | None = None) -> CountService:
    """The next round's count, made at ``out``: ``positions`` are the chosen candidates'
    places on the closed round's list; ``seats`` defaults to the seats left."""
    d = previous.definition
    found = previous.election_outcome()
    if d.election is None or found is None:
        raise ValidationError("round_not_an_election", field="file")
    if not previous.closed:
        raise ValidationError("round_needs_closed", field="file")
    problems = previous.verify()
    if problems:  # a round edited outside the program is no ground for the next one
        raise ValidationError("round_file_tampered", field="file", problem=problems[0])
    if found.unfilled == 0:
        raise ValidationError("round_no_seats_left", field="file")
    candidates = d.on_ballot
    chosen = sorted(set(positions))
    if not chosen or any(not 1 <= p <= len(candidates) for p in chosen):
        raise ValidationError("round_candidates_unknown", field="candidates",
                              count=len(candidates))
    if any(p in found.elected for p in chosen):
        raise ValidationError("round_candidate_elected", field="candidates",
                              name=next(candidates[p - 1].name for p in chosen
                                        if p in found.elected))
    seats = found.unfilled if seats is None else seats
    if seats < 1:
        raise ValidationError("seats_range", field="seats", maximum=found.unfilled)
    if seats > found.unfilled:
        raise ValidationError("round_seats_above_left", field="seats", seats=seats,
                              left=found.unfilled)
    done = PreviousRound(d.election.round, previous.path.name, previous.identity(),
                         previous.fingerprint(), d.election.seats,
                         tuple(candidates[p - 1].name for p in found.elected))
    setup = replace(d.election, seats=seats, round=d.election.round + 1,
                    previous=(*d.election.previous, done))
    definition = replace(d, officials=tuple(candidates[p - 1] for p in chosen), election=setup)
    numbers = Numbers(members=previous.numbers.members, summoned=previous.numbers.summoned)
    return CountService.create(out, definition, numbers)
