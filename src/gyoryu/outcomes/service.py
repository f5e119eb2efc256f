"""Outcome actions: add a step to a relation between organisations (with its evidence), retract
a wrong one, and read relations back — by organisation, by program, and the strongest stage an
organisation reached with each partner.

A relation is found by its set of organisations, so the page, the API, the CLI, a participant's
answer and a news article all grow the same history. Services add and flush; the caller owns
the transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from babel.numbers import list_currencies
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from gyoryu.db import utcnow
from gyoryu.directory.models import Organization
from gyoryu.errors import InvalidValue, NotFound
from gyoryu.outcomes.enums import RANK, EvidenceKind, OutcomeStatus, Stage, Via
from gyoryu.outcomes.models import (
    Document,
    Evidence,
    Outcome,
    OutcomeMeeting,
    OutcomeParty,
    OutcomeStep,
)

CURRENCIES = frozenset(list_currencies())


@dataclass(frozen=True)
class Proof:
    """A piece of evidence for a step, by reference: `Proof("article", 12, start=40, end=95)`."""

    kind: str
    ref: int
    start: int | None = None
    end: int | None = None


# -- parsing what people type ----------------------------------------------------------------
def parse_stage(value: str) -> Stage:
    try:
        return Stage((value or "").strip().lower().replace("-", "_"))
    except ValueError:
        raise InvalidValue("E802", value=value, allowed=", ".join(Stage)) from None


def parse_date(value: str | date) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat((value or "").strip())
    except ValueError:
        raise InvalidValue("E815", value=value) from None


def parse_money(amount, currency) -> tuple[Decimal | None, str | None]:
    """An amount and its currency, both or neither; the amount is kept as given (no conversion)."""
    text = "" if amount is None else str(amount).strip().replace(",", "").replace("_", "")
    code = (currency or "").strip().upper()
    if not text and not code:
        return None, None
    if not text or not code:
        raise InvalidValue("E804")
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise InvalidValue("E805", value=amount) from None
    if not value.is_finite() or value < 0 or value >= Decimal(10) ** 18:
        raise InvalidValue("E805", value=amount)
    if code not in CURRENCIES:
        raise InvalidValue("E803", value=currency)
    return value.quantize(Decimal("0.01")), code


def org_set(org_ids) -> str:
    return ",".join(str(i) for i in sorted(set(org_ids)))


# -- relations -------------------------------------------------------------------------------
def get_outcome(*, db: Session, outcome_id: int) -> Outcome:
    outcome = db.get(Outcome, outcome_id)
    if outcome is None:
        raise NotFound("E808", id=outcome_id)
    return outcome


def relation(*, db: Session, org_ids, on: date, program_id: int | None = None,
             create: bool = True) -> Outcome | None:
    """The relation between exactly these organisations (created at `contact` if asked)."""
    ids = sorted(set(int(i) for i in org_ids))
    if len(ids) < 2:
        raise InvalidValue("E801")
    found = db.scalar(select(Outcome).where(Outcome.org_set == org_set(ids)))
    if found is not None or not create:
        return found
    known = set(db.scalars(select(Organization.id).where(Organization.id.in_(ids))))
    if missing := [i for i in ids if i not in known]:
        raise NotFound("E201", id=missing[0])
    outcome = Outcome(org_set=org_set(ids), program_id=program_id, stage=Stage.contact,
                      status=OutcomeStatus.active, last_on=on,
                      parties=[OutcomeParty(organization_id=i) for i in ids])
    db.add(outcome)
    db.flush()
    return outcome


def _evidence(db: Session, proof: Proof) -> Evidence:
    from gyoryu.intel.models import Article
    from gyoryu.outcomes.models import FollowUpAnswer

    kind = EvidenceKind(proof.kind)
    if kind == EvidenceKind.meeting:
        if db.get(OutcomeMeeting, proof.ref) is None:
            raise NotFound("E807", id=proof.ref)
        return Evidence(kind=kind, meeting_id=proof.ref)
    if kind == EvidenceKind.article:
        article = db.get(Article, proof.ref)
        if article is None:
            raise NotFound("E405", id=proof.ref)
        start, end = proof.start, proof.end
        if start is None and end is None:
            return Evidence(kind=kind, article_id=article.id)
        if start is None or end is None or not 0 <= start < end <= len(article.text):
            raise InvalidValue("E809", start=start, end=end, id=article.id,
                               length=len(article.text))
        return Evidence(kind=kind, article_id=article.id, start=start, end=end)
    if kind == EvidenceKind.document:
        if db.get(Document, proof.ref) is None:
            raise NotFound("E814", id=proof.ref)
        return Evidence(kind=kind, document_id=proof.ref)
    if db.get(FollowUpAnswer, proof.ref) is None:
        raise NotFound("E817", id=proof.ref)
    return Evidence(kind=kind, answer_id=proof.ref)


def add_step(*, db: Session, org_ids, stage: str, on: str | date, amount=None,
             currency: str | None = None, note: str = "", reason: str = "",
             program_id: int | None = None, evidence: list[Proof] = (),
             recorded_by: int | None = None, via: str = Via.web) -> OutcomeStep:
    """Record that the relation between `org_ids` reached `stage` on `on`: a new history row
    (never an overwrite), created with the relation if it is the first. A meeting given as
    evidence names the program the step belongs to when none is given."""
    stage, on = parse_stage(stage), parse_date(on)
    amount, currency = parse_money(amount, currency)
    if stage == Stage.dropped and not (reason or "").strip():
        raise InvalidValue("E806")
    rows = [_evidence(db, p) for p in evidence]
    if program_id is None:
        meetings = [db.get(OutcomeMeeting, r.meeting_id) for r in rows if r.meeting_id]
        program_id = next((m.program_id for m in meetings if m.program_id), None)
    outcome = relation(db=db, org_ids=org_ids, on=on, program_id=program_id)
    if outcome.program_id is None and program_id is not None:
        outcome.program_id = program_id
    step = OutcomeStep(stage=stage, happened_on=on, amount=amount, currency=currency,
                       note=(note or "").strip(), reason=(reason or "").strip(),
                       program_id=program_id or outcome.program_id, recorded_by=recorded_by,
                       recorded_via=via, evidence=rows)
    outcome.steps.append(step)
    db.flush()
    refresh(outcome)
    db.flush()
    return step


def attach(*, db: Session, step: OutcomeStep, evidence: list[Proof]) -> OutcomeStep:
    """More evidence for a step already recorded (a second participant confirming it)."""
    for proof in evidence:
        step.evidence.append(_evidence(db, proof))
    db.flush()
    return step


def retract(*, db: Session, step: OutcomeStep, by: int | None, note: str = "") -> OutcomeStep:
    """Mark a step as wrong; the row stays in the history, the relation's stage is recomputed."""
    if step.retracted_at is None:
        step.retracted_at, step.retracted_by, step.retract_note = utcnow(), by, note.strip()
        db.flush()
        refresh(step.outcome)
        db.flush()
    return step


def refresh(outcome: Outcome) -> None:
    """The relation's strongest stage, status and last date, from its unretracted steps."""
    live = [s for s in outcome.steps if s.retracted_at is None]
    ranked = [s for s in live if s.stage != Stage.dropped]
    if ranked:
        best = max(ranked, key=lambda s: (RANK[s.stage], s.happened_on, s.id or 0))
        outcome.stage = best.stage
    else:
        outcome.stage = Stage.contact
    latest = max(live, key=lambda s: (s.happened_on, s.id or 0), default=None)
    outcome.status = (OutcomeStatus.dropped if latest is not None and latest.stage == Stage.dropped
                      else OutcomeStatus.active)
    if latest is not None:
        outcome.last_on = latest.happened_on


# -- reading ---------------------------------------------------------------------------------
def outcomes(*, db: Session, org_id: int | None = None, program_id: int | None = None,
             org_ids: set[int] | None = None, limit: int | None = None) -> list[Outcome]:
    """Relations, newest step first: of one organisation, of one program (begun there or with a
    step there), or touching any of `org_ids` (a member's organisation)."""
    stmt = select(Outcome).order_by(Outcome.last_on.desc(), Outcome.id.desc())
    if org_id is not None:
        stmt = stmt.where(Outcome.id.in_(select(OutcomeParty.outcome_id).where(
            OutcomeParty.organization_id == org_id)))
    if org_ids is not None:
        stmt = stmt.where(Outcome.id.in_(select(OutcomeParty.outcome_id).where(
            OutcomeParty.organization_id.in_(org_ids))))
    if program_id is not None:
        stmt = stmt.where(or_(Outcome.program_id == program_id, Outcome.id.in_(
            select(OutcomeStep.outcome_id).where(OutcomeStep.program_id == program_id))))
    if limit:
        stmt = stmt.limit(limit)
    return list(db.scalars(stmt))


def strongest_stages(*, db: Session, organization_id: int) -> dict[int, str]:
    """The strongest stage `organization_id` reached with each partner, over every relation
    they share: {partner_id: stage}. Dropped relations keep the stage they reached."""
    mine = select(OutcomeParty.outcome_id).where(OutcomeParty.organization_id == organization_id)
    rows = db.execute(select(OutcomeParty.organization_id, Outcome.stage)
                      .join(Outcome, Outcome.id == OutcomeParty.outcome_id)
                      .where(OutcomeParty.outcome_id.in_(mine),
                             OutcomeParty.organization_id != organization_id))
    best: dict[int, str] = {}
    for partner, stage in rows:
        if partner not in best or RANK[stage] > RANK[best[partner]]:
            best[partner] = stage
    return best
