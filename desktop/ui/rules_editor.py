"""Choosing the rule set: a preset or a custom one, its base and thresholds, and the sentence
that will be printed on the minutes, shown as it is edited."""

from __future__ import annotations

import html
from dataclasses import replace
from fractions import Fraction

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import election_rules, rules
from desktop.domain.election import ElectionSetup
from desktop.domain.rules import BaseKind, Comparison, RuleSet, Threshold
from desktop.errors import ValidationError
from desktop.ui import i18n
from desktop.ui.election_editor import ElectionEditor
from desktop.ui.styles import ERROR_COLOUR


class RulesEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang = i18n.language()
        self._loading = False
        self.is_election = False
        self._originals: list[Threshold | None] = []
        self.preset = QComboBox(self)
        self.preset.setObjectName("rulesPreset")
        for code in election_rules.CODES:  # the confidence votes', then the elections'
            name = (self.tr("Tự đặt quy tắc") if code == "custom"
                    else i18n.say("preset.custom-election.name") if code == "custom-election"
                    else lang.pick(election_rules.lookup(code).name))
            self.preset.addItem(name, code)
            self.preset.setItemData(self.preset.count() - 1,
                                    self.tr("trên dòng lệnh: --rules {code}").format(code=code),
                                    Qt.ItemDataRole.ToolTipRole)
        self.levels = QLineEdit(self)
        self.levels.setObjectName("rulesLevels")
        self.levels.setPlaceholderText(self.tr("các mức, cách nhau bởi dấu phẩy"))
        self.base = QComboBox(self)
        self.base.setObjectName("rulesBase")
        for kind in BaseKind:
            self.base.addItem(i18n.say(f"base.{kind.value}"), kind.value)
        self.quorum = QCheckBox(self.tr("Hội nghị phải có ít nhất &2/3 số được triệu tập"), self)
        self.whole = QCheckBox(
            self.tr("Một dòng để trống hoặc nhiều ô làm cả phiếu &không hợp lệ"), self)
        self.whole.setObjectName("rulesWholeBallot")
        self.double = QCheckBox(
            self.tr("Bắt buộc nhập &hai lần mọi tập phiếu (hai người nhập khác nhau)"), self)
        self.double.setObjectName("rulesDoubleEntry")
        self.thresholds = QTableWidget(0, 4, self)
        self.thresholds.setObjectName("rulesThresholds")
        self.thresholds.setHorizontalHeaderLabels(
            [self.tr("Mức"), self.tr("So sánh"), self.tr("Tỷ lệ"), self.tr("Hệ quả")])
        self.thresholds.setToolTip(self.tr("So sánh: > (trên) hoặc ≥ (từ … trở lên)"))
        header = self.thresholds.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        add = QPushButton(self.tr("Thêm &ngưỡng"), self)
        add.setObjectName("addThreshold")
        add.clicked.connect(lambda: self._add_threshold(None))
        remove = QPushButton(self.tr("&Xóa ngưỡng"), self)
        remove.setObjectName("removeThreshold")
        remove.clicked.connect(self._remove_threshold)
        self.sentence = QLabel(self)
        self.sentence.setObjectName("rulesSentence")
        self.sentence.setWordWrap(True)
        self.sentence.setStyleSheet("background: #fbfbf4; border: 1px solid #ccc; padding: 6px;")

        self.election = ElectionEditor(self)
        self.election.changed.connect(self._on_edited)
        form = QFormLayout()
        form.addRow(self.tr("Bộ quy &tắc:"), self.preset)
        form.addRow(self.tr("Các &mức trên phiếu:"), self.levels)
        form.addRow(self.tr("Tỷ lệ % tính t&rên:"), self.base)
        form.addRow("", self.quorum)
        form.addRow("", self.whole)
        form.addRow("", self.double)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        thresholds_label = QLabel(self.tr("Ngưỡng:"), self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.election)
        layout.addWidget(thresholds_label)
        layout.addWidget(self.thresholds, stretch=1)
        layout.addLayout(buttons)
        # what only a confidence vote has: hidden for an election, which has its own above
        self._form = form
        self._confidence_only: tuple[QWidget, ...] = (
            self.levels, self.quorum, self.whole, thresholds_label, self.thresholds, add,
            remove)
        self._election_room = QWidget(self)  # an election's spare room, below its settings
        self._election_room.setSizePolicy(QSizePolicy.Policy.Preferred,
                                          QSizePolicy.Policy.Expanding)
        layout.addWidget(self._election_room, stretch=1)
        layout.addWidget(QLabel(self.tr("Sẽ in trên biên bản:"), self))
        layout.addWidget(self.sentence)

        self.preset.currentIndexChanged.connect(self._on_preset_changed)
        for signal in (self.levels.textChanged, self.base.currentIndexChanged,
                       self.quorum.toggled, self.whole.toggled, self.double.toggled,
                       self.thresholds.itemChanged):
            signal.connect(self._on_edited)
        self.set_rule_set(rules.preset("party-96"))

    # -- in and out -------------------------------------------------------------------------
    def set_rule_set(self, rule_set: RuleSet) -> None:
        self._loading = True
        self.preset.setCurrentIndex(self.preset.findData(rule_set.code))
        self.levels.setText(", ".join(rule_set.level_labels(self._lang)))
        self.levels.setEnabled(rule_set.code == "custom")
        self.base.setCurrentIndex(self.base.findData(rule_set.base.value))
        an_election = self.is_election = rule_set.election is not None
        for widget in self._confidence_only:
            widget.setVisible(not an_election)
        self._form.setRowVisible(self.levels, not an_election)
        self.election.setVisible(an_election)
        self._election_room.setVisible(an_election)
        if rule_set.election is not None:  # a preset's base is its law's
            self.base.setEnabled(rule_set.code == "custom-election")
            self.election.set_rule(rule_set.election, rule_set.code == "custom-election")
        else:
            self.base.setEnabled(True)
        self.election.set_base(rule_set.base)
        # each official's own valid ballots is no election's base; the convened less the
        # excluded is no confidence vote's (it has no excluded categories)
        model = self.base.model()
        for kind, offered in ((BaseKind.VALID, not an_election),
                              (BaseKind.SUMMONED_LESS_EXCLUDED, an_election)):
            item = model.item(self.base.findData(kind.value)) \
                if isinstance(model, QStandardItemModel) else None
            if item is not None:
                item.setEnabled(offered)
        self.quorum.setChecked(rule_set.quorum_two_thirds)
        self.whole.setChecked(rule_set.invalid_row_voids_ballot)
        self.double.setChecked(rule_set.double_entry)
        self.thresholds.setRowCount(0)
        self._originals = []
        for threshold in rule_set.thresholds:
            self._add_threshold(threshold)
        self._loading = False
        self._on_edited()

    def rule_set(self) -> RuleSet:
        """The rule set as edited; ValidationError names what is wrong."""
        code = self.preset.currentData()
        base = BaseKind(self.base.currentData())
        if code == "custom-election":
            rule = self.election.rule()
            return replace(election_rules.custom_election(
                base, fraction=rule.bar.fraction, at_least=rule.bar.at_least,
                all_struck=rule.all_struck, tie=rule.tie,
                largest_remainder=rule.largest_remainder), double_entry=self.double.isChecked())
        if code in election_rules.PRESETS:
            return replace(election_rules.lookup(code), double_entry=self.double.isChecked())
        thresholds = tuple(self._threshold(row) for row in range(self.thresholds.rowCount()))
        if code == "custom":
            labels = [p for p in self.levels.text().split(",") if p.strip()]
            return replace(rules.custom(labels, base, thresholds,
                                        quorum_two_thirds=self.quorum.isChecked(),
                                        invalid_row_voids_ballot=self.whole.isChecked()),
                           double_entry=self.double.isChecked())
        return replace(rules.preset(code), base=base, thresholds=thresholds,
                       quorum_two_thirds=self.quorum.isChecked(),
                       invalid_row_voids_ballot=self.whole.isChecked(),
                       double_entry=self.double.isChecked())

    def election_setup(self) -> ElectionSetup | None:
        """The round's seats and exclusions when the rule set is an election's."""
        return self.election.setup() if self.is_election else None

    # -- thresholds -------------------------------------------------------------------------
    def _add_threshold(self, threshold: Threshold | None) -> None:
        """A row for ``threshold``, or a new one to edit when it is None."""
        row = self.thresholds.rowCount()
        self._originals.append(threshold)
        shown = threshold or Threshold(f"threshold_{row + 1}", 1, Comparison.GT, Fraction(1, 2))
        loading, self._loading = self._loading, True
        self.thresholds.insertRow(row)
        self._fill_threshold(row, shown)
        self._loading = loading
        self._on_edited()

    def _fill_threshold(self, row: int, threshold: Threshold) -> None:
        sign = ">" if threshold.comparison is Comparison.GT else "≥"
        frac = f"{threshold.fraction.numerator}/{threshold.fraction.denominator}"
        consequence = self._lang.pick(threshold.consequence)
        for column, text in enumerate((str(threshold.level), sign, frac, consequence)):
            self.thresholds.setItem(row, column, QTableWidgetItem(text))

    def _remove_threshold(self) -> None:
        row = self.thresholds.currentRow()
        if row >= 0:
            self.thresholds.removeRow(row)
            del self._originals[row]
            self._on_edited()

    def _threshold(self, row: int) -> Threshold:
        def cell(column: int) -> str:
            item = self.thresholds.item(row, column)
            return item.text().strip() if item else ""

        spec = f"{cell(0)}{'>=' if cell(1) in ('≥', '>=') else '>'}{cell(2)}"
        if cell(1) not in (">", "≥", ">="):
            raise ValidationError("threshold_comparison", field="threshold", number=row + 1)
        try:
            parsed = rules.parse_threshold(spec, row + 1)
        except ValidationError:
            raise ValidationError("threshold_cells", field="threshold", number=row + 1) from None
        original = self._originals[row] if row < len(self._originals) else None
        text = cell(3)
        if original is not None and text == self._lang.pick(original.consequence):
            return replace(parsed, code=original.code, consequence=original.consequence)
        return replace(parsed, code=original.code if original else parsed.code,
                       consequence=(text, text))

    # -- reacting ---------------------------------------------------------------------------
    def _on_preset_changed(self) -> None:
        if self._loading:
            return
        code = self.preset.currentData()
        starting = [i18n.say("level.approve"), i18n.say("level.disapprove")]  # to be edited
        chosen = (rules.custom(starting, BaseKind.PRESENT) if code == "custom"
                  else election_rules.custom_election(BaseKind.VALID_BALLOTS)
                  if code == "custom-election" else election_rules.lookup(code))
        # double entry is how this committee works, not part of the preset: it stays chosen
        self.set_rule_set(replace(chosen, double_entry=self.double.isChecked()))

    def _on_edited(self) -> None:
        if self._loading:
            return
        self.election.set_base(BaseKind(self.base.currentData()))
        try:
            self.sentence.setText(self.rule_set().sentence(self._lang))
        except ValidationError as exc:
            self.sentence.setText(
                f"<span style='color:{ERROR_COLOUR}'>{html.escape(i18n.describe(exc))}</span>")
        self.changed.emit()
