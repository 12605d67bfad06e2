"""What the render tests share: the bundled fonts loaded, and for the ODT tests a draft and a
closed count of 22 officials (one pair per test module)."""

from pathlib import Path

import pytest

from desktop.render import fonts
from desktop.services.count_service import CountService
from tests.render.odt_reading import make_count


@pytest.fixture(autouse=True)
def _fonts(qapp: object) -> None:
    fonts.install_fonts()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("render")


@pytest.fixture(scope="module")
def draft(folder: Path, qapp: object) -> CountService:
    fonts.install_fonts()
    return make_count(folder / "draft.kiemphieu", 22, 60, closed=False)


@pytest.fixture(scope="module")
def closed(folder: Path, qapp: object) -> CountService:
    fonts.install_fonts()
    return make_count(folder / "closed.kiemphieu", 22, 60, closed=True)
