"""Operator figures after the count: speed per keying session and the differences found in
what each operator keyed. For organising the work, not for blame: the dialog says so."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.operators import OperatorFigures
from desktop.domain.words import format_decimal
from desktop.services.count_service import CountService
from desktop.services.operators import operator_figures
from desktop.ui import i18n


class OperatorsDialog(QDialog):
    def __init__(self, service: CountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("operatorsDialog")
        self.setWindowTitle(self.tr("Số liệu người nhập phiếu"))
        self._lang = i18n.language()
        lines, outside = operator_figures(service)
        note = QLabel(self.tr(
            "Số liệu để Ban kiểm phiếu sắp xếp công việc, không dùng để đánh giá cá nhân. "
            "Tốc độ tính theo phiên nhập: một tập từ lúc mở đến lúc đóng, một lần nhập thứ "
            "hai từ lúc bắt đầu đến lúc so sánh (kể cả thời gian nghỉ). Khác biệt là chỗ hai "
            "lần nhập không khớp; Ban kiểm phiếu đã quyết định theo phiếu giấy."), self)
        note.setWordWrap(True)
        headers = [self.tr("Người nhập"), self.tr("Tập nhập lần đầu"), self.tr("Phiếu"),
                   self.tr("Tập nhập lần hai"), self.tr("Phiếu"), self.tr("Phút"),
                   self.tr("Phiếu/phút"), self.tr("Khác biệt"), self.tr("Giữ theo bản này"),
                   self.tr("Giữ theo bản kia"), self.tr("Khác khi kiểm tra chọn mẫu")]
        self.table = QTableWidget(len(lines), len(headers), self)
        self.table.setObjectName("operatorsTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)  # names keep their width; spare room at the end
        for row, line in enumerate(lines):
            for column, text in enumerate(self._cells(line)):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.empty = QLabel(self)
        self.empty.setObjectName("operatorsNote")
        self.empty.setWordWrap(True)
        notes = []
        if not lines:
            notes.append(self.tr("Chưa có tập phiếu nào được nhập: số liệu tính theo tập."))
        if outside:
            notes.append(self.tr("{n} phiếu được nhập ngoài tập phiếu nên không rõ người "
                                 "nhập.").format(n=outside))
        self.empty.setText(" ".join(notes))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, stretch=1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(1200, 420)

    def _cells(self, line: OperatorFigures) -> list[str]:
        return [line.name or self.tr("(không ghi tên)"), str(line.first_stacks),
                str(line.first_ballots), str(line.second_stacks), str(line.second_ballots),
                format_decimal(line.seconds / 60 if line.seconds else None, self._lang, 1),
                format_decimal(line.per_minute, self._lang, 1), str(line.differences),
                str(line.own_kept),
                str(line.other_kept), str(line.spot_differences)]
