"""One counting table's share of the count, per official: what its laptop keyed, as merged
into this master file (the consolidated results are the results tab's chart and table)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.tables import MergedTable
from desktop.services import tables
from desktop.services.count_service import CountService
from desktop.ui import i18n


class TableResults(QWidget):
    def __init__(self, service: CountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tableResults")
        self._service = service
        labels = service.definition.rules.level_labels(i18n.language())
        self.heading = QLabel(self)
        self.heading.setObjectName("tableResultsHeading")
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, len(labels) + 3, self)
        self.table.setObjectName("tableResultsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Họ và tên"), *labels, self.tr("Dòng để trống"), self.tr("Dòng nhiều ô")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, stretch=1)

    def show_table(self, merged: MergedTable) -> None:
        name = merged.name
        tally = tables.table_tally(self._service, name)
        self.heading.setText(self.tr(
            "{name}: phiếu số {first}–{last}, {n} phiếu ({valid} hợp lệ, {invalid} không "
            "hợp lệ). Tỷ lệ % chỉ tính trên kết quả tổng hợp.").format(
                name=name, first=merged.first, last=merged.last, n=tally.entered,
                valid=tally.valid, invalid=tally.invalid))
        officials = self._service.definition.on_ballot
        self.table.setRowCount(len(officials))
        for row, official in enumerate(officials):
            self.table.setItem(row, 0, QTableWidgetItem(f"{row + 1}. {official.name}"))
            for column, value in enumerate(tally.rows[row], start=1):
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
