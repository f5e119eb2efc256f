"""The programs JSON API through the app: programs, participants for organisers only, the
published itinerary, an agenda by token, the meeting grid."""

from __future__ import annotations

from datetime import date

from gyoryu.accounts.enums import Role
from gyoryu.directory.service import org_by_key
from gyoryu.programs import itinerary, meetings, service
from gyoryu.programs.schemas import VisitIn
from tests.web.conftest import sign_in


def test_programs_api(db, client, make_program, make_user, register):
    program = make_program(key="api-summit", meeting_on=date(2026, 5, 13), meeting_slots=2,
                           tables=1)
    kim = register(program, "Kim", org_id=org_by_key(db=db, key="hancom").id, locale="en")
    wang = register(program, "Wang", org_id=org_by_key(db=db, key="4paradigm").id)
    for p in (kim, wang):
        service.set_status(db=db, participant=p, status="accepted")
    req = meetings.request_meeting(db=db, program=program, requester=kim,
                                   target_org_id=wang.organization_id)
    meetings.answer(db=db, request=req, responder=wang, accept=True)
    visit = itinerary.add_visit(db=db, program=program, data=VisitIn(host="4paradigm"))
    itinerary.place_visit(db=db, program=program, visit=visit, day=date(2026, 5, 12),
                          start=10 * 60)
    db.commit()

    listed = client.get("/api/programs").json()["items"]
    assert [p["key"] for p in listed if p["id"] == program.id] == ["api-summit"]
    one = client.get(f"/api/programs/{program.id}").json()
    assert (one["cities"], one["meeting_slots"], one["tables"]) == (
        ["cn-beijing"], ["2026-05-13T14:00", "2026-05-13T14:20"], 1)
    assert client.get("/api/programs/999999").status_code == 404

    # Organisers only: participants and the grid.
    for path in ("participants", "meetings"):
        r = client.get(f"/api/programs/{program.id}/{path}")
        assert (r.status_code, r.json()["error"]["code"]) == (401, "E109")

    # Nothing published yet: an empty itinerary, an agenda without meetings.
    assert client.get(f"/api/programs/{program.id}/itinerary").json() == {
        "program_id": program.id, "version": None, "items": []}
    itinerary.publish(db=db, program=program)
    meetings.solve(db=db, program=program, time_limit=1)
    db.commit()
    got = client.get(f"/api/programs/{program.id}/itinerary").json()
    assert got["version"] == 1
    assert [(i["visit"], i["day"], i["start"], i["end"], i["city"]["en"])
            for i in got["items"]] == [(visit.id, "2026-05-12", "10:00", "11:30", "Beijing")]
    agenda = client.get(f"/api/agenda/{kim.token}").json()
    assert (agenda["lang"], [e["kind"] for e in agenda["entries"]]) == ("en", ["visit"])
    assert client.get("/api/agenda/not-a-token").status_code == 404

    sign_in(client, *make_user(Role.organiser))
    people = client.get(f"/api/programs/{program.id}/participants").json()["items"]
    assert [(p["name"], p["status"]) for p in people] == [("Kim", "accepted"),
                                                         ("Wang", "accepted")]
    grid = client.get(f"/api/programs/{program.id}/meetings").json()
    assert grid["published_version"] is None and grid["published"] == []
    hall_a = program.table_groups[0]
    assert [(m["request"], m["a"], m["b"], m["table"], m["hall"], m["number"])
            for m in grid["draft"]] == [
        (f"req:{req.id}", kim.id, wang.id, hall_a.first_table, "A", 1)]

    meetings.publish_schedule(db=db, program=program)
    db.commit()
    grid = client.get(f"/api/programs/{program.id}/meetings").json()
    assert (grid["published_version"], grid["published"]) == (1, grid["draft"])
    agenda = client.get(f"/api/agenda/{kim.token}", params={"lang": "ko"}).json()
    assert [e["kind"] for e in agenda["entries"]] == ["visit", "meeting"]
    assert agenda["entries"][1]["start"] == grid["draft"][0]["slot"] + ":00"
