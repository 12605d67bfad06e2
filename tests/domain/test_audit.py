import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain import audit
from desktop.domain.audit import Event, EventKind
from desktop.domain.words import Lang
from tests.helpers import said


def make_chain(n: int) -> list[Event]:
    events: list[Event] = []
    prev = None
    for i in range(n):
        prev = audit.chain(prev, EventKind.BALLOT_RECORDED, {"number": i + 1, "marks": "11x0"})
        events.append(prev)
    return events


def test_a_chain_verifies_and_its_head_is_the_fingerprint() -> None:
    events = make_chain(5)
    assert audit.verify_chain(events) == []
    assert events[0].prev_hash == audit.GENESIS
    assert events[3].prev_hash == events[2].hash
    fp = audit.format_fingerprint(events[-1].hash)
    assert len(fp.split()) == 16 and all(len(g) == 4 for g in fp.split()) and fp.isupper()


def test_canonical_json_is_stable() -> None:
    assert audit.canonical_json({"b": 1, "a": "ễ"}) == '{"a":"ễ","b":1}'


@settings(max_examples=200)
@given(st.integers(2, 12), st.data())
def test_any_edit_breaks_the_chain(n: int, data: st.DataObject) -> None:
    events = make_chain(n)
    i = data.draw(st.integers(0, n - 1))
    how = data.draw(st.sampled_from(["data", "kind", "drop", "swap", "at", "hash"]))
    edited = list(events)
    if how == "data":
        edited[i] = dataclasses.replace(events[i], data={**events[i].data, "marks": "1111"})
    elif how == "kind":
        edited[i] = dataclasses.replace(events[i], kind=EventKind.BALLOT_VOIDED)
    elif how == "at":
        edited[i] = dataclasses.replace(events[i], at="2026-01-01T00:00:00+00:00")
    elif how == "hash":
        edited[i] = dataclasses.replace(events[i], hash="f" * 64)
    elif how == "drop":
        del edited[i]
    else:
        j = (i + 1) % n
        edited[i], edited[j] = events[j], events[i]
    if how == "drop" and i == n - 1:
        # dropping the last event leaves a valid shorter chain: the fingerprint changes instead
        assert audit.verify_chain(edited) == [] and edited[-1].hash != events[-1].hash
    else:
        assert audit.verify_chain(edited)


def test_replay_rebuilds_ballots_and_reports_impossible_events() -> None:
    e1 = audit.chain(None, EventKind.BALLOT_RECORDED, {"number": 1, "status": "valid",
                                                        "marks": "12"})
    state = audit.replay([e1])
    assert [said(p) for p in state.problems] == [
        "Event 1 (Ballot keyed) comes before the count was created."]
    assert [said(p, Lang.VI) for p in state.problems] == [
        "Sự kiện 1 (Nhập phiếu) đứng trước khi cuộc kiểm phiếu được tạo."]
    bogus = audit.chain(None, "something_else", {})
    assert said(audit.replay([bogus]).problems[0]).startswith(
        "Event 1 (something_else) comes before")
