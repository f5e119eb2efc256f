"""A delivery process killed with SIGKILL in the middle of a run loses nothing: the next run
sends what it had not sent, and at most the one message in flight arrives again, with the same
Message-ID (see `gyoryu.mail.delivery` for why SMTP cannot do better)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import select

from gyoryu.db import session_factory, transaction, utcnow
from gyoryu.mail.delivery import LEASE, deliver_pending
from gyoryu.mail.enums import MailStatus
from gyoryu.mail.models import OutboxMessage
from gyoryu.mail.service import enqueue

pytestmark = pytest.mark.slow

TOTAL = 120


def test_sigkill_during_delivery_loses_and_doubles_nothing(outbox, smtp, mail_settings,
                                                          database_url, tmp_path):
    with transaction(outbox) as db:
        for i in range(TOTAL):
            enqueue(db=db, to=f"p{i}@example.org", subject=f"m{i}", body=f"link {i}",
                    dedupe_key=f"crash-{i}")
    smtp.delay = 0.02  # the server takes a moment per message, so the kill lands mid-run
    env = {**os.environ, "GYORYU_DATABASE_URL": database_url, "GYORYU_VAR_DIR": str(tmp_path),
           "GYORYU_SMTP_HOST": "127.0.0.1", "GYORYU_SMTP_PORT": str(smtp.port),
           "GYORYU_MAIL_FROM": mail_settings.mail_from}
    process = subprocess.Popen(
        [sys.executable, "-c", "from gyoryu.cli import app; app()", "mail", "deliver"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while len(smtp.messages) < TOTAL // 3 and time.monotonic() < deadline:
            assert process.poll() is None, process.stderr.read().decode()
            time.sleep(0.01)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    before = len(smtp.messages)
    assert TOTAL // 3 <= before < TOTAL, "the kill did not land in the middle of the run"
    with session_factory(outbox)() as db:
        left = db.scalars(select(OutboxMessage).where(OutboxMessage.status != MailStatus.sent)).all()
    assert left, "nothing was left in flight"
    # claimed by the dead run (`sending`), or beyond its claim of 100 (`pending`)
    assert {m.status for m in left} == {MailStatus.sending, MailStatus.pending}

    # the next run, once the dead run's lease is over, sends the rest
    report = deliver_pending(engine=outbox, settings=mail_settings, limit=TOTAL,
                             now=utcnow() + LEASE + timedelta(seconds=1))
    with session_factory(outbox)() as db:
        rows = db.scalars(select(OutboxMessage)).all()
    assert {r.status for r in rows} == {MailStatus.sent}
    received = Counter(smtp.message_ids())
    assert set(received) == {r.message_id for r in rows}  # nothing lost, nothing foreign
    again = [mid for mid, n in received.items() if n > 1]
    assert len(again) <= 1 and all(received[mid] == 2 for mid in again)
    assert report.sent == TOTAL - before + len(again)
    by_id = {r.message_id: r for r in rows}
    bodies = {m["Message-ID"]: m.get_content().strip() for m in smtp.messages}
    assert all(bodies[mid] == by_id[mid].body for mid in bodies)
