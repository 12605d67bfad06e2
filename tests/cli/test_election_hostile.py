"""What a careless or hostile hand can give an election's command line (the hostile review of
issue 14): each is refused with a sentence naming the option and nothing is left on the disk,
or it is counted right."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli.main import main as cli


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = cli([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def names(tmp_path: Path) -> Path:
    path = tmp_path / "c.csv"
    path.write_text("name,title\nAn,\nBình,\nChi,\nDũng,\nEm,\n", encoding="utf-8")
    return path


def new(capsys: pytest.CaptureFixture[str], path: Path, names: Path,
        *args: object) -> tuple[int, str, str]:
    return run(capsys, "new", path, "--title", "Bầu", "--officials", names, *args)


@pytest.mark.parametrize(("args", "said"), [
    # the per-official base of a confidence vote would leave an election with no base at all
    (["--rules", "custom-election", "--base", "valid", "--seats", 1], "base"),
    (["--rules", "trade-union", "--base", "valid", "--seats", 1], "base"),
    # more excluded than convened: a base of 0 that elects nobody
    (["--rules", "party-190", "--summoned", 100, "--seats", 3, "--excluded", 150], "150"),
    (["--rules", "party-190", "--summoned", 10, "--seats", 3, "--exclusion", "X:200"], "200"),
    # a fraction no candidate can pass, or none at all
    (["--rules", "custom-election", "--base", "collected", "--seats", 2, "--fraction", "3/2"],
     "3/2"),
    (["--rules", "custom-election", "--base", "collected", "--seats", 2, "--fraction", "0/1"],
     "0/1"),
    (["--rules", "custom-election", "--base", "collected", "--seats", 2, "--fraction", "1/1"],
     "1/1"),
    # a preset's own rules are its own: options that would change them are refused
    (["--rules", "party-190", "--seats", 2, "--at-least"], "at_least"),
    (["--rules", "party-190", "--seats", 2, "--tie", "older"], "tie"),
    (["--rules", "state-election", "--seats", 2, "--largest-remainder"], "largest_remainder"),
    # excluded categories only where the base takes them away
    (["--rules", "state-election", "--seats", 2, "--exclusion", "Đi vắng:4"], "exclusion"),
    (["--rules", "party-190", "--seats", 2, "--round", 0], "round"),
])
def test_a_bad_election_setup_is_refused_and_leaves_no_file(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, names: Path, args: list[object],
        said: str) -> None:
    path = tmp_path / "e.kiemphieu"
    code, _, err = new(capsys, path, names, *args)
    assert code == 2 and said in err and "Traceback" not in err, err
    assert not path.exists() and not list(tmp_path.glob("*.kiemphieu"))


def test_more_excluded_than_convened_is_refused_when_the_numbers_change_too(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, names: Path) -> None:
    path = tmp_path / "e.kiemphieu"
    assert new(capsys, path, names, "--rules", "party-190", "--summoned", 10, "--seats", 3,
               "--excluded", 3)[0] == 0
    code, _, err = run(capsys, "set", path, "--summoned", 2)
    assert code == 2 and "3" in err
    data = json.loads(run(capsys, "results", path, "--format", "json")[1])
    assert data["base"]["value"] == 7


def test_a_strike_list_has_no_blank_or_double_row(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, names: Path) -> None:
    """On a strike paper a name is kept or struck: a row "neither" (0) or "both" (x) would
    count for nobody, and "2222x" would get round the all-struck verdict."""
    path = tmp_path / "e.kiemphieu"
    assert new(capsys, path, names, "--rules", "state-election", "--seats", 3,
               "--collected", 5)[0] == 0
    for codes in ("11102", "111x2", "2222x"):
        code, _, err = run(capsys, "add", path, codes)
        assert code == 2 and "Traceback" not in err, err
    assert json.loads(run(capsys, "results", path, "--format", "json")[1])["ballots"][
        "entered"] == 0


def test_an_outside_edit_of_the_seats_changes_the_fingerprint_and_stops_the_next_round(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, names: Path) -> None:
    import sqlite3

    from tests.helpers import lift_append_only, restore_append_only

    path = tmp_path / "e.kiemphieu"
    assert new(capsys, path, names, "--rules", "trade-union", "--seats", 2,
               "--collected", 5)[0] == 0
    for codes in ("11222", "12122", "11222", "12122", "21122"):  # A elected, B-C tied
        assert run(capsys, "add", path, codes)[0] == 0
    assert run(capsys, "close", path)[0] == 0
    before = json.loads(run(capsys, "results", path, "--format", "json")[1])["fingerprint"]
    conn = sqlite3.connect(path)
    saved = lift_append_only(conn)
    conn.execute("""UPDATE count_info SET election = '{"exclusions":[],"round":1,"seats":3}'""")
    restore_append_only(conn, saved)
    conn.commit()
    conn.close()
    after = json.loads(run(capsys, "results", path, "--format", "json")[1])
    assert after["fingerprint"] != before and after["seats"] == 3
    code, _, err = run(capsys, "next-round", path, tmp_path / "r2.kiemphieu", "--candidates",
                       "4,5")
    assert code == 2 and "không khớp nhật ký" in err
    assert not (tmp_path / "r2.kiemphieu").exists()


@pytest.mark.parametrize(("args", "said"), [
    (["--rules", "party-190", "--seats", 2, "--excluded", -5], "không âm"),
    (["--rules", "party-190", "--seats", 2, "--exclusion", "X:٣"], "X:٣"),
    (["--rules", "custom-election", "--seats", 2], "custom-election cần --base"),
])
def test_each_bad_option_is_named_in_its_own_words(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, names: Path, args: list[object],
        said: str) -> None:
    code, _, err = new(capsys, tmp_path / "e.kiemphieu", names, *args)
    assert code == 2 and said in err, err


def test_a_verdict_of_the_program_is_not_keyed_and_is_named(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, names: Path) -> None:
    path = tmp_path / "e.kiemphieu"
    assert new(capsys, path, names, "--rules", "party-190", "--seats", 2)[0] == 0
    code, _, err = run(capsys, "add", path, "--invalid", "too_many_kept")
    assert code == 2 and "“too_many_kept”" in err and "invalid_row" not in err


def test_a_damaged_election_column_is_named(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, names: Path) -> None:
    import sqlite3

    from tests.helpers import lift_append_only, restore_append_only

    path = tmp_path / "e.kiemphieu"
    assert new(capsys, path, names, "--rules", "party-190", "--seats", 2)[0] == 0
    conn = sqlite3.connect(path)
    saved = lift_append_only(conn)
    conn.execute("""UPDATE count_info SET election = '{"seats":"3"}'""")
    restore_append_only(conn, saved)
    conn.commit()
    conn.close()
    code, _, err = run(capsys, "results", path)
    assert code == 2 and "cột election" in err, err


def test_the_results_say_the_same_percentages_as_the_minutes(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A list without surplus under state-election: each row's for, against and not counted
    add up to 100% by the largest remainder; the results printed 14,29 where the minutes
    said 14,28."""
    from decimal import Decimal

    from desktop.domain.election import largest_remainder

    names = tmp_path / "c3.csv"
    names.write_text("name,title\nAn,\nBình,\nChi,\n", encoding="utf-8")
    path = tmp_path / "lr.kiemphieu"
    assert new(capsys, path, names, "--rules", "state-election", "--members", 7,
               "--summoned", 7, "--present", 7, "--issued", 7, "--collected", 7,
               "--seats", 3)[0] == 0
    source = tmp_path / "lr.csv"
    source.write_text("111\n111\n111\n102\n2x2\n220\n2x1\n", encoding="utf-8")
    assert run(capsys, "import", path, source)[0] == 0
    data = json.loads(run(capsys, "results", path, "--format", "json")[1])
    for entry in data["officials"]:
        counts = entry["counts"]
        shares = largest_remainder(
            (counts["1"], counts["2"], counts["blank"] + counts["multiple"]), 7)
        assert [Decimal(entry["percent"][k]) for k in ("1", "2")] == list(shares[:2])
