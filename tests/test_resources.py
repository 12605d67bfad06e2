"""resources/ is found from a checkout and from a normal (non-editable) install."""

import subprocess
import sys
from pathlib import Path

from desktop import resources

REPO = Path(__file__).resolve().parents[1]


def test_resources_from_here() -> None:
    officials = resources.path("demo", "officials.csv")
    assert officials.is_file()
    assert officials.read_text(encoding="utf-8").startswith("name,title\n")


def test_resources_from_a_normal_install(tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-compile",
         "--target", str(target), str(REPO)],
        check=True, capture_output=True, cwd=tmp_path)
    probe = (
        "import desktop.resources as r, desktop;"
        "print(desktop.__file__);"
        "print(r.root());"
        "print(r.path('demo', 'officials.csv').read_text(encoding='utf-8').splitlines()[1])"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, encoding="utf-8",
        cwd=tmp_path, env={"PYTHONPATH": str(target), "PATH": ""}, check=True)
    package, root, first = done.stdout.splitlines()
    assert Path(package).is_relative_to(target)
    assert Path(root) == target / "desktop" / "_resources"
    assert first == "Trần Quốc Hưng,Ủy viên Bộ Chính trị"
