"""The merge report says exactly what changed in the master: per table the ballots added (their
numbers, valid and invalid) and where they are filed, each refused file and why, the master's
ballots before and after. A merge touches nothing else (not the master's open stack), refuses
ballots it holds already under any file name, and the master's verify covers what it merged."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.cli.main import main as cli
from desktop.domain.ballot import InvalidInput, InvalidReason, KeyedInput
from desktop.domain.words import Lang, say
from desktop.errors import ValidationError
from desktop.services import tables
from desktop.services.count_service import CountService
from tests.helpers import SEED_NUMBERS, lift_append_only, make_definition, restore_append_only


def master(path: Path) -> CountService:
    return CountService.create(path, make_definition(3), SEED_NUMBERS)


def keyed_table(count: CountService, path: Path, name: str, valid: int,
                invalid: int = 0) -> Path:
    tables.make_table_file(count, path, name)
    with CountService.open(path) as table:
        table.record_many([KeyedInput((1, 2, 3))] * valid
                          + [InvalidInput(InvalidReason.NAME_ADDED)] * invalid)
    return path


def test_the_report_says_what_each_file_added_and_what_the_master_holds_now(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    count = master(tmp_path / "m.kiemphieu")
    count.record_ballot((2, 2, 2))
    a = keyed_table(count, tmp_path / "a.kiemphieu", "Bàn 1", 3, 1)
    b = keyed_table(count, tmp_path / "b.kiemphieu", "Bàn 2", 2)
    count.close()
    copy = tmp_path / "copy of a.kiemphieu"
    shutil.copy(a, copy)
    code = cli(["merge", str(tmp_path / "m.kiemphieu"), str(a), str(copy), str(b),
                "--lang", "en"])
    out, err = capsys.readouterr()
    assert code == 2
    assert out.splitlines() == [
        f"✓ {a}: table “Bàn 1”: 4 ballots added as numbers 2–5 (3 valid, 1 invalid), "
        "filed under “Bàn 1”",
        f"✓ {b}: table “Bàn 2”: 2 ballots added as numbers 6–7 (2 valid, 0 invalid), "
        "filed under “Bàn 2”",
        "The master held 1 ballots before this merge and holds 7 now: 2 files merged, "
        "1 refused; nothing else was changed."]
    assert err.splitlines() == [
        f"kiemphieu merge: ✗ {copy}: NOT merged — was already merged (as table “Bàn 1”)"]


def test_a_merge_leaves_the_masters_open_stack_as_it_was(tmp_path: Path) -> None:
    count = master(tmp_path / "m.kiemphieu")
    eight = keyed_table(count, tmp_path / "a.kiemphieu", "Bàn 1", 8)
    nine = keyed_table(count, tmp_path / "b.kiemphieu", "Bàn 2", 9)
    count.open_stack("Chồng 1", 10)
    count.record_ballot((1, 1, 1))
    count.record_ballot((1, 1, 1))
    assert tables.merge_table(count, eight).ballots == 8  # the stack's 8 places left
    assert tables.merge_table(count, nine).ballots == 9  # more than the stack's room
    stack = count.current_stack
    assert stack is not None and stack.name == "Chồng 1" and not stack.closed
    assert count.stack_entered("Chồng 1") == 2
    assert [b.stack for b in count.ballots()] == ["Chồng 1"] * 2 + ["Bàn 1"] * 8 + \
        ["Bàn 2"] * 9
    assert count.verify() == []
    count.close()


def test_a_copied_table_file_under_another_name_is_refused(tmp_path: Path) -> None:
    count = master(tmp_path / "m.kiemphieu")
    a = keyed_table(count, tmp_path / "a.kiemphieu", "Bàn 1", 3)
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    renamed = elsewhere / "ban-mot (2).kiemphieu"
    shutil.copy(a, renamed)
    assert tables.merge_table(count, renamed).ballots == 3
    with pytest.raises(ValidationError) as caught:
        tables.merge_table(count, a)
    assert caught.value.code == "table_file_merged_already"
    assert count.entered == 3
    count.close()


def _said(problems: list[object]) -> list[str]:
    return [say(p.code, Lang.EN, **p.values) for p in problems]  # type: ignore[attr-defined]


def test_verify_covers_the_merged_ballots_and_the_merge(tmp_path: Path) -> None:
    path = tmp_path / "m.kiemphieu"
    count = master(path)
    a = keyed_table(count, tmp_path / "a.kiemphieu", "Bàn 1", 3)
    tables.merge_table(count, a)
    assert count.verify() == []
    events = count.events()
    assert [e.kind for e in events[-4:]] == ["ballot_recorded"] * 3 + ["table_merged"]
    assert events[-1].data["first"] == 1 and events[-1].data["ballots"] == 3
    count.close()
    conn = sqlite3.connect(path)  # a merged ballot edited by hand in the master
    conn.execute("UPDATE marks SET state = 3 WHERE ballot_id = (SELECT id FROM ballots "
                 "WHERE number = 2) AND official_id = (SELECT min(official_id) FROM marks)")
    conn.commit()
    conn.close()
    with CountService.open(path, read_only=True) as edited:
        found = _said(edited.verify())
    assert found == ["Ballot 2, official 1 (Nguyễn Văn Số 1): the file says “3”, the log "
                     "says “1”."]
    assert cli(["verify", str(path)]) != 0
    conn = sqlite3.connect(path)  # the record of the merge edited: its ballots made fewer
    conn.execute("UPDATE marks SET state = 1 WHERE ballot_id = (SELECT id FROM ballots "
                 "WHERE number = 2) AND official_id = (SELECT min(official_id) FROM marks)")
    conn.execute("UPDATE merged_tables SET ballots = 2, last_number = 2")
    conn.commit()
    conn.close()
    with CountService.open(path, read_only=True) as edited:
        assert _said(edited.verify()) == [
            "The list of merged counting tables differs from the log."]
    conn = sqlite3.connect(path)  # the log itself edited: its chain breaks
    conn.execute("UPDATE merged_tables SET ballots = 3, last_number = 3")
    saved = lift_append_only(conn)
    conn.execute("UPDATE events SET data = replace(data, '\"ballots\":3', '\"ballots\":2') "
                 "WHERE kind = 'table_merged'")
    restore_append_only(conn, saved)
    conn.commit()
    conn.close()
    with CountService.open(path, read_only=True) as edited:
        problems = _said(edited.verify())
    seq = events[-1].seq  # the merge's event, rewritten to say 2 ballots like the table row
    assert problems == [
        f"Event {seq} (Counting table merged) was changed after it was written (its hash does "
        "not match).", "The list of merged counting tables differs from the log."]
