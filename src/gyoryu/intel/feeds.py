"""News feeds: add an RSS/Atom feed, list them, poll them.

A poll reads every feed (feedparser, from bytes we fetched ourselves under time and size limits),
fetches each page it lists that no feed listed before (by normalised address), extracts the text
(trafilatura) and stores it through the ordinary ingestion, so entities and events are found as
for any article. The same text, or nearly the same text from another outlet (MinHash), is stored
as a duplicate entry of the first article rather than as an article of its own.

Services add and flush; the caller owns the transaction. Each page is written in a savepoint, so
one page that fails leaves the others of the poll in place.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from urllib.parse import urljoin, urlsplit, urlunsplit

import feedparser
import httpx
from courlan import normalize_url
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gyoryu.errors import GyoryuError, InvalidValue, NotFound
from gyoryu.intel import fetch, neardup, service, sources
from gyoryu.intel.models import Feed, FeedEntry

NEAR_DUPLICATE_WINDOW = timedelta(days=30)  # outlets repeat a story within days, not months


@dataclass
class PollReport:
    fetched: int = 0
    new: int = 0
    duplicates: int = 0
    failed: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"fetched": self.fetched, "new": self.new, "duplicates": self.duplicates,
                "failed": self.failed}


def canonical_url(url: str) -> str:
    """One spelling per page: lower-case host, no fragment, no tracking parameters, sorted query."""
    try:
        url = normalize_url(url.strip())  # strict mode would drop every query parameter (?id=123)
    except ValueError:
        url = url.strip()
    return urlunsplit(urlsplit(url)._replace(fragment=""))


def _check_url(url: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InvalidValue("E420", url=url)
    return canonical_url(url)


def add_feed(*, db: Session, url: str, name: str | None = None) -> Feed:
    url = _check_url(url)
    if existing := db.scalar(select(Feed).where(Feed.url == url)):
        raise GyoryuError("E425", url=url, id=existing.id)
    feed = Feed(url=url, name=(name or "").strip()[:300] or None)
    db.add(feed)
    db.flush()
    return feed


def get_feed(*, db: Session, feed_id: int) -> Feed:
    feed = db.get(Feed, feed_id)
    if feed is None:
        raise NotFound("E426", id=feed_id)
    return feed


def list_feeds(*, db: Session) -> list[tuple[Feed, int]]:
    """Every feed with the number of articles it brought in."""
    counts = dict(db.execute(select(FeedEntry.feed_id, func.count()).where(FeedEntry.status == "new")
                             .group_by(FeedEntry.feed_id)).all())
    return [(f, counts.get(f.id, 0)) for f in db.scalars(select(Feed).order_by(Feed.id))]


def poll(*, db: Session, http: httpx.Client | None = None, feed_ids: list[int] | None = None) -> PollReport:
    """Read every feed (or those named) once; see the module's docstring."""
    feeds = ([get_feed(db=db, feed_id=i) for i in feed_ids] if feed_ids
             else list(db.scalars(select(Feed).order_by(Feed.id))))
    report = PollReport()
    index = _near_duplicate_index(db)
    own = http is None
    http = http or fetch.client()
    try:
        for feed in feeds:
            _poll_feed(db, http, feed, index, report)
    finally:
        if own:
            http.close()
    db.flush()
    return report


def _near_duplicate_index(db: Session) -> neardup.NearDuplicates:
    index = neardup.NearDuplicates()
    since = datetime.now(UTC) - NEAR_DUPLICATE_WINDOW
    rows = db.execute(select(FeedEntry.article_id, FeedEntry.signature).where(
        FeedEntry.status == "new", FeedEntry.signature.is_not(None), FeedEntry.article_id.is_not(None),
        FeedEntry.created_at >= since))
    for article_id, raw in rows:
        index.add(article_id, neardup.from_bytes(raw))
    return index


def _poll_feed(db: Session, http: httpx.Client, feed: Feed, index: neardup.NearDuplicates,
               report: PollReport) -> None:
    feed.last_polled_at = datetime.now(UTC)
    try:
        parsed = _read_feed(http, feed.url)
    except GyoryuError as exc:
        feed.last_error = exc.message()[:500]
        report.failed.append({"url": feed.url, "error": exc.message()})
        return
    feed.last_error = None
    if not feed.name and parsed.feed.get("title"):
        feed.name = parsed.feed["title"].strip()[:300] or None
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        url = canonical_url(urljoin(feed.url, link))
        if urlsplit(url).scheme not in ("http", "https"):
            report.failed.append({"url": url, "error": GyoryuError("E420", url=url).message()})
            continue
        if db.scalar(select(FeedEntry.id).where(FeedEntry.url == url)) is not None:
            continue  # read in an earlier poll, or listed twice
        try:
            with db.begin_nested():
                _take_entry(db, http, feed, entry, url, index, report)
        except GyoryuError as exc:
            report.failed.append({"url": url, "error": exc.message()})


def _read_feed(http: httpx.Client, url: str):
    got = fetch.fetch(http, url, accept=fetch.FEED_TYPES)
    parsed = feedparser.parse(got.body, response_headers={"content-location": got.url})
    if not parsed.get("version") and not parsed.entries:
        raise GyoryuError("E424", url=url)
    return parsed


def _entry_date(entry) -> date | None:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if not stamp:
        return None
    return datetime.fromtimestamp(calendar.timegm(stamp), UTC).date()


def _take_entry(db: Session, http: httpx.Client, feed: Feed, entry, url: str,
                index: neardup.NearDuplicates, report: PollReport) -> None:
    page = fetch.fetch(http, url, accept=fetch.PAGE_TYPES)
    report.fetched += 1
    text = page.text()
    source = sources.from_text(text, url) if page.content_type == "text/plain" else sources.from_html(text, url)
    source.name = url
    source.title = (entry.get("title") or "").strip()[:500] or source.title
    source.published = _entry_date(entry) or source.published
    row = FeedEntry(feed_id=feed.id, url=url, title=source.title)
    sig = None
    if same := service.article_by_hash(db=db, text=source.text):
        row.status, row.article_id, row.similarity = "duplicate", same.id, 1.0
    else:
        sig = neardup.signature(source.text)
        if near := index.find(sig):
            row.status, row.article_id, row.similarity = "duplicate", near[0], round(near[1], 3)
        else:
            article, _created = service.ingest(db=db, source=source)
            row.status, row.article_id, row.signature = "new", article.id, neardup.to_bytes(sig)
    db.add(row)
    db.flush()
    if row.status == "new":
        index.add(row.article_id, sig)
        report.new += 1
    else:
        report.duplicates += 1
