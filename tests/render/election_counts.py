"""Two elections to print (the minutes' tests and the pictures): a Party committee of 15 from 19
candidates under QĐ 190 with two excluded categories, a ballot keeping too many names and a tie
at the cut; and a State election of 3 from 5 where one seat is left unfilled. The ballots are
made so that each candidate gets the votes asked for and no ballot keeps more than the seats."""

from __future__ import annotations

from pathlib import Path

from desktop.domain import election_rules
from desktop.domain.ballot import BLANK, MULTIPLE
from desktop.domain.closing import Acknowledgement
from desktop.domain.count import CommitteeMember, CountDefinition, Numbers, Official, Role
from desktop.domain.election import KEPT, STRUCK, ElectionSetup, Exclusion
from desktop.services.count_service import CountService

COMMITTEE = (CommitteeMember("Nguyễn Thị Hồng", Role.CHAIR, "Phó Bí thư Đảng ủy"),
             CommitteeMember("Trần Văn Quý", Role.SECRETARY),
             CommitteeMember("Lê Minh Tâm", Role.MEMBER))
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ")
GIVEN = ("An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Khánh", "Lan", "Minh", "Nga", "Oanh",
         "Phúc", "Quang", "Sơn", "Thảo", "Uyên", "Vinh", "Xuân", "Yến")
# votes in ballot order: 13 clear of the bar, three at 18 for the last two seats, three below
PARTY_VOTES = (24, 22, 18, 25, 21, 5, 23, 20, 18, 26, 19, 6, 22, 24, 21, 18, 7, 25, 20)
PARTY_VALID = 26
STATE_VOTES = (8, 5, 6, 3, 5)  # of 10 valid ballots: 2 elected, 1 seat left
STATE_VALID = 10


def names(count: int) -> tuple[str, ...]:
    return tuple(f"{FAMILY[k % len(FAMILY)]} Văn {GIVEN[k % len(GIVEN)]}" for k in range(count))


def spread(votes: tuple[int, ...], ballots: int) -> list[tuple[int, ...]]:
    """``ballots`` strike ballots giving each candidate its votes, the kept names spread so
    that no ballot keeps many more than another (each candidate on the least-loaded ones)."""
    kept: list[set[int]] = [set() for _ in range(ballots)]
    for c in sorted(range(len(votes)), key=lambda c: -votes[c]):
        for b in sorted(range(ballots), key=lambda b: (len(kept[b]), b))[:votes[c]]:
            kept[b].add(c)
    return [tuple(KEPT if c in k else STRUCK for c in range(len(votes))) for k in kept]


def party_count(path: Path, closed: bool = True) -> CountService:
    definition = CountDefinition(
        "Bầu Ban Chấp hành Đảng bộ xã Tân Hòa khóa XV, nhiệm kỳ 2025–2030",
        election_rules.lookup("party-190"),
        tuple(Official(n) for n in names(len(PARTY_VOTES))),
        body="Đảng bộ huyện Châu Thành", sitting="Đại hội Đảng bộ xã Tân Hòa lần thứ XV",
        place="Tân Hòa", date="2026-11-28", committee=COMMITTEE, copies=3,
        election=ElectionSetup(15, 1, (Exclusion("Sinh hoạt tạm thời nơi khác", 2),
                                       Exclusion("Vắng mặt cả buổi có lý do", 1))))
    count = CountService.create(path, definition, Numbers(None, 30, 27, 27, 27))
    ballots = spread(PARTY_VOTES, PARTY_VALID)
    count.record_ballot(ballots[0])
    count.record_ballot((KEPT,) * 16 + (STRUCK,) * 3)  # 16 names kept for 15 seats
    for marks in ballots[1:]:
        count.record_ballot(marks)
    count.void_ballot(1, "nhập nhầm dòng 3")
    count.record_ballot(ballots[0])
    if closed:
        count.close_count(acknowledge(count))
    return count


def state_count(path: Path, closed: bool = True) -> CountService:
    definition = CountDefinition(
        "Bầu cử đại biểu Hội đồng nhân dân xã Tân Hòa, đơn vị bầu cử số 2",
        election_rules.lookup("state-election"),
        tuple(Official(n) for n in names(len(STATE_VOTES))),
        body="Ủy ban bầu cử xã Tân Hòa", sitting="Tổ bầu cử số 2", place="Tân Hòa",
        date="2026-11-28", committee=COMMITTEE, copies=3, document_number="02",
        election=ElectionSetup(3))
    count = CountService.create(path, definition, Numbers(12, 12, 11, 11, 11))
    for marks in spread(STATE_VOTES, STATE_VALID):
        count.record_ballot(marks)
    count.record_ballot((STRUCK,) * 5)  # every name struck: invalid (Điều 74)
    if closed:
        count.close_count(acknowledge(count))
    return count


def yes_no_count(path: Path) -> CountService:
    """A list without surplus: three candidates for three seats, đồng ý / không đồng ý per
    row, a row left blank and a row with both boxes (counted for nobody): the second
    candidate's 3 for, 3 against and 1 not counted of 7 round to 42,86 + 42,86 + 14,29 =
    100,01, and to 100,00 by the largest remainder (14,28)."""
    definition = CountDefinition(
        "Bầu Ban Kiểm tra", election_rules.lookup("state-election"),
        tuple(Official(n) for n in names(3)), body="Hội đồng nhân dân xã Tân Hòa",
        place="Tân Hòa", date="2026-11-28", committee=COMMITTEE, election=ElectionSetup(3))
    count = CountService.create(path, definition, Numbers(7, 7, 7, 7, 7))
    for marks in ((KEPT, KEPT, KEPT), (KEPT, STRUCK, KEPT), (KEPT, BLANK, STRUCK),
                  (MULTIPLE, KEPT, KEPT), (KEPT, STRUCK, STRUCK), (KEPT, STRUCK, KEPT),
                  (KEPT, KEPT, KEPT)):
        count.record_ballot(marks)
    count.close_count(acknowledge(count))
    return count


def acknowledge(count: CountService) -> list[Acknowledgement]:
    return [Acknowledgement(c.code, "Nguyễn Thị Hồng", "đã đối chiếu với phiếu giấy")
            for c in count.checks() if c.severity.value == "warning"]
