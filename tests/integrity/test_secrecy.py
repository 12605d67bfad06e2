"""The program opens no network socket, and nothing it writes ties a ballot to a time."""

import socket
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.cli.main import main as cli
from desktop.domain import clock, exports
from desktop.domain.words import Lang
from desktop.services.count_service import CountService
from desktop.ui.main_window import MainWindow
from tests.helpers import SEED_NUMBERS, make_definition
from tests.ui.conftest import type_keys


class Guard:
    def __init__(self) -> None:
        self.attempts: list[str] = []

    def __call__(self, *args: object, **kwargs: object) -> None:
        self.attempts.append(repr(args))
        raise OSError("no network: the socket guard of the test suite")


def test_the_main_flows_open_no_socket(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    guard = Guard()
    for name in ("socket", "create_connection", "socketpair", "getaddrinfo"):
        monkeypatch.setattr(socket, name, guard)
    count = tmp_path / "c.kiemphieu"
    assert cli(["demo", str(count), "--ballots", "40"]) == 0
    service = CountService.open(count)
    window = MainWindow(service)
    qtbot.addWidget(window)
    window.show()
    type_keys(qtbot, window.form, "+1\n/3\n")
    window.close()
    for args in (["results", str(count), "--format", "json"],
                 ["minutes", str(count), "--pdf", str(tmp_path / "m.pdf")],
                 ["export", str(count), "--csv", str(tmp_path / "r.csv"), "--log",
                  str(tmp_path / "l.jsonl"), "--log-pdf", str(tmp_path / "l.pdf")],
                 ["chart", str(count), "--png", str(tmp_path / "c.png")],
                 ["backup", str(count), str(tmp_path / "b.kiemphieu")],
                 ["verify", str(count)]):
        assert cli(args) == 0, args
    assert guard.attempts == []


def test_no_export_carries_a_time_per_ballot(tmp_path: Path) -> None:
    count = tmp_path / "c.kiemphieu"
    assert cli(["demo", str(count), "--ballots", "30"]) == 0
    service = CountService.open(count, read_only=True)
    log = exports.parse_jsonl(exports.log_jsonl(service.events()))
    ballot_events = [e for e in log if str(e["kind"]).startswith("ballot")]
    assert len(ballot_events) == 30 and all(e["at"] is None for e in ballot_events)
    csv = exports.results_csv(service.minutes_data(), Lang.VI).decode("utf-8")
    assert ":" not in csv.split("\n", 1)[1]  # no time of day anywhere in the results
    service.close()


def test_a_backup_is_dated_by_its_logs_last_time_not_by_the_ballots_it_holds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened = "2026-11-28T01:00:00+00:00"
    monkeypatch.setattr(clock, "now_utc", lambda: opened)
    path = tmp_path / "c.kiemphieu"
    with CountService.create(path, make_definition(3), SEED_NUMBERS) as service:
        service.open_stack("Tập 1", 50)
        for _ in range(30):
            service.record_ballot((1, 2, 3))
        written = service.backup_now()
    assert written and all(p.stat().st_mtime == datetime.fromisoformat(opened).timestamp()
                           for p in written)
