"""The trends' fact table: one row per news event and per thing the event is about, each carrying
the event's month, type and country pair, so that every trend is a GROUP BY over one index.

Why a summary table and not the events themselves: a trend by month, type and country pair over
`intel_event` needs the article (the month when the event has no date), every party, and each
party's organisation or place (the countries) — four joins and a per-event rule, evaluated for
every event on every request. At 10⁶ events that is seconds. Here the rule runs once, when the
event is stored or one of its inputs changes, and a trend reads one covering index
(`ix_research_fact_cube`: kind, value, month, type, country_pair, article_id) without touching the
table — an index-only scan on PostgreSQL, a covering-index scan on SQLite.

Rows (`kind`, `value`):
- `event`, "" — exactly one per event: the base of every trend with no sector, cluster or
  organisation in it;
- `org`, the organisation id — one per distinct organisation among the event's linked parties;
- `sector`, the sector key — one per distinct sector of those organisations;
- `cluster`, the cluster's place key — one per distinct cluster they belong to.
(event_id, kind, value) is unique, so a count of rows is a count of events.

Kept fresh by `research.journal` (a flush listener writing `research_stale`) and by the
`article_saved` hook (articles written in bulk, which no flush listener sees); readers bring the
stale rows up to date first (`facts.refresh`).
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from gyoryu.db import Base


class Fact(Base):
    __tablename__ = "research_fact"
    __table_args__ = (
        UniqueConstraint("event_id", "kind", "value"),
        Index("ix_research_fact_cube", "kind", "value", "month", "type", "country_pair", "article_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("intel_event.id", ondelete="CASCADE"))
    article_id: Mapped[int] = mapped_column(ForeignKey("intel_article.id", ondelete="CASCADE"),
                                            index=True)
    kind: Mapped[str] = mapped_column(String(8))  # FactKind
    value: Mapped[str] = mapped_column(String(96), default="")
    month: Mapped[str | None] = mapped_column(String(7))  # "2026-07"; None when nothing dates it
    type: Mapped[str] = mapped_column(String(16))  # the event's EventType
    country_pair: Mapped[str | None] = mapped_column(String(8))  # "KR→CN", "KR", None


class MonthCount(Base):
    """How many events each cell of `research_fact` holds — (kind, value, month, type,
    country_pair) → events — so that a trend without article ids sums a few thousand rows
    instead of counting millions of facts. Kept by triggers on `research_fact` (`counts.py`),
    so it follows every fact written or deleted, a database cascade included. A missing month or
    country pair is "" here: key columns cannot be NULL."""

    __tablename__ = "research_month_count"
    __table_args__ = {"sqlite_with_rowid": False}  # the key is the table: reads are range scans

    kind: Mapped[str] = mapped_column(String(8), primary_key=True)
    value: Mapped[str] = mapped_column(String(96), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    type: Mapped[str] = mapped_column(String(16), primary_key=True)
    country_pair: Mapped[str] = mapped_column(String(8), primary_key=True)
    events: Mapped[int] = mapped_column(Integer)


class Stale(Base):
    """Journal: an event, an article or an organisation whose facts must be recomputed."""

    __tablename__ = "research_stale"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(8))  # event | article | org
    ref: Mapped[int] = mapped_column(Integer)


class FactState(Base):
    """The one row a reader locks while it refreshes, so two readers never refresh at once."""

    __tablename__ = "research_fact_state"

    id: Mapped[int] = mapped_column(primary_key=True)


from gyoryu.research import journal as _journal  # noqa: E402,F401  (registers the flush listener)
