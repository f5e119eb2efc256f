"""News actions: extract, ingest, decide a review, read an organisation's timeline.

Services add and flush; the caller (request, command, job) owns the transaction.
"""

from __future__ import annotations

import re
from dataclasses import asdict
from datetime import UTC, datetime
from datetime import date as Date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from gyoryu import hooks
from gyoryu.directory.enums import NameKind
from gyoryu.directory.models import Organization, OrgName
from gyoryu.directory.normalize import name_key
from gyoryu.directory.schemas import OrgIn
from gyoryu.directory.service import create_org, get_org
from gyoryu.errors import GyoryuError, InvalidValue, NotFound
from gyoryu.i18n import P_
from gyoryu.intel.enums import EntityKind, LinkMethod, ReviewAction, ReviewStatus
from gyoryu.intel.gazetteer import Gazetteer, gazetteer_for
from gyoryu.intel.models import Article, Event, EventParty, Mention, Review
from gyoryu.intel.pipeline import Doc, pipeline_for
from gyoryu.intel.records import ArticleRecord, lang_of, record_of
from gyoryu.intel.sources import Source, content_hash


def extract(*, db: Session, text: str, published: Date | None = None) -> tuple[Doc, Gazetteer]:
    """Run the pipeline over one text; reads the directory, writes nothing."""
    gazetteer = gazetteer_for(db)
    return pipeline_for(gazetteer)(text, published=published), gazetteer


def article_by_hash(*, db: Session, text: str) -> Article | None:
    return db.scalar(select(Article).where(Article.content_hash == content_hash(text)))


def ingest(*, db: Session, source: Source) -> tuple[Article, bool]:
    """Store an article once (by content hash) with everything found in it.
    Returns the article and whether it was new."""
    if existing := article_by_hash(db=db, text=source.text):
        return existing, False
    doc, gazetteer = extract(db=db, text=source.text, published=source.published)
    return save(db=db, doc=doc, gazetteer=gazetteer, source=source), True


def save(*, db: Session, doc: Doc, gazetteer: Gazetteer, source: Source) -> Article:
    """Write an extracted document: article, mentions, events with their parties, reviews."""
    return store(db=db, record=record_of(doc, gazetteer, source))


def store(*, db: Session, record: ArticleRecord) -> Article:
    """Write one article record through the ORM (the batch writer writes the same rows in bulk);
    then fire `article_saved` so later domains (outcomes) react without intel importing them."""
    article = Article(**record.article_fields())
    article.mentions = [Mention(**asdict(m)) for m in record.mentions]
    db.add(article)
    db.flush()
    for r in record.reviews:
        db.add(Review(mention_id=article.mentions[r.mention].id, name=r.name, lang=r.lang,
                      candidates=r.candidates))
    for e in record.events:
        event = Event(type=e.type, date=e.date, start=e.start, end=e.end, place_id=e.place_id,
                      place_text=e.place_text)
        for p in e.parties:
            event.parties.append(EventParty(
                side=p.side, text=p.text, org_id=p.org_id, person_id=p.person_id, place_id=p.place_id,
                mention_id=article.mentions[p.mention].id if p.mention is not None else None))
        article.events.append(event)
    db.flush()
    hooks.fire("article_saved", db=db, article=article)
    return article


# -- reading ---------------------------------------------------------------------------------------
def get_article(*, db: Session, article_id: int) -> Article:
    article = db.get(Article, article_id)
    if article is None:
        raise NotFound("E405", id=article_id)
    return article


def open_reviews(*, db: Session, limit: int = 100) -> list[Review]:
    return list(db.scalars(select(Review).where(Review.status == ReviewStatus.open)
                           .order_by(Review.id).limit(limit)))


def org_timeline(*, db: Session, org_id: int, limit: int = 50) -> list[Event]:
    """Events an organisation took part in, newest first (undated ones by article date)."""
    parties = select(EventParty.event_id).where(EventParty.org_id == org_id)
    stmt = (select(Event).options(selectinload(Event.article)).where(Event.id.in_(parties))
            .order_by(Event.id.desc()).limit(limit))
    events = list(db.scalars(stmt))
    events.sort(key=lambda e: (e.date or (e.article.published.isoformat()
                                          if e.article.published else "")), reverse=True)
    return events


# -- review decisions ------------------------------------------------------------------------------
def _add_alias(db: Session, org: Organization, name: str, lang: str) -> None:
    """The reviewer's decision as a name of the organisation, so the next article links itself."""
    key = name_key(name)
    if not key or any(n.norm == key for n in org.names):
        return
    org.names.append(OrgName(name=name, lang=lang, kind=NameKind.other, norm=key))
    db.flush()


def decide(*, db: Session, review_id: int, action: str, org_id: int | None = None,
           country: str | None = None, kind: str = "company", user_id: int | None = None) -> Review:
    """Accept the best candidate, merge into a chosen organisation, create a new one, or reject.
    Every open mention of the same name follows the decision."""
    if action not in ReviewAction.__members__:
        raise InvalidValue("E506", field=P_("field", "action"), value=str(action)[:40],
                           allowed=", ".join(ReviewAction))
    review = db.get(Review, review_id)
    if review is None:
        raise NotFound("E406", id=review_id)
    if review.status != ReviewStatus.open:
        raise GyoryuError("E407", id=review_id)
    action = ReviewAction(action)
    org: Organization | None = None
    if action == ReviewAction.accept:
        if not review.candidates:
            raise InvalidValue("E408", name=review.name)
        org = get_org(db=db, org_id=int(review.candidates[0][0]))
        review.status = ReviewStatus.accepted
    elif action == ReviewAction.merge:
        if org_id is None:
            raise InvalidValue("E408", name=review.name)
        org = get_org(db=db, org_id=org_id)
        review.status = ReviewStatus.merged
    elif action == ReviewAction.create:
        country = (country or {"ko": "KR", "zh-Hans": "CN", "zh-Hant": "TW"}.get(review.lang, "US"))
        data = OrgIn(kind=kind, country=country, names={review.lang: review.name},
                     source=f"intel:article:{review.mention.article_id}")
        org = create_org(db=db, data=data)
        review.status = ReviewStatus.created
    else:
        review.status = ReviewStatus.rejected
    names = [(review.name, review.lang)] + [(g.text, lang_of(g.text)) for g in _glosses(review.mention)]
    if org is not None:
        for name, lang in names:
            _add_alias(db, org, name, lang)
        review.decided_org_id = org.id
    review.decided_by = user_id
    review.decided_at = datetime.now(UTC)
    for name, _lang in names:
        _follow(db, review, org, name)
    db.flush()
    return review


_GLOSS_AFTER = re.compile(r"\s?[(（][^()（）\n]{1,60}[)）]")


def _glosses(mention: Mention) -> list[Mention]:
    """The names in brackets right after a reviewed name (센스타임(SenseTime), 화웨이(华为, Huawei)):
    the same organisation, so they take the same decision and become its names too."""
    m = _GLOSS_AFTER.match(mention.article.text, mention.end)
    if m is None:
        return []
    return [x for x in mention.article.mentions
            if x.kind == EntityKind.organization and m.start() < x.start and x.end <= m.end()]


def _follow(db: Session, review: Review, org: Organization | None, name: str) -> None:
    """Mentions of the same name, in every article, take the decision; their reviews close."""
    key = name_key(name)
    same = [m for m in db.scalars(select(Mention).where(
        Mention.kind == EntityKind.organization, Mention.text == name))]
    same += [m for m in db.scalars(select(Mention).where(
        Mention.kind == EntityKind.organization, Mention.org_id.is_(None)))
        if name_key(m.text) == key and m not in same]
    for m in same:
        if org is not None:
            m.org_id, m.confidence, m.method = org.id, 1.0, LinkMethod.review
            for party in db.scalars(select(EventParty).where(EventParty.mention_id == m.id)):
                party.org_id = org.id
        elif m.method != LinkMethod.alias:
            m.org_id, m.confidence, m.method = None, 0.0, LinkMethod.review
    others = db.scalars(select(Review).where(Review.status == ReviewStatus.open,
                                             Review.id != review.id))
    for other in others:
        if name_key(other.name) == key:
            other.status, other.decided_org_id = review.status, review.decided_org_id
            other.decided_by, other.decided_at = review.decided_by, review.decided_at
