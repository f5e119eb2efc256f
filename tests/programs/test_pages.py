"""The program pages through the app: registration, organiser pages and permissions, the
participant's page with profile, request, answer, ICS and PDF."""

from __future__ import annotations

import html
import re
from datetime import date
from io import BytesIO

from openpyxl import load_workbook

from gyoryu.accounts.enums import Role
from gyoryu.directory.service import org_by_key
from gyoryu.programs import service
from gyoryu.programs.models import Participant
from tests.web.conftest import csrf_of, sign_in


def _register(client, program_id, **form):
    token = csrf_of(client, f"/programs/{program_id}/register")
    return client.post(f"/programs/{program_id}/register", data={"consent": "1", **form, "csrf_token": token},
                       follow_redirects=False)


def test_public_registration_and_wait_list(db, client, make_program):
    program = make_program(capacity=1)
    db.commit()
    assert "AI Summit" in client.get("/programs").text
    page = client.get(f"/programs/{program.id}")
    assert page.status_code == 200 and 'id="register"' in page.text
    suggest = client.get("/programs/org-suggest", params={"organization_name": "텐센트"}).text
    tencent = org_by_key(db=db, key="tencent")
    assert f'data-id="{tencent.id}"' in suggest

    r = _register(client, program.id, name="Kim", email="kim@ex.org",
                  organization_name="Tencent", organization_id=str(tencent.id), role="CEO")
    assert r.status_code == 303 and r.headers["location"].startswith("/p/")
    me = client.get(r.headers["location"]).text
    assert "Kim" in me and "applied" in me
    r2 = _register(client, program.id, name="Lee", email="lee@ex.org",
                   organization_name="Brand New Co")
    assert r2.status_code == 303
    lee = db.query(Participant).filter_by(email="lee@ex.org").one()
    assert (lee.status, lee.organization_id, lee.organization_name) == (
        "waitlisted", None, "Brand New Co")
    bad = _register(client, program.id, name="", email="nope", organization_name="x")
    assert bad.status_code == 400 and "is not an email address" in bad.text


def test_organiser_pages_need_permission(db, client, make_program, make_user):
    program = make_program()
    db.commit()
    for path in ("participants", "itinerary", "travel", "grid", "meetings", "edit"):
        assert client.get(f"/programs/{program.id}/{path}").status_code == 403
    sign_in(client, *make_user(Role.member, organization_id=org_by_key(db=db, key="hancom").id))
    assert client.get(f"/programs/{program.id}/participants").status_code == 403


def test_organiser_manages_a_program(db, client, make_user, register):
    sign_in(client, *make_user(Role.organiser))
    token = csrf_of(client, "/programs/new")
    r = client.post("/programs/new", data={
        "csrf_token": token, "kind": "delegation", "title_ko": "베이징 참관단",
        "starts_on": "2027-05-12", "ends_on": "2027-05-13", "cities": "베이징",
        "capacity": "10", "fee": "1900000", "currency": "KRW", "day_start": "09:00",
        "day_end": "18:00", "lunch_start": "12:00", "lunch_end": "13:00",
        "registration_open": "1"}, follow_redirects=False)
    assert r.status_code == 303, r.text
    program_id = int(r.headers["location"].rsplit("/", 1)[1])
    program = service.get_program(db=db, program_id=program_id)
    assert [c.key for c in program.cities] == ["cn-beijing"]
    assert "1,900,000 KRW" in client.get(f"/programs/{program_id}").text

    kim = register(program, "Kim", org_id=org_by_key(db=db, key="hancom").id)
    register(program, "Wang", org_id=org_by_key(db=db, key="4paradigm").id)
    db.commit()
    r = client.post(f"/programs/{program_id}/participants/{kim.id}",
                    data={"csrf_token": token, "status": "accepted", "paid": "yes"},
                    follow_redirects=False)
    assert r.status_code == 303
    listed = client.get(f"/programs/{program_id}/participants", params={"status": "accepted"})
    assert "Kim" in listed.text and "Wang" not in listed.text
    xlsx = client.get(f"/programs/{program_id}/participants.xlsx", params={"paid": "yes"})
    rows = list(load_workbook(BytesIO(xlsx.content)).active.iter_rows(values_only=True))
    assert [r[1] for r in rows[1:]] == ["Kim"]

    four = org_by_key(db=db, key="4paradigm")
    client.post(f"/programs/{program_id}/visits", data={
        "csrf_token": token, "host_id": str(four.id), "duration": "90", "opens": "10:00",
        "closes": "17:00"})
    client.post(f"/programs/{program_id}/visits", data={
        "csrf_token": token, "host_id": str(four.id), "title": "Impossible", "duration": "600"})
    client.post(f"/programs/{program_id}/itinerary/plan", data={"csrf_token": token})
    page = client.get(f"/programs/{program_id}/itinerary").text
    assert "Not planned:" in page and "The visit takes 600 min" in page
    client.post(f"/programs/{program_id}/itinerary/publish", data={"csrf_token": token})
    log = client.get(f"/programs/{program_id}/changelog").text
    assert "Version 1" in log and "Added: 4Paradigm" in log

    travel = client.get(f"/programs/{program_id}/travel").text
    name = re.search(r'name="(venue-\d+-\d+)"', travel).group(1)
    client.post(f"/programs/{program_id}/travel", data={"csrf_token": token, name: "15"})
    assert 'value="15"' in client.get(f"/programs/{program_id}/travel").text


def test_participant_page_profile_request_ics_pdf(db, client, make_program, register):
    program = make_program(meeting_on=date(2026, 5, 13), meeting_slots=2, tables=1)
    kim = register(program, "Kim", org_id=org_by_key(db=db, key="hancom").id)
    wang = register(program, "Wang", org_id=org_by_key(db=db, key="4paradigm").id)
    for p in (kim, wang):
        service.set_status(db=db, participant=p, status="accepted")
    db.commit()
    token = csrf_of(client, f"/p/{kim.token}")
    client.post(f"/p/{kim.token}/profile", data={
        "csrf_token": token, "offers_capabilities": ["software", "data"],
        "seeks_capabilities": ["market_access"]})
    client.post(f"/p/{wang.token}/profile", data={
        "csrf_token": token, "offers_capabilities": ["market_access"],
        "seeks_capabilities": ["data"]})
    page = client.get(f"/p/{kim.token}").text
    assert 'class="card recommendation"' in page
    client.post(f"/p/{kim.token}/requests", data={
        "csrf_token": token, "target_org_id": str(wang.organization_id)})
    received = client.get(f"/p/{wang.token}").text
    request_id = re.search(r'data-request="(\d+)"', received).group(1)
    client.post(f"/p/{wang.token}/requests/{request_id}",
                data={"csrf_token": token, "action": "accept"})
    assert "accepted" in client.get(f"/p/{kim.token}").text

    ics = client.get(f"/p/{kim.token}/agenda.ics")
    assert ics.status_code == 200 and ics.headers["content-type"].startswith("text/calendar")
    pdf = client.get(f"/p/{kim.token}/agenda.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")


def test_add_visit_form_shows_field_errors(db, client, make_program, make_user):
    program = make_program()
    db.commit()
    sign_in(client, *make_user(Role.organiser))
    token = csrf_of(client, f"/programs/{program.id}/itinerary")
    four = org_by_key(db=db, key="4paradigm")
    r = client.post(f"/programs/{program.id}/visits", data={
        "csrf_token": token, "organization_name": "4Paradigm", "host_id": str(four.id),
        "title": "Lab tour", "duration": "two hours", "opens": "9h", "closes": "17:00"})
    assert r.status_code == 422
    errors = {k: html.unescape(v)
              for k, v in re.findall(r'data-field="(\w+)">([^<]+)</p>', r.text)}
    assert errors == {
        "duration": "Give the duration in whole minutes, from 5 to 720.",
        "opens": "'9h' is not a time of day (use HH:MM, e.g. 09:30).",
    }
    # What was typed comes back, and nothing was added.
    assert 'name="title" value="Lab tour"' in r.text and 'value="17:00"' in r.text
    assert 'data-visit=' not in r.text

    r = client.post(f"/programs/{program.id}/visits", data={
        "csrf_token": token, "title": "Somewhere", "city": "Atlantis", "duration": "60"})
    assert r.status_code == 422
    assert re.findall(r'data-field="(\w+)"', r.text) == ["city"]
    r = client.post(f"/programs/{program.id}/visits", data={
        "csrf_token": token, "title": "Lab tour", "city": "베이징", "duration": "60"},
        follow_redirects=False)
    assert r.status_code == 303
