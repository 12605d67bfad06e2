"""Election counts for the tests, the benches and the screenshots: a congress electing
``seats`` from ``candidates`` names, made through CountService with a shipped rule set, and
ballots struck as voters strike them."""

from __future__ import annotations

import random
from pathlib import Path

from desktop.domain import election_rules
from desktop.domain.ballot import KeyedInput
from desktop.domain.count import CountDefinition, Numbers, Official
from desktop.domain.election import KEPT, STRUCK, ElectionSetup, Exclusion
from desktop.services.count_service import CountService

GIVEN = ("An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hùng", "Khánh", "Lan", "Long",
         "Mai", "Minh", "Nam", "Ngọc", "Phong", "Quang", "Sơn", "Thảo", "Trang")


def candidates(n: int) -> tuple[Official, ...]:
    """``n`` names in A-B-C order by given name, as State and Đoàn lists print them."""
    return tuple(Official(f"Nguyễn Văn {GIVEN[i % len(GIVEN)]}"
                          + (f" {i // len(GIVEN) + 1}" if n > len(GIVEN) else ""),
                          "Đảng viên")
                 for i in range(n))


def election(path: Path, n: int, seats: int, rules: str = "party-190", *,
             summoned: int = 150, excluded: int = 0, collected: int | None = None,
             title: str = "Bầu Ban Chấp hành Đảng bộ khóa mới") -> CountService:
    """A new election in ``path``: ``summoned`` convened (``excluded`` of them living away),
    every one present and given a ballot; ``collected`` ballots back (all, unless said)."""
    exclusions = (Exclusion("Sinh hoạt tạm thời nơi khác", excluded),) if excluded else ()
    definition = CountDefinition(title, election_rules.lookup(rules), candidates(n),
                                 body="Đảng bộ Phường Bến Nghé",
                                 election=ElectionSetup(seats, 1, exclusions))
    present = summoned - excluded
    return CountService.create(path, definition, Numbers(
        summoned, summoned, present, present, present if collected is None else collected))


def struck_ballots(n: int, seats: int, count: int, seed: int = 14) -> list[KeyedInput]:
    """Ballots as a congress strikes them: each candidate has an appeal; each voter keeps
    the ``seats`` they like best (with some noise), striking one or two more now and then
    (a voter keeps fewer names than seats 30% of the time); one ballot in 60 keeps one
    name too many, which the program finds invalid."""
    rng = random.Random(seed)
    appeal = [rng.uniform(0.2, 1.0) for _ in range(n)]
    out = []
    for i in range(count):
        keep = seats + 1 if i % 60 == 59 else seats - rng.choices((0, 1, 2), (70, 20, 10))[0]
        liked = sorted(range(n), key=lambda c: -(appeal[c] + rng.gauss(0, 0.35)))[:keep]
        chosen = set(liked)
        out.append(KeyedInput(tuple(KEPT if c in chosen else STRUCK for c in range(n))))
    return out


def key(service: CountService, ballots: list[KeyedInput]) -> None:
    for start in range(0, len(ballots), 200):
        service.record_many(list(ballots[start:start + 200]))
