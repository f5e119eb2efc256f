"""Trends at scale: `GET /api/trends` over 1,000,000 stored news events, on SQLite and PostgreSQL.

    python -m bench.trends [--events 1000000] [--requests 40] [--backend sqlite|postgresql|both]

Synthetic rows are written the way a batch ingestion writes them (articles, events, parties in
bulk: executemany on SQLite, COPY on PostgreSQL) over the bundled directory's organisations —
dates over 2018–2026, nine event types, two parties per event (one in ten unlinked) — and the
fact table is then filled by the real code (`research.facts.rebuild`, timed). The API is served
by uvicorn and asked over loopback HTTP a mix of views: the scripts' contract
(month,type,country_pair over two years), all time by month and type, a quarter by type, a
sector's months, a year's organisations, agreements by month and country pair, and a quarter by
type with its article ids. Prints p50 / p95 / max per view and overall, and the query plans that
make it fast: views without article ids sum the monthly counts (`research_month_count`, one row
per kind, value, month, type and country pair, kept by triggers), the one with article ids reads
the facts' covering index `ix_research_fact_cube` (kind, value, month, type, country_pair,
article_id). PostgreSQL is the one at GYORYU_TEST_PG (as the tests use it); a database is
created for the run and dropped after.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

import httpx
from sqlalchemy import create_engine, insert, select, text

from bench.graph import serve
from bench.served import percentile
from gyoryu.db import make_engine, transaction, utcnow
from gyoryu.directory.models import Organization, Sector
from gyoryu.intel.models import Article, Event, EventParty
from gyoryu.research import facts
from gyoryu.setup import initialise

TYPES = ["visit", "agreement", "partnership", "investment", "summit", "founding", "delegation",
         "exhibition", "other"]
PG_ADMIN = os.environ.get("GYORYU_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
CHUNK = 50_000


def _copy(conn, table: str, columns: list[str], rows: list[tuple]) -> None:
    raw = conn.connection.driver_connection
    with raw.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def generate(engine, n_events: int, seed: int = 11) -> dict:
    """Articles, events and parties in bulk; returns what the views are asked about."""
    rng = random.Random(seed)
    pg = engine.dialect.name == "postgresql"
    with engine.begin() as conn:
        orgs = conn.execute(select(Organization.id).order_by(Organization.id)).scalars().all()
        sectors = conn.execute(select(Sector.key).order_by(Sector.key)).scalars().all()
    days = (date(2026, 12, 31) - date(2018, 1, 1)).days
    now = utcnow()
    article_id = event_id = 0
    t0 = time.perf_counter()
    while event_id < n_events:
        articles, events, parties = [], [], []
        while len(events) < CHUNK and event_id < n_events:
            article_id += 1
            published = date.fromordinal(date(2018, 1, 1).toordinal() + rng.randrange(days))
            articles.append((article_id, f"bench-{article_id}", None, f"bench article {article_id}", "ko",
                             published, "…", "bench", now))
            for _ in range(min(rng.choice((1, 1, 2, 3)), n_events - event_id)):
                event_id += 1
                dated = rng.random() < 0.3
                events.append((event_id, article_id, rng.choice(TYPES),
                               published.isoformat() if dated else None, 0, 1, None, None))
                for side in ("actor", "target"):
                    parties.append((event_id, side, "x", None if rng.random() < 0.1 else rng.choice(orgs)))
        with engine.begin() as conn:
            if pg:
                _copy(conn, "intel_article", ["id", "content_hash", "source", "title", "language", "published",
                                              "text", "pipeline", "created_at"], articles)
                _copy(conn, "intel_event", ["id", "article_id", "type", "date", "start", '"end"', "place_id",
                                            "place_text"], events)
                _copy(conn, "intel_event_party", ["event_id", "side", "text", "org_id"], parties)
            else:
                cols = ["id", "content_hash", "source", "title", "language", "published", "text", "pipeline",
                        "created_at"]
                conn.execute(insert(Article.__table__), [dict(zip(cols, r, strict=True)) for r in articles])
                cols = ["id", "article_id", "type", "date", "start", "end", "place_id", "place_text"]
                conn.execute(insert(Event.__table__), [dict(zip(cols, r, strict=True)) for r in events])
                cols = ["event_id", "side", "text", "org_id"]
                conn.execute(insert(EventParty.__table__), [dict(zip(cols, r, strict=True)) for r in parties])
    if pg:
        with engine.begin() as conn:
            for table in ("intel_article", "intel_event", "intel_event_party"):
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                  f"(SELECT max(id) FROM {table}))"))
    print(f"  wrote {article_id:,} articles, {event_id:,} events, {2 * event_id:,} parties "
          f"in {time.perf_counter() - t0:.0f} s")
    return {"sectors": sectors}


def fill_facts(engine) -> None:
    t0 = time.perf_counter()
    with transaction(engine) as db:
        events = facts.rebuild(db)
        rows = db.scalar(text("SELECT count(*) FROM research_fact"))
        cells = db.scalar(text("SELECT count(*) FROM research_month_count"))
        db.execute(text("DELETE FROM research_stale"))
    took = time.perf_counter() - t0
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("VACUUM ANALYZE research_fact"))
            conn.execute(text("VACUUM ANALYZE research_month_count"))
        else:
            conn.execute(text("ANALYZE"))
    print(f"  facts.rebuild: {events:,} events, {rows:,} fact rows, {cells:,} monthly-count cells "
          f"in {took:.0f} s")


def views(rng: random.Random, sectors: list[str], n: int) -> list[tuple[str, dict]]:
    quarter = lambda: f"{rng.randrange(2018, 2027)}Q{rng.randrange(1, 5)}"  # noqa: E731
    makers = [
        ("contract: month,type,country_pair 2y", lambda: {"by": "month,type,country_pair", "from": "2025-01",
                                                           "to": "2026-12"}),
        ("all time by month,type", lambda: {"by": "month,type"}),
        ("a quarter by type", lambda: (lambda q: {"by": "type", "from": q, "to": q})(quarter())),
        ("a sector by month", lambda: {"by": "month", "sector": rng.choice(sectors)}),
        ("a year's organisations", lambda: (lambda y: {"by": "org", "from": y, "to": y})(
            str(rng.randrange(2018, 2027)))),
        ("agreements by month,country_pair", lambda: {"by": "month,country_pair", "type": "agreement"}),
        ("a quarter by type + article ids", lambda: (lambda q: {"by": "type", "from": q, "to": q,
                                                                "articles": "true"})(quarter())),
    ]
    return [(label, make()) for label, make in makers for _ in range(n)]


def measure(base: str, asks: list[tuple[str, dict]]) -> None:
    times: dict[str, list[float]] = {}
    sizes: dict[str, list[int]] = {}
    with httpx.Client(base_url=base, timeout=600) as client:
        client.get("/api/trends", params={"by": "type"}).raise_for_status()  # warm-up
        for label, params in asks:
            t = time.perf_counter()
            r = client.get("/api/trends", params=params)
            r.raise_for_status()
            rows = r.json()["rows"]
            times.setdefault(label, []).append((time.perf_counter() - t) * 1000)
            sizes.setdefault(label, []).append(len(rows))
    print(f"  {'view':<40}{'n':>4}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}   median rows")
    for label, ts in times.items():
        print(f"  {label:<40}{len(ts):>4}{percentile(ts, 50):>10.1f}{percentile(ts, 95):>10.1f}"
              f"{max(ts):>10.1f}   {sorted(sizes[label])[len(ts) // 2]:,}")
    every = [t for ts in times.values() for t in ts]
    print(f"  {'all views':<40}{len(every):>4}{percentile(every, 50):>10.1f}{percentile(every, 95):>10.1f}"
          f"{max(every):>10.1f}")


def plan(engine) -> None:
    where = "kind = 'event' AND value = '' AND month >= '2025-01' AND month <= '2026-12'"
    views = {
        "contract view, counts": "SELECT month, type, country_pair, sum(events) FROM research_month_count "
                                 f"WHERE {where} AND month != '' GROUP BY month, type, country_pair",
        "with article ids, facts": "SELECT type, count(*), count(DISTINCT article_id) FROM research_fact "
                                   f"WHERE {where} GROUP BY type",
    }
    prefix = "EXPLAIN QUERY PLAN " if engine.dialect.name == "sqlite" else "EXPLAIN "
    with engine.connect() as conn:
        for label, sql in views.items():
            rows = [" ".join(str(c) for c in row) for row in conn.execute(text(prefix + sql))]
            print(f"  plan ({label}): " + " | ".join(r.strip() for r in rows))


def run(url: str, n_events: int, requests: int, tmp: Path) -> None:
    engine = make_engine(url)
    t0 = time.perf_counter()
    initialise(engine, admin=False)
    print(f"  schema and bundled directory in {time.perf_counter() - t0:.0f} s")
    info = generate(engine, n_events)
    fill_facts(engine)
    plan(engine)
    server, base = serve(url, tmp)
    try:
        measure(base, views(random.Random(5), info["sectors"], requests))
    finally:
        server.should_exit = True
        engine.dispose()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--requests", type=int, default=40, help="requests per view")
    ap.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="gyoryu-bench-trends-"))
    if args.backend in ("sqlite", "both"):
        print(f"SQLite, {args.events:,} events")
        run(f"sqlite:///{tmp / 'bench.db'}", args.events, args.requests, tmp)
    if args.backend in ("postgresql", "both"):
        name = f"gyoryu_bench_{uuid.uuid4().hex[:8]}"
        admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            print(f"PostgreSQL, {args.events:,} events")
            run(PG_ADMIN.rsplit("/", 1)[0] + f"/{name}", args.events, args.requests, tmp)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


if __name__ == "__main__":
    main()
