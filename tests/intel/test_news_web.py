"""The `/news` page and the news JSON API: filters, pages, the review queue's link, and an
article's source shown as its web page or feed — never as a path on the server."""

from __future__ import annotations

from datetime import date

import pytest

from gyoryu.accounts.enums import Role
from gyoryu.intel import service, sources
from gyoryu.intel.models import Feed, FeedEntry
from tests.web.conftest import sign_in

KO = ("유니트리, 네이버와 로봇 협약\n\n유니트리가 11월 20일 서울을 방문해 네이버와 휴머노이드 로봇 공동 연구 "
      "업무협약을 체결했다.")
EN = ("Tencent and Samsung sign LLM pact\n\nTencent signed a memorandum of understanding with Samsung "
      "Electronics in Seoul on November 18.")
ZH = "华为访问首尔\n\n华为代表团于11月15日访问首尔，与三星电子举行会谈。"


@pytest.fixture
def stories(db):
    made = {}
    for key, text, day, name in (("ko", KO, date(2026, 11, 20), "/srv/secret/inbox/ko.txt"),
                                 ("en", EN, date(2026, 11, 18), "https://news.example.org/tencent-samsung"),
                                 ("zh", ZH, date(2026, 11, 15), "/srv/secret/inbox/zh.txt")):
        source = sources.from_text(text, name)
        source.published = day
        made[key], _ = service.ingest(db=db, source=source)
    feed = Feed(url="https://daily.example.kr/rss", name="데일리 예시")
    db.add(feed)
    db.flush()
    db.add(FeedEntry(feed_id=feed.id, url="https://daily.example.kr/unitree", status="new", article_id=made["ko"].id))
    db.commit()
    made["feed"] = feed
    made["naver"] = next(m.org_id for m in made["ko"].mentions if m.text == "네이버")
    return made


TITLES = ("유니트리, 네이버와 로봇 협약", "Tencent and Samsung sign LLM pact", "华为访问首尔")


def titles(html: str) -> list[str]:
    return [t for t in TITLES if t in html]


def test_news_page_lists_newest_first_and_filters(client, stories):
    page = client.get("/news")
    assert page.status_code == 200
    assert '<a href="/news">News</a>' in page.text  # in the site menu
    html = page.text
    assert html.index("유니트리, 네이버와 로봇 협약") < html.index("Tencent and Samsung") < html.index("华为访问首尔")
    assert titles(client.get("/news?lang=en").text) == ["Tencent and Samsung sign LLM pact"]
    assert titles(client.get("/news?org=Naver").text) == ["유니트리, 네이버와 로봇 협약"]
    assert titles(client.get("/news", params={"org": "네이버"}).text) == ["유니트리, 네이버와 로봇 협약"]
    assert titles(client.get("/news?event_type=agreement&since=2026-11-19").text) == ["유니트리, 네이버와 로봇 협약"]
    assert titles(client.get("/news?since=2026-11-16&until=2026-11-19").text) == ["Tencent and Samsung sign LLM pact"]
    assert titles(client.get(f"/news?feed_id={stories['feed'].id}").text) == ["유니트리, 네이버와 로봇 협약"]
    nobody = client.get("/news?org=Zzyzx Quantum Widgets")
    assert "No organisation in the directory matches" in nobody.text and titles(nobody.text) == []


def test_bad_filters_get_a_clear_answer(client, stories):
    bad_date = client.get("/news?since=20-11-2026")
    assert bad_date.status_code == 400 and "&#39;20-11-2026&#39; is not a date" in bad_date.text
    bad_lang = client.get("/api/articles?lang=fr")
    assert bad_lang.status_code == 400 and bad_lang.json()["error"]["code"] == "E429"
    assert client.get("/api/events?limit=0").status_code == 422


def test_the_review_queue_is_linked_for_those_who_review(client, stories, make_user):
    assert "/news/review/queue" not in client.get("/news").text
    sign_in(client, *make_user(Role.organiser))
    assert 'href="/news/review/queue"' in client.get("/news").text


def test_an_article_shows_its_web_source_never_a_server_path(client, stories):
    imported = client.get(f"/news/{stories['zh'].id}").text
    assert "/srv/secret" not in imported and "imported file" in imported
    fed = client.get(f"/news/{stories['ko'].id}").text
    assert "/srv/secret" not in fed
    assert '<a class="source" href="https://daily.example.kr/unitree" rel="noopener nofollow">데일리 예시</a>' in fed
    web = client.get(f"/news/{stories['en'].id}").text
    assert 'href="https://news.example.org/tencent-samsung"' in web
    listing = client.get("/news").text
    assert "/srv/secret" not in listing and "데일리 예시" in listing and "news.example.org" in listing


def test_api_articles_and_events(client, stories):
    everything = client.get("/api/articles").json()
    assert everything["total"] == 3
    assert [a["id"] for a in everything["items"]] == [stories[k].id for k in ("ko", "en", "zh")]
    second = client.get("/api/articles?limit=1&offset=1").json()
    assert (second["total"], [a["id"] for a in second["items"]]) == (3, [stories["en"].id])
    ko = client.get(f"/api/articles?org_id={stories['naver']}").json()["items"]
    assert [a["id"] for a in ko] == [stories["ko"].id]
    assert ko[0]["url"] == "https://daily.example.kr/unitree" and ko[0]["feed"] == "데일리 예시"
    assert stories["naver"] in {o["id"] for o in ko[0]["organizations"]}
    assert "agreement" in ko[0]["events"]
    zh = client.get("/api/articles?lang=zh").json()["items"]
    assert [(a["id"], a["url"], a["feed"]) for a in zh] == [(stories["zh"].id, None, None)]

    events = client.get(f"/api/events?event_type=agreement&org_id={stories['naver']}").json()
    assert events["total"] == 1
    [event] = events["items"]
    assert (event["type"], event["article_id"]) == ("agreement", stories["ko"].id)
    assert stories["naver"] in {p["organization_id"] for p in event["parties"]}
    assert "업무협약" in event["evidence"]
    assert client.get("/api/events?lang=en&since=2026-11-19").json()["total"] == 0


def test_news_page_in_korean_and_chinese(client, stories):
    client.cookies.set("lang", "ko")
    assert '<a href="/news">뉴스</a>' in client.get("/news").text
    client.cookies.set("lang", "zh")
    assert '<a href="/news">新闻</a>' in client.get("/news").text
