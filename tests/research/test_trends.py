"""Every trend count equals what a direct query over the stored events gives, and drills down to
exactly those articles — on SQLite and PostgreSQL, after storing real articles through intel."""

from __future__ import annotations

from collections import defaultdict

import pytest
from sqlalchemy import select

from gyoryu.directory.models import Organization, Place, Sector
from gyoryu.intel.models import Article, Event, EventParty
from gyoryu.research import facts, service
from gyoryu.research.derive import country_pair, month_of
from gyoryu.research.models import Fact
from gyoryu.research.periods import quarter_of
from gyoryu.research.schemas import parse_query


def direct(db, by: list[str], start: str | None = None, end: str | None = None, **filters) -> dict:
    """The trend computed straight from events, parties and organisations through the ORM:
    {tuple of the `by` values: (events, sorted article ids)}."""
    cells: dict[tuple, list] = defaultdict(lambda: [0, set()])
    for e in db.scalars(select(Event)):
        month = month_of(e.date, e.article.published)
        sides = {"actor": [], "target": []}
        orgs = []
        for p in sorted(e.parties, key=lambda p: p.id):
            country = None
            if p.org_id is not None:
                org = db.get(Organization, p.org_id)
                country = org.country
                if org not in orgs:
                    orgs.append(org)
            elif p.place_id is not None:
                country = db.get(Place, p.place_id).country
            if country:
                sides[p.side].append(country)
        pair = country_pair(sides["actor"], sides["target"])
        if start and (month is None or month < start) or end and (month is None or month > end):
            continue
        if filters.get("type") and e.type != filters["type"]:
            continue
        if "country_pair" in filters and pair != filters["country_pair"]:
            continue
        sectors = list(dict.fromkeys(s.key for o in orgs for s in o.sectors))
        clusters = list(dict.fromkeys(c.key for o in orgs for c in o.clusters))
        if filters.get("sector") and filters["sector"] not in sectors:
            continue
        many = {"sector": sectors, "cluster": clusters, "org": [o.key or str(o.id) for o in orgs]}
        split = next((d for d in by if d in many), None)
        for value in (many[split] if split else [None]):
            key = []
            for d in by:
                key.append({"month": month, "quarter": month and quarter_of(month), "year": month and month[:4],
                            "type": e.type, "country_pair": pair}.get(d, value))
            cells[tuple(key)][0] += 1
            cells[tuple(key)][1].add(e.article_id)
    return {k: (n, sorted(a)) for k, (n, a) in cells.items()}


def by_service(db, by: list[str], **params) -> dict:
    """The trend with its articles (read from the facts), checked against the same trend without
    them (summed from the monthly counts, where the filters allow)."""
    query = parse_query(by=",".join(by), **params)
    rows = service.trends(db=db, query=query)
    for r in rows:
        assert set(r) == {*by, "count", "articles"}  # only the `by` keys appear in a row
    counted = service.trends(db=db, query=query, articles=False)
    assert counted == [{k: v for k, v in r.items() if k != "articles"} for r in rows]
    return {tuple(r[d] for d in by): (r["count"], r["articles"]) for r in rows}


SPLITS = [["month", "type", "country_pair"], ["type"], ["country_pair"], ["quarter", "type"], ["year"],
          ["sector"], ["month", "org"], ["cluster", "type"], ["org"]]


@pytest.mark.parametrize("by", SPLITS, ids=lambda by: ",".join(by))
def test_every_count_equals_a_direct_query_over_the_events(db, articles, by):
    expected = direct(db, by)
    assert by_service(db, by) == expected
    assert sum(n for n, _a in expected.values()) > 0
    if by == ["month", "type", "country_pair"]:  # the articles were really read and dated
        months = {k[0] for k in expected}
        assert None in months and len(months & {"2026-06", "2026-07", "2026-08", "2026-09"}) >= 3
        assert any(k[2] == "KR→CN" for k in expected)


def test_filters_count_what_a_direct_query_selects(db, articles):
    sector = db.scalar(select(Fact.value).where(Fact.kind == "sector").order_by(Fact.value).limit(1))
    cases = [
        (["month", "type"], {"from": "2026Q3", "to": "2026Q3"}, {"start": "2026-07", "end": "2026-09"}),
        (["type"], {"from": "2026-08", "to": "2026"}, {"start": "2026-08", "end": "2026-12"}),
        (["month"], {"country_pair": "KR→CN"}, {"country_pair": "KR→CN"}),
        (["month", "country_pair"], {"sector": sector}, {"sector": sector}),
        (["country_pair"], {"type": "agreement", "from": "2026"}, {"type": "agreement", "start": "2026-01",
                                                                   "end": "2026-12"}),
    ]
    for by, params, filters in cases:
        assert by_service(db, by, **params) == direct(db, by, **filters), (by, params)


def test_each_cell_drills_down_to_exactly_its_articles(client, db, articles):
    db.commit()
    rows = client.get("/api/trends", params={"by": "month,type,country_pair", "articles": "true"}).json()["rows"]
    assert rows and all(set(r) == {"month", "type", "country_pair", "count", "articles"} for r in rows)
    for r in rows:
        params = {"type": r["type"], "country_pair": r["country_pair"] or "none", "limit": 1000}
        params.update({"from": r["month"], "to": r["month"]} if r["month"] else {"undated": "true"})
        drilled = client.get("/api/trends/articles", params=params).json()
        assert sorted(a["id"] for a in drilled["articles"]) == r["articles"], r
        assert sum(a["events"] for a in drilled["articles"]) == r["count"]
        page = client.get(f"/trends/articles?{'&'.join(f'{k}={v}' for k, v in params.items() if k != 'limit')}")
        assert sorted(int(x) for x in _article_rows(page.text)) == r["articles"]
    without = client.get("/api/trends", params={"by": "type"}).json()["rows"]
    assert all("articles" not in r for r in without)


def _article_rows(html: str) -> list[str]:
    import re

    return re.findall(r'<tr data-article="(\d+)">', html)


def test_facts_follow_the_changes_they_depend_on(db, articles):
    """A party linked later (a reviewer's decision), an organisation moved to another country,
    an article deleted: the next reader sees the trend a direct query gives."""
    by = ["country_pair", "org"]
    unlinked = db.scalars(select(EventParty).where(EventParty.org_id.is_(None),
                                                   EventParty.event_id.in_(select(Event.id).where(
                                                       Event.article_id.in_(articles))))).first()
    if unlinked is not None:
        unlinked.org_id = db.scalar(select(Organization.id).where(Organization.key == "naver"))
    linked = db.scalar(select(EventParty).where(EventParty.org_id.is_not(None),
                                                 EventParty.event_id.in_(select(Event.id).where(
                                                     Event.article_id.in_(articles)))))
    org = db.get(Organization, linked.org_id)
    org.country = "JP" if org.country != "JP" else "SG"
    org.sectors.append(db.scalar(select(Sector).where(Sector.key.not_in([s.key for s in org.sectors])).limit(1)))
    db.flush()
    assert facts.is_stale(db)
    assert by_service(db, by) == direct(db, by)
    assert by_service(db, ["sector"]) == direct(db, ["sector"])
    assert any(k[0] and "JP" in k[0] or k[0] and "SG" in k[0] for k in direct(db, by))
    db.delete(db.get(Article, articles[0]))
    db.flush()
    assert by_service(db, by) == direct(db, by)
    assert db.scalar(select(Fact.id).where(Fact.article_id == articles[0])) is None


def test_a_rebuild_gives_the_same_facts(db, articles):
    service.trends(db=db, query=parse_query(by="type"))
    before = sorted(db.execute(select(Fact.event_id, Fact.kind, Fact.value, Fact.month, Fact.type,
                                      Fact.country_pair)).all())
    facts.rebuild(db)
    after = sorted(db.execute(select(Fact.event_id, Fact.kind, Fact.value, Fact.month, Fact.type,
                                     Fact.country_pair)).all())
    assert before == after and before


def test_new_organisations_are_counted_in_their_first_month(db, articles):
    rows = service.new_organisations(db=db, query=parse_query())
    firsts: dict[str, str] = {}
    for key, (_n, _a) in direct(db, ["month", "org"]).items():
        month, org = key
        if month is not None and (org not in firsts or month < firsts[org]):
            firsts[org] = month
    expected = defaultdict(int)
    for month in firsts.values():
        expected[month] += 1
    assert {r["month"]: r["count"] for r in rows} == expected and len(firsts) > 3
    assert service.new_organisations(db=db, query=parse_query(**{"from": "2026Q3", "to": "2026Q3"})) == [
        r for r in rows if "2026-07" <= r["month"] <= "2026-09"]


def test_the_page_its_exports_and_bad_filters(client, db, articles):
    import csv
    import io
    import json
    import re

    from openpyxl import load_workbook

    db.commit()
    client.cookies.set("lang", "zh")
    page = client.get("/trends", params={"by": ["month", "type"], "from": "2026Q3", "to": "2026Q3"})
    assert page.status_code == 200
    html = page.text
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", html, flags=re.S)
    assert all(body.strip() == "" or 'type="application/json"' in attrs for attrs, body in scripts)
    assert '<script src="/static/vendor/echarts-6.1.0.min.js"></script>' in html
    data = json.loads(re.search(r'<script type="application/json" id="trend-data">(.*?)</script>', html, re.S)[1])
    expected = direct(db, ["month", "type"], start="2026-07", end="2026-09")
    assert {(r["month"], r["type"]): r["count"] for r in data["rows"]} == {k: n for k, (n, _a) in expected.items()}
    assert data["labels"]["type"]["agreement"] == "协议·备忘录"
    assert client.get("/static/vendor/echarts-6.1.0.min.js").status_code == 200
    assert client.get("/static/trends.js").status_code == 200

    params = {"by": "month,type", "from": "2026Q3", "to": "2026Q3"}
    body = client.get("/trends/export.csv", params=params).content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(body)))
    assert {(r[0], r[1]): (int(r[3]), sorted(int(x) for x in r[4].split())) for r in rows[1:]} == expected
    wb = load_workbook(io.BytesIO(client.get("/trends/export.xlsx", params={**params, "table": "new"}).content))
    assert wb.active.max_row >= 2
    assert client.get("/trends/export.csv", params={**params, "table": "outcomes"}).status_code == 403

    bad = client.get("/api/trends", params={"by": "month,sector,org"})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "E983"
    assert client.get("/api/trends", params={"from": "2026Q9"}).json()["error"]["code"] == "E981"
    assert client.get("/api/trends", params={"from": "2026", "to": "2025"}).json()["error"]["code"] == "E984"
    assert client.get("/api/trends", params={"sector": "weather"}).json()["error"]["code"] == "E204"
    assert client.get("/trends", params={"by": "colour"}).status_code == 400


def test_only_what_facts_are_computed_from_marks_them_stale(db, articles):
    service.trends(db=db, query=parse_query(by="type"))
    assert not facts.is_stale(db)
    org = db.scalar(select(Organization).where(Organization.key == "naver"))
    org.website, org.country = "https://example.org/naver", org.country  # a reload setting what was
    db.flush()
    assert not facts.is_stale(db)
    org.country = "JP"
    db.flush()
    assert facts.is_stale(db)
