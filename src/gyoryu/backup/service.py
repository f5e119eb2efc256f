"""Back up the whole database into one archive; restore an archive into an empty database.

Why a logical dump, on SQLite too, rather than SQLite's online backup API or pg_dump: one
format for both databases, so a backup of the embedded SQLite restores into PostgreSQL — the
move a team makes to production — and the other way; each table is checked against its own
checksum and row count before anything is written; and the archive does not depend on the
server's version or on client tools being installed. It is as consistent as the file copy the
backup API makes: every table is read inside one snapshot (`db.snapshot`: REPEATABLE READ on
PostgreSQL, one read transaction on SQLite's WAL), while the site keeps serving and writing.

The tables are read from the database itself (reflection), not from the models, so a backup
holds what the database holds at its schema revision, and a restore can write into the schema
of an older archive before upgrading it. Rows are written in foreign-key order; a table that
points at itself (organisations, places, sectors) gets a parent that comes later in a second
pass. A restore is one transaction — schema, rows, sequences, upgrade — so a restore that
fails or is killed leaves the database as it was.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from functools import cache
from typing import BinaryIO

from sqlalchemy import MetaData, Table, Text, bindparam, cast, delete, func, inspect, select, text, update
from sqlalchemy.engine import Connection

from gyoryu import __version__
from gyoryu.backup.archive import (
    FORMAT,
    FORMAT_VERSION,
    Archive,
    member_of,
    new_zip,
    write_manifest,
    write_member,
)
from gyoryu.backup.values import BadValue, decoder, encoder, kind_of
from gyoryu.errors import GyoryuError
from gyoryu.migrate import applied, heads, upgrade_in

VERSION_TABLE = "alembic_version"
BATCH = 2000  # rows read, or written, at a time

Progress = Callable[[str, int, int], None]  # table, rows done, rows in all


def _quiet(_table: str, _done: int, _total: int) -> None:
    pass


def _tables(conn: Connection) -> list[Table]:
    """The database's own tables in foreign-key order (parents first), tables with no foreign
    key either way last: that is where a summary a trigger keeps lives (`research_month_count`,
    counted from `research_fact`), so it is written after what its triggers count."""
    metadata = MetaData()
    metadata.reflect(bind=conn)
    tables = [t for t in metadata.sorted_tables if t.name != VERSION_TABLE]
    referenced = {fk.column.table.name for t in tables for fk in t.foreign_keys}
    isolated = [t for t in tables if not t.foreign_keys and t.name not in referenced]
    return [t for t in tables if t not in isolated] + isolated


def _kinds(table: Table) -> list[str]:
    kinds = []
    for column in table.columns:
        kind = kind_of(column.type)
        if kind is None:
            raise GyoryuError("E330", table=table.name, column=column.name, type=str(column.type))
        kinds.append(kind)
    return kinds


# -- backup ----------------------------------------------------------------------------------
def backup(*, conn: Connection, out: BinaryIO, progress: Progress = _quiet) -> dict:
    """Write every table `conn` sees to `out` as an archive; returns its manifest. `conn`
    should read one snapshot (`db.snapshot`), so the tables agree with one another. Any
    revision of the schema will do: back up first, then let `gyoryu init` upgrade."""
    if not inspect(conn).has_table(VERSION_TABLE):
        raise GyoryuError("E001", url=conn.engine.url.render_as_string(hide_password=True))
    revisions = sorted(conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars())
    entries = []
    with new_zip(out) as zf:
        for table in _tables(conn):
            kinds = _kinds(table)
            total = conn.scalar(select(func.count()).select_from(table))
            columns = [cast(c, Text) if k == "json" else c for c, k in zip(table.columns, kinds, strict=True)]
            query = select(*columns).order_by(*table.primary_key.columns)
            rows = conn.execute(query.execution_options(yield_per=BATCH))
            written = write_member(zf, member_of(table.name), _lines(rows, kinds, table.name, total, progress))
            entries.append({
                "name": table.name, "member": member_of(table.name),
                "columns": [{"name": c.name, "kind": k} for c, k in zip(table.columns, kinds, strict=True)],
                "rows": written.rows, "bytes": written.bytes, "sha256": written.sha256,
                "sequence": _sequence_used(conn, table),
            })
        manifest = {
            "format": FORMAT, "format_version": FORMAT_VERSION, "gyoryu_version": __version__,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "database": conn.dialect.name, "revisions": revisions, "tables": entries,
        }
        write_manifest(zf, manifest)
    return manifest


def _lines(rows, kinds: list[str], table: str, total: int, progress: Progress):
    """The rows as JSON Lines, a batch of rows to a chunk."""
    encoders = [encoder(k) for k in kinds]
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    done = 0
    for batch in rows.partitions(BATCH):
        yield "".join([encode([v if v is None or enc is None else enc(v)
                               for v, enc in zip(row, encoders, strict=True)]) + "\n"
                       for row in batch]).encode()
        done += len(batch)
        progress(table, done, total)
    if not done:
        progress(table, 0, 0)


def _serial_column(table: Table):
    pk = list(table.primary_key.columns)
    return pk[0] if len(pk) == 1 and kind_of(pk[0].type) == "int" else None


def _pg_sequence(conn: Connection, table: Table) -> str | None:
    column = _serial_column(table)
    if column is None:
        return None
    return conn.scalar(text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": column.name})


def _sequence_used(conn: Connection, table: Table) -> int | None:
    """The last id the table's counter handed out (it may be past the largest row left), so a
    restored database does not hand an id out twice. None where the database keeps no counter
    (SQLite without AUTOINCREMENT takes the largest id + 1 anyway)."""
    if conn.dialect.name == "postgresql":
        sequence = _pg_sequence(conn, table)
        if sequence is None:
            return None
        last, called = conn.execute(text(f"SELECT last_value, is_called FROM {sequence}")).one()
        return last if called else last - 1
    if conn.dialect.name == "sqlite" and _has_table(conn, "sqlite_sequence"):
        return conn.scalar(text("SELECT seq FROM sqlite_sequence WHERE name = :t"), {"t": table.name})
    return None


def _has_table(conn: Connection, name: str) -> bool:
    return conn.scalar(text("SELECT count(*) FROM sqlite_master WHERE name = :n"), {"n": name}) > 0


# -- restore ---------------------------------------------------------------------------------
def restore(*, conn: Connection, archive: Archive, progress: Progress = _quiet) -> dict:
    """Write a checked archive (`archive.open_archive`) into the empty database `conn` is
    connected to, inside the caller's transaction: the schema at the archive's revision if
    there is none, every row, the id counters, then the upgrade to this version's schema."""
    manifest = archive.manifest
    url = conn.engine.url.render_as_string(hide_password=True)
    _require_empty(conn, manifest["revisions"], url)
    tables = _plan(conn, archive)
    for _spec, table in reversed(tables):  # the bookkeeping rows the migrations inserted
        conn.execute(delete(table))
    for spec, table in tables:
        conn.execute(delete(table))  # what triggers wrote while earlier tables were loaded
        _load(conn, archive, spec, table, progress)
    _set_sequences(conn, tables)
    upgraded = not heads() <= applied(manifest["revisions"])
    if upgraded:
        upgrade_in(conn, ["heads"])
    return {"tables": len(tables), "rows": sum(s["rows"] for s, _t in tables),
            "revisions": manifest["revisions"], "upgraded": upgraded,
            "made_by": manifest.get("gyoryu_version"), "made_from": manifest.get("database")}


def _require_empty(conn: Connection, revisions: list[str], url: str) -> None:
    """Create the archive's schema in a database with no tables; accept a database that has it
    already only if it holds no more than its migrations put there."""
    present = set(inspect(conn).get_table_names())
    if not present:
        upgrade_in(conn, revisions)
        return
    gyoryus = VERSION_TABLE in present
    if gyoryus:
        current = set(conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars())
        if current != set(revisions):
            raise GyoryuError("E326", url=url)
    seeded = _seeded_rows(tuple(sorted(revisions))) if gyoryus else {}
    for name in sorted(present - {VERSION_TABLE}):
        allowed = seeded.get(name, 0)
        table = Table(name, MetaData())  # the name only: counting needs no columns
        rows = conn.scalar(select(func.count()).select_from(
            select(text("1")).select_from(table).limit(allowed + 1).subquery()))
        if rows > allowed:
            raise GyoryuError("E323", url=url, table=name)
    if not gyoryus:  # empty tables, but not gyoryu's
        raise GyoryuError("E326", url=url)


@cache
def _seeded_rows(revisions: tuple[str, ...]) -> dict[str, int]:
    """How many rows each table has right after the migrations to `revisions` ran (a few
    bookkeeping rows), found by running them on a scratch in-memory database."""
    from gyoryu.db import make_engine

    scratch = make_engine("sqlite://")
    try:
        with scratch.begin() as conn:
            upgrade_in(conn, revisions)
            return {t.name: n for t in _tables(conn)
                    if (n := conn.scalar(select(func.count()).select_from(t)))}
    finally:
        scratch.dispose()


def _plan(conn: Connection, archive: Archive) -> list[tuple[dict, Table]]:
    """The archive's tables paired with the database's, in the database's foreign-key order;
    refused unless both have the same tables with the same columns of the same kinds."""
    by_name = {t["name"]: t for t in archive.tables}
    tables = _tables(conn)
    ours = {t.name for t in tables}

    def mismatch(detail: str) -> GyoryuError:
        return GyoryuError("E327", file=archive.name, detail=detail)

    for name in sorted(set(by_name) ^ ours):
        where = "the backup" if name in by_name else "the database"
        raise mismatch(f"table {name} is only in {where}")
    for table in tables:
        theirs = {c["name"]: c["kind"] for c in by_name[table.name]["columns"]}
        mine = dict(zip((c.name for c in table.columns), _kinds(table), strict=True))
        for column in sorted(set(theirs) | set(mine)):
            if theirs.get(column) != mine.get(column):
                raise mismatch(f"column {table.name}.{column} is {theirs.get(column) or 'missing'} "
                               f"in the backup and {mine.get(column) or 'missing'} in the database")
    return [(by_name[t.name], t) for t in tables]


def _load(conn: Connection, archive: Archive, spec: dict, table: Table, progress: Progress) -> None:
    names = [c["name"] for c in spec["columns"]]
    converters = _converters(conn, table, spec)
    write = _writer(conn, table, names)
    parents = _self_references(table, names)
    key = names.index(_serial_column(table).name) if parents else None
    seen: set = set()
    later: list[tuple[int, object, object]] = []  # (column index, row's key, parent's key)
    batch: list[list] = []
    done = 0
    for number, values in archive.rows(spec):
        try:
            row = [None if v is None else convert(v) for v, convert in zip(values, converters, strict=True)]
        except BadValue as exc:
            at = next(i for i, (v, c) in enumerate(zip(values, converters, strict=True)) if _fails(c, v))
            raise archive.bad_line(spec, number, f"{names[at]}: {exc}") from None
        if parents:
            seen.add(row[key])
            for i in parents:
                if row[i] is not None and row[i] not in seen:  # its parent comes later
                    later.append((i, row[key], row[i]))
                    row[i] = None
        batch.append(row)
        if len(batch) == BATCH:
            write(batch)
            done += len(batch)
            batch = []
            progress(table.name, done, spec["rows"])
    if batch:
        write(batch)
    progress(table.name, spec["rows"], spec["rows"])
    for i in parents:
        pairs = [{"_key": k, "_parent": p} for j, k, p in later if j == i]
        if pairs:
            conn.execute(update(table).where(table.c[names[key]] == bindparam("_key"))
                         .values({names[i]: bindparam("_parent")}), pairs)


def _fails(convert, value) -> bool:
    try:
        value is None or convert(value)
    except BadValue:
        return True
    return False


def _self_references(table: Table, names: list[str]) -> list[int]:
    """Indexes of the nullable columns that point at the table itself (by its single key)."""
    key = _serial_column(table)
    if key is None:
        return []
    return [names.index(fk.parent.name) for fk in table.foreign_keys
            if fk.column.table is table and fk.column is key and fk.parent.nullable]


def _converters(conn: Connection, table: Table, spec: dict) -> list[Callable]:
    """Per column, archive value → what the driver is given: decoded, and on SQLite bound as
    the column's type binds it (psycopg adapts values itself). A JSON column's text is stored
    as it is."""
    dialect = conn.dialect
    converters = []
    for column in spec["columns"]:
        sql_type = table.c[column["name"]].type
        decode = decoder(column["kind"], sql_type)
        bind = (None if dialect.name == "postgresql" or column["kind"] == "json"
                else sql_type.dialect_impl(dialect).bind_processor(dialect))
        converters.append(decode if bind is None else _then(decode, bind))
    return converters


def _then(first: Callable, second: Callable) -> Callable:
    return lambda value: second(first(value))


def _writer(conn: Connection, table: Table, names: list[str]) -> Callable[[list[list]], None]:
    """Rows into the table: PostgreSQL's COPY, the fastest way in; elsewhere one INSERT run
    for many rows."""
    preparer = conn.dialect.identifier_preparer
    into = f"{preparer.quote(table.name)} ({', '.join(preparer.quote(n) for n in names)})"
    if conn.dialect.name == "postgresql":
        def copy(rows: list[list]) -> None:
            with conn.connection.driver_connection.cursor() as cur, \
                    cur.copy(f"COPY {into} FROM STDIN") as stream:
                for row in rows:
                    stream.write_row(row)
        return copy
    sql = f"INSERT INTO {into} VALUES ({', '.join('?' for _ in names)})"
    return lambda rows: conn.exec_driver_sql(sql, [tuple(row) for row in rows])


def _set_sequences(conn: Connection, tables: list[tuple[dict, Table]]) -> None:
    """Each id counter continues after the largest id restored, or after the last one the
    backed-up database had handed out, whichever is later."""
    if conn.dialect.name == "postgresql":
        for spec, table in tables:
            sequence = _pg_sequence(conn, table)
            if sequence is None:
                continue
            largest = conn.scalar(select(func.max(_serial_column(table))))
            last = max(largest or 0, spec.get("sequence") or 0)
            conn.execute(text("SELECT setval(:s, :v, :called)"),
                         {"s": sequence, "v": max(last, 1), "called": last > 0})
    elif conn.dialect.name == "sqlite" and _has_table(conn, "sqlite_sequence"):
        for spec, table in tables:
            if spec.get("sequence"):
                conn.execute(text("UPDATE sqlite_sequence SET seq = max(seq, :v) WHERE name = :t"),
                             {"v": spec["sequence"], "t": table.name})
