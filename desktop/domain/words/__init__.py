"""One catalogue of words: every code the program speaks in, in Vietnamese and in English.

Below the user interface there are codes with values (an error, a check, an event kind, an
invalid-ballot reason, a sentence of the minutes); the window, the command line, the minutes,
the ballot-entry log and the exports all take their words from here, so a word is fixed once
and no English sentence reaches a Vietnamese screen or document. ``tests/domain/test_words.py``
fails when a code has no words in either language, or the two languages ask for different
values.

Templates use ``str.format`` fields named after the values; ``{name!c}`` capitalises the first
letter. A value that is a ``Term`` is itself said through the catalogue (a tuple of them, one
after another), a ``Decimal`` or ``float`` is written with the language's decimal sign
(66,27 / 66.27).
"""

from __future__ import annotations

import errno
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from desktop.domain.words import (
    checks,
    cli,
    documents,
    election_minutes,
    election_view,
    election_window,
    elections,
    errors,
    keypad,
    minutes,
    sheets,
    terms,
)
from desktop.errors import DesktopError, ValidationError


class Lang(StrEnum):
    VI = "vi"
    EN = "en"

    @property
    def position(self) -> int:
        """0 for Vietnamese, 1 for English: the place of this language in a (vi, en) pair."""
        return 0 if self is Lang.VI else 1

    def pick(self, pair: tuple[str, str] | list[str]) -> str:
        """This language's half of a (vi, en) pair of data (a rule set's name, a label)."""
        return pair[self.position]


DEFAULT = Lang.VI


TABLES = (errors.WORDS, checks.WORDS, terms.WORDS, documents.WORDS, minutes.WORDS, keypad.WORDS,
          cli.WORDS, sheets.WORDS, elections.WORDS, election_minutes.WORDS, election_view.WORDS,
          election_window.WORDS)
# one code, one entry: tests/domain/test_words.py fails when two tables give the same code
CATALOGUE: dict[str, tuple[str, str]] = {k: v for table in TABLES for k, v in table.items()}


@dataclass(frozen=True)
class Term:
    """A value that is itself a code, said in the sentence's language."""

    code: str
    values: Mapping[str, object] = field(default_factory=dict)


def format_decimal(value: Decimal | float | None, lang: Lang, places: int = 2) -> str:
    """A number as the language writes it: 66,27 in Vietnamese, 66.27 in English; — when
    unknown."""
    if value is None:
        return "—"
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if lang == Lang.VI else text


class _Formatter(string.Formatter):
    def __init__(self, lang: Lang) -> None:
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        if "|" in format_spec and isinstance(value, int) and not isinstance(value, bool):
            # "{seats:seat|seats}": the number and its noun, one or many (English; the
            # Vietnamese noun does not change: "{seats} ghế")
            one, _, many = format_spec.partition("|")
            return f"{value} {one if value == 1 else many}"
        if isinstance(value, Term):
            return say(value.code, self.lang, **value.values)
        if isinstance(value, tuple | list):  # several terms: one sentence after another
            return " ".join(self.format_field(item, format_spec) for item in value)
        if isinstance(value, Decimal | float) and not format_spec:
            return format_decimal(value, self.lang)
        return str(super().format_field(value, format_spec))

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        if conversion == "c":
            text = self.format_field(value, "")
            return text[:1].upper() + text[1:]
        return super().convert_field(value, conversion)


def has(code: str) -> bool:
    return code in CATALOGUE


def os_reason(exc: OSError) -> Term:
    """Why the operating system refused, as a code of its own (``oserror.<errno name>``)
    where the catalogue knows it, else the system's own words."""
    name = errno.errorcode.get(exc.errno or 0, "")
    if has(f"oserror.{name}"):
        return Term(f"oserror.{name}")
    return Term("oserror.other", {"detail": exc.strerror or str(exc)})


def say(code: str, lang: Lang, /, **values: object) -> str:
    """The words of ``code`` in ``lang`` with its values filled in."""
    template = CATALOGUE[code][lang.position]
    return _Formatter(lang).format(template, **values)


def invalid_reason(reason: str | None, note: str, lang: Lang) -> str:
    """Why a whole ballot is invalid (an InvalidReason's value), with its note if any."""
    words = say(f"reason.{reason}", lang) if reason else ""
    return say("reason.with_note", lang, reason=words, note=note) if note else words


def describe(error: DesktopError, lang: Lang, *, fields: bool = False) -> str:
    """An error as a person reads it: where (file, line; with ``fields``, the command-line
    field too), then what is wrong. The window shows an error beside its field instead."""
    text = say(error.code, lang, **error.values)
    if isinstance(error, ValidationError):
        where = [error.file] if error.file else []
        if error.line is not None:
            where.append(say("where.line", lang, line=error.line))
        if fields and error.field:
            where.append(say("where.field", lang, field=error.field))
        if where:
            return ", ".join(where) + ": " + text
    return text


__all__ = ["CATALOGUE", "DEFAULT", "Lang", "Term", "describe", "format_decimal", "has",
           "invalid_reason",
           "os_reason", "say"]
