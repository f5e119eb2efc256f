"""News tables: articles, the mentions and events found in them, and the review queue.

Every fact keeps its article and its character offsets into `Article.text`, the text as the
file held it (for HTML: the main text extracted from the page)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, DateTime, Float, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gyoryu.db import Base, utcnow


class Article(Base):
    __tablename__ = "intel_article"

    id: Mapped[int] = mapped_column(primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[str | None] = mapped_column(String(500))
    title: Mapped[str | None] = mapped_column(String(500))
    language: Mapped[str] = mapped_column(String(8))
    published: Mapped[date | None] = mapped_column(Date, index=True)
    text: Mapped[str] = mapped_column(Text)
    pipeline: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    mentions: Mapped[list[Mention]] = relationship(
        back_populates="article", cascade="all, delete-orphan", order_by="Mention.start")
    events: Mapped[list[Event]] = relationship(
        back_populates="article", cascade="all, delete-orphan", order_by="Event.start")


class Mention(Base):
    """One stretch of an article naming an organisation, a person or a place."""

    __tablename__ = "intel_mention"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("intel_article.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # EntityKind
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(300))
    org_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    place_id: Mapped[int | None] = mapped_column(ForeignKey("place.id", ondelete="SET NULL"))
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    method: Mapped[str] = mapped_column(String(16), default="none")  # LinkMethod
    role: Mapped[str | None] = mapped_column(String(100))
    role_org_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"))
    role_org_text: Mapped[str | None] = mapped_column(String(300))

    article: Mapped[Article] = relationship(back_populates="mentions")


class Event(Base):
    __tablename__ = "intel_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("intel_article.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(16), index=True)  # EventType
    date: Mapped[str | None] = mapped_column(String(10))  # ISO, possibly partial ("2025-07")
    start: Mapped[int] = mapped_column(Integer)  # the evidence sentence
    end: Mapped[int] = mapped_column(Integer)
    place_id: Mapped[int | None] = mapped_column(ForeignKey("place.id", ondelete="SET NULL"))
    place_text: Mapped[str | None] = mapped_column(String(200))

    article: Mapped[Article] = relationship(back_populates="events")
    parties: Mapped[list[EventParty]] = relationship(
        back_populates="event", cascade="all, delete-orphan", lazy="selectin")


class EventParty(Base):
    """An actor or a target of an event, linked when the mention is."""

    __tablename__ = "intel_event_party"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(
        ForeignKey("intel_event.id", ondelete="CASCADE"), index=True)
    side: Mapped[str] = mapped_column(String(8))  # actor | target
    text: Mapped[str] = mapped_column(String(300))
    org_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    place_id: Mapped[int | None] = mapped_column(ForeignKey("place.id", ondelete="SET NULL"))
    mention_id: Mapped[int | None] = mapped_column(
        ForeignKey("intel_mention.id", ondelete="SET NULL"))

    event: Mapped[Event] = relationship(back_populates="parties")


class Review(Base):
    """An organisation mention waiting for a person: link it, create the organisation, or drop it."""

    __tablename__ = "intel_review"

    id: Mapped[int] = mapped_column(primary_key=True)
    mention_id: Mapped[int] = mapped_column(
        ForeignKey("intel_mention.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    lang: Mapped[str] = mapped_column(String(8))
    candidates: Mapped[list] = mapped_column(JSON, default=list)  # [[org_id, score], …]
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)  # ReviewStatus
    decided_org_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"))
    decided_by: Mapped[int | None] = mapped_column(Integer)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    mention: Mapped[Mention] = relationship(lazy="joined")


class Feed(Base):
    """An RSS or Atom feed whose articles are fetched on every poll."""

    __tablename__ = "intel_feed"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(1000), unique=True)
    name: Mapped[str | None] = mapped_column(String(300))  # the feed's own title, once polled
    last_polled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    entries: Mapped[list[FeedEntry]] = relationship(back_populates="feed", cascade="all, delete-orphan")


class FeedEntry(Base):
    """A page a feed listed, by its normalised address, and the article it became: its own
    (status `new`) or the one it repeats (status `duplicate`: same address, same text, or a
    near-duplicate published by another outlet)."""

    __tablename__ = "intel_feed_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("intel_feed.id", ondelete="CASCADE"), index=True)
    url: Mapped[str] = mapped_column(String(1000), unique=True)
    title: Mapped[str | None] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(16))  # new | duplicate
    article_id: Mapped[int | None] = mapped_column(
        ForeignKey("intel_article.id", ondelete="SET NULL"), index=True)
    similarity: Mapped[float | None] = mapped_column(Float)  # to the article it repeats
    signature: Mapped[bytes | None] = mapped_column(LargeBinary)  # MinHash of the text (new only)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    feed: Mapped[Feed] = relationship(back_populates="entries", lazy="joined")


class IngestLedger(Base):
    """Files a batch ingestion has written, by the hash of their bytes, committed with the batch
    itself: an interrupted run resumes where it stopped and never writes a file twice."""

    __tablename__ = "intel_ingest_ledger"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_hash: Mapped[str] = mapped_column(String(64), unique=True)
    path: Mapped[str] = mapped_column(String(1000))
    article_id: Mapped[int | None] = mapped_column(ForeignKey("intel_article.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
