"""One difference between the two entries of a stack, side by side, for the committee to
decide with the paper in hand: the first entry stands, or the second replaces it."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.ballot import Ballot, BallotStatus
from desktop.domain.count import CountDefinition, Role
from desktop.domain.doubleentry import DoubleEntry, Kept, differing_rows
from desktop.ui import i18n

DIFFERENT = QColor("#fff3b0")


class DifferenceView(QWidget):
    decided = Signal(object, str)  # Kept, who decided

    def __init__(self, definition: CountDefinition,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("differenceView")
        self._definition = definition
        self.heading = QLabel(self)
        self.heading.setObjectName("differenceHeading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("background: #fff3b0; padding: 6px;")
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("differenceTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the decision
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.by = QComboBox(self)
        self.by.setObjectName("differenceBy")
        self.by.setEditable(True)
        self.by.setMinimumContentsLength(24)
        members = sorted(definition.committee, key=lambda m: m.role is not Role.CHAIR)
        self.by.addItems([m.name for m in members])
        self.keep_first = QPushButton(self)
        self.keep_first.setObjectName("keepFirst")
        self.keep_second = QPushButton(self)
        self.keep_second.setObjectName("keepSecond")
        self.keep_first.clicked.connect(lambda: self.decided.emit(Kept.FIRST, self.by_name))
        self.keep_second.clicked.connect(lambda: self.decided.emit(Kept.SECOND, self.by_name))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Người quyết định (Ban kiểm phiếu):"), self))
        row.addWidget(self.by, stretch=1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_first)
        buttons.addWidget(self.keep_second)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, stretch=1)
        layout.addLayout(row)
        layout.addLayout(buttons)

    @property
    def by_name(self) -> str:
        return self.by.currentText().strip()

    def show_difference(self, entry: DoubleEntry, position: int, first: Ballot | None,
                        first_operator: str, index: int, total: int) -> None:
        second = entry.second_at(position)
        number = entry.number_at(position)
        changed = sorted(differing_rows(first, second)) if first is not None else []
        rows = ", ".join(str(i + 1) for i in changed) or self.tr("cả phiếu")
        self.heading.setText(self.tr(
            "<b>Khác biệt {i}/{total}</b> — tập {stack}, tờ thứ {position} trong tập (phiếu "
            "số {number}), khác ở dòng: <b>{rows}</b>. Tìm tờ phiếu đó, đọc to, rồi chọn bản "
            "đúng với phiếu giấy.").format(i=index, total=total, stack=html.escape(entry.stack),
                                           position=position, number=number, rows=rows))
        first_name = first_operator or self.tr("không ghi tên")
        self.table.setHorizontalHeaderLabels([
            self.tr("Người trên phiếu"), self.tr("Lần đầu ({name})").format(name=first_name),
            self.tr("Lần hai ({name})").format(name=entry.operator)])
        self.keep_first.setText(self.tr("&1 Giữ bản lần đầu ({name})").format(name=first_name))
        self.keep_second.setText(self.tr("&2 Theo bản lần hai ({name})").format(
            name=entry.operator))
        officials = self._definition.on_ballot
        self.table.setRowCount(len(officials) + 1)
        self._row(0, self.tr("Cả phiếu"), self._status(first), self._status(second),
                  first is None or self._status(first) != self._status(second))
        marked = set(changed)
        for i, official in enumerate(officials):
            self._row(i + 1, f"{i + 1}. {official.name}", self._state(first, i),
                      self._state(second, i), i in marked)
        self.table.resizeColumnToContents(1)
        self.table.resizeColumnToContents(2)
        shown = self.table.item(min(changed, default=-1) + 1, 0)
        if shown is not None:
            self.table.scrollToItem(shown)

    def _row(self, row: int, name: str, first: str, second: str, differs: bool) -> None:
        for column, text in enumerate((name, first, second)):
            item = QTableWidgetItem(text)
            if differs:
                item.setBackground(QBrush(DIFFERENT))
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                item.setToolTip(self.tr("hai lần nhập khác nhau ở dòng này"))
            self.table.setItem(row, column, item)

    def _status(self, ballot: Ballot | None) -> str:
        if ballot is None:
            return self.tr("không có")
        status = i18n.say(f"status.{ballot.status.value}")
        if ballot.status is BallotStatus.INVALID and ballot.reason is not None:
            return f"{status}: {i18n.reason(ballot.reason, ballot.note)}"
        return status

    def _state(self, ballot: Ballot | None, row: int) -> str:
        if ballot is None or row >= len(ballot.marks):
            return "—"
        return i18n.state(ballot.marks[row],
                          self._definition.rules.level_labels(i18n.language()))
