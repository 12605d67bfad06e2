"""A table's marks are stored by position on the ballot: merged into a master whose list differs
(another order, a name, an official more or less, one excluded), they would give one person's
votes to another. A table file's officials and rules are fixed from the start, and a table
whose list differs from the master's in any way is refused with the difference named."""

from dataclasses import replace
from pathlib import Path

import pytest

from desktop.domain.count import CountDefinition, Official
from desktop.domain.tables import TableInfo, definition_key
from desktop.errors import ValidationError
from desktop.services import tables
from desktop.services.count_service import CountService
from tests.helpers import SEED_NUMBERS, english, make_definition


def master(path: Path) -> CountService:
    return CountService.create(path, make_definition(3), SEED_NUMBERS)


def with_officials(definition: CountDefinition, *officials: Official) -> CountDefinition:
    return replace(definition, officials=officials)


def refusal(master_count: CountService, path: Path) -> str:
    with pytest.raises(ValidationError) as caught:
        tables.merge_table(master_count, path)
    assert caught.value.code == "table_list_differs"
    assert master_count.entered == 0
    return english(caught.value)


def test_a_table_file_cannot_reorder_its_officials_before_its_first_ballot(
        tmp_path: Path) -> None:
    count = master(tmp_path / "m.kiemphieu")
    path = tables.make_table_file(count, tmp_path / "t.kiemphieu", "Bàn 1")
    with CountService.open(path) as table:
        first, second, third = table.definition.officials
        with pytest.raises(ValidationError) as caught:  # what the setup dialog would save
            table.update_definition(with_officials(table.definition, third, second, first))
        assert caught.value.code == "table_officials_fixed"
        renamed = replace(table.definition, title="Bàn 1 — phòng họp B")
        table.update_definition(renamed)  # the meeting's wording may still change
        assert table.definition.officials == (first, second, third)
    count.close()


def test_a_table_whose_list_differs_from_the_masters_is_refused_with_the_difference_named(
        tmp_path: Path) -> None:
    count = master(tmp_path / "m.kiemphieu")
    path = tables.make_table_file(count, tmp_path / "t.kiemphieu", "Bàn 1")
    with CountService.open(path) as table:
        table.record_ballot((1, 1, 3))  # "Nguyễn Văn Số 3" rated low
    one, two, three = count.definition.officials
    # the master reorders its own list after making the table file (it has no ballot yet)
    count.update_definition(with_officials(count.definition, three, two, one))
    text = refusal(count, path)
    assert "Position 1: “Nguyễn Văn Số 3” in the master, “Nguyễn Văn Số 1” in the table." \
        in text
    assert "Position 3: “Nguyễn Văn Số 1” in the master, “Nguyễn Văn Số 3” in the table." \
        in text and "Position 2" not in text
    count.update_definition(with_officials(count.definition, one, two))
    assert "The master lists 2 officials, the table 3. Position 3: none in the master, " \
           "“Nguyễn Văn Số 3” in the table." in refusal(count, path)
    count.update_definition(with_officials(count.definition, one, Official("Trần Thị B"),
                                           three))
    assert "Position 2: “Trần Thị B” in the master, “Nguyễn Văn Số 2” in the table." \
        in refusal(count, path)
    count.update_definition(with_officials(
        count.definition, one, replace(two, excluded=True, exclusion_reason="nghỉ hưu"), three))
    assert "Position 2: “Nguyễn Văn Số 2” (excluded from the ballot) in the master, " \
           "“Nguyễn Văn Số 2” in the table." in refusal(count, path)
    count.update_definition(with_officials(count.definition, one, two, three))
    assert tables.merge_table(count, path).ballots == 1  # the same list again: merged
    assert count.tally.level_count(2, 3) == 1
    count.close()


def test_an_old_table_file_keyed_by_list_and_rules_maps_nobody_by_position(
        tmp_path: Path) -> None:
    """A table file made before table files carried their master's identity names the master
    by its list and rules at the time; its own list may have been reordered since."""
    count = master(tmp_path / "m.kiemphieu")
    one, two, three = count.definition.officials
    path = tmp_path / "old.kiemphieu"
    reordered = with_officials(count.definition, three, two, one)
    with CountService.create(path, reordered, SEED_NUMBERS) as table:
        table.assign_table(TableInfo("Bàn 1", definition_key(count.definition)))
        table.record_ballot((3, 1, 1))  # "Nguyễn Văn Số 3" rated low, first on this list
    assert "Position 1: “Nguyễn Văn Số 1” in the master, “Nguyễn Văn Số 3” in the table." \
        in refusal(count, path)
    assert count.tally.level_count(0, 3) == 0
    count.close()


def test_another_rule_set_is_named(tmp_path: Path) -> None:
    count = master(tmp_path / "m.kiemphieu")
    path = tables.make_table_file(count, tmp_path / "t.kiemphieu", "Bàn 1")
    with CountService.open(path) as table:
        table.record_ballot((1, 2, 3))
    count.update_definition(replace(count.definition,
                                    rules=replace(count.definition.rules, double_entry=True)))
    assert "The rules differ in: double_entry." in refusal(count, path)
    count.close()
