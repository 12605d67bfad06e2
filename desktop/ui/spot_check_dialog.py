"""The blind spot check in the window: draw the sample, key each drawn ballot again from the
paper on a blank form (the first entry is not shown), and see the two side by side where
they differ, to decide with the paper in hand."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.ballot import Ballot, BallotInput, format_codes, grouped_codes
from desktop.domain.spotcheck import sample_size
from desktop.domain.words import format_decimal
from desktop.errors import DesktopError, ValidationError
from desktop.services import spot_checks
from desktop.services.count_service import CountService
from desktop.ui import i18n
from desktop.ui.ballot_form import BallotForm


def _compact(marks: tuple[int, ...]) -> str:
    return grouped_codes(format_codes(marks))


class SpotCheckDialog(QDialog):
    def __init__(self, service: CountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spotCheckDialog")
        self.setWindowTitle(self.tr("Kiểm tra chọn mẫu (nhập lại mù)"))
        self._service = service
        self._lang = i18n.language()
        self.summary = QLabel(self)
        self.summary.setObjectName("spotSummary")
        self.summary.setWordWrap(True)
        self.k = QSpinBox(self)
        self.k.setObjectName("spotK")
        counting = service.entered
        self.k.setRange(1, max(counting, 1))
        self.k.setValue(sample_size(counting) if counting else 1)
        self.start_button = QPushButton(self.tr("&Rút ngẫu nhiên các phiếu cần nhập lại"), self)
        self.start_button.setObjectName("spotStart")
        self.start_button.clicked.connect(self.start)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Số phiếu:"), self))
        top.addWidget(self.k)
        top.addWidget(self.start_button, stretch=1)
        self.difference = QLabel(self)
        self.difference.setObjectName("spotDifference")
        self.difference.setWordWrap(True)
        self.difference.setStyleSheet("background: #fff3b0; padding: 6px;")
        self.difference.hide()
        self.form = BallotForm(service, submit=self._submit, title="", parent=self)
        self.form.saved.connect(self._on_form_saved)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.difference)
        layout.addWidget(self.form, stretch=1)
        layout.addWidget(buttons)
        self._matched = True
        self._first: Ballot | None = None
        self._refresh()
        self.resize(900, 700)

    def start(self) -> None:
        try:
            spot_checks.start(self._service, self.k.value())
        except DesktopError as exc:
            self.summary.setText(i18n.alone(exc))
            return
        self._refresh()
        self.form.setFocus()

    def _current_number(self) -> int | None:
        check = self._service.spot_check
        return check.remaining[0] if check and check.remaining else None

    def _submit(self, item: BallotInput) -> Ballot:
        number = self._current_number()
        if number is None:
            raise ValidationError("spot_nothing_waiting")
        self._matched, first = spot_checks.rekey(self._service, number, item)
        self._first, self._blind = first, item
        return first

    def _on_form_saved(self, ballot: Ballot) -> None:
        if self._matched:
            self.difference.hide()
            self.form.notice(self.tr("Phiếu số {n}: khớp với bản nhập đầu.").format(
                n=ballot.number), ok=True)
        else:
            first = _compact(ballot.marks) if ballot.marks else str(ballot.reason)
            blind = getattr(self._blind, "marks", None)
            again = _compact(blind) if blind else str(getattr(self._blind, "reason", ""))
            self.difference.setText(self.tr(
                "<b>Phiếu số {n} KHÁC:</b><br>bản nhập đầu: <tt>{first}</tt><br>bản nhập lại: "
                "<tt>{again}</tt><br>Đối chiếu với phiếu giấy; nếu bản nhập đầu sai, nhập lại "
                "phiếu này ở Danh sách phiếu (có ghi lý do).").format(
                    n=ballot.number, first=first, again=again))
            self.difference.show()
            self.form.notice(self.tr("Phiếu số {n}: có khác biệt.").format(n=ballot.number))
        self._refresh()

    def _refresh(self) -> None:
        check = self._service.spot_check
        number = self._current_number()
        if check is None:
            self.summary.setText(self.tr("Chưa rút mẫu. Mặc định 5% số phiếu, ít nhất 20."))
        else:
            self.summary.setText(self.tr(
                "Mẫu (hạt giống {seed}): {numbers}<br>Đã nhập lại {done}/{k}, {diff} khác biệt; "
                "cận trên 95% của tỷ lệ phiếu nhập sai: {bound}%").format(
                    seed=check.seed, numbers=" ".join(map(str, check.numbers)),
                    done=check.done, k=len(check.numbers), diff=check.differences,
                    bound=format_decimal(100 * (check.bound() if check.done else 1.0), self._lang)))
        self.form.setEnabled(number is not None)
        self.form.set_title(self.tr("Nhập lại mù phiếu số {n}").format(n=number)
                            if number is not None else self.tr("Không còn phiếu chờ"))
