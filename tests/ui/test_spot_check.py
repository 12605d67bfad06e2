from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.domain.ballot import KeyedInput, format_codes
from desktop.domain.count import Numbers
from desktop.services import spot_checks
from desktop.services.count_service import CountService
from desktop.ui.main_window import MainWindow
from desktop.ui.spot_check_dialog import SpotCheckDialog
from tests.helpers import make_definition
from tests.ui.conftest import type_keys


def test_blind_rekeying_in_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    service = CountService.create(tmp_path / "s.kiemphieu", make_definition(3),
                                  Numbers(50, 50, 40, 40, 30))
    for n in range(30):
        service.record_ballot(((n % 3) + 1, 2, 1))
    check = spot_checks.start(service, k=3, seed=5)  # a seeded draw, as recorded
    dialog = SpotCheckDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    first, second, third = check.numbers
    assert dialog.form.number_label.text() == f"Nhập lại mù phiếu số {first}"
    assert dialog.form.marks == (None, None, None)  # blind: the first entry is not shown
    stored = service.ballot(first)
    assert stored is not None
    type_keys(qtbot, dialog.form, format_codes(stored.marks) + "\n")
    assert dialog.form.message.text() == f"Phiếu số {first}: khớp với bản nhập đầu."
    assert not dialog.difference.isVisible()
    type_keys(qtbot, dialog.form, "333\n")  # misread on purpose
    assert dialog.difference.isVisible() and f"Phiếu số {second} KHÁC" in dialog.difference.text()
    assert "333" in dialog.difference.text()
    assert dialog.form.number_label.text() == f"Nhập lại mù phiếu số {third}"
    stored = service.ballot(third)
    assert stored is not None
    type_keys(qtbot, dialog.form, format_codes(stored.marks) + "\n")
    assert "Đã nhập lại 3/3, 1 khác biệt" in dialog.summary.text()
    assert not dialog.form.isEnabled()


def test_the_status_bar_fingerprint_follows_a_spot_check(qtbot: QtBot, tmp_path: Path) -> None:
    """Spot-check writes once announced nothing: the window's fingerprint went stale."""
    service = CountService.create(tmp_path / "s.kiemphieu", make_definition(3),
                                  Numbers(50, 50, 40, 40, 30))
    for _ in range(5):
        service.record_ballot((1, 1, 1))
    window = MainWindow(service)
    qtbot.addWidget(window)

    def shown() -> str:
        return window.fingerprint.text().split(": ", 1)[1].replace(" ", "")

    before = shown()
    check = spot_checks.start(service, k=2, seed=1)
    assert shown() != before and shown() == service.fingerprint().upper()  # whole
    spot_checks.rekey(service, check.numbers[0], KeyedInput((1, 1, 1)))
    assert shown() == service.fingerprint().upper()
