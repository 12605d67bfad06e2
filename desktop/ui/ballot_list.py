"""Every ballot with number, stack, a compact view of its marks and its status; find, re-key,
void. A voided ballot stays in the list, struck through."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.ballot import (
    ELECTION_VERDICTS,
    Ballot,
    BallotStatus,
    format_codes,
    grouped_codes,
)
from desktop.services.count_service import ChangeSet, CountService
from desktop.ui import i18n

Index = QModelIndex | QPersistentModelIndex


def compact_marks(ballot: Ballot) -> str:
    """``11121 11x01 …``: the row states in groups of five, as read off the paper."""
    if not ballot.marks:
        return "— " + i18n.reason(ballot.reason, ballot.note)
    return grouped_codes(format_codes(ballot.marks))


COLUMNS = 5  # number, stack, rows, status, why voided


class BallotListModel(QAbstractTableModel):
    def __init__(self, service: CountService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._ballots: list[Ballot] = service.ballots()
        self._row_of = {b.number: i for i, b in enumerate(self._ballots)}
        self._mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        service.changed.connect(self._on_service_changed)

    def _on_service_changed(self, change: ChangeSet) -> None:
        new = [n for n in change.ballots if n not in self._row_of]
        changed = [n for n in change.ballots if n in self._row_of]
        for number in changed:
            fresh = self._service.ballot(number)
            if fresh is not None:
                row = self._row_of[number]
                self._ballots[row] = fresh
                self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMNS - 1))
        if new:
            first = len(self._ballots)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            for number in new:
                fresh = self._service.ballot(number)
                assert fresh is not None
                self._row_of[number] = len(self._ballots)
                self._ballots.append(fresh)
            self.endInsertRows()

    def ballot_at(self, row: int) -> Ballot:
        return self._ballots[row]

    def row_of(self, number: int) -> int | None:
        return self._row_of.get(number)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ballots)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = [self.tr("Số phiếu"), self.tr("Tập"), self.tr("Các dòng"), self.tr("Trạng thái"),
                 self.tr("Lý do hủy bản nhập")]
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ballots):
            return None
        b = self._ballots[index.row()]
        voided = b.status is BallotStatus.VOIDED
        if role == Qt.ItemDataRole.FontRole:
            font = QFont(self._mono) if index.column() == 2 else QFont()
            font.setStrikeOut(voided)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and voided:
            return QColor("#888888")
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (2, 3, 4):
            role = Qt.ItemDataRole.DisplayRole  # a reason too long for its column, whole
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return str(b.number)
        if column == 1:
            return b.stack
        if column == 2:
            return compact_marks(b)
        if column == 3:
            status = i18n.say(f"status.{b.status.value}")
            if b.marks and b.reason in ELECTION_VERDICTS:  # the program's own, on the rows
                return i18n.say("ballot.status_reason", status=status,
                                reason=i18n.reason(b.reason))
            return status
        return b.void_reason


class BallotListPage(QWidget):
    rekey_requested = Signal(int)  # ballot number
    void_requested = Signal(int)

    def __init__(self, service: CountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = BallotListModel(service, self)
        self.table = QTableView(self)
        self.table.setObjectName("ballotList")
        self.table.setAccessibleName(self.tr("Danh sách phiếu"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        # sized once from a sample: measuring every row again per ballot costs too much
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(50)
        self.table.resizeColumnsToContents()
        marks = len(service.definition.on_ballot)
        width = self.table.fontMetrics().horizontalAdvance("0" * (marks + marks // 5 + 2))
        header.resizeSection(2, min(max(width, header.sectionSize(2)), 900))
        if service.definition.election is not None:  # the widest status it can come to say
            widest = max(self.table.fontMetrics().horizontalAdvance(i18n.say(
                "ballot.status_reason", status=i18n.say("status.invalid"),
                reason=i18n.reason(r))) for r in ELECTION_VERDICTS)
            header.resizeSection(3, max(header.sectionSize(3), widest + 16))
        self.find_number = QSpinBox(self)
        self.find_number.setObjectName("findBallot")
        self.find_number.setRange(0, 1_000_000)
        self.find_number.setSpecialValueText(" ")
        self.find_number.setAccessibleName(self.tr("Tìm phiếu số"))
        self.find_number.valueChanged.connect(self.select_number)
        self.rekey_button = QPushButton(self.tr("Nhập &lại phiếu…"), self)
        self.rekey_button.setObjectName("rekeyButton")
        self.rekey_button.clicked.connect(lambda: self._emit(self.rekey_requested))
        self.void_button = QPushButton(self.tr("&Hủy bản nhập…"), self)
        self.void_button.setObjectName("voidButton")
        self.void_button.clicked.connect(lambda: self._emit(self.void_requested))
        bar = QHBoxLayout()
        find_label = QLabel(self.tr("Tìm phiếu &số:"), self)
        find_label.setBuddy(self.find_number)
        bar.addWidget(find_label)
        bar.addWidget(self.find_number)
        bar.addStretch(1)
        bar.addWidget(self.rekey_button)
        bar.addWidget(self.void_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.model.rowsInserted.connect(lambda *_: self.table.scrollToBottom())

    def select_number(self, number: int) -> bool:
        row = self.model.row_of(number)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def selected_number(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.ballot_at(rows[0].row()).number if rows else None

    def _emit(self, signal: Any) -> None:
        number = self.selected_number()
        if number is not None:
            signal.emit(number)
