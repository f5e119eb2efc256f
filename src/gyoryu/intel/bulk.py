"""Writing many extracted articles at once: the rows `records.record_of` builds, in one statement
per table — PostgreSQL's COPY, executemany elsewhere (SQLite) — instead of an ORM flush per row.

Ids are taken up front (from the sequences on PostgreSQL, after the largest id on SQLite) so
mentions, events and parties can point at one another without a round trip per row. Each file
written is recorded in the ingest ledger in the same transaction, which is what lets an
interrupted run resume without writing anything twice. The caller owns the transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session, selectinload

from gyoryu import hooks
from gyoryu.db import utcnow
from gyoryu.intel.models import Article, Event, EventParty, IngestLedger, Mention, Review
from gyoryu.intel.records import ArticleRecord


@dataclass
class Written:
    stored: list[int] = field(default_factory=list)  # new article ids
    duplicates: int = 0  # files whose text was already stored


def _ids(db: Session, table: str, n: int) -> list[int]:
    if n == 0:
        return []
    if db.get_bind().dialect.name == "postgresql":
        return list(db.scalars(text(f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) "
                                    "FROM generate_series(1, :n)"), {"n": n}))
    first = db.scalar(text(f"SELECT coalesce(max(id), 0) + 1 FROM {table}"))
    return list(range(first, first + n))


def _write(db: Session, model, rows: list[dict]) -> None:
    if not rows:
        return
    if db.get_bind().dialect.name != "postgresql":
        db.execute(insert(model.__table__), rows)
        return
    columns = list(rows[0])
    sql = f'COPY {model.__tablename__} ({", ".join(f"{chr(34)}{c}{chr(34)}" for c in columns)}) FROM STDIN'
    raw = db.connection().connection.driver_connection
    with raw.cursor() as cur, cur.copy(sql) as copy:
        for row in rows:
            copy.write_row([row[c] for c in columns])


def write(*, db: Session, items: list[tuple[str, str, ArticleRecord]]) -> Written:
    """Store (file hash, path, record) triples: new texts as articles, texts already stored as
    ledger entries pointing at the article that has them."""
    out = Written()
    # files another run wrote meanwhile (a killed run's workers finish the tasks they hold):
    # written once, by whichever committed first
    hashes = {h for h, _p, _r in items}
    ledgered = set(db.scalars(select(IngestLedger.file_hash).where(IngestLedger.file_hash.in_(hashes))))
    if ledgered:
        out.duplicates += sum(1 for h, _p, _r in items if h in ledgered)
        items = [item for item in items if item[0] not in ledgered]
    hashes = {r.content_hash for _h, _p, r in items}
    known = dict(db.execute(select(Article.content_hash, Article.id).where(Article.content_hash.in_(hashes))).all())
    fresh: list[tuple[str, str, ArticleRecord]] = []
    for file_hash, path, record in items:
        if record.content_hash in known or any(r.content_hash == record.content_hash for _h, _p, r in fresh):
            out.duplicates += 1
        else:
            fresh.append((file_hash, path, record))
    now = utcnow()
    article_ids = _ids(db, Article.__tablename__, len(fresh))
    mention_ids = iter(_ids(db, Mention.__tablename__, sum(len(r.mentions) for _h, _p, r in fresh)))
    event_ids = iter(_ids(db, Event.__tablename__, sum(len(r.events) for _h, _p, r in fresh)))
    articles, mentions, reviews, events, parties = [], [], [], [], []
    for article_id, (_h, _p, r) in zip(article_ids, fresh, strict=True):
        known[r.content_hash] = article_id
        articles.append({"id": article_id, **r.article_fields(), "created_at": now})
        mids = []
        for m in r.mentions:
            mids.append(next(mention_ids))
            mentions.append({"id": mids[-1], "article_id": article_id, "kind": str(m.kind), "start": m.start,
                             "end": m.end, "text": m.text, "org_id": m.org_id, "person_id": m.person_id,
                             "place_id": m.place_id, "confidence": m.confidence, "method": str(m.method),
                             "role": m.role, "role_org_id": m.role_org_id, "role_org_text": m.role_org_text})
        for v in r.reviews:
            reviews.append({"mention_id": mids[v.mention], "name": v.name, "lang": v.lang,
                            "candidates": v.candidates, "status": "open", "created_at": now})
        for e in r.events:
            event_id = next(event_ids)
            events.append({"id": event_id, "article_id": article_id, "type": str(e.type), "date": e.date,
                           "start": e.start, "end": e.end, "place_id": e.place_id, "place_text": e.place_text})
            for p in e.parties:
                parties.append({"event_id": event_id, "side": p.side, "text": p.text, "org_id": p.org_id,
                                "person_id": p.person_id, "place_id": p.place_id,
                                "mention_id": mids[p.mention] if p.mention is not None else None})
    if db.get_bind().dialect.name == "postgresql":
        for row in reviews:
            row["candidates"] = json.dumps(row["candidates"])
    for model, rows in ((Article, articles), (Mention, mentions), (Review, reviews), (Event, events),
                        (EventParty, parties)):
        _write(db, model, rows)
    _write(db, IngestLedger, [{"file_hash": h, "path": p[:1000], "article_id": known[r.content_hash],
                               "created_at": now} for h, p, r in items])
    out.stored = article_ids
    _announce(db, article_ids)
    return out


def _announce(db: Session, article_ids: list[int]) -> None:
    """The same `article_saved` hook the one-by-one path fires, once for the batch (`hooks.fire_many`:
    a listener that has a batch version takes all the articles at once), so later domains see
    every article."""
    if not article_ids:
        return
    stmt = (select(Article).where(Article.id.in_(article_ids)).order_by(Article.id)
            .options(selectinload(Article.events).selectinload(Event.parties)))
    hooks.fire_many("article_saved", "article", list(db.scalars(stmt)), db=db)


def ledger_hashes(*, db: Session) -> set[str]:
    """Hashes of every file a batch run has already written."""
    return set(db.scalars(select(IngestLedger.file_hash)))


def ledger_size(*, db: Session) -> int:
    return db.scalar(select(func.count()).select_from(IngestLedger)) or 0
