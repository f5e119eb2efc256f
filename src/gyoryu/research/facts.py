"""Writing the fact rows (`models.Fact`) for events, and keeping them fresh.

`replace` recomputes a set of events set-wise — five queries per span of events, whatever the
number of parties — and writes them in one statement (COPY on PostgreSQL). It runs when an article is
saved — the `article_saved` hook, which both intel's one-by-one path and its bulk writer fire —
and when a reader finds the journal non-empty
(`ensure_fresh`, for what changed after: a reviewer's link, an organisation's country or
sectors). A database that had events before research existed is filled by the one `all` row its
migration journals.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import delete, func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from gyoryu import hooks
from gyoryu.directory.models import Organization, Place, Sector, org_cluster, org_sector
from gyoryu.intel.models import Article, Event, EventParty
from gyoryu.research import counts
from gyoryu.research.derive import country_pair, month_of
from gyoryu.research.enums import FactKind
from gyoryu.research.models import Fact, FactState, Stale

CHUNK = 5000


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i:i + CHUNK]


def _within(column, span):
    """Events named by a list of ids, or by an id range (lo, hi) — a rebuild's chunks, which no
    IN list of thousands of parameters needs to name."""
    if isinstance(span, tuple):
        return column.between(*span)
    return column.in_(span)


def compute(db: Session, span) -> list[dict]:
    """The fact rows of the existing events in `span`: the event row (month and country pair by
    `derive`), then one per distinct linked organisation, and per distinct sector and cluster of
    those organisations. Five queries whatever the span's size; the organisations' sectors and
    clusters are read once per span, not per event."""
    events = db.execute(
        select(Event.id, Event.article_id, Event.type, Event.date, Article.published)
        .join(Article, Article.id == Event.article_id).where(_within(Event.id, span))).all()
    parties = db.execute(select(EventParty.event_id, EventParty.side, EventParty.org_id, EventParty.place_id)
                         .where(_within(EventParty.event_id, span)).order_by(EventParty.id)).all()
    org_ids = sorted({p.org_id for p in parties if p.org_id is not None})
    place_ids = sorted({p.place_id for p in parties if p.place_id is not None and p.org_id is None})
    org_country = dict(db.execute(select(Organization.id, Organization.country)
                                  .where(Organization.id.in_(org_ids))).all()) if org_ids else {}
    place_country = dict(db.execute(select(Place.id, Place.country)
                                    .where(Place.id.in_(place_ids))).all()) if place_ids else {}
    tags: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for org_id in org_ids:
        tags[org_id].append((FactKind.org.value, str(org_id)))
    if org_ids:
        for org_id, key in db.execute(select(org_sector.c.org_id, Sector.key)
                                      .join(Sector, Sector.id == org_sector.c.sector_id)
                                      .where(org_sector.c.org_id.in_(org_ids)).order_by(Sector.key)):
            tags[org_id].append((FactKind.sector.value, key))
        for org_id, key in db.execute(select(org_cluster.c.org_id, Place.key)
                                      .join(Place, Place.id == org_cluster.c.place_id)
                                      .where(org_cluster.c.org_id.in_(org_ids)).order_by(Place.key)):
            tags[org_id].append((FactKind.cluster.value, key))
    sides: dict[int, dict[str, list[str]]] = defaultdict(lambda: {"actor": [], "target": []})
    orgs: dict[int, list[int]] = defaultdict(list)
    for p in parties:
        country = org_country.get(p.org_id) if p.org_id is not None else place_country.get(p.place_id)
        if country:
            sides[p.event_id].setdefault(p.side, []).append(country)
        if p.org_id in org_country:
            orgs[p.event_id].append(p.org_id)
    rows = []
    for e in events:
        base = (e.id, e.article_id, month_of(e.date, e.published), e.type,
                country_pair(sides[e.id]["actor"], sides[e.id]["target"]))
        rows.append((*base, "event", ""))
        seen = set()
        for org_id in orgs.get(e.id, ()):
            for tag in tags[org_id]:
                if tag not in seen:
                    seen.add(tag)
                    rows.append((*base, *tag))
    return rows


COLUMNS = ("event_id", "article_id", "month", "type", "country_pair", "kind", "value")


def _insert(db: Session, rows: list[tuple]) -> None:
    """Plain rows in one statement: executemany on SQLite, COPY on PostgreSQL."""
    if not rows:
        return
    raw = db.connection().connection.driver_connection
    if db.get_bind().dialect.name != "postgresql":  # the DB-API directly: 10⁶ rows, no per-row dicts
        raw.executemany(f"INSERT INTO research_fact ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
                        rows)
        return
    with raw.cursor() as cur, cur.copy(f"COPY research_fact ({', '.join(COLUMNS)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def _write(db: Session, span) -> int:
    rows = compute(db, span)
    _insert(db, rows)
    return sum(1 for r in rows if r[5] == "event")


def replace(db: Session, event_ids: Iterable[int]) -> int:
    """Recompute the facts of these events; returns how many events have facts now."""
    written = 0
    for chunk in _chunks(sorted(set(event_ids))):
        db.execute(delete(Fact).where(Fact.event_id.in_(chunk)))
        written += _write(db, chunk)
    return written


def rebuild(db: Session, chunk: int = 50_000) -> int:
    """Every event's facts from scratch (a database that had news before research existed), by
    ranges of event ids; returns the number of events. The monthly counts are counted once at
    the end, their triggers off meanwhile (`counts.py`)."""
    conn = db.connection()
    counts.remove(conn)
    db.execute(delete(Fact))
    cube = next(i for i in Fact.__table__.indexes if i.name == "ix_research_fact_cube")
    cube.drop(bind=conn)  # built once at the end: a sort, not 10⁶ random insertions
    written, last = 0, db.scalar(select(func.max(Event.id))) or 0
    for lo in range(1, last + 1, chunk):
        written += _write(db, (lo, lo + chunk - 1))
    cube.create(bind=conn)
    counts.recount(conn)
    counts.install(conn)
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


@hooks.listen_many("article_saved", replaces=_article_saved)
def _articles_saved(*, db: Session, articles: list[Article]) -> None:
    """A batch of new articles' facts, in one pass (the bulk writer's batch)."""
    replace(db, [e.id for article in articles for e in article.events])
