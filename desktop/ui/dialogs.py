"""Small dialogs of the keying window: re-key a ballot, open a stack, the keyboard help."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.ballot import Ballot, BallotInput, BallotStatus
from desktop.domain.stacks import MAX_STACK
from desktop.services.count_service import CountService
from desktop.ui.ballot_form import BallotForm


class RekeyDialog(QDialog):
    """Key a ballot again from the paper; the new record replaces the old, with a reason."""

    def __init__(self, service: CountService, ballot: Ballot, lang: str,
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
        form = QFormLayout()
        form.addRow(self.tr("Lý do:"), self.reason)
        self.form = BallotForm(service, lang, submit=self._submit,
                               title=self.tr("Nhập lại phiếu số {n}").format(n=ballot.number),
                               initial=ballot, parent=self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form, stretch=1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.form.saved.connect(lambda _ballot: self.accept())
        self.resize(900, 640)

    def _submit(self, item: BallotInput) -> Ballot:
        return self._service.edit_ballot(self._number, item, self.reason.text())


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
        form.addRow(self.tr("Tên tập:"), self.name)
        form.addRow(self.tr("Số phiếu trong tập:"), self.expected)
        form.addRow(self.tr("Người nhập:"), self.operator)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class HelpDialog(QDialog):
    """F1: the keyboard contract, large enough to read at a glance."""

    def __init__(self, levels: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpOverlay")
        self.setWindowTitle(self.tr("Phím tắt khi nhập phiếu"))
        rows = [
            (f"1 … {levels}", self.tr("đánh dấu mức đó ở dòng hiện tại, sang dòng sau")),
            ("0", self.tr("dòng để trống (không hợp lệ riêng với người đó)")),
            ("*  x", self.tr("dòng đánh nhiều ô (không hợp lệ riêng với người đó)")),
            ("+ " + self.tr("rồi mức"), self.tr("điền mức đó vào mọi dòng còn trống")),
            ("−  ⌫", self.tr("lùi một dòng và xóa dòng đó")),
            ("↑  ↓", self.tr("đến dòng bất kỳ để sửa (hoặc bấm chuột)")),
            ("Enter", self.tr("lưu phiếu khi mọi dòng đã nhập")),
            ("/", self.tr("cả phiếu không hợp lệ: chọn lý do bằng chữ số hoặc gõ lý do")),
            ("Esc", self.tr("bỏ lệnh đang dở")),
            ("Ctrl+Z", self.tr("hủy phiếu vừa lưu (có hỏi lại, ghi nhật ký)")),
        ]
        html = "<table cellpadding='6'>" + "".join(
            f"<tr><td align='right'><b style='font-size:16pt'>{k}</b></td><td>{v}</td></tr>"
            for k, v in rows) + "</table>"
        label = QLabel(html, self)
        label.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
