"""Fund tables: deals and their stage history, the rubric's criteria, reviewers' scorecards.

Amounts keep the currency they were given in; nothing here converts between currencies."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    JSON,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gyoryu.accounts.models import User
from gyoryu.db import Base, Timestamped, utcnow
from gyoryu.directory.models import Organization
from gyoryu.fund.enums import DealStage


class Deal(Timestamped, Base):
    __tablename__ = "fund_deal"

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organization.id"), index=True)
    round: Mapped[str] = mapped_column(String(16))  # Round
    amount: Mapped[Decimal | None] = mapped_column(Numeric(18, 2))
    currency: Mapped[str | None] = mapped_column(String(3))  # ISO 4217, as given
    stage: Mapped[str] = mapped_column(String(16), default=DealStage.sourced, index=True)
    source: Mapped[str] = mapped_column(String(16))  # DealSource
    source_ref: Mapped[str] = mapped_column(String(200))  # program key, meeting id, article id, referrer
    memo: Mapped[dict] = mapped_column(JSON, default=dict)  # the investment thesis per language
    created_by: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))

    organization: Mapped[Organization] = relationship(lazy="joined")
    history: Mapped[list[DealStageChange]] = relationship(
        back_populates="deal", cascade="all, delete-orphan", lazy="selectin",
        order_by="DealStageChange.id")
    reviews: Mapped[list[Scorecard]] = relationship(
        back_populates="deal", cascade="all, delete-orphan", lazy="selectin", order_by="Scorecard.id")


class DealStageChange(Base):
    """One move of a deal: a history, never an overwrite."""

    __tablename__ = "fund_deal_stage"

    id: Mapped[int] = mapped_column(primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("fund_deal.id", ondelete="CASCADE"), index=True)
    from_stage: Mapped[str | None] = mapped_column(String(16))
    to_stage: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")

    deal: Mapped[Deal] = relationship(back_populates="history")
    user: Mapped[User | None] = relationship(lazy="joined")


class Criterion(Base):
    """One criterion of the fund's rubric with its weight; labels per language."""

    __tablename__ = "fund_criterion"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    labels: Mapped[dict] = mapped_column(JSON, default=dict)
    weight: Mapped[float] = mapped_column(Float)
    position: Mapped[int] = mapped_column(Integer, default=0)

    def label(self, lang: str) -> str:
        return self.labels.get(lang) or self.labels.get("en") or self.key


class Scorecard(Base):
    """A reviewer's scorecard of one deal: drafted, then submitted once."""

    __tablename__ = "fund_review"
    __table_args__ = (UniqueConstraint("deal_id", "reviewer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("fund_deal.id", ondelete="CASCADE"), index=True)
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"))
    comment: Mapped[str] = mapped_column(Text, default="")
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    deal: Mapped[Deal] = relationship(back_populates="reviews")
    reviewer: Mapped[User] = relationship(lazy="joined")
    scores: Mapped[list[Score]] = relationship(
        back_populates="review", cascade="all, delete-orphan", lazy="selectin")


class Score(Base):
    __tablename__ = "fund_score"
    __table_args__ = (UniqueConstraint("review_id", "criterion_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("fund_review.id", ondelete="CASCADE"), index=True)
    criterion_id: Mapped[int] = mapped_column(ForeignKey("fund_criterion.id", ondelete="CASCADE"))
    value: Mapped[int] = mapped_column(Integer)

    review: Mapped[Scorecard] = relationship(back_populates="scores")
