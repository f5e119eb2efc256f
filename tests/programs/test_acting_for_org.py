"""Naming an organisation on a registration form gives nothing: an unaccepted registrant cannot
see the organisation's incoming requests, answer them or change its profile; the organiser's
acceptance (or registering signed in as a member of the organisation) makes them act for it."""

from __future__ import annotations

import re

from gyoryu.accounts.enums import Role
from gyoryu.directory.service import org_by_key
from gyoryu.matching import service as match_service
from gyoryu.matching.schemas import ProfileIn
from gyoryu.programs import meetings, service
from gyoryu.programs.enums import RequestStatus
from tests.web.conftest import csrf_of, sign_in


def _baidu_world(db, make_program, register):
    """Baidu's real, accepted participant; a Hancom participant who asked to meet Baidu; Baidu's
    program profile."""
    program = make_program()
    baidu, hancom = org_by_key(db=db, key="baidu"), org_by_key(db=db, key="hancom")
    real = register(program, "Li", org_id=baidu.id, email="li@baidu.example")
    asker = register(program, "Park", org_id=hancom.id, email="park@hancom.example")
    for p in (real, asker):
        service.set_status(db=db, participant=p, status="accepted")
    req = meetings.request_meeting(db=db, program=program, requester=asker,
                                   target_org_id=baidu.id, message="let us meet")
    match_service.save_profile(db=db, data=ProfileIn(
        organization_id=baidu.id, program_id=program.id, offers_capabilities=["software"],
        offers_text="Baidu's own words"))
    return program, baidu, real, req


def test_an_unaccepted_registrant_cannot_act_for_the_organisation_they_name(
        db, client, make_program, register):
    program, baidu, real, req = _baidu_world(db, make_program, register)
    db.commit()
    token = csrf_of(client, f"/programs/{program.id}/register")
    r = client.post(f"/programs/{program.id}/register", data={
        "csrf_token": token, "consent": "1", "name": "Mallory", "email": "mallory@evil.example",
        "organization_name": "Baidu", "organization_id": str(baidu.id)}, follow_redirects=False)
    assert r.status_code == 303
    mine = r.headers["location"].split("?")[0]
    impostor = service.participant_by_token(db=db, token=mine.rsplit("/", 1)[1])
    assert (impostor.organization_id, impostor.status) == (baidu.id, "applied")

    page = client.get(mine).text
    assert f'data-request="{req.id}"' not in page and "let us meet" not in page
    assert "Baidu's own words" not in page and 'id="profile-form"' not in page
    assert 'id="not-yet-for-org"' in page

    answered = client.post(f"{mine}/requests/{req.id}",
                           data={"csrf_token": token, "action": "accept"})
    assert answered.status_code == 403
    assert "once the organisers have accepted your registration" in answered.text
    overwritten = client.post(f"{mine}/profile", data={
        "csrf_token": token, "offers_capabilities": ["hardware"], "offers_text": "Mallory's"})
    assert overwritten.status_code == 403

    db.expire_all()
    assert (req.status, req.responder_id) == (RequestStatus.pending, None)
    profile = match_service.profile_for(db=db, organization_id=baidu.id, program_id=program.id)
    form = match_service.profile_form(profile)
    assert (form.offers_text, form.offers_capabilities) == ("Baidu's own words",
                                                                  ["software"])
    # Baidu's real participant still answers
    assert f'data-request="{req.id}"' in client.get(f"/p/{real.token}").text
    assert client.post(f"/p/{real.token}/requests/{req.id}",
                       data={"csrf_token": token, "action": "accept"}).status_code == 200
    db.expire_all()
    assert (req.status, req.responder_id) == (RequestStatus.accepted, real.id)


def test_acceptance_or_a_member_account_makes_a_registrant_act_for_the_organisation(
        db, client, make_program, register, make_user):
    program, baidu, _real, req = _baidu_world(db, make_program, register)
    later = register(program, "Wang", org_id=baidu.id, email="wang@baidu.example")
    db.commit()
    assert not service.speaks_for_org(later)
    assert meetings.requests_of(db=db, participant=later)["received"] == []
    service.set_status(db=db, participant=later, status="accepted")
    assert service.speaks_for_org(later)
    assert meetings.requests_of(db=db, participant=later)["received"] == [req]

    # a member of Baidu registering signed in vouches for themselves; a member of another
    # organisation naming Baidu does not
    email, password = make_user(Role.member, organization_id=baidu.id)
    sign_in(client, email, password)
    token = csrf_of(client, f"/programs/{program.id}/register")
    r = client.post(f"/programs/{program.id}/register", data={
        "csrf_token": token, "consent": "1", "name": "Zhou", "email": "zhou@baidu.example",
        "organization_id": str(baidu.id)}, follow_redirects=False)
    member = service.participant_by_token(db=db, token=r.headers["location"].split("?")[0][3:])
    assert member.status == "applied" and service.speaks_for_org(member)
    assert f'data-request="{req.id}"' in client.get(f"/p/{member.token}").text

    outsider, password = make_user(Role.member, organization_id=org_by_key(db=db,
                                                                          key="hancom").id)
    client.post("/logout", data={"csrf_token": csrf_of(client, "/")})
    sign_in(client, outsider, password)
    token = csrf_of(client, f"/programs/{program.id}/register")
    r = client.post(f"/programs/{program.id}/register", data={
        "csrf_token": token, "consent": "1", "name": "Choi", "email": "choi@hancom.example",
        "organization_id": str(baidu.id)}, follow_redirects=False)
    posing = service.participant_by_token(db=db, token=r.headers["location"].split("?")[0][3:])
    assert not service.speaks_for_org(posing)
    assert re.search(r'data-request="\d+"', client.get(f"/p/{posing.token}").text) is None
