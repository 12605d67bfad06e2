"""The window on one count: the meeting, the numbers and checks, the live results table.

Keying ballots is added to this window by the ballot form (issue 3); this window shows the count
as it stands and follows every change through the service's ``changed`` signal.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QCloseEvent, QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.audit import format_fingerprint
from desktop.domain.checks import Severity
from desktop.services.count_service import ChangeSet, CountService
from desktop.ui.results_model import ResultsModel

ERROR_COLOUR = "#b00020"
WARNING_COLOUR = "#8a5a00"


class CountWindow(QMainWindow):
    def __init__(self, service: CountService, lang: str = "vi") -> None:
        super().__init__()
        self.service = service
        self._lang = lang
        self.setObjectName("countWindow")
        d = service.definition
        self.setWindowTitle(f"{d.title} — {service.path.name} — Kiểm Phiếu")

        central = QWidget(self)
        layout = QVBoxLayout(central)
        title = QLabel(f"<b>{_escape(d.title)}</b>", central)
        title.setWordWrap(True)
        layout.addWidget(title)
        self._summary = QLabel(central)
        self._summary.setObjectName("countSummary")
        self._summary.setWordWrap(True)
        layout.addWidget(self._summary)

        self.results_model = ResultsModel(service, lang, self)
        self._table = QTableView(central)
        self._table.setObjectName("resultsTable")
        self._table.setAccessibleName(self.tr("Kết quả theo từng người"))
        self._table.setModel(self.results_model)
        self._table.verticalHeader().hide()
        self._table.setAlternatingRowColors(True)
        self._table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self._table, stretch=1)

        self._checks = QListWidget(central)
        self._checks.setObjectName("checksList")
        self._checks.setAccessibleName(self.tr("Kiểm tra đối chiếu"))
        self._checks.setMaximumHeight(110)
        layout.addWidget(self._checks)
        self.setCentralWidget(central)

        self._fingerprint = QLabel(self)
        self._fingerprint.setObjectName("fingerprint")
        self._fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self._fingerprint)
        if service.read_only:
            self.statusBar().showMessage(self.tr("Tệp chỉ được mở để xem."))

        service.changed.connect(self._on_service_changed)
        self._refresh()
        self.resize(1200, 720)

    def _on_service_changed(self, change: ChangeSet) -> None:
        self._refresh()

    def _refresh(self) -> None:
        s = self.service
        n = s.numbers
        t = s.tally
        collected = "—" if n.collected is None else str(n.collected)
        self._summary.setText(
            self.tr("Đã nhập {entered} / {collected} phiếu thu vào · hợp lệ {valid} · "
                    "không hợp lệ {invalid}").format(
                entered=s.entered, collected=collected, valid=t.valid, invalid=t.invalid)
            + "<br>" + _escape(s.definition.rules.sentence(
                self._lang, n.base_value(s.definition.rules.base))))
        self._checks.clear()
        for check in s.checks(self._lang):
            item = QListWidgetItem(check.message, self._checks)
            colour = ERROR_COLOUR if check.severity is Severity.ERROR else WARNING_COLOUR
            item.setForeground(QBrush(QColor(colour)))
        self._fingerprint.setText(
            self.tr("Dấu vân tay: {fp}").format(fp=format_fingerprint(s.fingerprint())[:39]))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.service.close()
        super().closeEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
