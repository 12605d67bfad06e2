"""The officials in ballot order: add, remove, move, exclude with a reason, paste rows from a
spreadsheet (name<TAB>title), import CSV or XLSX."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import importers
from desktop.domain.count import Official
from desktop.domain.words import os_reason
from desktop.errors import StorageError, ValidationError
from desktop.ui import i18n, settings
from desktop.ui.styles import ERROR_COLOUR

NAME, TITLE, EXCLUDED, REASON = range(4)


class OfficialsEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._candidates = False  # an election's list (desktop.ui.setup_dialog)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("officialsTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Họ và tên"), self.tr("Chức vụ"), self.tr("Không in trên phiếu"),
            self.tr("Lý do không in")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(EXCLUDED, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(lambda _item: self._on_edited())
        self.summary = QLabel(self)
        self.summary.setObjectName("officialsSummary")
        self.message = QLabel(self)
        self.message.setObjectName("officialsMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};")

        buttons = QHBoxLayout()
        for text, slot, name in (
            (self.tr("&Thêm"), self.add_row, "addOfficial"),
            (self.tr("&Xóa"), self.remove_row, "removeOfficial"),
            (self.tr("&Lên"), lambda: self.move_row(-1), "moveUp"),
            (self.tr("Xuốn&g"), lambda: self.move_row(1), "moveDown"),
            (self.tr("Dá&n từ bảng tính"), self.paste, "pasteOfficials"),
            (self.tr("Nhập CS&V/XLSX…"), self.import_file, "importOfficials"),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        QShortcut(QKeySequence.StandardKey.Paste, self.table, self.paste,
                  context=Qt.ShortcutContext.WidgetShortcut)

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, stretch=1)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        self._on_edited()

    # -- in and out -------------------------------------------------------------------------
    def set_officials(self, officials: tuple[Official, ...]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for official in officials:
            self._append(official)
        self.table.blockSignals(False)
        self._on_edited()

    def officials(self) -> tuple[Official, ...]:
        out = []
        for row in range(self.table.rowCount()):
            name = " ".join(self._text(row, NAME).split())
            if not name:
                raise ValidationError("official_name_empty", line=row + 1, field="name")
            item = self.table.item(row, EXCLUDED)
            excluded = item is not None and item.checkState() == Qt.CheckState.Checked
            reason = self._text(row, REASON)
            if excluded and not reason:
                raise ValidationError("exclusion_needs_reason", line=row + 1,
                                      field="exclusion_reason")
            out.append(Official(name, self._text(row, TITLE), excluded,
                                reason if excluded else ""))
        return tuple(out)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def _append(self, official: Official) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, NAME, QTableWidgetItem(official.name))
        self.table.setItem(row, TITLE, QTableWidgetItem(official.title))
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        check.setCheckState(Qt.CheckState.Checked if official.excluded
                            else Qt.CheckState.Unchecked)
        self.table.setItem(row, EXCLUDED, check)
        self.table.setItem(row, REASON, QTableWidgetItem(official.exclusion_reason))

    # -- commands ---------------------------------------------------------------------------
    def add_row(self) -> None:
        self._append(Official("", ""))
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, NAME)
        item = self.table.item(row, NAME)
        if item is not None:
            self.table.editItem(item)
        self._on_edited()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._on_edited()

    def move_row(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        try:
            officials = list(self.officials())
        except ValidationError as exc:
            self.message.setText(i18n.alone(exc))
            return
        officials[row], officials[target] = officials[target], officials[row]
        self.set_officials(tuple(officials))
        self.table.setCurrentCell(target, NAME)

    def paste(self) -> None:
        text = QGuiApplication.clipboard().text()
        try:
            pasted = importers.parse_officials_paste(text, self.tr("dữ liệu dán"))
        except ValidationError as exc:
            self.message.setText(i18n.alone(exc))
            return
        self._add_many(pasted)

    def import_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Nhập danh sách"), str(settings.start_folder()),
            self.tr("Bảng tính (*.csv *.xlsx)"))
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> bool:
        try:
            with path.open("rb") as stream:
                officials = importers.read_officials(stream, path.name)
        except OSError as exc:
            self.message.setText(i18n.alone(StorageError("file_unreadable", name=path.name,
                                                         reason=os_reason(exc))))
            return False
        except ValidationError as exc:
            self.message.setText(i18n.alone(exc))
            return False
        self._add_many(officials)
        return True

    def _add_many(self, officials: tuple[Official, ...]) -> None:
        """Pasted or imported rows replace empty rows and follow the others."""
        try:
            kept = [o for o in self.officials()]
        except ValidationError:
            kept = [o for o in self._loose()]
        self.set_officials(tuple(kept) + officials)
        self.message.setText("")

    def _loose(self) -> list[Official]:
        return [Official(self._text(r, NAME), self._text(r, TITLE))
                for r in range(self.table.rowCount()) if self._text(r, NAME)]

    def _on_edited(self) -> None:
        self._summarise()
        self.changed.emit()

    def _summarise(self) -> None:
        on_ballot = sum(
            1 for r in range(self.table.rowCount())
            if (item := self.table.item(r, EXCLUDED)) is None
            or item.checkState() != Qt.CheckState.Checked)
        self.summary.setText(i18n.say("election.candidates", n=on_ballot) if self._candidates
                             else self.tr("{n} người có tên trên phiếu").format(n=on_ballot))

    def set_candidates(self, candidates: bool) -> None:
        """An election's list: its people are candidates, and the summary says so."""
        if candidates != self._candidates:
            self._candidates = candidates
            self._summarise()
