"""Backup → restore into an empty database gives the same rows, on SQLite and PostgreSQL and
from one to the other, uploaded documents and images included."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import func, insert, null, select, update
from typer.testing import CliRunner

from gyoryu import db as dbmod
from gyoryu.accounts.models import ApiToken, PasswordReset, User
from gyoryu.backup.archive import open_archive
from gyoryu.backup.service import backup, restore
from gyoryu.catalogue.models import Product, ProductImage
from gyoryu.cli import app
from gyoryu.config import get_settings
from gyoryu.db import make_engine, snapshot, transaction
from gyoryu.directory.models import Organization
from gyoryu.fund.models import Deal
from gyoryu.intel.models import Article, Event, Mention
from gyoryu.migrate import applied, heads, is_current, upgrade_in
from gyoryu.outcomes.models import Document
from gyoryu.research.models import Fact
from gyoryu.setup import initialise
from tests.backup.conftest import all_rows

SEOUL = timezone(timedelta(hours=9))
PDF = b"%PDF-1.4\n" + bytes(range(256)) * 40  # every byte value
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(255, -1, -1)) * 8


@pytest.fixture
def varied(connection) -> dict:
    """Rows of every kind of value, beside the bundled directory: a child organisation stored
    before its parent, documents and images, JSON null and SQL NULL, decimals, floats, dates,
    datetimes with an offset and microseconds, booleans, text in three scripts."""
    def add(model, **values) -> int:
        return connection.execute(insert(model.__table__).values(**values)).inserted_primary_key[0]

    child = add(Organization, kind="company", country="KR", key="backup-child",
                description={"ko": "자회사", "zh": "子公司", "en": "a subsidiary"})
    parent = add(Organization, kind="company", country="CN", key="backup-parent", description={})
    connection.execute(update(Organization.__table__).where(Organization.id == child)
                       .values(parent_id=parent))
    admin = connection.scalar(select(User.id).order_by(User.id).limit(1))
    when = datetime(2026, 3, 1, 9, 30, 15, 123456, tzinfo=SEOUL)
    document = add(Document, filename="협약서 MOU.pdf", media_type="application/pdf", size=len(PDF),
                   sha256="0" * 64, content=PDF, uploaded_by=admin, created_at=when)
    product = add(Product, organization_id=parent, category="robot", kind="product",
                  price_min=Decimal("0.10"), price_max=Decimal("12345678.90"), currency="CNY",
                  price_on_request=False, exhibit=True, specs=[["重量", "1.5 kg"]],
                  description={"zh": "扫地机器人"})
    add(ProductImage, product_id=product, position=1, filename="robot.png", media_type="image/png",
        size=len(PNG), width=1, height=1, sha256="1" * 64, content=PNG)
    add(ApiToken, user_id=admin, kind="personal", scope="read", domains=None, prefix="gy_null",
        secret_hash="a" * 64, expires_at=when)  # JSON null
    add(ApiToken, user_id=admin, kind="personal", scope="read", domains=null(), prefix="gy_sqlnull",
        secret_hash="b" * 64, expires_at=when, last_used_at=datetime(2026, 1, 1, tzinfo=UTC))
    add(Deal, organization_id=parent, round="seed", amount=Decimal("1234567890123.45"),
        currency="KRW", source="referral", source_ref="王小明", memo={"ko": "메모"})
    article = add(Article, content_hash="c" * 64, language="zh", published=date(2026, 2, 28),
                  text="腾讯与판교 signed.", title="\u00a0tabs\tand\nnewlines")
    add(Mention, article_id=article, kind="org", start=0, end=2, text="腾讯", org_id=parent,
        confidence=0.1 + 0.2)
    event = add(Event, article_id=article, type="mou", date="2026-02", start=0, end=12)
    add(Fact, event_id=event, article_id=article, kind="org", value=str(parent), month="2026-02",
        type="mou", country_pair="KR→CN")  # its trigger counts it in research_month_count
    return {"document": document, "child": child, "parent": parent}


def _restored(archive_path, url: str):
    engine = make_engine(url)
    with open_archive(archive_path) as archive, transaction(engine) as db:
        report = restore(conn=db.connection(), archive=archive)
    return engine, report


def test_restore_gives_the_same_rows_in_either_database(connection, varied, backend, empty_database,
                                                         tmp_path):
    path = tmp_path / "gyoryu.zip"
    with path.open("wb") as out:
        manifest = backup(conn=connection, out=out)
    source = all_rows(connection)
    assert {t["name"]: t["rows"] for t in manifest["tables"]} == {n: len(r) for n, r in source.items()}
    assert source["organization"] and source["outcome_document"] and source["catalogue_product_image"]
    assert source["research_month_count"]  # restored as it was, not counted again by the trigger

    other = "postgresql" if backend == "sqlite" else "sqlite"
    for target in (backend, other):  # the same kind, and SQLite → PostgreSQL (or back)
        engine, report = _restored(path, empty_database(target))
        try:
            assert report["rows"] == sum(len(r) for r in source.values())
            with engine.connect() as conn:
                restored = all_rows(conn)
                assert restored.keys() == source.keys()
                for name in source:
                    assert restored[name] == source[name], (target, name)
                # the uploaded document, byte for byte
                assert conn.scalar(select(Document.content).where(Document.id == varied["document"])) == PDF
                assert conn.scalar(select(Organization.parent_id).where(
                    Organization.id == varied["child"])) == varied["parent"]
            # ids continue after the restored ones (PostgreSQL's sequences were moved on)
            with transaction(engine) as db:
                new = db.execute(insert(Organization.__table__).values(
                    kind="company", country="KR", description={})).inserted_primary_key[0]
                assert new > varied["parent"]
        finally:
            engine.dispose()


def _cli(args: list[str], url: str, monkeypatch):
    monkeypatch.setenv("GYORYU_DATABASE_URL", url)
    dbmod.get_engine.cache_clear()
    get_settings.cache_clear()
    try:
        return CliRunner().invoke(app, args)
    finally:
        dbmod.get_engine.cache_clear()
        get_settings.cache_clear()


def test_gyoryu_backup_then_gyoryu_restore(engine, database_url, empty_database, backend, tmp_path,
                                           monkeypatch):
    path = tmp_path / "nightly.zip"
    made = _cli(["backup", "-o", str(path), "--quiet"], database_url, monkeypatch)
    assert made.exit_code == 0, made.output
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no partial
    target = empty_database(backend)
    done = _cli(["restore", str(path), "--json"], target, monkeypatch)
    assert done.exit_code == 0, done.output
    restored = make_engine(target)
    try:
        with engine.connect() as a, restored.connect() as b:
            assert all_rows(b) == all_rows(a)
    finally:
        restored.dispose()


def test_restore_refuses_a_database_that_is_not_empty(engine, database_url, tmp_path, monkeypatch):
    path = tmp_path / "b.zip"
    assert _cli(["backup", "-o", str(path), "-q"], database_url, monkeypatch).exit_code == 0
    with engine.connect() as conn:
        before = all_rows(conn)
    refused = _cli(["restore", str(path)], database_url, monkeypatch)
    assert refused.exit_code == 2
    assert "is not empty" in refused.output and "Nothing was changed" in refused.output
    with engine.connect() as conn:
        assert all_rows(conn) == before


def test_restore_into_a_migrated_but_empty_database(connection, varied, backend, empty_database,
                                                    tmp_path):
    """The schema without data (the migrations' own bookkeeping rows only) counts as empty."""
    path = tmp_path / "m.zip"
    with path.open("wb") as out:
        backup(conn=connection, out=out)
    url = empty_database(backend)
    migrated = make_engine(url)
    initialise(migrated, with_data=False, admin=False)
    migrated.dispose()
    engine, _report = _restored(path, url)
    try:
        with engine.connect() as conn:
            assert all_rows(conn) == all_rows(connection)
            assert conn.scalar(select(func.count()).select_from(Organization)) > 400
    finally:
        engine.dispose()


def test_an_older_archive_is_restored_then_upgraded(backend, empty_database, tmp_path):
    """An archive made before the last migration is restored into its own schema, then the
    missing migration runs in the same transaction."""
    older = make_engine(empty_database(backend))
    with older.begin() as conn:
        accounts_head = next(h for h in heads() if h.startswith("accounts_"))  # any later one
        upgrade_in(conn, sorted(heads() - {accounts_head}) + ["accounts_0003"])
        conn.execute(insert(User.__table__).values(email="kim@example.org", password_hash="x",
                                                    role="admin", display_name="김"))
    path = tmp_path / "older.zip"
    with path.open("wb") as out, snapshot(older) as conn:
        manifest = backup(conn=conn, out=out)
    older.dispose()
    assert "accounts_0004" not in applied(manifest["revisions"])
    assert "password_reset" not in {t["name"] for t in manifest["tables"]}

    url = empty_database(backend)
    engine, report = _restored(path, url)
    try:
        assert report["upgraded"] is True
        assert is_current(engine)
        with engine.connect() as conn:
            assert conn.scalars(select(User.display_name)).all() == ["김"]
            assert conn.scalar(select(func.count()).select_from(PasswordReset)) == 0
    finally:
        engine.dispose()


def test_there_is_nothing_to_back_up_in_a_database_never_initialised(tmp_path, monkeypatch):
    path = tmp_path / "none.zip"
    refused = _cli(["backup", "-o", str(path)], f"sqlite:///{tmp_path / 'new.db'}", monkeypatch)
    assert refused.exit_code == 2
    assert "Run `gyoryu init` first" in refused.output
    assert list(tmp_path.glob("*.zip")) == list(tmp_path.glob(".*partial")) == []
