"""The tally against an independent reference count; arithmetic against exact rationals."""

from collections import Counter
from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain import ballot as b
from desktop.domain.ballot import BLANK, MULTIPLE, BallotStatus, InvalidReason
from desktop.domain.checks import run_checks
from desktop.domain.count import Numbers
from desktop.domain.rules import Comparison, Threshold
from desktop.domain.tally import Tally, format_percent, percent, results
from desktop.domain.words import Lang
from tests.helpers import make_definition

LEVELS = 3
STATES = st.sampled_from([1, 2, 3, BLANK, MULTIPLE])


@st.composite
def ballots(draw: st.DrawFn, officials: int) -> list[b.Ballot]:
    out = []
    for number in range(1, draw(st.integers(0, 60)) + 1):
        if draw(st.integers(0, 9)) == 0:
            out.append(b.invalid(number, draw(st.sampled_from(b.KEYABLE_REASONS)), "note"))
        else:
            marks = tuple(draw(st.lists(STATES, min_size=officials, max_size=officials)))
            out.append(b.keyed(number, marks, invalid_row_voids_ballot=draw(st.booleans())))
    return out


def reference(officials: int, records: list[b.Ballot]) -> tuple[Counter[tuple[int, int]], int, int]:
    """Counts by (official, state) over valid ballots, written as plainly as possible."""
    counts: Counter[tuple[int, int]] = Counter()
    valid = invalid = 0
    for record in records:
        if record.status == BallotStatus.VOIDED:
            continue
        if record.status == BallotStatus.INVALID:
            invalid += 1
            continue
        valid += 1
        for official in range(officials):
            counts[(official, record.marks[official])] += 1
    return counts, valid, invalid


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 6).flatmap(lambda n: st.tuples(st.just(n), ballots(n))),
       st.data())
def test_tally_equals_reference_count(
    case: tuple[int, list[b.Ballot]], data: st.DataObject
) -> None:
    officials, records = case
    tally = Tally(officials, LEVELS)
    for record in records:
        tally.add(record)
    # void some at random: the tally must forget exactly those
    voided = data.draw(st.sets(st.sampled_from([r.number for r in records]))) if records else set()
    final = []
    for record in records:
        if record.number in voided:
            tally.remove(record)
            final.append(b.Ballot(record.number, BallotStatus.VOIDED, record.marks))
        else:
            final.append(record)
    counts, valid, invalid = reference(officials, final)
    assert (tally.valid, tally.invalid) == (valid, invalid)
    for official in range(officials):
        for level in range(1, LEVELS + 1):
            assert tally.level_count(official, level) == counts[(official, level)]
        assert tally.blank(official) == counts[(official, BLANK)]
        assert tally.multiple(official) == counts[(official, MULTIPLE)]
        # Σ levels + blank + multiple = valid ballots, for every official
        assert tally.valid_rows(official) + tally.invalid_rows(official) == valid
    assert sum(tally.invalid_reasons.values()) == invalid
    assert not [c for c in run_checks(make_definition(officials), Numbers(), tally, valid + invalid)
                if c.code in ("official_sum_mismatch", "valid_invalid_ne_entered")]


def exact_percent(count: int, base: int) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = 60
        return (Decimal(count) * 100 / Decimal(base)).quantize(Decimal("0.01"), ROUND_HALF_UP)


@settings(max_examples=500)
@given(st.integers(0, 5000), st.integers(1, 5000))
def test_percent_is_exact_and_rounds_half_up(count: int, base: int) -> None:
    assert percent(count, base) == exact_percent(count, base)


def test_percent_examples() -> None:
    assert percent(4513, 20000) == Decimal("22.57")  # 22.565 → 22.57, not the float 22.56
    assert percent(1, 3) == Decimal("33.33") and percent(2, 3) == Decimal("66.67")
    assert percent(130, 196) == Decimal("66.33")
    assert percent(5, 0) is None and percent(5, None) is None
    assert format_percent(Decimal("66.27"), Lang.VI) == "66,27"
    assert format_percent(Decimal("66.27"), Lang.EN) == "66.27"
    assert format_percent(None, Lang.VI) == "—"


@settings(max_examples=400)
@given(st.integers(1, 2000), st.integers(-2, 2), st.sampled_from([(1, 2), (2, 3), (3, 4)]),
       st.sampled_from(list(Comparison)))
def test_thresholds_agree_with_rationals_at_every_boundary(
    base: int, offset: int, frac: tuple[int, int], comparison: Comparison
) -> None:
    fraction = Fraction(*frac)
    # counts right at and around the boundary fraction × base
    count = max(0, (fraction.numerator * base) // fraction.denominator + offset)
    threshold = Threshold("t", 3, comparison, fraction)
    share = Fraction(count, base)
    expected = share > fraction if comparison is Comparison.GT else share >= fraction
    assert threshold.crossed(count, base) is expected


def test_exact_boundaries_of_the_party_rules() -> None:
    definition = make_definition(1)
    tally = Tally(1, 3)
    for n in range(1, 197):  # 2·low = base exactly: 98 of 196 is not "more than half"
        tally.add(b.keyed(n, (3 if n <= 98 else 1,), invalid_row_voids_ballot=False))
    numbers = Numbers(200, 200, 196, 196, 196)
    assert results(definition, numbers, tally)[0].flags == ()
    tally.remove(b.keyed(196, (1,), invalid_row_voids_ballot=False))
    tally.add(b.keyed(196, (3,), invalid_row_voids_ballot=False))  # 99 > 98
    assert results(definition, numbers, tally)[0].flags == ("low_over_half",)
    tally = Tally(1, 3)
    for n in range(1, 196):  # 3·low = 2·base: 2/3 of 195 is 130 exactly
        tally.add(b.keyed(n, (3 if n <= 130 else 1,), invalid_row_voids_ballot=False))
    numbers = Numbers(200, 200, 195, 195, 195)
    assert results(definition, numbers, tally)[0].flags == ("low_over_half", "low_two_thirds")
    assert results(definition, numbers, tally)[0].percents[2] == Decimal("66.67")


def test_invalid_ballots_count_by_reason() -> None:
    tally = Tally(2, 3)
    tally.add(b.invalid(1, InvalidReason.NAME_ADDED))
    tally.add(b.keyed(2, (1, BLANK), invalid_row_voids_ballot=True))
    assert tally.invalid == 2 and tally.valid == 0
    assert tally.invalid_reasons == Counter({InvalidReason.NAME_ADDED: 1,
                                            InvalidReason.INVALID_ROW: 1})
