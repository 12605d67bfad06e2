from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.cli.main import main as cli
from desktop.domain.ballot import InvalidInput, InvalidReason, KeyedInput
from desktop.domain.count import Numbers
from desktop.domain.rules import preset
from desktop.errors import ValidationError
from desktop.render import minutes
from desktop.services import spot_checks
from desktop.services.count_service import CountService
from tests.helpers import make_definition, raises_words, untimed_where_a_ballot_is_named


@pytest.fixture
def service(tmp_path: Path) -> CountService:
    s = CountService.create(tmp_path / "s.kiemphieu", make_definition(3),
                            Numbers(100, 100, 90, 90, 60))
    for n in range(58):
        s.record_ballot(((n % 3) + 1, 1, 2))
    s.record_invalid(InvalidReason.NAME_ADDED)
    s.record_invalid(InvalidReason.IDENTIFIABLE)
    return s


def test_a_seeded_spot_check_with_one_difference(service: CountService, tmp_path: Path) -> None:
    check = spot_checks.start(service, seed=42)
    assert len(check.numbers) == 20 and check.population == 60
    again = service.spot_check
    assert again is not None and again.numbers == check.numbers and again.seed == 42
    for i, number in enumerate(check.numbers):
        stored = service.ballot(number)
        assert stored is not None
        if stored.marks:
            marks = stored.marks if i != 3 else (3, 3, 3)  # one misread on purpose
            matched, first = spot_checks.rekey(service, number, KeyedInput(marks))
        else:
            assert stored.reason is not None
            matched, first = spot_checks.rekey(service, number, InvalidInput(stored.reason))
        assert matched is (i != 3) and first.number == number
    done = service.spot_check
    assert done is not None and (done.done, done.differences) == (20, 1)
    assert 0.2 < done.bound() < 0.26  # 1 of 20: Clopper–Pearson upper limit 0.2487
    with raises_words(kind=ValidationError, pattern="not waiting"):
        spot_checks.rekey(service, check.numbers[0], KeyedInput((1, 1, 1)))
    assert service.verify() == []
    pdf = tmp_path / "m.pdf"
    minutes.write_pdf(pdf, service.minutes_data())
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(str(pdf)).pages)
    assert ("Kiểm tra chọn mẫu (nhập lại độc lập từ phiếu giấy, không xem bản nhập trước): "
            "20 trên 60 phiếu, 1 khác biệt") in text
    assert "không quá 24,87%" in text
    assert untimed_where_a_ballot_is_named(service.events()) == []  # secrecy


def test_spot_check_from_the_command_line(service: CountService,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = service.path
    service.close()
    assert cli(["spot-check", str(path), "--k", "2", "--seed", "1", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    numbers = [int(n) for n in out.split(":")[1].split()]
    assert out.startswith("seed 1; re-key these 2 ballots blind") and len(numbers) == 2
    assert cli(["spot-rekey", str(path), str(numbers[0]), "333", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert ("matches" in out or "DIFFERS" in out) and "1 of 2 re-keyed" in out
    assert cli(["spot-rekey", str(path), "9999", "111"]) == 2


def test_a_faithful_re_key_matches_when_an_invalid_row_voids_the_ballot(tmp_path: Path) -> None:
    rules = replace(preset("party-96"), invalid_row_voids_ballot=True)
    s = CountService.create(tmp_path / "v.kiemphieu", make_definition(3, rule_set=rules),
                            Numbers(9, 9, 9, 9, 2))
    s.record_ballot((1, 0, 1))  # stored as invalid as a whole (a blank row)
    s.record_ballot((1, 1, 1))
    spot_checks.start(s, k=2, seed=1)
    with raises_words(kind=ValidationError, pattern="3 rows"):  # refused, not recorded as a reading
        spot_checks.rekey(s, 1, KeyedInput((1, 0)))
    assert spot_checks.rekey(s, 1, KeyedInput((1, 0, 1)))[0]  # the same paper, read alike
    assert not spot_checks.rekey(s, 2, KeyedInput((1, 1, 2)))[0]
