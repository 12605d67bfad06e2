"""The start page: a new count, open a counting file, reopen a recent one, or the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.words import Lang
from desktop.ui import settings


class StartPage(QWidget):
    open_requested = Signal(object)  # Path
    browse_requested = Signal()
    demo_requested = Signal()
    new_requested = Signal()
    language_requested = Signal(object)  # Lang

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.setWindowTitle("Kiểm Phiếu")
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr(
            "<h1>Kiểm Phiếu</h1><p>Kiểm phiếu tín nhiệm và bầu cử, in biên bản.</p>"))
        layout.addWidget(heading)

        self.new_button = QPushButton(self.tr("&Kiểm phiếu mới…"), self)
        self.new_button.setObjectName("newButton")
        self.new_button.clicked.connect(self.new_requested)
        layout.addWidget(self.new_button)

        self.open_button = QPushButton(self.tr("&Mở tệp kiểm phiếu…"), self)
        self.open_button.setObjectName("openButton")
        self.open_button.clicked.connect(self.browse_requested)
        layout.addWidget(self.open_button)

        self.demo_button = QPushButton(self.tr("Mở &bản mẫu"), self)
        self.demo_button.setObjectName("demoButton")
        self.demo_button.clicked.connect(self.demo_requested)
        layout.addWidget(self.demo_button)

        recent_label = QLabel(self.tr("Tệp đã mở &gần đây:"), self)
        layout.addWidget(recent_label)
        self.recent = QListWidget(self)
        self.recent.setObjectName("recentFiles")
        self.recent.setAccessibleName(self.tr("Tệp đã mở gần đây"))
        recent_label.setBuddy(self.recent)
        self.recent.itemActivated.connect(
            lambda item: self.open_requested.emit(Path(item.text())))
        layout.addWidget(self.recent, stretch=1)
        languages = QHBoxLayout()
        languages.addStretch(1)
        for code, label in ((Lang.VI, "Tiếng Việt"), (Lang.EN, "English")):
            button = QPushButton(label, self)
            button.setObjectName(f"language_{code.value}")
            button.setFlat(True)
            button.clicked.connect(lambda _=False, c=code: self.language_requested.emit(c))
            languages.addWidget(button)
        layout.addLayout(languages)
        self.refresh()
        self.resize(620, 460)

    def refresh(self) -> None:
        """The recent files as they are now (a count opened or made since is first)."""
        self.recent.clear()
        for name in settings.recent_files():
            QListWidgetItem(name, self.recent)
