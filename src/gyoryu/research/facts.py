"""Writing the fact rows (`models.Fact`) for events, and keeping them fresh.

`replace` recomputes a set of events set-wise (a few queries per 5,000 events, whatever the number
of parties). It runs when an article is saved — the `article_saved` hook, which both intel's
one-by-one path and its bulk writer fire — and when a reader finds the journal non-empty
(`ensure_fresh`, for what changed after: a reviewer's link, an organisation's country or
sectors). A database that had events before research existed is filled by the one `all` row its
migration journals.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import delete, func, insert, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from gyoryu import hooks
from gyoryu.directory.models import Organization, Place, Sector, org_cluster, org_sector
from gyoryu.intel.models import Article, Event, EventParty
from gyoryu.research.derive import country_pair, month_of
from gyoryu.research.enums import FactKind
from gyoryu.research.models import Fact, FactState, Stale

CHUNK = 5000


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i:i + CHUNK]


def compute(db: Session, event_ids: list[int]) -> list[dict]:
    """The fact rows of these events (existing ones; ids of deleted events give nothing)."""
    events = db.execute(
        select(Event.id, Event.article_id, Event.type, Event.date, Article.published)
        .join(Article, Article.id == Event.article_id).where(Event.id.in_(event_ids))).all()
    parties = db.execute(select(EventParty.event_id, EventParty.side, EventParty.org_id, EventParty.place_id)
                         .where(EventParty.event_id.in_(event_ids)).order_by(EventParty.id)).all()
    org_ids = sorted({p.org_id for p in parties if p.org_id is not None})
    place_ids = sorted({p.place_id for p in parties if p.place_id is not None})
    org_country = dict(db.execute(select(Organization.id, Organization.country)
                                  .where(Organization.id.in_(org_ids))).all()) if org_ids else {}
    place_country = dict(db.execute(select(Place.id, Place.country)
                                    .where(Place.id.in_(place_ids))).all()) if place_ids else {}
    sectors: dict[int, list[str]] = defaultdict(list)
    clusters: dict[int, list[str]] = defaultdict(list)
    if org_ids:
        for org_id, key in db.execute(select(org_sector.c.org_id, Sector.key)
                                      .join(Sector, Sector.id == org_sector.c.sector_id)
                                      .where(org_sector.c.org_id.in_(org_ids))):
            sectors[org_id].append(key)
        for org_id, key in db.execute(select(org_cluster.c.org_id, Place.key)
                                      .join(Place, Place.id == org_cluster.c.place_id)
                                      .where(org_cluster.c.org_id.in_(org_ids))):
            clusters[org_id].append(key)
    by_event: dict[int, list] = defaultdict(list)
    for p in parties:
        by_event[p.event_id].append(p)
    rows = []
    for e in events:
        sides: dict[str, list[str]] = {"actor": [], "target": []}
        orgs: list[int] = []
        for p in by_event[e.id]:
            country = org_country.get(p.org_id) if p.org_id is not None else place_country.get(p.place_id)
            if country:
                sides.setdefault(p.side, []).append(country)
            if p.org_id is not None and p.org_id in org_country and p.org_id not in orgs:
                orgs.append(p.org_id)
        base = {"event_id": e.id, "article_id": e.article_id, "month": month_of(e.date, e.published),
                "type": e.type, "country_pair": country_pair(sides["actor"], sides["target"])}
        tags = [(FactKind.event, "")] + [(FactKind.org, str(o)) for o in orgs]
        tags += [(FactKind.sector, k) for k in dict.fromkeys(k for o in orgs for k in sectors[o])]
        tags += [(FactKind.cluster, k) for k in dict.fromkeys(k for o in orgs for k in clusters[o])]
        rows += [{**base, "kind": str(kind), "value": value} for kind, value in tags]
    return rows


def replace(db: Session, event_ids: Iterable[int]) -> int:
    """Recompute the facts of these events; returns how many rows were written."""
    written = 0
    for chunk in _chunks(sorted(set(event_ids))):
        db.execute(delete(Fact).where(Fact.event_id.in_(chunk)))
        rows = compute(db, chunk)
        if rows:
            db.execute(insert(Fact), rows)
        written += len(rows)
    return written


def rebuild(db: Session) -> int:
    """Every event's facts from scratch (a database that had news before research existed)."""
    db.execute(delete(Fact))
    written, last = 0, 0
    while ids := list(db.scalars(select(Event.id).where(Event.id > last).order_by(Event.id).limit(CHUNK))):
        rows = compute(db, ids)
        if rows:
            db.execute(insert(Fact), rows)
        written, last = written + len(rows), ids[-1]
    return written


def _stale_events(db: Session, refs: dict[str, set[int]]) -> set[int]:
    events = set(refs.get("event", ()))
    for chunk in _chunks(sorted(refs.get("article", ()))):
        events.update(db.scalars(select(Event.id).where(Event.article_id.in_(chunk))))
    for chunk in _chunks(sorted(refs.get("org", ()))):
        events.update(db.scalars(select(EventParty.event_id).where(EventParty.org_id.in_(chunk))))
        events.update(db.scalars(select(Fact.event_id).where(  # parties unlinked since
            Fact.kind == FactKind.org, Fact.value.in_([str(i) for i in chunk]))))
    return events


def refresh(db: Session) -> int:
    """Bring the facts of everything journalled up to date; returns how many events were redone."""
    seen = db.scalar(select(func.max(Stale.seq)))
    if seen is None:
        return 0
    refs: dict[str, set[int]] = defaultdict(set)
    for kind, ref in db.execute(select(Stale.kind, Stale.ref).where(Stale.seq <= seen)):
        refs[kind].add(ref)
    if "all" in refs:
        rebuild(db)
        done = db.scalar(select(func.count()).select_from(Event)) or 0
    else:
        events = _stale_events(db, refs)
        replace(db, events)
        done = len(events)
    db.execute(delete(Stale).where(Stale.seq <= seen))
    return done


def is_stale(db: Session) -> bool:
    return db.scalar(select(Stale.seq).limit(1)) is not None


def ensure_fresh(*, db: Session) -> None:
    """Refresh before reading, inside a savepoint of the reader's transaction; should SQLite
    refuse the write (another writer holds the lock), the reader reads the facts as they stand
    and the next reader refreshes."""
    if not is_stale(db):
        return
    try:
        with db.begin_nested():
            state = db.scalar(select(FactState).where(FactState.id == 1).with_for_update())
            if state is None:
                db.add(FactState(id=1))
                db.flush()
            if is_stale(db):  # another reader may have refreshed while this one waited
                refresh(db)
    except OperationalError as exc:
        if "locked" not in str(exc.orig):
            raise


@hooks.listen("article_saved")
def _article_saved(*, db: Session, article: Article) -> None:
    """A new article's facts, written with it (the bulk writer's rows pass no flush listener)."""
    replace(db, [e.id for e in article.events])
