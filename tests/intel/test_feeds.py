"""Feeds end to end against a news site served from 127.0.0.1: pages fetched, text extracted,
entities and events found, duplicates by address, by text and across outlets kept apart."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import delete, select
from typer.testing import CliRunner

from gyoryu.errors import GyoryuError
from gyoryu.intel import feeds, fetch
from gyoryu.intel.models import Article, Feed, FeedEntry
from tests.intel.newsite import PARAGRAPHS_EN, PARAGRAPHS_KO, NewsSite, atom, page, rss

RSS = "application/rss+xml"


@pytest.fixture
def site(monkeypatch):
    """A news site on 127.0.0.1, which the server may read only when told it may (see below)."""
    from gyoryu.config import get_settings

    monkeypatch.setenv("GYORYU_FETCH_PRIVATE_NETWORKS", "1")
    get_settings.cache_clear()
    s = NewsSite()
    yield s
    s.close()
    get_settings.cache_clear()


def two_outlets(site: NewsSite) -> tuple[str, str]:
    """Outlet A lists a Korean and an English story (and the Korean one again with a tracking
    parameter); outlet B carries the Korean story with its own headline, byline and footer."""
    site.serve("/a/unitree.html", page("유니트리, 네이버와 로봇 협약", PARAGRAPHS_KO, "뉴스A"))
    site.serve("/a/tencent.html", page("Tencent and Samsung sign LLM pact", PARAGRAPHS_EN, "News A", "2026-11-01"))
    byline = ["김기자 reporter@b.example"]
    site.serve("/b/robot-mou.html", page("유니트리·네이버 휴머노이드 맞손", PARAGRAPHS_KO + byline, "데일리B"))
    a = site.serve("/a/rss.xml", rss("뉴스A", site.base, [
        ("유니트리, 네이버와 로봇 협약", "/a/unitree.html"),
        ("Tencent and Samsung sign LLM pact", "/a/tencent.html"),
        ("유니트리, 네이버와 로봇 협약", "/a/unitree.html?utm_source=rss#top")]), RSS)
    b = site.serve("/b/atom.xml", atom("데일리B", site.base, [("휴머노이드 맞손", "/b/robot-mou.html")]),
                   "application/atom+xml")
    return a, b


def test_poll_ingests_new_pages_once_and_keeps_duplicates_apart(db, site):
    url_a, url_b = two_outlets(site)
    feed_a = feeds.add_feed(db=db, url=url_a)
    feeds.add_feed(db=db, url=url_b)

    report = feeds.poll(db=db)

    assert report.as_dict() == {"fetched": 3, "new": 2, "duplicates": 1, "failed": []}
    assert site.hits["/a/unitree.html"] == 1  # the tracking-parameter link was not fetched again
    entries = {e.url.rsplit("/", 1)[1]: e for e in db.scalars(select(FeedEntry))}
    assert sorted(entries) == ["robot-mou.html", "tencent.html", "unitree.html"]
    first, copy = entries["unitree.html"], entries["robot-mou.html"]
    assert (first.status, copy.status) == ("new", "duplicate")
    assert copy.article_id == first.article_id and 0.7 <= copy.similarity < 1.0
    article = db.get(Article, first.article_id)
    assert article.source == site.base + "/a/unitree.html"
    assert article.title == "유니트리, 네이버와 로봇 협약"
    assert "About us" not in article.text and "All rights reserved" not in article.text
    orgs = {m.text for m in article.mentions if m.kind == "organization" and m.org_id}
    assert {"유니트리", "네이버"} <= orgs
    assert "agreement" in {e.type for e in article.events}
    english = db.get(Article, entries["tencent.html"].article_id)
    assert english.language == "en" and str(english.published) == "2026-11-20"  # the feed's date
    assert feed_a.name == "뉴스A" and feed_a.last_error is None

    again = feeds.poll(db=db)
    assert again.as_dict() == {"fetched": 0, "new": 0, "duplicates": 0, "failed": []}
    assert db.query(Article).count() == 2


def test_the_article_page_names_the_other_outlets(client, db, site):
    url_a, url_b = two_outlets(site)
    feeds.add_feed(db=db, url=url_a)
    feeds.add_feed(db=db, url=url_b)
    feeds.poll(db=db)
    db.commit()
    first = db.scalar(select(FeedEntry).where(FeedEntry.url.like("%/a/unitree.html")))
    html = client.get(f"/news/{first.article_id}").text
    assert f'<a class="source" href="{site.base}/a/unitree.html" rel="noopener nofollow">뉴스A</a>' in html
    assert f'Also reported by: <a href="{site.base}/b/robot-mou.html" rel="noopener nofollow">데일리B</a>' in html


def test_the_same_text_under_another_address_is_a_duplicate(db, site):
    site.serve("/one.html", page("Tencent and Samsung sign LLM pact", PARAGRAPHS_EN, "News A"))
    site.serve("/two.html", page("Tencent and Samsung sign LLM pact", PARAGRAPHS_EN, "News A"))
    feeds.add_feed(db=db, url=site.serve("/rss", rss("A", site.base, [("x", "/one.html"), ("x", "/two.html")]), RSS))
    assert feeds.poll(db=db).as_dict() == {"fetched": 2, "new": 1, "duplicates": 1, "failed": []}
    one, two = db.scalars(select(FeedEntry).order_by(FeedEntry.id))
    assert (two.status, two.article_id, two.similarity) == ("duplicate", one.article_id, 1.0)


def test_failures_are_reported_by_address_and_the_rest_goes_in(db, site):
    site.serve("/ok.html", page("Tencent and Samsung sign LLM pact", PARAGRAPHS_EN, "News A"))
    site.serve("/picture", b"\x89PNG....", "image/png")
    site.serve("/gone.html", b"gone", "text/html", status=410)
    site.serve("/empty.html", b"<html><head><title></title></head><body></body></html>")
    good = site.serve("/rss", rss("A", site.base, [("ok", "/ok.html"), ("p", "/picture"), ("g", "/gone.html"),
                                                   ("e", "/empty.html")]), RSS)
    not_a_feed = site.serve("/index.html", b"<html><body>home</body></html>")
    feeds.add_feed(db=db, url=good)
    broken = feeds.add_feed(db=db, url=not_a_feed)

    report = feeds.poll(db=db).as_dict()

    assert (report["fetched"], report["new"], report["duplicates"]) == (2, 1, 0)
    failed = {f["url"].rsplit("/", 1)[1]: f["error"] for f in report["failed"]}
    assert sorted(failed) == ["empty.html", "gone.html", "index.html", "picture"]
    assert "image/png" in failed["picture"] and "HTTP 410" in failed["gone.html"]
    assert "text/html" in failed["index.html"] and broken.last_error == failed["index.html"]
    assert db.scalar(select(FeedEntry.url).where(FeedEntry.url.like("%picture"))) is None  # retried next poll


def test_a_page_larger_than_the_limit_is_not_read(site):
    url = site.serve("/big.html", b"<html>" + b"x" * 5000 + b"</html>")
    with fetch.client() as http:
        assert len(fetch.fetch(http, url, accept=fetch.PAGE_TYPES, limit=6000).body) == 5013
        with pytest.raises(GyoryuError) as caught:
            fetch.fetch(http, url, accept=fetch.PAGE_TYPES, limit=4000)
    assert caught.value.code == "E423"


@pytest.mark.parametrize("url", ["http://127.0.0.1:{port}/rss.xml", "http://localhost:{port}/rss.xml",
                                 "http://0x7f000001:{port}/rss.xml", "http://[::1]:{port}/rss.xml",
                                 "http://10.1.2.3/rss.xml", "http://169.254.169.254/latest/meta-data/"])
def test_addresses_outside_the_public_internet_are_not_read(url):
    """By default the server reads no address of its own networks: nothing is requested at all."""
    s = NewsSite()
    try:
        s.serve("/rss.xml", rss("Intranet", s.base, []), RSS)
        with fetch.client() as http, pytest.raises(GyoryuError) as caught:
            fetch.fetch(http, url.format(port=s.base.rsplit(":", 1)[1]), accept=fetch.FEED_TYPES)
        assert caught.value.code == "E427" and s.hits == {}
    finally:
        s.close()


def test_a_public_page_that_redirects_inside_is_not_followed(monkeypatch):
    """The check runs again on every redirect: a public name may not lead to a private one."""
    import socket

    import httpx

    real = socket.getaddrinfo

    def resolve(host, port, *args, **kwargs):
        if host == "news.example":  # a public address (TEST-NET-3 is not global, so a real one)
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.215.14", port))]
        return real(host, port, *args, **kwargs)

    seen = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(302, headers={"location": "http://127.0.0.1:8000/admin"})

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    with fetch.client(transport=httpx.MockTransport(answer)) as http, pytest.raises(GyoryuError) as caught:
        fetch.fetch(http, "http://news.example/rss.xml", accept=fetch.FEED_TYPES)
    assert caught.value.code == "E427" and "127.0.0.1" in caught.value.message()
    assert seen == ["http://news.example/rss.xml"]


def test_feed_addresses_are_checked_and_added_once(db):
    with pytest.raises(GyoryuError) as bad:
        feeds.add_feed(db=db, url="file:///etc/passwd")
    assert bad.value.code == "E420"
    feed = feeds.add_feed(db=db, url="HTTPS://News.Example.org/rss?utm_source=x")
    assert feed.url == "https://news.example.org/rss"
    with pytest.raises(GyoryuError) as twice:
        feeds.add_feed(db=db, url="https://news.example.org/rss")
    assert twice.value.code == "E425"


def test_cli_contract(site, database_url, engine, monkeypatch):
    from gyoryu.cli import app
    from gyoryu.db import get_engine

    url_a, _url_b = two_outlets(site)
    monkeypatch.setenv("GYORYU_DATABASE_URL", database_url)
    get_engine.cache_clear()
    runner = CliRunner()
    try:
        added = runner.invoke(app, ["feeds", "add", url_a, "--json"])
        assert added.exit_code == 0, added.output
        first = runner.invoke(app, ["feeds", "poll", "--json"])
        second = runner.invoke(app, ["feeds", "poll", "--json"])
        listed = runner.invoke(app, ["feeds", "list", "--json"])
    finally:
        get_engine.cache_clear()
        with engine.begin() as conn:  # the CLI committed: clean up for the other tests
            ids = [e.article_id for e in conn.execute(select(FeedEntry.article_id))]
            conn.execute(delete(Feed))
            conn.execute(delete(Article).where(Article.id.in_(ids)))
    assert json.loads(first.stdout) == {"fetched": 2, "new": 2, "duplicates": 0, "failed": []}
    assert json.loads(second.stdout) == {"fetched": 0, "new": 0, "duplicates": 0, "failed": []}
    [row] = json.loads(listed.stdout)
    assert (row["url"], row["name"], row["articles"]) == (url_a, "뉴스A", 2)


def test_feeds_from_the_page_and_the_api(client, db, site, make_user):
    from gyoryu.accounts.enums import Role
    from tests.web.conftest import csrf_of, sign_in

    url_a, url_b = two_outlets(site)
    assert client.get("/news/feeds").status_code == 403
    assert client.get("/api/feeds").status_code == 401  # nobody signed in, no token
    sign_in(client, *make_user(Role.organiser))
    token = csrf_of(client, "/news/feeds")
    added = client.post("/news/feeds", data={"url": url_a, "csrf_token": token}, follow_redirects=False)
    assert added.status_code == 303
    again = client.post("/news/feeds", data={"url": url_a, "csrf_token": token})
    assert again.status_code == 400 and "has already been added" in again.text
    made = client.post("/api/feeds", json={"url": url_b, "name": "Daily B"}, headers={"X-CSRF-Token": token})
    assert made.status_code == 201 and made.json()["name"] == "Daily B"
    polled = client.post("/api/feeds/poll", headers={"X-CSRF-Token": token})
    assert polled.json() == {"fetched": 3, "new": 2, "duplicates": 1, "failed": []}
    listed = {f["url"]: f["articles"] for f in client.get("/api/feeds").json()["items"]}
    assert listed == {url_a: 2, url_b: 0}
    page = client.post("/news/feeds/poll", data={"csrf_token": token})
    assert "Fetched 0, new 0, duplicates 0, failed 0." in page.text and "뉴스A" in page.text
