"""The per-official results as a table model, refreshed from the service's ``changed``.

The text of every cell is made once per change (only for the rows that changed), so a view
that repaints asks for strings it already has.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.domain import election_summary
from desktop.domain.count import MAX_NUMBER
from desktop.domain.election import Outcome, Settled, Standing
from desktop.domain.snapshot import Snapshot
from desktop.domain.tally import OfficialResult, format_percent
from desktop.domain.words import say
from desktop.services.count_service import ChangeSet, CountService
from desktop.ui import i18n

Index = QModelIndex | QPersistentModelIndex
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ResultsModel(QAbstractTableModel):
    """Columns: STT, name, title, then count and % per level, blank, multiple, flags."""

    SORT_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, service: CountService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._lang = i18n.language()
        self._load_rules()
        self._rows: list[OfficialResult] = []
        self._settled: list[bool] = []
        self._cells: list[list[str]] = []
        self._keys: list[list[int | str]] = []
        self._take(list(range(len(service.snapshot().results))))
        service.changed.connect(self._on_service_changed)

    def _load_rules(self) -> None:
        rules = self._service.definition.rules
        self._labels = rules.level_labels(self._lang)
        self._flag_words = {t.code: t.short(self._lang, self._labels) for t in rules.thresholds}
        # an election adds the rank, and says the outcome where a confidence vote's
        # thresholds are
        self._election = self._service.definition.election is not None
        self._align = [RIGHT, LEFT, LEFT] + [RIGHT] * (2 * len(self._labels) + 2
                                                       + self._election) + [LEFT]
        self._settled_word = self.tr("✔ kết quả đã rõ")

    def _take(self, rows: list[int]) -> list[int]:
        """Read the snapshot; rebuild the cells of ``rows`` and of any row that changed."""
        snapshot = self._service.snapshot()
        new, settled = list(snapshot.results), list(snapshot.settled)
        if self._election:
            return self._take_election(snapshot)
        if len(new) != len(self._rows):
            self._rows, self._settled = new, settled
            self._cells = [self._row_cells(r, s) for r, s in zip(new, settled, strict=True)]
            self._keys = [self._row_keys(r) for r in new]
            return list(range(len(new)))
        changed = sorted(set(rows) | {i for i, (a, b) in enumerate(zip(self._rows, new,
                                                                      strict=True))
                                      if a != b or settled[i] != self._settled[i]})
        self._rows, self._settled = new, settled
        for i in changed:
            self._cells[i] = self._row_cells(new[i], settled[i])
            self._keys[i] = self._row_keys(new[i])
        return changed

    def _take_election(self, snapshot: Snapshot) -> list[int]:
        """An election's row changes with the others' votes too (its rank, its outcome):
        every row's cells are made again and the rows whose text differs are said."""
        found = snapshot.outcome
        assert found is not None
        standing = self._service.election_settled() or (None,) * len(snapshot.results)
        cells = [self._election_cells(r, found.standings[i], found, standing[i])
                 for i, r in enumerate(snapshot.results)]
        keys = [[*self._row_keys(r)[:-1], s.rank,  # the outcome sorts elected, tied, rest
                 (0 if s.elected else 1 if s.tied else 2) * (MAX_NUMBER + 1) + s.rank]
                for r, s in zip(snapshot.results, found.standings, strict=True)]
        old = self._cells
        self._rows, self._settled = list(snapshot.results), list(snapshot.settled)
        self._cells, self._keys = cells, keys
        if len(old) != len(cells):
            return list(range(len(cells)))
        return [i for i, (a, b) in enumerate(zip(old, cells, strict=True)) if a != b]

    def _election_cells(self, r: OfficialResult, standing: Standing, found: Outcome,
                        settled: Settled | None) -> list[str]:
        cells = self._row_cells(r, False)[:-1]
        word = election_summary.outcome_word(found, r.position, settled, self._lang)
        return [*cells, str(standing.rank), word]

    def _row_cells(self, r: OfficialResult, settled: bool) -> list[str]:
        cells = [str(r.position), r.name, r.title]
        for count, pct in zip(r.counts, r.percents, strict=True):
            cells += [str(count), format_percent(pct, self._lang)]
        words = [self._flag_words.get(code, code) for code in r.flags]
        if settled:
            words.append(self._settled_word)
        return [*cells, str(r.blank), str(r.multiple), "; ".join(words)]

    @staticmethod
    def _row_keys(r: OfficialResult) -> list[int | str]:
        keys: list[int | str] = [r.position, r.name, r.title]
        for count in r.counts:
            keys += [count, count]  # a percent sorts as its count
        return [*keys, r.blank, r.multiple, len(r.flags)]

    def _on_service_changed(self, change: ChangeSet) -> None:
        if change.definition:
            self.beginResetModel()  # officials or the rule set changed (before any ballot)
            self._load_rules()
            self._rows = []
            self._take([])
            self.endResetModel()
            return
        changed = self._take([])
        if changed:
            self.dataChanged.emit(self.index(changed[0], 0),
                                  self.index(changed[-1], self.columnCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3 + 2 * len(self._labels) + 3 + self._election

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        fixed = [self.tr("STT"), self.tr("Họ và tên"), self.tr("Chức vụ")]
        levels = [text for label in self._labels for text in (label, "%")]
        tail = [self.tr("Để trống"), self.tr("Nhiều ô"), self.tr("Ngưỡng")]
        if self._election:
            tail[-1:] = [self.tr("Xếp hạng"), say("election.column", self._lang)]
        columns = fixed + levels + tail
        return columns[section] if 0 <= section < len(columns) else None

    def column_texts(self, column: int) -> list[str]:
        """The header, the cells now and, for the figures, the widest they can ever be (7
        digits, 100,00): the view sizes a figure's column once, so no figure is ever cut.
        The thresholds' column holds what it holds now; the view widens it as it grows."""
        k = len(self._labels)
        texts = [str(self.headerData(column, Qt.Orientation.Horizontal) or "")]
        texts += [self._cells[r][column] for r in range(len(self._cells))]
        if column == 0:
            texts.append(str(len(self._cells)))
        elif 3 <= column < 3 + 2 * k + 2 + self._election:
            is_percent = column < 3 + 2 * k and (column - 3) % 2 == 1
            texts.append(format_percent(Decimal(100), self._lang) if is_percent
                         else str(MAX_NUMBER))
        return texts

    @property
    def blank_column(self) -> int:
        """The blank rows' column (the double rows' follows it)."""
        return 3 + 2 * len(self._labels)

    @property
    def flags_column(self) -> int:
        return self.blank_column + 2 + self._election

    def cell(self, row: int, column: int) -> tuple[str, int]:
        """Text and alignment of one cell, for the delegate that paints them."""
        return self._cells[row][column], self._align[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._cells) or not 0 <= column < len(self._align):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[row][column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._align[column]
        if role == self.SORT_ROLE:
            return self._keys[row][column]
        return None


class ResultsDelegate(QStyledItemDelegate):
    """Paints the model's ready-made text: one Python call per visible cell instead of one
    per cell and role (about ten), which kept a repaint over 16 ms at 200 officials."""

    def __init__(self, model: ResultsModel, proxy: QSortFilterProxyModel,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._proxy = proxy

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        source = self._proxy.mapToSource(index)
        text, align = self._model.cell(source.row(), source.column())
        rect = option.rect  # type: ignore[attr-defined]
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[attr-defined]
            painter.fillRect(rect, option.palette.highlight())  # type: ignore[attr-defined]
            painter.setPen(option.palette.highlightedText().color())  # type: ignore[attr-defined]
        else:
            painter.setPen(option.palette.text().color())  # type: ignore[attr-defined]
        painter.drawText(rect.adjusted(4, 0, -4, 0), align, text)
