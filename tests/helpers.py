"""Small builders shared by the tests."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from typing import Any

import pytest

from desktop.domain import words
from desktop.domain.audit import Event
from desktop.domain.count import CountDefinition, Numbers, Official
from desktop.domain.rules import RuleSet, preset
from desktop.domain.words import Lang
from desktop.errors import DesktopError


def make_definition(
    officials: int = 5, rules: str = "party-96", rule_set: RuleSet | None = None
) -> CountDefinition:
    return CountDefinition(
        title="Kiểm thử",
        rules=rule_set or preset(rules),
        officials=tuple(Official(f"Nguyễn Văn Số {i}", "Ủy viên") for i in range(1, officials + 1)),
    )


SEED_NUMBERS = Numbers(members=200, summoned=200, present=196, issued=196, collected=196)


@contextlib.contextmanager
def raises(code: str, kind: type[DesktopError] = DesktopError) -> Iterator[Any]:
    """Like pytest.raises, for an error of ours: it must carry ``code``."""
    with pytest.raises(kind) as info:
        yield info
    assert info.value.code == code, f"expected {code}, got {info.value}"


def english(error: DesktopError) -> str:
    """What a person reading English is told (file, line, field, then the words)."""
    return words.describe(error, Lang.EN, fields=True)


def said(item: Any, lang: Lang = Lang.EN) -> str:
    """A check's or a problem's words."""
    return words.say(item.code, lang, **item.values)


@contextlib.contextmanager
def raises_words(pattern: str, kind: type[DesktopError] = DesktopError) -> Iterator[Any]:
    """Like pytest.raises(..., match=...), matched against what an English reader is told."""
    with pytest.raises(kind) as info:
        yield info
    text = english(info.value)
    assert re.search(pattern, text), f"{pattern!r} not in {text!r}"


def untimed_where_a_ballot_is_named(events: list[Event]) -> list[Event]:
    """The events that name a ballot (its number, its marks, the differences found in a
    stack) and yet carry a time: each would date that ballot. The secrecy tests expect []."""
    named = ("number", "ballot", "differences", "blind")
    return [e for e in events if e.at is not None and any(k in e.data for k in named)]


def lift_append_only(conn: Any) -> list[str]:
    """An outside editor who knows the file drops the audit log's append-only triggers for
    the edit; returns them, to be put back with ``restore_append_only`` (the file's schema
    then looks as it should, and only verify can find the edit)."""
    saved = [str(sql) for (sql,) in conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")]
    conn.execute("DROP TRIGGER IF EXISTS events_no_update")
    conn.execute("DROP TRIGGER IF EXISTS events_no_delete")
    return saved


def restore_append_only(conn: Any, saved: list[str]) -> None:
    for sql in saved:
        conn.execute(sql)
