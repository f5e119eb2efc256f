"""The stable JSON of `gyoryu extract --json` (and the API): one shape for scripts."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from gyoryu.directory.enums import OrgKind
from gyoryu.fields import Line
from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.pipeline import Doc, OrgMention, PersonMention, PlaceMention


class OrgOut(BaseModel):
    mention: str
    start: int
    end: int
    entity_id: int | None
    canonical_en: str | None
    country: str | None
    kind: str | None
    confidence: float


class PersonOut(BaseModel):
    mention: str
    start: int
    end: int
    role: str | None
    organization: str | None


class PlaceOut(BaseModel):
    mention: str
    start: int
    end: int
    country: str | None


class EventOut(BaseModel):
    type: str
    actors: list[str]
    targets: list[str]
    place: str | None
    date: str | None
    evidence: str


class Extraction(BaseModel):
    language: str
    date: str | None
    organizations: list[OrgOut]
    people: list[PersonOut]
    places: list[PlaceOut]
    events: list[EventOut]


def _canonical(m, gaz: Gazetteer) -> str:
    if isinstance(m, OrgMention) and m.entity_id is not None:
        return gaz.orgs[m.entity_id].canonical
    if isinstance(m, PlaceMention) and m.entity_id is not None:
        names = gaz.places[m.entity_id].names
        return names.get("en") or m.mention
    if isinstance(m, PersonMention) and m.entity_id is not None:
        names = gaz.people[m.entity_id].names
        return names.get("en") or names.get("ko") or names.get("zh-Hans") or m.mention
    return m.mention


def extraction(doc: Doc, gaz: Gazetteer) -> Extraction:
    orgs = []
    for o in doc.orgs:
        entry = gaz.orgs.get(o.entity_id) if o.entity_id is not None else None
        orgs.append(OrgOut(
            mention=o.mention, start=o.start, end=o.end, entity_id=o.entity_id,
            canonical_en=(entry.names.get("en") or entry.canonical) if entry else None,
            country=entry.country if entry else None, kind=entry.kind if entry else None,
            confidence=round(o.confidence, 3)))
    people = [PersonOut(
        mention=p.mention, start=p.start, end=p.end, role=p.role,
        organization=(gaz.orgs[p.org_id].canonical if p.org_id is not None else p.org_mention))
        for p in doc.people]
    places = [PlaceOut(mention=p.mention, start=p.start, end=p.end,
                       country=gaz.places[p.entity_id].country if p.entity_id else None)
              for p in doc.places]
    events = [EventOut(type=e.type, actors=[_canonical(a, gaz) for a in e.actors],
                       targets=[_canonical(t, gaz) for t in e.targets],
                       place=_canonical(e.place, gaz) if e.place else None, date=e.date,
                       evidence=doc.text[e.start:e.end]) for e in doc.events]
    return Extraction(language=doc.language, date=doc.date.isoformat() if doc.date else None,
                      organizations=orgs, people=people, places=places, events=events)


# -- the news JSON API (`/api/articles`, `/api/events`) ----------------------------------------
class OrgRef(BaseModel):
    id: int
    name: str


class ArticleItem(BaseModel):
    id: int
    title: str | None
    language: str
    published: str | None
    url: str | None  # the page it was read from; None for an imported file
    feed: str | None
    organizations: list[OrgRef]
    events: list[str]  # event types, in order
    page: str  # this article on the site


class ArticleList(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[ArticleItem]


class PartyItem(BaseModel):
    side: str
    text: str
    organization_id: int | None


class EventItem(BaseModel):
    id: int
    type: str
    date: str | None
    place: str | None
    article_id: int
    article_title: str | None
    published: str | None
    parties: list[PartyItem]
    evidence: str


class EventList(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[EventItem]


class FeedIn(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"url": "https://www.etnews.com/rss/Section902.xml", "name": "전자신문 AI"},
        {"url": "https://www.36kr.com/feed", "name": "36氪"},
        {"url": "https://techcrunch.com/category/artificial-intelligence/feed/"}]})

    url: Line[1000]
    name: Line[300] | None = None


class FeedItem(BaseModel):
    id: int
    url: str
    name: str | None
    articles: int
    last_polled_at: str | None
    last_error: str | None


def feed_item(feed, articles: int) -> FeedItem:
    return FeedItem(id=feed.id, url=feed.url, name=feed.name, articles=articles,
                    last_polled_at=feed.last_polled_at.isoformat() if feed.last_polled_at else None,
                    last_error=feed.last_error)


class PollFailure(BaseModel):
    url: str
    error: str


class PollOut(BaseModel):
    fetched: int
    new: int
    duplicates: int
    failed: list[PollFailure]


class ArticleDetail(ArticleItem):
    text: str


class CandidateOut(BaseModel):
    organization_id: int
    score: float


class ReviewOut(BaseModel):
    """A name in the news waiting for a person to say which organisation it is."""

    id: int
    name: str
    lang: str
    article_id: int
    start: int
    end: int
    status: str
    candidates: list[CandidateOut]
    decided_org_id: int | None = None


class ReviewPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[ReviewOut]


class DecisionIn(BaseModel):
    """accept: the best candidate; merge: into `org_id`; create: a new organisation (in
    `country`, of `kind`); reject: not an organisation. Every open mention of the name follows."""

    model_config = {"extra": "forbid", "json_schema_extra": {
        "examples": [{"action": "merge", "org_id": 12}, {"action": "create", "country": "KR"}]}}

    action: Literal["accept", "merge", "create", "reject"]
    org_id: int | None = Field(default=None, ge=1, le=2**31 - 1)
    country: str | None = Field(default=None, pattern="^[A-Za-z]{2}$")
    kind: OrgKind = OrgKind.company


def review_out(r) -> ReviewOut:
    return ReviewOut(id=r.id, name=r.name, lang=r.lang, article_id=r.mention.article_id,
                     start=r.mention.start, end=r.mention.end, status=r.status,
                     candidates=[CandidateOut(organization_id=int(o), score=float(s))
                                 for o, s in r.candidates], decided_org_id=r.decided_org_id)
