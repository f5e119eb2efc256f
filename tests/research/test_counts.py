"""The monthly counts are the fact table counted, cell by cell, after every kind of write — the
hook's inserts, a reviewer's link, an organisation edited, events and articles deleted through
the ORM or by a bulk DELETE that cascades in the database, a rebuild — on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import delete, func, select

from gyoryu.directory.models import Organization
from gyoryu.intel.models import Article, Event, EventParty
from gyoryu.research import facts, service
from gyoryu.research.models import Fact, MonthCount
from gyoryu.research.schemas import parse_query


def cells_of_facts(db) -> dict[tuple, int]:
    rows = db.execute(select(Fact.kind, Fact.value, Fact.month, Fact.type, Fact.country_pair, func.count())
                      .group_by(Fact.kind, Fact.value, Fact.month, Fact.type, Fact.country_pair))
    return {(k, v, m or "", t, p or ""): n for k, v, m, t, p, n in rows}


def cells_counted(db) -> dict[tuple, int]:
    rows = db.execute(select(MonthCount.kind, MonthCount.value, MonthCount.month, MonthCount.type,
                             MonthCount.country_pair, MonthCount.events))
    return {(k, v, m, t, p): n for k, v, m, t, p, n in rows}


def assert_counted(db) -> None:
    facts.ensure_fresh(db=db)
    db.flush()
    assert cells_counted(db) == cells_of_facts(db)


def events_of(articles):
    return select(Event.id).where(Event.article_id.in_(articles))


def test_the_counts_are_the_facts_counted_after_every_kind_of_write(db, articles):
    assert_counted(db)
    assert cells_of_facts(db)  # the stored articles gave facts to count

    # updates: a reviewer links a party, an organisation changes country and loses a sector,
    # an article's date is corrected
    party = db.scalars(select(EventParty).where(EventParty.event_id.in_(events_of(articles)))
                       .order_by(EventParty.id)).first()
    party.org_id = db.scalar(select(Organization.id).where(Organization.key == "baidu"))
    db.flush()
    org = db.get(Organization, party.org_id)
    org.country = "JP"
    org.sectors = org.sectors[1:]
    db.get(Article, articles[1]).published = db.get(Article, articles[1]).published.replace(year=2024)
    db.flush()
    assert_counted(db)

    # deletes: an event through the ORM, an article with its events, and a bulk DELETE of an
    # article whose events and facts go by ON DELETE CASCADE, which no Python code sees
    db.delete(db.get(Event, db.scalar(events_of([articles[2]]).limit(1))))
    db.flush()
    assert_counted(db)
    db.delete(db.get(Article, articles[3]))
    db.flush()
    assert_counted(db)
    db.execute(delete(Article).where(Article.id == articles[4]))
    assert cells_counted(db) == cells_of_facts(db)  # at once: the cascade itself was counted
    assert_counted(db)

    # and a rebuild counts every cell afresh, leaving the triggers in place for what follows
    facts.rebuild(db)
    assert cells_counted(db) == cells_of_facts(db)
    db.execute(delete(Article).where(Article.id == articles[5]))
    assert_counted(db)


def test_trends_read_from_the_counts_where_the_filters_allow(db, articles):
    """Two of sector, cluster and organisation at once need the facts (which events have both);
    everything else is summed from the counts, and both give the same rows."""
    org = db.scalar(select(Fact.value).where(Fact.kind == "org").order_by(Fact.value).limit(1))
    sector = db.scalar(select(Fact.value).where(Fact.kind == "sector").order_by(Fact.value).limit(1))
    for params in ({"by": "month,type"}, {"by": "sector", "org": org}, {"by": "month", "undated": "1"},
                   {"by": "type", "to": "2026-08"}, {"by": "org", "country_pair": "none"},
                   {"by": "year", "sector": sector}):
        query = parse_query(**params)
        with_articles = service.trends(db=db, query=query)
        assert service.trends(db=db, query=query, articles=False) == [
            {k: v for k, v in r.items() if k != "articles"} for r in with_articles], params
        filters = {k: v for k, v in params.items() if k != "by"}
        by_type = service.trends(db=db, query=parse_query(by="type", **filters))  # from the facts
        assert service.total(db=db, query=parse_query(**filters)) == sum(r["count"] for r in by_type)
