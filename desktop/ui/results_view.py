"""The results tab: the chart above, the table below; sort, copy, export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import election_summary
from desktop.domain.exports import safe_cell
from desktop.domain.tables import MergedTable
from desktop.errors import DesktopError
from desktop.render import chart, export
from desktop.services.count_service import ChangeSet, CountService
from desktop.ui import i18n, settings
from desktop.ui.chart_widget import ChartWidget
from desktop.ui.results_model import ResultsDelegate, ResultsModel
from desktop.ui.table_results import TableResults

CELL_PADDING = 16  # the delegate's 4 px each side, the grid line, room for the sort arrow


class ResultsView(QWidget):
    saved_to = Signal(object)  # Path of a chart just exported
    told = Signal(str)  # a short message for the window's status bar

    def __init__(self, service: CountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._lang = i18n.language()
        self.chart = ChartWidget(service, parent=self)
        scroll = QScrollArea(self)
        scroll.setWidget(self.chart)
        scroll.setWidgetResizable(True)

        self.model = ResultsModel(service, self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(ResultsModel.SORT_ROLE)
        # re-sorted by hand, and only when the order can change: the proxy's own dynamic
        # sorting re-reads every row after every ballot
        proxy.setDynamicSortFilter(False)
        self._proxy = proxy
        self.model.dataChanged.connect(self._on_model_data_changed)
        self.model.modelReset.connect(self._fit_columns)
        self.table = QTableView(self)
        self._flag_widths: dict[str, int] = {}
        self.table.setObjectName("resultsTable")
        self.table.setAccessibleName(self.tr("Kết quả theo từng người"))
        self.table.setModel(proxy)
        self.table.setItemDelegate(ResultsDelegate(self.model, proxy, self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # sized once for the widest text each column can ever hold (ResizeToContents would
        # measure every cell again after every ballot)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._fit_columns()
        if service.definition.strikes_names:  # a name is kept or struck: no blank row
            blank = self.model.blank_column
            self.table.setColumnHidden(blank, True)
            self.table.setColumnHidden(blank + 1, True)

        self.sort = QComboBox(self)
        self.sort.setObjectName("chartSort")
        self.sort.addItem(self.tr("Thứ tự trên phiếu"), None)
        for level, label in enumerate(service.definition.rules.level_labels(self._lang),
                                      start=1):
            self.sort.addItem(self.tr("Nhiều “{label}” nhất trước").format(label=label), level)
        if service.definition.election is not None:
            self.sort.addItem(self.tr("Kết quả bầu cử: trúng cử trước"), chart.RANKED)
        self.sort.currentIndexChanged.connect(
            lambda _i: self.chart.set_sort_level(self.sort.currentData()))
        copy = QPushButton(self.tr("&Chép bảng"), self)
        copy.setObjectName("copyResults")
        copy.clicked.connect(self.copy_table)
        png = QPushButton(self.tr("&Xuất PNG…"), self)
        png.setObjectName("exportPng")
        png.clicked.connect(lambda: self.export_chart("png"))
        svg = QPushButton(self.tr("Xuất S&VG…"), self)
        svg.setObjectName("exportSvg")
        svg.clicked.connect(lambda: self.export_chart("svg"))
        self.by_table = QComboBox(self)
        self.by_table.setObjectName("resultsByTable")
        self.by_table_label = QLabel(self.tr("Bàn kiểm phiế&u:"), self)
        self.by_table_label.setBuddy(self.by_table)
        self.by_table.currentIndexChanged.connect(lambda _i: self._show_table())
        bar = QHBoxLayout()
        bar.addWidget(self.by_table_label)
        bar.addWidget(self.by_table)
        sort_label = QLabel(self.tr("&Sắp xếp biểu đồ:"), self)
        sort_label.setBuddy(self.sort)
        bar.addWidget(sort_label)
        bar.addWidget(self.sort)
        bar.addStretch(1)
        for button in (copy, png, svg):
            bar.addWidget(button)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(scroll)
        split.addWidget(self.table)
        split.setSizes([420, 260])
        self.table_results = TableResults(service, self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(split)
        self.pages.addWidget(self.table_results)
        # an election: the seats, the bar, who is elected so far, the tied, the seats left
        self.election_line = QLabel(self)
        self.election_line.setObjectName("electionSummary")
        self.election_line.setWordWrap(True)
        self.election_line.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.election_line)
        layout.addWidget(self.pages, stretch=1)
        self._say_election()
        self._merged: list[MergedTable] = []
        self._fill_tables()
        service.changed.connect(self._on_service_changed)

    # -- counting tables --------------------------------------------------------------------
    def _on_service_changed(self, change: ChangeSet) -> None:
        """A merge adds a table; a void or re-key changes a table's counts only when the
        ballot is one of the table's shown here. Nothing is read for an ordinary ballot."""
        if change.ballots or change.numbers or change.definition or change.closure:
            self._say_election()
        if change.tables:
            self._fill_tables()
            return
        shown = self._shown()
        if shown is not None and any(shown.first <= n <= shown.last for n in change.ballots):
            self._show_table()

    def _say_election(self) -> None:
        """The line above the table (hidden for a confidence vote): made from the outcome
        the service decided, never recomputed here."""
        snapshot = self._service.snapshot()
        found, setup = snapshot.outcome, snapshot.definition.election
        rule = snapshot.definition.rules.election
        self.election_line.setVisible(found is not None)
        if found is None or setup is None or rule is None:
            return
        names = tuple(r.name for r in snapshot.results)
        self.election_line.setText("\n".join(election_summary.summary(
            setup, found, rule.bar, snapshot.base_value, names, self._lang,
            closed=self._service.closed)))

    def _fill_tables(self) -> None:
        self._merged = self._service.merged_tables
        shown = self.by_table.currentData()
        self.by_table.blockSignals(True)
        self.by_table.clear()
        self.by_table.addItem(self.tr("Tổng hợp (mọi bàn)"), None)
        for table in self._merged:
            self.by_table.addItem(table.name, table.name)
        self.by_table.setCurrentIndex(max(self.by_table.findData(shown), 0))
        self.by_table.blockSignals(False)
        for widget in (self.by_table, self.by_table_label):
            widget.setVisible(bool(self._merged))
        self._show_table()

    def _shown(self) -> MergedTable | None:
        name = self.by_table.currentData()
        return next((t for t in self._merged if t.name == name), None)

    def _show_table(self) -> None:
        shown = self._shown()
        self.sort.setEnabled(shown is None)  # the chart shows the consolidated results only
        if shown is None:
            self.pages.setCurrentIndex(0)
            return
        self.table_results.show_table(shown)
        self.pages.setCurrentIndex(1)

    def _fit_columns(self) -> None:
        """Every column as wide as the widest text it can hold (CELL_PADDING for the
        delegate's margins): a figure is shown whole whatever it becomes."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        bold = QFont(header.font())
        bold.setBold(True)
        header_metrics = QFontMetrics(bold)
        for column in range(self.model.columnCount()):
            texts = self.model.column_texts(column)
            need = max([header_metrics.horizontalAdvance(texts[0])]
                       + [metrics.horizontalAdvance(t) for t in texts[1:]]) + CELL_PADDING
            header.resizeSection(column, need)

    def _widen_flags_column(self) -> None:
        """The thresholds' column grows to its widest text as thresholds are crossed."""
        column = self.model.flags_column
        texts = set(self.model.column_texts(column))
        widths = self._flag_widths  # a handful of distinct texts: each measured once
        for text in texts - widths.keys():
            widths[text] = self.table.fontMetrics().horizontalAdvance(text)
        need = max(widths[t] for t in texts)
        header = self.table.horizontalHeader()
        if need + CELL_PADDING > header.sectionSize(column):
            header.resizeSection(column, need + CELL_PADDING)

    def _on_model_data_changed(self, *_: object) -> None:
        self._widen_flags_column()
        header = self.table.horizontalHeader()
        if header.sortIndicatorSection() > 0:  # ballot order (STT) never changes
            self._proxy.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def table_text(self) -> str:
        """The table as shown (sorted as shown; one table's counts when one is chosen),
        tab-separated, for a spreadsheet."""
        shown = self.table_results.table if self.pages.currentIndex() == 1 else self.table
        model = shown.model()
        columns = range(model.columnCount())
        # a spreadsheet the table is pasted into never runs a name as a formula
        lines = ["\t".join(safe_cell(str(model.headerData(c, Qt.Orientation.Horizontal)))
                           for c in columns)]
        for row in range(model.rowCount()):
            lines.append("\t".join(safe_cell(str(model.index(row, c).data() or ""))
                                   for c in columns))
        return "\n".join(lines) + "\n"

    def copy_table(self) -> None:
        text = self.table_text()
        QGuiApplication.clipboard().setText(text)
        rows = text.count("\n") - 1
        self.told.emit(self.tr("Đã chép bảng ({rows} dòng và dòng tiêu đề): dán vào bảng tính "
                               "hoặc văn bản bằng Ctrl+V.").format(rows=rows))

    def export_chart(self, kind: str) -> None:
        path = self._service.path
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Xuất biểu đồ"),
            str(settings.beside(path) / f"{path.stem}-bieu-do.{kind}"),
            f"{kind.upper()} (*.{kind})")
        if not name:
            return
        writer = export.write_png if kind == "png" else export.write_svg
        try:
            # the chart as shown: in the order the committee sorted it
            writer(Path(name), self._service.snapshot(), 1600, self._lang,
                   self.chart.options.sort_level)
        except DesktopError as exc:
            QMessageBox.warning(self, "Kiểm Phiếu", i18n.alone(exc))
            return
        self.saved_to.emit(Path(name))
