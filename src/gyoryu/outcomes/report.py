"""A program's results: the funnel from meetings held to investments, amounts by currency, and
how the follow-up questions were answered — what an association sends to the province that paid
for the delegation. As data (`program_report`), a spreadsheet and a printable page.

The funnel counts relations by the strongest stage they reached: a relation that reached a
contract counts at every step up to contracts. Amounts are summed per currency as recorded
(never converted), from unretracted steps, and shown on the funnel step of their stage.
Counted in the database, so a 2,000-participant summit reads in a few queries.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from gyoryu.directory.models import NamedMixin, OrgName
from gyoryu.i18n import Translator
from gyoryu.outcomes.enums import FUNNEL, LABELS, RANK, FollowUpStatus, OutcomeStatus
from gyoryu.outcomes.models import (
    FollowUp,
    FollowUpAnswer,
    Outcome,
    OutcomeMeeting,
    OutcomeParty,
    OutcomeStep,
)
from gyoryu.outcomes.schemas import money
from gyoryu.programs.models import Program

PRINTED_FROM = "mou"  # the page and the PDF list relations that reached an agreement or more
PRINTED_AT_MOST = 300  # … strongest first; the spreadsheet has every relation
STEP_RANK = {name: RANK[stages[0]] for name, stages in FUNNEL}
STEP_OF_STAGE = {stage: name for name, stages in FUNNEL for stage in stages}


def _relations(program_id: int):
    return select(Outcome.id).where(or_(
        Outcome.program_id == program_id,
        Outcome.id.in_(select(OutcomeStep.outcome_id).where(OutcomeStep.program_id == program_id))))


def program_report(*, db: Session, program: Program) -> dict:
    ids = _relations(program.id)
    stages = db.execute(select(Outcome.stage, Outcome.status, func.count())
                        .where(Outcome.id.in_(ids)).group_by(Outcome.stage, Outcome.status)).all()
    reached: dict[str, int] = dict.fromkeys(STEP_RANK, 0)
    dropped = 0
    for stage, status, n in stages:
        for step, rank in STEP_RANK.items():
            if RANK[stage] >= rank:
                reached[step] += n
        dropped += n if status == OutcomeStatus.dropped else 0
    sums = db.execute(select(OutcomeStep.stage, OutcomeStep.currency, func.sum(OutcomeStep.amount))
                      .where(OutcomeStep.outcome_id.in_(ids), OutcomeStep.retracted_at.is_(None),
                             OutcomeStep.amount.is_not(None))
                      .group_by(OutcomeStep.stage, OutcomeStep.currency)).all()
    by_step: dict[str, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    total: dict[str, Decimal] = defaultdict(Decimal)
    for stage, currency, amount in sums:
        step = STEP_OF_STAGE.get(stage)
        if step is None:
            continue  # an amount on a dropped step is not a result
        by_step[step][currency] += Decimal(amount)
        total[currency] += Decimal(amount)
    meetings = db.scalar(select(func.count()).select_from(OutcomeMeeting)
                         .where(OutcomeMeeting.program_id == program.id)) or 0
    rounds = select(FollowUp.id).join(OutcomeMeeting).where(OutcomeMeeting.program_id == program.id)
    statuses = dict(db.execute(select(FollowUp.status, func.count()).where(FollowUp.id.in_(rounds))
                               .group_by(FollowUp.status)).all())
    answers = db.scalar(select(func.count()).select_from(FollowUpAnswer)
                        .where(FollowUpAnswer.follow_up_id.in_(rounds))) or 0
    return {
        "program": program.key or program.id,
        "title": program.title or {},
        "meetings": meetings,
        "relations": reached["contact"],
        "dropped": dropped,
        "funnel": [{"step": step, "count": meetings if step == "contact" else reached[step],
                    "relations": reached[step],
                    "amounts": {c: money(v) for c, v in sorted(by_step[step].items())}}
                   for step in STEP_RANK],
        "amounts": {c: money(v) for c, v in sorted(total.items())},
        "follow_ups": {"rounds": sum(statuses.values()), "answers": answers,
                       "conflicts": statuses.get(FollowUpStatus.conflict, 0),
                       "unanswered": statuses.get(FollowUpStatus.open, 0)},
    }


class _Names(NamedMixin):
    """An organisation's names read in bulk, named the way the directory names it."""

    def __init__(self, names):
        self.names = names


def relations_table(*, db: Session, program: Program, lang: str, min_stage: str | None = None,
                    limit: int | None = None) -> list[dict]:
    """One row per relation of the program, strongest first: every one for the spreadsheet; for
    the page and the printed report (`min_stage`, `limit`) those that went far enough. Read in
    four set-wise queries, so a summit's thousands of relations take no query each."""
    stmt = select(Outcome.id, Outcome.stage, Outcome.status, Outcome.last_on).where(
        Outcome.id.in_(_relations(program.id)))
    if min_stage is not None:
        stmt = stmt.where(Outcome.stage.in_([s for s, r in RANK.items() if r >= RANK[min_stage]]))
    rows = sorted(db.execute(stmt).all(), key=lambda r: (-RANK[r.stage], -r.last_on.toordinal(), r.id))
    rows = rows[:limit] if limit else rows
    ids = [r.id for r in rows]
    parties: dict[int, list[int]] = defaultdict(list)
    amounts: dict[int, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for chunk in range(0, len(ids), 5000):
        part = ids[chunk:chunk + 5000]
        for oid, org in db.execute(select(OutcomeParty.outcome_id, OutcomeParty.organization_id)
                                   .where(OutcomeParty.outcome_id.in_(part)).order_by(OutcomeParty.id)):
            parties[oid].append(org)
        for oid, stage, currency, amount in db.execute(
                select(OutcomeStep.outcome_id, OutcomeStep.stage, OutcomeStep.currency,
                       func.sum(OutcomeStep.amount))
                .where(OutcomeStep.outcome_id.in_(part), OutcomeStep.retracted_at.is_(None),
                       OutcomeStep.amount.is_not(None))
                .group_by(OutcomeStep.outcome_id, OutcomeStep.stage, OutcomeStep.currency)):
            if STEP_OF_STAGE.get(stage):
                amounts[oid][currency] += Decimal(amount)
    org_ids = sorted({o for group in parties.values() for o in group})
    names: dict[int, list] = defaultdict(list)
    for chunk in range(0, len(org_ids), 5000):
        for row in db.scalars(select(OrgName).where(OrgName.org_id.in_(org_ids[chunk:chunk + 5000]))):
            names[row.org_id].append(row)
    label = {o: _Names(names[o]).display_name(lang) for o in org_ids}
    return [{"id": r.id, "organizations": [label[o] for o in parties[r.id]], "org_ids": parties[r.id],
             "stage": r.stage, "status": r.status, "last_on": r.last_on,
             "amounts": {c: money(v) for c, v in sorted(amounts[r.id].items())}}
            for r in rows]


def xlsx(*, report: dict, relations: list[dict], t: Translator) -> bytes:
    """The funnel and every relation, through `tabular` like every export: a name such as
    '=HYPERLINK(…)' stays text and a control character cannot break the file."""
    from gyoryu.tabular import xlsx_bytes

    def label(vocabulary: str, value: str) -> str:
        pair = LABELS[vocabulary].get(value)
        return t.pgettext(*pair) if pair else value

    currencies = sorted(report["amounts"])
    return xlsx_bytes({
        "funnel": ([t.gettext("Step"), t.gettext("Count"), *currencies],
                   [(label("funnel", step["step"]), step["count"],
                     *(step["amounts"].get(c) for c in currencies)) for step in report["funnel"]]),
        "relations": ([t.gettext("Organisations"), t.gettext("Strongest stage"), t.gettext("Status"),
                       t.gettext("Last step"), *currencies],
                      [(" · ".join(rel["organizations"]), label("stage", rel["stage"]),
                        label("stage", "dropped") if rel["status"] == OutcomeStatus.dropped
                        else t.gettext("active"),
                        rel["last_on"].isoformat(), *(rel["amounts"].get(c) for c in currencies))
                       for rel in relations]),
    })
