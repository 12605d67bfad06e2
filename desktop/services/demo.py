"""A demo count: fictitious officials, a Party rule set and ballots drawn with a fixed seed."""

from __future__ import annotations

import random
from pathlib import Path

from desktop import resources
from desktop.domain import importers
from desktop.domain.ballot import (
    BLANK,
    MULTIPLE,
    BallotInput,
    InvalidInput,
    InvalidReason,
    KeyedInput,
)
from desktop.domain.count import CommitteeMember, CountDefinition, Numbers, Role
from desktop.domain.rules import preset
from desktop.services.count_service import CountService

DEMO_NUMBERS = Numbers(members=200, summoned=200, present=196, issued=196, collected=196)
DEMO_BALLOTS = 150  # of 196 collected: a count in progress


def demo_definition() -> CountDefinition:
    text = resources.path("demo", "officials.csv").read_text(encoding="utf-8")
    return CountDefinition(
        title="Lấy phiếu tín nhiệm đối với Ủy viên Bộ Chính trị, Ban Bí thư (dữ liệu mẫu)",
        rules=preset("party-96"),
        officials=importers.parse_officials_csv(text, "officials.csv"),
        body="BAN CHẤP HÀNH TRUNG ƯƠNG (dữ liệu mẫu)",
        sitting="Hội nghị lần thứ 10",
        place="Hà Nội",
        date="2026-11-28",
        committee=(
            CommitteeMember("Nguyễn Văn Minh", Role.CHAIR),
            CommitteeMember("Trần Thị Hồng", Role.DEPUTY),
            CommitteeMember("Lê Quang Tuấn", Role.MEMBER),
            CommitteeMember("Phạm Thị Mai", Role.MEMBER),
            CommitteeMember("Đoàn Văn Hải", Role.MEMBER),
        ),
    )


def demo_ballots(officials: int, count: int, seed: int = 2026) -> list[BallotInput]:
    """Mostly "tín nhiệm cao", some "tín nhiệm", a few low, rare blank or multiple rows."""
    rng = random.Random(seed)
    # each official gets a share of level 2 and level 3, so the results differ per person
    shares = [(rng.uniform(0.03, 0.18), rng.uniform(0.0, 0.05)) for _ in range(officials)]
    out: list[BallotInput] = []
    for i in range(count):
        if i % 75 == 74:
            out.append(InvalidInput(InvalidReason.NAME_ADDED))
            continue
        marks = []
        for two, three in shares:
            r = rng.random()
            if r < 0.004:
                marks.append(BLANK)
            elif r < 0.006:
                marks.append(MULTIPLE)
            elif r < 0.006 + three:
                marks.append(3)
            elif r < 0.006 + three + two:
                marks.append(2)
            else:
                marks.append(1)
        out.append(KeyedInput(tuple(marks)))
    return out


def create_demo(path: Path | str, ballots: int = DEMO_BALLOTS) -> CountService:
    definition = demo_definition()
    service = CountService.create(path, definition, DEMO_NUMBERS)
    service.record_many(demo_ballots(len(definition.on_ballot), ballots))
    return service
