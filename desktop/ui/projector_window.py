"""The projector: what the room sees, in large type, updated per ballot.

Three modes, switched from the main window: the results chart; the ballot just saved (for a
few seconds, so the member holding the paper can confirm it); hidden (only "Đang kiểm phiếu…"
and progress, for bodies that show no partial result before the count is closed).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from desktop.domain import election_summary
from desktop.domain.ballot import BLANK, MULTIPLE, Ballot, BallotStatus
from desktop.domain.words import say
from desktop.render import fonts
from desktop.services.count_service import ChangeSet, CountService
from desktop.ui import i18n
from desktop.ui.chart_widget import ChartWidget
from desktop.ui.projector_ranked import RankedChart

ECHO_SECONDS = 6


class Mode(Enum):
    RESULTS = "results"
    ECHO = "echo"
    HIDDEN = "hidden"


class EchoView(QWidget):
    """One ballot, large: every row with the level marked, the unusual ones highlighted."""

    def __init__(self, service: CountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.ballot: Ballot | None = None

    def show_ballot(self, ballot: Ballot | None) -> None:
        self.ballot = ballot
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("white"))
        if self.ballot is None:
            p.end()
            return
        d = self._service.definition
        labels = d.rules.level_labels(i18n.language())
        names = [o.name for o in d.on_ballot]
        b = self.ballot
        title_font = QFont(fonts.SERIF)
        title_font.setPixelSize(max(int(self.height() * 0.07), 12))
        title_font.setBold(True)
        p.setFont(title_font)
        heading = self.tr("Phiếu số {n}").format(n=b.number)
        if b.status is BallotStatus.INVALID and not b.marks:
            heading += " — " + self.tr("KHÔNG HỢP LỆ: {reason}").format(
                reason=i18n.reason(b.reason, b.note))
        title_h = QFontMetricsF(title_font).height() * 1.3
        p.drawText(QRectF(0, 0, self.width(), title_h), int(Qt.AlignmentFlag.AlignCenter),
                   heading)
        if b.marks:
            self._paint_rows(p, QRectF(0, title_h, self.width(), self.height() - title_h),
                             names, labels, b.marks)
        p.end()

    def _paint_rows(self, p: QPainter, area: QRectF, names: list[str],
                    labels: tuple[str, ...], marks: tuple[int, ...]) -> None:
        columns = 1 if len(marks) <= 12 else 2 if len(marks) <= 30 else 4
        per_column = -(-len(marks) // columns)
        row_h = area.height() / per_column
        font = QFont(fonts.SERIF)
        font.setPixelSize(max(int(row_h * 0.6), 6))
        p.setFont(font)
        fm = QFontMetricsF(font)
        col_w = area.width() / columns
        for i, (name, state) in enumerate(zip(names, marks, strict=False)):
            column, row = divmod(i, per_column)
            rect = QRectF(area.left() + column * col_w, area.top() + row * row_h, col_w, row_h)
            text = i18n.state(state, labels)
            colour = QColor("#555555") if state == BLANK else QColor("#8b3a00") \
                if state == MULTIPLE else QColor("black") if state == 1 else QColor("#B00020")
            if state != 1:
                p.fillRect(rect.adjusted(2, 2, -2, -2), QColor("#fff3b0"))
            p.setPen(QColor("black"))
            label = f"{i + 1}. {name}"
            p.drawText(rect.adjusted(8, 0, -col_w * 0.42, 0),
                       int(Qt.AlignmentFlag.AlignVCenter),
                       fm.elidedText(label, Qt.TextElideMode.ElideRight, col_w * 0.55))
            p.setPen(colour)
            p.drawText(rect.adjusted(col_w * 0.58, 0, -8, 0),
                       int(Qt.AlignmentFlag.AlignVCenter), text)


class ProjectorWindow(QWidget):
    closed = Signal()

    def __init__(self, service: CountService, parent: QWidget | None = None) -> None:
        # the keyboard stays with the ballot form: the projector never takes the focus, so no
        # key is lost to it and no click is needed to come back to the form
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setObjectName("projectorWindow")
        self.setWindowTitle(self.tr("Kiểm Phiếu — máy chiếu (F5 để đóng)"))
        self._service = service
        self.mode = Mode.RESULTS
        self.title = QLabel(service.definition.title, self)
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = QLabel(self)
        self.progress.setObjectName("projectorProgress")
        self.progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # an election shows its ranked result ("kết quả bầu cử"), with the seats and the bar
        self.election = service.definition.election is not None
        self.chart: QWidget = RankedChart(service, self) if self.election else ChartWidget(
            service, row_height=None, parent=self, text_scale=0.7)
        self.summary = QLabel(self)
        self.summary.setObjectName("projectorElection")
        self.summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary.setWordWrap(True)
        self.summary.setVisible(self.election)
        if self.election:
            self.title.setText(say("elview.title", i18n.language()) + " — "
                               + service.definition.title)
        self.echo = EchoView(service, self)
        self.hidden_label = QLabel(self.tr("Đang kiểm phiếu…"), self)
        self.hidden_label.setObjectName("projectorHidden")
        self.hidden_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting = QLabel(self.tr("Chờ phiếu tiếp theo…"), self)
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        for widget in (self.chart, self.echo, self.hidden_label, self.waiting):
            self.stack.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, stretch=1)
        self.setStyleSheet("background: white; color: black;")
        self._echo_timer = QTimer(self)
        self._echo_timer.setSingleShot(True)
        self._echo_timer.timeout.connect(self._on_echo_timer_timeout)
        service.changed.connect(self._on_service_changed)
        self._refresh()

    def open_on_best_screen(self, beside: QWidget | None = None) -> None:
        """Full screen on a screen other than the main window's when there is one. On a
        single screen a small window kept above the main one in its bottom-right corner,
        over the checks list, so the ballot form stays in view and keeps the keyboard."""
        screens = QGuiApplication.screens()
        own = beside.screen() if beside is not None else QGuiApplication.primaryScreen()
        others = [s for s in screens if s is not own]
        if others:
            self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, False)
            self.setScreen(others[0])
            self.setGeometry(others[0].geometry())
            self.showFullScreen()
            return
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        area = own.availableGeometry() if own is not None else QRect(0, 0, 1280, 720)
        size = QSize(area.width() * 2 // 5, area.height() * 9 // 20)
        self.showNormal()
        self.resize(size)
        frame = self.frameGeometry().size() - self.size()  # the window manager's border
        self.move(area.right() - size.width() - frame.width() - 4,
                  area.bottom() - size.height() - frame.height() - 4)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Should it ever have the keys (a window manager that gives it the focus anyway),
        F5 and Esc close it."""
        if event.key() in (Qt.Key.Key_F5, Qt.Key.Key_Escape):
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()

    def set_mode(self, mode: Mode) -> None:
        self.mode = mode
        self._echo_timer.stop()
        if mode is Mode.ECHO:
            self.echo.show_ballot(self._service.last_ballot)
        self._refresh()

    def _on_service_changed(self, change: ChangeSet) -> None:
        if self.mode is Mode.ECHO and change.ballots:
            self.echo.show_ballot(self._service.last_ballot)
            self.stack.setCurrentWidget(self.echo)
            self._echo_timer.start(ECHO_SECONDS * 1000)
        self._refresh()

    def _on_echo_timer_timeout(self) -> None:
        self.stack.setCurrentWidget(self.waiting)

    def _refresh(self) -> None:
        s = self._service
        collected = s.numbers.collected
        self.progress.setText(self.tr("Đã nhập {entered} / {collected} phiếu").format(
            entered=s.entered, collected="—" if collected is None else collected))
        self._say_election()
        if self.mode is Mode.RESULTS:
            self.stack.setCurrentWidget(self.chart)
        elif self.mode is Mode.HIDDEN:
            self.hidden_label.setText(self.tr("Đang kiểm phiếu…") + "\n" + (
                f"{s.entered} / {collected}" if collected is not None else str(s.entered)))
            self.stack.setCurrentWidget(self.hidden_label)
        elif not self._echo_timer.isActive():
            self.stack.setCurrentWidget(self.echo if self.echo.ballot else self.waiting)

    def _say_election(self) -> None:
        """The seats and the bar, then how many are elected, tied and left: the ranking
        below names them. Hidden with the results when the body shows none."""
        snapshot = self._service.snapshot()
        found, setup = snapshot.outcome, snapshot.definition.election
        rule = snapshot.definition.rules.election
        if found is None or setup is None or rule is None:
            return
        lines = election_summary.summary(setup, found, rule.bar, snapshot.base_value, (),
                                         i18n.language(), with_names=False,
                                         closed=self._service.closed)
        self.summary.setText(lines[0] + "\n" + " · ".join(lines[1:]))
        self.summary.setVisible(self.mode is not Mode.HIDDEN)

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        size = max(self.height() // 30, 14)
        for label, factor in ((self.title, 1.0), (self.progress, 0.8), (self.summary, 0.8),
                              (self.hidden_label, 2.0), (self.waiting, 1.2)):
            font = QFont(fonts.SERIF)
            font.setPixelSize(int(size * factor))
            font.setBold(label not in (self.progress, self.summary))
            label.setFont(font)
        super().resizeEvent(event)  # type: ignore[arg-type]
