"""Outcome tables: what a meeting led to, step by step, each step with its evidence.

How to read them (for the graph, the fund and any report):

- An `Outcome` is one relation between a set of two or more organisations (`OutcomeParty`
  rows; `org_set` is their sorted ids, "12,345", unique: one relation per set).
- Its history is `OutcomeStep` rows, never overwritten: a wrong step is retracted
  (`retracted_at` set, the row kept), never deleted or edited.
- `Outcome.stage` is the **strongest stage reached** by its unretracted steps (ranked by
  `enums.RANK`; `dropped` is never the strongest stage), kept in step by the service after every
  change; `Outcome.status` says whether the relation is active or was dropped (its last step).
- The strongest stage an organisation reached with each partner:
  `outcomes.service.strongest_stages(db=db, organization_id=X)` →
  `{partner_org_id: "mou", ...}` (over every relation the two share, including relations of
  three or more organisations; read-only, one query). Use it rather than re-deriving from steps.
- A held meeting is an `OutcomeMeeting` (two organisations, and the participants who met when
  known); recording one adds the `contact` step and the follow-up rounds (`FollowUp`) that ask
  both participants, on their private page, what the meeting led to (`FollowUpAnswer`).
- News proposals are `Suggestion` rows (one per event and organisation pair).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gyoryu.db import Base, Timestamped, utcnow
from gyoryu.directory.models import Organization
from gyoryu.intel.models import Article
from gyoryu.outcomes.enums import FollowUpStatus, OutcomeStatus, SuggestionStatus
from gyoryu.programs.models import Participant, Program


class Outcome(Timestamped, Base):
    __tablename__ = "outcome"

    id: Mapped[int] = mapped_column(primary_key=True)
    org_set: Mapped[str] = mapped_column(String(200), unique=True)  # sorted organisation ids
    program_id: Mapped[int | None] = mapped_column(  # the program the relation came from
        ForeignKey("program.id", ondelete="SET NULL"), index=True)
    stage: Mapped[str] = mapped_column(String(16), index=True)  # strongest stage reached
    status: Mapped[str] = mapped_column(String(16), default=OutcomeStatus.active)
    last_on: Mapped[date] = mapped_column(Date)  # the date of the latest step

    program: Mapped[Program | None] = relationship()
    parties: Mapped[list[OutcomeParty]] = relationship(
        back_populates="outcome", cascade="all, delete-orphan", lazy="selectin",
        order_by="OutcomeParty.id")
    steps: Mapped[list[OutcomeStep]] = relationship(
        back_populates="outcome", cascade="all, delete-orphan", lazy="selectin",
        order_by="[OutcomeStep.happened_on, OutcomeStep.id]")

    @property
    def organizations(self) -> list[Organization]:
        return [p.organization for p in self.parties]


class OutcomeParty(Base):
    __tablename__ = "outcome_party"
    __table_args__ = (UniqueConstraint("outcome_id", "organization_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    outcome_id: Mapped[int] = mapped_column(ForeignKey("outcome.id", ondelete="CASCADE"),
                                            index=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True)

    outcome: Mapped[Outcome] = relationship(back_populates="parties")
    organization: Mapped[Organization] = relationship(lazy="joined")


class OutcomeStep(Base):
    """One stage change: its date, who recorded it and through which door, an amount in its own
    currency (ISO 4217, never converted), a note, and its evidence rows."""

    __tablename__ = "outcome_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    outcome_id: Mapped[int] = mapped_column(ForeignKey("outcome.id", ondelete="CASCADE"),
                                            index=True)
    stage: Mapped[str] = mapped_column(String(16))
    happened_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal | None] = mapped_column(Numeric(20, 2))
    currency: Mapped[str | None] = mapped_column(String(3))
    note: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")  # why it was dropped
    program_id: Mapped[int | None] = mapped_column(
        ForeignKey("program.id", ondelete="SET NULL"), index=True)
    recorded_by: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL"))
    recorded_via: Mapped[str] = mapped_column(String(16))
    retracted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    retracted_by: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL"))
    retract_note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    outcome: Mapped[Outcome] = relationship(back_populates="steps")
    evidence: Mapped[list[Evidence]] = relationship(
        back_populates="step", cascade="all, delete-orphan", lazy="selectin",
        order_by="Evidence.id")


class Evidence(Base):
    """Why a step is believed: the meeting it came from, an article (with the character offsets
    of the sentence), an uploaded document, or a participant's follow-up answer."""

    __tablename__ = "outcome_evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    step_id: Mapped[int] = mapped_column(ForeignKey("outcome_step.id", ondelete="CASCADE"),
                                         index=True)
    kind: Mapped[str] = mapped_column(String(16))  # EvidenceKind
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("outcome_meeting.id", ondelete="SET NULL"), index=True)
    article_id: Mapped[int | None] = mapped_column(
        ForeignKey("intel_article.id", ondelete="SET NULL"), index=True)
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("outcome_document.id", ondelete="SET NULL"))
    answer_id: Mapped[int | None] = mapped_column(
        ForeignKey("outcome_answer.id", ondelete="SET NULL"), index=True)

    step: Mapped[OutcomeStep] = relationship(back_populates="evidence")
    meeting: Mapped[OutcomeMeeting | None] = relationship()

    @property
    def ref(self) -> int | None:
        return {"meeting": self.meeting_id, "article": self.article_id,
                "document": self.document_id, "answer": self.answer_id}.get(self.kind)


class Document(Base):
    """An uploaded document, kept only after its size and type were checked."""

    __tablename__ = "outcome_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    uploaded_by: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class OutcomeMeeting(Base):
    """A meeting that was held between two organisations (at a program, when it was one)."""

    __tablename__ = "outcome_meeting"
    __table_args__ = (UniqueConstraint("program_id", "source", "source_ref"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int | None] = mapped_column(
        ForeignKey("program.id", ondelete="SET NULL"), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    org_a_id: Mapped[int] = mapped_column(ForeignKey("organization.id", ondelete="CASCADE"),
                                          index=True)
    org_b_id: Mapped[int] = mapped_column(ForeignKey("organization.id", ondelete="CASCADE"),
                                          index=True)
    participant_a_id: Mapped[int | None] = mapped_column(
        ForeignKey("program_participant.id", ondelete="SET NULL"), index=True)
    participant_b_id: Mapped[int | None] = mapped_column(
        ForeignKey("program_participant.id", ondelete="SET NULL"), index=True)
    source: Mapped[str] = mapped_column(String(16))  # MeetingSource
    source_ref: Mapped[str | None] = mapped_column(String(64))  # the scheduled meeting, the visit
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    program: Mapped[Program | None] = relationship()
    org_a: Mapped[Organization] = relationship(foreign_keys=[org_a_id], lazy="joined")
    participant_a: Mapped[Participant | None] = relationship(foreign_keys=[participant_a_id])
    participant_b: Mapped[Participant | None] = relationship(foreign_keys=[participant_b_id])
    org_b: Mapped[Organization] = relationship(foreign_keys=[org_b_id], lazy="joined")
    follow_ups: Mapped[list[FollowUp]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", lazy="selectin",
        order_by="FollowUp.days")


class FollowUpPlan(Base):
    """When a program's held meetings are followed up: days after the meeting (7, 90, 180)."""

    __tablename__ = "outcome_follow_up_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"),
                                            unique=True)
    days: Mapped[list] = mapped_column(JSON)


class FollowUp(Base):
    """One round of "did this lead to anything?" about one held meeting, due on a day."""

    __tablename__ = "outcome_follow_up"
    __table_args__ = (UniqueConstraint("meeting_id", "days"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("outcome_meeting.id", ondelete="CASCADE"),
                                            index=True)
    days: Mapped[int] = mapped_column(Integer)
    due_on: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(16), default=FollowUpStatus.open)
    decided_answer: Mapped[str | None] = mapped_column(String(16))
    decided_by: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL"))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    meeting: Mapped[OutcomeMeeting] = relationship(back_populates="follow_ups")
    answers: Mapped[list[FollowUpAnswer]] = relationship(
        back_populates="follow_up", cascade="all, delete-orphan", lazy="selectin",
        order_by="FollowUpAnswer.id")


class FollowUpAnswer(Base):
    """A participant's answer to one round: a stage (or "nothing yet"); one per participant."""

    __tablename__ = "outcome_answer"
    __table_args__ = (UniqueConstraint("follow_up_id", "participant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    follow_up_id: Mapped[int] = mapped_column(
        ForeignKey("outcome_follow_up.id", ondelete="CASCADE"), index=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("program_participant.id", ondelete="CASCADE"), index=True)
    answer: Mapped[str] = mapped_column(String(16))  # a Stage or NOTHING_YET
    note: Mapped[str] = mapped_column(Text, default="")
    answered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    step_id: Mapped[int | None] = mapped_column(
        ForeignKey("outcome_step.id", ondelete="SET NULL"))  # the step it added or confirmed

    follow_up: Mapped[FollowUp] = relationship(back_populates="answers")
    participant: Mapped[Participant] = relationship()


class Suggestion(Base):
    """A step proposed from a news event between organisations, waiting for a reviewer."""

    __tablename__ = "outcome_suggestion"
    __table_args__ = (UniqueConstraint("event_id", "org_set"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("intel_article.id", ondelete="CASCADE"),
                                            index=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("intel_event.id", ondelete="CASCADE"),
                                          index=True)
    org_set: Mapped[str] = mapped_column(String(200))
    org_ids: Mapped[list] = mapped_column(JSON)
    kind: Mapped[str] = mapped_column(String(16), index=True)  # SuggestionKind
    stage: Mapped[str] = mapped_column(String(16))
    happened_on: Mapped[date | None] = mapped_column(Date)
    start: Mapped[int] = mapped_column(Integer)  # the sentence in the article
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default=SuggestionStatus.open, index=True)
    decided_by: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL"))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    step_id: Mapped[int | None] = mapped_column(ForeignKey("outcome_step.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    article: Mapped[Article] = relationship()
