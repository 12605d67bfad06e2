import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain import spotcheck


def test_sample_size() -> None:
    assert spotcheck.sample_size(196) == 20  # 5% is 9.8: at least 20
    assert spotcheck.sample_size(1500) == 75
    assert spotcheck.sample_size(12) == 12


def test_pick_is_reproducible_and_without_replacement() -> None:
    numbers = list(range(1, 201))
    first = spotcheck.pick(numbers, 20, seed=7)
    assert first == spotcheck.pick(list(reversed(numbers)), 20, seed=7)
    assert len(set(first)) == 20 and first == sorted(first)
    assert first != spotcheck.pick(numbers, 20, seed=8)


def test_known_clopper_pearson_limits() -> None:
    # no difference: the upper limit has the closed form 1 − 0.025^(1/n)
    assert spotcheck.upper_bound(0, 20) == pytest.approx(1 - 0.025 ** (1 / 20), abs=1e-9)
    assert spotcheck.upper_bound(1, 100) == pytest.approx(0.05446, abs=5e-5)
    assert spotcheck.upper_bound(5, 20) == pytest.approx(0.4910, abs=5e-4)
    assert spotcheck.upper_bound(20, 20) == 1.0


@settings(max_examples=200)
@given(st.integers(1, 300), st.data())
def test_the_bound_is_where_the_tail_is_two_and_a_half_percent(n: int,
                                                               data: st.DataObject) -> None:
    m = data.draw(st.integers(0, n - 1))
    p = spotcheck.upper_bound(m, n)
    assert m / n < p < 1
    assert math.isclose(spotcheck.binomial_cdf(m, n, p), 0.025, abs_tol=1e-6)
