from fractions import Fraction

import pytest

from desktop.domain import rules
from desktop.domain.rules import BaseKind, Comparison, RuleSet, Threshold
from desktop.domain.words import Lang
from desktop.errors import ValidationError
from tests.helpers import raises_words


def test_presets_follow_the_legal_texts() -> None:
    party = rules.preset("party-96")
    assert party.levels == 3 and party.base is BaseKind.COLLECTED and party.quorum_two_thirds
    assert [(t.level, t.comparison, t.fraction) for t in party.thresholds] == [
        (3, Comparison.GT, Fraction(1, 2)), (3, Comparison.GE, Fraction(2, 3))]
    state = rules.preset("state-96")
    # NQ 96/2023/QH15 Điều 19 khoản 3: the ballots collected; total deputies shown beside it
    assert state.base is BaseKind.COLLECTED and not state.quorum_two_thirds
    assert state.compare_base is BaseKind.MEMBERS and "Điều 19" in state.base_citation[0]
    assert [t.citation[0] for t in state.thresholds] == [
        "Khoản 2 Điều 12 Nghị quyết số 96/2023/QH15", "Khoản 3 Điều 12 Nghị quyết số 96/2023/QH15"]
    assert all("tổng số phiếu" in t.quote[0] for t in state.thresholds)
    assert rules.RuleSet.from_dict(state.to_dict()) == state
    assert "compare_base" not in party.to_dict()  # a rule set without them stores as before
    assert state.thresholds[0].consequence != party.thresholds[0].consequence
    no = rules.preset("no-confidence")
    assert no.levels == 2 and no.base is BaseKind.MEMBERS
    assert [(t.level, t.comparison, t.fraction) for t in no.thresholds] == [
        (2, Comparison.GT, Fraction(1, 2))]


def test_sentence_names_the_base_and_its_figure_in_both_languages() -> None:
    party = rules.preset("party-96")
    vi = party.sentence(Lang.VI, 196)
    assert "Tỷ lệ % tính trên tổng số phiếu thu về: 196." in vi
    assert "Có trên 1/2 số phiếu “Tín nhiệm thấp”" in vi
    assert "Có từ 2/3 trở lên số phiếu “Tín nhiệm thấp”: cấp có thẩm quyền cho thôi" in vi
    assert "2/3 số người được triệu tập" in vi
    en = party.sentence(Lang.EN, 196)
    assert "Percentages are of the number of ballots collected: 196." in en
    assert "More than 1/2 “Low confidence”" in en and "At least 2/3 “Low confidence”" in en
    whole = RuleSet.from_dict({**party.to_dict(), "invalid_row_voids_ballot": True})
    assert "invalid as a whole" in whole.sentence(Lang.EN)


@pytest.mark.parametrize("code", ["party-96", "state-96", "no-confidence"])
def test_rule_sets_survive_a_round_trip(code: str) -> None:
    rule_set = rules.preset(code)
    assert RuleSet.from_dict(rule_set.to_dict()) == rule_set


def test_threshold_boundaries_compare_integers() -> None:
    over_half = Threshold("a", 3, Comparison.GT, Fraction(1, 2))
    assert not over_half.crossed(98, 196) and over_half.crossed(99, 196)
    two_thirds = Threshold("b", 3, Comparison.GE, Fraction(2, 3))
    assert not two_thirds.crossed(130, 196) and two_thirds.crossed(131, 196)  # 130.67
    assert two_thirds.crossed(2, 3) and not Threshold("c", 3, Comparison.GT, Fraction(2, 3)) \
        .crossed(2, 3)
    assert not over_half.crossed(5, None) and not over_half.crossed(5, 0)


def test_custom_rule_sets_and_their_errors() -> None:
    custom = rules.custom(["Đồng ý", "Không đồng ý"], BaseKind.PRESENT,
                          (rules.parse_threshold("2>1/2:không được thông qua"),))
    assert custom.levels == 2
    assert "Có trên 1/2 số phiếu “Không đồng ý”: không được thông qua." in custom.sentence(Lang.VI)
    with raises_words(kind=ValidationError, pattern="2 to 9 levels"):
        rules.custom(["Một"], BaseKind.PRESENT)
    with raises_words(kind=ValidationError, pattern="names level 3"):
        rules.custom(["A", "B"], BaseKind.PRESENT, (rules.parse_threshold("3>1/2"),))
    with raises_words(kind=ValidationError, pattern="cannot read threshold"):
        rules.parse_threshold("low>half")
    with raises_words(kind=ValidationError, pattern="above 0 and at most 1"):
        rules.custom(["A", "B"], BaseKind.PRESENT, (rules.parse_threshold("2>3/2"),))
    with raises_words(kind=ValidationError, pattern="unknown rule set"):
        rules.preset("party-2014")
    assert rules.parse_threshold("3 ≥ 2/3").comparison is Comparison.GE


@pytest.mark.parametrize("fraction", ["1e999999999", "9" * 4000 + "/2", "1/0", "½", "-1/2",
                                      "1/2/3", ""])
def test_a_fraction_that_would_compute_for_ever_or_means_nothing_is_refused(
        fraction: str) -> None:
    with pytest.raises(ValidationError) as caught:
        rules.parse_threshold(f"3>{fraction}")
    assert caught.value.code == "threshold_unreadable"
    stored = rules.preset("party-96").to_dict()
    stored["thresholds"][0]["fraction"] = fraction
    with pytest.raises(ValidationError):
        rules.RuleSet.from_dict(stored)
    assert rules.fraction_of("2/3") == Fraction(2, 3) and rules.fraction_of("0.5") == Fraction(1, 2)
