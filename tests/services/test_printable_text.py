"""A text the ballot and the minutes print cannot hold a control, invisible or
direction-changing character, however it was entered (typed into the setup dialog's tables,
given on the command line), not only when imported from a file."""

from dataclasses import replace
from pathlib import Path

import pytest

from desktop.cli.main import main as cli
from desktop.domain.count import CommitteeMember, Official
from desktop.errors import ValidationError
from desktop.services.count_service import CountService
from tests.helpers import SEED_NUMBERS, make_definition

RLO = "\u202e"  # right-to-left override: "Văn A" would print as "A năV"


def test_a_count_cannot_be_made_with_an_unprintable_name(tmp_path: Path) -> None:
    definition = make_definition(3)
    officials = (Official(f"Nguyễn {RLO}Văn A", "Ủy viên"), *definition.officials[1:])
    with pytest.raises(ValidationError) as caught:
        CountService.create(tmp_path / "c.kiemphieu", replace(definition, officials=officials),
                            SEED_NUMBERS)
    error = caught.value
    assert (error.code, error.field, error.line, error.values["char"]) == (
        "text_character", "officials", 1, "U+202E")
    assert not (tmp_path / "c.kiemphieu").exists()


@pytest.mark.parametrize("change", [
    {"title": "Kiểm phiếu\u200b"},
    {"place": "Hà Nội\x07"},
    {"committee": (CommitteeMember(f"Lê {RLO}Thị B"),)},
])
def test_a_setup_saved_with_an_unprintable_text_is_refused(
        change: dict[str, object], tmp_path: Path) -> None:
    with CountService.create(tmp_path / "c.kiemphieu", make_definition(3),
                             SEED_NUMBERS) as service:
        before = service.definition
        with pytest.raises(ValidationError) as caught:
            service.update_setup(replace(before, **change), service.numbers)  # type: ignore[arg-type]
        assert caught.value.code == "text_character"
        assert service.definition == before


def test_the_command_line_says_where(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, officials = tmp_path / "c.kiemphieu", tmp_path / "officials.csv"
    officials.write_text("name,title\nNguyễn Văn A,Ủy viên\n", encoding="utf-8")
    assert cli(["new", str(path), "--rules", "party-96", "--title", f"Hội nghị {RLO}X",
                "--officials", str(officials)]) == 2
    err = capsys.readouterr().err
    assert "U+202E" in err and "Traceback" not in err and not path.exists()
