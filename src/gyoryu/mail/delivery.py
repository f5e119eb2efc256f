"""Sending the outbox over SMTP.

Each message goes through three short steps, each its own transaction:

1. **claim** — a compare-and-set from `pending` (due) or `sending` (lease expired) to `sending`
   with this run's claim token, `attempts + 1` and, on the first claim, a Message-ID that every
   later re-send reuses. On PostgreSQL the candidates are read `FOR UPDATE SKIP LOCKED`, so
   several delivery processes share the work without waiting on each other.
2. **send** — one SMTP transaction for that one message.
3. **mark** — `sent` (or `pending` with a back-off, or `failed`), only if the claim is still ours.

What this guarantees: the outbox row is committed with the business write, so a message is never
lost — a crash before step 3 leaves it `sending`, and once its lease runs out the next run sends
it again. A message is sent exactly once unless the process dies (or the connection drops) after
the SMTP server has accepted the message and before step 3 commits, a window of one round trip
to the database; SMTP offers no way to ask the server whether it already has a message, so that
one message is then sent a second time, with the *same* Message-ID, so the receiving side can
recognise and drop it. A run slower than the lease can likewise be overtaken; pick a lease well
above the SMTP timeout (the default is 5 minutes against a 30 s timeout).
"""

from __future__ import annotations

import logging
import secrets
import smtplib
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from sqlalchemy import or_, select, update
from sqlalchemy.engine import Engine

from gyoryu.config import Settings
from gyoryu.db import transaction, utcnow
from gyoryu.mail.enums import MailStatus
from gyoryu.mail.models import OutboxMessage

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=5)
SMTP_TIMEOUT = 30.0
MAX_ATTEMPTS = 8
FIRST_RETRY = timedelta(minutes=1)
LONGEST_RETRY = timedelta(hours=6)


@dataclass
class DeliveryReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"sent": self.sent, "retried": self.retried, "failed": self.failed,
                "errors": self.errors}


def backoff(attempts: int) -> timedelta:
    """1 min, 2, 4, … doubling after each failed attempt, at most 6 h."""
    return min(FIRST_RETRY * 2 ** max(attempts - 1, 0), LONGEST_RETRY)


def _due(now: datetime, lease: timedelta):
    return or_(
        (OutboxMessage.status == MailStatus.pending) & (OutboxMessage.next_attempt_at <= now),
        (OutboxMessage.status == MailStatus.sending) & (OutboxMessage.claimed_at <= now - lease),
    )


def _domain(settings: Settings) -> str:
    return settings.mail_from.rpartition("@")[2] or "localhost"


def claim(*, engine: Engine, settings: Settings, limit: int, now: datetime,
          lease: timedelta = LEASE) -> tuple[str, list[OutboxMessage]]:
    """Take up to `limit` due messages under a new claim token; returns the token and rows."""
    token = secrets.token_hex(8)
    with transaction(engine) as db:
        stmt = select(OutboxMessage.id, OutboxMessage.message_id).where(_due(now, lease)) \
            .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id).limit(limit)
        if engine.dialect.name == "postgresql":
            stmt = stmt.with_for_update(skip_locked=True)
        candidates = db.execute(stmt).all()
        for row_id, message_id in candidates:
            db.execute(update(OutboxMessage).where(OutboxMessage.id == row_id, _due(now, lease))
                       .values(status=MailStatus.sending, claim=token, claimed_at=now,
                               attempts=OutboxMessage.attempts + 1,
                               message_id=message_id or make_msgid(f"outbox.{row_id}",
                                                                   _domain(settings))))
        claimed = list(db.scalars(select(OutboxMessage).where(OutboxMessage.claim == token)
                                  .order_by(OutboxMessage.id)))
    return token, claimed


def as_email(message: OutboxMessage, settings: Settings) -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = settings.mail_from
    mail["To"] = message.recipient
    mail["Subject"] = message.subject
    created = message.created_at
    mail["Date"] = format_datetime(created if created.tzinfo else created.replace(tzinfo=UTC))
    mail["Message-ID"] = message.message_id
    mail["Auto-Submitted"] = "auto-generated"
    mail.set_content(message.body)
    if message.html:
        mail.add_alternative(message.html, subtype="html")
    if message.locale:  # after the content: set_content() drops Content-* headers
        mail["Content-Language"] = message.locale
    return mail


def _mark(engine: Engine, message: OutboxMessage, token: str, **values) -> bool:
    with transaction(engine) as db:
        done = db.execute(update(OutboxMessage).where(OutboxMessage.id == message.id,
                                                      OutboxMessage.claim == token)
                          .values(claim=None, **values))
    if not done.rowcount:
        log.warning("outbox %s: the lease ran out before it was marked", message.id)
    return bool(done.rowcount)


def _failed(engine, message, token, error: str, *, permanent: bool, now, report) -> None:
    if permanent or message.attempts >= MAX_ATTEMPTS:
        _mark(engine, message, token, status=MailStatus.failed, last_error=error)
        report.failed += 1
    else:
        _mark(engine, message, token, status=MailStatus.pending, last_error=error,
              next_attempt_at=now + backoff(message.attempts))
        report.retried += 1
    report.errors.append(f"{message.id}: {error}")


def deliver_pending(*, engine: Engine, settings: Settings, limit: int = 100,
                    now: datetime | None = None, lease: timedelta = LEASE) -> DeliveryReport:
    """Send what is due: one claim of up to `limit` messages over one SMTP connection."""
    now = now or utcnow()
    report = DeliveryReport()
    token, messages = claim(engine=engine, settings=settings, limit=limit, now=now, lease=lease)
    if not messages:
        return report
    try:
        smtp = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=SMTP_TIMEOUT)
    except OSError as exc:
        error = f"cannot reach {settings.smtp_host}:{settings.smtp_port}: {exc}"
        for message in messages:
            _failed(engine, message, token, error, permanent=False, now=now, report=report)
        return report
    with smtp:
        for message in messages:
            try:
                smtp.send_message(as_email(message, settings))
            except smtplib.SMTPRecipientsRefused as exc:
                codes = [code for code, _ in exc.recipients.values()]
                _failed(engine, message, token, f"recipient refused: {exc.recipients}",
                        permanent=all(c >= 500 for c in codes), now=now, report=report)
                continue
            except smtplib.SMTPResponseException as exc:
                _failed(engine, message, token, f"{exc.smtp_code} {exc.smtp_error!r}",
                        permanent=exc.smtp_code >= 500, now=now, report=report)
                continue
            except (OSError, smtplib.SMTPException) as exc:
                # the connection is gone: this message and the rest wait for the next run
                _failed(engine, message, token, f"{type(exc).__name__}: {exc}", permanent=False,
                        now=now, report=report)
                for rest in messages[messages.index(message) + 1:]:
                    _failed(engine, rest, token, f"{type(exc).__name__}: {exc}",
                            permanent=False, now=now, report=report)
                break
            if _mark(engine, message, token, status=MailStatus.sent, sent_at=utcnow(),
                     last_error=None):
                report.sent += 1
    return report


def run_forever(*, engine: Engine, settings: Settings, interval: float = 5.0,
                stop: threading.Event | None = None) -> None:
    """Deliver until `stop` is set; an error in one run is logged and the next run tries again."""
    stop = stop or threading.Event()
    while not stop.is_set():
        try:
            report = deliver_pending(engine=engine, settings=settings)
            if report.sent or report.errors:
                log.info("mail: %s", report.as_dict())
        except Exception:  # a database hiccup must not end delivery for the server's lifetime
            log.exception("mail delivery run failed")
        stop.wait(interval)


def start_background(*, engine: Engine, settings: Settings,
                     interval: float = 5.0) -> tuple[threading.Thread, threading.Event]:
    """Delivery in a daemon thread beside the web server (`gyoryu serve`)."""
    stop = threading.Event()
    thread = threading.Thread(target=run_forever, name="gyoryu-mail", daemon=True,
                              kwargs={"engine": engine, "settings": settings,
                                      "interval": interval, "stop": stop})
    thread.start()
    return thread, stop
