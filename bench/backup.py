"""Backup and restore of a generated database, on SQLite and PostgreSQL.

    python -m bench.backup [--orgs 20000] [--events 100000] [--documents 40] [--backend sqlite|postgresql|both]

The database is the bundled directory plus `--orgs` generated organisations with names in three
scripts (bench.search), `--events` news events with their articles and parties (bench.trends),
and `--documents` uploaded 1 MB evidence documents. Timed: `backup` (one snapshot, written to a
zip), the archive's check (`open_archive`: limits, manifest, every checksum), and `restore` into
a new, empty database of the same kind — schema, rows, sequences in one transaction — and, from
the SQLite archive, into PostgreSQL. Prints rows, archive size, seconds and rows per second.
PostgreSQL is the one at GYORYU_TEST_PG; its databases are created for the run and dropped.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, insert, text

from bench.search import populate
from bench.trends import generate
from gyoryu.backup.archive import open_archive
from gyoryu.backup.service import backup, restore
from gyoryu.db import make_engine, snapshot, transaction
from gyoryu.outcomes.models import Document

PG_ADMIN = os.environ.get("GYORYU_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


class Databases:
    """New empty databases of either kind, dropped at the end."""

    def __init__(self, tmp: Path):
        self.tmp, self.made = tmp, []

    def new(self, kind: str) -> str:
        if kind == "sqlite":
            return f"sqlite:///{self.tmp / f'{uuid.uuid4().hex[:8]}.db'}"
        name = f"gyoryu_bench_backup_{uuid.uuid4().hex[:8]}"
        with create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT").connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        self.made.append(name)
        return PG_ADMIN.rsplit("/", 1)[0] + f"/{name}"

    def drop(self) -> None:
        with create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT").connect() as conn:
            for name in self.made:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def build(url: str, orgs: int, events: int, documents: int) -> None:
    populate(url, orgs)
    engine = make_engine(url)
    generate(engine, events)
    rng = random.Random(5)
    with engine.begin() as conn:
        for i in range(documents):
            content = b"%PDF-1.4\n" + rng.randbytes(1024 * 1024)
            conn.execute(insert(Document.__table__).values(
                filename=f"evidence-{i}.pdf", media_type="application/pdf", size=len(content),
                sha256="0" * 64, content=content))
    engine.dispose()


def timed_backup(url: str, path: Path) -> tuple[float, int]:
    engine = make_engine(url)
    t0 = time.perf_counter()
    with path.open("wb") as out, snapshot(engine) as conn:
        manifest = backup(conn=conn, out=out)
    took = time.perf_counter() - t0
    engine.dispose()
    return took, sum(t["rows"] for t in manifest["tables"])


def timed_restore(path: Path, url: str) -> tuple[float, float]:
    engine = make_engine(url)
    t0 = time.perf_counter()
    with open_archive(path) as archive:
        checked = time.perf_counter() - t0
        with transaction(engine) as db:
            restore(conn=db.connection(), archive=archive)
    took = time.perf_counter() - t0
    engine.dispose()
    return checked, took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orgs", type=int, default=20_000)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--documents", type=int, default=40)
    parser.add_argument("--backend", default="both", choices=["sqlite", "postgresql", "both"])
    args = parser.parse_args()
    kinds = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    with tempfile.TemporaryDirectory() as tmp:
        dbs = Databases(Path(tmp))
        try:
            archives = {}
            for kind in kinds:
                print(f"{kind}: generating {args.orgs:,} organisations, {args.events:,} events, "
                      f"{args.documents} documents of 1 MB")
                source = dbs.new(kind)
                build(source, args.orgs, args.events, args.documents)
                path = Path(tmp) / f"{kind}.zip"
                took, rows = timed_backup(source, path)
                archives[kind] = path
                size = path.stat().st_size / 1024 / 1024
                print(f"  backup:  {rows:,} rows, {size:.1f} MB archive, {took:.1f} s "
                      f"({rows / took:,.0f} rows/s)")
                checked, took = timed_restore(path, dbs.new(kind))
                print(f"  restore into an empty {kind}: {took:.1f} s, of which the archive's check "
                      f"{checked:.1f} s ({rows / took:,.0f} rows/s)")
            if "sqlite" in archives and "postgresql" in kinds:
                checked, took = timed_restore(archives["sqlite"], dbs.new("postgresql"))
                print(f"sqlite archive → restore into an empty postgresql: {took:.1f} s "
                      f"(check {checked:.1f} s)")
        finally:
            dbs.drop()


if __name__ == "__main__":
    main()
