"""Putting mail in the outbox and reading it back.

`enqueue` only adds a row in the caller's session: the business write and its notification
commit together or not at all, and nothing is sent until the transaction has committed.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from gyoryu.errors import GyoryuError
from gyoryu.mail.models import OutboxMessage

INSERT = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}


def _one_line(text: str) -> str:
    """Header values stay on one line (a CR/LF in a subject would inject headers)."""
    return " ".join(text.split())


def enqueue(*, db: Session, to: str, subject: str, body: str, html: str | None = None,
            dedupe_key: str | None = None, locale: str | None = None) -> OutboxMessage:
    """Add a message to the outbox in the caller's transaction; returns its row.

    With a `dedupe_key`, enqueueing the same key again (even from a concurrent transaction)
    returns the first message and adds nothing.
    """
    to = to.strip()
    if "@" not in to or any(c in to for c in "\r\n,;<> "):
        raise GyoryuError("E101", email=to)
    values = dict(recipient=to, subject=_one_line(subject), body=body, html=html, locale=locale,
                  dedupe_key=dedupe_key)
    if dedupe_key is None:
        message = OutboxMessage(**values)
        db.add(message)
        db.flush()
        return message
    db.flush()
    insert = INSERT[db.get_bind().dialect.name]
    db.execute(insert(OutboxMessage).values(**values).on_conflict_do_nothing(
        index_elements=["dedupe_key"]))
    return db.scalars(select(OutboxMessage).where(OutboxMessage.dedupe_key == dedupe_key)
                      .execution_options(populate_existing=True)).one()


def list_messages(*, db: Session, status: str | None = None, recipient: str | None = None,
                  limit: int = 100) -> list[OutboxMessage]:
    """The newest messages first, optionally of one status or recipient."""
    stmt = select(OutboxMessage).order_by(OutboxMessage.id.desc()).limit(limit)
    if status:
        stmt = stmt.where(OutboxMessage.status == status)
    if recipient:
        stmt = stmt.where(OutboxMessage.recipient == recipient.strip())
    return list(db.scalars(stmt))


def message_out(message: OutboxMessage) -> dict:
    """A message as JSON for scripts (the body left out: it may hold a personal link)."""
    return {"id": message.id, "to": message.recipient, "subject": message.subject,
            "locale": message.locale, "dedupe_key": message.dedupe_key,
            "message_id": message.message_id, "status": message.status,
            "attempts": message.attempts, "last_error": message.last_error,
            "created_at": message.created_at.isoformat() if message.created_at else None,
            "sent_at": message.sent_at.isoformat() if message.sent_at else None}
