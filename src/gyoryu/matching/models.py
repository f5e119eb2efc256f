"""Matchmaking tables: profiles with their offer/seek tags, an embedding cache, solved schedules.

`program_id` is a plain nullable integer, not a foreign key: matching does not depend on the
programs domain (programs calls matching). NULL means a standing profile outside any program.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gyoryu.db import Base, Timestamped, utcnow
from gyoryu.directory.models import Organization


class MatchProfile(Timestamped, Base):
    __tablename__ = "match_profile"
    __table_args__ = (UniqueConstraint("organization_id", "program_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True
    )
    program_id: Mapped[int | None] = mapped_column(Integer, index=True)
    offers_text: Mapped[str] = mapped_column(Text, default="")  # any of ko / zh / en
    seeks_text: Mapped[str] = mapped_column(Text, default="")

    organization: Mapped[Organization] = relationship(lazy="joined")
    tags: Mapped[list[ProfileTag]] = relationship(
        back_populates="profile", cascade="all, delete-orphan", lazy="selectin",
        order_by="ProfileTag.id",
    )

    def keys(self, side: str, kind: str) -> list[str]:
        return [t.key for t in self.tags if t.side == side and t.kind == kind]


class ProfileTag(Base):
    """One offered or sought sector or capability of a profile."""

    __tablename__ = "match_profile_tag"
    __table_args__ = (UniqueConstraint("profile_id", "side", "kind", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(
        ForeignKey("match_profile.id", ondelete="CASCADE"), index=True
    )
    side: Mapped[str] = mapped_column(String(8))  # Side
    kind: Mapped[str] = mapped_column(String(16))  # TagKind
    key: Mapped[str] = mapped_column(String(64))

    profile: Mapped[MatchProfile] = relationship(back_populates="tags")


class TextEmbedding(Base):
    """Sentence embeddings by text hash, so a profile's text is encoded once per model."""

    __tablename__ = "match_embedding"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256(model + text)
    model: Mapped[str] = mapped_column(String(64))
    vector: Mapped[bytes] = mapped_column(LargeBinary)  # float32, L2-normalised


class ScheduleRun(Base):
    """One solved meeting schedule of a program; the newest is the current one."""

    __tablename__ = "match_schedule_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int | None] = mapped_column(Integer, index=True)
    status: Mapped[str] = mapped_column(String(16))
    objective: Mapped[float] = mapped_column(Float)
    bound: Mapped[float] = mapped_column(Float)
    instance: Mapped[dict] = mapped_column(JSON)  # the instance solved, for re-solving and audit
    # Every request left out, with its computed reason ({"request", "reason", "detail"}), and
    # the interpreters' use per slot and LP value ({"per_slot", "most_valuable"}).
    unscheduled: Mapped[list | None] = mapped_column(JSON)
    interpreters: Mapped[dict | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    meetings: Mapped[list[ScheduledMeeting]] = relationship(
        back_populates="run", cascade="all, delete-orphan", lazy="selectin",
        order_by="[ScheduledMeeting.slot, ScheduledMeeting.table_no]",
    )


class ScheduledMeeting(Base):
    """A meeting placed in a slot at a table. Participant and slot keys are the caller's."""

    __tablename__ = "match_scheduled_meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(
        ForeignKey("match_schedule_run.id", ondelete="CASCADE"), index=True
    )
    request: Mapped[str] = mapped_column(String(64))
    a: Mapped[str] = mapped_column(String(64), index=True)
    b: Mapped[str] = mapped_column(String(64), index=True)
    slot: Mapped[str] = mapped_column(String(64))
    table_no: Mapped[int] = mapped_column(Integer)
    interpreter: Mapped[str | None] = mapped_column(String(64))  # the caller's interpreter key
    weight: Mapped[float] = mapped_column(Float)
    origin: Mapped[str] = mapped_column(String(16))  # MeetingOrigin

    run: Mapped[ScheduleRun] = relationship(back_populates="meetings")
