"""The keypad grammar without a window: tokens in, rows, cursor, mode and message out."""

from pathlib import Path

import pytest

from desktop.domain import keypad
from desktop.domain.ballot import BLANK, MULTIPLE, InvalidInput, InvalidReason, KeyedInput
from desktop.domain.keypad import BACK, DOWN, ENTER, ESC, UP, Keypad, Mode
from desktop.domain.words import Lang

README = Path(__file__).resolve().parents[2] / "README.md"


def press(pad: Keypad, *tokens: str | None) -> object:
    out = None
    for token in tokens:
        out = pad.press(token)
    return out


def test_levels_blank_and_multiple_then_enter() -> None:
    pad = Keypad(5, 3)
    assert press(pad, "1", "2", "3") is None
    assert pad.marks == [1, 2, 3, None, None] and pad.current == 3
    assert press(pad, "0", "*") is None and pad.current == 5
    assert press(pad, ENTER) == KeyedInput((1, 2, 3, BLANK, MULTIPLE))
    assert press(pad, "1") is None and pad.message is not None
    assert pad.message.code == "keypad.all_rows"


def test_enter_on_an_incomplete_ballot_goes_to_the_first_empty_row() -> None:
    pad = Keypad(5, 3)
    assert press(pad, "1", "2", ENTER) is None
    assert pad.current == 2 and pad.message is not None
    assert (pad.message.code, dict(pad.message.values)) == ("keypad.row_missing", {"row": 3})


def test_fill_and_what_cancels_it() -> None:
    pad = Keypad(5, 3)
    press(pad, "2", "+", "1")
    assert pad.marks == [2, 1, 1, 1, 1] and pad.current == 5 and pad.mode is Mode.ROWS
    pad.reset()
    press(pad, "+", "7")  # no level 7: the fill is cancelled and nothing is marked
    assert pad.marks == [None] * 5 and pad.message is not None
    assert pad.message.code == "keypad.fill_cancelled"


def test_a_modifier_alone_between_plus_and_the_level_does_not_cancel_the_fill() -> None:
    pad = Keypad(4, 3)
    press(pad, "+", None, None, "3")  # Shift, Num Lock … are no token
    assert pad.marks == [3, 3, 3, 3]


def test_back_up_down_overwrite() -> None:
    pad = Keypad(5, 3)
    press(pad, "1", "2", "3", "-")
    assert pad.marks == [1, 2, None, None, None] and pad.current == 2
    press(pad, BACK)
    assert pad.marks == [1, None, None, None, None] and pad.current == 1
    press(pad, "1", "1", "1", "1", UP, UP, "3")
    assert pad.marks == [1, 1, 1, 3, 1] and pad.current == 4
    press(pad, DOWN, "5")
    assert pad.message is not None and pad.message.code == "keypad.no_level"


def test_a_message_lasts_until_the_next_key_so_no_stale_words_stay() -> None:
    pad = Keypad(3, 3)
    press(pad, "1", ENTER)
    assert pad.message is not None and pad.message.code == "keypad.row_missing"
    press(pad, "+", "1")  # the ballot is complete now: "row 2 is not keyed" is gone
    assert pad.message is None and pad.marks == [1, 1, 1]


def test_whole_invalid_ballots() -> None:
    pad = Keypad(3, 3)
    press(pad, "/")
    assert pad.mode is Mode.INVALID and pad.dirty
    assert press(pad, ENTER) is None and pad.message is not None
    assert pad.message.code == "keypad.pick_reason"
    assert press(pad, "3", ENTER) == InvalidInput(InvalidReason.NAME_ADDED)
    pad.reset()
    assert press(pad, "/", "r", "á", "c", "h", ENTER) == InvalidInput(InvalidReason.OTHER, "rách")
    pad.reset()
    press(pad, "/", "5", ENTER)
    assert pad.message is not None and pad.message.code == "keypad.type_reason"
    assert press(pad, "3", " ", "t", "ờ", ENTER) == InvalidInput(InvalidReason.OTHER, "3 tờ")
    pad.reset()
    press(pad, "/", keypad.OTHER, UP)  # keys without a meaning pick no reason, write no note
    assert pad.reason is None and pad.note == ""
    assert press(pad, "5", "?", ENTER) == InvalidInput(InvalidReason.OTHER, "?")  # "?" typed
    press(pad, "/", "2", UP, ESC)  # an arrow means nothing here; Esc gives up
    assert pad.mode is Mode.ROWS and pad.message is not None and pad.message.ok


def test_a_correction_starts_on_row_one() -> None:
    pad = Keypad(4, 3)
    pad.load((1, 1, 1, 1))
    assert pad.current == 0 and not pad.message
    press(pad, DOWN, DOWN, "3")
    assert press(pad, ENTER) == KeyedInput((1, 1, 3, 1))


def test_clicks_mark_only_in_the_rows_mode() -> None:
    pad = Keypad(3, 3)
    pad.click(2, 2)
    assert pad.marks == [None, None, 2] and pad.current == 3
    press(pad, "/")
    pad.click(0, 1)
    assert pad.marks == [None, None, 2]


@pytest.mark.parametrize("lang", list(Lang))
def test_the_hint_and_the_help_come_from_the_one_table(lang: Lang) -> None:
    rows = keypad.help_rows(3, lang)
    assert [keys for keys, _ in rows][:2] == ["1 … 3", "0"]
    assert len(rows) == len(keypad.BINDINGS) and all(does for _, does in rows)
    hint = keypad.hint(Mode.ROWS, 3, lang)
    assert hint.count(" · ") == sum(1 for b in keypad.BINDINGS if b.hint) - 1
    assert "F1" in hint and "Enter" in hint


def test_the_readme_key_table_is_made_from_the_bindings() -> None:
    """The README shows exactly the table the bindings make (scripts/update_readme.py)."""
    text = README.read_text(encoding="utf-8")
    block = text.split("<!-- keys -->\n", 1)[1].split("<!-- /keys -->", 1)[0]
    assert block == keypad.help_markdown(Lang.EN)
