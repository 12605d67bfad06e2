"""Always in view beside the form: progress, the last saved ballot, the reconciliation checks."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.ballot import ELECTION_VERDICTS, BallotStatus
from desktop.domain.checks import Severity
from desktop.services.count_service import ChangeSet, CountService
from desktop.ui import election_keying, i18n
from desktop.ui.ballot_grid import BallotGrid
from desktop.ui.styles import ERROR_COLOUR, WARNING_COLOUR


class SidePanel(QWidget):
    def __init__(self, service: CountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("progressLabel")
        self.progress_label.setWordWrap(True)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)

        box = QGroupBox(self.tr("Phiếu vừa lưu"), self)
        box_layout = QVBoxLayout(box)
        self.last_label = QLabel(box)
        self.last_label.setObjectName("lastBallotLabel")
        self.last_label.setWordWrap(True)
        d = service.definition
        self.last_grid = BallotGrid([(o.name, o.title) for o in d.on_ballot],
                                    election_keying.labels(d), compact=True, parent=box)
        self.last_grid.strike = d.strikes_names
        self.last_grid.setObjectName("lastBallot")
        scroll = QScrollArea(box)
        scroll.setWidget(self.last_grid)
        scroll.setWidgetResizable(True)
        box_layout.addWidget(self.last_label)
        box_layout.addWidget(scroll, stretch=1)
        layout.addWidget(box, stretch=3)

        checks_box = QGroupBox(self.tr("Kiểm tra đối chiếu"), self)
        checks_layout = QVBoxLayout(checks_box)
        self.checks = QListWidget(checks_box)
        self.checks.setObjectName("checksList")
        self.checks.setAccessibleName(self.tr("Kiểm tra đối chiếu"))
        self.checks.setWordWrap(True)
        checks_layout.addWidget(self.checks)
        layout.addWidget(checks_box, stretch=2)

        service.changed.connect(self._on_service_changed)
        self.refresh()

    def _on_service_changed(self, change: ChangeSet) -> None:
        self.refresh()

    def refresh(self) -> None:
        s = self._service
        collected = s.numbers.collected
        # without the ballots collected there is no whole to fill: no bar, only the count
        # (a full bar over "3 / —" read as "keying finished")
        self.progress.setVisible(collected is not None)
        self.progress.setRange(0, max(collected or 0, s.entered, 1))
        self.progress.setValue(s.entered)
        text = self.tr("Đã nhập {entered} / {collected} phiếu thu về").format(
            entered=s.entered, collected="—" if collected is None else collected)
        by_hand = sum(sheet.ballots for sheet in s.hand_tallies)
        if by_hand:
            text += " " + self.tr("(gồm {n} phiếu kiểm đếm tay)").format(n=by_hand)
        stack = s.current_stack
        if stack is not None:
            text += "\n" + self.tr("Tập {name}: {done} / {expected}").format(
                name=stack.name, done=s.stack_entered(stack.name), expected=stack.expected)
        self.progress_label.setText(text)
        self._show_last()
        self.checks.clear()
        for check in s.checks():
            item = QListWidgetItem(check.words(i18n.language()), self.checks)
            colour = ERROR_COLOUR if check.severity is Severity.ERROR else WARNING_COLOUR
            item.setForeground(QBrush(QColor(colour)))
        if not self.checks.count():
            QListWidgetItem(self.tr("Mọi kiểm tra đều đạt."), self.checks)

    def _show_last(self) -> None:
        last = self._service.last_ballot
        rows = len(self.last_grid.marks)
        if last is None:
            self.last_label.setText(self.tr("Chưa có phiếu nào."))
            self.last_grid.set_all([None] * rows, -1)
            return
        if last.status is BallotStatus.INVALID and (
                not last.marks or last.reason in ELECTION_VERDICTS):  # a reason to say
            text = self.tr("Phiếu số {n}: KHÔNG HỢP LỆ ({reason})").format(
                n=last.number, reason=i18n.reason(last.reason, last.note))
        elif last.status is BallotStatus.VOIDED:
            text = self.tr("Phiếu số {n}: ĐÃ HỦY").format(n=last.number)
        elif last.status is BallotStatus.INVALID:
            text = self.tr("Phiếu số {n}: không hợp lệ (có dòng để trống hoặc nhiều ô)").format(
                n=last.number)
        else:
            text = self.tr("Phiếu số {n}").format(n=last.number)
        self.last_label.setText(text)
        marks: list[int | None] = list(last.marks) if last.marks else [None] * rows
        self.last_grid.set_all(marks, -1)
