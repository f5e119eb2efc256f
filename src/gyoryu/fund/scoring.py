"""The fund's rubric and its reviewers' scorecards.

Reviewers score independently: until a reviewer has submitted their own scorecard, they see
neither the others' scores nor the aggregate (only how many have submitted). Once the deal is
at the investment committee scoring is closed and every reader of the deal sees the results.
A reviewer's total is the weighted mean of their scores (weights as the rubric has them now);
the aggregate is the mean of the submitted totals and the spread their standard deviation."""

from __future__ import annotations

from statistics import fmean, pstdev

from sqlalchemy import select
from sqlalchemy.orm import Session

from gyoryu.db import utcnow
from gyoryu.errors import GyoryuError, InvalidValue, PerLanguage
from gyoryu.fund.enums import SCORE_MAX, SCORE_MIN, SCORES_OPEN, SCORING
from gyoryu.fund.models import Criterion, Deal, Score, Scorecard
from gyoryu.fund.rules import guard
from gyoryu.fund.schemas import (
    CriterionIn,
    CriterionResultOut,
    ReviewIn,
    ReviewOut,
    ScorecardOut,
)


def rubric(*, db: Session, actor) -> list[Criterion]:
    guard(actor)
    return list(db.scalars(select(Criterion).order_by(Criterion.position, Criterion.id)))


def define_criterion(*, db: Session, actor, data: CriterionIn) -> Criterion:
    """Add a criterion to the rubric, or change its labels, weight or place."""
    guard(actor)
    criterion = db.scalar(select(Criterion).where(Criterion.key == data.key))
    if criterion is None:
        criterion = Criterion(key=data.key)
        db.add(criterion)
    criterion.labels = {k: v.strip() for k, v in data.labels.items() if v.strip()}
    criterion.weight = float(data.weight)
    criterion.position = data.position
    db.flush()
    return criterion


def review_of(deal: Deal, user) -> Scorecard | None:
    return next((r for r in deal.reviews if r.reviewer_id == getattr(user, "id", None)), None)


def score_deal(*, db: Session, actor, deal: Deal, data: ReviewIn) -> Scorecard:
    """Save the actor's scores as a draft, or submit them (every criterion scored, once)."""
    guard(actor)
    if deal.stage not in SCORING:
        raise GyoryuError("E911")
    criteria = {c.key: c for c in rubric(db=db, actor=actor)}
    if not criteria:
        raise GyoryuError("E912")
    review = review_of(deal, actor)
    if review is not None and review.submitted_at is not None:
        raise GyoryuError("E910")
    values: dict[str, int] = {}
    for key, raw in data.scores.items():
        if key not in criteria:
            raise InvalidValue("E914", value=key)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue
        try:
            value = int(str(raw).strip())
        except ValueError:
            value = None
        if value is None or not SCORE_MIN <= value <= SCORE_MAX:
            raise InvalidValue("E908", value=raw, criterion=PerLanguage(criteria[key].labels or {"en": key}))
        values[key] = value
    if review is None:
        review = Scorecard(deal=deal, reviewer_id=actor.id)
        db.add(review)
    by_criterion = {s.criterion_id: s for s in review.scores}
    for key, value in values.items():
        cid = criteria[key].id
        if cid in by_criterion:
            by_criterion[cid].value = value
        else:
            review.scores.append(Score(criterion_id=cid, value=value))
    review.comment = data.comment.strip()
    if data.submit:
        scored = {s.criterion_id for s in review.scores}
        missing = [c.key for c in criteria.values() if c.id not in scored]
        if missing:
            raise GyoryuError("E909", missing=", ".join(missing))
        review.submitted_at = utcnow()
    db.flush()
    return review


def _total(review: Scorecard, criteria: list[Criterion]) -> float | None:
    by_id = {s.criterion_id: s.value for s in review.scores}
    weighted = [(c.weight, by_id[c.id]) for c in criteria if c.id in by_id]
    weight = sum(w for w, _ in weighted)
    return round(sum(w * v for w, v in weighted) / weight, 3) if weight else None


def _review_out(review: Scorecard, criteria: list[Criterion]) -> ReviewOut:
    keys = {c.id: c.key for c in criteria}
    return ReviewOut(reviewer=review.reviewer.display_name, submitted=review.submitted_at is not None,
                     scores={keys[s.criterion_id]: s.value for s in review.scores
                             if s.criterion_id in keys},
                     total=_total(review, criteria), comment=review.comment)


def can_see_scores(deal: Deal, user) -> bool:
    mine = review_of(deal, user)
    return deal.stage in SCORES_OPEN or (mine is not None and mine.submitted_at is not None)


def scorecard(*, db: Session, actor, deal: Deal) -> ScorecardOut:
    """What the actor may see of the deal's scoring: always their own scorecard and how many
    have submitted; the others' scores, the aggregate and the spread only once visible."""
    guard(actor)
    criteria = rubric(db=db, actor=actor)
    submitted = [r for r in deal.reviews if r.submitted_at is not None]
    mine = review_of(deal, actor)
    visible = can_see_scores(deal, actor)
    out = ScorecardOut(deal_id=deal.id, visible=visible, submitted=len(submitted),
                       mine=_review_out(mine, criteria) if mine is not None else None,
                       reviews=[], aggregate=None, spread=None, low=None, high=None, criteria=[])
    if not visible or not submitted:
        return out
    totals = [t for r in submitted if (t := _total(r, criteria)) is not None]
    out.reviews = [_review_out(r, criteria) for r in submitted]
    if totals:
        out.aggregate = round(fmean(totals), 3)
        out.spread = round(pstdev(totals), 3)
        out.low, out.high = min(totals), max(totals)
    for c in criteria:
        values = [s.value for r in submitted for s in r.scores if s.criterion_id == c.id]
        out.criteria.append(CriterionResultOut(
            key=c.key, mean=round(fmean(values), 3) if values else None,
            min=min(values) if values else None, max=max(values) if values else None))
    return out
