import json

from desktop.domain import ballot as b
from desktop.domain.ballot import BLANK, InvalidReason
from desktop.domain.checks import Severity, blocking, run_checks
from desktop.domain.closing import Acknowledgement
from desktop.domain.count import Numbers
from desktop.domain.rules import BaseKind, preset, with_base
from desktop.domain.stacks import Stack
from desktop.domain.tally import Tally
from desktop.domain.words import Lang, say
from tests.helpers import make_definition

# a confidence vote on the total of members (NQ 85/2014's base; NQ 96 uses ballots collected)
ON_MEMBERS = with_base(preset("state-96"), BaseKind.MEMBERS)


def codes(numbers: Numbers, tally: Tally | None = None, entered: int | None = None,
          rules: str = "party-96", officials: int = 3) -> dict[str, Severity]:
    tally = tally or Tally(officials, 3)
    definition = (make_definition(officials, rule_set=ON_MEMBERS) if rules == "members"
                  else make_definition(officials, rules))
    found = run_checks(definition, numbers, tally,
                       tally.entered if entered is None else entered)
    return {c.code: c.severity for c in found}


def full_tally(n: int, officials: int = 3) -> Tally:
    tally = Tally(officials, 3)
    for i in range(1, n + 1):
        tally.add(b.keyed(i, (1,) * officials, invalid_row_voids_ballot=False))
    return tally


def test_a_consistent_count_passes_every_check() -> None:
    assert codes(Numbers(200, 200, 196, 10, 10), full_tally(10)) == {}


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
    assert "base_missing" in codes(Numbers(None, 200, 196, 10, 10), full_tally(10),
                                   rules="members")


def test_tally_disagreeing_with_the_stored_ballots_is_an_error() -> None:
    tally = full_tally(10)
    assert "valid_invalid_ne_entered" in codes(Numbers(200, 200, 196, 11, 11), tally, entered=11)
    tally.rows[1][0] -= 1  # a counter gone astray: only a bug or tampering can do this
    found = codes(Numbers(200, 200, 196, 10, 10), tally)
    assert found == {"official_sum_mismatch": Severity.ERROR}
    assert blocking(run_checks(make_definition(3), Numbers(200, 200, 196, 10, 10), tally, 10))


def test_warnings() -> None:
    tally = full_tally(90)
    for i in range(91, 95):
        tally.add(b.invalid(i, InvalidReason.NAME_ADDED))  # 4 of 94 > 3 %
    found = codes(Numbers(200, 200, 196, 94, 94), tally)
    assert found == {"invalid_over_3_percent": Severity.WARNING}
    tally = full_tally(50)
    for i in range(51, 57):  # official 2 is left blank six times, the others never
        tally.add(b.keyed(i, (1, BLANK, 1), invalid_row_voids_ballot=False))
    found = codes(Numbers(200, 200, 196, 56, 56), tally)
    assert found == {"official_invalid_rows_outlier": Severity.WARNING}


def test_checks_are_codes_with_values_said_in_both_languages() -> None:
    numbers = Numbers(200, 200, 196, 196, 196)
    found = run_checks(make_definition(3), numbers, full_tally(5), 5)
    assert (found[0].code, dict(found[0].values)) == (
        "entered_ne_collected", {"entered": 5, "collected": 196})
    assert found[0].words(Lang.VI) == "Đã nhập 5 phiếu, số phiếu thu về là 196."
    assert found[0].words(Lang.EN) == "5 ballots entered, 196 collected."
    order = run_checks(make_definition(3), Numbers(200, 190, 195, 10, 10), full_tally(10), 10)
    assert [c.words(Lang.VI) for c in order] == [
        "Số có mặt (195) lớn hơn số được triệu tập (190)."]


def test_ballots_collected_far_below_those_issued_are_a_warning() -> None:
    # 46 of 196: a mistyped number, or ballots that left the room
    found = run_checks(make_definition(3), Numbers(200, 200, 196, 196, 46), full_tally(46), 46)
    assert [(c.code, c.severity) for c in found] == [
        ("collected_far_below_issued", Severity.WARNING)]
    assert found[0].words(Lang.VI) == (
        "Số phiếu thu về (46) ít hơn nhiều so với số phiếu phát ra (196): 150 phiếu không "
        "được thu về. Kiểm tra lại hai con số này.")
    # up to 5 % not returned is ordinary: 187 of 196 collected says nothing, 186 does
    assert "collected_far_below_issued" not in codes(Numbers(200, 200, 196, 196, 187),
                                                     full_tally(187))
    assert "collected_far_below_issued" in codes(Numbers(200, 200, 196, 196, 186),
                                                 full_tally(186))


def test_a_closed_stack_short_of_its_size_is_flagged() -> None:
    stacks = [Stack("A", 50, closed=True), Stack("B", 50, closed=True, close_reason="rách"),
              Stack("C", 50)]
    found = run_checks(make_definition(3), Numbers(200, 200, 196, 120, 120), full_tally(120),
                       120, stacks, {"A": 49, "B": 40, "C": 31})
    assert [(c.code, dict(c.values)) for c in found] == [
        ("stack_short", {"stack": "A", "done": 49, "expected": 50})]  # B said why; C is open
    assert found[0].severity is Severity.WARNING


def test_ordering_skips_numbers_not_entered_yet() -> None:
    # summoned is not known: present is still compared with members
    assert Numbers(members=480, present=490).ordering_problems() == [("present", "members")]
    assert Numbers(members=480, collected=481).ordering_problems() == [("collected", "members")]
    assert Numbers(issued=5, summoned=9).ordering_problems() == []
    found = codes(Numbers(480, None, 490, None, 10), full_tally(10), rules="members")
    assert found == {"present_over_members": Severity.ERROR}


def test_an_outlier_against_a_half_median_is_stored_and_said_with_its_half() -> None:
    tally = full_tally(40, officials=4)
    blank_rows = (0, 1, 4, 12)  # invalid rows per official: the median is 2.5
    for i in range(12):
        marks = tuple(BLANK if i < n else 1 for n in blank_rows)
        tally.add(b.keyed(41 + i, marks, invalid_row_voids_ballot=False))
    found = [c for c in run_checks(make_definition(4), Numbers(200, 200, 196, 52, 52), tally,
                                   52) if c.code == "official_invalid_rows_outlier"]
    assert [(c.values["rows"], c.values["median"]) for c in found] == [(12, 2.5)]
    ack = Acknowledgement(found[0].code, "Chủ tịch", "đã xem", (found[0].values,))
    again = Acknowledgement.from_dict(json.loads(json.dumps(ack.to_dict())))  # as the log
    assert again == ack
    assert say(found[0].code, Lang.VI, **again.warnings[0]).endswith("(trung vị 2,50).")
