"""What watching an election shows beside the outcome: the fewest votes that pass the bar
(against Bar.passes itself), the votes of the last seat, the ranked order, the line above
the results in both languages."""

from __future__ import annotations

from desktop.domain import election_summary
from desktop.domain.election import Bar, ElectionSetup, outcome
from desktop.domain.words import Lang


def test_the_cut_and_the_ranking_with_a_tie_and_a_seat_left() -> None:
    # three seats, base 10: A 7, B 7, C 6, D 6, E 2 -> A and B, C and D tied for one seat
    found = outcome((7, 7, 6, 6, 2), 3, 10, Bar())
    assert election_summary.seat_cut(found) == 6
    assert election_summary.ranked(found) == [1, 2, 3, 4, 5]
    # E ahead of D in votes, but only the passing are elected: B 7, E 5 (fails), D 6
    found = outcome((2, 7, 6, 6, 5), 2, 10, Bar())
    assert found.elected == (2,) and found.tied == (3, 4)
    assert election_summary.ranked(found) == [2, 3, 4, 5, 1]
    assert election_summary.seat_cut(outcome((3, 4, 5), 2, 10, Bar())) is None  # none pass


def test_the_line_above_the_results_in_both_languages() -> None:
    found = outcome((7, 7, 6, 6, 2), 3, 10, Bar())
    names = ("An", "Bình", "Chi", "Dũng", "Giang")
    setup = ElectionSetup(3)
    assert election_summary.summary(setup, found, Bar(), 10, names, Lang.VI) == [
        "Bầu 3 người (lần bầu thứ 1); quá 1/2 của 10 = cần ít nhất 6 phiếu",
        "Trúng cử đến nay (2/3): 1. An, 2. Bình",
        "Bằng phiếu cho 1 ghế cuối: 3. Chi, 4. Dũng", "Còn 1 ghế"]
    assert election_summary.summary(setup, found, Bar(), None, names, Lang.EN,
                                    with_names=False) == [
        "3 seats (round 1); more than 1/2 of the base: the base is not known yet",
        "Elected so far: 2/3", "2 tied for the last 1 seat", "1 seat left"]
    many = outcome(tuple(range(100, 160)), 45, 100, Bar())
    lines = election_summary.summary(ElectionSetup(45), many, Bar(), 100,
                                     tuple(f"N{i}" for i in range(60)), Lang.VI)
    assert lines[1:] == ["Trúng cử đến nay: 45/45", "Đủ 45 ghế"]  # counted, not listed


def test_a_closed_count_says_elected_not_elected_so_far() -> None:
    found = outcome((8, 6, 6), 2, 10, Bar())  # A elected, B and C tied for the second seat
    open_lines = election_summary.summary(ElectionSetup(2), found, Bar(), 10, ("A", "B", "C"),
                                          Lang.VI)
    closed_lines = election_summary.summary(ElectionSetup(2), found, Bar(), 10,
                                            ("A", "B", "C"), Lang.VI, closed=True)
    assert open_lines[1].startswith("Trúng cử đến nay")
    assert closed_lines[1] == "Trúng cử (1/2): 1. A"
