"""Trends: counts of news events over time, split by type, country pair, sector, cluster or
organisation, each cell with the articles behind it; the organisations seen for the first time;
program outcomes by month with their amounts. Pages, the JSON API, the CLI and the report call
these functions.

Every count is a GROUP BY over the fact table's covering index (`models.py` says why): the base
rows are those of the one many-valued dimension the trend is split by (or the one it is filtered
on), the other filters are semi-joins on the same table. A trend that needs no article ids, and
filters on at most one of sector, cluster and organisation, sums the monthly counts instead
(`MonthCount`, one row per cell, kept by triggers): the same figures from thousands of rows
instead of millions. Months are grouped in SQL; quarters and years are unions of months, folded
here (a few hundred cells at most)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session, aliased

from gyoryu.directory.models import Organization, Place, Sector
from gyoryu.directory.service import org_by_ref
from gyoryu.errors import InvalidValue
from gyoryu.intel.models import Article, Event
from gyoryu.outcomes.models import OutcomeStep
from gyoryu.outcomes.schemas import money
from gyoryu.research.enums import TAGS, TIMES, Dimension, FactKind
from gyoryu.research.facts import ensure_fresh
from gyoryu.research.models import Fact, MonthCount
from gyoryu.research.periods import quarter_of
from gyoryu.research.schemas import NO_PAIR, TrendQuery

COLUMNS = (Dimension.type, Dimension.country_pair)  # columns of the facts and of the counts alike


def _tag_filters(db: Session, q: TrendQuery) -> dict[FactKind, str]:
    """The sector, cluster and organisation filters as fact (kind, value), checked to exist."""
    out: dict[FactKind, str] = {}
    if q.sector:
        if db.scalar(select(Sector.id).where(Sector.key == q.sector)) is None:
            raise InvalidValue("E204", value=q.sector)
        out[FactKind.sector] = q.sector
    if q.cluster:
        if db.scalar(select(Place.id).where(Place.key == q.cluster)) is None:
            raise InvalidValue("E205", value=q.cluster)
        out[FactKind.cluster] = q.cluster
    if q.org:
        out[FactKind.org] = str(org_by_ref(db=db, ref=q.org).id)
    return out


def _base(db: Session, q: TrendQuery, table=Fact) -> list | None:
    """The rows a trend counts, as WHERE conditions on `table`: the facts, or the monthly counts
    (`MonthCount`, where a missing month or pair is "") — None for those when the query filters
    on two of sector, cluster and organisation (only facts know which events have both)."""
    tags = _tag_filters(db, q)
    split = next((TAGS[d] for d in q.by if d in TAGS), None)
    kind = split or (next(iter(tags)) if len(tags) == 1 else FactKind.event)
    where = [table.kind == kind]
    if kind in tags:
        where.append(table.value == tags.pop(kind))
    if tags and table is not Fact:
        return None
    for other, value in tags.items():
        f = aliased(Fact)
        where.append(Fact.event_id.in_(select(f.event_id).where(f.kind == other, f.value == value)))

    def missing(column):
        return column.is_(None) if table is Fact else column == ""

    if q.undated:
        where.append(missing(table.month))
    if q.start:
        where.append(table.month >= q.start)
    if q.end:
        where.append(table.month <= q.end)
        if table is not Fact:
            where.append(table.month != "")
    if q.types:
        where.append(table.type.in_(q.types))
    if q.country_pair == NO_PAIR:
        where.append(missing(table.country_pair))
    elif q.country_pair:
        where.append(table.country_pair == q.country_pair)
    return where


def _articles_agg(db: Session):
    if db.get_bind().dialect.name == "postgresql":
        return func.array_agg(distinct(Fact.article_id))
    return func.group_concat(distinct(Fact.article_id))


def _ids(value) -> set[int]:
    if value is None:
        return set()
    if isinstance(value, str):
        return {int(x) for x in value.split(",") if x}
    return set(value)


def _org_keys(db: Session, ids: set[str]) -> dict[str, str]:
    """Organisation ids (as stored in facts) → the key scripts know them by (the id when none)."""
    if not ids:
        return {}
    found = dict(db.execute(select(Organization.id, Organization.key)
                            .where(Organization.id.in_([int(i) for i in ids]))).all())
    return {i: found.get(int(i)) or i for i in ids}


def _sort_key(names: list[str], timed: list[bool]):
    """Times oldest first (undated last), then the biggest cells, then the values."""
    def key(row: dict):
        return tuple((row[n] is None, row[n] or "") if t else (0, "") for n, t in zip(names, timed, strict=True)) + (
            -row["count"],) + tuple((row[n] is None, str(row[n] or "")) for n in names)
    return key


_FROM_MONTH = {Dimension.month: lambda m: m, Dimension.quarter: quarter_of, Dimension.year: lambda m: m[:4]}


def trends(*, db: Session, query: TrendQuery, articles: bool = True) -> list[dict]:
    """One row per cell of the `by` dimensions: their values (only those keys), `count` (events),
    and with `articles` the sorted ids of the articles the events were read in. Time dimensions
    are ordered oldest first (undated last), then the biggest cells first."""
    ensure_fresh(db=db)
    by = query.by
    where = None if articles else _base(db, query, MonthCount)  # the counts, when they suffice
    table = Fact if where is None else MonthCount
    times = [d for d in by if d in TIMES]
    group = []
    if times:
        group.append(table.month.label("month"))
    for d in by:
        if d in COLUMNS:
            group.append(getattr(table, d.value).label(d.value))
        elif d in TAGS:
            group.append(table.value.label(d.value))
    counted = func.count() if table is Fact else func.sum(MonthCount.events)
    stmt = select(*group, counted.label("count"))
    if articles:
        stmt = stmt.add_columns(_articles_agg(db).label("articles"))
    stmt = stmt.where(*(_base(db, query) if where is None else where))
    if group:
        stmt = stmt.group_by(*group)
    # each `by` value read from the row: a time from the month (column 0), the others from their
    # column ("" in the counts is a missing month or country pair)
    names = [d.value for d in by]
    columns, at = [], int(bool(times))
    for d in by:
        if d in TIMES:
            columns.append(None)
        else:
            columns.append(at)
            at += 1
    convert = [_FROM_MONTH.get(d) for d in by]
    n_count = len(group)
    cells: dict[tuple, dict] = {}
    for r in db.execute(stmt):
        month = (r[0] or None) if times else None
        key = tuple((f(month) if month else None) if f else (r[c] or None)
                    for f, c in zip(convert, columns, strict=True))
        cell = cells.get(key)
        if cell is None:
            cell = cells[key] = {**dict(zip(names, key, strict=True)), "count": 0, "_articles": set()}
        cell["count"] += r[n_count]
        if articles:
            cell["_articles"] |= _ids(r[n_count + 1])
    if Dimension.org in by:
        keys = _org_keys(db, {c["org"] for c in cells.values()})
        for c in cells.values():
            c["org"] = keys.get(c["org"], c["org"])
    rows = []
    for c in cells.values():
        found = c.pop("_articles")
        if articles:
            c["articles"] = sorted(found)
        rows.append(c)
    rows.sort(key=_sort_key(names, [d in TIMES for d in by]))
    return rows


def total(*, db: Session, query: TrendQuery) -> int:
    """How many events the filters select (the trend with nothing to split by)."""
    ensure_fresh(db=db)
    if (where := _base(db, query, MonthCount)) is not None:
        return db.scalar(select(func.sum(MonthCount.events)).where(*where)) or 0
    return db.scalar(select(func.count()).select_from(Fact).where(*_base(db, query))) or 0


def articles(*, db: Session, query: TrendQuery, limit: int = 200, offset: int = 0) -> tuple[list[dict], int]:
    """The drill-down: the articles behind a cell (the query with the cell's values as filters),
    newest first, each with how many of its events the cell counts and their types."""
    ensure_fresh(db=db)
    where = _base(db, query)
    found = select(Fact.article_id, func.count().label("events")).where(*where).group_by(Fact.article_id).subquery()
    n = db.scalar(select(func.count()).select_from(found)) or 0
    stmt = (select(Article.id, Article.title, Article.source, Article.language, Article.published, found.c.events)
            .join(found, found.c.article_id == Article.id)
            .order_by(Article.published.desc().nulls_last(), Article.id.desc()).limit(limit).offset(offset))
    rows = [dict(r) for r in db.execute(stmt).mappings()]
    return rows, n


def events(*, db: Session, query: TrendQuery, limit: int = 1000) -> list[Event]:
    """The events a query counts (the report's notable events are read from these)."""
    ensure_fresh(db=db)
    ids = select(Fact.event_id).where(*_base(db, query))
    return list(db.scalars(select(Event).where(Event.id.in_(ids)).order_by(Event.id).limit(limit)))


def new_organisations(*, db: Session, query: TrendQuery) -> list[dict]:
    """Organisations seen in the news for the first time, by month: `count`, and `first` as
    (organisation key or id, the article it was first seen in). An organisation's first month is
    over all events, whatever the filters; the filters' period chooses which months are shown."""
    ensure_fresh(db=db)
    first: dict[str, tuple[str, int]] = {}
    stmt = (select(Fact.value, Fact.month, func.min(Fact.article_id))
            .where(Fact.kind == FactKind.org, Fact.month.is_not(None)).group_by(Fact.value, Fact.month))
    for org, month, article in db.execute(stmt):
        if org not in first or (month, article) < first[org]:
            first[org] = (month, article)
    keys = _org_keys(db, set(first))
    months: dict[str, list] = defaultdict(list)
    for org, (month, article) in first.items():
        if (query.start is None or month >= query.start) and (query.end is None or month <= query.end):
            months[month].append({"org": keys[org], "article": article})
    return [{"month": m, "count": len(v), "first": sorted(v, key=lambda x: (x["article"], str(x["org"])))}
            for m, v in sorted(months.items())]


def outcome_steps(*, db: Session, start: str | None = None, end: str | None = None) -> list[dict]:
    """Program outcomes by month and stage: unretracted steps, the relations (outcome ids) they
    belong to, and their amounts per currency (as recorded, never converted)."""
    stmt = select(OutcomeStep.outcome_id, OutcomeStep.stage, OutcomeStep.happened_on, OutcomeStep.amount,
                  OutcomeStep.currency).where(OutcomeStep.retracted_at.is_(None))
    if start:
        stmt = stmt.where(OutcomeStep.happened_on >= date.fromisoformat(start + "-01"))
    if end:
        y, m = int(end[:4]), int(end[5:])
        stmt = stmt.where(OutcomeStep.happened_on < date(y + (m == 12), m % 12 + 1, 1))
    cells: dict[tuple, dict] = {}
    for oid, stage, on, amount, currency in db.execute(stmt):
        month = f"{on.year:04d}-{on.month:02d}"
        cell = cells.setdefault((month, stage), {"month": month, "stage": stage, "count": 0,
                                                 "amounts": defaultdict(Decimal), "outcomes": set()})
        cell["count"] += 1
        cell["outcomes"].add(oid)
        if amount is not None and currency:
            cell["amounts"][currency] += Decimal(amount)
    return [{**c, "amounts": {k: money(v) for k, v in sorted(c["amounts"].items())},
             "outcomes": sorted(c["outcomes"])}
            for _k, c in sorted(cells.items())]
