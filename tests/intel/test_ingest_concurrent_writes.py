"""Two workers writing the same text at once (the Ray ingest on PostgreSQL, where each worker
writes its own batches): the second's transaction waits on the first's unique content hash, fails
when it commits, and is tried again; it then finds the text stored and counts a duplicate."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import delete, func, select

from gyoryu.db import session_factory, transaction
from gyoryu.intel import bulk, ingest_ray
from gyoryu.intel import service as intel
from gyoryu.intel.models import Article, IngestLedger
from gyoryu.intel.records import record_of
from gyoryu.intel.sources import from_text

TEXT = "유니트리가 서울에서 네이버와 휴머노이드 로봇 공동 연구 업무협약을 체결했다. (동시 쓰기 시험)"


def _item(engine, file_hash: str, name: str):
    with session_factory(engine)() as db:
        source = from_text(TEXT, name)
        doc, gazetteer = intel.extract(db=db, text=source.text, published=source.published)
        return file_hash, name, record_of(doc, gazetteer, source)


def test_the_second_writer_of_a_text_retries_and_counts_a_duplicate(engine):
    if engine.dialect.name != "postgresql":
        pytest.skip("workers write their own batches only on PostgreSQL; SQLite has one writer, the driver")
    first, second = _item(engine, "f" * 64, "test:concurrent-a"), _item(engine, "e" * 64, "test:concurrent-b")
    part: dict = {"stored": 0, "duplicates": 0}
    try:
        with transaction(engine) as db:
            assert len(bulk.write(db=db, items=[first]).stored) == 1
            # the other worker's batch starts while this one is still open: it must wait on the hash
            other = threading.Thread(target=ingest_ray._flush, args=(engine, [second], part))
            other.start()
            time.sleep(1.0)
            assert other.is_alive(), "the second writer did not wait for the first"
        other.join(timeout=60)
        assert not other.is_alive()
        assert (part["stored"], part["duplicates"]) == (0, 1)
        with session_factory(engine)() as db:
            mine = Article.source.like("test:concurrent-%")
            assert db.scalar(select(func.count()).select_from(Article).where(mine)) == 1
            ledger = set(db.scalars(select(IngestLedger.file_hash).where(IngestLedger.path.like("test:concurrent-%"))))
            assert ledger == {"f" * 64, "e" * 64}  # both files recorded, pointing at the one article
    finally:
        with engine.begin() as conn:
            conn.execute(delete(IngestLedger).where(IngestLedger.path.like("test:concurrent-%")))
            conn.execute(delete(Article).where(Article.source.like("test:concurrent-%")))


def test_a_file_another_run_already_wrote_is_counted_not_written_again(engine):
    """A killed run's workers finish the tasks they held while the next run may start on the same
    files: whichever commits second finds the file in the ledger."""
    item = _item(engine, "d" * 64, "test:concurrent-c")
    try:
        first: dict = {"stored": 0, "duplicates": 0}
        again: dict = {"stored": 0, "duplicates": 0}
        ingest_ray._flush(engine, [item], first)
        ingest_ray._flush(engine, [item], again)
        assert (first["stored"], first["duplicates"], again["stored"], again["duplicates"]) == (1, 0, 0, 1)
        with session_factory(engine)() as db:
            assert db.scalar(select(func.count()).select_from(IngestLedger).where(
                IngestLedger.file_hash == "d" * 64)) == 1
    finally:
        with engine.begin() as conn:
            conn.execute(delete(IngestLedger).where(IngestLedger.path.like("test:concurrent-%")))
            conn.execute(delete(Article).where(Article.source.like("test:concurrent-%")))


def test_an_error_that_a_retry_cannot_mend_is_raised_at_once(engine, monkeypatch):
    calls = []

    def broken(*, db, items):
        calls.append(len(items))
        raise ValueError("not a database conflict")

    monkeypatch.setattr(bulk, "write", broken)
    with pytest.raises(ValueError):
        ingest_ray._flush(engine, [("a" * 64, "test:x", None)], {"stored": 0, "duplicates": 0})
    assert calls == [1]
