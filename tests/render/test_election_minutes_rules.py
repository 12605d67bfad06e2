"""Every election rule set prints its minutes with its own base in words and its figure, the
bar with the fewest votes it asks for, and its header; a tie under the State's rule says what
the law does with it. Three from four, in both languages, with no code on the page."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.domain import election_rules
from desktop.domain.count import CountDefinition, Numbers, Official
from desktop.domain.election import KEPT, STRUCK, ElectionSetup
from desktop.domain.words import Lang
from desktop.render import minutes
from desktop.services.count_service import CountService
from tests.render.election_counts import COMMITTEE, acknowledge, names


def text_of(path: Path) -> str:
    return unicodedata.normalize("NFC", " ".join(
        " ".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages))


def count(path: Path, code: str, seats: int, ballots: list[tuple[int, ...]],
          numbers: Numbers) -> CountService:
    definition = CountDefinition(
        "Bầu thử", election_rules.lookup(code), tuple(Official(n) for n in names(
            len(ballots[0]))), body="Cơ quan cấp trên", sitting="Đại hội", place="Huế",
        date="2026-11-28", committee=COMMITTEE, election=ElectionSetup(seats))
    service = CountService.create(path, definition, numbers)
    for marks in ballots:
        service.record_ballot(marks)
    service.close_count(acknowledge(service))
    return service


K, S = KEPT, STRUCK
# of four candidates, three seats: 9 valid ballots and one striking every name
BALLOTS = [(K, K, K, S)] * 5 + [(K, K, S, K)] * 2 + [(K, S, S, S)] * 2 + [(S, S, S, S)]
NUMBERS = Numbers(14, 12, 11, 10, 10)


@pytest.mark.parametrize(("code", "base_vi", "base_en", "value", "least"), [
    ("party-190", "tổng số đại biểu được triệu tập, trừ số không tính vào cơ số",
     "the delegates convened, less those excluded from the base", 12, 7),
    ("state-election", "tổng số phiếu hợp lệ", "the number of valid ballots", 9, 5),
    ("assembly-officers", "tổng số đại biểu", "the total number of deputies", 14, 8),
    ("youth-union", "tổng số phiếu thu về", "the number of ballots collected", 10, 6),
    ("trade-union", "tổng số phiếu hợp lệ", "the number of valid ballots", 10, 6),
])
def test_each_rule_set_prints_its_base_and_bar(tmp_path: Path, qapp: object, code: str,
                                               base_vi: str, base_en: str, value: int,
                                               least: int) -> None:
    service = count(tmp_path / "e.kiemphieu", code, 3, BALLOTS, NUMBERS)
    data = service.minutes_data()
    for lang, base, bar in (
            (Lang.VI, base_vi, f"Mức trúng cử: quá 1/2 {base_vi} ({value}), tức từ {least} "
                               "phiếu trở lên."),
            (Lang.EN, base_en, f"To be elected: more than 1/2 of {base_en} ({value}), that is "
                               f"{least} votes or more.")):
        path = tmp_path / f"{lang.value}.pdf"
        minutes.write_pdf(path, data, lang)
        text = text_of(path)
        assert bar in text, (code, lang)
        assert f"{base}: {value}." in text
        party = "ĐẢNG CỘNG SẢN VIỆT NAM" if lang is Lang.VI else "COMMUNIST PARTY OF VIETNAM"
        assert (party in text) is code.startswith("party")
        for word in (code, "valid_ballots", "all_struck", "too_many_kept", "further_round"):
            assert word not in text
    service.close()


def test_a_tie_under_the_state_rule_is_left_to_the_law(tmp_path: Path, qapp: object) -> None:
    # two seats, three candidates, 8 valid ballots keeping two names each: A 6, B 5, C 5;
    # 2·5 > 8 so B and C both pass and tie for the one seat left after A
    ballots = [(K, K, S)] * 3 + [(K, S, K)] * 3 + [(S, K, K)] * 2
    service = count(tmp_path / "t.kiemphieu", "state-election", 2, ballots,
                    Numbers(8, 8, 8, 8, 8))
    path = tmp_path / "t.pdf"
    minutes.write_pdf(path, service.minutes_data(), Lang.VI)
    text = text_of(path)
    assert "Những người trúng cử (1/2)" in text and "1. Nguyễn Văn An: 6 phiếu, đạt 75,00%" in text
    assert ("Bằng phiếu ở vị trí cuối, cho 1 ghế còn lại: Trần Văn Bình, Lê Văn Châu, mỗi "
            "người 5 phiếu (62,50%); chưa ai trong số này trúng cử. Theo luật, người nhiều tuổi "
            "hơn trúng cử; Ban kiểm phiếu ghi nhận người đó vào biên bản.") in text
    assert "Còn 1 ghế chưa có người trúng cử" in text
    service.close()
