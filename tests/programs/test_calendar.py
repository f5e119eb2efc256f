"""Calendars that follow changes: a re-published change keeps its UID and raises SEQUENCE, a
dropped visit or meeting comes back CANCELLED, and the participant's feed address works without
a session (a wrong token is 404). Every calendar is read back with the icalendar library."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from icalendar import Calendar

from gyoryu.directory.service import org_by_key
from gyoryu.i18n import Translator
from gyoryu.programs import calendar, itinerary, meetings, service
from gyoryu.programs.schemas import VisitIn

EN = Translator("en")


def events(ics: bytes) -> dict[str, object]:
    cal = Calendar.from_ical(ics)
    assert str(cal["METHOD"]) == "PUBLISH"
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


@pytest.fixture
def tour(db, make_program, register):
    """Two visits in Beijing, published; a participant."""
    program = make_program(kind="delegation", starts_on=date(2026, 5, 12), ends_on=date(2026, 5, 13))
    first = itinerary.add_visit(db=db, program=program, data=VisitIn(host="4paradigm", duration=90))
    second = itinerary.add_visit(db=db, program=program, data=VisitIn(host="zyw-park", duration=60))
    itinerary.place_visit(db=db, program=program, visit=first, day=date(2026, 5, 12), start=10 * 60)
    itinerary.place_visit(db=db, program=program, visit=second, day=date(2026, 5, 12), start=14 * 60)
    itinerary.publish(db=db, program=program)
    kim = register(program, "Kim Test", org_id=org_by_key(db=db, key="hancom").id)
    return program, kim, first, second


def test_a_draft_is_sequence_0_and_publishing_raises_it(db, make_program, register):
    program = make_program(kind="delegation")
    visit = itinerary.add_visit(db=db, program=program, data=VisitIn(host="4paradigm", duration=90))
    itinerary.place_visit(db=db, program=program, visit=visit, day=date(2026, 5, 12), start=10 * 60)
    kim = register(program, "Kim Draft", org_name="Draft Works")
    uid = f"visit-{visit.id}@gyoryu"
    assert int(events(calendar.feed(db=db, participant=kim, t=EN))[uid]["SEQUENCE"]) == 0
    itinerary.publish(db=db, program=program)
    assert int(events(calendar.feed(db=db, participant=kim, t=EN))[uid]["SEQUENCE"]) == 1


def test_a_changed_visit_keeps_its_uid_and_raises_sequence(db, tour):
    program, kim, first, second = tour
    before = events(calendar.feed(db=db, participant=kim, t=EN))
    uid, other = f"visit-{first.id}@gyoryu", f"visit-{second.id}@gyoryu"
    assert sorted(before) == sorted([uid, other])
    assert [int(before[u]["SEQUENCE"]) for u in (uid, other)] == [1, 1]

    itinerary.place_visit(db=db, program=program, visit=first, day=date(2026, 5, 13), start=9 * 60)
    itinerary.publish(db=db, program=program)
    now = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)
    after = events(calendar.feed(db=db, participant=kim, t=EN, now=now))
    assert sorted(after) == sorted(before)
    moved = after[uid]
    assert int(moved["SEQUENCE"]) == 2 and str(moved["STATUS"]) == "CONFIRMED"
    assert moved.decoded("DTSTART") == datetime(2026, 5, 13, 9, 0, tzinfo=moved.decoded("DTSTART").tzinfo)
    assert str(moved.decoded("DTSTART").tzinfo) == program.timezone
    assert moved.decoded("DTSTAMP") == now
    assert moved.decoded("LAST-MODIFIED") > moved.decoded("CREATED") - timedelta(seconds=1)
    assert int(after[other]["SEQUENCE"]) == 1  # untouched: apps leave it alone

    # publishing again without a change raises nothing
    itinerary.publish(db=db, program=program)
    again = events(calendar.feed(db=db, participant=kim, t=EN))
    assert [int(again[u]["SEQUENCE"]) for u in (uid, other)] == [2, 1]


def test_a_dropped_visit_comes_back_cancelled(db, tour):
    program, kim, first, second = tour
    itinerary.remove_visit(db=db, visit=second)
    itinerary.publish(db=db, program=program)
    found = events(calendar.feed(db=db, participant=kim, t=EN))
    gone = found[f"visit-{second.id}@gyoryu"]
    assert str(gone["STATUS"]) == "CANCELLED" and int(gone["SEQUENCE"]) == 2
    assert str(found[f"visit-{first.id}@gyoryu"]["STATUS"]) == "CONFIRMED"


def test_the_calendar_names_its_time_zone(db, tour):
    program, kim, *_ = tour
    cal = Calendar.from_ical(calendar.feed(db=db, participant=kim, t=EN))
    [zone] = cal.walk("VTIMEZONE")
    assert str(zone["TZID"]) == program.timezone == "Asia/Shanghai"
    stamp = next(iter(cal.walk("VEVENT"))).decoded("DTSTAMP")
    assert abs(stamp - datetime.now(UTC)) < timedelta(hours=1)  # the time it was made, not 2000


@pytest.fixture
def summit(db, make_program, register):
    program = make_program(meeting_on=date(2026, 5, 13), meeting_start="14:00",
                           meeting_minutes=30, meeting_slots=3, tables=2)
    people = {}
    for key in ("hancom", "nhn-cloud", "4paradigm", "sevens-robotics"):
        p = register(program, key, org_id=org_by_key(db=db, key=key).id, email=f"{key}@cal.example")
        service.set_status(db=db, participant=p, status="accepted")
        people[key] = p
    requests = []
    for a, b in (("hancom", "4paradigm"), ("hancom", "sevens-robotics"), ("nhn-cloud", "4paradigm")):
        req = meetings.request_meeting(db=db, program=program, requester=people[a],
                                       target_org_id=people[b].organization_id)
        meetings.answer(db=db, request=req, responder=people[b], accept=True)
        requests.append(req)
    return program, people, requests


def test_a_withdrawn_meeting_is_cancelled_and_the_others_keep_their_uid(db, summit):
    program, p, requests = summit
    meetings.solve(db=db, program=program, time_limit=2)
    meetings.publish_schedule(db=db, program=program)
    first = {u: e for u, e in events(calendar.feed(db=db, participant=p["hancom"], t=EN)).items()
             if u.startswith("meeting-")}
    dropped = f"meeting-{program.id}-req:{requests[0].id}@gyoryu"
    kept = f"meeting-{program.id}-req:{requests[1].id}@gyoryu"
    assert sorted(first) == sorted([dropped, kept])
    assert all(int(e["SEQUENCE"]) == 1 for e in first.values())

    meetings.withdraw(db=db, request=requests[0])
    meetings.solve(db=db, program=program, time_limit=2)
    meetings.publish_schedule(db=db, program=program)
    second = events(calendar.feed(db=db, participant=p["hancom"], t=EN))
    assert str(second[dropped]["STATUS"]) == "CANCELLED" and int(second[dropped]["SEQUENCE"]) == 2
    assert str(second[kept]["STATUS"]) == "CONFIRMED"
    moved = second[kept].decoded("DTSTART") != first[kept].decoded("DTSTART") or str(
        second[kept]["LOCATION"]) != str(first[kept]["LOCATION"])
    assert int(second[kept]["SEQUENCE"]) == (2 if moved else 1)
    # the agenda page shows only what is on
    assert len(meetings.meetings_for(db=db, program=program, participant=p["hancom"])) == 1


def test_the_feed_address_works_without_a_session(db, client, tour):
    program, kim, first, _second = tour
    db.commit()
    path = calendar.feed_path(kim)
    assert kim.token not in path  # the address a calendar service keeps cannot act as Kim
    response = client.get(path)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/calendar")
    assert f"visit-{first.id}@gyoryu" in events(response.content)
    assert client.get(path.replace(calendar.feed_token(kim), "0" * 32)).status_code == 404
    assert client.get(f"/calendar/{kim.id + 100000}/{calendar.feed_token(kim)}.ics").status_code == 404
    page = client.get(f"/p/{kim.token}").text
    assert calendar.feed_token(kim) in page and 'href="webcal://' in page
    download = client.get(f"/p/{kim.token}/agenda.ics")  # the download carries the same history
    assert sorted(events(download.content)) == sorted(events(response.content))
