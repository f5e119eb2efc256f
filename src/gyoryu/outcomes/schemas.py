"""The JSON shapes of outcomes at the edges (API and `--json`), as the scripts' contract says:

- an outcome: `{"id", "organizations": [key, ...], "stage", "status", "program",
  "history": [{"stage", "date", "amount", "currency", "note", "reason", "retracted",
  "evidence": [{"kind", "ref", "start", "end"}]}]}`
- a suggestion: `{"id", "organizations": [key, ...], "stage", "kind", "status",
  "article": {"id", "url"}, "evidence": {"start", "end", "text"}}`
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from gyoryu.directory.models import Organization
from gyoryu.fields import Amount, Line, RowId, Text
from gyoryu.outcomes.enums import OutcomeStatus
from gyoryu.outcomes.models import Outcome, OutcomeStep, Suggestion


def money(value: Decimal | None) -> int | float | None:
    """An amount for JSON: a whole number stays whole (5000000, not 5000000.00)."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def org_ref(org: Organization) -> str:
    return org.key or str(org.id)


class EvidenceOut(BaseModel):
    kind: str = Field(examples=["meeting"])  # meeting, article or document
    ref: int | None  # the meeting's, article's or document's id
    start: int | None  # the evidence's span in an article
    end: int | None


class StepOut(BaseModel):
    id: int
    stage: str = Field(examples=["mou"])
    date: str = Field(examples=["2026-05-13"])
    amount: int | float | None
    currency: str | None
    note: str
    reason: str
    via: str = Field(examples=["api"])
    recorded_by: int | None
    program: int | None
    retracted: bool
    evidence: list[EvidenceOut]


class OutcomeOut(BaseModel):
    """A relation between organisations and the steps it went through (never overwritten)."""

    id: int
    organizations: list[str] = Field(examples=[["hancom", "4paradigm"]])
    stage: str  # the strongest stage, or dropped
    strongest: str
    status: str
    program: str | int | None  # the program's key (its id when it has none)
    last_date: str
    history: list[StepOut]


class ArticleRefOut(BaseModel):
    id: int
    url: str | None = Field(examples=["https://news.example/ai-mou"])
    title: str | None
    page: str = Field(examples=["/news/12"])  # the article's page on this site


class SpanOut(BaseModel):
    start: int  # the sentence's span in the article's text
    end: int
    text: str = Field(examples=["한컴은 포패러다임과 AI 문서 협력 MOU를 체결했다."])


class SuggestionOut(BaseModel):
    """A step proposed from the news for a relation, waiting for (or after) a reviewer's decision."""

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "id": 3, "organizations": ["hancom", "4paradigm"], "stage": "mou", "kind": "step",
        "status": "open", "date": "2026-05-20",
        "article": {"id": 12, "url": "https://news.example/ai-mou", "title": "한컴-포패러다임 MOU",
                    "page": "/news/12"},
        "evidence": {"start": 0, "end": 33, "text": "한컴은 포패러다임과 AI 문서 협력 MOU를 체결했다."},
        "step": None}]})

    id: int
    organizations: list[str]
    stage: str
    kind: str  # step, or new_relation (organisations with no history together)
    status: str  # open, accepted or rejected
    date: str | None  # the day the article gives, if any
    article: ArticleRefOut
    evidence: SpanOut
    step: int | None  # the step an accepted suggestion recorded


class FollowUpRoundOut(BaseModel):
    id: int
    days: int = Field(examples=[90])  # asked this many days after the meeting
    due: str = Field(examples=["2026-08-11"])


class MeetingHeldOut(BaseModel):
    """A meeting recorded as held, with the follow-up rounds it scheduled."""

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "id": 5, "program": 1, "date": "2026-05-13", "participants": [11, 14],
        "follow_ups": [{"id": 7, "days": 30, "due": "2026-06-12"},
                       {"id": 8, "days": 90, "due": "2026-08-11"}]}]})

    id: int
    program: int
    date: str
    participants: list[int | None]  # the participant of each organisation (None when none took part)
    follow_ups: list[FollowUpRoundOut]


class AnswerOut(BaseModel):
    """A participant's answer to a follow-up round: the stage the relation reached, or `none`."""

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "id": 2, "follow_up": 7, "meeting": 5, "days": 30, "participant": 11, "answer": "follow_up",
        "note": "샘플 발송 완료", "answered_at": "2026-06-12T09:30:00+00:00", "step": 21,
        "status": "answered"}]})

    id: int
    follow_up: int
    meeting: int
    days: int
    participant: int
    answer: str
    note: str
    answered_at: str
    step: int | None  # the step the answer recorded, if it moved the relation
    status: str  # the round's: open, answered, conflict or settled


class MyFollowUpOut(BaseModel):
    """A question due to the signed-in participant, with their answer once given."""

    follow_up: int
    meeting: int
    days: int
    due: str = Field(examples=["2026-06-12"])
    participant: int
    answer: AnswerOut | None


class FunnelStepOut(BaseModel):
    step: str = Field(examples=["mou"])
    count: int  # meetings held for `contact`; else relations that reached the step
    relations: int
    amounts: dict[str, int | float] = Field(examples=[{"USD": 5000000}])  # per currency


class FollowUpCountsOut(BaseModel):
    rounds: int
    answers: int
    conflicts: int
    unanswered: int


class ProgramReportOut(BaseModel):
    """A program's results: the funnel from meetings to investments, amounts per currency (as
    recorded, never converted) and how the follow-up questions were answered."""

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "program": "api-property-summit", "title": {"ko": "한중 AI 서밋", "en": "Korea-China AI Summit"},
        "meetings": 12, "relations": 9, "dropped": 1,
        "funnel": [{"step": "contact", "count": 12, "relations": 9, "amounts": {}},
                   {"step": "mou", "count": 3, "relations": 3, "amounts": {}},
                   {"step": "contract", "count": 1, "relations": 1, "amounts": {"USD": 5000000}}],
        "amounts": {"USD": 5000000},
        "follow_ups": {"rounds": 24, "answers": 15, "conflicts": 1, "unanswered": 8}}]})

    program: str | int  # the program's key (its id when it has none)
    title: dict[str, str]
    meetings: int
    relations: int
    dropped: int
    funnel: list[FunnelStepOut]
    amounts: dict[str, int | float]
    follow_ups: FollowUpCountsOut


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

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"organizations": ["hancom", "4paradigm"], "stage": "mou", "date": "2026-05-13",
         "note": "한컴-제4범식 AI 문서 협력 MOU 체결", "program": "api-property-summit"},
        {"organizations": ["aeirobot", "xiaomi"], "stage": "contract", "date": "2026-06-20",
         "amount": "5,000,000", "currency": "USD", "note": "小米采购扫地机器人模组"},
        {"organizations": ["nhn", "baidu"], "stage": "contact", "note": "Met at the summit"}]})

    organizations: Annotated[list[Line[200]], Field(min_length=2, max_length=20)]
    stage: Line[32]
    date: Line[10] | None = None
    amount: Line[40] | Annotated[float, Field(ge=0, lt=1e15)] | None = None
    currency: Line[16] | None = None
    note: Text[5000] = ""
    reason: Text[5000] = ""
    program: Line[200] | None = None
    meeting: RowId | None = None
    article: RowId | None = None
    start: Amount | None = None
    end: Amount | None = None
    document: RowId | None = None


class MeetingIn(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"organizations": ["hancom", "4paradigm"], "date": "2026-05-13",
         "note": "B2B 미팅: 문서 AI 현지화"},
        {"organizations": ["aeirobot", "xiaomi"], "date": "2026-05-13", "note": "样品测试讨论"}]})

    organizations: Annotated[list[Line[200]], Field(min_length=2, max_length=2)]
    date: Line[10]
    note: Text[5000] = ""


class AnswerIn(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"stage": "follow_up", "note": "샘플 발송 완료"}, {"stage": "none", "note": "暂无进展"},
        {"stage": "mou", "note": "MOU signed in June"}]})

    stage: Line[32]
    note: Text[5000] = ""


class DecisionIn(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"stage": "mou"}, {}]})

    stage: Line[32] | None = None


def answer_json(row) -> dict:
    fu = row.follow_up
    return {"id": row.id, "follow_up": fu.id, "meeting": fu.meeting_id, "days": fu.days,
            "participant": row.participant_id, "answer": row.answer, "note": row.note,
            "answered_at": row.answered_at.isoformat(), "step": row.step_id, "status": fu.status}
