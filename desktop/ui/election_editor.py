"""An election's settings in the setup dialog (rule set tab): the seats to fill (checked against
the candidates, with the sentence beside the field), the round, the excluded categories with
their counts where the base is "convened less those excluded", and, for ``custom-election``,
the boundary, the fraction, the all-struck setting, the tie rule and the largest remainder."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.election_setup import (
    MAX_ROUNDS,
    MAX_SEATS,
    AllStruck,
    Bar,
    ElectionRule,
    ElectionSetup,
    Exclusion,
    PreviousRound,
    TieRule,
)
from desktop.domain.rules import BaseKind, fraction_of
from desktop.errors import ValidationError
from desktop.ui import i18n
from desktop.ui.styles import ERROR_STYLE


class ElectionEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("electionEditor")
        self._excluding = False
        self._previous: tuple[PreviousRound, ...] = ()  # a later round's earlier ones, kept
        self.seats = QSpinBox(self)
        self.seats.setObjectName("electionSeats")
        self.seats.setRange(0, MAX_SEATS)  # 0: not entered yet; an election needs its seats
        self.seats.setSpecialValueText(self.tr("chưa nhập"))
        self.seats.setAccessibleName(self.tr("Số lượng cần bầu"))
        self.seats_error = QLabel(self)
        self.seats_error.setObjectName("electionSeatsError")
        self.seats_error.setStyleSheet(ERROR_STYLE)
        self.seats_error.setWordWrap(True)
        seats_row = QWidget(self)  # the field and its sentence: Alt+letter goes to the field
        seats_row.setFocusProxy(self.seats)
        seats_layout = QHBoxLayout(seats_row)
        seats_layout.setContentsMargins(0, 0, 0, 0)
        seats_layout.addWidget(self.seats)
        seats_layout.addWidget(self.seats_error, stretch=1)
        self.round = QSpinBox(self)
        self.round.setObjectName("electionRound")
        self.round.setRange(1, MAX_ROUNDS)
        width = self.seats.fontMetrics().horizontalAdvance(self.seats.specialValueText()) + 40
        for spin in (self.seats, self.round):
            spin.setMinimumWidth(width)
        self.round.setMaximumWidth(width)
        self.boundary = QComboBox(self)
        self.boundary.setObjectName("electionBoundary")
        for code, at_least in (("election.boundary.gt", False), ("election.boundary.ge", True)):
            self.boundary.addItem(i18n.say(code), at_least)
        self.fraction = QLineEdit("1/2", self)
        self.fraction.setObjectName("electionFraction")
        self.all_struck = QComboBox(self)
        self.all_struck.setObjectName("electionAllStruck")
        for a in AllStruck:
            self.all_struck.addItem(i18n.say(f"election.rule.all_struck.{a.value}"), a.value)
        self.tie = QComboBox(self)
        self.tie.setObjectName("electionTie")
        for t in TieRule:
            self.tie.addItem(i18n.say(f"election.rule.tie.{t.value}"), t.value)
        self.largest_remainder = QCheckBox(
            self.tr("Tỷ lệ % của một cơ cấu cộng đủ 100% (phương pháp số dư lớ&n nhất)"), self)
        self.largest_remainder.setObjectName("electionLargestRemainder")
        self.exclusions = QTableWidget(0, 2, self)
        self.exclusions.setObjectName("electionExclusions")
        self.exclusions.setHorizontalHeaderLabels(
            [self.tr("Loại không tính vào cơ số"), self.tr("Số người")])
        header = self.exclusions.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.exclusions.setMaximumHeight(140)
        add = QPushButton(self.tr("Thêm l&oại trừ"), self)
        add.setObjectName("addExclusion")
        add.clicked.connect(self._new_exclusion)
        remove = QPushButton(self.tr("&Xóa loại trừ"), self)
        remove.setObjectName("removeExclusion")
        remove.clicked.connect(self._remove_exclusion)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        self.exclusions_box = QWidget(self)
        box = QVBoxLayout(self.exclusions_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(QLabel(self.tr("Số không tính vào cơ số (trừ vào số được triệu tập):"),
                             self.exclusions_box))
        box.addWidget(self.exclusions)
        box.addLayout(buttons)

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        seats_label = QLabel(self.tr("&Số lượng cần bầu:"), self)
        seats_label.setBuddy(self.seats)  # the mnemonic reaches the spin box, not its row
        form.addRow(seats_label, seats_row)
        form.addRow(self.tr("&Lần bầu:"), self.round)
        form.addRow(self.tr("Trúng cử khi số phiếu bầu:"), self.boundary)
        form.addRow(self.tr("Phân số của cơ số:"), self.fraction)
        form.addRow(self.tr("Phiếu gạch tên tất cả:"), self.all_struck)
        form.addRow(self.tr("Bằng phiếu ở vị trí cuối:"), self.tie)
        form.addRow("", self.largest_remainder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.exclusions_box)
        self._rule_widgets = (self.boundary, self.fraction, self.all_struck, self.tie,
                              self.largest_remainder)
        for signal in (self.seats.valueChanged, self.round.valueChanged,
                       self.boundary.currentIndexChanged, self.fraction.textChanged,
                       self.all_struck.currentIndexChanged, self.tie.currentIndexChanged,
                       self.largest_remainder.toggled, self.exclusions.itemChanged):
            signal.connect(self.changed)

    # -- the rule: the preset's shown, a custom election's edited ---------------------------
    def set_rule(self, rule: ElectionRule, custom: bool) -> None:
        f = rule.bar.fraction
        self.boundary.setCurrentIndex(self.boundary.findData(rule.bar.at_least))
        self.fraction.setText(f"{f.numerator}/{f.denominator}")
        self.all_struck.setCurrentIndex(self.all_struck.findData(rule.all_struck.value))
        self.tie.setCurrentIndex(self.tie.findData(rule.tie.value))
        self.largest_remainder.setChecked(rule.largest_remainder)
        for widget in self._rule_widgets:
            widget.setEnabled(custom)

    def rule(self) -> ElectionRule:
        """The rule as edited (a custom election's); ValidationError names what is wrong."""
        fraction = fraction_of(self.fraction.text().strip(), field="fraction")
        return ElectionRule(Bar(fraction, bool(self.boundary.currentData())),
                            AllStruck(self.all_struck.currentData()),
                            TieRule(self.tie.currentData()), self.largest_remainder.isChecked())

    def set_base(self, base: BaseKind) -> None:
        """The excluded categories are asked for where the base subtracts them."""
        self._excluding = base is BaseKind.SUMMONED_LESS_EXCLUDED
        self.exclusions_box.setVisible(self._excluding)

    # -- the round's seats and exclusions -------------------------------------------------
    def set_setup(self, setup: ElectionSetup | None) -> None:
        self.exclusions.setRowCount(0)
        self.seats.setValue(0 if setup is None else setup.seats)
        self._previous = () if setup is None else setup.previous
        if setup is None:
            return
        self.seats.setValue(setup.seats)
        self.round.setValue(setup.round)
        for e in setup.exclusions:
            self._add_exclusion(e)

    def setup(self) -> ElectionSetup:
        if self.seats.value() == 0:
            raise ValidationError("seats_missing", field="seats")
        exclusions = tuple(self._exclusion(row) for row in range(self.exclusions.rowCount())
                           if self._cell(row, 0) or self._cell(row, 1)) \
            if self._excluding else ()
        return ElectionSetup(self.seats.value(), self.round.value(), exclusions, self._previous)

    def show_error(self, text: str) -> None:
        """The sentence beside the seats (empty: the seats are right)."""
        if text != self.seats_error.text():
            self.seats_error.setText(text)

    def _cell(self, row: int, column: int) -> str:
        item = self.exclusions.item(row, column)
        return item.text().strip() if item else ""

    def _exclusion(self, row: int) -> Exclusion:
        label, count = self._cell(row, 0), self._cell(row, 1)
        if not label or not count.isdigit() or len(count) > 7:
            raise ValidationError("exclusion_row_unreadable", field="exclusion", row=row + 1)
        return Exclusion(label, int(count))

    def _new_exclusion(self) -> None:
        """A row to fill, the cursor in its label (an untouched one is left out)."""
        self._add_exclusion(None)
        row = self.exclusions.rowCount() - 1
        self.exclusions.setFocus()
        self.exclusions.setCurrentCell(row, 0)
        item = self.exclusions.item(row, 0)
        if item is not None:
            self.exclusions.editItem(item)

    def _add_exclusion(self, e: Exclusion | None) -> None:
        row = self.exclusions.rowCount()
        self.exclusions.insertRow(row)
        self.exclusions.setItem(row, 0, QTableWidgetItem("" if e is None else e.label))
        self.exclusions.setItem(row, 1, QTableWidgetItem("" if e is None else str(e.count)))
        self.changed.emit()

    def _remove_exclusion(self) -> None:
        row = self.exclusions.currentRow()
        if row >= 0:
            self.exclusions.removeRow(row)
            self.changed.emit()
