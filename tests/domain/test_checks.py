from desktop.domain import ballot as b
from desktop.domain.ballot import BLANK, InvalidReason
from desktop.domain.checks import Severity, blocking, run_checks
from desktop.domain.count import Numbers
from desktop.domain.tally import Tally
from tests.helpers import make_definition


def codes(numbers: Numbers, tally: Tally | None = None, entered: int | None = None,
          rules: str = "party-96", officials: int = 3) -> dict[str, Severity]:
    tally = tally or Tally(officials, 3)
    found = run_checks(make_definition(officials, rules), numbers, tally,
                       tally.entered if entered is None else entered)
    return {c.code: c.severity for c in found}


def full_tally(n: int, officials: int = 3) -> Tally:
    tally = Tally(officials, 3)
    for i in range(1, n + 1):
        tally.add(b.keyed(i, (1,) * officials, invalid_row_voids_ballot=False))
    return tally


def test_a_consistent_count_passes_every_check() -> None:
    assert codes(Numbers(200, 200, 196, 196, 10), full_tally(10)) == {}


def test_number_ordering_errors() -> None:
    found = codes(Numbers(200, 190, 195, 196, 197), full_tally(197))
    assert found["collected_over_issued"] is Severity.ERROR
    assert found["issued_over_present"] is Severity.ERROR
    assert found["present_over_summoned"] is Severity.ERROR
    assert "summoned_over_members" not in found


def test_quorum_only_where_the_rule_set_has_one() -> None:
    # 3·present ≥ 2·summoned: 133 of 200 is short (399 < 400), 134 is enough
    assert "quorum_not_met" in codes(Numbers(200, 200, 133, 10, 10), full_tally(10))
    assert "quorum_not_met" not in codes(Numbers(200, 200, 134, 10, 10), full_tally(10))
    assert "quorum_not_met" not in codes(Numbers(200, 200, 133, 10, 10), full_tally(10),
                                         rules="state-96")
    assert "quorum_unknown" in codes(Numbers(collected=10), full_tally(10))


def test_entered_must_equal_collected_and_base_must_be_known() -> None:
    found = codes(Numbers(200, 200, 196, 196, 196), full_tally(195))
    assert found["entered_ne_collected"] is Severity.ERROR
    assert "collected_missing" in codes(Numbers(200, 200, 196, 196, None))
    assert "base_missing" in codes(Numbers(None, 200, 196, 196, 10), full_tally(10),
                                   rules="state-96")


def test_tally_disagreeing_with_the_stored_ballots_is_an_error() -> None:
    tally = full_tally(10)
    assert "valid_invalid_ne_entered" in codes(Numbers(200, 200, 196, 196, 11), tally, entered=11)
    tally.rows[1][0] -= 1  # a counter gone astray: only a bug or tampering can do this
    found = codes(Numbers(200, 200, 196, 196, 10), tally)
    assert found == {"official_sum_mismatch": Severity.ERROR}
    assert blocking(run_checks(make_definition(3), Numbers(200, 200, 196, 196, 10), tally, 10))


def test_warnings() -> None:
    tally = full_tally(90)
    for i in range(91, 95):
        tally.add(b.invalid(i, InvalidReason.NAME_ADDED))  # 4 of 94 > 3 %
    found = codes(Numbers(200, 200, 196, 196, 94), tally)
    assert found == {"invalid_over_3_percent": Severity.WARNING}
    tally = full_tally(50)
    for i in range(51, 57):  # official 2 is left blank six times, the others never
        tally.add(b.keyed(i, (1, BLANK, 1), invalid_row_voids_ballot=False))
    found = codes(Numbers(200, 200, 196, 196, 56), tally)
    assert found == {"official_invalid_rows_outlier": Severity.WARNING}


def test_messages_in_both_languages() -> None:
    numbers = Numbers(200, 200, 196, 196, 196)
    vi = run_checks(make_definition(3), numbers, full_tally(5), 5, "vi")
    en = run_checks(make_definition(3), numbers, full_tally(5), 5, "en")
    assert vi[0].message == "Đã nhập 5 phiếu, số phiếu thu vào là 196."
    assert en[0].message == "5 ballots entered, 196 collected."


def test_ordering_skips_numbers_not_entered_yet() -> None:
    # summoned is not known: present is still compared with members
    assert Numbers(members=480, present=490).ordering_problems() == [("present", "members")]
    assert Numbers(members=480, collected=481).ordering_problems() == [("collected", "members")]
    assert Numbers(issued=5, summoned=9).ordering_problems() == []
    found = codes(Numbers(480, None, 490, None, 10), full_tally(10), rules="state-96")
    assert found == {"present_over_members": Severity.ERROR}
