"""An election from the command line: set up with its seats, keyed with one code per
candidate, a ballot keeping too many names found invalid by the program itself, and the
results naming the elected, the tied and the seats left."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli.main import main as cli
from desktop.services.count_service import CountService


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = cli([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def candidates(tmp_path: Path) -> Path:
    path = tmp_path / "candidates.csv"
    path.write_text("name,title\n" + "".join(f"Nguyễn Văn {c},\n" for c in "ABCDE"),
                    encoding="utf-8")
    return path


def test_an_election_of_three_from_five(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                        candidates: Path) -> None:
    count = tmp_path / "e.kiemphieu"
    code, out, err = run(capsys, "new", count, "--rules", "party-190", "--title", "Bầu BCH",
                         "--officials", candidates, "--seats", 3, "--summoned", 12,
                         "--exclusion", "Sinh hoạt tạm thời nơi khác:2", "--present", 10,
                         "--issued", 10, "--collected", 10)
    assert (code, err) == (0, ""), err
    ballots = ["11122", "11212", "12112", "11221", "21121", "11122", "11111", "22222",
               "12122"]
    for codes in ballots:
        code, out, err = run(capsys, "add", count, codes)
        assert code == 0, err
    code, out, _ = run(capsys, "results", count, "--format", "json")
    data = json.loads(out)
    # base: 12 convened less 2 excluded = 10; more than half is 6 votes or more
    assert data["base"] == {"kind": "summoned_less_excluded", "value": 10}
    assert [c["percent"]["1"] for c in data["officials"]][:2] == ["60.00", "50.00"]
    assert data["ballots"]["invalid"] == 1  # "11111" keeps five names for three seats
    votes = [c["counts"]["1"] for c in data["officials"]]
    assert votes == [6, 5, 5, 2, 2]  # "22222" elects nobody and is valid under QĐ 190
    # 2·6 > 10 passes, 2·5 > 10 does not: one elected, two seats left for another round
    assert (data["seats"], data["elected"], data["tied"], data["unfilled"]) == (3, [1], [], 2)
    assert [c["rank"] for c in data["officials"]] == [1, 2, 2, 4, 4]
    assert [c["passes"] for c in data["officials"]] == [True, False, False, False, False]
    # the valid ballots in piles by names kept, as State teams count them: one kept none
    assert data["piles"] == {"0": 1, "1": 0, "2": 1, "3": 6}


def test_a_ballot_keeping_too_many_names_is_said_invalid_when_added(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, candidates: Path) -> None:
    count = tmp_path / "e.kiemphieu"
    assert run(capsys, "new", count, "--rules", "state-election", "--title", "Bầu",
               "--officials", candidates, "--seats", 2, "--collected", 5)[0] == 0
    code, out, _ = run(capsys, "add", count, "11122")
    assert code == 0 and "giữ lại 3 tên, bầu 2: phiếu không hợp lệ" in out
    code, out, _ = run(capsys, "add", count, "22222", "--lang", "en")
    assert "every name struck: an invalid ballot under the rules" in out
    with CountService.open(count, read_only=True) as service:
        assert [b.reason.value for b in service.ballots() if b.reason] == [
            "too_many_kept", "all_struck"]
        assert service.verify() == []


def test_seats_are_needed_for_an_election_and_refused_for_a_confidence_vote(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, candidates: Path) -> None:
    code, _, err = run(capsys, "new", tmp_path / "a.kiemphieu", "--rules", "party-190",
                       "--title", "Bầu", "--officials", candidates)
    assert code == 2 and "--seats" in err
    code, _, err = run(capsys, "new", tmp_path / "b.kiemphieu", "--rules", "party-96",
                       "--title", "Tín nhiệm", "--officials", candidates, "--seats", 3)
    assert code == 2 and "party-96" in err
    code, _, err = run(capsys, "new", tmp_path / "c.kiemphieu", "--rules", "party-190",
                       "--title", "Bầu", "--officials", candidates, "--seats", 6)
    assert code == 2 and "(6)" in err and "(5)" in err
    assert not list(tmp_path.glob("*.kiemphieu"))


def test_a_tie_for_the_last_seat_is_reported_not_broken(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, candidates: Path) -> None:
    count = tmp_path / "e.kiemphieu"
    assert run(capsys, "new", count, "--rules", "trade-union", "--title", "Bầu",
               "--officials", candidates, "--seats", 2, "--collected", 5)[0] == 0
    for codes in ("11222", "12122", "11222", "12122", "21122"):
        assert run(capsys, "add", count, codes)[0] == 0
    data = json.loads(run(capsys, "results", count, "--format", "json")[1])
    assert (data["elected"], data["tied"], data["tied_seats"], data["unfilled"]) == (
        [1], [2, 3], 1, 1)
    # 5 valid ballots: A 4, B 3, C 3 all pass (2·3 > 5), B and C tie for the second seat
    assert data["officials"][0]["settled"] == "elected"


def test_a_further_round_for_the_seats_left_among_the_chosen(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, candidates: Path) -> None:
    first = tmp_path / "lan1.kiemphieu"
    assert run(capsys, "new", first, "--rules", "trade-union", "--title", "Bầu BCH",
               "--officials", candidates, "--seats", 2, "--members", 9, "--summoned", 9,
               "--collected", 5)[0] == 0
    for codes in ("11222", "12122", "11222", "12122", "21122"):  # A elected, B-C tied
        assert run(capsys, "add", first, codes)[0] == 0
    second = tmp_path / "lan2.kiemphieu"
    code, _, err = run(capsys, "next-round", first, second, "--candidates", "2,3")
    assert code == 2 and "close" in err  # the round must be closed first
    assert run(capsys, "close", first)[0] == 0
    code, _, err = run(capsys, "next-round", first, second, "--candidates", "1,2")
    assert code == 2 and "Nguyễn Văn A" in err  # A was elected already
    code, out, err = run(capsys, "next-round", first, second, "--candidates", "2,3")
    assert code == 0, err
    assert "lần bầu thứ 2, bầu 1 trong 2 người" in out
    with CountService.open(second, read_only=True) as service:
        setup = service.definition.election
        assert setup is not None and (setup.round, setup.seats) == (2, 1)
        assert [o.name for o in service.definition.on_ballot] == ["Nguyễn Văn B", "Nguyễn Văn C"]
        (done,) = setup.previous
        with CountService.open(first, read_only=True) as closed:
            assert (done.identity, done.fingerprint) == (closed.identity(), closed.fingerprint())
        assert (done.round, done.seats, done.elected) == (1, 2, ("Nguyễn Văn A",))
        assert service.numbers.summoned == 9 and service.numbers.collected is None


def test_an_import_of_election_ballots_takes_the_same_codes_and_verdicts(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, candidates: Path) -> None:
    count = tmp_path / "e.kiemphieu"
    assert run(capsys, "new", count, "--rules", "youth-union", "--title", "Bầu BCH Đoàn",
               "--officials", candidates, "--seats", 3, "--collected", 6)[0] == 0
    source = tmp_path / "ballots.csv"
    source.write_text("11122\n11112\n22222\n22122\ninvalid,name_added\n12121\n",
                      encoding="utf-8")
    code, out, err = run(capsys, "import", count, source)
    # the program's own verdicts are invalid ballots too
    assert code == 0 and "đã lưu 6 phiếu (3 không hợp lệ), số 1–6" in out, err
    with CountService.open(count, read_only=True) as service:
        reasons = [b.reason.value if b.reason else None for b in service.ballots()]
        # 4 kept of 3 seats; every name struck ("không bầu ai", invalid in the Đoàn)
        assert reasons == [None, "too_many_kept", "all_struck", None, "name_added", None]
        data = json.loads(run(capsys, "results", count, "--format", "json")[1])
        assert data["base"] == {"kind": "collected", "value": 6}
        assert [c["counts"]["1"] for c in data["officials"]] == [2, 1, 3, 0, 1]


def test_the_base_less_the_excluded_is_for_elections_only(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, candidates: Path) -> None:
    code, _, err = run(capsys, "new", tmp_path / "t.kiemphieu", "--rules", "party-96",
                       "--title", "Tín nhiệm", "--officials", candidates,
                       "--base", "summoned_less_excluded")
    assert code == 2 and "chỉ dành cho bầu cử" in err


def test_an_elections_table_files_say_its_outcome(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, candidates: Path) -> None:
    import zipfile

    count = tmp_path / "e.kiemphieu"
    assert run(capsys, "new", count, "--rules", "trade-union", "--title", "Bầu",
               "--officials", candidates, "--seats", 2, "--collected", 5)[0] == 0
    for codes in ("11222", "12122", "11222", "12122", "21122"):  # A elected, B and C tied
        assert run(capsys, "add", count, codes)[0] == 0
    csv_file, book = tmp_path / "r.csv", tmp_path / "r.xlsx"
    assert run(capsys, "export", count, "--csv", csv_file, "--xlsx", book)[0] == 0
    rows = csv_file.read_text(encoding="utf-8-sig").splitlines()
    assert rows[0].endswith(",Kết quả")
    assert [r.rsplit(",", 1)[1] for r in rows[1:4]] == ["Trúng cử", "Bằng phiếu", "Bằng phiếu"]
    with zipfile.ZipFile(book) as archive:  # the sheet's text, wherever the writer put it
        strings = "".join(archive.read(n).decode("utf-8") for n in archive.namelist()
                          if n.endswith(".xml"))
    assert "Bằng phiếu cho 1 ghế cuối: 2. Nguyễn Văn B, 3. Nguyễn Văn C" in strings
    assert "quá 1/2 của 5 = cần ít nhất 3 phiếu" in strings
