"""The command line's commands come from one table: the program routes every one of them to
the command line (``kiemphieu operators FILE`` was once taken for the window's arguments), and
the README documents exactly those."""

import re
from pathlib import Path

import pytest

from desktop import app
from desktop.cli.main import COMMANDS, NAMES
from desktop.services import demo

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_commands() -> set[str]:
    text = README.read_text(encoding="utf-8")
    block = text.split("## Command line", 1)[1].split("```", 2)[1]
    return set(re.findall(r"^kiemphieu ([a-z][a-z-]*)", block, flags=re.M))


def test_the_readme_documents_every_command_of_the_table_and_no_other() -> None:
    assert readme_commands() == NAMES == {c.name for c in COMMANDS}


@pytest.mark.parametrize("name", sorted(NAMES))
def test_every_command_reaches_the_command_line(name: str, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """Through the program's own entry point: --help of each command, not the window."""
    with pytest.raises(SystemExit) as done:
        app.main([name, "--help", "--lang", "en"])
    assert done.value.code == 0
    assert f"usage: kiemphieu {name}" in capsys.readouterr().out


def test_operators_runs_from_the_entry_point(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "d.kiemphieu"
    demo.create_demo(path, 10).close()
    assert app.main(["operators", str(path)]) == 0
    assert capsys.readouterr().out.startswith("người nhập")
