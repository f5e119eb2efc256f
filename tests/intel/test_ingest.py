"""End to end: a saved HTML page, a Chinese and an English article go in once, with provenance."""

import json

from typer.testing import CliRunner

from gyoryu.intel import service, sources
from gyoryu.intel.models import Article, Review
from tests.intel.conftest import DATA, GOLD


def test_saved_html_page(db):
    source = sources.read_path(DATA / "news_page.html")
    article, created = service.ingest(db=db, source=source)
    assert created
    assert article.language == "ko"
    assert str(article.published) == "2025-07-26"
    assert "회사소개" not in article.text  # navigation and footer left out by trafilatura
    orgs = {m.text: m for m in article.mentions if m.kind == "organization"}
    assert {"유니트리", "하이퍼놀로지", "딥시크"} <= set(orgs)
    for m in article.mentions:
        assert article.text[m.start:m.end] == m.text
    visit = next(e for e in article.events if e.type == "visit")
    assert visit.date == "2025-07-25"
    assert "유니트리" in article.text[visit.start:visit.end]
    assert "홍길동" not in {m.text for m in article.mentions}


def test_chinese_and_english_articles(db):
    zh, _ = service.ingest(db=db, source=sources.read_path(GOLD / "articles" / "zh_001.txt"))
    en, _ = service.ingest(db=db, source=sources.read_path(GOLD / "articles" / "en_001.txt"))
    assert (zh.language, en.language) == ("zh", "en")
    assert {e.type for e in zh.events} >= {"visit", "agreement"}
    assert {e.type for e in en.events} >= {"visit", "agreement"}
    assert any(m.text == "宇树科技" and m.org_id for m in zh.mentions)
    reviews = db.query(Review).all()
    assert "Nova Robotics Inc." in {r.name for r in reviews}


def test_a_summit_about_a_gathering_the_directory_lacks_is_saved(db):
    text = ("한중AI교류협회는 오는 4월 서울에서 '2026 한중 AI CEO 서밋'을 개최한다.\n"
            "텐센트와 유니트리가 서밋에 참가한다.")
    article, _ = service.ingest(db=db, source=sources.from_text(text))
    summit = next(e for e in article.events if e.type == "summit")
    assert [p.text for p in summit.parties if p.side == "target"] == ["한중 AI CEO 서밋"]
    assert "한중 AI CEO 서밋" not in {m.text for m in article.mentions}
    assert "한중 AI CEO 서밋" not in {r.name for r in db.query(Review).all()}


def test_same_text_is_stored_once(db):
    source = sources.read_path(GOLD / "articles" / "en_002.txt")
    first, created = service.ingest(db=db, source=source)
    again, created_again = service.ingest(db=db, source=sources.from_text(source.text + "\n\n"))
    assert (created, created_again, again.id) == (True, False, first.id)
    assert db.query(Article).count() == 1


def test_cli_batch_continues_past_a_bad_file(tmp_path, database_url, engine, monkeypatch):
    from gyoryu.cli import app
    from gyoryu.db import get_engine

    good = tmp_path / "a.txt"
    good.write_text("화웨이가 서울을 방문했다. 고유 문장 " + tmp_path.name, encoding="utf-8")
    bad = tmp_path / "b.pdf"
    bad.write_bytes(b"%PDF")
    monkeypatch.setenv("GYORYU_DATABASE_URL", database_url)
    get_engine.cache_clear()
    try:
        result = CliRunner().invoke(app, ["ingest", str(good), str(bad), "--json"])
    finally:
        get_engine.cache_clear()
    report = json.loads(result.stdout[result.stdout.index("{"):])
    assert result.exit_code == 1
    assert (report["stored"] + report["duplicates"], report["failed"]) == (1, 1)
    assert report["errors"][0]["file"] == str(bad)
    assert report["errors"][0]["code"] == "E403"
    with engine.begin() as conn:  # the CLI committed: clean up for the other tests
        from sqlalchemy import delete

        conn.execute(delete(Article).where(Article.source == str(good)))


def test_extract_json_shape_without_touching_the_database(database_url, engine, monkeypatch):
    from gyoryu.cli import app
    from gyoryu.db import get_engine

    monkeypatch.setenv("GYORYU_DATABASE_URL", database_url)
    get_engine.cache_clear()
    try:
        with engine.connect() as conn:
            before = conn.exec_driver_sql("select count(*) from intel_article").scalar()
        result = CliRunner().invoke(app, ["extract", str(GOLD / "articles" / "en_002.txt"), "--json"])
        with engine.connect() as conn:
            after = conn.exec_driver_sql("select count(*) from intel_article").scalar()
    finally:
        get_engine.cache_clear()
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert list(data) == ["language", "date", "organizations", "people", "places", "events"]
    assert data["date"] == "2025-03-03"
    assert list(data["organizations"][0]) == ["mention", "start", "end", "entity_id",
                                              "canonical_en", "country", "kind", "confidence"]
    assert list(data["people"][0]) == ["mention", "start", "end", "role", "organization"]
    assert list(data["places"][0]) == ["mention", "start", "end", "country"]
    assert list(data["events"][0]) == ["type", "actors", "targets", "place", "date", "evidence"]
    assert before == after


def test_a_gloss_is_its_own_mention_and_follows_the_decision_on_its_name(db):
    text = "네이버는 가나다로보틱스(Ganada Robotics)와 협약을 맺었다.\n가나다로보틱스는 서울에 있다."
    article, _ = service.ingest(db=db, source=sources.from_text(text))
    gloss = next(m for m in article.mentions if m.text == "Ganada Robotics")
    assert text[gloss.start:gloss.end] == "Ganada Robotics"
    reviews = [r for r in db.query(Review).all() if r.status == "open"]
    assert [r.name for r in reviews] == ["가나다로보틱스"]  # one organisation, one review
    service.decide(db=db, review_id=reviews[0].id, action="create", country="KR")
    org_id = reviews[0].decided_org_id
    assert gloss.org_id == org_id
    later, _ = service.ingest(db=db, source=sources.from_text("Ganada Robotics opened an office in Seoul."))
    assert any(m.text == "Ganada Robotics" and m.org_id == org_id for m in later.mentions)
