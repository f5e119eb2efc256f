"""Reading the news: articles and events by language, date range, organisation, event type and
feed, a page at a time — one set of filters for the `/news` page and the JSON API — and where an
article came from, said without ever showing a path on the server."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload

from gyoryu.errors import InvalidValue
from gyoryu.i18n import P_
from gyoryu.intel.enums import EventType, ReviewStatus
from gyoryu.intel.models import Article, Event, EventParty, FeedEntry, Mention, Review

LANGUAGES = ("ko", "zh", "en")


@dataclass(frozen=True)
class NewsFilter:
    lang: str | None = None
    since: date | None = None
    until: date | None = None
    org_id: int | None = None
    event_type: str | None = None
    feed_id: int | None = None

    @classmethod
    def parse(cls, *, lang: str = "", since: str = "", until: str = "", org_id: str | int | None = None,
              event_type: str = "", feed_id: str | int | None = None) -> NewsFilter:
        """Filters as a form or a query string sends them; a bad value is a clear error."""
        lang, event_type = (lang or "").strip(), (event_type or "").strip()
        if lang and lang not in LANGUAGES:
            raise InvalidValue("E429", field=P_("field", "language"), value=lang, allowed=", ".join(LANGUAGES))
        if event_type and event_type not in {t.value for t in EventType}:
            raise InvalidValue("E429", field=P_("field", "event type"), value=event_type,
                               allowed=", ".join(t.value for t in EventType))
        return cls(lang=lang or None, since=_day(since), until=_day(until), org_id=_number(org_id),
                   event_type=event_type or None, feed_id=_number(feed_id))

    def query(self) -> dict:
        """The filters as query parameters, for links to other pages of the same listing."""
        return {k: v for k, v in (("lang", self.lang), ("since", self.since), ("until", self.until),
                                  ("org_id", self.org_id), ("event_type", self.event_type),
                                  ("feed_id", self.feed_id)) if v not in (None, "")}


def _day(value: str | date | None) -> date | None:
    if value in (None, "") or isinstance(value, date):
        return value or None
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise InvalidValue("E428", value=value) from None


def _number(value) -> int | None:
    if value in (None, ""):
        return None
    if isinstance(value, int) or str(value).strip().isdigit():
        return int(value)
    raise InvalidValue("E300", detail=str(value))


def _article_filters(stmt: Select, f: NewsFilter) -> Select:
    if f.lang:
        stmt = stmt.where(Article.language == f.lang)
    if f.since:
        stmt = stmt.where(Article.published >= f.since)
    if f.until:
        stmt = stmt.where(Article.published <= f.until)
    if f.feed_id:
        stmt = stmt.where(Article.id.in_(select(FeedEntry.article_id).where(FeedEntry.feed_id == f.feed_id)))
    return stmt


def find_articles(*, db: Session, f: NewsFilter, limit: int = 20, offset: int = 0) -> tuple[list[Article], int]:
    """Articles newest first (undated last), with the number matching."""
    stmt = _article_filters(select(Article.id), f)
    if f.org_id:
        stmt = stmt.where(Article.id.in_(select(Mention.article_id).where(Mention.org_id == f.org_id)))
    if f.event_type:
        stmt = stmt.where(Article.id.in_(select(Event.article_id).where(Event.type == f.event_type)))
    total = db.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    page = (select(Article).where(Article.id.in_(stmt)).options(selectinload(Article.events))
            .order_by(Article.published.is_(None), Article.published.desc(), Article.id.desc())
            .limit(limit).offset(offset))
    return list(db.scalars(page)), total


def find_events(*, db: Session, f: NewsFilter, limit: int = 20, offset: int = 0) -> tuple[list[Event], int]:
    """Events of the matching articles (newest article first); the organisation filter asks for the
    organisation among the event's parties, not merely in its article."""
    stmt = _article_filters(select(Event.id).join(Article, Event.article_id == Article.id), f)
    if f.org_id:
        stmt = stmt.where(Event.id.in_(select(EventParty.event_id).where(EventParty.org_id == f.org_id)))
    if f.event_type:
        stmt = stmt.where(Event.type == f.event_type)
    total = db.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    page = (select(Event).join(Article, Event.article_id == Article.id).where(Event.id.in_(stmt))
            .options(selectinload(Event.article))
            .order_by(Article.published.is_(None), Article.published.desc(), Event.id.desc())
            .limit(limit).offset(offset))
    return list(db.scalars(page)), total


@dataclass(frozen=True)
class Origin:
    """Where an article came from, as a reader may see it: a web page and the feed that listed it,
    a web address, or only that it was imported from a file (whose path stays on the server)."""

    url: str | None
    feed: str | None
    imported: bool

    @property
    def label(self) -> str:
        return self.feed or (urlsplit(self.url).netloc if self.url else "")


def origin_of(*, db: Session, article: Article) -> Origin:
    entry = db.scalar(select(FeedEntry).where(FeedEntry.article_id == article.id, FeedEntry.status == "new")
                      .order_by(FeedEntry.id).limit(1))
    if entry is not None:
        return Origin(url=entry.url, feed=entry.feed.name or urlsplit(entry.feed.url).netloc, imported=False)
    source = article.source or ""
    if urlsplit(source).scheme in ("http", "https"):
        return Origin(url=source, feed=None, imported=False)
    return Origin(url=None, feed=None, imported=True)


def reported_also_by(*, db: Session, article: Article) -> list[Origin]:
    """Other outlets' pages found to carry the same story (the duplicates a poll set aside)."""
    entries = db.scalars(select(FeedEntry).where(FeedEntry.article_id == article.id,
                                                 FeedEntry.status == "duplicate").order_by(FeedEntry.id))
    return [Origin(url=e.url, feed=e.feed.name or urlsplit(e.feed.url).netloc, imported=False) for e in entries]


def origins_of(*, db: Session, articles: list[Article]) -> dict[int, Origin]:
    return {a.id: origin_of(db=db, article=a) for a in articles}


def organisations_in(*, db: Session, article_ids: list[int]) -> dict[int, list[int]]:
    """The linked organisations of each article, in order of first mention."""
    out: dict[int, list[int]] = {i: [] for i in article_ids}
    rows = db.execute(select(Mention.article_id, Mention.org_id).where(
        Mention.article_id.in_(article_ids), Mention.org_id.is_not(None)).order_by(Mention.article_id, Mention.start))
    for article_id, org_id in rows:
        if org_id not in out[article_id]:
            out[article_id].append(org_id)
    return out


def open_review_count(*, db: Session) -> int:
    return db.scalar(select(func.count()).select_from(Review).where(Review.status == ReviewStatus.open)) or 0


# -- a group of organisations (a cluster) in the news -----------------------------------------
@dataclass(frozen=True)
class MonthActivity:
    month: str  # YYYY-MM of the articles' publication; "" for articles without a date
    articles: int  # articles naming one of the organisations (linked mentions)
    events: int  # events with one of them among the parties


def monthly_activity(*, db: Session, org_ids: list[int]) -> list[MonthActivity]:
    """How often a group of organisations is in the news, month by month (undated articles as
    month ""), counted in the database so a busy group costs one grouped query per measure."""
    if not org_ids:
        return []
    year, month = func.extract("year", Article.published), func.extract("month", Article.published)
    named = (select(year, month, func.count(func.distinct(Article.id)))
             .join(Mention, Mention.article_id == Article.id)
             .where(Mention.org_id.in_(org_ids)).group_by(year, month))
    acted = (select(year, month, func.count(func.distinct(Event.id)))
             .join(Event, Event.article_id == Article.id)
             .join(EventParty, EventParty.event_id == Event.id)
             .where(EventParty.org_id.in_(org_ids)).group_by(year, month))
    counts: dict[str, list[int]] = {}
    for column, stmt in ((0, named), (1, acted)):
        for y, m, n in db.execute(stmt):
            key = "" if y is None else f"{int(y):04d}-{int(m):02d}"
            counts.setdefault(key, [0, 0])[column] = n
    return [MonthActivity(k, *v) for k, v in sorted(counts.items())]


def events_of_group(*, db: Session, org_ids: list[int], limit: int = 200) -> list[tuple[Event, set[int]]]:
    """Events with one of `org_ids` among the parties, newest article first, each with every
    linked party's organisation (to tell whom the group met in the news)."""
    if not org_ids:
        return []
    ids = select(EventParty.event_id).where(EventParty.org_id.in_(org_ids))
    events = list(db.scalars(
        select(Event).join(Article, Event.article_id == Article.id).where(Event.id.in_(ids))
        .options(selectinload(Event.article), selectinload(Event.parties))
        .order_by(Article.published.is_(None), Article.published.desc(), Event.id.desc()).limit(limit)))
    return [(e, {p.org_id for p in e.parties if p.org_id is not None}) for e in events]
