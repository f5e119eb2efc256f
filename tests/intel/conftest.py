import json
from datetime import date
from pathlib import Path

import pytest

GOLD = Path(__file__).parent / "gold"
DATA = Path(__file__).parent / "data"


REPO = Path(__file__).resolve().parents[2]


def gold_items():
    """(annotation, article path) of the original gold set; a file is named relative to the gold
    folder, or relative to the repository when it lies outside it (../shared/seeds/…)."""
    for item in json.loads((GOLD / "gold.json").read_text(encoding="utf-8")):
        path = Path(item["file"])
        yield item, (REPO / path if path.parts[0] == ".." else GOLD / path)


@pytest.fixture
def gaz(db):
    from gyoryu.intel.gazetteer import gazetteer_for

    return gazetteer_for(db)


from tests.web.conftest import app, client, make_user  # noqa: E402,F401  (web fixtures)


@pytest.fixture(scope="module")
def run(g):
    """The pipeline on the test module's own small directory `g`, for a day of news."""
    from gyoryu.intel.pipeline import build_pipeline

    pipeline = build_pipeline(g)
    return lambda text, day=date(2025, 10, 12): pipeline(text, published=day)
