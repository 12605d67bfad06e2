"""An election runs on the confidence vote's engine: tables' files merged into the master,
a stack keyed twice, a spot check, the audit chain — and the result agrees with an
independent recount of the paper ballots."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain import election_rules
from desktop.domain.ballot import BallotStatus, InvalidReason, KeyedInput
from desktop.domain.count import CountDefinition, Numbers, Official
from desktop.domain.election import KEPT, STRUCK, ElectionSetup, Exclusion
from desktop.services import double_entry, spot_checks, tables
from desktop.services.count_service import CountService

CANDIDATES = tuple(Official(f"Trần Thị {c}", "") for c in "ABCDEFG")


def election(rules: str = "party-190", seats: int = 4, candidates: int = 7,
             exclusions: tuple[Exclusion, ...] = ()) -> CountDefinition:
    return CountDefinition(title="Bầu Ban Chấp hành", rules=election_rules.lookup(rules),
                           officials=CANDIDATES[:candidates],
                           election=ElectionSetup(seats, 1, exclusions))


def strike(struck: str, candidates: int = 7) -> tuple[int, ...]:
    """A strike ballot: the letters are the names struck."""
    return tuple(STRUCK if "ABCDEFG"[i] in struck else KEPT for i in range(candidates))


def test_an_election_table_merges_into_its_master(tmp_path: Path) -> None:
    master = CountService.create(tmp_path / "m.kiemphieu", election(), Numbers(30, 30, 30, 30,
                                                                             30))
    made = tables.make_table_file(master, tmp_path / "t.kiemphieu", "Bàn 2")
    with CountService.open(made) as table:
        assert table.definition.election == master.definition.election
        table.record_many([KeyedInput(strike("ABC")), KeyedInput(strike("DEF")),
                           KeyedInput(strike(""))])  # the last keeps 7 names for 4 seats
    master.record_ballot(strike("EFG"))
    report = tables.merge_files(master, [made])
    assert report.refused == 0 and master.entered == 4
    reasons = [b.reason for b in master.ballots()]
    assert reasons == [None, None, None, InvalidReason.TOO_MANY_KEPT]
    found = master.election_outcome()
    assert found is not None and [s.votes for s in found.standings] == [2, 2, 2, 2, 1, 1, 2]
    assert master.verify() == []
    master.close()


def test_an_election_stack_keyed_twice_compares_the_verdicts_too(tmp_path: Path) -> None:
    service = CountService.create(tmp_path / "e.kiemphieu", election(),
                                  Numbers(20, 20, 20, 20, 20))
    service.open_stack("A", 3, operator="Lan")
    for struck in ("ABC", "", "DEFG"):
        service.record_ballot(strike(struck))
    double_entry.start(service, "A", "Minh")
    for struck in ("ABC", "", "DEF"):  # the third paper misread: one name fewer struck
        double_entry.key(service, "A", KeyedInput(strike(struck)))
    entry = double_entry.entry(service, "A")
    assert entry is not None and entry.compared and len(entry.differences) == 1
    first = service.ballots()[1]
    assert (first.status, first.reason) == (BallotStatus.INVALID, InvalidReason.TOO_MANY_KEPT)
    assert service.verify() == []
    service.close()


def test_a_spot_check_re_keys_election_ballots(tmp_path: Path) -> None:
    service = CountService.create(tmp_path / "e.kiemphieu", election(),
                                  Numbers(40, 40, 40, 40, 40))
    for i in range(30):
        service.record_ballot(strike("ABCDEFG"[i % 7] + "ABCDEFG"[(i + 3) % 7]))
    spot = spot_checks.start(service, 5, seed=1)
    agreed = [spot_checks.rekey(service, number, KeyedInput(
        service.ballots()[number - 1].marks))[0] for number in spot.numbers]
    assert agreed == [True] * 5
    assert service.verify() == []
    service.close()


def test_a_definition_round_trips_through_the_file_and_its_log(tmp_path: Path) -> None:
    definition = election(exclusions=(Exclusion("Sinh hoạt tạm thời nơi khác", 2),
                                      Exclusion("Bị đình chỉ sinh hoạt", 1)))
    path = tmp_path / "e.kiemphieu"
    CountService.create(path, definition, Numbers(summoned=50)).close()
    with CountService.open(path, read_only=True) as service:
        assert service.definition == definition
        assert service.definition.base_of(service.numbers, 0) == 47
        assert service.verify() == []


def _recount(papers: list[tuple[int, ...]], seats: int) -> tuple[list[int], int]:
    """The votes per candidate and the invalid ballots, counted from the papers by hand:
    a paper keeping more names than seats elects nobody; otherwise each name kept is a vote
    (party-190: a paper striking every name is valid and elects nobody)."""
    votes = [0] * len(papers[0])
    invalid = 0
    for paper in papers:
        if sum(1 for m in paper if m == KEPT) > seats:
            invalid += 1
            continue
        for i, m in enumerate(paper):
            votes[i] += m == KEPT
    return votes, invalid


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(1, 7), st.lists(st.lists(st.booleans(), min_size=7, max_size=7),
                                   min_size=1, max_size=40))
def test_the_count_agrees_with_a_recount_by_hand(tmp_path: Path, seats: int,
                                                 papers: list[list[bool]]) -> None:
    marks = [tuple(KEPT if keep else STRUCK for keep in paper) for paper in papers]
    path = tmp_path / f"r{seats}-{len(papers)}-{abs(hash(str(papers))) % 10**8}.kiemphieu"
    n = len(marks)
    with CountService.create(path, replace(election(seats=seats)),
                             Numbers(n + 5, n + 5, n, n, n)) as service:
        service.record_many([KeyedInput(m) for m in marks])
        votes, invalid = _recount(marks, seats)
        found = service.election_outcome()
        assert found is not None
        assert [s.votes for s in found.standings] == votes
        assert service.tally.invalid == invalid
        base = n + 5  # summoned, nobody excluded
        assert all(s.passes == (2 * s.votes > base) for s in found.standings)
        assert len(found.elected) <= seats
