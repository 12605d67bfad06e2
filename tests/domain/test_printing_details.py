"""What the minutes need besides the figures: the count's own clock, the committee's roles and
posts, witnesses, copies and the register number; kept across storage and the command line."""

from dataclasses import replace
from pathlib import Path

import pytest

from desktop.cli.main import main as cli
from desktop.domain import clock
from desktop.domain.count import CommitteeMember, CountDefinition, Role
from desktop.errors import ValidationError
from desktop.services.count_service import CountService
from tests.helpers import SEED_NUMBERS, make_definition


def test_a_stored_utc_time_prints_in_the_counts_zone_whatever_the_machine() -> None:
    when = clock.local("2026-11-28T09:25:00+00:00", "Asia/Ho_Chi_Minh")
    assert when is not None and (when.hour, when.minute) == (16, 25)
    naive = clock.local("2026-11-28T09:25:00", "Asia/Ho_Chi_Minh")  # read as UTC
    assert naive is not None and naive.hour == 16
    assert clock.local("not a time", "Asia/Ho_Chi_Minh") is None
    assert clock.local(None, "Asia/Ho_Chi_Minh") is None
    paris = clock.local("2026-07-01T09:25:00+00:00", "Europe/Paris")
    assert paris is not None and paris.hour == 11


def test_an_unknown_zone_or_copies_out_of_range_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        replace(make_definition(), timezone="Mars/Olympus")
    assert caught.value.code == "timezone_unknown" and caught.value.field == "timezone"
    with pytest.raises(ValidationError) as caught:
        replace(make_definition(), copies=0)
    assert caught.value.code == "copies_range"


def test_the_details_round_trip_and_an_old_dict_reads_as_defaults() -> None:
    d = replace(make_definition(), timezone="Asia/Bangkok", copies=3, document_number="07",
                committee=(CommitteeMember("A", Role.CHAIR, "Phó Chánh Văn phòng"),
                           CommitteeMember("B", Role.SECRETARY),
                           CommitteeMember("C", Role.WITNESS, "Đại diện Ủy ban Kiểm tra")))
    assert CountDefinition.from_dict(d.to_dict()) == d
    plain = make_definition()
    assert set(plain.to_dict()) == {"title", "body", "sitting", "place", "date", "rules",
                                    "officials", "committee"}  # as before: old logs verify
    assert CountDefinition.from_dict(plain.to_dict()).timezone == clock.DEFAULT_TIMEZONE
    assert not Role.WITNESS.signs and Role.SECRETARY.signs


def test_the_counting_file_keeps_them(tmp_path: Path) -> None:
    d = replace(make_definition(), copies=2, document_number="12",
                committee=(CommitteeMember("A", Role.SECRETARY, "Chuyên viên"),
                           CommitteeMember("W", Role.WITNESS)))
    CountService.create(tmp_path / "c.kiemphieu", d, SEED_NUMBERS).close()
    again = CountService.open(tmp_path / "c.kiemphieu")
    assert again.definition == d and again.verify() == []
    again.close()


def test_the_command_line_sets_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    officials = tmp_path / "o.csv"
    officials.write_text("name,title\nNguyễn Văn A,Chủ tịch\n", encoding="utf-8")
    path = tmp_path / "c.kiemphieu"
    assert cli(["new", str(path), "--rules", "state-96", "--title", "T", "--officials",
                str(officials), "--committee", "Lê Thị B;secretary;Chuyên viên Văn phòng",
                "--committee", "Trần C;witness", "--copies", "3", "--timezone", "Asia/Bangkok",
                "--document-number", "05"]) == 0
    count = CountService.open(path, read_only=True)
    d = count.definition
    assert d.committee == (CommitteeMember("Lê Thị B", Role.SECRETARY, "Chuyên viên Văn phòng"),
                           CommitteeMember("Trần C", Role.WITNESS))
    assert (d.copies, d.timezone, d.document_number) == (3, "Asia/Bangkok", "05")
    count.close()
    capsys.readouterr()
    assert cli(["new", str(tmp_path / "d.kiemphieu"), "--rules", "state-96", "--title", "T",
                "--officials", str(officials), "--committee", "X;boss"]) == 2
    assert "secretary" in capsys.readouterr().err
