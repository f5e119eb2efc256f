"""Relations and their history: steps are added, never overwritten; a retraction keeps the row;
the strongest stage and the partners' strongest stages follow the history."""

from datetime import date
from decimal import Decimal

import pytest

from gyoryu.errors import GyoryuError, InvalidValue
from gyoryu.outcomes import meetings, service
from gyoryu.outcomes.schemas import outcome_json


def test_steps_build_a_history_and_the_strongest_stage(db, org):
    a, b = org("nhn-cloud").id, org("4paradigm").id
    service.add_step(db=db, org_ids=[a, b], stage="contact", on="2026-03-10")
    service.add_step(db=db, org_ids=[b, a], stage="mou", on="2026-04-01", amount="5,000,000",
                     currency="usd", note="cloud AI pilot")
    step = service.add_step(db=db, org_ids=[a, b], stage="follow_up", on="2026-04-20")
    outcome = step.outcome
    assert [s.stage for s in outcome.steps] == ["contact", "mou", "follow_up"]
    assert outcome.stage == "mou"  # the strongest reached, not the latest
    assert outcome.steps[1].amount == Decimal("5000000.00") and outcome.steps[1].currency == "USD"
    assert service.strongest_stages(db=db, organization_id=a) == {b: "mou"}
    shape = outcome_json(outcome)
    assert shape["organizations"] == ["nhn-cloud", "4paradigm"]
    assert shape["history"][1] == {**shape["history"][1], "stage": "mou", "date": "2026-04-01",
                                   "amount": 5000000, "currency": "USD", "evidence": []}

    service.retract(db=db, step=outcome.steps[1], by=None, note="was only a draft")
    assert outcome.stage == "follow_up" and len(outcome.steps) == 3
    assert outcome.steps[1].retracted_at is not None
    assert service.strongest_stages(db=db, organization_id=b) == {a: "follow_up"}


def test_dropped_needs_a_reason_and_keeps_the_strongest_stage(db, org):
    ids = [org("hancom").id, org("sevens-robotics").id]
    service.add_step(db=db, org_ids=ids, stage="pilot", on="2026-01-05")
    with pytest.raises(InvalidValue) as exc:
        service.add_step(db=db, org_ids=ids, stage="dropped", on="2026-02-01")
    assert exc.value.code == "E806"
    step = service.add_step(db=db, org_ids=ids, stage="dropped", on="2026-02-01",
                            reason="budget cut")
    assert step.outcome.status == "dropped" and step.outcome.stage == "pilot"
    assert outcome_json(step.outcome)["stage"] == "dropped"
    revived = service.add_step(db=db, org_ids=ids, stage="contract", on="2026-06-01")
    assert revived.outcome.status == "active" and revived.outcome.stage == "contract"


@pytest.mark.parametrize(("kw", "code"), [
    ({"stage": "handshake"}, "E802"),
    ({"on": "2026-13-01"}, "E815"),
    ({"amount": "100"}, "E804"),
    ({"currency": "USD"}, "E804"),
    ({"amount": "-5", "currency": "USD"}, "E805"),
    ({"amount": "lots", "currency": "USD"}, "E805"),
    ({"amount": "5", "currency": "DOLLARS"}, "E803"),
    ({"amount": "5", "currency": "ABC"}, "E803"),
])
def test_bad_input_says_what_and_writes_nothing(db, org, kw, code):
    ids = [org("hancom").id, org("4paradigm").id]
    args = {"stage": "mou", "on": "2026-01-05", **kw}
    with pytest.raises(GyoryuError) as exc:
        service.add_step(db=db, org_ids=ids, **args)
    assert exc.value.code == code
    assert service.relation(db=db, org_ids=ids, on=date(2026, 1, 5), create=False) is None


def test_one_organisation_is_no_relation_and_evidence_must_exist(db, org):
    a = org("hancom").id
    with pytest.raises(InvalidValue) as exc:
        service.add_step(db=db, org_ids=[a, a], stage="mou", on="2026-01-05")
    assert exc.value.code == "E801"
    with pytest.raises(GyoryuError) as exc:
        service.add_step(db=db, org_ids=[a, org("4paradigm").id], stage="mou", on="2026-01-05",
                         evidence=[service.Proof("meeting", 987654)])
    assert exc.value.code == "E807"


def test_a_recorded_meeting_starts_the_relation_and_opens_follow_ups(db, summit):
    nhn, para = summit.people["nhn-cloud"], summit.people["4paradigm"]
    meetings.set_follow_up_days(db=db, program=summit, days="+7, 90")
    meeting = meetings.record_meeting(db=db, program=summit,
                                      org_ids=(nhn.organization_id, para.organization_id),
                                      held_on="2026-03-11")
    assert (meeting.participant_a_id, meeting.participant_b_id) == (nhn.id, para.id)
    assert [(f.days, f.due_on) for f in meeting.follow_ups] == [(7, date(2026, 3, 18)),
                                                                (90, date(2026, 6, 9))]
    [outcome] = service.outcomes(db=db, program_id=summit.id)
    assert outcome.stage == "contact" and outcome.program_id == summit.id
    assert outcome_json(outcome)["history"][0]["evidence"] == [
        {"kind": "meeting", "ref": meeting.id, "start": None, "end": None}]
    # the organiser adds a later round: the meeting gets it, the earlier rounds stay
    meetings.set_follow_up_days(db=db, program=summit, days=[7, 90, 180])
    assert [f.days for f in meeting.follow_ups] == [7, 90, 180]
    with pytest.raises(InvalidValue):
        meetings.set_follow_up_days(db=db, program=summit, days="7, soon")
