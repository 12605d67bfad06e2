"""The start page: open a counting file, reopen a recent one, or open the demo count."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import settings


class StartPage(QWidget):
    open_requested = Signal(object)  # Path
    demo_requested = Signal()
    new_requested = Signal()
    language_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.setWindowTitle("Kiểm Phiếu")
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("<h1>Kiểm Phiếu</h1><p>Kiểm phiếu tín nhiệm, in biên bản.</p>"))
        layout.addWidget(heading)

        self.new_button = QPushButton(self.tr("&Kiểm phiếu mới…"), self)
        self.new_button.setObjectName("newButton")
        self.new_button.clicked.connect(self.new_requested)
        layout.addWidget(self.new_button)

        self.open_button = QPushButton(self.tr("&Mở tệp kiểm phiếu…"), self)
        self.open_button.setObjectName("openButton")
        self.open_button.clicked.connect(self._on_open_clicked)
        layout.addWidget(self.open_button)

        self.demo_button = QPushButton(self.tr("Mở bản &mẫu"), self)
        self.demo_button.setObjectName("demoButton")
        self.demo_button.clicked.connect(self.demo_requested)
        layout.addWidget(self.demo_button)

        layout.addWidget(QLabel(self.tr("Tệp đã mở gần đây:"), self))
        self.recent = QListWidget(self)
        self.recent.setObjectName("recentFiles")
        self.recent.setAccessibleName(self.tr("Tệp đã mở gần đây"))
        for name in settings.recent_files():
            QListWidgetItem(name, self.recent)
        self.recent.itemActivated.connect(
            lambda item: self.open_requested.emit(Path(item.text())))
        layout.addWidget(self.recent, stretch=1)
        languages = QHBoxLayout()
        languages.addStretch(1)
        for code, label in (("vi", "Tiếng Việt"), ("en", "English")):
            button = QPushButton(label, self)
            button.setObjectName(f"language_{code}")
            button.setFlat(True)
            button.clicked.connect(lambda _=False, c=code: self.language_requested.emit(c))
            languages.addWidget(button)
        layout.addLayout(languages)
        self.resize(620, 460)

    def _on_open_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Mở tệp kiểm phiếu"), "",
            self.tr("Tệp kiểm phiếu (*.kiemphieu);;Mọi tệp (*)"))
        if name:
            self.open_requested.emit(Path(name))
