"""Setting up a count, all in one dialog, checked as you type: meeting, rule set, officials,
numbers, committee. Officials and rules are read-only once a ballot is saved."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.clock import DEFAULT_TIMEZONE
from desktop.domain.count import (
    MAX_COPIES,
    MAX_NUMBER,
    NUMBER_FIELDS,
    CommitteeMember,
    CountDefinition,
    Numbers,
    Role,
)
from desktop.errors import DesktopError, ValidationError
from desktop.ui import i18n
from desktop.ui.officials_editor import OfficialsEditor
from desktop.ui.rules_editor import RulesEditor
from desktop.ui.styles import ERROR_STYLE, WARNING_COLOUR

Apply = Callable[[CountDefinition, Numbers], None]
# the fields an error may name, per tab (in tab order): the error says where to correct it
TAB_FIELDS = (
    ("title", "body", "sitting", "place", "date", "document_number", "copies", "timezone"),
    ("rules", "levels", "threshold", "seats", "round", "excluded", "exclusion", "fraction"),
    ("officials", "name", "exclusion_reason"),
    NUMBER_FIELDS,
    ("committee",),
)


class SetupDialog(QDialog):
    def __init__(self, apply: Apply, definition: CountDefinition | None = None,
                 numbers: Numbers | None = None, locked: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupDialog")
        self.setWindowTitle(self.tr("Thiết lập cuộc kiểm phiếu"))
        self._apply = apply
        self.tabs = QTabWidget(self)

        meeting = QWidget(self)
        form = QFormLayout(meeting)
        self.title = QLineEdit(meeting)
        self.title.setObjectName("setupTitle")
        self.title.setPlaceholderText(self.tr("ví dụ: Lấy phiếu tín nhiệm đối với …"))
        self.body = QLineEdit(meeting)
        self.body.setObjectName("setupBody")
        self.body.setPlaceholderText(self.tr("ví dụ: Ban Chấp hành Trung ương Đảng khóa XIII"))
        self.sitting = QLineEdit(meeting)
        self.sitting.setPlaceholderText(self.tr("ví dụ: Hội nghị lần thứ 10 / Kỳ họp thứ 6"))
        self.place = QLineEdit(meeting)
        self.date = QDateEdit(QDate.currentDate(), meeting)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        form.addRow(self.tr("&Nội dung kiểm phiếu:"), self.title)
        form.addRow(self.tr("Cơ qu&an:"), self.body)
        form.addRow(self.tr("&Hội nghị / kỳ họp:"), self.sitting)
        form.addRow(self.tr("Địa điể&m:"), self.place)
        form.addRow(self.tr("N&gày:"), self.date)
        self.document_number = QLineEdit(meeting)
        self.document_number.setObjectName("setupDocumentNumber")
        self.document_number.setPlaceholderText(self.tr("để trống: biên bản in “Số …”"))
        self.copies = QSpinBox(meeting)
        self.copies.setObjectName("setupCopies")
        self.copies.setRange(0, MAX_COPIES)
        self.copies.setSpecialValueText(self.tr("chưa định"))
        form.addRow(self.tr("Số &ký hiệu biên bản:"), self.document_number)
        form.addRow(self.tr("Số bản lậ&p:"), self.copies)
        self._timezone = DEFAULT_TIMEZONE  # kept as the count has it
        self.tabs.addTab(meeting, self.tr("&Cuộc họp"))

        self.rules = RulesEditor(self)
        self.tabs.addTab(self.rules, self.tr("&Quy tắc"))
        self.officials = OfficialsEditor(self)
        self.tabs.addTab(self.officials, self.tr("&Danh sách trên phiếu"))

        numbers_page = QWidget(self)
        numbers_form = QFormLayout(numbers_page)
        self.numbers: dict[str, QSpinBox] = {}
        for name in NUMBER_FIELDS:
            spin = QSpinBox(numbers_page)
            spin.setObjectName(f"number_{name}")
            spin.setRange(-1, MAX_NUMBER)
            spin.setSpecialValueText(self.tr("chưa nhập"))
            spin.setValue(-1)
            self.numbers[name] = spin
            words = i18n.say(f"number.{name}")
            numbers_form.addRow(words[:1].upper() + words[1:] + ":", spin)
        numbers_form.addRow(QLabel(self.tr(
            "Số phiếu phát ra và thu về có thể nhập sau, khi mở hòm phiếu."), numbers_page))
        self.tabs.addTab(numbers_page, self.tr("Số liệ&u"))

        committee_page = QWidget(self)
        self.committee = QTableWidget(0, 3, committee_page)
        self.committee.setObjectName("committeeTable")
        self.committee.setHorizontalHeaderLabels(
            [self.tr("Họ và tên"), self.tr("Vai trò"), self.tr("Chức vụ, đơn vị")])
        self.committee.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.committee.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)  # the role is read whole
        self.committee.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        add = QPushButton(self.tr("&Thêm thành viên"), committee_page)
        add.clicked.connect(lambda: self._add_member(CommitteeMember("", Role.MEMBER)))
        remove = QPushButton(self.tr("&Xóa thành viên"), committee_page)
        remove.clicked.connect(lambda: self.committee.removeRow(self.committee.currentRow()))
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        committee_layout = QVBoxLayout(committee_page)
        committee_layout.addLayout(row)
        committee_layout.addWidget(self.committee)
        self.tabs.addTab(committee_page, self.tr("&Ban kiểm phiếu"))

        self.lock_note = QLabel(self.tr(
            "Đã có phiếu được lưu: danh sách trên phiếu và bộ quy tắc không thể thay đổi nữa. "
            "Số liệu, cuộc họp và Ban kiểm phiếu vẫn sửa được; mọi thay đổi được ghi nhật ký."),
            self)
        self.lock_note.setWordWrap(True)
        self.lock_note.setObjectName("setupLockNote")
        self.lock_note.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.lock_note.setVisible(locked)
        self.error = QLabel(self)
        self.error.setObjectName("setupError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, stretch=1)
        layout.addWidget(self.lock_note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        if definition is not None:
            self._load(definition)
        if numbers is not None:
            for name, spin in self.numbers.items():
                value = numbers.get(name)
                spin.setValue(-1 if value is None else value)
        for page in (self.rules, self.officials):
            # the controls are locked, not the page: Ctrl+Tab still goes through every tab
            for child in page.findChildren(QWidget):
                child.setEnabled(not locked)
        for line in (self.title, self.body, self.sitting, self.place):
            line.textChanged.connect(self.validate)
        for spin in self.numbers.values():
            spin.valueChanged.connect(self.validate)
        self.rules.changed.connect(self.validate)
        self.officials.changed.connect(self.validate)
        self.committee.itemChanged.connect(self.validate)
        self.validate()
        self.resize(900, 620)
        self.tabs.setCurrentIndex(0)
        self.title.setFocus()  # the dialog opens ready to type

    def _load(self, d: CountDefinition) -> None:
        self.title.setText(d.title)
        self.body.setText(d.body)
        self.sitting.setText(d.sitting)
        self.place.setText(d.place)
        if d.date:
            self.date.setDate(QDate.fromString(d.date, "yyyy-MM-dd"))
        self.document_number.setText(d.document_number)
        self.copies.setValue(d.copies or 0)
        self._timezone = d.timezone
        self.rules.set_rule_set(d.rules)
        self.rules.election.set_setup(d.election)
        self.officials.set_officials(d.officials)
        for member in d.committee:
            self._add_member(member)

    def _add_member(self, member: CommitteeMember) -> None:
        row = self.committee.rowCount()
        self.committee.insertRow(row)
        self.committee.setItem(row, 0, QTableWidgetItem(member.name))
        role = QComboBox(self.committee)
        for r in Role:
            role.addItem(i18n.say(f"role.{r.value}"), r.value)
        role.setCurrentIndex(role.findData(member.role.value))
        self.committee.setCellWidget(row, 1, role)
        self.committee.setItem(row, 2, QTableWidgetItem(member.post))

    # -- the result -------------------------------------------------------------------------
    def result_values(self) -> tuple[CountDefinition, Numbers]:
        committee = []
        for row in range(self.committee.rowCount()):
            item = self.committee.item(row, 0)
            name = item.text().strip() if item else ""
            combo = self.committee.cellWidget(row, 1)
            post = self.committee.item(row, 2)
            if name and isinstance(combo, QComboBox):
                committee.append(CommitteeMember(name, Role(combo.currentData()),
                                                 post.text().strip() if post else ""))
        officials = self.officials.officials()
        definition = CountDefinition(
            title=" ".join(self.title.text().split()), rules=self.rules.rule_set(),
            officials=officials, body=self.body.text().strip(),
            sitting=self.sitting.text().strip(), place=self.place.text().strip(),
            date=self.date.date().toString("yyyy-MM-dd"), committee=tuple(committee),
            timezone=self._timezone, copies=self.copies.value() or None,
            document_number=self.document_number.text().strip(),
            election=self.rules.election_setup())
        numbers = Numbers().updated(**{
            name: (None if spin.value() < 0 else spin.value())
            for name, spin in self.numbers.items()})
        numbers.check_order()
        return definition, numbers

    def validate(self) -> bool:
        self._name_the_list()
        try:
            self.result_values()
        except ValidationError as exc:
            self.error.setText(self._describe(exc))
            self.rules.election.show_error(i18n.describe(exc) if exc.field == "seats" else "")
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return False
        self.rules.election.show_error("")
        self.error.setText("")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        return True

    def _name_the_list(self) -> None:
        """An election's list is of candidates: the tab and the officials' summary say so."""
        election = self.rules.is_election
        tab = self.tabs.indexOf(self.officials)
        text = self.tr("&Danh sách bầu cử") if election else self.tr("&Danh sách trên phiếu")
        if self.tabs.tabText(tab) != text:
            self.tabs.setTabText(tab, text)
        self.officials.set_candidates(election)

    def _describe(self, exc: DesktopError) -> str:
        """The error, after the name of the tab where it is to be corrected."""
        field = getattr(exc, "field", None)
        tab = next((i for i, fields in enumerate(TAB_FIELDS) if field in fields), None)
        text = i18n.describe(exc)
        if tab is None:
            return text
        return f"{self.tabs.tabText(tab).replace('&', '')}: {text}"

    def accept(self) -> None:
        if not self.validate():
            return
        definition, numbers = self.result_values()
        try:
            self._apply(definition, numbers)
        except DesktopError as exc:
            self.error.setText(self._describe(exc))
            return
        super().accept()
