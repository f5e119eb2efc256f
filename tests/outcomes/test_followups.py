"""Follow-up rounds: the first answer counts, an agreeing answer confirms the same step, a
disagreeing one waits for the organiser, whose decision retracts what it overrules."""

from datetime import date

import pytest

from gyoryu.errors import Forbidden, GyoryuError
from gyoryu.outcomes import followups, meetings, service

TODAY = date(2026, 12, 4)


@pytest.fixture
def met(db, summit):
    nhn, para = summit.people["nhn-cloud"], summit.people["4paradigm"]
    meetings.set_follow_up_days(db=db, program=summit, days=[7, 90])
    meeting = meetings.record_meeting(db=db, program=summit, held_on="2026-03-11",
                                      org_ids=(nhn.organization_id, para.organization_id))
    return meeting, nhn, para


def _outcome(db, meeting):
    return service.relation(db=db, org_ids=(meeting.org_a_id, meeting.org_b_id),
                            on=meeting.held_on, create=False)


def test_one_side_answers_and_the_relation_moves_at_once(db, met):
    meeting, nhn, para = met
    first = meeting.follow_ups[0]
    row = followups.answer(db=db, follow_up=first, participant=nhn, value="mou", today=TODAY)
    outcome = _outcome(db, meeting)
    assert outcome.stage == "mou" and first.status == "answered"
    [mou] = [s for s in outcome.steps if s.stage == "mou"]
    assert [(e.kind, e.ref) for e in mou.evidence] == [("answer", row.id)]
    # the same form sent again is the same answer, and adds nothing
    again = followups.answer(db=db, follow_up=first, participant=nhn, value="mou", today=TODAY)
    assert again.id == row.id and len(outcome.steps) == 2
    # the other side agrees: their answer confirms the same step
    theirs = followups.answer(db=db, follow_up=first, participant=para, value="mou", today=TODAY)
    assert [s.stage for s in outcome.steps] == ["contact", "mou"]
    assert [e.ref for e in mou.evidence] == [row.id, theirs.id]
    assert followups.waiting(db=db, today=date(2026, 3, 20)) == []


def test_disagreeing_answers_wait_for_the_organiser(db, met):
    meeting, nhn, para = met
    first = meeting.follow_ups[0]
    followups.answer(db=db, follow_up=first, participant=nhn, value="mou", today=TODAY)
    followups.answer(db=db, follow_up=first, participant=para, value="follow_up", today=TODAY)
    outcome = _outcome(db, meeting)
    assert first.status == "conflict" and outcome.stage == "mou"
    assert followups.conflicts(db=db, program_id=meeting.program_id) == [first]
    followups.decide(db=db, follow_up=first, value="follow_up", decided_by=None, today=TODAY)
    assert first.status == "settled" and outcome.stage == "follow_up"
    [mou] = [s for s in outcome.steps if s.stage == "mou"]
    assert mou.retracted_at is not None  # kept in the history, no longer counted
    [fu] = [s for s in outcome.steps if s.stage == "follow_up"]
    assert sorted(e.ref for e in fu.evidence) == sorted(a.id for a in first.answers)
    with pytest.raises(GyoryuError) as exc:
        followups.decide(db=db, follow_up=first, value="mou", decided_by=None, today=TODAY)
    assert exc.value.code == "E821"


def test_only_the_two_who_met_answer_and_only_when_due(db, met, summit):
    meeting, nhn, _para = met
    stranger = summit.people["hancom"]
    with pytest.raises(Forbidden):
        followups.answer(db=db, follow_up=meeting.follow_ups[0], participant=stranger,
                         value="mou", today=TODAY)
    with pytest.raises(GyoryuError) as exc:
        followups.answer(db=db, follow_up=meeting.follow_ups[1], participant=nhn, value="mou",
                         today=date(2026, 3, 20))
    assert exc.value.code == "E819"
    with pytest.raises(GyoryuError) as exc:
        followups.answer(db=db, follow_up=meeting.follow_ups[0], participant=nhn,
                         value="dropped", today=TODAY)
    assert exc.value.code == "E806"
    assert [f.days for f in followups.due_for(db=db, participant=nhn, today=date(2026, 3, 20))] == [7]
    assert {(f.days, p.id) for f, p in followups.waiting(db=db, today=date(2026, 3, 20))} == {
        (7, meeting.participant_a_id), (7, meeting.participant_b_id)}


def test_nothing_yet_adds_no_step(db, met):
    meeting, nhn, _para = met
    followups.answer(db=db, follow_up=meeting.follow_ups[0], participant=nhn, value="none",
                     today=TODAY)
    assert [s.stage for s in _outcome(db, meeting).steps] == ["contact"]
