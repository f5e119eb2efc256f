"""Reviewers score independently: nobody sees the others' scores before submitting their own;
the aggregate and the spread come from the submitted weighted totals."""

from __future__ import annotations

import pytest

from gyoryu.accounts.enums import Role
from gyoryu.errors import GyoryuError
from gyoryu.fund import scoring, service
from gyoryu.fund.schemas import ReviewIn


def _score(db, who, deal, submit=True, **values):
    return scoring.score_deal(db=db, actor=who, deal=deal, data=ReviewIn(scores=values, submit=submit))


def test_a_reviewer_sees_others_only_after_submitting(db, account, fund_user, rubric, make_deal):
    deal = make_deal()
    second, third = account(Role.fund, "second"), account(Role.admin, "third")
    _score(db, fund_user, deal, team=5, market=4, technology=3)
    _score(db, second, deal, submit=False, team=2)

    for reader in (second, third):  # a draft, and no review at all
        card = scoring.scorecard(db=db, actor=reader, deal=deal)
        assert (card.visible, card.submitted, card.reviews, card.aggregate) == (False, 1, [], None)
    assert scoring.scorecard(db=db, actor=second, deal=deal).mine.scores == {"team": 2}

    card = scoring.scorecard(db=db, actor=fund_user, deal=deal)
    assert card.visible and [r.reviewer for r in card.reviews] == ["fund-analyst"]

    _score(db, second, deal, team=2, market=2, technology=5)
    card = scoring.scorecard(db=db, actor=second, deal=deal)
    totals = sorted(r.total for r in card.reviews)
    # weighted means: (5*3 + 4*2 + 3*1)/6 = 4.333, (2*3 + 2*2 + 5*1)/6 = 2.5
    assert totals == [2.5, 4.333]
    assert card.aggregate == pytest.approx((2.5 + 4.333) / 2, abs=1e-3)
    assert card.spread == pytest.approx((4.333 - 2.5) / 2, abs=1e-3)
    assert (card.low, card.high) == (2.5, 4.333)
    team = next(c for c in card.criteria if c.key == "team")
    assert (team.mean, team.min, team.max) == (3.5, 2, 5)
    assert not scoring.scorecard(db=db, actor=third, deal=deal).visible

    # at the committee scoring closes and every reader of the deal sees the results
    service.move_deal(db=db, actor=fund_user, deal=deal, stage="committee")
    assert scoring.scorecard(db=db, actor=third, deal=deal).aggregate == card.aggregate
    with pytest.raises(GyoryuError) as exc:
        _score(db, third, deal, team=1, market=1, technology=1)
    assert exc.value.code == "E911"


def test_a_submitted_scorecard_is_final_and_complete(db, fund_user, rubric, make_deal):
    deal = make_deal()
    with pytest.raises(GyoryuError) as exc:
        _score(db, fund_user, deal, team=4)
    assert exc.value.code == "E909" and "market" in exc.value.message()
    _score(db, fund_user, deal, team=4, market=4, technology=4)
    with pytest.raises(GyoryuError) as exc:
        _score(db, fund_user, deal, team=1, market=1, technology=1)
    assert exc.value.code == "E910"


@pytest.mark.parametrize(("values", "code"), [({"team": 6}, "E908"), ({"team": "x"}, "E908"),
                                              ({"charm": 3}, "E914")])
def test_bad_scores_are_named(db, fund_user, rubric, make_deal, values, code):
    with pytest.raises(GyoryuError) as exc:
        _score(db, fund_user, make_deal(), submit=False, **values)
    assert exc.value.code == code


def test_no_rubric_no_scoring(db, fund_user, make_deal):
    with pytest.raises(GyoryuError) as exc:
        _score(db, fund_user, make_deal(), team=3)
    assert exc.value.code == "E912"
