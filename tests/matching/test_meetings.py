"""The bridge programs call: requests + recommendations → instance → stored schedule."""

from __future__ import annotations

import pytest

from gyoryu.errors import InvalidValue
from gyoryu.matching.meetings import (
    AcceptedRequest,
    Attendee,
    current_schedule,
    meeting_instance,
    meetings_of,
    schedule_changes,
    solve_schedule,
)
from tests.matching.test_recommend import summit  # noqa: F401  (fixture)

SLOTS = ["2026-05-12T10:00", "2026-05-12T10:30", "2026-05-12T11:00"]


@pytest.fixture
def attendees(summit):  # noqa: F811
    orgs = {k: p.organization_id for k, p in summit.items()}
    return [Attendee("1", orgs["me"], SLOTS), Attendee("2", orgs["factory"], SLOTS[1:]),
            Attendee("3", orgs["bank"], SLOTS), Attendee("4", orgs["peer"], SLOTS[:1])]


def test_accepted_requests_outweigh_recommendations(db, attendees):
    inst = meeting_instance(db=db, program_id=900, slots=SLOTS, tables=2, attendees=attendees,
                            accepted=[AcceptedRequest("41", "1", "3", priority=2)])
    assert inst["requests"][0] == {"id": "req:41", "a": "1", "b": "3", "weight": 12}
    recs = [r for r in inst["requests"] if r["id"].startswith("rec:")]
    assert [(r["a"], r["b"]) for r in recs] == [("1", "2")]  # me ↔ factory, strong both ways
    assert 2 <= recs[0]["weight"] <= 5
    assert inst["participants"][1] == {"id": "2", "available": SLOTS[1:]}


def test_mutual_requests_are_one_meeting_weighed_higher(db, attendees):
    inst = meeting_instance(db=db, program_id=900, slots=SLOTS, tables=2, attendees=attendees,
                            recommend_top=0,
                            accepted=[AcceptedRequest("41", "1", "3", priority=1),
                                      AcceptedRequest("52", "3", "1", priority=2),
                                      AcceptedRequest("53", "3", "2")])
    assert inst["requests"] == [{"id": "req:41", "a": "1", "b": "3", "weight": 17},
                                {"id": "req:53", "a": "3", "b": "2", "weight": 10}]


def test_unknown_attendee_is_refused(db, attendees):
    with pytest.raises(InvalidValue) as err:
        meeting_instance(db=db, program_id=900, slots=SLOTS, tables=2, attendees=attendees,
                         accepted=[AcceptedRequest("9", "1", "77")])
    assert err.value.code == "E703"


def test_solve_store_and_resolve_keeping_meetings(db, attendees):
    accepted = [AcceptedRequest("41", "1", "3"), AcceptedRequest("42", "3", "4")]
    inst = meeting_instance(db=db, program_id=900, slots=SLOTS, tables=1, attendees=attendees,
                            accepted=accepted)
    first = solve_schedule(db=db, program_id=900, instance=inst, time_limit=5)
    assert first.status == "optimal"
    assert sorted(m.request for m in first.meetings) == sorted(r["id"] for r in inst["requests"])
    assert {m.request: m.slot for m in first.meetings}["req:42"] == SLOTS[0]  # 4 only there
    mine = meetings_of(db=db, program_id=900, attendee="3")
    assert {m.request for m in mine} == {"req:41", "req:42"}
    assert [m.slot for m in mine] == sorted(m.slot for m in mine)

    # The bank's 10:30 falls through: only meetings that cannot stay move, and those that must
    # make room for them (here the recommendation, so the accepted request keeps a slot).
    attendees[2] = Attendee("3", attendees[2].organization_id, [SLOTS[0], SLOTS[2]])
    again = meeting_instance(db=db, program_id=900, slots=SLOTS, tables=1, attendees=attendees,
                             accepted=accepted)
    second = solve_schedule(db=db, program_id=900, instance=again, time_limit=5)
    assert current_schedule(db=db, program_id=900).id == second.id
    lost = {m.request for m in first.meetings if m.slot == SLOTS[1] and "3" in (m.a, m.b)}
    made_room = set(second.stats["moved"])
    assert lost and set(second.stats["released"]) == lost | made_room
    for change in schedule_changes(first, second):
        assert change["request"] in lost | made_room  # nothing else moved, appeared or went
    kept = {m.request: (m.slot, m.table_no) for m in second.meetings}
    assert lost <= set(kept)  # the accepted request found a new slot
    for m in first.meetings:
        if m.request not in lost | made_room:
            assert kept[m.request] == (m.slot, m.table_no)


def test_a_meeting_whose_request_key_changed_is_one_meeting_not_removed_and_added():
    """A recommended meeting that became an accepted request keeps its two attendees: the
    changelog says it stayed (or moved), never 'dropped' and 'added' for the same pair."""
    from gyoryu.matching.meetings import schedule_changes
    from gyoryu.matching.models import ScheduledMeeting, ScheduleRun

    def run(*meetings):
        return ScheduleRun(meetings=[ScheduledMeeting(request=r, a=a, b=b, slot=s, table_no=t)
                                     for r, a, b, s, t in meetings])

    before = run(("rec:1-2", "1", "2", "2030-05-13T14:00", 0), ("rec:3-4", "3", "4", "2030-05-13T14:00", 1),
                 ("req:9", "5", "6", "2030-05-13T14:20", 0))
    after = run(("req:7", "2", "1", "2030-05-13T14:00", 0),  # same pair, same place: unchanged
                ("req:8", "3", "4", "2030-05-13T14:20", 1),  # same pair, moved
                ("req:10", "1", "3", "2030-05-13T14:40", 0))  # new
    changes = schedule_changes(before, after)
    assert sorted((c["change"], c["request"]) for c in changes) == [
        ("added", "req:10"), ("moved", "req:8"), ("removed", "req:9")]
    moved = next(c for c in changes if c["change"] == "moved")
    assert moved["from"] == ["2030-05-13T14:00", 1] and moved["slot"] == "2030-05-13T14:20"
