"""The news JSON API: articles and events with the `/news` page's filters, a page at a time."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy import select

from gyoryu.directory.models import Organization
from gyoryu.intel import feeds, news, service
from gyoryu.intel.schemas import (
    ArticleDetail,
    ArticleItem,
    ArticleList,
    DecisionIn,
    EventItem,
    EventList,
    FeedIn,
    FeedItem,
    OrgRef,
    PartyItem,
    PollOut,
    ReviewOut,
    ReviewPage,
    feed_item,
    review_out,
)
from gyoryu.web.deps import Csrf, CurrentUser, DbSession, FilterId, Id, Offset, T, require
from gyoryu.web.paging import Page, Paging

router = APIRouter(tags=["news"])

Limit = Annotated[int, Query(ge=1, le=200)]


def _filter(lang: str, since: str, until: str, org_id: int | None, event_type: str,
            feed_id: int | None) -> news.NewsFilter:
    return news.NewsFilter.parse(lang=lang, since=since, until=until, org_id=org_id, event_type=event_type,
                                 feed_id=feed_id)


@router.get("/articles", response_model=ArticleList)
def list_articles(db: DbSession, t: T, lang: str = "", since: str = "", until: str = "",
                  org_id: FilterId = None, event_type: str = "", feed_id: FilterId = None,
                  limit: Limit = 20, offset: Offset = 0) -> ArticleList:
    """Articles newest first. `since`/`until` are dates (YYYY-MM-DD) on the article's publication
    date; `org_id` an organisation named in it; `event_type` one of its events; `feed_id` the feed
    that brought it in. Organisation names are given in the reader's language."""
    articles, total = news.find_articles(db=db, f=_filter(lang, since, until, org_id, event_type, feed_id),
                                         limit=limit, offset=offset)
    org_ids = news.organisations_in(db=db, article_ids=[a.id for a in articles])
    names = _names(db, t, org_ids)
    items = [ArticleItem(**_article_fields(db, a, org_ids[a.id], names)) for a in articles]
    return ArticleList(total=total, limit=limit, offset=offset, items=items)


def _names(db, t, org_ids) -> dict[int, str]:
    wanted = {i for ids in org_ids.values() for i in ids}
    orgs = db.scalars(select(Organization).where(Organization.id.in_(wanted)))
    return {o.id: o.display_name(t.locale) for o in orgs}


def _article_fields(db, a, org_ids: list[int], names: dict[int, str]) -> dict:
    origin = news.origin_of(db=db, article=a)
    return dict(id=a.id, title=a.title, language=a.language,
                published=a.published.isoformat() if a.published else None, url=origin.url,
                feed=origin.feed, organizations=[OrgRef(id=i, name=names[i]) for i in org_ids],
                events=[e.type for e in a.events], page=f"/news/{a.id}")


@router.get("/articles/{article_id}", response_model=ArticleDetail)
def get_article(article_id: Id, db: DbSession, t: T) -> ArticleDetail:
    """One article with its text, the organisations named in it and its events."""
    article = service.get_article(db=db, article_id=article_id)
    org_ids = news.organisations_in(db=db, article_ids=[article.id])
    return ArticleDetail(**_article_fields(db, article, org_ids[article.id],
                                           _names(db, t, org_ids)), text=article.text)


@router.get("/events", response_model=EventList)
def list_events(db: DbSession, lang: str = "", since: str = "", until: str = "", org_id: FilterId = None,
                event_type: str = "", feed_id: FilterId = None, limit: Limit = 20,
                offset: Offset = 0) -> EventList:
    """Events found in the news, by the same filters (`org_id`: the organisation is a party)."""
    events, total = news.find_events(db=db, f=_filter(lang, since, until, org_id, event_type, feed_id),
                                     limit=limit, offset=offset)
    items = [EventItem(
        id=e.id, type=e.type, date=e.date, place=e.place_text, article_id=e.article_id,
        article_title=e.article.title,
        published=e.article.published.isoformat() if e.article.published else None,
        parties=[PartyItem(side=p.side, text=p.text, organization_id=p.org_id) for p in e.parties],
        evidence=e.article.text[e.start:e.end]) for e in events]
    return EventList(total=total, limit=limit, offset=offset, items=items)


@router.get("/feeds", response_model=Page[FeedItem], dependencies=[require("intel.feeds")])
def list_feeds(db: DbSession, page: Paging) -> dict:
    """Every feed, with the articles it brought in and its last poll."""
    found = page.of(feeds.list_feeds(db=db))
    return found | {"items": [feed_item(f, n) for f, n in found["items"]]}


@router.post("/feeds", response_model=FeedItem, status_code=201, dependencies=[Csrf, require("intel.feeds")])
def add_feed(data: FeedIn, db: DbSession) -> FeedItem:
    return feed_item(feeds.add_feed(db=db, url=data.url, name=data.name), 0)


@router.post("/feeds/poll", response_model=PollOut, dependencies=[Csrf, require("intel.feeds")])
def poll_feeds(db: DbSession) -> PollOut:
    """Poll every feed now (the same as `gyoryu feeds poll`); answers when the poll is done."""
    return PollOut(**feeds.poll(db=db).as_dict())


@router.get("/reviews", response_model=ReviewPage, dependencies=[require("intel.review")])
def list_reviews(db: DbSession, page: Paging) -> ReviewPage:
    """Names in the news waiting for a decision, oldest first (the review queue)."""
    found = service.open_reviews(db=db, limit=page.offset + page.limit)[page.offset:]
    return ReviewPage(total=news.open_review_count(db=db), limit=page.limit, offset=page.offset,
                      items=[review_out(r) for r in found])


@router.post("/reviews/{review_id}/decision", response_model=ReviewOut,
             dependencies=[Csrf, require("intel.review")])
def decide_review(review_id: Id, data: DecisionIn, db: DbSession, user: CurrentUser) -> ReviewOut:
    """Decide a review as the queue's page does; the decision becomes an alias of the
    organisation, so the next article links by itself."""
    return review_out(service.decide(db=db, review_id=review_id, action=data.action,
                                     org_id=data.org_id, country=data.country, kind=data.kind,
                                     user_id=user.id))
