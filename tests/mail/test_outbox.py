"""The outbox: enqueued in the caller's transaction, idempotent on its key, delivered over real
SMTP (aiosmtpd), retried with back-off, never lost and never sent twice by concurrent runs."""

from __future__ import annotations

import json
import threading
from datetime import timedelta

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from gyoryu.config import Settings
from gyoryu.db import session_factory, transaction, utcnow
from gyoryu.errors import GyoryuError
from gyoryu.mail.delivery import LEASE, backoff, deliver_pending
from gyoryu.mail.enums import MailStatus
from gyoryu.mail.models import OutboxMessage
from gyoryu.mail.service import enqueue


def rows(engine) -> list[OutboxMessage]:
    with session_factory(engine)() as db:
        return list(db.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))


def test_a_message_is_delivered_once_with_its_message_id(outbox, smtp, mail_settings):
    with transaction(outbox) as db:
        enqueue(db=db, to="ji-woo@example.org", subject="당신의 링크\r\nBcc: evil@example.org",
                body="https://gyoryu.example/p/abc", html="<p><a href='x'>링크</a></p>",
                locale="ko")
    report = deliver_pending(engine=outbox, settings=mail_settings)
    assert (report.sent, report.retried, report.failed) == (1, 0, 0)
    [row] = rows(outbox)
    [mail] = smtp.messages
    assert row.status == MailStatus.sent and row.attempts == 1 and row.sent_at is not None
    assert mail["Message-ID"] == row.message_id
    assert mail["Subject"] == "당신의 링크 Bcc: evil@example.org"  # one line: no injected header
    assert mail["Bcc"] is None
    assert mail["From"] == "noreply@gyoryu.test" and mail["To"] == "ji-woo@example.org"
    assert mail["Content-Language"] == "ko"
    assert mail.get_body(("plain",)).get_content().strip() == "https://gyoryu.example/p/abc"
    assert "링크" in mail.get_body(("html",)).get_content()
    assert deliver_pending(engine=outbox, settings=mail_settings).sent == 0
    assert len(smtp.messages) == 1


def test_the_message_commits_or_rolls_back_with_the_business_write(outbox, smtp, mail_settings):
    with pytest.raises(RuntimeError), transaction(outbox) as db:
        enqueue(db=db, to="a@example.org", subject="s", body="b")
        raise RuntimeError("the business write failed")
    assert rows(outbox) == []
    assert deliver_pending(engine=outbox, settings=mail_settings).sent == 0
    assert smtp.messages == []


def test_enqueue_is_idempotent_on_the_dedupe_key(outbox, smtp, mail_settings):
    with transaction(outbox) as db:
        first = enqueue(db=db, to="a@example.org", subject="one", body="b", dedupe_key="k1")
        again = enqueue(db=db, to="a@example.org", subject="two", body="b", dedupe_key="k1")
        assert again.id == first.id
    with transaction(outbox) as db:
        later = enqueue(db=db, to="a@example.org", subject="three", body="b", dedupe_key="k1")
    assert later.id == first.id
    assert [(r.dedupe_key, r.subject) for r in rows(outbox)] == [("k1", "one")]


def test_concurrent_enqueues_of_one_key_make_one_message(outbox):
    barrier = threading.Barrier(8)
    ids, errors = [], []

    def one():
        try:
            barrier.wait(timeout=30)
            with transaction(outbox) as db:
                ids.append(enqueue(db=db, to="a@example.org", subject="s", body="b",
                                   dedupe_key="race").id)
        except Exception as exc:  # noqa: BLE001 — any failure is the finding
            errors.append(exc)

    threads = [threading.Thread(target=one) for _ in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert errors == []
    assert len(rows(outbox)) == 1 and set(ids) == {rows(outbox)[0].id}


def test_a_bad_address_is_refused(outbox):
    with transaction(outbox) as db:
        for bad in ("nobody", "a@example.org\r\nBcc: x@example.org", "a@x.org, b@y.org"):
            with pytest.raises(GyoryuError) as caught:
                enqueue(db=db, to=bad, subject="s", body="b")
            assert caught.value.code == "E101"


def test_a_temporary_refusal_is_retried_with_backoff(outbox, smtp, mail_settings):
    smtp.refuse["later@example.org"] = "451 4.3.0 try again later"
    with transaction(outbox) as db:
        enqueue(db=db, to="later@example.org", subject="s", body="b")
        enqueue(db=db, to="now@example.org", subject="s", body="b")
    now = utcnow()
    report = deliver_pending(engine=outbox, settings=mail_settings, now=now)
    assert (report.sent, report.retried, report.failed) == (1, 1, 0)
    waiting = next(r for r in rows(outbox) if r.recipient == "later@example.org")
    assert waiting.status == MailStatus.pending and waiting.attempts == 1
    assert "451" in waiting.last_error
    # not due before its back-off, then sent once the server takes it
    assert deliver_pending(engine=outbox, settings=mail_settings, now=now).retried == 0
    del smtp.refuse["later@example.org"]
    report = deliver_pending(engine=outbox, settings=mail_settings,
                             now=now + backoff(1) + timedelta(seconds=1))
    assert report.sent == 1
    waiting = next(r for r in rows(outbox) if r.recipient == "later@example.org")
    assert waiting.status == MailStatus.sent and waiting.attempts == 2 and waiting.last_error is None
    assert sorted(m["To"] for m in smtp.messages) == ["later@example.org", "now@example.org"]


def test_a_permanent_refusal_fails_with_its_error(outbox, smtp, mail_settings):
    smtp.refuse["gone@example.org"] = "550 5.1.1 no such mailbox"
    with transaction(outbox) as db:
        enqueue(db=db, to="gone@example.org", subject="s", body="b")
    report = deliver_pending(engine=outbox, settings=mail_settings)
    assert (report.sent, report.failed) == (0, 1)
    [row] = rows(outbox)
    assert row.status == MailStatus.failed and "550" in row.last_error


def test_an_unreachable_server_keeps_the_message_for_later(outbox, tmp_path):
    from tests.mail.conftest import free_port

    settings = Settings(var_dir=tmp_path, smtp_host="127.0.0.1", smtp_port=free_port())
    with transaction(outbox) as db:
        enqueue(db=db, to="a@example.org", subject="s", body="b")
    report = deliver_pending(engine=outbox, settings=settings)
    assert report.retried == 1
    [row] = rows(outbox)
    assert row.status == MailStatus.pending and "cannot reach" in row.last_error


def test_concurrent_delivery_runs_send_each_message_once(outbox, smtp, mail_settings):
    with transaction(outbox) as db:
        for i in range(60):
            enqueue(db=db, to=f"p{i}@example.org", subject=f"m{i}", body="b")
    smtp.delay = 0.005
    barrier = threading.Barrier(3)
    reports, errors = [], []

    def run():
        barrier.wait(timeout=30)
        try:
            reports.append(deliver_pending(engine=outbox, settings=mail_settings, limit=20))
        except Exception as exc:  # noqa: BLE001 — any failure is the finding
            errors.append(exc)

    for _ in range(3):  # three rounds of three concurrent runs of 20
        threads = [threading.Thread(target=run) for _ in range(3)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
    assert errors == []
    ids = smtp.message_ids()
    assert len(ids) == 60 and len(set(ids)) == 60
    assert sum(r.sent for r in reports) == 60
    assert all(r.status == MailStatus.sent and r.attempts == 1 for r in rows(outbox))


def test_an_expired_lease_is_taken_over(outbox, smtp, mail_settings):
    """A run that died after claiming (status `sending`) is retried once its lease is over."""
    from gyoryu.mail.delivery import claim

    with transaction(outbox) as db:
        enqueue(db=db, to="a@example.org", subject="s", body="b")
    now = utcnow()
    _, claimed = claim(engine=outbox, settings=mail_settings, limit=10, now=now)
    assert len(claimed) == 1
    assert deliver_pending(engine=outbox, settings=mail_settings, now=now).sent == 0
    report = deliver_pending(engine=outbox, settings=mail_settings,
                             now=now + LEASE + timedelta(seconds=1))
    assert report.sent == 1
    [row] = rows(outbox)
    assert row.attempts == 2 and smtp.message_ids() == [claimed[0].message_id]


def test_cli_lists_the_outbox_as_json(outbox, monkeypatch, database_url):
    from gyoryu import db as dbmod
    from gyoryu.cli import app
    from gyoryu.config import get_settings

    with transaction(outbox) as db:
        enqueue(db=db, to="a@example.org", subject="hello", body="secret link", dedupe_key="x")
    monkeypatch.setenv("GYORYU_DATABASE_URL", database_url)
    dbmod.get_engine.cache_clear()
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(app, ["mail", "list", "--json"])
    finally:
        dbmod.get_engine.cache_clear()
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    [out] = json.loads(result.stdout)
    assert (out["to"], out["subject"], out["status"], out["dedupe_key"]) == (
        "a@example.org", "hello", "pending", "x")
    assert "secret link" not in result.stdout


def test_the_outbox_count_matches_what_was_enqueued(outbox):
    with transaction(outbox) as db:
        for i in range(5):
            enqueue(db=db, to="a@example.org", subject="s", body="b", dedupe_key=f"n{i % 3}")
    with session_factory(outbox)() as db:
        assert db.scalar(select(func.count()).select_from(OutboxMessage)) == 3
