"""Keying one paper ballot, keyboard first (built for the numeric keypad).

1..k mark the current row and move on · 0 blank · * or x several boxes · + then a level fills
every row still empty · - or Backspace goes back one row and clears it · Up/Down or a click
move · Enter saves a complete ballot · / keys a whole invalid ballot (a digit picks the
reason, or type one) · Esc cancels · Ctrl+Z (in the window) voids the last saved ballot.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import Qt, Signal
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

from desktop.domain.ballot import (
    BLANK,
    KEYABLE_REASONS,
    MULTIPLE,
    REASON_WORDS,
    Ballot,
    BallotInput,
    InvalidInput,
    InvalidReason,
    KeyedInput,
)
from desktop.errors import DesktopError
from desktop.services.count_service import ChangeSet, CountService
from desktop.ui.ballot_grid import BallotGrid, GridHeader

OK_STYLE = "color: #1b6e20; font-weight: bold;"
ERROR_STYLE = "color: #b00020; font-weight: bold;"
Submit = Callable[[BallotInput], Ballot]


class Mode(Enum):
    ROWS = "rows"
    FILL = "fill"  # '+' was pressed: the next level fills every empty row
    INVALID = "invalid"  # '/' was pressed: choosing the reason of a whole invalid ballot


class BallotForm(QFrame):
    saved = Signal(object)  # Ballot, once the save has committed

    def __init__(self, service: CountService, lang: str = "vi", submit: Submit | None = None,
                 title: str | None = None, initial: Ballot | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ballotForm")
        self.setAccessibleName(self.tr("Phiếu đang nhập"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._service = service
        self._lang = lang
        self._submit: Submit = submit or (lambda item: service.record_many([item])[0])
        self._title = title
        d = service.definition
        self._levels = d.rules.level_labels(lang)
        self.mode = Mode.ROWS
        self.reason: InvalidReason | None = None
        self.note = ""

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
        self.grid.blank_text = self.tr("để trống")
        self.grid.multiple_text = self.tr("nhiều ô")
        self.grid.counts = service.tally.rows if submit is None else None
        self.grid.row_clicked.connect(self._on_grid_row_clicked)
        header = GridHeader(self.grid, (self.tr("STT"), self.tr("Họ và tên"), self.tr("Chức vụ"),
                                        self.tr("Đã đếm theo mức")), self._levels, self)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(self.grid)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.horizontalScrollBar().valueChanged.connect(header.update)

        self.reason_panel = QLabel(self)
        self.reason_panel.setObjectName("reasonPanel")
        self.reason_panel.setWordWrap(True)
        self.reason_panel.setStyleSheet(
            "background: #fde7e9; border: 1px solid #b00020; padding: 6px;")
        self.reason_panel.hide()
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
        layout.addWidget(self.message)
        service.changed.connect(self._on_service_changed)
        if initial is not None and initial.marks:
            self.grid.set_all(list(initial.marks), len(initial.marks))
        self._show_number()
        self._show_hint()

    # -- state seen by the window and the tests ---------------------------------------------
    @property
    def marks(self) -> tuple[int | None, ...]:
        return tuple(self.grid.marks)

    @property
    def current_row(self) -> int:
        return self.grid.current

    def _rows(self) -> int:
        return len(self.grid.marks)

    # -- keys -------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier |
                   Qt.KeyboardModifier.MetaModifier):
            super().keyPressEvent(event)  # window shortcuts such as Ctrl+Z
            return
        key, text = event.key(), event.text()
        if self.mode is Mode.INVALID:
            self._invalid_key(key, text)
            return
        if self.mode is Mode.FILL:
            self.mode = Mode.ROWS
            if text.isdigit() and 1 <= int(text) <= len(self._levels):
                self._fill(int(text))
            else:
                self._say(self.tr("Đã bỏ lệnh điền."), ok=True)
            self._show_hint()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._accept()
        elif text == "0":
            self._mark(BLANK)
        elif text.isdigit() and text.isascii():
            if 1 <= int(text) <= len(self._levels):
                self._mark(int(text))
            else:
                self._say(self.tr("Phiếu có {k} mức; không có mức {n}.").format(
                    k=len(self._levels), n=text))
        elif text in ("*", "x", "X"):
            self._mark(MULTIPLE)
        elif text == "+":
            self.mode = Mode.FILL
            self._show_hint()
        elif text == "-" or key == Qt.Key.Key_Backspace:
            self._back()
        elif key == Qt.Key.Key_Up:
            self._move(self.grid.current - 1)
        elif key == Qt.Key.Key_Down:
            self._move(self.grid.current + 1)
        elif text == "/":
            self._start_invalid()
        elif key == Qt.Key.Key_Escape:
            self._say("")
        else:
            super().keyPressEvent(event)

    def _mark(self, state: int) -> None:
        row = self.grid.current
        if row >= self._rows():
            self._say(self.tr("Đã đủ các dòng: Enter để lưu, ↑ để sửa một dòng."))
            return
        self.grid.set_mark(row, state)
        self._move(row + 1)
        self._say("")

    def _fill(self, level: int) -> None:
        marks = [level if m is None else m for m in self.grid.marks]
        self.grid.set_all(marks, self._rows())
        self._ensure_visible()

    def _back(self) -> None:
        row = max(self.grid.current - 1, 0)
        self.grid.set_mark(row, None)
        self._move(row)

    def _move(self, row: int) -> None:
        self.grid.set_current(min(max(row, 0), self._rows()))
        self._ensure_visible()

    def _ensure_visible(self) -> None:
        row = min(self.grid.current, self._rows() - 1)
        rect = self.grid.row_rect(row)
        self.scroll_area.ensureVisible(0, rect.center().y(), 0, rect.height())

    def _on_grid_row_clicked(self, row: int, level: int) -> None:
        if self.mode is not Mode.ROWS:
            return
        self.setFocus()
        self._move(row)
        if level:
            self._mark(level)

    def _accept(self) -> None:
        missing = next((i for i, m in enumerate(self.grid.marks) if m is None), None)
        if missing is not None:
            self._move(missing)
            self._say(self.tr("Dòng {row} chưa nhập; phiếu chưa được lưu.").format(
                row=missing + 1))
            return
        marks = tuple(m for m in self.grid.marks if m is not None)
        self._save(KeyedInput(marks))

    # -- a whole invalid ballot --------------------------------------------------------------
    def _start_invalid(self) -> None:
        self.mode = Mode.INVALID
        self.reason, self.note = None, ""
        self.grid.faded = True
        self.grid.update()
        self._show_reasons()
        self._show_hint()

    def _end_invalid(self) -> None:
        self.mode = Mode.ROWS
        self.grid.faded = False
        self.grid.update()
        self.reason_panel.hide()
        self._show_hint()

    def _invalid_key(self, key: int, text: str) -> None:
        if key == Qt.Key.Key_Escape:
            self._end_invalid()
            self._say(self.tr("Đã bỏ nhập phiếu không hợp lệ."), ok=True)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.reason is None:
                self._say(self.tr("Chọn lý do bằng một chữ số, hoặc gõ lý do."))
            elif self.reason is InvalidReason.OTHER and not self.note.strip():
                self._say(self.tr("Gõ lý do rồi nhấn Enter."))
            else:
                self._save(InvalidInput(self.reason, self.note.strip()))
            return
        if key == Qt.Key.Key_Backspace:
            if self.note:
                self.note = self.note[:-1]
            else:
                self.reason = None
        elif self.reason is InvalidReason.OTHER and text and text.isprintable():
            self.note += text
        elif text.isdigit() and 1 <= int(text) <= len(KEYABLE_REASONS):
            self.reason = KEYABLE_REASONS[int(text) - 1]
        elif text and text.isprintable() and not text.isspace():
            self.reason, self.note = InvalidReason.OTHER, text
        self._show_reasons()

    def _show_reasons(self) -> None:
        i = 0 if self._lang == "vi" else 1
        lines = [self.tr("<b>PHIẾU KHÔNG HỢP LỆ</b>: chọn lý do, Enter để lưu, Esc để thôi.")]
        for digit, reason in enumerate(KEYABLE_REASONS, start=1):
            words = REASON_WORDS[reason][i]
            if reason is self.reason:
                words = f"<b>▶ {words}</b>"
                if reason is InvalidReason.OTHER:
                    words += f": <u>{_html(self.note)}</u>▏"
            lines.append(f"{digit} — {words}")
        self.reason_panel.setText("<br>".join(lines))
        self.reason_panel.show()

    # -- saving -----------------------------------------------------------------------------
    def _save(self, item: BallotInput) -> None:
        try:
            ballot = self._submit(item)
        except DesktopError as exc:
            self._say(self.tr("CHƯA LƯU: {error}").format(error=str(exc)))
            return
        self._say(self.tr("Phiếu số {n} đã lưu.").format(n=ballot.number), ok=True)
        if self.mode is Mode.INVALID:
            self._end_invalid()
        self.grid.set_all([None] * self._rows(), 0)
        self.scroll_area.verticalScrollBar().setValue(0)
        self._show_number()
        self.saved.emit(ballot)

    def notice(self, text: str, ok: bool = False) -> None:
        """A message from the window (the file is read-only, the count is closed)."""
        self._say(text, ok)

    def set_title(self, text: str) -> None:
        self._title = text
        self._show_number()

    def _say(self, text: str, ok: bool = False) -> None:
        """The line under the form; touched only when it changes (a restyle relayouts)."""
        style = OK_STYLE if ok else ERROR_STYLE
        if text != self.message.text():
            self.message.setText(text)
        if text and style != self.message.styleSheet():
            self.message.setStyleSheet(style)

    def _show_number(self) -> None:
        if self._title is not None:
            self.number_label.setText(self._title)
            return
        stack = self._service.current_stack
        text = self.tr("Phiếu số {n}").format(n=self._service.next_number)
        if stack is not None:
            text += self.tr(" · tập {name}: {done}/{expected}").format(
                name=stack.name, done=self._service.stack_entered(stack.name),
                expected=stack.expected)
        self.number_label.setText(text)

    def _show_hint(self) -> None:
        k = len(self._levels)
        if self.mode is Mode.FILL:
            self.hint.setText(self.tr("Điền: gõ mức (1–{k}) cho mọi dòng còn trống.").format(k=k))
        elif self.mode is Mode.INVALID:
            self.hint.setText(self.tr("Phiếu không hợp lệ: chọn lý do."))
        else:
            self.hint.setText(self.tr(
                "1–{k} mức · 0 để trống · * nhiều ô · + điền còn lại · − lùi · "
                "Enter lưu · / phiếu không hợp lệ · F1 trợ giúp").format(k=k))

    def _on_service_changed(self, change: ChangeSet) -> None:
        if change.definition and self._title is None:
            self.grid.counts = self._service.tally.rows
        self.grid.update()
        self._show_number()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
