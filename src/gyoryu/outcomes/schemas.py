"""The JSON shapes of outcomes at the edges (API and `--json`), as the scripts' contract says:

- an outcome: `{"id", "organizations": [key, ...], "stage", "status", "program",
  "history": [{"stage", "date", "amount", "currency", "note", "reason", "retracted",
  "evidence": [{"kind", "ref", "start", "end"}]}]}`
- a suggestion: `{"id", "organizations": [key, ...], "stage", "kind", "status",
  "article": {"id", "url"}, "evidence": {"start", "end", "text"}}`
"""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from gyoryu.directory.models import Organization
from gyoryu.outcomes.enums import OutcomeStatus
from gyoryu.outcomes.models import Outcome, OutcomeStep, Suggestion


def money(value: Decimal | None) -> int | float | None:
    """An amount for JSON: a whole number stays whole (5000000, not 5000000.00)."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def org_ref(org: Organization) -> str:
    return org.key or str(org.id)


def step_json(step: OutcomeStep) -> dict:
    return {
        "id": step.id, "stage": step.stage, "date": step.happened_on.isoformat(),
        "amount": money(step.amount), "currency": step.currency, "note": step.note,
        "reason": step.reason, "via": step.recorded_via, "recorded_by": step.recorded_by,
        "program": step.program_id, "retracted": step.retracted_at is not None,
        "evidence": [{"kind": e.kind, "ref": e.ref, "start": e.start, "end": e.end}
                     for e in step.evidence],
    }


def outcome_json(outcome: Outcome) -> dict:
    return {
        "id": outcome.id,
        "organizations": [org_ref(p.organization) for p in outcome.parties],
        "stage": OutcomeStatus.dropped if outcome.status == OutcomeStatus.dropped else outcome.stage,
        "strongest": outcome.stage, "status": outcome.status,
        "program": outcome.program.key if outcome.program and outcome.program.key else outcome.program_id,
        "last_date": outcome.last_on.isoformat(),
        "history": [step_json(s) for s in outcome.steps],
    }


def suggestion_json(db: Session, found: Suggestion) -> dict:
    orgs = [db.get(Organization, i) for i in found.org_ids]
    return {
        "id": found.id, "organizations": [org_ref(o) for o in orgs if o is not None],
        "stage": found.stage, "kind": found.kind, "status": found.status,
        "date": found.happened_on.isoformat() if found.happened_on else None,
        "article": {"id": found.article_id, "url": found.article.source, "title": found.article.title,
                    "page": f"/news/{found.article_id}"},
        "evidence": {"start": found.start, "end": found.end, "text": found.text},
        "step": found.step_id,
    }


class StepIn(BaseModel):
    """A step sent to the API: organisations by key (or id), the stage, and its evidence."""

    organizations: list[str] = Field(min_length=2)
    stage: str
    date: str | None = None
    amount: str | float | int | None = None
    currency: str | None = None
    note: str = Field("", max_length=5000)
    reason: str = Field("", max_length=5000)
    program: str | None = None
    meeting: int | None = None
    article: int | None = None
    start: int | None = None
    end: int | None = None
    document: int | None = None


class MeetingIn(BaseModel):
    organizations: list[str] = Field(min_length=2, max_length=2)
    date: str
    note: str = Field("", max_length=5000)


class AnswerIn(BaseModel):
    stage: str
    note: str = Field("", max_length=5000)


class DecisionIn(BaseModel):
    stage: str | None = None


def answer_json(row) -> dict:
    fu = row.follow_up
    return {"id": row.id, "follow_up": fu.id, "meeting": fu.meeting_id, "days": fu.days,
            "participant": row.participant_id, "answer": row.answer, "note": row.note,
            "answered_at": row.answered_at.isoformat(), "step": row.step_id, "status": fu.status}
