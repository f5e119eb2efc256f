"""Taking part through the JSON API: register, then by the participant's token request meetings,
answer them, keep a profile and read recommendations; organisers accept and mark payments."""

from __future__ import annotations

from gyoryu.accounts import tokens
from gyoryu.accounts.enums import Role
from gyoryu.accounts.service import add_user
from gyoryu.directory.service import org_by_key
from gyoryu.programs import service
from gyoryu.programs.models import MeetingRequest, Participant


def test_register_request_answer_and_profile(client, db, make_program):
    program = make_program(key="api-fair")
    organiser = add_user(db=db, email="fair-organiser@example.org", password="long enough",
                         role=Role.organiser)
    _, secret = tokens.create_token(db=db, user=organiser, scope="write")
    db.commit()
    hancom, paradigm = org_by_key(db=db, key="hancom"), org_by_key(db=db, key="4paradigm")

    made = client.post(f"/api/v1/programs/{program.id}/registrations", json={
        "consent": True, "name": "Kim", "email": "kim@hancom.example", "organization_id": hancom.id})
    assert made.status_code == 201, made.text
    kim = made.json()
    assert kim["participant"]["status"] == "applied"
    wang = client.post(f"/api/v1/programs/{program.id}/registrations", json={
        "consent": True, "name": "Wang", "email": "wang@4paradigm.example", "organization_id": paradigm.id}).json()
    twice = client.post(f"/api/v1/programs/{program.id}/registrations", json={
        "consent": True, "name": "Kim", "email": "kim@hancom.example", "organization_name": "Hancom"})
    assert (twice.status_code, twice.json()["error"]["code"]) == (400, "E504"), twice.text

    # organisers accept (anonymous: 401; the token of an organiser: done)
    path = f"/api/v1/programs/{program.id}/participants/{{}}"
    assert client.patch(path.format(kim["participant"]["id"]),
                        json={"status": "accepted"}).status_code == 401
    auth = {"Authorization": f"Bearer {secret}"}
    for p in (kim, wang):
        r = client.patch(path.format(p["participant"]["id"]), headers=auth,
                         json={"status": "accepted", "paid": True})
        assert (r.status_code, r.json()["status"], r.json()["paid"]) == (200, "accepted", True)

    # Kim asks to meet 4Paradigm; Wang accepts
    asked = client.post(f"/api/v1/agenda/{kim['token']}/requests",
                        json={"target_org_id": paradigm.id, "message": "pilot?"})
    assert asked.status_code == 201, asked.text
    own = client.post(f"/api/v1/agenda/{kim['token']}/requests", json={"target_org_id": hancom.id})
    assert (own.status_code, own.json()["error"]["code"]) == (400, "E514")
    received = client.get(f"/api/v1/agenda/{wang['token']}/requests").json()["received"]
    assert [r["id"] for r in received] == [asked.json()["id"]]
    not_yours = client.post(f"/api/v1/agenda/{kim['token']}/requests/{asked.json()['id']}",
                            json={"action": "accept"})
    assert not_yours.status_code == 403
    answered = client.post(f"/api/v1/agenda/{wang['token']}/requests/{asked.json()['id']}",
                           json={"action": "accept"})
    assert answered.json()["status"] == "accepted"
    db.expire_all()
    assert db.get(MeetingRequest, asked.json()["id"]).status == "accepted"

    # profiles and recommendations
    assert client.get(f"/api/v1/agenda/{kim['token']}/profile").json() is None
    saved = client.put(f"/api/v1/agenda/{kim['token']}/profile", json={
        "offers_sectors": [], "seeks_capabilities": ["Market Access"], "offers_text": "hwp ai"})
    assert saved.status_code == 200, saved.text
    assert client.get(f"/api/v1/agenda/{kim['token']}/profile").json()["seeks_capabilities"] == [
        "market_access"]
    bad = client.put(f"/api/v1/agenda/{kim['token']}/profile", json={"seeks_capabilities": ["x"]})
    assert (bad.status_code, bad.json()["error"]["code"]) == (422, "E702")
    nobody = client.post(f"/api/v1/programs/{program.id}/registrations", json={
        "name": "Lee", "email": "lee@example.org"})
    assert (nobody.status_code, nobody.json()["error"]["code"]) == (422, "E516")
    assert client.get(f"/api/v1/agenda/{kim['token']}/recommendations").status_code == 200
    assert client.get("/api/v1/agenda/not-a-token/requests").status_code == 404
    assert service.get_participant(db=db, participant_id=kim["participant"]["id"]).paid is True
    assert db.query(Participant).filter_by(program_id=program.id).count() == 2
