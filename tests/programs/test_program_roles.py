"""Per-program roles (organiser, staff, viewer) through the rules, the pages, the API and the
CLI, and the check-in at the event. A role reaches its own program only."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from sqlalchemy import select

from gyoryu.accounts.enums import Role
from gyoryu.accounts.models import User
from gyoryu.accounts.rules import allowed
from gyoryu.accounts.service import add_user
from gyoryu.accounts.tokens import create_token
from gyoryu.db import transaction
from gyoryu.programs import service, staff
from gyoryu.programs.models import Participant, ProgramStaff
from gyoryu.programs.schemas import ProgramIn, RegistrationIn
from tests.web.conftest import csrf_of, sign_in

PASSWORD = "correct horse"


def _user(db, email, role=Role.viewer):
    user = add_user(db=db, email=email, password=PASSWORD, role=role)
    db.flush()
    return user


@pytest.fixture
def two(db, make_program, register):
    """Programs A and B; in A: an organiser, a staff member and a viewer (platform viewers
    all three), an accepted and an applied participant; in B: its own organiser."""
    a = make_program(key="roles-a", fee=100)
    b = make_program(key="roles-b")
    people = {name: _user(db, f"{name}@roles.example") for name in
              ("organiser", "staff", "viewer", "other")}
    for name, program, role in (("organiser", a, "organiser"), ("staff", a, "staff"),
                                ("viewer", a, "viewer"), ("other", b, "organiser")):
        staff.give_role(db=db, program=program, email=f"{name}@roles.example", role=role)
    kim = register(a, "Kim", email="kim@guest.example", org_name="Kim Co")
    service.set_status(db=db, participant=kim, status="accepted")
    lee = register(a, "Lee", email="lee@guest.example", org_name="Lee Co")
    db.commit()
    return a, b, people, kim, lee


def test_each_role_reaches_its_own_program_only(db, two):
    a, b, people, _kim, _lee = two
    expected = {  # (manage, run, oversee) on A; nothing on B but for B's organiser
        "organiser": (True, True, True), "staff": (False, True, True),
        "viewer": (False, False, True), "other": (False, False, False)}
    for name, powers in expected.items():
        user = people[name]
        got = tuple(allowed(f"programs.{p}", user, a) for p in ("manage", "run", "oversee"))
        assert got == powers, name
        on_b = tuple(allowed(f"programs.{p}", user, b) for p in ("manage", "run", "oversee"))
        assert on_b == ((True, True, True) if name == "other" else (False, False, False)), name
    # a second role for the same account replaces the first; taking it away leaves nothing
    row = staff.give_role(db=db, program=a, email="VIEWER@roles.example ", role="staff")
    assert [r.role for r in staff.list_staff(db=db, program=a)
            if r.user_id == people["viewer"].id] == ["staff"]
    staff.remove_staff(db=db, program=a, staff_id=row.id)
    assert not allowed("programs.oversee", people["viewer"], a)
    with pytest.raises(Exception) as err:
        staff.give_role(db=db, program=a, email="nobody@roles.example", role="staff")
    assert err.value.code == "E140"
    with pytest.raises(Exception) as err:
        staff.give_role(db=db, program=a, email="staff@roles.example", role="boss")
    assert err.value.code == "E141"
    with pytest.raises(Exception) as err:  # B's role row is not A's
        staff.remove_staff(db=db, program=a, staff_id=b.staff[0].id)
    assert err.value.code == "E142"


def test_pages_staff_section_check_in_and_what_each_role_sees(db, client, two):
    a, _b, _people, kim, lee = two
    sign_in(client, "organiser@roles.example", PASSWORD)
    page = client.get(f"/programs/{a.id}/staff")
    assert page.status_code == 200 and "staff@roles.example" in page.text
    token = csrf_of(client, f"/programs/{a.id}/staff")
    _user(db, "desk@roles.example")
    db.commit()
    r = client.post(f"/programs/{a.id}/staff", data={"csrf_token": token,
                                                      "email": "desk@roles.example",
                                                      "role": "staff"}, follow_redirects=False)
    assert r.status_code == 303
    r = client.post(f"/programs/{a.id}/staff", data={"csrf_token": token, "email": "x@y.example",
                                                      "role": "staff"})
    assert r.status_code == 400 and "needs an account first" in r.text
    desk = db.scalar(select(ProgramStaff).join(User).where(User.email == "desk@roles.example"))
    r = client.post(f"/programs/{a.id}/staff/{desk.id}/remove", data={"csrf_token": token},
                    follow_redirects=False)
    assert r.status_code == 303
    assert db.scalar(select(ProgramStaff.id).where(ProgramStaff.id == desk.id)) is None

    client.post("/logout", data={"csrf_token": token})
    sign_in(client, "staff@roles.example", PASSWORD)
    listed = client.get(f"/programs/{a.id}/participants")
    assert listed.status_code == 200 and "kim@guest.example" in listed.text
    assert f'action="/programs/{a.id}/participants/bulk"' not in listed.text  # no status forms
    token = csrf_of(client, f"/programs/{a.id}/participants")
    r = client.post(f"/programs/{a.id}/participants/{kim.id}/check-in",
                    data={"csrf_token": token}, follow_redirects=False)
    assert r.status_code == 303
    db.expire_all()
    assert db.get(Participant, kim.id).checked_in_at is not None
    r = client.post(f"/programs/{a.id}/participants/{lee.id}/check-in",
                    data={"csrf_token": token})
    assert r.status_code == 400 and "only an accepted participant" in r.text
    for path, data in ((f"/programs/{a.id}/participants/{lee.id}", {"status": "accepted"}),
                       (f"/programs/{a.id}/edit", {}), (f"/programs/{a.id}/staff", {})):
        assert client.post(path, data={"csrf_token": token, **data}).status_code == 403, path
    assert client.get(f"/programs/{a.id}/meetings").status_code == 200

    client.post("/logout", data={"csrf_token": token})
    sign_in(client, "viewer@roles.example", PASSWORD)
    for path in ("itinerary", "grid", "meetings"):
        r = client.get(f"/programs/{a.id}/{path}")
        assert r.status_code == 200 and "guest.example" not in r.text, path
        assert 'method="post"' not in r.text.split("</nav>", 1)[1].split("<footer")[0] or \
            "/logout" in r.text, path
    assert client.get(f"/programs/{a.id}/participants").status_code == 403
    token = csrf_of(client, f"/programs/{a.id}/itinerary")
    assert client.post(f"/programs/{a.id}/participants/{kim.id}/check-in",
                       data={"csrf_token": token, "undo": "1"}).status_code == 403


def test_api_staff_and_check_in(db, client, two):
    a, b, people, kim, lee = two
    secrets = {name: create_token(db=db, user=people[name], scope="write")[1]
               for name in ("organiser", "staff", "viewer", "other")}
    db.commit()

    def call(who, method, path, **kw):
        return client.request(method, f"/api/v1/programs/{a.id}{path}",
                              headers={"Authorization": f"Bearer {secrets[who]}"}, **kw)

    listed = call("organiser", "GET", "/staff").json()["items"]
    assert sorted(r["role"] for r in listed) == ["organiser", "staff", "viewer"]
    made = call("organiser", "POST", "/staff", json={"email": "other@roles.example",
                                                     "role": "viewer"})
    assert made.status_code == 201 and made.json()["role"] == "viewer"
    assert call("organiser", "POST", "/staff", json={"email": "no@roles.example",
                                                     "role": "viewer"}).json()["error"]["code"] == "E140"
    assert call("organiser", "POST", "/staff", json={"email": "other@roles.example",
                                                     "role": "boss"}).status_code == 422
    assert call("organiser", "DELETE", f"/staff/{made.json()['id']}").status_code == 204
    for who in ("staff", "viewer", "other"):
        assert call(who, "GET", "/staff").status_code == 403, who
        assert call(who, "POST", "/staff", json={"email": "other@roles.example",
                                                 "role": "organiser"}).status_code == 403, who

    r = call("staff", "POST", f"/participants/{kim.id}/check-in")
    assert r.status_code == 200 and r.json()["checked_in_at"] is not None
    first = r.json()["checked_in_at"]
    assert call("staff", "POST", f"/participants/{kim.id}/check-in").json()["checked_in_at"] == first
    assert call("staff", "POST", f"/participants/{lee.id}/check-in").json()["error"]["code"] == "E143"
    people_seen = call("staff", "GET", "/participants").json()["items"]
    assert {p["name"]: bool(p["checked_in_at"]) for p in people_seen} == {"Kim": True, "Lee": False}
    # the passport is for the organisers' visa work, not the door
    kim.passport_name, kim.passport_number = "KIM MINJI", "M12345678"
    db.commit()
    seen = {who: {p["name"]: p["passport_number"] for p in call(who, "GET", "/participants").json()["items"]}
            for who in ("staff", "organiser")}
    assert seen == {"staff": {"Kim": "", "Lee": ""}, "organiser": {"Kim": "M12345678", "Lee": ""}}
    assert call("staff", "DELETE", f"/participants/{kim.id}/check-in").json()["checked_in_at"] is None
    assert call("staff", "POST", "/participants/status",
                json={"ids": [lee.id], "status": "accepted"}).status_code == 403
    for who in ("viewer", "other"):
        assert call(who, "POST", f"/participants/{kim.id}/check-in").status_code == 403, who
        assert call(who, "GET", "/participants").status_code == 403, who
    grid = call("viewer", "GET", "/meetings")
    assert grid.status_code == 200 and "guest.example" not in grid.text
    # another program's participant through A's address: unknown here
    other = service.register_participant(db=db, program=b, data=RegistrationIn(
        name="Zhou", email="zhou@guest.example", organization_name="Zhou Co", consent=True))
    service.set_status(db=db, participant=other, status="accepted")
    db.commit()
    assert call("organiser", "POST", f"/participants/{other.id}/check-in").status_code == 404
    db.expire_all()
    assert db.get(Participant, other.id).checked_in_at is None


@pytest.fixture
def gyoryu(engine, cli):
    with transaction(engine) as db:
        program = service.create_program(db=db, data=ProgramIn(
            key="roles-cli", kind="summit", title={"en": "Roles fair"},
            starts_on=date(2026, 5, 12), ends_on=date(2026, 5, 13), cities=["cn-beijing"],
            registration_closes="2099-12-31T00:00:00+00:00"))
        _user(db, "cli-desk@roles.example")
        guest = service.register_participant(db=db, program=program, data=RegistrationIn(
            name="Park", email="park@guest.example", organization_name="Park Co", consent=True))
        service.set_status(db=db, participant=guest, status="accepted")
        ids = program.id, guest.id

    yield (lambda *args, code=0: cli(*args, code=code).output), ids
    with transaction(engine) as db:
        db.delete(service.get_program(db=db, program_id=ids[0]))
        db.delete(db.scalar(select(User).where(User.email == "cli-desk@roles.example")))


def test_cli_staff_and_check_in(gyoryu):
    run, (program_id, guest_id) = gyoryu
    row = json.loads(run("program", "staff", "add", "roles-cli", "cli-desk@roles.example",
                         "--role", "staff", "--json").strip().splitlines()[-1])
    assert row["role"] == "staff"
    assert re.search(r"staff\s+cli-desk@roles.example", run("program", "staff", "list", "roles-cli"))
    assert "boss" in run("program", "staff", "add", "roles-cli", "cli-desk@roles.example",
                         "--role", "boss", code=2)
    out = json.loads(run("program", "check-in", "roles-cli", guest_id, "--json").splitlines()[-1])
    assert out["checked_in_at"]
    run("program", "check-in", "roles-cli", 999999, code=2)
    run("program", "staff", "remove", "roles-cli", "cli-desk@roles.example")
    assert "No one with id nobody@roles.example" in run("program", "staff", "remove", "roles-cli",
                                                         "nobody@roles.example", code=2)
    assert json.loads(run("program", "staff", "list", str(program_id), "--json")) == []
