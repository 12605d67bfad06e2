"""The blind spot check as a use case: draw the sample (seed recorded), re-key each drawn
ballot from the paper without seeing the first entry, record whether they agree. Where they
differ, the committee looks at the paper and re-keys the ballot if the first entry was wrong
(an ordinary, audited re-key). The minutes state the result and the 95% upper bound."""

from __future__ import annotations

import secrets

from desktop.domain.audit import EventKind
from desktop.domain.ballot import Ballot, BallotInput, format_codes, same_reading
from desktop.domain.spotcheck import SpotCheck, pick, sample_size, spot_from_events
from desktop.errors import ValidationError
from desktop.services.count_service import CountService


def current(service: CountService) -> SpotCheck | None:
    events = service.count_file.events_of(EventKind.SPOT_CHECK_STARTED, EventKind.SPOT_REKEYED)
    return spot_from_events(events)


def start(service: CountService, k: int | None = None, seed: int | None = None) -> SpotCheck:
    service.require_open()
    numbers = [b.number for b in service.ballots() if b.counts]
    if not numbers:
        raise ValidationError("there is no ballot to check yet", field="k")
    size = sample_size(len(numbers)) if k is None else k
    if not 1 <= size <= len(numbers):
        raise ValidationError(f"k must be 1 to {len(numbers)}, not {size}", field="k")
    seed = secrets.randbits(32) if seed is None else seed
    chosen = pick(numbers, size, seed)
    service.count_file.log(EventKind.SPOT_CHECK_STARTED, {
        "seed": seed, "numbers": chosen, "population": len(numbers)})
    return SpotCheck(seed, tuple(chosen), len(numbers))


def rekey(service: CountService, number: int, item: BallotInput) -> tuple[bool, Ballot]:
    """Record the blind re-key of one drawn ballot; returns whether it agrees, and the first
    entry (to show side by side when it does not)."""
    service.require_open()
    check = current(service)
    if check is None:
        raise ValidationError("no spot check was started", field="number")
    if number not in check.remaining:
        raise ValidationError(f"ballot {number} is not waiting in this spot check",
                              field="number")
    stored = service.ballot(number)
    if stored is None:
        raise ValidationError(f"there is no ballot {number}", field="number")
    matched = same_reading(stored, service.build(number, item, stored.stack))
    blind = {"marks": format_codes(getattr(item, "marks", ())),
             "reason": getattr(getattr(item, "reason", None), "value", None)}
    service.count_file.log(EventKind.SPOT_REKEYED,
                           {"number": number, "matched": matched, "blind": blind})
    return matched, stored
