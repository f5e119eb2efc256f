"""Meeting requests, recommendations from matching, the solved schedule, and the agenda with
its ICS and PDF."""

from __future__ import annotations

from datetime import date
from io import BytesIO

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from gyoryu.directory.service import org_by_key
from gyoryu.errors import Forbidden, GyoryuError
from gyoryu.i18n import Translator
from gyoryu.matching import service as match_service
from gyoryu.matching.schemas import ProfileIn
from gyoryu.programs import agenda, board, itinerary, meetings, service
from gyoryu.programs.schemas import VisitIn


@pytest.fixture
def summit(db, make_program, register):
    program = make_program(meeting_on=date(2026, 5, 13), meeting_start="14:00",
                           meeting_minutes=30, meeting_slots=3, tables=2)
    people = {}
    for key, name in (("hancom", "박한컴"), ("nhn-cloud", "Choi"), ("4paradigm", "王四范"),
                      ("sevens-robotics", "Zhao")):
        p = register(program, name, org_id=org_by_key(db=db, key=key).id,
                     email=f"{key}@ex.org", locale="ko" if key in ("hancom", "nhn-cloud") else "zh")
        service.set_status(db=db, participant=p, status="accepted")
        people[key] = p
    return program, people


def test_slots(summit):
    program, _ = summit
    assert meetings.slot_keys(program) == ["2026-05-13T14:00", "2026-05-13T14:30",
                                           "2026-05-13T15:00"]


def test_request_accept_decline(db, summit):
    program, p = summit
    req = meetings.request_meeting(db=db, program=program, requester=p["hancom"],
                                   target_org_id=p["4paradigm"].organization_id)
    assert meetings.requests_of(db=db, participant=p["4paradigm"])["received"] == [req]
    with pytest.raises(Forbidden):
        meetings.answer(db=db, request=req, responder=p["nhn-cloud"], accept=True)
    meetings.answer(db=db, request=req, responder=p["4paradigm"], accept=True)
    assert (req.status, req.responder) == ("accepted", p["4paradigm"])
    with pytest.raises(GyoryuError) as err:
        meetings.answer(db=db, request=req, responder=p["4paradigm"], accept=False)
    assert err.value.code == "E513"
    with pytest.raises(GyoryuError) as err:
        meetings.request_meeting(db=db, program=program, requester=p["hancom"],
                                 target_org_id=p["hancom"].organization_id)
    assert err.value.code == "E514"
    with pytest.raises(GyoryuError) as err:
        meetings.request_meeting(db=db, program=program, requester=p["hancom"],
                                 target_org_id=org_by_key(db=db, key="baidu").id)
    assert err.value.code == "E512"


def test_recommendations_schedule_and_agenda(db, summit):
    program, p = summit
    profiles = {
        "hancom": dict(offers_capabilities=["software", "data"], seeks_capabilities=["hardware"]),
        "nhn-cloud": dict(offers_capabilities=["software"], seeks_capabilities=["market_access"]),
        "4paradigm": dict(offers_capabilities=["software"], seeks_capabilities=["data"]),
        "sevens-robotics": dict(offers_capabilities=["hardware", "manufacturing"],
                                seeks_capabilities=["software", "market_access"]),
    }
    for key, data in profiles.items():
        match_service.save_profile(db=db, data=ProfileIn(
            organization_id=p[key].organization_id, program_id=program.id, **data))
    recs = meetings.recommendations(db=db, program=program, participant=p["hancom"])
    assert {r.profile.organization.key for r in recs} <= {"4paradigm", "sevens-robotics"}
    assert recs and all(r.render(Translator("en")) for r in recs)

    req = meetings.request_meeting(db=db, program=program, requester=p["hancom"],
                                   target_org_id=p["4paradigm"].organization_id)
    meetings.answer(db=db, request=req, responder=p["4paradigm"], accept=True)
    run = meetings.solve(db=db, program=program, time_limit=2)
    by_request = {m.request: m for m in run.meetings}
    accepted_meeting = by_request[f"req:{req.id}"]
    assert {accepted_meeting.a, accepted_meeting.b} == {str(p["hancom"].id),
                                                       str(p["4paradigm"].id)}
    # Feasible: nobody twice in a slot, no table used twice in a slot.
    seen = set()
    for m in run.meetings:
        for who in (m.a, m.b):
            assert (who, m.slot) not in seen
            seen.add((who, m.slot))
        assert ("table", m.table_no, m.slot) not in seen
        seen.add(("table", m.table_no, m.slot))
    grid = board.meeting_board(db=db, program=program)
    assert grid["cells"][(accepted_meeting.slot, accepted_meeting.table_no)] == accepted_meeting

    # Participants see meetings once the organiser publishes the schedule.
    t = Translator("ko")
    assert [e.kind for e in agenda.entries(db=db, program=program, participant=p["hancom"],
                                           t=t)] == []
    meetings.publish_schedule(db=db, program=program)
    itinerary.add_visit(db=db, program=program, data=VisitIn(host="4paradigm", duration=90))
    itinerary.auto_plan(db=db, program=program, time_limit=1)
    itinerary.publish(db=db, program=program)
    t = Translator("ko")
    found = agenda.entries(db=db, program=program, participant=p["hancom"], t=t)
    kinds = [e.kind for e in found]
    assert kinds.count("visit") == 1 and "meeting" in kinds
    visit = next(e for e in found if e.kind == "visit")
    assert visit.title == "포패러다임" and visit.place == "베이징"
    meeting = next(e for e in found if e.uid.startswith("meeting") and "王四范" in e.title)
    assert meeting.start.strftime("%Y-%m-%d %H:%M") == accepted_meeting.slot.replace("T", " ")

    cal = Calendar.from_ical(agenda.ics(program=program, found=found, lang="ko"))
    events = [c for c in cal.walk("VEVENT")]
    assert len(events) == len(found)
    summaries = {str(e["SUMMARY"]) for e in events}
    assert "포패러다임" in summaries
    first = next(e for e in events if str(e["SUMMARY"]) == "포패러다임")
    assert str(first.decoded("DTSTART").tzinfo) == "Asia/Shanghai"


def test_pdf_has_real_cjk_glyphs(db, make_program):
    """WeasyPrint embeds a CJK font and the Korean and Chinese text comes back out."""
    program = make_program(title={"ko": "충칭 대표단", "zh": "重庆代表团"})
    itinerary.add_visit(db=db, program=program, data=VisitIn(
        host="sevens-robotics", title={"ko": "세븐스 로보틱스 방문", "zh": "参观七腾机器人"}))
    itinerary.auto_plan(db=db, program=program, time_limit=1)
    from gyoryu.web.templating import templates

    for lang, expected in (("ko", ["충칭 대표단", "세븐스 로보틱스 방문"]),
                           ("zh", ["重庆代表团", "参观七腾机器人"])):
        t = Translator(lang)
        html = templates.get_template("programs/agenda_print.html").render(
            program=program, me=None, locale=lang, _=t.gettext, hhmm=None,
            days=agenda.by_day(agenda.entries(db=db, program=program, participant=None, t=t)))
        reader = PdfReader(BytesIO(agenda.pdf(html)))
        fonts = {str(f["/BaseFont"]) for page in reader.pages
                 for f in page["/Resources"]["/Font"].values()}
        assert any("CJK" in name for name in fonts), fonts
        text = "".join(page.extract_text() for page in reader.pages)
        for phrase in expected:
            assert phrase in text.replace("\n", " ")
