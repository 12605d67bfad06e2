"""Double entry by stack through the services: blind second entry, comparison in stack order,
both decisions, the rule "double entry required" and what survives reopening the file."""

from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.cli.main import main as cli
from desktop.domain.ballot import BallotStatus, InvalidInput, InvalidReason, KeyedInput
from desktop.domain.closing import Acknowledgement
from desktop.domain.count import Numbers
from desktop.domain.doubleentry import Kept
from desktop.domain.rules import preset
from desktop.domain.words import Lang
from desktop.errors import ValidationError
from desktop.render import minutes
from desktop.services import double_entry, hand_tallies, operators, tables
from desktop.services.count_service import ChangeSet, CountService
from tests.helpers import make_definition, raises_words, said, untimed_where_a_ballot_is_named

PAPER = [(1, 1, 1), (1, 2, 3), (3, 3, 3), (2, 0, 1), None, (1, 1, 2)]  # None: invalid ballot


def _count(path: Path, required: bool = False) -> CountService:
    rules = replace(preset("party-96"), double_entry=required)
    service = CountService.create(path, make_definition(3, rule_set=rules),
                                  Numbers(20, 20, 20, 12, 12))
    service.open_stack("A", 6, operator="Lan")
    for marks in PAPER:
        if marks is None:
            service.record_invalid(InvalidReason.NAME_ADDED)
        else:
            service.record_ballot(marks)
    return service


def _key_all(service: CountService, stack: str, paper: list[tuple[int, ...] | None]) -> None:
    for marks in paper:
        item = (InvalidInput(InvalidReason.NAME_ADDED) if marks is None
                else KeyedInput(marks))
        double_entry.key(service, stack, item)


def test_an_agreeing_second_entry_settles_the_stack(tmp_path: Path) -> None:
    service = _count(tmp_path / "c.kiemphieu")
    assert double_entry.eligible(service) == ["A"]
    entry = double_entry.start(service, "A", "Minh")
    assert entry.numbers == (1, 2, 3, 4, 5, 6) and entry.next_position == 1
    _key_all(service, "A", PAPER)
    entry = double_entry.entry(service, "A")
    assert entry is not None and entry.compared and entry.differences == ()
    assert entry.settled and double_entry.eligible(service) == []
    summary = service.double_entries.summary()
    assert (summary.stacks, summary.ballots, summary.differences) == (1, 6, 0)
    assert service.verify() == []


def test_a_disagreeing_second_entry_resolved_both_ways(tmp_path: Path) -> None:
    service = _count(tmp_path / "c.kiemphieu")
    double_entry.start(service, "A", "Minh")
    second = list(PAPER)
    second[1] = (1, 2, 2)  # the second operator misreads row 3 of paper 2
    second[3] = (2, 1, 1)  # the first operator misread paper 4 (the paper says 2 1 1)
    seen: list[ChangeSet] = []
    service.changed.connect(seen.append)
    _key_all(service, "A", second)
    entry = double_entry.entry(service, "A")
    assert entry is not None and entry.differences == (2, 4) and entry.pending == [2, 4]
    assert ChangeSet(double_entry=True) in seen
    codes = {c.code for c in service.checks()}
    assert "double_entry_undecided" in codes
    before = service.tally.level_count(1, 1)

    # paper 2: the first entry is right, it stands
    double_entry.resolve(service, "A", 2, Kept.FIRST, "Trần Thị Chủ Tịch")
    stored = service.ballot(2)
    assert stored is not None and stored.marks == (1, 2, 3)
    # paper 4: the second entry is right, it replaces the first (an audited re-key)
    double_entry.resolve(service, "A", 4, Kept.SECOND, "Trần Thị Chủ Tịch")
    stored = service.ballot(4)
    assert stored is not None and stored.marks == (2, 1, 1)
    assert service.tally.level_count(1, 1) == before + 1

    entry = double_entry.entry(service, "A")
    assert entry is not None and entry.settled
    assert [(r.position, r.kept, r.by) for r in entry.resolutions] == [
        (2, Kept.FIRST, "Trần Thị Chủ Tịch"), (4, Kept.SECOND, "Trần Thị Chủ Tịch")]
    assert "double_entry_undecided" not in {c.code for c in service.checks()}
    summary = service.double_entries.summary()
    assert (summary.differences, summary.kept_first, summary.kept_second,
            summary.pending) == (2, 1, 1, 0)
    edited = service.events_of("ballot_edited")
    assert len(edited) == 1 and "lần nhập thứ hai" in edited[0].data["reason"]
    assert service.verify() == []

    pdf = tmp_path / "m.pdf"
    minutes.write_pdf(pdf, service.minutes_data(), lang=Lang.EN)
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(str(pdf)).pages)
    assert ("Double entry: 1 of 1 stacks (6 of 6 ballots) keyed independently by two "
            "operators and compared ballot by ballot; 2 differences, 2 decided by the "
            "committee (1 first entry kept, 1 second entry kept)") in text
    # in the document's own language, not in the words stored with the re-key
    assert ("Entry 4 (stack A): the two entries differed; Trần Thị Chủ Tịch decided for the "
            "second, as the paper ballot reads.") in text
    assert "không khớp" not in text
    log = tmp_path / "log.pdf"
    minutes.write_log_pdf(log, service.minutes_data(), service.events(), Lang.EN)
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(str(log)).pages)
    assert "stack A: Minh keys its 6 ballots again" in text and "stack A: 2 differences" in text
    assert "stack A: Trần Thị Chủ Tịch decided for the second entry" in text
    assert "stack A: Trần Thị Chủ Tịch decided for the first entry" in text
    assert "không khớp" not in text
    assert untimed_where_a_ballot_is_named(service.events()) == []  # secrecy

    # everything is read back from the log
    path = service.path
    service.close()
    again = CountService.open(path)
    entry = again.double_entries.entries["A"]
    assert entry.settled and entry.kept(Kept.SECOND) == 1 and entry.operator == "Minh"
    again.close()


def test_the_second_entry_is_refused_where_it_would_mean_nothing(tmp_path: Path) -> None:
    service = _count(tmp_path / "c.kiemphieu")
    with raises_words(kind=ValidationError, pattern="another operator"):
        double_entry.start(service, "A", " lan ")
    with raises_words(kind=ValidationError, pattern="name the operator"):
        double_entry.start(service, "A", " ")
    with raises_words(kind=ValidationError, pattern="no stack"):
        double_entry.start(service, "B", "Minh")
    service.open_stack("B", 3)
    service.record_ballot((1, 1, 1))
    with raises_words(kind=ValidationError, pattern="must be closed"):
        double_entry.start(service, "B", "Minh")
    double_entry.start(service, "A", "Minh")
    with raises_words(kind=ValidationError, pattern="already has"):
        double_entry.start(service, "A", "Hà")
    with raises_words(kind=ValidationError, pattern="row"):
        double_entry.key(service, "A", KeyedInput((1, 1)))
    with raises_words(kind=ValidationError, pattern="no undecided"):
        double_entry.resolve(service, "A", 1, Kept.FIRST, "Chủ tịch")


def test_a_discarded_second_entry_can_be_keyed_again(tmp_path: Path) -> None:
    service = _count(tmp_path / "c.kiemphieu")
    double_entry.start(service, "A", "Minh")
    _key_all(service, "A", [(3, 3, 3)] * 6)  # keyed from the wrong stack
    entry = double_entry.entry(service, "A")
    assert entry is not None and len(entry.pending) == 5
    with raises_words(kind=ValidationError, pattern="say why"):
        double_entry.discard(service, "A", "")
    double_entry.discard(service, "A", "keyed from the wrong stack")
    assert double_entry.entry(service, "A") is None and double_entry.eligible(service) == ["A"]
    double_entry.start(service, "A", "Minh")
    _key_all(service, "A", PAPER)
    entry = double_entry.entry(service, "A")
    assert entry is not None and entry.settled
    assert service.verify() == []


def test_double_entry_required_blocks_closing_until_every_stack_is_keyed_twice(
        tmp_path: Path) -> None:
    service = _count(tmp_path / "c.kiemphieu", required=True)
    service.open_stack("B", 6, operator="Hà")
    for marks in PAPER:
        service.record_ballot(marks or (1, 1, 1))
    checks = {c.code: c for c in service.checks()}
    assert checks["stack_not_double_keyed"].severity == "error"
    assert sum(c.code == "stack_not_double_keyed" for c in service.checks()) == 2
    double_entry.start(service, "A", "Minh")
    _key_all(service, "A", PAPER)
    double_entry.start(service, "B", "Lan")
    _key_all(service, "B", [m or (1, 1, 1) for m in PAPER][:3])
    texts = [said(c) for c in service.checks() if c.code == "stack_double_keying_unfinished"]
    assert texts == ["Stack B is keyed a second time for 3 of 6 ballots."]
    _key_all(service, "B", [m or (1, 1, 1) for m in PAPER][3:])
    assert not [c for c in service.checks() if c.severity == "error"]
    service.close_count([Acknowledgement("invalid_over_3_percent", "Chủ tịch", "Đã xem.")])
    assert service.closed
    with raises_words(kind=ValidationError, pattern="closed"):
        double_entry.discard(service, "A", "late")


def test_without_the_rule_an_unfinished_second_entry_is_a_warning(tmp_path: Path) -> None:
    service = _count(tmp_path / "c.kiemphieu")
    service.open_stack("B", 6)
    for _ in range(6):
        service.record_ballot((1, 1, 1))
    assert "stack_not_double_keyed" not in {c.code for c in service.checks()}
    double_entry.start(service, "A", "Minh")
    _key_all(service, "A", PAPER[:2])
    found = [c for c in service.checks() if c.code == "stack_double_keying_unfinished"]
    assert [c.severity for c in found] == ["warning"]


def test_ballots_outside_stacks_cannot_satisfy_the_rule(tmp_path: Path) -> None:
    rules = replace(preset("party-96"), double_entry=True)
    service = CountService.create(tmp_path / "c.kiemphieu", make_definition(3, rule_set=rules),
                                  Numbers(20, 20, 20, 20, 2))
    service.record_ballot((1, 1, 1))
    service.record_ballot((1, 1, 1))
    assert "ballots_outside_stacks" in {c.code for c in service.checks()}


def test_a_first_entry_voided_after_the_start_is_a_difference(tmp_path: Path) -> None:
    service = _count(tmp_path / "c.kiemphieu")
    double_entry.start(service, "A", "Minh")
    service.void_ballot(3, "torn in two, counted twice")
    _key_all(service, "A", PAPER)
    entry = double_entry.entry(service, "A")
    assert entry is not None and entry.differences == (3,)
    stored = service.ballot(3)
    assert stored is not None and stored.status is BallotStatus.VOIDED


def test_operator_figures_from_sessions_and_decisions(tmp_path: Path) -> None:
    service = _count(tmp_path / "c.kiemphieu")
    double_entry.start(service, "A", "Minh")
    second = list(PAPER)
    second[1], second[3] = (1, 2, 2), (2, 1, 1)
    _key_all(service, "A", second)
    double_entry.resolve(service, "A", 2, Kept.FIRST, "Chủ tịch")
    double_entry.resolve(service, "A", 4, Kept.SECOND, "Chủ tịch")
    service.open_stack("B", 2)  # no operator named
    service.record_ballot((1, 1, 1))
    service.record_ballot((1, 1, 1))
    lines, outside = operators.operator_figures(service)
    by_name = {line.name: line for line in lines}
    assert set(by_name) == {"Lan", "Minh", ""} and outside == 0
    lan, minh = by_name["Lan"], by_name["Minh"]
    assert (lan.first_stacks, lan.first_ballots, lan.second_ballots) == (1, 6, 0)
    assert (minh.first_ballots, minh.second_stacks, minh.second_ballots) == (0, 1, 6)
    assert (lan.differences, lan.own_kept, lan.other_kept) == (2, 1, 1)
    assert (minh.differences, minh.own_kept, minh.other_kept) == (2, 1, 1)
    assert by_name[""].first_ballots == 2
    # stack sessions carry their times (ballot events do not): a rate can be computed
    opened = service.events_of("stack_opened")[0]
    assert opened.at is not None
    assert lan.per_minute is None or lan.per_minute > 0


def test_operator_figures_from_the_command_line(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    service = _count(tmp_path / "c.kiemphieu")
    path = service.path
    service.close()
    assert cli(["operators", str(path), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[:3] == ["operator", "stacks", "1st"]
    assert out.splitlines()[1].split()[:3] == ["Lan", "1", "6"]
    assert "not for blame" in out
    assert cli(["operators", str(path)]) == 0  # in Vietnamese unless told otherwise
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("người nhập") and "đánh giá cá nhân" in out


def test_a_table_file_must_be_double_keyed_when_the_count_requires_it(tmp_path: Path) -> None:
    rules = replace(preset("party-96"), double_entry=True)
    master = CountService.create(tmp_path / "m.kiemphieu", make_definition(3, rule_set=rules),
                                 Numbers(20, 20, 20, 12, 12))
    path = tables.make_table_file(master, tmp_path / "t.kiemphieu", "Bàn 1")
    table = CountService.open(path)
    table.open_stack("A", 6, operator="Lan")
    for marks in PAPER:
        table.record_ballot(marks or (1, 1, 1))
    table.close()
    with raises_words(kind=ValidationError, pattern=r"not fully double-keyed.*Stack A"):
        tables.merge_table(master, path)
    assert master.entered == 0
    table = CountService.open(path)
    double_entry.start(table, "A", "Minh")
    _key_all(table, "A", [m or (1, 1, 1) for m in PAPER])
    table.close()
    assert tables.merge_table(master, path).ballots == 6
    data = master.minutes_data()  # the table's double entry counts in the master's minutes
    assert (data.double_entry.stacks, data.double_entry.ballots, data.keyed_stacks) == (1, 6, 1)
    assert master.verify() == []


def test_a_table_file_with_hand_counted_stacks_is_refused(tmp_path: Path) -> None:
    master = CountService.create(tmp_path / "m.kiemphieu", make_definition(3),
                                 Numbers(20, 20, 20, 12, 12))
    path = tables.make_table_file(master, tmp_path / "t.kiemphieu", "Bàn 1")
    table = CountService.open(path)
    table.record_ballot((1, 1, 1))
    table.open_stack("Tay", 2)
    hand_tallies.record(table, 2, 0, [[2, 0, 0, 0, 0]] * 3)
    table.close()
    with raises_words(kind=ValidationError, pattern=r"counted by hand \(Tay\)"):
        tables.merge_table(master, path)
    assert master.entered == 0


def test_a_ballot_changed_after_the_comparison_is_flagged(tmp_path: Path) -> None:
    service = _count(tmp_path / "c.kiemphieu")
    double_entry.start(service, "A", "Minh")
    second = list(PAPER)
    second[3] = (2, 1, 1)
    _key_all(service, "A", second)
    double_entry.resolve(service, "A", 4, Kept.SECOND, "Chủ tịch")  # a decision: no flag
    assert "double_entry_changed_after" not in {c.code for c in service.checks()}
    service.edit_ballot(2, KeyedInput((3, 3, 3)), "misread")  # outside the double entry
    found = [c for c in service.checks() if c.code == "double_entry_changed_after"]
    assert [said(c) for c in found] == [
        "Ballot 2 (stack A) was changed or voided after its two entries were compared."]
    assert found[0].severity == "warning"
    path = service.path
    service.close()
    again = CountService.open(path)  # the same from the log
    assert [c.code for c in again.checks() if c.code.startswith("double")] == [
        "double_entry_changed_after"]
    double_entry.discard(again, "A", "keyed again after the correction")
    assert not [c for c in again.checks() if c.code.startswith("double")]
    again.close()
