"""`gyoryu search` answered from the index snapshot over the standard library's sqlite3.

Why: a search itself takes a millisecond; a command that imports SQLAlchemy and Pydantic first
spends about half a second before it starts. This path needs neither. It answers only when all
is plain — a SQLite database found as `Settings` finds it, at the current migrations, a snapshot
at the journal's head, no sector/city/cluster filter (those are resolved by the services) —
and otherwise returns None: the command then goes through `service.search_page`, which brings
the snapshot up to date for the next call. tests/directory/test_quick_search.py holds the two
paths to the same output.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from gyoryu.directory import index_snapshot
from gyoryu.directory.enums import NameKind
from gyoryu.directory.search_index import NameIndex


def summary_names(primary: dict[str, str]) -> dict[str, str]:
    """A search result's names: its primary name per language, plus `zh` for readers who do not
    tell Simplified from Traditional."""
    if "zh-Hans" in primary or "zh-Hant" in primary:
        primary["zh"] = primary.get("zh-Hans") or primary["zh-Hant"]
    return primary


def database_url() -> str | None:
    """The database URL as `Settings` resolves it, from the environment alone (pydantic-settings
    costs a tenth of a second to import); None when a .env file would have to be read too."""
    if Path(".env").exists():
        return None
    env = {name.lower(): value for name, value in os.environ.items()}  # names are case-blind
    if url := env.get("gyoryu_database_url"):
        return url
    return f"sqlite:///{(Path(env.get('gyoryu_var_dir', 'var')) / 'gyoryu.db').resolve()}"


def search(*, q: str, country: str | None = None, kind: str | None = None,
           limit: int = 10) -> dict | None:
    """The first `limit` organisations matching `q` as `OrgPage` shapes them, or None."""
    from gyoryu.migrate import reaches_heads

    url = database_url()
    db_file = index_snapshot.sqlite_file(url) if url else None
    if not q.strip() or db_file is None or not db_file.is_file():
        return None
    conn = sqlite3.connect(db_file, isolation_level=None)
    try:
        conn.execute("BEGIN")  # one read: the journal's head and the rows agree
        try:
            applied = {v for (v,) in conn.execute("SELECT version_num FROM alembic_version")}
        except sqlite3.OperationalError:  # never initialised: the full path says so
            return None
        if not reaches_heads(applied):
            return None
        head = conn.execute(
            "SELECT seq, token FROM directory_change ORDER BY seq DESC LIMIT 1").fetchone()
        index = index_snapshot.load(index_snapshot.path_for(url), NameIndex)
        if index is None or (index.seq, index.token) != (head or (0, "")):
            return None
        ranked = index.search(q, country=country.upper() if country else None, kind=kind)
        return {"items": _summaries(conn, ranked[:limit].tolist()), "total": len(ranked)}
    finally:
        conn.close()


def _summaries(conn: sqlite3.Connection, ids: list[int]) -> list[dict]:
    """`service.summarize` of each organisation, in the order of `ids`."""
    marks = ",".join("?" * len(ids))
    orgs = {oid: {"id": oid, "key": key, "names": {}, "country": country, "kind": kind,
                  "city": city, "sectors": []}
            for oid, key, country, kind, city in conn.execute(
                "SELECT o.id, o.key, o.country, o.kind, p.key FROM organization o "
                f"LEFT JOIN place p ON p.id = o.city_id WHERE o.id IN ({marks})", ids)}
    for oid, lang, name in conn.execute(
            f"SELECT org_id, lang, name FROM org_name WHERE kind = ? AND org_id IN ({marks}) "
            "ORDER BY id", [NameKind.primary.value, *ids]):
        orgs[oid]["names"][lang] = name
    for oid, key in conn.execute(
            "SELECT os.org_id, s.key FROM org_sector os JOIN sector s ON s.id = os.sector_id "
            f"WHERE os.org_id IN ({marks}) ORDER BY s.id", ids):
        orgs[oid]["sectors"].append(key)
    for org in orgs.values():
        org["names"] = summary_names(org["names"])
    return [orgs[i] for i in ids if i in orgs]
