"""What the ballot form does differently for an election: a list with surplus (more candidates
than seats) is keyed by naming the struck rows (desktop.domain.strike_keypad), a list without
surplus as a confidence ballot of two levels ("đồng ý", "không đồng ý"); and the names kept so
far, with the program's own verdict, are shown before the ballot is saved."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from desktop.domain import election, keypad, strike_keypad
from desktop.domain.ballot import BLANK, ELECTION_VERDICTS, Ballot, InvalidReason
from desktop.domain.count import CountDefinition
from desktop.domain.keypad import Binding, Keypad, Message
from desktop.domain.strike_keypad import StrikeKeypad
from desktop.ui import i18n
from desktop.ui.styles import ERROR_STYLE, OK_STYLE


def make_keypad(d: CountDefinition) -> Keypad:
    if d.strikes_names:
        return StrikeKeypad(len(d.on_ballot))
    return Keypad(len(d.on_ballot), d.rules.levels)


def bindings(d: CountDefinition) -> tuple[Binding, ...]:
    """The table of keys this count's ballot is keyed with (hint line, F1 help)."""
    return strike_keypad.BINDINGS if d.strikes_names else keypad.BINDINGS


def labels(d: CountDefinition) -> tuple[str, ...]:
    """The boxes the form draws per row: a strike list's one (struck), a yes/no list's two,
    a confidence ballot's levels."""
    if d.strikes_names:
        return (QCoreApplication.translate("election_keying", "Gạch tên"),)
    if d.election is not None:
        return (i18n.say("level.approve"), i18n.say("level.disapprove"))
    return d.rules.level_labels(i18n.language())


def saved_message(ballot: Ballot) -> Message:
    """"Ballot N saved", or saved as invalid by the program's verdict, with its reason."""
    if ballot.reason in ELECTION_VERDICTS:
        return Message("keypad.saved_invalid", {
            "number": ballot.number, "reason": i18n.say(f"reason.{ballot.reason.value}")},
            ok=True)
    return Message("keypad.saved", {"number": ballot.number}, ok=True)


class VerdictLine(QLabel):
    """The names kept so far ("Giữ lại 2/3 tên") and, as soon as it applies, the program's
    verdict ("giữ lại 4 tên, bầu 3: phiếu không hợp lệ"). Hidden for a confidence vote."""

    def __init__(self, d: CountDefinition, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ballotVerdict")
        self._d = d
        self._strike = d.strikes_names
        self.setVisible(d.election is not None)

    def show_marks(self, marks: tuple[int | None, ...] | None, typed: str = "") -> None:
        """The rows as keyed so far (a row of None: not keyed yet, which strikes nothing) and
        the row number being typed; None: nothing keyed on this ballot yet."""
        setup = self._d.election
        if setup is None:
            return
        if marks is None and not typed:
            self.setText("")
            return
        marks = marks if marks is not None else (None,) * len(self._d.on_ballot)
        rows = tuple(BLANK if m is None else m for m in marks)
        kept = election.kept(rows)
        text = i18n.say("ballot.kept" if self._strike else "ballot.agreed",
                        kept=kept, seats=setup.seats)
        found = self._d.verdict(rows)
        if found is InvalidReason.TOO_MANY_KEPT:
            text = i18n.say("verdict.too_many_kept", kept=kept, seats=setup.seats)
        elif found is InvalidReason.ALL_STRUCK:
            text = i18n.say("verdict.all_struck")
        if typed:  # the number being typed, seen before its Enter strikes the row
            text = i18n.say("ballot.typing", row=typed) + " · " + text
        if text != self.text():
            self.setText(text)
        style = ERROR_STYLE if found is not None else OK_STYLE
        if style != self.styleSheet():
            self.setStyleSheet(style)
