"""Keying one paper ballot, keyboard first (built for the numeric keypad).

The grammar is desktop.domain.keypad (one table of bindings, a pure state machine); this
widget turns key events into its tokens, shows its state (the rows as on paper, the hint,
the line under the form) and saves the ballot it asks for.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import keypad
from desktop.domain.ballot import KEYABLE_REASONS, Ballot, BallotInput, InvalidReason
from desktop.domain.keypad import Keypad, Message, Mode
from desktop.errors import DesktopError
from desktop.services.count_service import ChangeSet, CountService
from desktop.ui import election_keying, i18n, keys
from desktop.ui.ballot_grid import BallotGrid, GridHeader
from desktop.ui.styles import ERROR_COLOUR, ERROR_STYLE, OK_STYLE

ACTIVATION_GRACE_S = 0.35  # a click this soon after the window became active only activates
Submit = Callable[[BallotInput], Ballot]


class BallotForm(QFrame):
    saved = Signal(object)  # Ballot, once the save has committed

    def __init__(self, service: CountService, submit: Submit | None = None,
                 title: str | None = None, initial: Ballot | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ballotForm")
        self.setAccessibleName(self.tr("Phiếu đang nhập"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._service = service
        self._submit: Submit = submit or (lambda item: service.record_many([item])[0])
        self._title = title
        self._saved_number: int | None = None  # the ballot the line under the form is about
        self._activated_at = 0.0
        d = service.definition
        self._levels = election_keying.labels(d)
        self.keypad: Keypad = election_keying.make_keypad(d)
        self.bindings = election_keying.bindings(d)  # the keys of this ballot (F1, the hint)

        self.number_label = QLabel(self)
        self.number_label.setObjectName("ballotNumber")
        big = QFont(self.number_label.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.number_label.setFont(big)
        self.hint = QLabel(self)
        self.hint.setObjectName("ballotHint")
        self.hint.setWordWrap(True)
        # fixed heights: a new hint or number must not relayout (and repaint) the whole form
        self.hint.setFixedHeight(self.hint.fontMetrics().height() * 2 + 4)
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.number_label.setFixedHeight(self.number_label.fontMetrics().height() + 6)
        top = QHBoxLayout()
        top.addWidget(self.number_label)
        top.addWidget(self.hint, stretch=1)

        names = [(o.name, o.title) for o in d.on_ballot]
        self.grid = BallotGrid(names, self._levels, parent=self)
        self.grid.strike = d.strikes_names
        self.grid.blank_text = i18n.say("state.blank")
        self.grid.multiple_text = i18n.say("state.multiple")
        self.grid.counts = service.tally.rows if submit is None else None
        self.grid.row_clicked.connect(self._on_grid_row_clicked)
        counted = self.tr("Số phiếu bầu") if d.election else self.tr("Đã đếm theo mức")
        header = GridHeader(self.grid, (self.tr("STT"), self.tr("Họ và tên"), self.tr("Chức vụ"),
                                        counted), self._levels, self)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(self.grid)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.horizontalScrollBar().valueChanged.connect(header.update)

        self.reason_panel = QLabel(self)
        self.reason_panel.setObjectName("reasonPanel")
        self.reason_panel.setWordWrap(True)
        self.reason_panel.setStyleSheet(
            f"background: #fde7e9; border: 1px solid {ERROR_COLOUR}; padding: 6px;")
        self.reason_panel.hide()
        self.verdict = election_keying.VerdictLine(d, self)
        self.message = QLabel(self)
        self.message.setObjectName("ballotMessage")
        self.message.setWordWrap(True)
        self.message.setFixedHeight(self.message.fontMetrics().height() * 2 + 4)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(header)
        layout.addWidget(self.scroll_area, stretch=1)
        layout.addWidget(self.reason_panel)
        layout.addWidget(self.verdict)
        layout.addWidget(self.message)
        service.changed.connect(self._on_service_changed)
        if initial is not None and initial.marks:
            self.keypad.load(initial.marks)
        self._mode = Mode.ROWS
        self._show(force=True)
        self.show_number()

    # -- state seen by the window and the tests ---------------------------------------------
    @property
    def marks(self) -> tuple[int | None, ...]:
        return tuple(self.keypad.marks)

    @property
    def current_row(self) -> int:
        return self.keypad.current

    @property
    def dirty(self) -> bool:
        """A ballot keyed in part or whole and not saved."""
        return self.keypad.dirty

    def clear(self, notice: str = "", ok: bool = False) -> None:
        """A blank form (the count was closed, the officials changed)."""
        self.keypad.reset()
        self._show(force=True)
        self._say(notice, ok)

    # -- keys -------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if keys.is_shortcut(event):
            super().keyPressEvent(event)  # the window's shortcuts such as Ctrl+Z
            return
        token = keys.token(event)
        if token == keypad.OTHER and self.keypad.mode is Mode.ROWS:
            super().keyPressEvent(event)  # F1, Tab …: the window's, not the ballot's
            return
        self.press(token)

    def press(self, token: str | None) -> None:
        """One key of the grammar (a token of desktop.domain.keypad; None: nothing)."""
        before = (list(self.keypad.marks), self.keypad.current)
        item = self.keypad.press(token)
        self._show(before)
        if item is not None:
            self._save(item)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self._activated_at = time.monotonic()
        elif event.type() == QEvent.Type.EnabledChange:
            # a closed count or a read-only file: no cursor row, no keys to press
            self.grid.set_current(self._cursor())
            self._show_hint()
            self._fade()
        super().changeEvent(event)

    def _fade(self) -> None:
        """Grey rows: a whole-ballot invalid is being keyed, or the form takes no keys."""
        self.grid.faded = self.keypad.mode is Mode.INVALID or not self.isEnabled()
        self.grid.update()

    def _cursor(self) -> int:
        """The row the next key marks, or -1 (none shown) on a form that takes no keys."""
        return self.keypad.current if self.isEnabled() else -1

    def _show_hint(self) -> None:
        kp = self.keypad
        self.hint.setText(keypad.hint(kp.mode, kp.levels, i18n.language(), self.bindings)
                          if self.isEnabled() else "")

    def _on_grid_row_clicked(self, row: int, level: int) -> None:
        """A click marks only in the active window: the click that brings the window back
        (from the projector, another program) moves nothing."""
        if not self.isActiveWindow() or \
                time.monotonic() - self._activated_at < ACTIVATION_GRACE_S:
            self.setFocus()
            return
        self.setFocus()
        before = (list(self.keypad.marks), self.keypad.current)
        self.keypad.click(row, level)
        self._show(before)

    # -- showing the keypad's state ---------------------------------------------------------
    def _show(self, before: tuple[list[int | None], int] | None = None,
              force: bool = False) -> None:
        kp = self.keypad
        if force or before is None:
            self.grid.set_all(list(kp.marks), self._cursor())
        else:
            old_marks, old_current = before
            changed = [i for i, (a, b) in enumerate(zip(old_marks, kp.marks, strict=True))
                       if a != b]
            if len(changed) > 8:
                self.grid.set_all(list(kp.marks), self._cursor())
            else:
                for i in changed:
                    self.grid.set_mark(i, kp.marks[i])
                if kp.current != old_current:
                    self.grid.set_current(self._cursor())
        if kp.current != (before[1] if before else -1) or force:
            self._ensure_visible()
        if kp.mode is not self._mode or force:
            self._mode = kp.mode
            self._fade()
            self._show_hint()
        if kp.mode is Mode.INVALID:
            self._show_reasons()
        elif self.reason_panel.isVisible():
            self.reason_panel.hide()
        self.verdict.show_marks(self.marks if kp.dirty else None, getattr(kp, "typed", ""))
        if kp.message is not None:
            self._say_message(kp.message)
        elif before is not None and not force:
            self._say("")

    def _say_message(self, message: Message) -> None:
        self._say(i18n.say(message.code, **message.values), message.ok)

    def _ensure_visible(self) -> None:
        row = self.keypad.row_in_view
        if row is None:
            return
        rect = self.grid.row_rect(row)
        self.scroll_area.ensureVisible(0, rect.center().y(), 0, rect.height())

    def _show_reasons(self) -> None:
        kp = self.keypad
        lines = [f"<b>{_html(i18n.say('keypad.reasons_title'))}</b>"]
        for digit, reason in enumerate(KEYABLE_REASONS, start=1):
            words = _html(i18n.say(f"reason.{reason.value}"))
            if reason is kp.reason:
                words = f"<b>▶ {words}</b>"
                if reason is InvalidReason.OTHER:
                    words += f": <u>{_html(kp.note)}</u>▏"
            lines.append(f"{digit} — {words}")
        self.reason_panel.setText("<br>".join(lines))
        self.reason_panel.show()

    # -- saving -----------------------------------------------------------------------------
    def _save(self, item: BallotInput) -> None:
        try:
            ballot = self._submit(item)
        except DesktopError as exc:
            self._say(i18n.say("keypad.not_saved", error=i18n.describe(exc)))
            return
        self.keypad.reset(election_keying.saved_message(ballot))
        self._saved_number = ballot.number
        self._show(force=True)
        self.scroll_area.verticalScrollBar().setValue(0)
        self.show_number()
        self.saved.emit(ballot)

    def notice(self, text: str, ok: bool = False) -> None:
        """A message from the window (the file is read-only, the count is closed)."""
        self._saved_number = None
        self._say(text, ok)

    def set_title(self, text: str) -> None:
        self._title = text
        self.show_number()

    def _say(self, text: str, ok: bool = False) -> None:
        """The line under the form; touched only when it changes (a restyle relayouts)."""
        style = OK_STYLE if ok else ERROR_STYLE
        if text != self.message.text():
            self.message.setText(text)
        if text and style != self.message.styleSheet():
            self.message.setStyleSheet(style)

    def show_number(self) -> None:
        if self._title is not None:
            self.number_label.setText(self._title)
            return
        if self._service.closed:
            self.number_label.setText(self.tr("ĐÃ KẾT THÚC KIỂM PHIẾU"))
            return
        stack = self._service.current_stack
        text = self.tr("Phiếu số {n}").format(n=self._service.next_number)
        if stack is not None:
            text += self.tr(" · tập {name}: {done}/{expected}").format(
                name=stack.name, done=self._service.stack_entered(stack.name),
                expected=stack.expected)
        self.number_label.setText(text)

    def _on_service_changed(self, change: ChangeSet) -> None:
        if change.definition and self._title is None:
            self.grid.counts = self._service.tally.rows
        number = self._saved_number
        if number is not None and number in change.ballots and self._title is None:
            ballot = self._service.ballot(number)
            if ballot is not None and not ballot.counts:  # voided since: say so, not "saved"
                self._say(i18n.say("keypad.voided", number=number), ok=True)
                self._saved_number = None
        self.grid.update()
        self.show_number()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
