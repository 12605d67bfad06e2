"""The minutes' format read back from the PDF (DOCUMENTS.md): the header lines' sizes and
weights, the drawn rules, the body's size, justification and spacing, the dates and the count's
own clock, the opening, the table that adds up, the thresholds quoted, the corrections in the
committee's words, no row split across pages, and the State base shown both ways."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextFormat

from desktop.domain import clock
from desktop.domain.ballot import InvalidReason
from desktop.domain.closing import Acknowledgement
from desktop.domain.count import CommitteeMember, CountDefinition, Numbers, Official, Role
from desktop.domain.minutes import date_words
from desktop.domain.rules import preset
from desktop.domain.words import Lang
from desktop.render import minutes
from desktop.services.count_service import CountService
from tests.render.pdf_read import Span, spans

PT_MM = 25.4 / 72
# the meeting is today where it is held: the opening sentence then gives the time it began
TODAY = clock.local(clock.now_utc(), "Asia/Ho_Chi_Minh").date()  # type: ignore[union-attr]


def state_count(path: Path) -> CountService:
    officials = (Official("Lê Duy Thành", "Chủ tịch Ủy ban nhân dân tỉnh"),
                 Official("Hoàng Thị Thúy Lan", "Chủ tịch Hội đồng nhân dân tỉnh, Trưởng Ban "
                                                "Chỉ đạo phòng chống thiên tai và tìm kiếm "
                                                "cứu nạn của tỉnh"),
                 Official("Vũ Chí Giang", "Phó Chủ tịch Ủy ban nhân dân tỉnh"))
    definition = CountDefinition(
        "Lấy phiếu tín nhiệm đối với người giữ chức vụ do Hội đồng nhân dân tỉnh bầu",
        preset("state-96"), officials, body="Hội đồng nhân dân tỉnh Vĩnh Phúc",
        sitting="Kỳ họp thứ 15", place="Vĩnh Phúc", date=TODAY.isoformat(),
        committee=(CommitteeMember("Trần Văn Bình", Role.CHAIR, "Trưởng Ban Pháp chế"),
                   CommitteeMember("Lê Thị Thu", Role.SECRETARY),
                   CommitteeMember("Phạm Minh Đức", Role.MEMBER),
                   CommitteeMember("Đỗ Quang Hòa", Role.WITNESS, "Đại diện Ủy ban MTTQ tỉnh")),
        copies=3, document_number="05")
    count = CountService.create(path, definition, Numbers(50, 50, 10, 10, 10))
    count.open_stack("A", 10)
    for marks in ((3, 1, 1), (3, 1, 1), (3, 2, 1), (3, 3, 1), (3, 1, 2), (3, 1, 1),
                  (1, 1, 1), (2, 1, 1), (1, 1, 1)):
        count.record_ballot(marks)
    count.void_ballot(2, "chọn nhầm mức ở dòng 1")
    count.record_ballot((3, 1, 1))
    count.record_invalid(InvalidReason.OTHER, "rách đôi, không đọc được")
    count.close_count([Acknowledgement(c.code, "Trần Văn Bình", "đã xem lại phiếu")
                       for c in count.checks() if c.severity.value == "warning"])
    return count


@pytest.fixture
def state(tmp_path: Path) -> Iterator[CountService]:
    count = state_count(tmp_path / "state.kiemphieu")
    yield count
    count.close()


def pdf_of(count: CountService, path: Path, lang: Lang = Lang.VI) -> list[Span]:
    minutes.write_pdf(path, count.minutes_data(), lang)
    return spans(path)


def first(found: list[Span], text: str) -> Span:
    hit = [s for s in found if s.text.startswith(text)]
    assert hit, f"{text!r} not in {[s.text for s in found][:40]}"
    return hit[0]


def text_of(found: list[Span]) -> str:
    """The text within the margins (the page number atop and the footer left out), so that a
    sentence running over a page break reads whole."""
    return " ".join(s.text for s in found if 20 - 1 < s.y < 297 - 20 - 8)


def test_the_party_header_has_its_sizes_weights_and_star(tmp_path: Path) -> None:
    from desktop.services import demo
    count = demo.create_demo(tmp_path / "demo.kiemphieu")
    found = pdf_of(count, tmp_path / "p.pdf")
    count.close()
    superior = first(found, "BAN CHẤP HÀNH TRUNG")
    assert (superior.size, superior.font) == (14.0, "KiemPhieuSerif-Regular")
    issuing = first(found, "BAN KIỂM PHIẾU")
    assert (issuing.size, issuing.font) == (14.0, "KiemPhieuSerif-Bold")
    assert first(found, "*").y > issuing.y  # the star under the issuing body
    number = first(found, "Số …-BB/BKP")
    assert number.size == 14.0 and number.font.endswith("Regular")
    party = first(found, "ĐẢNG CỘNG SẢN VIỆT NAM")
    assert (party.size, party.font) == (15.0, "KiemPhieuSerif-Bold")
    place = first(found, "Hà Nội, ngày 28 tháng 11 năm 2026")
    assert (place.size, place.font) == (14.0, "KiemPhieuSerif-Italic")
    title = first(found, "BIÊN BẢN KIỂM PHIẾU")
    assert (title.size, title.font) == (16.0, "KiemPhieuSerif-Bold")
    summary = first(found, "Lấy phiếu tín nhiệm đối với Ủy viên")
    assert (summary.size, summary.font) == (14.0, "KiemPhieuSerif-Bold")
    body = first(found, "Căn cứ Quy định số 96-QĐ/TW")
    assert body.size == 14.0 and body.x > 30.0 + 9  # a first-line indent of 1 cm
    assert "Số: …" not in text_of(found)  # the State's number line is not the Party's


def test_the_state_header_and_its_rules(state: CountService, tmp_path: Path) -> None:
    found = pdf_of(state, tmp_path / "s.pdf")
    nation = first(found, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert (nation.size, nation.font) == (12.0, "KiemPhieuSerif-Bold")
    motto = first(found, "Độc lập - Tự do - Hạnh phúc")
    assert (motto.size, motto.font) == (13.0, "KiemPhieuSerif-Bold")
    superior = first(found, "HỘI ĐỒNG NHÂN DÂN TỈNH")
    assert (superior.size, superior.font) == (13.0, "KiemPhieuSerif-Regular")
    issuing = first(found, "BAN KIỂM PHIẾU")
    assert (issuing.size, issuing.font) == (13.0, "KiemPhieuSerif-Bold")
    assert first(found, "Số: 05/BB-BKP").size == 13.0
    assert "*" not in {s.text for s in found if s.page == 1}  # the star is the Party's mark
    # the rules are drawn lines (an <hr> each), not underlined text
    doc = minutes.build_document(state.minutes_data(), Lang.VI)
    rules = []
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().hasProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth):
            rules.append(block.blockFormat().lengthProperty(
                QTextFormat.Property.BlockTrailingHorizontalRulerWidth).rawValue())
        block = block.next()
    assert len(rules) == 2
    units = minutes.Units(minutes.REFERENCE_DPI)
    motto_width = units.text_width("Độc lập - Tự do - Hạnh phúc", 13, bold=True)
    issuing_width = units.text_width("KỲ HỌP THỨ 15", 13, bold=True)
    assert motto_width in rules  # the motto's rule is the length of its line
    short = min(rules)
    assert issuing_width / 3 <= short <= issuing_width / 2  # 1/3 to 1/2 of the issuing body
    assert "<u>" not in doc.toHtml() or "text-decoration: underline" not in doc.toHtml()


def test_the_body_is_justified_14_pt_with_6_pt_between_paragraphs(
        state: CountService, tmp_path: Path) -> None:
    found = pdf_of(state, tmp_path / "s.pdf")
    basis = [s for s in found if s.page == 1 and s.y > first(found, "Căn cứ").y - 0.1
             and s.y < first(found, "Hôm nay").y]
    assert {s.size for s in basis} == {14.0}
    line = basis[1].y - basis[0].y  # two lines of one paragraph
    gap = first(found, "Hôm nay").y - basis[-1].y  # the next paragraph
    assert gap - line >= 6 * PT_MM - 0.1
    doc = minutes.build_document(state.minutes_data(), Lang.VI)
    block = doc.find("Căn cứ Nghị quyết").block()
    assert block.blockFormat().alignment() & Qt.AlignmentFlag.AlignJustify
    assert round(block.blockFormat().bottomMargin()) == minutes.Units().pt(6)


def test_dates_take_a_leading_zero_only_below_10_and_in_the_first_two_months() -> None:
    assert date_words(date(2026, 2, 5), Lang.VI) == "ngày 05 tháng 02 năm 2026"
    assert date_words(date(2026, 7, 15), Lang.VI) == "ngày 15 tháng 7 năm 2026"
    assert date_words(date(2023, 10, 25), Lang.VI) == "ngày 25 tháng 10 năm 2023"
    assert date_words(date(2026, 1, 9), Lang.VI) == "ngày 09 tháng 01 năm 2026"
    assert date_words(date(2026, 12, 1), Lang.EN) == "1 December 2026"


@pytest.fixture
def utc_machine() -> Iterator[None]:
    before = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if before is None:
        os.environ.pop("TZ")
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_every_time_printed_is_the_counts_own_whatever_the_machines_zone(
        state: CountService, tmp_path: Path, utc_machine: None) -> None:
    data = state.minutes_data()
    closed = clock.local(data.closure.closed_at, "Asia/Ho_Chi_Minh")
    started = clock.local(data.started_at, "Asia/Ho_Chi_Minh")
    assert closed is not None and started is not None
    text = text_of(pdf_of(state, tmp_path / "s.pdf"))
    assert f"Biên bản kết thúc vào hồi {closed:%H} giờ {closed:%M} phút, " \
           f"{date_words(closed.date(), Lang.VI)}; lập thành 3 bản" in text
    assert f"Hôm nay, vào hồi {started:%H} giờ {started:%M} phút, " \
           f"{date_words(started.date(), Lang.VI)}, tại Vĩnh Phúc" in text


def test_the_opening_the_numbers_and_a_table_that_adds_up(
        state: CountService, tmp_path: Path) -> None:
    text = text_of(pdf_of(state, tmp_path / "s.pdf"))
    assert "1. Trần Văn Bình, Trưởng Ban Pháp chế, Trưởng ban" in text
    assert "2. Lê Thị Thu, Thư ký" in text
    assert "Với sự chứng kiến của: 1. Đỗ Quang Hòa, Đại diện Ủy ban MTTQ tỉnh" in text
    assert "NGƯỜI CHỨNG KIẾN" in text and "THƯ KÝ" in text
    # the free text of an "other" invalid ballot
    assert "lý do khác: 1 (rách đôi, không đọc được)" in text
    # per person: the levels, the rows invalid for that person, the invalid ballots: 10
    data = state.minutes_data()
    for r in data.snapshot.results:
        assert sum(r.counts) + r.blank + r.multiple + data.snapshot.invalid == 10
    assert "Mỗi dòng cộng lại bằng tổng số phiếu đã kiểm (10)." in text
    assert "Biểu đồ kết quả kèm theo biên bản này (Phụ lục)." in text


def test_the_state_base_both_ways_and_the_thresholds_quoted(
        state: CountService, tmp_path: Path) -> None:
    text = text_of(pdf_of(state, tmp_path / "s.pdf"))
    assert ("Tỷ lệ % tính trên tổng số phiếu thu về: 10 (theo khoản 3 Điều 19 Nghị quyết số "
            "96/2023/QH15).") in text
    assert "Để đối chiếu, tỷ lệ % tính trên tổng số đại biểu: 50 (không dùng để xét ngưỡng)" in text
    # Lê Duy Thành: 6 of 10 low (60,00 % of ballots; 12,00 % of the 50 deputies)
    assert "60,00" in text and "12,00" in text
    assert ("Người có trên 1/2 đến dưới 2/3 tổng số phiếu thu về đánh giá “Tín nhiệm thấp” "
            "(1): Lê Duy Thành (6 phiếu, bằng 60,00%).") in text
    assert ("Không có người nào có từ 2/3 tổng số phiếu thu về trở lên đánh giá “Tín nhiệm "
            "thấp”.") in text
    assert "Khoản 3 Điều 12 Nghị quyết số 96/2023/QH15: “Người được lấy phiếu tín nhiệm có " \
           "từ hai phần ba tổng số phiếu" in text
    assert ": không có ai" not in text


def test_corrections_in_the_committees_words_and_no_code_or_key(
        state: CountService, tmp_path: Path) -> None:
    text = text_of(pdf_of(state, tmp_path / "s.pdf"))
    assert ("Bản nhập thứ 2 nhập nhầm, đã hủy và nhập lại theo phiếu giấy (chọn nhầm mức ở "
            "dòng 1).") in text
    assert "Hủy phiếu số" not in text and "mỗi phiếu được nhập" not in text
    for code in ("low_over_half", "low_two_thirds", "invalid_over_3_percent", "Ctrl+", "_"):
        assert code not in text, code


def test_no_row_is_split_across_pages_and_no_header_word_is_broken(tmp_path: Path) -> None:
    long_title = ("Phó Chủ tịch Ủy ban nhân dân tỉnh, Trưởng Ban Chỉ đạo phòng chống thiên "
                  "tai và tìm kiếm cứu nạn")
    count = state_count(tmp_path / "s.kiemphieu")
    definition = replace(count.definition, officials=tuple(
        Official(f"Nguyễn Văn Số {k}", long_title if k % 3 else "Ủy viên") for k in range(40)))
    count.close()
    count = CountService.create(tmp_path / "long.kiemphieu", definition,
                                Numbers(50, 50, 10, 10, 10))
    count.record_ballot((1,) * 40)
    for lang in Lang:
        found = pdf_of(count, tmp_path / f"l-{lang.value}.pdf", lang)
        pages = {s.page for s in found}
        assert len(pages) >= 3
        # in the table, a post (10 pt) is always under its name (11 pt) on the same page:
        # a page whose first line in the names' column is a post began inside a split row
        names = [x for x in found if x.size == 11.0 and x.text.startswith("Nguyễn Văn Số")]
        assert len(names) >= 40
        column = min(x.x for x in names)
        for page in pages:
            cells = sorted((x for x in found if x.page == page and abs(x.x - column) < 1
                            and x.size in (10.0, 11.0) and not x.font.endswith("Bold")),
                           key=lambda x: x.y)
            assert not cells or cells[0].size == 11.0, (lang, page, cells[0].text)
            for name, post in pairwise(cells):
                assert not (post.size == 10.0 and post.y - name.y > 3 * 14 * PT_MM)
        # and no page of the table ends early: each is filled before the next begins (the
        # table's names are those with their post under them)
        rows = [x for x in names if any(p.page == x.page and p.size == 10.0 and abs(p.x - x.x) < 1
                                        and 0 < p.y - x.y < 6 for p in found)]
        table_pages = sorted({x.page for x in rows})
        for page in table_pages[:-1]:
            lowest = max(x.y for x in rows if x.page == page)
            assert lowest > 297 - 28 - 40, (lang, page, lowest)
        # every word of the table's header is whole
        words = {w for label in ("High confidence", "Confidence", "Low confidence", "Votes",
                                 "Row blank or several boxes", "Invalid ballot", "Total",
                                 "Tín nhiệm cao", "Tín nhiệm thấp", "Số phiếu", "Tỷ lệ %",
                                 "Dòng bỏ trống, đánh nhiều ô", "Phiếu không hợp lệ", "Cộng")
                 for w in label.split()}
        head = [s for s in found if s.size == 10.0 and s.font.endswith("Bold")]
        for s in head:
            for piece in s.text.split():
                assert piece in words or piece in {"No.", "TT", "Name,", "post", "Họ", "và",
                                                   "tên,", "chức", "vụ", "%", "Not", "valid",
                                                   "Không", "hợp", "lệ", "nhiều ô",
                                                   "Invalid"}, piece
    count.close()


def test_the_closed_chart_says_absent_and_marks_nothing_settled(
        state: CountService, tmp_path: Path) -> None:
    found = pdf_of(state, tmp_path / "s.pdf")
    annex = [s for s in found if s.page == max(x.page for x in found)]
    words = text_of(annex)
    assert "PHỤ LỤC: BIỂU ĐỒ KẾT QUẢ" in words and "vắng mặt / không bỏ phiếu" in words
    assert "chưa nhập" not in words and "kết quả đã rõ" not in words


def test_the_log_has_a_header_its_notes_and_signature_lines(
        state: CountService, tmp_path: Path) -> None:
    pdf = tmp_path / "log.pdf"
    minutes.write_log_pdf(pdf, state.minutes_data(), state.events(), Lang.VI)
    found = spans(pdf)
    text = text_of(found)
    for words in ("HỘI ĐỒNG NHÂN DÂN TỈNH VĨNH PHÚC", "KỲ HỌP THỨ 15", "NHẬT KÝ NHẬP PHIẾU",
                  "Lấy phiếu tín nhiệm đối với người giữ chức vụ",
                  f"Vĩnh Phúc, {date_words(TODAY, Lang.VI)}",
                  "lý do khác: rách đôi, không đọc được",
                  "NGƯỜI NHẬP PHIẾU", "T/M BAN KIỂM PHIẾU", "(ký, ghi rõ họ tên)"):
        assert words in text, words
    sign = first(found, "(ký, ghi rõ họ tên)")
    footer = first(found, "Trang ")
    assert footer.page > sign.page or footer.y - sign.y > 14  # room to sign under the line
    english = tmp_path / "log-en.pdf"
    minutes.write_log_pdf(english, state.minutes_data(), state.events(), Lang.EN)
    assert "BALLOT-ENTRY LOG" in text_of(spans(english))


def _long_state(tmp_path: Path, officials: int = 50) -> CountService:
    """A State count of many officials: the minutes run over several pages."""
    count = state_count(tmp_path / f"s{officials}.kiemphieu")
    definition = replace(count.definition, officials=tuple(
        Official(f"Trần Thị Số {k}", "Phó Chủ tịch Ủy ban nhân dân tỉnh")
        for k in range(officials)))
    count.close()
    count = CountService.create(tmp_path / f"long{officials}.kiemphieu", definition,
                                Numbers(60, 60, 3, 3, 3))
    for marks in ((3,) * officials, (1,) * officials, (2,) * officials):
        count.record_ballot(marks)
    return count


@pytest.mark.parametrize("officials", [16, 26])  # lengths whose page breaks fall mid-paragraph
def test_no_line_is_in_two_pages_text_and_no_heading_ends_a_page(
        tmp_path: Path, officials: int) -> None:
    count = _long_state(tmp_path, officials)
    for lang in Lang:
        found = pdf_of(count, tmp_path / f"f-{lang.value}.pdf", lang)
        # anywhere on the page: a clipped line sits in the margin, invisible but in the text
        body = [s for s in found if len(s.text) > 30 and s.size == 14.0]
        by_page: dict[int, set[str]] = {}
        for s in body:
            by_page.setdefault(s.page, set()).add(s.text)
        for page, texts in by_page.items():
            again = texts & by_page.get(page + 1, set())
            assert not again, (lang, page, again)  # Qt's clipped last line, in the text twice
        for page in {s.page for s in found}:
            lines = sorted((s for s in found if s.page == page and 20 - 1 < s.y < 269),
                           key=lambda s: s.y)
            if lines:
                assert not lines[-1].text.startswith(("I.", "II.", "III.", "IV.")), lines[-1]
    count.close()


def test_a_draft_says_what_is_not_counted_and_a_rehearsal_day_gives_no_time(
        tmp_path: Path) -> None:
    count = state_count(tmp_path / "s.kiemphieu")
    rehearsal = replace(count.definition, date="2023-12-05")
    count.close()
    draft = CountService.create(tmp_path / "d.kiemphieu", rehearsal, Numbers(50, 50, 10, 10, 10))
    draft.open_stack("A", 10)  # today, not the meeting's day
    draft.record_ballot((1, 1, 1))
    text = text_of(pdf_of(draft, tmp_path / "d.pdf"))
    assert "Số phiếu đã kiểm: 1 (còn 9 phiếu chưa kiểm)" in text
    assert "Hôm nay, vào hồi … giờ … phút, ngày 05 tháng 12 năm 2023, tại Vĩnh Phúc" in text
    pdf = tmp_path / "log.pdf"
    minutes.write_log_pdf(pdf, draft.minutes_data(), draft.events(), Lang.VI)
    key = text_of(spans(pdf))
    assert ("1 = Tín nhiệm cao, 2 = Tín nhiệm, 3 = Tín nhiệm thấp; 0 = bỏ trống; x = đánh "
            "nhiều ô") in key and "không ghi thời điểm" in key
    draft.close()


POST = "Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, Trưởng Ban Tổ chức Trung ương"


def test_each_page_of_a_long_table_is_filled_before_the_next(tmp_path: Path) -> None:
    """A row moved to the next page moves every later one: a break found before that move
    is no longer needed after it, and must not leave a page with one row on it."""
    definition = CountDefinition(
        "Bench", preset("party-96"), tuple(Official(f"Nguyễn Văn Thử {k}", POST)
                                           for k in range(60)),
        body="Ban Chấp hành Trung ương", place="Hà Nội", date="2026-11-28")
    count = CountService.create(tmp_path / "b.kiemphieu", definition, Numbers(9, 9, 9, 9, 9))
    count.record_ballot((1,) * 60)
    for lang in Lang:
        found = pdf_of(count, tmp_path / f"b-{lang.value}.pdf", lang)
        posts = [x for x in found if x.text.startswith("Ủy viên") and x.size == 10.0]
        pages = sorted({x.page for x in posts})
        assert len(pages) >= 4
        ys = [x.y for x in posts if x.page == pages[1]]
        pitch = max(b - a for a, b in pairwise(sorted(ys)))  # the tallest row
        for page in pages[:-1]:
            lowest = max(x.y for x in posts if x.page == page)
            assert lowest > 297 - 28 - 2 * pitch, (lang, page, lowest, pitch)
    count.close()
