"""Outcomes through the app: the organiser records a meeting, the participant answers on their
private page, the report (page, XLSX with hostile names kept as text, PDF in Korean) counts it,
both organisations' pages show it; members read only their own answers; uploads are checked."""

from __future__ import annotations

import re
from io import BytesIO

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from gyoryu.accounts.enums import Role
from gyoryu.accounts.models import User
from gyoryu.directory.models import OrgName
from gyoryu.directory.normalize import name_key
from gyoryu.outcomes import followups, meetings
from tests.web.conftest import csrf_of, sign_in


def _user(db, email):
    return db.scalar(select(User).where(User.email == email))


def test_a_meeting_answered_shows_in_the_report_and_on_both_pages(db, client, summit, make_user):
    sign_in(client, *make_user(Role.organiser))
    nhn, para = summit.people["nhn-cloud"], summit.people["4paradigm"]
    page = client.get(f"/programs/{summit.id}/outcomes")
    assert page.status_code == 200 and 'id="meeting-form"' in page.text
    token = csrf_of(client, f"/programs/{summit.id}/outcomes")
    r = client.post(f"/programs/{summit.id}/outcomes/meetings", follow_redirects=False, data={
        "csrf_token": token, "org_a": nhn.organization_id, "org_b": para.organization_id,
        "held_on": "2026-03-11"})
    assert r.status_code == 303
    bad = client.post(f"/programs/{summit.id}/outcomes/meetings", data={
        "csrf_token": token, "org_a": nhn.organization_id, "org_b": nhn.organization_id,
        "held_on": "2026-03-11"})
    assert bad.status_code == 400 and "at least two different organisations" in bad.text

    me = client.get(f"/p/{nhn.token}")
    [fu_id] = re.findall(r'data-follow-up="(\d+)"', me.text)[:1]
    r = client.post(f"/p/{nhn.token}/follow-ups/{fu_id}", follow_redirects=False,
                    data={"csrf_token": csrf_of(client, f"/p/{nhn.token}"), "stage": "mou",
                          "note": "cloud for AutoML"})
    assert r.status_code == 303
    mine = client.get(f"/p/{nhn.token}").text
    assert 'class="answered"' in mine
    assert re.search(r'class="results my-outcomes">.*4Paradigm.*MOU', mine, re.S)
    # the other side's page asks them too, and shows the same relation
    theirs = client.get(f"/p/{para.token}").text
    assert 'follow-up-form' in theirs and 'data-stage="mou"' in theirs

    report = client.get(f"/programs/{summit.id}/report").text
    assert re.search(r'data-step="agreement"><td>MOU / LOI / NDA</td><td class="count-cell">1<', report)
    for org_id, other in ((nhn.organization_id, "4Paradigm"), (para.organization_id, "NHN Cloud")):
        org_page = client.get(f"/organizations/{org_id}").text
        assert 'id="outcomes"' in org_page and other in org_page and 'data-stage="mou"' in org_page
    client.cookies.set("lang", "ko")
    assert "업무협약(MOU)" in client.get(f"/organizations/{para.organization_id}").text
    client.cookies.set("lang", "zh")
    assert "谅解备忘录（MOU）" in client.get(f"/organizations/{para.organization_id}").text
    # anonymous readers see no outcomes on the organisation page
    client.cookies.clear()
    assert 'id="outcomes"' not in client.get(f"/organizations/{para.organization_id}").text


def test_report_exports_keep_hostile_names_as_text_and_print_in_korean(db, client, summit,
                                                                        make_user):
    from pypdf import PdfReader

    nhn, para = summit.people["nhn-cloud"], summit.people["4paradigm"]
    para.organization.names.append(OrgName(name="=HYPERLINK(\"http://x\")\x01", lang="en",
                                           kind="primary", norm=name_key("=HYPERLINK x")))
    for n in para.organization.names:
        if n.lang == "en" and n.kind == "primary" and not n.name.startswith("="):
            n.kind = "other"
    meetings.record_meeting(db=db, program=summit, held_on="2026-03-11",
                            org_ids=(nhn.organization_id, para.organization_id))
    db.commit()
    sign_in(client, *make_user(Role.organiser))
    sheet = client.get(f"/programs/{summit.id}/report.xlsx")
    wb = load_workbook(BytesIO(sheet.content))
    cell = wb["relations"]["A2"]
    assert cell.value.endswith('=HYPERLINK("http://x")') and cell.data_type == "s"
    assert wb["funnel"]["A2"].value == "meetings held" and wb["funnel"]["B2"].value == 1
    client.cookies.set("lang", "ko")
    pdf = client.get(f"/programs/{summit.id}/report.pdf")
    assert pdf.content.startswith(b"%PDF")
    text = PdfReader(BytesIO(pdf.content)).pages[0].extract_text()
    assert "진행된 미팅" in text and "성과 서밋" in text


def test_a_member_reads_only_their_own_answers(db, client, summit, make_user):
    nhn, para = summit.people["nhn-cloud"], summit.people["4paradigm"]
    meeting = meetings.record_meeting(db=db, program=summit, held_on="2026-03-11",
                                      org_ids=(nhn.organization_id, para.organization_id))
    first = meeting.follow_ups[0]
    from datetime import date

    mine = followups.answer(db=db, follow_up=first, participant=nhn, value="mou",
                            today=date(2026, 12, 4))
    theirs = followups.answer(db=db, follow_up=first, participant=para, value="follow_up",
                              note="price too high", today=date(2026, 12, 4))
    email, password = make_user(Role.member, organization_id=nhn.organization_id)
    nhn.user_id = _user(db, email).id
    db.commit()
    sign_in(client, email, password)
    assert client.get(f"/api/answers/{mine.id}").json()["answer"] == "mou"
    assert client.get(f"/api/answers/{theirs.id}").status_code == 403
    listed = client.get(f"/api/follow-ups/{first.id}/answers").json()
    assert [a["id"] for a in listed] == [mine.id]
    assert "price too high" not in client.get(f"/api/follow-ups/{first.id}/answers").text
    assert client.get(f"/programs/{summit.id}/outcomes").status_code == 403
    # the member sees their organisation's relation, not the organiser's queue
    assert [o["organizations"] for o in client.get("/api/outcomes").json()["items"]] == [
        ["nhn-cloud", "4paradigm"]]
    assert client.get("/api/outcomes/suggestions").status_code == 403


@pytest.mark.parametrize(("name", "content", "ok"), [
    ("mou.pdf", b"%PDF-1.7\n1 0 obj\n", True),
    ("mou.pdf", b"MZ\x90\x00 an executable", False),
    ("photo.png", b"%PDF-1.7\n", False),
    ("mou.pdf", b"%PDF-" + b"0" * (10 * 1024 * 1024), False),
])
def test_uploaded_documents_are_checked(db, client, summit, make_user, name, content, ok):
    nhn, para = summit.people["nhn-cloud"], summit.people["4paradigm"]
    meetings.record_meeting(db=db, program=summit, held_on="2026-03-11",
                            org_ids=(nhn.organization_id, para.organization_id))
    db.commit()
    sign_in(client, *make_user(Role.organiser))
    [outcome] = client.get("/api/outcomes").json()["items"]
    r = client.post(f"/outcomes/{outcome['id']}/steps", follow_redirects=False,
                    data={"csrf_token": csrf_of(client, f"/outcomes/{outcome['id']}"),
                          "stage": "mou", "on": "2026-04-01"},
                    files={"document": (name, content, "application/octet-stream")})
    after = client.get(f"/api/outcomes/{outcome['id']}").json()
    if ok:
        assert r.status_code == 303
        [doc] = after["history"][-1]["evidence"]
        assert doc["kind"] == "document"
        got = client.get(f"/outcomes/documents/{doc['ref']}")
        assert got.content == content and got.headers["content-disposition"].startswith("attachment")
    else:
        assert r.status_code == 400
        assert [h["stage"] for h in after["history"]] == ["contact"]


def test_the_api_says_what_is_wrong(db, client, make_user):
    sign_in(client, *make_user(Role.organiser))
    token = csrf_of(client, "/outcomes")
    r = client.post("/api/outcomes", headers={"X-CSRF-Token": token}, json={
        "organizations": ["nhn-cloud", "4paradigm"], "stage": "mou", "date": "2026-11-01",
        "amount": 5000000, "currency": "DOLLAR"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "E803"
    r = client.post("/api/outcomes", headers={"X-CSRF-Token": token}, json={
        "organizations": ["nhn-cloud", "4paradigm"], "stage": "mou", "date": "2026-11-01",
        "amount": 5000000, "currency": "USD"})
    assert r.status_code == 201 and r.json()["history"][0]["amount"] == 5000000


def test_a_programs_own_organiser_sees_its_outcomes_and_no_other(db, client, summit, make_program,
                                                                   make_user):
    from gyoryu.programs import service as programs
    from gyoryu.programs.enums import ProgramRole

    other = make_program(key="another-summit")
    nhn, para = summit.people["nhn-cloud"], summit.people["4paradigm"]
    meetings.record_meeting(db=db, program=summit, held_on="2026-03-11",
                            org_ids=(nhn.organization_id, para.organization_id))
    email, password = make_user(Role.viewer)
    programs.add_staff(db=db, program=summit, user_id=_user(db, email).id, role=ProgramRole.organiser)
    db.commit()
    sign_in(client, email, password)
    assert client.get(f"/programs/{summit.id}/outcomes").status_code == 200
    assert client.get(f"/programs/{summit.id}/report").status_code == 200
    assert client.get(f"/api/programs/{summit.id}/report").json()["meetings"] == 1
    assert client.get(f"/programs/{other.id}/outcomes").status_code == 403
    assert client.get(f"/api/programs/{other.id}/report").status_code == 403
    assert client.get("/outcomes/suggestions").status_code == 403
