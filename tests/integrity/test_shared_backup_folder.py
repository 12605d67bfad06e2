"""Two counts backing up to one second folder (a shared USB stick) keep their own copies:
"hn" does not prune "hn-2"'s, and two counts both called "hn" do not overwrite each other."""

from pathlib import Path

from desktop.services import safety
from desktop.services.count_service import CountService
from tests.helpers import SEED_NUMBERS, make_definition


def count(path: Path, stick: Path) -> CountService:
    service = CountService.create(path, make_definition(3), SEED_NUMBERS)
    service.policy = safety.BackupPolicy(every=1, keep=2, second_folder=stick)
    return service


def key(service: CountService, ballots: int) -> None:
    for _ in range(ballots):
        service.record_ballot((1, 2, 3))
        service.backups.wait()


def test_counts_sharing_a_second_folder_keep_their_own_backups(tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    hn = count(tmp_path / "a" / "hn.kiemphieu", stick)
    hn2 = count(tmp_path / "a" / "hn-2.kiemphieu", stick)
    other_hn = count(tmp_path / "b" / "hn.kiemphieu", stick)  # the same name, another count
    for service in (hn, hn2, other_hn):
        key(service, 4)
    for service in (hn, hn2, other_hn):
        own = sorted(stick.glob(safety.backup_stem(service.path, service.identity()) + "*"))
        assert len(own) == 2, (service.path, sorted(p.name for p in stick.iterdir()))
        with CountService.open(own[-1], read_only=True) as copy:
            assert copy.identity() == service.identity() and copy.entered == 4
        service.close()
