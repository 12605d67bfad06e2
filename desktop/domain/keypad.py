"""Keying one paper ballot: the keypad grammar as a pure state machine, and the one table of
its bindings, from which the hint line, the F1 help and the README's key table are made.

The window turns a key event into a token (``"1"``, ``"+"``, ``ENTER``, a typed letter …; a
modifier alone is no token at all) and hands it to ``Keypad.press``; the keypad changes its
state (the rows, the current row, the mode, the line under the form) and may ask for the
ballot to be saved. Nothing here knows Qt, so the grammar is tested without a window.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum

from desktop.domain.ballot import (
    BLANK,
    KEYABLE_REASONS,
    MULTIPLE,
    BallotInput,
    InvalidInput,
    InvalidReason,
    KeyedInput,
)
from desktop.domain.words import Lang, say

ENTER, BACK, UP, DOWN, ESC = "Enter", "Backspace", "Up", "Down", "Esc"
OTHER = "Other"  # a key the grammar has no meaning for (F-keys, Tab, arrows sideways …)
DIGITS = tuple("0123456789")


class Mode(Enum):
    ROWS = "rows"
    FILL = "fill"  # '+' was pressed: the next level fills every empty row
    INVALID = "invalid"  # '/' was pressed: choosing the reason of a whole invalid ballot


class Action(Enum):
    LEVEL = "level"
    ROW = "row"  # a strike list's: the number of a struck row
    NEXT = "next"  # a strike list's: the typed row is struck, type the next
    KEEP_ALL = "keep_all"  # a strike list's: no name struck
    STRIKE_ALL = "strike_all"  # a strike list's: every name struck
    BLANK = "blank"
    MULTIPLE = "multiple"
    FILL = "fill"
    BACK = "back"
    MOVE = "move"
    SAVE = "save"
    INVALID = "invalid"
    CANCEL = "cancel"
    VOID_LAST = "void_last"  # the window's: Ctrl+Z
    HELP = "help"  # the window's: F1


@dataclass(frozen=True)
class Binding:
    tokens: tuple[str, ...]  # what the window hands to press(); () for the window's own keys
    keys: str  # how the keys are written in the help ("{k}" is the number of levels)
    action: Action
    hint: str = ""  # catalogue code of its part of the hint line, if it has one
    does: str = ""  # catalogue code of what it does, if not ``keypad.does.<action>``


BINDINGS: tuple[Binding, ...] = (
    Binding(DIGITS[1:], "1 … {k}", Action.LEVEL, "keypad.hint.level"),
    Binding(("0",), "0", Action.BLANK, "keypad.hint.blank"),
    Binding(("*", "x", "X"), "*  x", Action.MULTIPLE, "keypad.hint.multiple"),
    Binding(("+",), "+ …", Action.FILL, "keypad.hint.fill"),
    Binding(("-", BACK), "-  ⌫", Action.BACK, "keypad.hint.back"),
    Binding((UP, DOWN), "↑  ↓", Action.MOVE),
    Binding((ENTER,), "Enter", Action.SAVE, "keypad.hint.save"),
    Binding(("/",), "/", Action.INVALID, "keypad.hint.invalid"),
    Binding((ESC,), "Esc", Action.CANCEL),
    Binding((), "Ctrl+Z", Action.VOID_LAST),
    Binding((), "F1", Action.HELP, "keypad.hint.help"),
)
_BY_TOKEN = {token: b.action for b in BINDINGS for token in b.tokens}


def help_rows(levels: int | str, lang: Lang,
              bindings: tuple[Binding, ...] = BINDINGS) -> list[tuple[str, str]]:
    """(keys, what they do) for every binding: the F1 help and the README's table (a strike
    list's keys: desktop.domain.strike_keypad.BINDINGS)."""
    return [(b.keys.format(k=levels), say(b.does or f"keypad.does.{b.action.value}", lang))
            for b in bindings]


def help_markdown(lang: Lang = Lang.EN, bindings: tuple[Binding, ...] = BINDINGS) -> str:
    """The README's key table, for any number of levels k."""
    rows = ["| key | does |", "|---|---|"]
    for keys, does in help_rows("k", lang, bindings):
        keys = " ".join(part if part == "…" else f"`{part}`" for part in keys.split())
        rows.append(f"| {keys} | {does} |")
    return "\n".join(rows) + "\n"


def hint(mode: Mode, levels: int, lang: Lang,
         bindings: tuple[Binding, ...] = BINDINGS) -> str:
    """The line above the form: what the keys do now."""
    if mode is Mode.FILL:
        return say("keypad.hint_fill", lang, k=levels)
    if mode is Mode.INVALID:
        return say("keypad.hint_invalid", lang)
    return " · ".join(say(b.hint, lang, k=levels) for b in bindings if b.hint)


@dataclass(frozen=True)
class Message:
    """The line under the form, as a code: the form says it in the window's language."""

    code: str
    values: Mapping[str, object] = field(default_factory=dict)
    ok: bool = False


class Keypad:
    """One ballot being keyed: ``marks[i]`` is a level, BLANK, MULTIPLE or None (not keyed
    yet); ``current`` may be one past the last row (every row keyed)."""

    def __init__(self, rows: int, levels: int) -> None:
        self.rows = rows
        self.levels = levels
        self.marks: list[int | None] = []
        self.current = 0
        self.mode = Mode.ROWS
        self.reason: InvalidReason | None = None
        self.note = ""
        self.message: Message | None = None
        self.reset()

    @property
    def dirty(self) -> bool:
        """Something keyed that is not saved (a closing window asks before dropping it)."""
        return any(m is not None for m in self.marks) or self.mode is Mode.INVALID

    def reset(self, message: Message | None = None) -> None:
        """A blank form for the next ballot (after a save, or when the form is cleared)."""
        self.marks = [None] * self.rows
        self.current = 0
        self.mode = Mode.ROWS
        self.reason, self.note = None, ""
        self.message = message

    def load(self, marks: tuple[int, ...]) -> None:
        """Rows to correct (a re-key): the cursor on the first row."""
        self.reset()
        if marks:
            self.marks = list(marks)

    @property
    def row_in_view(self) -> int | None:
        """The row the form keeps in view: the cursor's (the last row once past it)."""
        return min(self.current, self.rows - 1)

    def move(self, row: int) -> None:
        self.current = min(max(row, 0), self.rows)

    def click(self, row: int, level: int) -> None:
        """A click on a row (and on one of its boxes, ``level`` > 0)."""
        if self.mode is not Mode.ROWS:
            return
        self.message = None
        self.move(row)
        if level:
            self._mark(level)

    def press(self, token: str | None) -> BallotInput | None:
        """One key; returns the ballot to save when the key asks for it (Enter on a
        complete form or a chosen reason). A token of None (a modifier alone) does nothing."""
        if token is None:
            return None
        if self.mode is Mode.INVALID:
            return self._invalid(token)
        if self.mode is Mode.FILL:
            self._fill(token)
            return None
        self.message = None
        action = _BY_TOKEN.get(token)
        if action is Action.SAVE:
            return self._accept()
        if action is Action.LEVEL:
            if int(token) <= self.levels:
                self._mark(int(token))
            else:
                self.message = Message("keypad.no_level", {"k": self.levels, "n": token})
        elif action is Action.BLANK:
            self._mark(BLANK)
        elif action is Action.MULTIPLE:
            self._mark(MULTIPLE)
        elif action is Action.FILL:
            self.mode = Mode.FILL
        elif action is Action.BACK:
            row = max(self.current - 1, 0)
            self.marks[row] = None
            self.move(row)
        elif token == UP:
            self.move(self.current - 1)
        elif token == DOWN:
            self.move(self.current + 1)
        elif action is Action.INVALID:
            self.mode, self.reason, self.note = Mode.INVALID, None, ""
        return None

    def _mark(self, state: int) -> None:
        if self.current >= self.rows:
            self.message = Message("keypad.all_rows")
            return
        self.marks[self.current] = state
        self.move(self.current + 1)

    def _fill(self, token: str) -> None:
        self.mode = Mode.ROWS
        if token.isdigit() and 1 <= int(token) <= self.levels:
            self.marks = [int(token) if m is None else m for m in self.marks]
            self.current = self.rows
            self.message = None
        else:
            self.message = Message("keypad.fill_cancelled", ok=True)

    def _accept(self) -> BallotInput | None:
        missing = next((i for i, m in enumerate(self.marks) if m is None), None)
        if missing is not None:
            self.move(missing)
            self.message = Message("keypad.row_missing", {"row": missing + 1})
            return None
        return KeyedInput(tuple(m for m in self.marks if m is not None))

    def _invalid(self, token: str) -> BallotInput | None:
        self.message = None
        if token == ESC:
            self.mode, self.reason, self.note = Mode.ROWS, None, ""
            self.message = Message("keypad.invalid_cancelled", ok=True)
        elif token == ENTER:
            if self.reason is None:
                self.message = Message("keypad.pick_reason")
            elif self.reason is InvalidReason.OTHER and not self.note.strip():
                self.message = Message("keypad.type_reason")
            else:
                return InvalidInput(self.reason, self.note.strip())
        elif token == BACK:
            if self.note:
                self.note = self.note[:-1]
            else:
                self.reason = None
        elif len(token) != 1 or not token.isprintable():
            pass  # arrows and other keys mean nothing while a reason is chosen
        elif self.reason is InvalidReason.OTHER:
            self.note += token
        elif token.isdigit() and 1 <= int(token) <= len(KEYABLE_REASONS):
            self.reason = KEYABLE_REASONS[int(token) - 1]
        elif not token.isspace():
            self.reason, self.note = InvalidReason.OTHER, token
        return None
