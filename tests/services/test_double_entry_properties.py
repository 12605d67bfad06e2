"""Property: whatever two entries of a stack say, the comparison finds exactly the papers on
which they differ, and once every difference is decided the stored stack is, paper by paper,
the entry the committee chose; the tally and the audit log agree with it."""

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.ballot import BLANK, MULTIPLE, InvalidInput, InvalidReason, KeyedInput
from desktop.domain.count import Numbers
from desktop.domain.doubleentry import Kept
from desktop.domain.tally import Tally
from desktop.services import double_entry
from desktop.services.count_service import CountService
from tests.helpers import make_definition

OFFICIALS = 3
state = st.sampled_from((1, 2, 3, BLANK, MULTIPLE))
paper = st.one_of(st.tuples(state, state, state),
                  st.just(None))  # None: a whole invalid ballot


def item(marks: tuple[int, ...] | None) -> KeyedInput | InvalidInput:
    return InvalidInput(InvalidReason.NAME_ADDED) if marks is None else KeyedInput(marks)


@settings(max_examples=30, suppress_health_check=[HealthCheck.too_slow])
@given(first=st.lists(paper, min_size=1, max_size=8), data=st.data())
def test_decided_double_entry_stores_the_chosen_entries(first: list[tuple[int, ...] | None],
                                                       data: st.DataObject) -> None:
    second = data.draw(st.lists(paper, min_size=len(first), max_size=len(first)))
    choices = data.draw(st.lists(st.sampled_from(Kept), min_size=len(first),
                                 max_size=len(first)))
    with tempfile.TemporaryDirectory() as folder:
        service = CountService.create(Path(folder) / "p.kiemphieu", make_definition(OFFICIALS),
                                      Numbers(50, 50, 50, 50, len(first)))
        service.open_stack("A", len(first), operator="Lan")
        service.record_many([item(m) for m in first])
        double_entry.start(service, "A", "Minh")
        for marks in second:
            double_entry.key(service, "A", item(marks))
        entry = double_entry.entry(service, "A")
        assert entry is not None
        expected = tuple(p for p, (a, b) in enumerate(zip(first, second, strict=True), start=1)
                         if a != b)
        assert entry.differences == expected
        for position in expected:
            double_entry.resolve(service, "A", position, choices[position - 1], "Chủ tịch")
        chosen = [b if (p in expected and choices[p - 1] is Kept.SECOND) else a
                  for p, (a, b) in enumerate(zip(first, second, strict=True), start=1)]
        stored = service.ballots("A")
        assert [b.marks or None for b in stored] == chosen
        rebuilt = Tally.of(OFFICIALS, 3, stored)
        assert rebuilt.rows == service.tally.rows and rebuilt.valid == service.tally.valid
        assert service.verify() == []
        settled = double_entry.entry(service, "A")
        assert settled is not None and settled.settled
        service.close()
