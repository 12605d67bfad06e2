"""Small dialogs of the keying window: re-key or void a ballot, open a stack, the keys' help."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import keypad
from desktop.domain.ballot import Ballot, BallotInput, BallotStatus
from desktop.domain.stacks import MAX_STACK
from desktop.errors import DesktopError
from desktop.services.count_service import CountService
from desktop.ui import i18n
from desktop.ui.ballot_form import BallotForm
from desktop.ui.reason_dialog import Ask, EnterStaysDialog, ReasonDialog, ask_to_drop


class RekeyDialog(EnterStaysDialog):
    """Key a ballot again from the paper: the stored rows to correct, the cursor on row 1;
    the new record replaces the old with a reason. An error keeps the dialog open."""

    def __init__(self, service: CountService, ballot: Ballot,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rekeyDialog")
        self.setWindowTitle(self.tr("Nhập lại phiếu số {n}").format(n=ballot.number))
        self._service = service
        self._number = ballot.number
        self.reason = QLineEdit(self)
        self.reason.setObjectName("rekeyReason")
        self.reason.setPlaceholderText(self.tr("vì sao nhập lại (bắt buộc)"))
        if ballot.status is BallotStatus.VOIDED:
            self.reason.setText(self.tr("nhập lại phiếu đã hủy"))
        self.reason.returnPressed.connect(self.save)
        form = QFormLayout()
        form.addRow(self.tr("Lý &do:"), self.reason)
        self.form = BallotForm(service, submit=self._submit,
                               title=self.tr("Nhập lại phiếu số {n}").format(n=ballot.number),
                               initial=ballot, parent=self)
        self.form.saved.connect(lambda _ballot: self.accept())
        self._initial = self.form.marks
        self._reason = self.reason.text()
        self.save_button = QPushButton(self.tr("&Lưu phiếu nhập lại"), self)
        self.save_button.setObjectName("rekeySave")
        self.save_button.clicked.connect(self.save)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form, stretch=1)
        layout.addWidget(buttons)
        self.resize(900, 640)
        self.form.setFocus()

    def save(self) -> None:
        """The form's Enter: saves when every row is keyed and a reason is given."""
        self.form.press(keypad.ENTER)

    def reject(self) -> None:
        """Esc or Hủy bỏ: a correction already typed is not thrown away without asking."""
        changed = self.form.marks != self._initial or self.reason.text() != self._reason
        if changed and self.result() != QDialog.DialogCode.Accepted and not ask_to_drop(
                self, "dropRekeyQuestion", self.windowTitle(),
                self.tr("Bỏ những sửa đổi đã nhập cho phiếu số {n}?").format(n=self._number),
                self.tr("&Bỏ sửa đổi"), self.tr("&Tiếp tục sửa")):
            self.form.setFocus()
            return
        super().reject()

    def _submit(self, item: BallotInput) -> Ballot:
        try:
            return self._service.edit_ballot(self._number, item, self.reason.text())
        except DesktopError as exc:
            if exc.code == "reason_missing_rekey":
                self.reason.setFocus()
            raise


class VoidDialog(ReasonDialog):
    """Void the entry of one ballot, with a reason; an empty reason is said, not closed on."""

    def __init__(self, service: CountService, number: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(Ask(
            name="void", title=self.tr("Hủy bản nhập phiếu số {n}").format(n=number),
            explain=self.tr(
                "Bản nhập phiếu số {n} sẽ không được tính nữa; nó vẫn nằm trong danh sách "
                "(gạch ngang) và trong nhật ký, và có thể nhập lại.").format(n=number),
            label=self.tr("&Lý do hủy:"),
            placeholder=self.tr("ví dụ: nhập nhầm, phiếu giấy đọc lại"),
            confirm=self.tr("&Hủy bản nhập"),
            keep=self.tr("&Giữ bản nhập")),  # not a second "Hủy …" beside "Hủy bản nhập"
            lambda reason: service.void_ballot(number, reason), parent)


class StackDialog(QDialog):
    def __init__(self, service: CountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stackDialog")
        self.setWindowTitle(self.tr("Bắt đầu tập phiếu"))
        self.name = QLineEdit(str(len(service.stacks) + 1), self)
        self.name.setObjectName("stackName")
        self.expected = QSpinBox(self)
        self.expected.setObjectName("stackExpected")
        self.expected.setRange(1, MAX_STACK)
        self.expected.setValue(50)
        self.operator = QLineEdit(service.stacks[-1].operator if service.stacks else "", self)
        self.operator.setObjectName("stackOperator")
        self.operator.setPlaceholderText(self.tr("họ tên (cho số liệu người nhập)"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr(
            "Đếm số phiếu của tập trước khi nhập; tập tự đóng khi đã nhập đủ."), self))
        form.addRow(self.tr("&Tên tập:"), self.name)
        form.addRow(self.tr("&Số phiếu trong tập:"), self.expected)
        form.addRow(self.tr("&Người nhập:"), self.operator)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.expected.setFocus()
        self.expected.selectAll()


class HelpDialog(QDialog):
    """F1: the keys of the ballot form, from the keypad's one table of bindings."""

    def __init__(self, levels: int, parent: QWidget | None = None,
                 bindings: tuple[keypad.Binding, ...] = keypad.BINDINGS) -> None:
        super().__init__(parent)
        self.setObjectName("helpOverlay")
        self.setWindowTitle(self.tr("Phím tắt khi nhập phiếu"))
        rows = keypad.help_rows(levels, i18n.language(), bindings)
        table = "<table cellpadding='6'>" + "".join(
            f"<tr><td align='right' style='white-space: nowrap'><b style='font-size:16pt'>"
            f"{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>"
            for k, v in rows) + "</table>"
        label = QLabel(table, self)
        label.setObjectName("helpTable")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 560)
