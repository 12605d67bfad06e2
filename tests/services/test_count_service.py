import random
from pathlib import Path

import pytest

from desktop.domain.ballot import (
    BLANK,
    MULTIPLE,
    BallotStatus,
    InvalidInput,
    InvalidReason,
    KeyedInput,
)
from desktop.domain.count import Numbers
from desktop.domain.rules import RuleSet
from desktop.errors import StorageError, ValidationError
from desktop.services.count_service import ChangeSet, CountService
from desktop.storage.repository import CountFile
from tests.helpers import SEED_NUMBERS, make_definition, raises, raises_words


@pytest.fixture
def service(count_path: Path) -> CountService:
    return CountService.create(count_path, make_definition(3), SEED_NUMBERS)


def test_changed_is_emitted_after_the_commit(service: CountService) -> None:
    seen: list[tuple[ChangeSet, int]] = []

    def on_changed(change: ChangeSet) -> None:
        other = CountFile.open(service.path, read_only=True)  # a second reader sees it saved
        seen.append((change, other.entered()))
        other.close()

    service.changed.connect(on_changed)
    ballot = service.record_ballot((1, 2, 3))
    assert ballot.number == 1 and ballot.status is BallotStatus.VALID
    assert seen == [(ChangeSet(ballots=(1,)), 1)]
    service.set_numbers(summoned=199)
    assert seen[-1] == (ChangeSet(numbers=True), 1)
    assert service.numbers.summoned == 199


def test_a_failed_save_changes_nothing(service: CountService) -> None:
    service.record_ballot((1, 1, 1))
    seen: list[ChangeSet] = []
    service.changed.connect(seen.append)
    service._count.db.execute("PRAGMA query_only=1")  # SQLite now refuses every write
    with raises_words(kind=StorageError, pattern="nothing can be saved"):
        service.record_ballot((2, 2, 2))
    assert seen == [] and service.entered == 1 and service.next_number == 2
    assert service.tally.level_count(0, 2) == 0
    service._count.db.execute("PRAGMA query_only=0")
    assert service.record_ballot((2, 2, 2)).number == 2


def test_numbers_that_would_be_inconsistent_are_refused(service: CountService) -> None:
    events = len(service._count.events())
    with raises_words(r"collected \(197\) cannot exceed ballots issued", ValidationError) as info:
        service.set_numbers(collected=197)
    assert info.value.field == "collected"
    with pytest.raises(ValidationError) as info:
        service.set_numbers(issued=150)  # below collected 196
    assert info.value.field == "issued"
    with raises_words(kind=ValidationError, pattern="from 0 to"):
        service.set_numbers(members=-1)
    assert len(service._count.events()) == events and service.numbers == SEED_NUMBERS
    service.record_ballot((1, 1, 1))
    with raises_words(kind=ValidationError, pattern="1 ballots are already entered"):
        service.set_numbers(collected=0)
    assert service.set_numbers(collected=196) == SEED_NUMBERS  # no change, no event
    assert len(service._count.events()) == events + 1


def test_no_more_ballots_than_collected(count_path: Path) -> None:
    service = CountService.create(count_path, make_definition(2), Numbers(collected=2))
    service.record_many([InvalidInput(InvalidReason.NAME_ADDED)])
    with raises_words(kind=ValidationError, pattern="2 more would be too many"):
        service.record_many([InvalidInput(InvalidReason.NAME_ADDED)] * 2)
    assert service.entered == 1
    service.record_ballot((1, 2))
    with pytest.raises(ValidationError):
        service.record_ballot((1, 2))


def test_rows_are_checked(service: CountService) -> None:
    with raises_words(kind=ValidationError, pattern="3 rows, not 2"):
        service.record_ballot((1, 2))
    with raises_words(kind=ValidationError, pattern="row 2 has no level 4"):
        service.record_ballot((1, 4, 1))
    with raises_words(kind=ValidationError, pattern="needs a note"):
        service.record_invalid(InvalidReason.OTHER, " ")
    assert service.entered == 0


def test_void_and_rekey(service: CountService) -> None:
    service.record_ballot((1, 1, 1))
    service.record_ballot((3, 3, 3))
    service.void_ballot(2, "keyed twice")
    assert service.entered == 1 and service.tally.level_count(0, 3) == 0
    with raises_words(kind=ValidationError, pattern="already voided"):
        service.void_ballot(2, "again")
    with raises_words(kind=ValidationError, pattern="say why"):
        service.void_ballot(1, " ")
    with raises_words(kind=ValidationError, pattern="no ballot 9"):
        service.void_ballot(9, "x")
    service.edit_ballot(2, KeyedInput((2, BLANK, MULTIPLE)), "re-keyed from the paper")
    assert service.entered == 2
    assert (service.tally.level_count(0, 2), service.tally.blank(1), service.tally.multiple(2)) \
        == (1, 1, 1)
    assert service.ballot(2) is not None and service.ballot(2).status is BallotStatus.VALID
    assert service.verify() == []


def test_whole_ballot_policy(count_path: Path) -> None:
    rules = RuleSet.from_dict({**make_definition().rules.to_dict(),
                               "invalid_row_voids_ballot": True})
    service = CountService.create(count_path, make_definition(3, rule_set=rules), SEED_NUMBERS)
    ballot = service.record_ballot((1, BLANK, 1))
    assert ballot.status is BallotStatus.INVALID and ballot.reason is InvalidReason.INVALID_ROW
    assert service.tally.invalid == 1 and service.tally.level_count(0, 1) == 0


def test_live_tally_matches_a_recount_after_random_work(service: CountService) -> None:
    rng = random.Random(7)
    for _ in range(120):
        action = rng.random()
        numbers = [b.number for b in service.ballots() if b.counts]
        if action < 0.7 or not numbers:
            marks = tuple(rng.choice([1, 2, 3, BLANK, MULTIPLE]) for _ in range(3))
            service.record_ballot(marks)
        elif action < 0.85:
            service.void_ballot(rng.choice(numbers), "test")
        else:
            marks = tuple(rng.choice([1, 2, 3]) for _ in range(3))
            number = rng.choice(numbers)
            if service.ballot(number).marks == marks:  # type: ignore[union-attr]
                with raises("rekey_unchanged"):  # an unchanged re-key is refused
                    service.edit_ballot(number, KeyedInput(marks), "test")
                continue
            service.edit_ballot(number, KeyedInput(marks), "test")
    recount = service._count.load_tally()
    assert recount.rows == service.tally.rows
    assert (recount.valid, recount.invalid) == (service.tally.valid, service.tally.invalid)
    assert service.entered == service._count.entered() and service.verify() == []


def test_recording_no_ballots_is_a_no_op(count_path: Path) -> None:
    service = CountService.create(count_path, make_definition(3), SEED_NUMBERS)
    assert service.record_many([]) == [] and service.entered == 0 and service.last_ballot is None
    assert [e.kind for e in service.events()] == ["count_created"]
