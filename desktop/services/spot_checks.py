"""The blind spot check as a use case: draw the sample (seed recorded), re-key each drawn
ballot from the paper without seeing the first entry, record whether they agree. Where they
differ, the committee looks at the paper and re-keys the ballot if the first entry was wrong
(an ordinary, audited re-key). The minutes state the result and the 95% upper bound."""

from __future__ import annotations

import secrets

from desktop.domain.audit import EventKind
from desktop.domain.ballot import Ballot, BallotInput, format_codes, same_reading
from desktop.domain.spotcheck import SpotCheck, pick, sample_size
from desktop.errors import ValidationError
from desktop.services.count_service import ChangeSet, CountService

SPOT = ChangeSet(spot_check=True)


def start(service: CountService, k: int | None = None, seed: int | None = None) -> SpotCheck:
    service.require_open()
    numbers = [b.number for b in service.ballots() if b.counts]
    if not numbers:
        raise ValidationError("spot_nothing_to_check", field="k")
    size = sample_size(len(numbers)) if k is None else k
    if not 1 <= size <= len(numbers):
        raise ValidationError("spot_sample_size", field="k", maximum=len(numbers), k=size)
    seed = secrets.randbits(32) if seed is None else seed
    chosen = pick(numbers, size, seed)
    service.commit(lambda count: count.log(EventKind.SPOT_CHECK_STARTED, {
        "seed": seed, "numbers": chosen, "population": len(numbers)}), lambda: SPOT)
    assert service.spot_check is not None
    return service.spot_check


def rekey(service: CountService, number: int, item: BallotInput) -> tuple[bool, Ballot]:
    """Record the blind re-key of one drawn ballot; returns whether it agrees, and the first
    entry (to show side by side when it does not)."""
    service.require_open()
    check = service.spot_check
    if check is None:
        raise ValidationError("spot_not_started", field="number")
    if number not in check.remaining:
        raise ValidationError("spot_not_waiting", field="number", number=number)
    stored = service.ballot(number)
    if stored is None:
        raise ValidationError("ballot_unknown", field="number", number=number)
    matched = same_reading(stored, service.build(number, item, stored.stack))
    blind = {"marks": format_codes(getattr(item, "marks", ())),
             "reason": getattr(getattr(item, "reason", None), "value", None)}
    # about one ballot: no time, so the re-key cannot be placed in the hour (secrecy)
    service.commit(lambda count: count.log_many([(EventKind.SPOT_REKEYED, {
        "number": number, "matched": matched, "blind": blind}, False)]), lambda: SPOT)
    return matched, stored
