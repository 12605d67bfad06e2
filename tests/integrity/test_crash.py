from pathlib import Path

from desktop.domain.ballot import KeyedInput
from desktop.services.count_service import CountService
from desktop.services.safety import BackupPolicy
from desktop.storage.repository import CountFile
from desktop.storage.verify import verify
from tests.integrity.crash import OFFICIALS, run_kills

KILLS = 50


def test_killed_at_random_moments_nothing_acknowledged_is_lost(tmp_path: Path) -> None:
    path = tmp_path / "crash.kiemphieu"
    stats = run_kills(path, KILLS)
    assert stats.kills == KILLS, stats
    assert stats.acknowledged >= KILLS, stats  # each child saved at least once before the kill
    assert (stats.lost, stats.half_ballots, stats.verify_failures) == (0, 0, 0), stats
    # a session after the kills backs up as usual, and every backup left is a sound count
    service = CountService.open(path)
    service.policy = BackupPolicy(every=7, keep=3)
    service.record_many([KeyedInput((1,) * OFFICIALS)] * 7)
    service.close()  # waits for the backup
    backups = sorted((tmp_path / "crash.backups").glob("*.kiemphieu"))
    assert 0 < len(backups) <= 3, backups  # pruned to the last three
    for backup in backups:
        count = CountFile.open(backup, read_only=True)
        try:
            assert verify(count) == [], backup
        finally:
            count.close()
