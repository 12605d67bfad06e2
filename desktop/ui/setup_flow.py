"""Opening the setup dialog for a new count or for the open one, and saving what it says."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.domain.count import CountDefinition, Numbers
from desktop.errors import ValidationError
from desktop.services.count_service import CountService
from desktop.ui import settings
from desktop.ui.setup_dialog import SetupDialog

SUFFIX = ".kiemphieu"


def suggested_name(title: str) -> str:
    words = re.sub(r"[^\w\s-]", "", title, flags=re.UNICODE).split()
    return ("-".join(words[:6]) or "kiem-phieu") + SUFFIX


def ask_path(parent: QWidget | None, title: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("setup_flow", "Lưu tệp kiểm phiếu"),
        str(settings.start_folder() / suggested_name(title)), "Kiểm Phiếu (*.kiemphieu)")
    if not name:
        return None
    path = Path(name)
    return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)


def new_count(parent: QWidget | None = None) -> CountService | None:
    """The setup dialog, then a file name; the file is written only when both are given."""
    created: list[CountService] = []

    def apply(definition: CountDefinition, numbers: Numbers) -> None:
        path = ask_path(parent, definition.title)
        if path is None:
            raise ValidationError("path_not_chosen")
        created.append(CountService.create(path, definition, numbers))

    dialog = SetupDialog(apply, parent=parent)
    dialog.exec()
    return created[0] if created else None


def edit_count(service: CountService, parent: QWidget | None = None) -> bool:
    dialog = SetupDialog(service.update_setup, service.definition, service.numbers,
                         locked=service.has_ballots, parent=parent)
    return bool(dialog.exec())
