"""The keys of a strike list: every row starts kept and the keys name the struck rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain import keypad, strike_keypad
from desktop.domain.ballot import InvalidInput, InvalidReason, KeyedInput
from desktop.domain.keypad import BACK, ENTER, ESC, Mode
from desktop.domain.strike_keypad import StrikeKeypad
from desktop.domain.words import Lang


def press(pad: StrikeKeypad, *tokens: str) -> object:
    out = None
    for t in tokens:
        out = pad.press(t)
    return out


def test_rows_named_by_number_are_struck_and_enter_alone_saves() -> None:
    pad = StrikeKeypad(19)
    assert pad.marks == [1] * 19 and not pad.dirty
    assert press(pad, "3", ENTER, "1", "7", ENTER) is None
    assert pad.current == 16 and pad.dirty
    marks = [1] * 19
    marks[2] = marks[16] = 2
    assert press(pad, ENTER) == KeyedInput(tuple(marks))


def test_a_separator_stands_for_the_enter_after_a_number() -> None:
    pad = StrikeKeypad(5)
    assert press(pad, "2", ".", "4", ",", ENTER) == KeyedInput((1, 2, 1, 2, 1))


def test_the_whole_list_kept_is_plus_enter_and_enter_alone_saves_nothing() -> None:
    pad = StrikeKeypad(5)
    assert press(pad, ENTER) is None  # a second Enter by mistake saves no second ballot
    assert pad.message is not None and pad.message.code == "strike.nothing_keyed"
    assert press(pad, "+", ENTER) == KeyedInput((1,) * 5)


def test_strike_all_then_the_numbers_typed_are_kept() -> None:
    pad = StrikeKeypad(5)
    assert press(pad, "*", ENTER) == KeyedInput((2,) * 5)
    pad.reset()
    assert press(pad, "*", "2", ENTER, ENTER) == KeyedInput((2, 1, 2, 2, 2))


def test_a_row_typed_again_is_kept_again_and_back_undoes() -> None:
    pad = StrikeKeypad(12)
    press(pad, "3", ENTER, "3", ENTER)
    assert pad.marks == [1] * 12 and pad.message is not None
    assert pad.message.code == "strike.kept_again"
    press(pad, "1", "2", BACK)  # "12" then a digit deleted: "1"
    assert pad.typed == "1" and pad.current == 0
    press(pad, ENTER, "5", ENTER, BACK)  # the strike of 5 undone
    assert pad.marks[0] == 2 and pad.marks[4] == 1


def test_a_row_past_the_list_is_refused_as_it_is_typed() -> None:
    pad = StrikeKeypad(19)
    press(pad, "2", "5")
    assert pad.typed == "2" and pad.message is not None
    assert pad.message.code == "strike.no_row"
    assert dict(pad.message.values) == {"row": "25", "rows": 19}
    press(pad, ESC, "0", "7")  # a leading zero is no row: "07" is row 7
    assert pad.typed == "7"


def test_esc_drops_the_number_and_slash_keys_a_whole_invalid_ballot() -> None:
    pad = StrikeKeypad(5)
    press(pad, "4", ESC)
    assert pad.typed == "" and pad.marks == [1] * 5
    press(pad, "/", "1")
    assert pad.mode is Mode.INVALID
    assert press(pad, ENTER) == InvalidInput(InvalidReason.NOT_ISSUED, "")


def test_a_click_strikes_the_row() -> None:
    pad = StrikeKeypad(4)
    pad.click(1, 0)
    assert pad.marks == [1, 2, 1, 1] and pad.dirty


@pytest.mark.parametrize("lang", list(Lang))
def test_the_strike_help_and_hint_come_from_its_table(lang: Lang) -> None:
    rows = keypad.help_rows(2, lang, strike_keypad.BINDINGS)
    assert len(rows) == len(strike_keypad.BINDINGS) and all(does for _, does in rows)
    hint = keypad.hint(Mode.ROWS, 2, lang, strike_keypad.BINDINGS)
    assert "+" in hint and "Enter" in hint and "F1" in hint


def test_the_readme_strike_key_table_is_made_from_its_bindings() -> None:
    """The README shows the table the strike list's bindings make (scripts/update_readme.py)."""
    text = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    block = text.split("<!-- strike-keys -->\n", 1)[1].split("<!-- /strike-keys -->", 1)[0]
    assert block == keypad.help_markdown(Lang.EN, strike_keypad.BINDINGS)


def test_backspace_after_a_refused_digit_takes_back_that_digit_only() -> None:
    """The newcomer's walk: "9 9" (no row 99, refused), ⌫, Enter saved the ballot with row 9
    kept, invalid (16 kept for 15 seats). ⌫ now takes back the refused digit: Enter strikes 9."""
    pad = StrikeKeypad(19)
    press(pad, "5", ENTER, "6", ENTER, "7", ENTER, "9", "9")
    assert pad.message is not None and pad.message.code == "strike.no_row" and pad.typed == "9"
    assert press(pad, BACK) is None and pad.typed == "9"
    assert press(pad, ENTER) is None  # strikes row 9, saves nothing
    saved = press(pad, ENTER)
    assert isinstance(saved, KeyedInput)
    assert [i + 1 for i, m in enumerate(saved.marks) if m == 2] == [5, 6, 7, 9]


def test_enter_after_the_row_number_was_rubbed_out_does_not_save() -> None:
    pad = StrikeKeypad(19)
    press(pad, "3", ENTER, "1", "2", BACK, BACK)
    assert pad.typed == ""
    assert press(pad, ENTER) is None  # meant for the number: said, not saved
    assert pad.message is not None and pad.message.code == "strike.enter_again"
    saved = press(pad, ENTER)  # the second Enter saves, with row 3 struck
    assert isinstance(saved, KeyedInput) and saved.marks[2] == 2 and saved.marks.count(2) == 1
