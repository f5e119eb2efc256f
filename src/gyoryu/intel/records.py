"""An extracted article as plain rows, ready to store: the one place that decides what of a
pipeline's findings is written (which mentions, which names wait for review, which parties).

`service.store` writes a record through the ORM, one article at a time; the batch writer of
`gyoryu ingest --engine ray` writes many with COPY or executemany. Records are plain dataclasses,
so an extraction worker in another process (or on another machine) can send them back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from gyoryu.directory.normalize import name_key
from gyoryu.intel.enums import EntityKind, LinkMethod
from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.pipeline import Doc, OrgMention, PersonMention, PlaceMention, pipeline_for
from gyoryu.intel.sources import Source, content_hash


@dataclass
class MentionRow:
    kind: str
    start: int
    end: int
    text: str
    org_id: int | None = None
    person_id: int | None = None
    place_id: int | None = None
    confidence: float = 0.0
    method: str = LinkMethod.none
    role: str | None = None
    role_org_id: int | None = None
    role_org_text: str | None = None


@dataclass
class ReviewRow:
    mention: int  # index into ArticleRecord.mentions
    name: str
    lang: str
    candidates: list


@dataclass
class PartyRow:
    side: str  # actor | target
    text: str
    mention: int | None  # a gathering ('한중 AI CEO 서밋') is a party, not a mention
    org_id: int | None = None
    person_id: int | None = None
    place_id: int | None = None


@dataclass
class EventRow:
    type: str
    date: str | None
    start: int
    end: int
    place_id: int | None
    place_text: str | None
    parties: list[PartyRow] = field(default_factory=list)


@dataclass
class ArticleRecord:
    content_hash: str
    source: str | None
    title: str | None
    language: str
    published: date | None
    text: str
    pipeline: str
    mentions: list[MentionRow] = field(default_factory=list)
    reviews: list[ReviewRow] = field(default_factory=list)
    events: list[EventRow] = field(default_factory=list)

    def article_fields(self) -> dict:
        return {"content_hash": self.content_hash, "source": self.source, "title": self.title,
                "language": self.language, "published": self.published, "text": self.text,
                "pipeline": self.pipeline}


def lang_of(name: str) -> str:
    """The language tag a reviewer's decision files a name under."""
    if any("\uac00" <= c <= "\ud7a3" for c in name):
        return "ko"
    if any("\u4e00" <= c <= "\u9fff" for c in name):
        from gyoryu.intel.matcher import _T2S

        return "zh-Hans" if name == _T2S.convert(name) else "zh-Hant"
    return "en"


def record_of(doc: Doc, gazetteer: Gazetteer, source: Source) -> ArticleRecord:
    """What of an extracted document is stored: every mention, a review per uncertain name (once
    per article), every event with its parties pointing at their mentions."""
    steps = ",".join(c["factory"] for c in pipeline_for(gazetteer).config["components"].values())
    record = ArticleRecord(content_hash=content_hash(doc.text), source=source.name, title=source.title,
                           language=doc.language, published=doc.date, text=doc.text, pipeline=steps[:200])
    rows: list[tuple[object, MentionRow]] = []
    for o in doc.orgs:
        rows.append((o, MentionRow(kind=EntityKind.organization, start=o.start, end=o.end,
                                   text=o.mention[:300], org_id=o.entity_id,
                                   confidence=o.confidence, method=o.method)))
    for p in doc.people:
        rows.append((p, MentionRow(kind=EntityKind.person, start=p.start, end=p.end,
                                   text=p.mention[:300], person_id=p.entity_id, role=p.role,
                                   role_org_id=p.org_id, role_org_text=p.org_mention,
                                   confidence=1.0 if p.entity_id else 0.0,
                                   method=LinkMethod.alias if p.entity_id else LinkMethod.none)))
    for pl in doc.places:
        rows.append((pl, MentionRow(kind=EntityKind.place, start=pl.start, end=pl.end,
                                    text=pl.mention[:300], place_id=pl.entity_id, confidence=1.0,
                                    method=LinkMethod.alias)))
    rows.sort(key=lambda pair: pair[1].start)
    index = {id(m): i for i, (m, _row) in enumerate(rows)}
    record.mentions = [row for _m, row in rows]
    queued: set[str] = set()
    for o in doc.orgs:
        if (o.entity_id is not None and o.confidence >= 1.0) or o.gloss_of is not None:
            continue  # a gloss (센스타임(SenseTime)) follows the decision on the name it glosses
        key = name_key(o.mention)
        if key in queued:
            continue
        queued.add(key)
        record.reviews.append(ReviewRow(mention=index[id(o)], name=o.mention[:300], lang=lang_of(o.mention),
                                        candidates=[[oid, round(score, 3)] for oid, score in o.candidates]))
    for e in doc.events:
        event = EventRow(type=e.type, date=e.date, start=e.start, end=e.end,
                         place_id=e.place.entity_id if e.place else None,
                         place_text=e.place.mention if e.place else None)
        for side, group in (("actor", e.actors), ("target", e.targets)):
            for m in group:
                event.parties.append(PartyRow(
                    side=side, text=m.mention[:300], mention=index.get(id(m)),
                    org_id=m.entity_id if isinstance(m, OrgMention) else (
                        m.org_id if isinstance(m, PersonMention) else None),
                    person_id=m.entity_id if isinstance(m, PersonMention) else None,
                    place_id=m.entity_id if isinstance(m, PlaceMention) else None))
        record.events.append(event)
    return record
