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
TRUSTING_VOTERS = 0.70  # share of voters who mark "tín nhiệm cao" for everyone


def demo_definition() -> CountDefinition:
    text = resources.path("demo", "officials.csv").read_text(encoding="utf-8")
    return CountDefinition(
        title="Lấy phiếu tín nhiệm đối với Ủy viên Bộ Chính trị, Ban Bí thư (dữ liệu mẫu)",
        rules=preset("party-96"),
        officials=importers.parse_officials_csv(text, "officials.csv"),
        body="BAN CHẤP HÀNH TRUNG ƯƠNG",
        sitting="Hội nghị lần thứ 10",
        place="Hà Nội",
        date="2026-11-28",
        committee=(
            CommitteeMember("Nguyễn Văn Minh", Role.CHAIR, "Ủy viên Trung ương Đảng"),
            CommitteeMember("Trần Thị Hồng", Role.DEPUTY, "Ủy viên Trung ương Đảng"),
            CommitteeMember("Lê Quang Tuấn", Role.SECRETARY, "Phó Chánh Văn phòng Trung ương"),
            CommitteeMember("Phạm Thị Mai", Role.MEMBER, "Ủy viên dự khuyết Trung ương Đảng"),
            CommitteeMember("Đoàn Văn Hải", Role.MEMBER, "Ủy viên Trung ương Đảng"),
        ),
        copies=3,
    )


def demo_ballots(officials: int, count: int, seed: int = 2026) -> list[BallotInput]:
    """Ballots as a meeting fills them in: most voters trust everyone ("tín nhiệm cao" on
    every row, now and then one exception); the others weigh each person, and each person
    draws a different share of "tín nhiệm" and "tín nhiệm thấp". Rare blank or multiple
    rows; one ballot in 75 invalid as a whole. Overall about 88% of rows are level 1."""
    rng = random.Random(seed)
    shares = [(rng.uniform(0.05, 0.30), rng.uniform(0.0, 0.10)) for _ in range(officials)]
    out: list[BallotInput] = []
    for i in range(count):
        if i % 75 == 74:
            out.append(InvalidInput(InvalidReason.NAME_ADDED))
            continue
        if rng.random() < TRUSTING_VOTERS:
            marks = [1] * officials
            if rng.random() < 0.2:
                marks[rng.randrange(officials)] = 2 if rng.random() < 0.8 else 3
            out.append(KeyedInput(tuple(marks)))
            continue
        row = []
        for two, three in shares:
            r = rng.random()
            if r < 0.005:
                row.append(BLANK)
            elif r < 0.008:
                row.append(MULTIPLE)
            elif r < 0.008 + three:
                row.append(3)
            elif r < 0.008 + three + two:
                row.append(2)
            else:
                row.append(1)
        out.append(KeyedInput(tuple(row)))
    return out


def create_demo(path: Path | str, ballots: int = DEMO_BALLOTS) -> CountService:
    definition = demo_definition()
    service = CountService.create(path, definition, DEMO_NUMBERS)
    service.record_many(demo_ballots(len(definition.on_ballot), ballots))
    return service
