"""The one catalogue of words: every code the program speaks in has words in Vietnamese and in
English, the two ask for the same values, and no code is raised that the catalogue lacks."""

from __future__ import annotations

import re
import string
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.domain import keypad, words
from desktop.domain.audit import EventKind
from desktop.domain.ballot import BallotStatus, InvalidReason
from desktop.domain.checks import Severity
from desktop.domain.count import NUMBER_FIELDS, Role
from desktop.domain.rules import BaseKind
from desktop.domain.words import CATALOGUE, TABLES, Lang, Term, describe, say
from desktop.domain.words import checks as words_checks
from desktop.errors import StorageError, ValidationError

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
# calls whose first argument is a code of the catalogue
CODE_CALL = re.compile(
    r"""\b(?:ValidationError|StorageError|DesktopError|os_error|Check|problem|Term|say|add|
        Message|raises|w)\(\s*f?["']([a-z_][a-z0-9_.:-]*)["'](?=[,)\s])""", re.X)
# codes made from a prefix and an enum value; each enum is checked whole below
DYNAMIC = ("reason.", "role.", "base.", "status.", "event.", "state.", "number.", "oserror.",
           "keypad.does.", "severity.", "cli.help.", "attribute.", "argparse:", "threshold.",
           "stack.", "check.", "preset.", "level.", "hand.", "chart.", "month.", "day.",
           "minutes.band.", "minutes.band_end.", "minutes.rule.", "election.rule.", "verdict.")


def _sources() -> list[Path]:
    """The code that speaks (the catalogue's own data modules left out)."""
    return [p for p in DESKTOP.rglob("*.py")
            if "words" not in p.parts or p.name == "__init__.py"]


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_code_has_words_in_both_languages_asking_for_the_same_values() -> None:
    problems = []
    for code, pair in CATALOGUE.items():
        if len(pair) != 2 or not all(isinstance(t, str) and t.strip() for t in pair):
            problems.append(f"{code}: words missing in a language")
            continue
        vi, en = pair
        if fields(vi) != fields(en):
            problems.append(f"{code}: vi asks for {sorted(fields(vi))}, en {sorted(fields(en))}")
    assert problems == []


def test_every_template_can_be_said() -> None:
    for code, (vi, _) in CATALOGUE.items():
        values = {name: Term("state.blank") if name == "reason" else Decimal("1.5")
                  if name == "median" else 7 for name in fields(vi)}
        for lang in Lang:
            assert say(code, lang, **values), code


def _codes_in_source() -> dict[str, str]:
    found = {}
    for path in _sources():
        for match in CODE_CALL.finditer(path.read_text(encoding="utf-8")):
            found[match.group(1)] = f"{path.relative_to(DESKTOP)}"
    return found


def test_every_code_the_program_raises_or_says_is_in_the_catalogue() -> None:
    used = _codes_in_source()
    assert len(used) > 150  # the scan sees the codes (a broken pattern would see none)
    missing = {code: where for code, where in used.items()
               if not code.endswith((".", "_")) and code not in CATALOGUE}
    assert missing == {}


def test_no_words_are_left_without_a_code_that_uses_them() -> None:
    used = set(_codes_in_source())
    source = "\n".join(p.read_text(encoding="utf-8") for p in _sources())
    unused = [code for code in CATALOGUE if not code.startswith(DYNAMIC)
              and code not in used and f'"{code}"' not in source and f"'{code}'" not in source
              and not re.search(r"_over_", code)]
    assert unused == []


@pytest.mark.parametrize(("prefix", "values"), [
    ("reason.", [r.value for r in InvalidReason]),
    ("role.", [r.value for r in Role]),
    ("base.", [b.value for b in BaseKind]),
    ("status.", [s.value for s in BallotStatus]),
    ("severity.", [s.value for s in Severity]),
    ("event.", [e.value for e in EventKind]),
    ("number.", list(NUMBER_FIELDS)),
    ("keypad.does.", [b.action.value for b in keypad.BINDINGS]),
    ("cli.help.", ["new", "set", "add", "import", "results", "verify", "demo", "chart",
                   "close", "reopen", "minutes", "export", "backup", "table-file", "merge",
                   "spot-check", "spot-rekey", "operators"]),
])
def test_every_value_of_an_enum_has_words(prefix: str, values: list[str]) -> None:
    assert [v for v in values if f"{prefix}{v}" not in CATALOGUE] == []


def test_the_commands_of_the_table_have_help() -> None:
    from desktop.cli.main import COMMANDS

    assert [c.name for c in COMMANDS if f"cli.help.{c.name}" not in CATALOGUE] == []


def test_values_are_said_in_the_sentences_language() -> None:
    term = Term("collected_exceeded", {"collected": 118, "entered": 118, "more": 1})
    error = ValidationError("collected_exceeded", field="collected", collected=118,
                            entered=118, more=1)
    vi = describe(error, Lang.VI)
    assert vi == say(term.code, Lang.VI, **term.values)
    assert "field" not in vi and "ballots" not in vi and vi.startswith("đã thu về 118 phiếu")
    assert describe(error, Lang.EN, fields=True).startswith("field collected: 118 ballots")
    assert say("number_order", Lang.VI, small=Term("number.present"),
               large=Term("number.summoned"), a=5, b=4) == \
        "Số có mặt (5) không thể lớn hơn số được triệu tập (4)"
    assert words.format_decimal(Decimal("66.27"), Lang.VI) == "66,27"
    assert say("official_invalid_rows_outlier", Lang.EN, name="A", rows=9,
               median=Decimal("2.5")).endswith("(median 2.50).")
    located = ValidationError("file_not_utf8", file="a.csv", line=3)
    assert describe(located, Lang.VI) == "a.csv, dòng 3: tệp không phải văn bản UTF-8 " \
                                         "(hãy lưu lại dạng UTF-8)"
    assert str(StorageError("file_exists", name="x")) == "file_exists(name='x')"


def test_the_languages_are_an_enum() -> None:
    assert [lang.value for lang in Lang] == ["vi", "en"] and words.DEFAULT is Lang.VI
    assert Lang.VI.pick(("một", "one")) == "một" and Lang.EN.pick(["một", "one"]) == "one"


def test_no_code_has_words_in_two_tables() -> None:
    assert sum(len(table) for table in TABLES) == len(CATALOGUE)


def test_the_words_of_the_number_checks_follow_the_numbers_chain() -> None:
    # words cannot import the count (it imports words): the two spellings of the chain agree
    assert NUMBER_FIELDS[::-1] == words_checks.CHAIN


def test_an_english_noun_follows_its_number_and_vietnamese_is_unchanged() -> None:
    assert say("elview.left", Lang.EN, left=1) == "1 seat left"
    assert say("elview.left", Lang.EN, left=2) == "2 seats left"
    assert say("elview.left", Lang.VI, left=1) == "Còn 1 ghế"
