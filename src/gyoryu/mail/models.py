"""The outbox: one row per message, kept after sending as the record of what was sent."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from gyoryu.db import Base, utcnow
from gyoryu.mail.enums import MailStatus


class OutboxMessage(Base):
    __tablename__ = "mail_outbox"
    __table_args__ = (Index("ix_mail_outbox_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    recipient: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)  # plain text, always present
    html: Mapped[str | None] = mapped_column(Text)  # optional alternative
    locale: Mapped[str | None] = mapped_column(String(8))
    # The same business event enqueued twice (a retried request, a re-run job) is one message.
    dedupe_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    # Fixed at the first send and reused by every re-send, so a duplicate is recognisable.
    message_id: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(16), default=MailStatus.pending)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    claim: Mapped[str | None] = mapped_column(String(32))  # the delivery run holding the lease
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
