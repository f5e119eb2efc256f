import json
from pathlib import Path

import pytest

GOLD = Path(__file__).parent / "gold"
DATA = Path(__file__).parent / "data"


def gold_items():
    for item in json.loads((GOLD / "gold.json").read_text(encoding="utf-8")):
        path = Path(item["file"])
        yield item, (path if path.is_absolute() else GOLD / path)


@pytest.fixture
def gaz(db):
    from gyoryu.intel.gazetteer import gazetteer_for

    return gazetteer_for(db)


from tests.web.conftest import app, client, make_user  # noqa: E402,F401  (web fixtures)
