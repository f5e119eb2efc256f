"""Real articles from the development set (../shared/news-dev, read at test time), stored through
intel's service with publication dates spread over 2026 (one undated), so trends have months,
types, country pairs, sectors and clusters to count."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import delete

from gyoryu.db import transaction
from gyoryu.intel import service as intel
from gyoryu.intel.models import Article
from gyoryu.intel.sources import read_path

NEWS = Path(__file__).resolve().parents[2] / ".." / "shared" / "news-dev" / "articles"
DATED = {  # file → the publication date it is given here (None: undated)
    "01_ko.txt": date(2026, 7, 3), "09_ko.txt": date(2026, 8, 19), "20_ko.txt": date(2026, 9, 2),
    "28_zh.txt": date(2026, 8, 7), "30_zh.txt": date(2026, 7, 21), "35_en.txt": date(2026, 6, 11),
    "38_en.txt": None,
}


def store_articles(db) -> list[int]:
    if not NEWS.is_dir():
        pytest.skip("the development articles (../shared/news-dev) are not here")
    ids = []
    for name, published in DATED.items():
        source = read_path(NEWS / name)
        source.published = published
        article, _new = intel.ingest(db=db, source=source)
        ids.append(article.id)
    db.flush()
    return ids


@pytest.fixture(scope="module")
def stored(engine) -> list[int]:
    """The articles stored once per module and backend (extraction is the slow part), committed,
    and removed afterwards with everything found in them."""
    with transaction(engine) as db:
        ids = store_articles(db)
    yield ids
    with transaction(engine) as db:
        db.execute(delete(Article).where(Article.id.in_(ids)))


@pytest.fixture
def articles(stored, db) -> list[int]:
    return stored


from tests.web.conftest import app, client, make_user  # noqa: E402,F401  (web fixtures)
