"""A further round of an election from the window: from a closed round with seats left, the
committee ticks the candidates the congress chose (those tied are ticked to begin with; none
already elected is offered), says how many seats, and picks where the new counting file goes.
The program chooses nobody and no seat by itself; the new file opens in a window of its own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import DesktopError
from desktop.services import rounds
from desktop.services.count_service import CountService
from desktop.ui import i18n, settings
from desktop.ui.setup_flow import SUFFIX


class NextRoundDialog(QDialog):
    def __init__(self, service: CountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        found = service.election_outcome()
        setup = service.definition.election
        assert found is not None and setup is not None
        self.setWindowTitle(self.tr("Lần bầu tiếp theo"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Lần bầu thứ {round} còn {left} ghế. Đánh dấu những người đại hội chọn để bầu "
            "tiếp:").format(round=setup.round, left=found.unfilled), self))
        self.candidates = QListWidget(self)
        self.candidates.setObjectName("nextRoundCandidates")
        for standing, official in zip(found.standings, service.definition.on_ballot,
                                      strict=True):
            if standing.elected:
                continue
            item = QListWidgetItem(self.tr("{position}. {name} — {votes} phiếu").format(
                position=standing.position, name=official.name, votes=standing.votes))
            item.setData(Qt.ItemDataRole.UserRole, standing.position)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if standing.tied
                               else Qt.CheckState.Unchecked)
            self.candidates.addItem(item)
        layout.addWidget(self.candidates)
        form = QFormLayout()
        self.seats = QSpinBox(self)
        self.seats.setObjectName("nextRoundSeats")
        self.seats.setRange(1, found.unfilled)
        self.seats.setValue(found.unfilled)
        form.addRow(self.tr("Số lượng cần &bầu:"), self.seats)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setObjectName("nextRoundError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.made: Path | None = None

    def chosen(self) -> list[int]:
        """The ticked candidates' places on this round's list."""
        items = (self.candidates.item(i) for i in range(self.candidates.count()))
        return [int(item.data(Qt.ItemDataRole.UserRole)) for item in items
                if item.checkState() is Qt.CheckState.Checked]

    def target(self) -> Path | None:
        """Where the next round's file goes (asked; beside this one by default)."""
        setup = self.service.definition.election
        assert setup is not None
        path = self.service.path
        suggested = settings.beside(path) / f"{path.stem}-lan{setup.round + 1}{SUFFIX}"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lưu tệp của lần bầu tiếp theo"), str(suggested),
            f"Kiểm Phiếu (*{SUFFIX})")
        if not chosen:
            return None
        out = Path(chosen)
        return out if out.suffix == SUFFIX else out.with_name(out.name + SUFFIX)

    def accept(self) -> None:
        out = self.target()
        if out is None:
            return
        try:
            rounds.next_round(self.service, out, self.chosen(), self.seats.value()).close()
        except DesktopError as exc:
            self.error.setText(i18n.alone(exc))
            return
        self.made = out
        super().accept()
