"""The per-official results as a table model, refreshed from the service's ``changed``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.domain.tally import OfficialResult, format_percent
from desktop.services.count_service import ChangeSet, CountService

Index = QModelIndex | QPersistentModelIndex


class ResultsModel(QAbstractTableModel):
    """Columns: STT, name, title, then count and % per level, blank, multiple, flags."""

    SORT_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, service: CountService, lang: str = "vi",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._lang = lang
        self._load_rules()
        self._rows: list[OfficialResult] = service.results()
        service.changed.connect(self._on_service_changed)

    def _load_rules(self) -> None:
        rules = self._service.definition.rules
        self._labels = rules.level_labels(self._lang)
        self._flag_words = {
            t.code: f"{self._labels[t.level - 1]} {'>' if t.comparison == '>' else '≥'} "
                    f"{t.fraction.numerator}/{t.fraction.denominator}"
            for t in rules.thresholds
        }

    def _on_service_changed(self, change: ChangeSet) -> None:
        new = self._service.results()
        if change.definition or len(new) != len(self._rows):
            self.beginResetModel()  # officials or the rule set changed (before any ballot)
            self._load_rules()
            self._rows = new
            self.endResetModel()
            return
        changed = [i for i, (a, b) in enumerate(zip(self._rows, new, strict=True)) if a != b]
        self._rows = new
        if changed:
            self.dataChanged.emit(
                self.index(min(changed), 0),
                self.index(max(changed), self.columnCount() - 1))

    def _sort_key(self, r: OfficialResult, column: int) -> int | str:
        levels = len(self._labels)
        if column == 0:
            return r.position
        if column in (1, 2):
            return r.name if column == 1 else r.title
        if column < 3 + 2 * levels:
            return r.counts[(column - 3) // 2]  # a percent sorts as its count
        return (r.blank, r.multiple, len(r.flags))[column - 3 - 2 * levels]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3 + 2 * len(self._labels) + 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        fixed = [self.tr("STT"), self.tr("Họ và tên"), self.tr("Chức vụ")]
        levels = [text for label in self._labels for text in (label, "%")]
        tail = [self.tr("Để trống"), self.tr("Nhiều ô"), self.tr("Ngưỡng")]
        columns = fixed + levels + tail
        return columns[section] if 0 <= section < len(columns) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (1, 2):
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.SORT_ROLE:
            return self._sort_key(r, column)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        levels = len(self._labels)
        if column == 0:
            return str(r.position)
        if column == 1:
            return r.name
        if column == 2:
            return r.title
        if column < 3 + 2 * levels:
            level, is_percent = divmod(column - 3, 2)
            if is_percent:
                return format_percent(r.percents[level], self._lang)
            return str(r.counts[level])
        tail = column - 3 - 2 * levels
        if tail == 0:
            return str(r.blank)
        if tail == 1:
            return str(r.multiple)
        return "; ".join(self._flag_words.get(code, code) for code in r.flags)
