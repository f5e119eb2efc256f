"""Deal actions: one function per business action for the page, the API and the CLI alike.

Every function takes the acting user and refuses anyone outside the fund (`rules.guard`) before
reading a row. Services add and flush; the caller owns the transaction."""

from __future__ import annotations

from collections import Counter, defaultdict
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from gyoryu.directory.models import Organization
from gyoryu.directory.service import org_by_ref
from gyoryu.errors import GyoryuError, InvalidValue, NotFound, PerLanguage
from gyoryu.fund.enums import CLOSED, LABELS, PIPELINE, DealSource, DealStage
from gyoryu.fund.models import Deal, DealStageChange
from gyoryu.fund.rules import guard
from gyoryu.fund.schemas import DealIn
from gyoryu.i18n import LOCALES, P_


def _names(org: Organization) -> PerLanguage:
    return PerLanguage({lang: org.display_name(lang) for lang in LOCALES})


def check_source(*, db: Session, source: str, ref: str) -> str:
    """The deal's source reference, checked against what it names: a program (key or id), a
    held meeting (its id in a solved schedule), an article (id), or whoever referred it."""
    from gyoryu.intel.models import Article
    from gyoryu.matching.models import ScheduledMeeting
    from gyoryu.programs.models import Program

    label = LABELS["deal source"][source]
    if source == DealSource.referral:
        if not ref:
            raise InvalidValue("E906")
        return ref[:200]
    if source == DealSource.program:
        program = db.scalar(select(Program).where(Program.key == ref)) if ref else None
        if program is None and ref.isdigit():
            program = db.get(Program, int(ref))
        if program is None:
            raise InvalidValue("E905", source=label, value=ref)
        return program.key or str(program.id)
    model = Article if source == DealSource.news else ScheduledMeeting
    if not ref.isdigit() or db.get(model, int(ref)) is None:
        raise InvalidValue("E905", source=label, value=ref)
    return ref


def open_deal_of(*, db: Session, org_id: int) -> Deal | None:
    return db.scalar(select(Deal).where(Deal.organization_id == org_id,
                                        Deal.stage != DealStage.passed).limit(1))


def create_deal(*, db: Session, actor, data: DealIn) -> Deal:
    """A new deal at `sourced`, its first history row, and its source checked."""
    guard(actor)
    org = org_by_ref(db=db, ref=data.organization)
    if (existing := open_deal_of(db=db, org_id=org.id)) is not None:
        raise GyoryuError("E915", org=_names(org), id=existing.id)
    deal = Deal(organization=org, round=data.round, amount=data.amount, currency=data.currency,
                source=data.source, source_ref=check_source(db=db, source=data.source, ref=data.source_ref),
                memo=dict(data.memo), created_by=getattr(actor, "id", None), stage=DealStage.sourced)
    deal.history.append(DealStageChange(from_stage=None, to_stage=DealStage.sourced,
                                        user_id=getattr(actor, "id", None)))
    db.add(deal)
    db.flush()
    return deal


def get_deal(*, db: Session, actor, deal_id: int) -> Deal:
    guard(actor)
    deal = db.get(Deal, deal_id)
    if deal is None:
        raise NotFound("E901", id=deal_id)
    return deal


def list_deals(*, db: Session, actor, stage: str | None = None) -> list[Deal]:
    guard(actor)
    stmt = select(Deal).order_by(Deal.id.desc())
    if stage:
        if stage not in DealStage.__members__:
            raise InvalidValue("E506", field=P_("field", "stage"), value=stage,
                               allowed=", ".join(DealStage))
        stmt = stmt.where(Deal.stage == stage)
    return list(db.scalars(stmt))


def can_move(current: str, to: str) -> bool:
    """Forward along the pipeline (skipping is allowed), or out by `passed`; a closed deal
    stays closed."""
    if current in CLOSED or to == current:
        return False
    if to == DealStage.passed:
        return True
    return PIPELINE.index(DealStage(to)) > PIPELINE.index(DealStage(current))


def move_deal(*, db: Session, actor, deal: Deal, stage: str, note: str = "") -> Deal:
    guard(actor)
    if stage not in DealStage.__members__:
        raise InvalidValue("E506", field=P_("field", "stage"), value=stage,
                           allowed=", ".join(DealStage))
    if not can_move(deal.stage, stage):
        raise GyoryuError("E907", current=LABELS["deal stage"][deal.stage],
                          to=LABELS["deal stage"][stage])
    deal.history.append(DealStageChange(from_stage=deal.stage, to_stage=stage, note=note.strip(),
                                        user_id=getattr(actor, "id", None)))
    deal.stage = stage
    db.flush()
    return deal


def set_memo(*, db: Session, actor, deal: Deal, lang: str, text: str) -> Deal:
    guard(actor)
    if lang not in LOCALES:
        raise InvalidValue("E506", field=P_("field", "language"), value=lang,
                           allowed=", ".join(LOCALES))
    memo = dict(deal.memo or {})
    if text.strip():
        memo[lang] = text.strip()
    else:
        memo.pop(lang, None)
    deal.memo = memo
    db.flush()
    return deal


def reached(deal: Deal, stage: str):
    """When the deal reached `stage` (its latest move there), or None."""
    for change in reversed(deal.history):
        if change.to_stage == stage:
            return change.at
    return None


def portfolio(*, db: Session, actor) -> dict:
    """The invested deals, the amounts invested summed per currency (never converted), and how
    many deals stand at each stage of the pipeline."""
    guard(actor)
    deals = list_deals(db=db, actor=actor)
    invested = sorted((d for d in deals if d.stage == DealStage.invested),
                      key=lambda d: reached(d, DealStage.invested) or d.created_at, reverse=True)
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for d in invested:
        if d.amount is not None and d.currency:
            totals[d.currency] += d.amount
    counts = Counter(d.stage for d in deals)
    return {"invested": invested, "totals": dict(sorted(totals.items())),
            "stages": [(s, counts.get(s, 0)) for s in DealStage]}
