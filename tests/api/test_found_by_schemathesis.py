"""What the property-based run found, pinned as plain examples (both databases): bodies whose
fields are out of any column's range, NUL characters, non-text where text is expected, meeting
times past midnight, answers with naive times, and organiser actions reached without CSRF."""

from __future__ import annotations

from datetime import date

import pytest

from gyoryu.accounts import tokens
from gyoryu.accounts.enums import Role
from gyoryu.accounts.models import User
from gyoryu.directory.service import org_by_key
from gyoryu.fields import MAX_INT
from gyoryu.programs import service
from gyoryu.programs.schemas import RegistrationIn
from tests.web.conftest import sign_in


@pytest.fixture
def bearer(db, make_user):
    def _bearer(role: Role) -> dict:
        email, _ = make_user(role, organization_id=org_by_key(db=db, key="aeirobot").id
                             if role == Role.member else None)
        user = db.query(User).filter_by(email=email).one()
        _token, secret = tokens.create_token(db=db, user=user, scope="write")
        db.commit()
        return {"Authorization": f"Bearer {secret}"}

    return _bearer


def _program(db, make_program):
    program = make_program(key="found-summit", meeting_on=date(2026, 5, 13), meeting_slots=3,
                           tables=2)
    person = service.register_participant(db=db, program=program, force=True, data=RegistrationIn(
        name="김민지", email="minji@example.org",
        organization_id=org_by_key(db=db, key="hancom").id, consent=True))
    db.commit()
    return program, person


@pytest.mark.parametrize(("path", "body"), [
    ("/api/v1/programs/{p}/interpreters", {"name": "x" * 201, "pairs": ["ko-zh"]}),
    ("/api/v1/programs/{p}/interpreters", {"name": "Kim\x00", "pairs": ["ko-zh"]}),
    ("/api/v1/programs/{p}/interpreters", {"name": "Kim", "pairs": ["ko-zh"], "max_meetings": 2**31}),
    ("/api/v1/programs/{p}/meeting-days", {"day": "2026-05-13", "start": 0, "end": 10**12}),
    ("/api/v1/programs/{p}/meeting-days", {"day": "2026-05-13", "start": [1], "end": "17:00"}),
    ("/api/v1/programs/{p}/participants/status", {"ids": [2**31], "status": "accepted"}),
    ("/api/v1/programs/{p}/participants/status", {"ids": [1], "status": "bogus"}),
    ("/api/v1/programs/{p}/send-links", {"participant_ids": [2**40]}),
    ("/api/v1/feeds", {"url": "https://example.org/" + "a" * 1000}),
    ("/api/v1/catalogue/products", {"organization": "aeirobot", "category": "robot",
                                    "names": {"en": "R2"}, "min_order": MAX_INT + 1}),
    ("/api/v1/catalogue/products", {"organization": "aeirobot", "category": "robot",
                                    "names": {"en": "R2"}, "currency": [None, None]}),
    ("/api/v1/people", {"names": {"en": "Kim"}, "affiliations": [{"org": [None, None]}]}),
    ("/api/v1/places", {"key": True, "kind": "city", "country": "KR", "names": {"en": "X"}}),
    ("/api/v1/outcomes", {"organizations": ["hancom", "4paradigm"], "stage": "mou",
                          "meeting": 2**31}),
    ("/api/v1/fund/rubric", {"key": "team", "weight": 1, "position": 2**31}),
])
def test_out_of_range_and_malformed_bodies_are_422(db, client, make_program, bearer, path, body):
    program, _ = _program(db, make_program)
    r = client.post(path.format(p=program.id), json=body, headers=bearer(Role.admin))
    assert r.status_code == 422, (path, r.status_code, r.text[:300])
    assert r.json()["error"]["message"]


def test_ids_beyond_integer_in_a_path_are_404(db, client, bearer):
    r = client.post(f"/api/v1/programs/{2**31}/participants/status", json={"ids": [1]},
                    headers=bearer(Role.admin))
    assert (r.status_code, r.json()["error"]["code"]) == (404, "E003")


def test_times_in_answers_carry_their_zone(db, client, bearer):
    r = client.get("/api/v1/tokens", headers=bearer(Role.admin))
    assert r.status_code == 200
    moment = r.json()["items"][0]["created_at"]
    assert moment.endswith(("Z", "+00:00")), moment


def test_organiser_actions_without_a_token_need_csrf(db, client, make_user, make_program):
    program, person = _program(db, make_program)
    sign_in(client, *make_user(Role.admin))
    for path, body in ((f"/api/v1/programs/{program.id}/participants/status",
                        {"ids": [person.id], "status": "accepted"}),
                       ("/api/v1/programs/purge", None)):
        r = client.post(path, json=body)
        assert (r.status_code, r.json()["error"]["code"]) == (403, "E107"), path
    r = client.post(f"/programs/{program.id}/participants/bulk", data={"ids": [str(person.id)]})
    assert r.status_code == 403
    db.refresh(person)
    assert person.status == "applied"


def test_an_organiser_resends_links_only_to_their_programs_participants(
        db, client, make_program, bearer):
    program, _ = _program(db, make_program)
    other = make_program(key="other-summit")
    stranger = service.register_participant(db=db, program=other, force=True, data=RegistrationIn(
        name="Wang", email="wang@example.org", organization_name="4Paradigm", consent=True))
    db.commit()
    r = client.post(f"/api/v1/programs/{program.id}/send-links",
                    json={"participant_ids": [stranger.id]}, headers=bearer(Role.organiser))
    assert (r.status_code, r.json()["error"]["code"]) == (404, "E502")
