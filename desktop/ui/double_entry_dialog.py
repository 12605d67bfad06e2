"""Double entry in the window: pick a closed stack, name the second operator, key the stack
again on a blank form (nothing of the first entry shows), then decide each difference with
the two versions side by side."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.ballot import Ballot, BallotInput
from desktop.domain.doubleentry import DoubleEntry, Kept
from desktop.errors import DesktopError, ValidationError
from desktop.services import double_entry
from desktop.services.count_service import CountService
from desktop.ui import i18n
from desktop.ui.ballot_form import BallotForm
from desktop.ui.difference_view import DifferenceView
from desktop.ui.reason_dialog import Ask, ReasonDialog


class DoubleEntryDialog(QDialog):
    def __init__(self, service: CountService, parent: QWidget | None = None,
                 stack: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("doubleEntryDialog")
        self.setWindowTitle(self.tr("Nhập hai lần theo tập phiếu"))
        self._service = service
        self.stack = QComboBox(self)
        self.stack.setObjectName("doubleStack")
        self.operator = QLineEdit(self)
        self.operator.setObjectName("doubleOperator")
        self.operator.setPlaceholderText(self.tr("họ tên người nhập lần hai"))
        self.start_button = QPushButton(self.tr("&Bắt đầu nhập lần hai"), self)
        self.start_button.setObjectName("doubleStart")
        self.start_button.clicked.connect(self.start)
        self.operator.returnPressed.connect(self.start)
        self.discard_button = QPushButton(self.tr("&Hủy bản nhập lần hai…"), self)
        self.discard_button.setObjectName("doubleDiscard")
        self.discard_button.clicked.connect(self.discard)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tập phiếu:"), self))
        top.addWidget(self.stack)
        top.addWidget(QLabel(self.tr("Người nhập lần hai:"), self))
        top.addWidget(self.operator, stretch=1)
        top.addWidget(self.start_button)
        top.addWidget(self.discard_button)
        self.summary = QLabel(self)
        self.summary.setObjectName("doubleSummary")
        self.summary.setWordWrap(True)
        self.form = BallotForm(service, submit=self._submit, title="", parent=self)
        self.differences = DifferenceView(service.definition, self)
        self.differences.decided.connect(self.decide)
        self.empty = QLabel(self)
        self.empty.setObjectName("doubleDone")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.pages = QStackedWidget(self)
        for page in (self.empty, self.form, self.differences):
            self.pages.addWidget(page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.pages, stretch=1)
        layout.addWidget(buttons)
        self.form.saved.connect(lambda _ballot: self._refresh())
        self._fill_stacks(stack)
        self.stack.currentIndexChanged.connect(lambda _i: self._refresh())
        self._refresh()
        self.resize(980, 720)

    # -- the stack shown --------------------------------------------------------------------
    def _fill_stacks(self, wanted: str | None = None) -> None:
        s = self._service
        shown = set(s.double_entries.entries) | set(double_entry.eligible(s))
        names = [st.name for st in s.stacks if st.name in shown]  # in the order keyed
        self.stack.clear()
        self.stack.addItems(names)
        if wanted in names:
            self.stack.setCurrentText(wanted)
        else:  # the first stack that still needs something
            waiting = [n for n in names if (e := double_entry.entry(s, n)) is None or
                       not e.settled]
            if waiting:
                self.stack.setCurrentText(waiting[0])

    @property
    def current(self) -> DoubleEntry | None:
        name = self.stack.currentText()
        return double_entry.entry(self._service, name) if name else None

    def _first_operator(self, stack: str) -> str:
        return next((st.operator for st in self._service.stacks if st.name == stack), "")

    # -- actions ----------------------------------------------------------------------------
    def start(self) -> None:
        name = self.stack.currentText()
        first = self._first_operator(name)
        typed = self.operator.text().strip()
        if not typed:
            self.summary.setText(self.tr("Ghi họ tên người nhập lần hai trước khi bắt đầu."))
            self.operator.setFocus()
            return
        if first and first.casefold() == typed.casefold():
            self.summary.setText(self.tr(
                "{name} đã nhập lần đầu tập {stack}; lần hai phải do người khác nhập.").format(
                    name=typed, stack=name))
            self.operator.setFocus()
            return
        try:
            double_entry.start(self._service, self.stack.currentText(), self.operator.text())
        except DesktopError as exc:
            self.summary.setText(i18n.alone(exc))
            return
        self._refresh()
        self.form.setFocus()

    def _submit(self, item: BallotInput) -> Ballot:
        entry = self.current
        if entry is None or entry.next_position is None:
            raise ValidationError("double_nothing_waiting")
        position = entry.next_position
        after = double_entry.key(self._service, entry.stack, item)
        return after.second_at(position)

    def decide(self, kept: Kept, by: str) -> None:
        entry = self.current
        if entry is None or not entry.pending:
            return
        if not by:
            self.summary.setText(self.tr("Ghi tên thành viên Ban kiểm phiếu quyết định khác "
                                         "biệt này."))
            self.differences.by.setFocus()
            return
        reason = i18n.say("double.rekey_reason", stack=entry.stack, operator=entry.operator,
                          by=by)
        try:
            double_entry.resolve(self._service, entry.stack, entry.pending[0], kept, by, reason)
        except DesktopError as exc:
            self.summary.setText(i18n.alone(exc))
            return
        self._refresh()

    def discard(self) -> None:
        entry = self.current
        if entry is None:
            return
        ask = Ask(name="discardSecond",
                  title=self.tr("Hủy bản nhập lần hai của tập {stack}").format(
                      stack=entry.stack),
                  explain=self.tr("Bản nhập lần hai không được dùng nữa; nó vẫn được ghi trong "
                                  "nhật ký, và tập có thể được nhập lần hai lại từ đầu."),
                  label=self.tr("&Lý do:"),
                  placeholder=self.tr("ví dụ: nhập lần hai nhầm tập"),
                  confirm=self.tr("&Hủy bản nhập lần hai"),
                  keep=self.tr("&Giữ bản nhập lần hai"))
        if ReasonDialog(ask, lambda reason: double_entry.discard(
                self._service, entry.stack, reason), self).exec():
            self._refresh()

    # -- showing ----------------------------------------------------------------------------
    def _refresh(self) -> None:
        s = self._service
        name = self.stack.currentText()
        entry = self.current
        open_for_changes = not s.read_only and not s.closed
        self.start_button.setEnabled(open_for_changes and bool(name) and entry is None)
        self.operator.setEnabled(open_for_changes and bool(name) and entry is None)
        self.discard_button.setEnabled(open_for_changes and entry is not None)
        self.form.setEnabled(open_for_changes)
        if not name:
            self._show_empty(self.tr("Chưa có tập phiếu nào đã đóng để nhập lần hai. Nhập "
                                     "xong và đóng một tập trước."))
            self.summary.setText("")
            return
        size = s.stack_entered(name)
        if entry is None:
            operator = self._first_operator(name)
            self.summary.setText(self.tr(
                "Tập {stack}: {n} phiếu, lần đầu do {first} nhập. Người nhập lần hai phải là "
                "người khác và không xem bản nhập lần đầu.").format(
                    stack=name, n=size, first=operator or self.tr("(không ghi tên)")))
            self._show_empty(self.tr("Xếp lại tập phiếu theo thứ tự đã nhập, ghi tên người "
                                     "nhập lần hai rồi bấm Bắt đầu."))
            return
        self.operator.setText(entry.operator)
        if entry.compared:
            self.summary.setText(self.tr(
                "Tập {stack}: lần hai do {operator} nhập, {size} phiếu; {diff} khác biệt, "
                "{pending} chưa quyết định.").format(
                    stack=name, operator=entry.operator, size=entry.size,
                    diff=len(entry.differences or ()), pending=len(entry.pending)))
        else:  # nothing about agreement until the whole stack is keyed: the entry is blind
            self.summary.setText(self.tr(
                "Tập {stack}: lần hai do {operator} nhập, {done}/{size} phiếu; hai bản được "
                "so sánh khi nhập xong cả tập.").format(
                    stack=name, operator=entry.operator, done=len(entry.keyed),
                    size=entry.size))
        if entry.next_position is not None:
            self.form.set_title(self.tr("Lần hai · tập {stack} · tờ thứ {p}/{size}").format(
                stack=name, p=entry.next_position, size=entry.size))
            self.pages.setCurrentWidget(self.form)
            return
        if entry.pending:
            position = entry.pending[0]
            first = s.ballot(entry.number_at(position))
            total = len(entry.differences or ())
            index = total - len(entry.pending) + 1
            self.differences.show_difference(entry, position, first,
                                             self._first_operator(name), index, total)
            self.pages.setCurrentWidget(self.differences)
            return
        lines = [self.tr(
            "Tập {stack} đã nhập hai lần: {diff} khác biệt, đều đã được quyết định "
            "({first} giữ bản lần đầu, {second} theo bản lần hai).").format(
                stack=html.escape(name), diff=len(entry.differences or ()),
                first=entry.kept(Kept.FIRST), second=entry.kept(Kept.SECOND))]
        for r in entry.resolutions:
            kept = (self.tr("giữ bản lần đầu") if r.kept is Kept.FIRST
                    else self.tr("theo bản lần hai"))
            lines.append(self.tr("– tờ thứ {p} (phiếu số {n}): {kept}, {by} quyết định").format(
                p=r.position, n=r.number, kept=kept, by=html.escape(r.by)))
        self._show_empty("<br>".join(lines))

    def _show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.pages.setCurrentWidget(self.empty)
