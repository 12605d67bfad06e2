"""The minutes of an election read back from the PDF, page by page, in both languages: a Party
committee of 15 from 19 (QĐ 190: two excluded categories, a ballot keeping 16 names, a tie for
the last two seats) and a State election of 3 from 5 (every name struck is invalid, a seat left
unfilled); a list without surplus whose rows add up to 100% by the largest remainder; the ODT
with the same text, opened by LibreOffice."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.domain.audit import format_fingerprint
from desktop.domain.words import Lang
from desktop.render import minutes
from desktop.services.count_service import CountService
from tests.render.election_counts import (
    PARTY_VOTES,
    STATE_VOTES,
    names,
    party_count,
    state_count,
    yes_no_count,
)
from tests.render.odt_reading import squeeze


def pages_text(path: Path) -> list[str]:
    return [unicodedata.normalize("NFC", " ".join((p.extract_text() or "").split()))
            for p in PdfReader(str(path)).pages]


@pytest.fixture(scope="module")
def party(folder: Path, qapp: object) -> CountService:
    return party_count(folder / "party.kiemphieu")


@pytest.fixture(scope="module")
def state(folder: Path, qapp: object) -> CountService:
    return state_count(folder / "state.kiemphieu")


def printed(service: CountService, folder: Path, lang: Lang) -> list[str]:
    path = folder / f"{service.definition.rules.code}-{lang.value}.pdf"
    total = minutes.write_pdf(path, service.minutes_data(), lang)
    pages = pages_text(path)
    assert len(pages) == total
    fingerprint = format_fingerprint(service.minutes_data().fingerprint)
    footer = "Trang {k}/{n}" if lang is Lang.VI else "Page {k}/{n}"
    for k, page in enumerate(pages, start=1):  # every page: its number and the fingerprint
        assert footer.format(k=k, n=total) in page and fingerprint in page
    return pages


def ranked(votes: tuple[int, ...], base: int, seats: int) -> tuple[list[int], list[int]]:
    """An independent reading of who is elected: more than half of the base, most votes
    first; equal votes that the seats left cannot all take are tied (positions from 1)."""
    passing = sorted((p for p in range(len(votes)) if 2 * votes[p] > base),
                     key=lambda p: (-votes[p], p))
    elected = [p for p in passing if sum(1 for q in passing if votes[q] >= votes[p]) <= seats]
    tied = [p for p in passing if p not in elected
            and sum(1 for q in passing if votes[q] > votes[p]) < seats]
    return [p + 1 for p in elected], [p + 1 for p in tied]


def page_of(pages: list[str], text: str) -> int:
    found = [k for k, page in enumerate(pages, start=1) if text in page]
    assert found, text
    return found[0]


def in_order(text: str, *parts: str) -> None:
    at = -1
    for part in parts:
        found = text.find(part, at + 1)
        assert found > at, part
        at = found


def test_the_party_minutes_page_by_page(party: CountService, folder: Path) -> None:
    pages = printed(party, folder, Lang.VI)
    first = pages[0]
    # the Party header (HD 36) on page 1 only, the title of an election's minutes
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in first and "CỘNG HÒA XÃ HỘI" not in first
    assert "ĐẢNG BỘ HUYỆN CHÂU THÀNH" in first and "Số …-BB/BKP" in first
    assert "BIÊN BẢN KIỂM PHIẾU BẦU CỬ" in first
    assert all("ĐẢNG CỘNG SẢN VIỆT NAM" not in p for p in pages[1:])
    in_order(first, "Quyết định số 190", "Hôm nay", "I. NỘI DUNG BẦU CỬ",
             "Bầu cử tại: Đại hội Đảng bộ xã Tân Hòa lần thứ XV", "Số lượng cần bầu: 15",
             "Lần bầu: lần thứ 1", "Danh sách bầu cử: 19 người (có số dư 4)",
             "1. Nguyễn Văn An; 2. Trần Văn Bình", "19. Đỗ Văn Yến.",
             "quá 1/2 tổng số đại biểu được triệu tập, trừ số không tính vào cơ số",
             "II. SỐ LIỆU", "Số được triệu tập: 30",
             "Số không tính vào cơ số: 3 (Sinh hoạt tạm thời nơi khác: 2; Vắng mặt cả buổi có "
             "lý do: 1)", "Số có mặt: 27 (vắng mặt: 3)")
    assert "Tổng số thành viên" not in first  # a congress of delegates: not typed, not shown
    text = " ".join(pages)
    # the numbers: 26 valid, 1 invalid by the program's own verdict, with their shares
    assert "Số phiếu hợp lệ: 26 (96,30% số phiếu đã kiểm)" in text
    # 364 names kept on 26 ballots spread evenly; the voided entry and the invalid ballot
    # are in no pile
    assert "Phiếu hợp lệ theo số người được bầu trên phiếu: bầu 14 người: 26 (100,00%)" in text
    assert ("Số phiếu không hợp lệ: 1 (3,70% số phiếu đã kiểm) (để lại nhiều tên hơn số lượng "
            "cần bầu: 1)") in text
    # the table in ballot order: votes and % of 27 (30 convened less 3), then the outcome
    elected, tied = ranked(PARTY_VOTES, 27, 15)
    rows = []
    for p, (name, votes) in enumerate(zip(names(19), PARTY_VOTES, strict=True), start=1):
        word = "Trúng cử" if p in elected else "Bằng phiếu" if p in tied else ""
        pct = f"{votes * 100 / 27:.2f}".replace(".", ",")
        rows.append(f"{p} {name} {votes} {pct} {word}".strip())
    in_order(text, "III. KẾT QUẢ BẦU CỬ ĐỐI VỚI TỪNG NGƯỜI", *rows,
             "trừ số không tính vào cơ số: 27.",
             "Cơ số 27 bằng 30 người được triệu tập trừ 3 người không tính vào cơ số.")
    assert "số dư lớn nhất" not in text  # QĐ 190 does not ask for it
    # the elected, most votes first, with the bar and its figure; the tie and the seats left
    assert len(elected) == 13 and len(tied) == 3
    listed = [f"{k}. {names(19)[p - 1]}: {PARTY_VOTES[p - 1]} phiếu"
              for k, p in enumerate(elected, start=1)]
    in_order(text, "IV. NGƯỜI TRÚNG CỬ",
             "Mức trúng cử: quá 1/2 tổng số đại biểu được triệu tập, trừ số không tính vào cơ "
             "số (27), tức từ 14 phiếu trở lên.",
             "Những người trúng cử (13/15), theo số phiếu từ cao xuống thấp:", *listed,
             "Bằng phiếu ở vị trí cuối, cho 2 ghế còn lại: " + ", ".join(
                 names(19)[p - 1] for p in tied) + ", mỗi người 18 phiếu (66,67%)",
             "Đại hội bầu lại trong số những người bằng phiếu.",
             "Còn 2 ghế chưa có người trúng cử",
             "V. SỬA CHỮA", "Bản nhập thứ 1 nhập nhầm, đã hủy và nhập lại theo phiếu giấy",
             "Biên bản kết thúc vào hồi", "lập thành 3 bản", "T/M BAN KIỂM PHIẾU", "TRƯỞNG BAN",
             "Nguyễn Thị Hồng", "THƯ KÝ", "Trần Văn Quý")
    # the closing and the signatures on one page, the chart annex after them
    signed = page_of(pages, "CÁC THÀNH VIÊN BAN KIỂM PHIẾU")
    assert page_of(pages, "Biên bản kết thúc") == page_of(pages, "T/M BAN KIỂM PHIẾU") == signed
    assert page_of(pages, "PHỤ LỤC") == len(pages) == signed + 1
    for code in ("too_many_kept", "summoned_less_excluded", "further_round", "party-190"):
        assert code not in text


def test_the_party_minutes_in_english(party: CountService, folder: Path) -> None:
    pages = printed(party, folder, Lang.EN)
    text = " ".join(pages)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" not in text and "COMMUNIST PARTY OF VIETNAM" in pages[0]
    elected, _ = ranked(PARTY_VOTES, 27, 15)
    in_order(text, "ELECTION COUNTING MINUTES", "I. THE ELECTION", "Seats to fill: 15",
             "19 candidates (4 more than the seats)", "II. NUMBERS",
             "Excluded from the base: 3 (Sinh hoạt tạm thời nơi khác: 2; Vắng mặt cả buổi có "
             "lý do: 1)", "Valid ballots: 26 (96.30% of the ballots counted)",
             "keeps more names than", "there are seats: 1", "III. RESULTS PER CANDIDATE",
             "1 Nguyễn Văn An 24 88.89 Elected", "3 Lê Văn Châu 18 66.67 Tied",
             "IV. THE ELECTED", "that is 14 votes or more", "Elected (13 of 15), most votes "
             "first:", f"1. {names(19)[elected[0] - 1]}: 26 votes, 96.30%",
             "Tied for the last 2 seats:", "The congress votes again among those tied.",
             "2 seats left unfilled", "FOR THE COUNTING COMMITTEE")
    # the program's words in English only (the names, places and notes are the committee's)
    for word in ("Trúng cử", "Bằng phiếu", "Số lượng", "Mức trúng cử", "ghế", "đại hội quyết định"):
        assert word not in text, word


def test_the_state_minutes_in_both_languages(state: CountService, folder: Path) -> None:
    vi = printed(state, folder, Lang.VI)
    text = " ".join(vi)
    # the State header (ND 30) and no Party mark
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in vi[0] and "Độc lập - Tự do - Hạnh phúc" in vi[0]
    assert "ĐẢNG CỘNG SẢN" not in text and "Số: 02/BB-BKP" in vi[0]
    elected, tied = ranked(STATE_VOTES, 10, 3)
    assert (elected, tied) == ([1, 3], [])
    in_order(text, "BIÊN BẢN KIỂM PHIẾU BẦU CỬ", "Danh sách bầu cử: 5 người (có số dư 2)",
             "Phiếu gạch tên tất cả là phiếu không hợp lệ",
             "Tổng số cử tri: 12",  # an electorate: its voters, not deputies
             "Số phiếu hợp lệ: 10 (90,91% số phiếu đã kiểm)",
             # 27 names kept on 10 ballots keeping at most 3: seven keep 3, three keep 2
             "Phiếu hợp lệ theo số người được bầu trên phiếu: bầu 3 người: 7 (70,00%); bầu 2 "
             "người: 3 (30,00%)",
             "Số phiếu không hợp lệ: 1 (9,09% số phiếu đã kiểm) (gạch tên tất cả: 1)",
             "1 Nguyễn Văn An 8 80,00 Trúng cử", "2 Trần Văn Bình 5 50,00 3",
             "3 Lê Văn Châu 6 60,00 Trúng cử", "Tỷ lệ % tính trên tổng số phiếu hợp lệ: 10.",
             "Theo phương pháp số dư lớn nhất, tỷ lệ % của mỗi cơ cấu sau được làm tròn để cộng "
             "đủ 100%: phiếu hợp lệ và không hợp lệ; phiếu hợp lệ theo số người được bầu trên "
             "phiếu.", "tức từ 6 phiếu trở lên",
             "Những người trúng cử (2/3)", "1. Nguyễn Văn An: 8 phiếu, đạt 80,00%",
             "2. Lê Văn Châu: 6 phiếu, đạt 60,00%", "Còn 1 ghế chưa có người trúng cử; việc bầu "
             "thêm do cơ quan có thẩm quyền quyết định theo luật.")
    assert "Bằng phiếu ở vị trí cuối, cho" not in text  # nobody tied
    en = " ".join(printed(state, folder, Lang.EN))
    in_order(en, "SOCIALIST REPUBLIC OF VIETNAM", "ELECTION COUNTING MINUTES",
             "Voters in total: 12",
             "Valid ballots by the number of names they keep: keeping 3: 7 (70.00%); keeping "
             "2: 3 (30.00%)",
             "Invalid ballots: 1 (9.09% of the ballots counted) (strikes every name: 1)",
             "By the largest remainder, the percentages of each of these breakdowns are rounded "
             "so that they add up to 100%: the valid and invalid ballots; the valid ballots by "
             "the names they keep.",
             "Elected (2 of 3), most votes first:", "1 seat left unfilled")


def test_a_list_without_surplus_shows_for_against_and_rows_not_counted(
        folder: Path, qapp: object) -> None:
    service = yes_no_count(folder / "yes-no.kiemphieu")
    path = folder / "yes-no.pdf"
    minutes.write_pdf(path, service.minutes_data(), Lang.VI)
    pages = pages_text(path)
    text = " ".join(pages)
    in_order(text, "3 người (không có số dư)",
             # 3, 2 and 1 names for: 2, 3 and 2 of 7 ballots, 100,00 by the largest remainder
             "bầu 3 người: 2 (28,57%); bầu 2 người: 3 (42,86%); bầu 1 người: 2 (28,57%)",
             "Đồng ý", "Không đồng ý",
             "Không tính (bỏ trống, đánh cả hai ô)",
             # 6, 0 and 1 (both boxes) of 7; 3, 3 and 1 (blank): 14,29 by itself, 14,28 so
             # that the row adds up to 100,00
             "1 Nguyễn Văn An 6 85,71 0 0,00 1 14,29 Trúng cử",
             "2 Trần Văn Bình 3 42,86 3 42,86 1 14,28", "3 Lê Văn Châu 5 71,43 2 28,57 0 0,00 "
             "Trúng cử", "phiếu hợp lệ và không hợp lệ; số đồng ý, không đồng ý và không tính "
             "của từng người; phiếu hợp lệ theo số người được bầu trên phiếu.",
             # the text between the table and the signatures is drawn (Qt's lazy layout left
             # it without lines once a heading moved to the next page)
             "IV. NGƯỜI TRÚNG CỬ", "tức từ 4 phiếu trở lên", "Còn 1 ghế", "V. SỬA CHỮA",
             "Biên bản kết thúc", "T/M BAN KIỂM PHIẾU")
    for name in names(3):  # each row's for, against and not counted add up to 100,00
        found = re.search(rf"{name} \d+ ([\d,]+) \d+ ([\d,]+) \d+ ([\d,]+)", text)
        assert found is not None, name
        assert sum(Decimal(x.replace(",", ".")) for x in found.groups()) == 100, name
    service.close()


def test_the_odt_holds_the_same_minutes(party: CountService, folder: Path) -> None:
    path = folder / "party.odt"
    minutes.write_odt(path, party.minutes_data(), Lang.VI)
    with zipfile.ZipFile(path) as odt:
        content = squeeze(re.sub(r"<[^>]+>", " ", odt.read("content.xml").decode("utf-8")))
    for part in ("BIÊN BẢN KIỂM PHIẾU BẦU CỬ", "Số lượng cần bầu", "Sinh hoạt tạm thời nơi "
                 "khác: 2", "Những người trúng cử (13/15)", "cho 2 ghế còn lại",
                 "Còn 2 ghế chưa có người trúng cử", "T/M BAN KIỂM PHIẾU"):
        assert squeeze(part) in content, part
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    out = folder / "lo-election"
    subprocess.run([soffice, f"-env:UserInstallation={(folder / 'profile-e').as_uri()}",
                    "--headless", "--convert-to", "pdf", "--outdir", str(out), str(path)],
                   check=True, capture_output=True, timeout=180)
    theirs = " ".join(pages_text(out / "party.pdf"))
    ours = pages_text(folder / "party-190-vi.pdf") if (folder / "party-190-vi.pdf").exists() \
        else printed(party, folder, Lang.VI)
    assert len(PdfReader(str(out / "party.pdf")).pages) == len(ours)
    for part in ("BIÊN BẢN KIỂM PHIẾU BẦU CỬ", "Những người trúng cử (13/15)",
                 "Còn 2 ghế chưa có người trúng cử", "PHỤ LỤC"):
        assert squeeze(part) in squeeze(theirs), part
