"""Keying an election ballot with surplus (more candidates than seats), where the voter strikes
the names they do not elect: every row starts kept, and the keys name the struck rows.

``3 Enter 7 Enter`` strikes rows 3 and 7 (``.`` or ``,`` may stand for the Enter after a row
number); Enter on no row number saves. A ballot keeping every name is ``+ Enter``: Enter alone
on a form nothing was keyed on saves nothing, so a second Enter pressed by mistake does not
save a second ballot. ``*`` strikes every name (then the typed rows are the kept ones); a row
typed again is kept again. The same table of bindings makes the hint line and the F1 help as
the confidence ballot's (desktop.domain.keypad); a whole-ballot invalid is keyed as there.
"""

from __future__ import annotations

from desktop.domain.ballot import BallotInput, KeyedInput
from desktop.domain.election import KEPT, STRUCK
from desktop.domain.keypad import (
    BACK,
    DIGITS,
    DOWN,
    ENTER,
    ESC,
    UP,
    Action,
    Binding,
    Keypad,
    Message,
    Mode,
)

BINDINGS: tuple[Binding, ...] = (
    Binding(DIGITS, "N Enter", Action.ROW, "strike.hint.row"),
    Binding((".", ","), ".  ,", Action.NEXT),
    Binding(("+",), "+ Enter", Action.KEEP_ALL, "strike.hint.keep_all"),
    Binding(("*", "x", "X"), "*  x", Action.STRIKE_ALL, "strike.hint.strike_all"),
    Binding(("-", BACK), "-  ⌫", Action.BACK, "keypad.hint.back", "strike.does.back"),
    Binding((ENTER,), "Enter", Action.SAVE, "keypad.hint.save", "strike.does.save"),
    Binding(("/",), "/", Action.INVALID, "keypad.hint.invalid"),
    Binding((ESC,), "Esc", Action.CANCEL, "", "strike.does.cancel"),
    Binding((), "Ctrl+Z", Action.VOID_LAST),
    Binding((), "F1", Action.HELP, "keypad.hint.help"),
)
_BY_TOKEN = {token: b.action for b in BINDINGS for token in b.tokens}


class StrikeKeypad(Keypad):
    """A strike ballot being keyed: ``marks`` are all KEPT or STRUCK, ``typed`` the row number
    being typed, ``current`` the row it names (or the last row struck)."""

    def __init__(self, rows: int) -> None:
        self.typed = ""
        self.touched = False  # a key said what the ballot holds (a row, + or *)
        self._history: list[list[int | None]] = []
        self._rejected = False  # the last digit named no row and was not taken
        self._emptied = False  # ⌫ just took the last digit of a row number away
        super().__init__(rows, 2)

    @property
    def dirty(self) -> bool:
        return self.touched or bool(self.typed) or self.mode is Mode.INVALID

    @property
    def row_in_view(self) -> int | None:
        """The row just named; None before any (the list shown from its top)."""
        return None if self.current >= self.rows else self.current

    def reset(self, message: Message | None = None) -> None:
        super().reset(message)
        self.marks = [KEPT] * self.rows
        self.typed, self.touched, self._history = "", False, []
        self.current = self.rows  # no row named yet

    def load(self, marks: tuple[int, ...]) -> None:
        super().load(marks)
        self.touched = bool(marks)

    def click(self, row: int, level: int) -> None:
        """A click on a row strikes it, or keeps it again."""
        if self.mode is Mode.ROWS:
            self.message = None
            self.typed = ""
            self._toggle(row)

    def press(self, token: str | None) -> BallotInput | None:
        if token is None:
            return None
        if self.mode is Mode.INVALID:
            return self._invalid(token)
        self.message = None
        action = _BY_TOKEN.get(token)
        rejected, emptied = self._rejected, self._emptied
        self._rejected = self._emptied = False
        if action is Action.BACK and rejected:
            return None  # ⌫ takes back the digit that was refused, not the one before it
        if action is Action.SAVE and emptied and not self.typed:
            # the number was rubbed out: this Enter was meant for it, not to save the ballot
            self.message = Message("strike.enter_again")
            return None
        if action is Action.ROW:
            self._digit(token)
        elif action is Action.NEXT or (action is Action.SAVE and self.typed):
            self._strike_typed()
        elif action is Action.SAVE:
            return self._accept()
        elif action is Action.KEEP_ALL:
            self._set_all(KEPT)
        elif action is Action.STRIKE_ALL:
            self._set_all(STRUCK)
        elif action is Action.BACK:
            self._back()
        elif action is Action.CANCEL:
            self.typed = ""
            self.move(self.rows)
        elif action is Action.INVALID:
            self.typed = ""
            self.mode, self.reason, self.note = Mode.INVALID, None, ""
        elif token in (UP, DOWN):
            pass  # no cursor to move: rows are named by their numbers
        return None

    def _digit(self, digit: str) -> None:
        typed = (self.typed + digit).lstrip("0")
        if not typed:
            return
        if int(typed) > self.rows:
            self.message = Message("strike.no_row", {"row": typed, "rows": self.rows})
            self._rejected = True
            return
        self.typed = typed
        self.move(int(typed) - 1)

    def _strike_typed(self) -> None:
        if self.typed:
            row, self.typed = int(self.typed) - 1, ""
            self._toggle(row)

    def _toggle(self, row: int) -> None:
        self._history.append(list(self.marks))
        self.marks[row] = KEPT if self.marks[row] == STRUCK else STRUCK
        self.touched = True
        self.move(row)
        if self.marks[row] == KEPT:
            self.message = Message("strike.kept_again", {"row": row + 1}, ok=True)

    def _set_all(self, state: int) -> None:
        self._history.append(list(self.marks))
        self.marks = [state] * self.rows
        self.typed, self.touched = "", True
        self.move(self.rows)

    def _back(self) -> None:
        if self.typed:
            self.typed = self.typed[:-1]
            self._emptied = not self.typed
            self.move(int(self.typed) - 1 if self.typed else self.rows)
        elif self._history:
            self.marks = self._history.pop()
            self.touched = bool(self._history) or any(m == STRUCK for m in self.marks)
            self.move(self.rows)

    def _accept(self) -> BallotInput | None:
        if not self.touched:
            self.message = Message("strike.nothing_keyed")
            return None
        return KeyedInput(tuple(m if m is not None else KEPT for m in self.marks))
