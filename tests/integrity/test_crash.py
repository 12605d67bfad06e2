from pathlib import Path

from tests.integrity.crash import run_kills

KILLS = 50


def test_killed_at_random_moments_nothing_acknowledged_is_lost(tmp_path: Path) -> None:
    stats = run_kills(tmp_path / "crash.kiemphieu", KILLS)
    assert stats.kills == KILLS
    assert stats.acknowledged > KILLS  # the child really was saving ballots when killed
    assert (stats.lost, stats.half_ballots, stats.verify_failures) == (0, 0, 0)
    backups = list((tmp_path / "crash.backups").glob("*.kiemphieu"))
    assert 0 < len(backups) <= 3  # rolling backups, pruned, also survived the kills
