"""The request's transaction is committed before the response leaves: a redirect always finds
what the request wrote, and a commit the database refuses is an error, never a success."""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from datetime import date

import httpx
import pytest
from sqlalchemy import delete, event, select
from sqlalchemy.exc import OperationalError

from gyoryu.db import transaction
from gyoryu.programs import service
from gyoryu.programs.models import Participant, Program
from gyoryu.programs.schemas import ProgramIn
from tests.web.conftest import csrf_of


@pytest.fixture
def open_program(engine):
    with transaction(engine) as db:
        program_id = service.create_program(db=db, data=ProgramIn(
            kind="summit", title={"en": "Open summit"}, starts_on=date(2030, 6, 1),
            ends_on=date(2030, 6, 2), cities=["cn-shanghai"])).id
    yield program_id
    with transaction(engine) as db:
        db.execute(delete(Program).where(Program.id == program_id))


def register_over_http(base: str, program_id: int, i: int) -> tuple[int, str, str]:
    """One registrant's whole visit: the form, the post, and the page the redirect names."""
    with httpx.Client(base_url=base, timeout=120, cookies={"lang": "en"},
                      follow_redirects=True) as client:
        form = client.get(f"/programs/{program_id}/register").text
        token = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)
        posted = client.post(f"/programs/{program_id}/register", data={
            "csrf_token": token, "name": f"Registrant {i}", "email": f"r{i}@example.org",
            "organization_name": f"Company {i}", "consent": "1"})
        return posted.status_code, str(posted.url), posted.text


def test_200_concurrent_registrations_each_land_on_their_page(live_server, open_program, engine):
    with ThreadPoolExecutor(max_workers=40) as pool:
        results = list(pool.map(lambda i: register_over_http(live_server, open_program, i),
                                range(200)))
    failures = [(i, status, url) for i, (status, url, _) in enumerate(results)
                if status != 200 or "/p/" not in url]
    assert failures == []
    for i, (_, _, page) in enumerate(results):
        assert f"Thank you, Registrant {i}" in page
    with transaction(engine) as db:
        stored = db.scalars(select(Participant.email).where(
            Participant.program_id == open_program)).all()
    assert sorted(stored) == sorted(f"r{i}@example.org" for i in range(200))


def _refuse_commits(app):
    def refuse(session):
        raise OperationalError("COMMIT", {}, Exception("disk I/O error"))

    event.listen(app.state.sessions, "before_commit", refuse)


def test_a_refused_commit_is_an_error_page_and_nothing_is_kept(app, client, db):
    program = service.create_program(db=db, data=ProgramIn(
        kind="summit", title={"en": "Commit refused"}, starts_on=date(2030, 6, 1),
        ends_on=date(2030, 6, 2), cities=["cn-shanghai"]))
    db.commit()
    token = csrf_of(client)
    _refuse_commits(app)
    response = client.post(f"/programs/{program.id}/register", follow_redirects=False, data={
        "csrf_token": token, "name": "Lost", "email": "lost@example.org",
        "organization_name": "Nowhere", "consent": "1"})
    assert response.status_code == 503
    assert "could not be saved" in response.text and "<html" in response.text
    assert db.scalar(select(Participant).where(Participant.email == "lost@example.org")) is None


def test_a_refused_commit_is_an_error_in_json_on_the_api(app, client, make_user):
    from tests.web.conftest import sign_in

    email, password = make_user("admin")
    sign_in(client, email, password)
    token = csrf_of(client, "/organizations")
    _refuse_commits(app)
    response = client.post("/api/organizations", headers={"X-CSRF-Token": token},
                           json={"key": "commit-refused", "kind": "company", "country": "KR",
                                 "names": {"en": "Commit Refused"}})
    assert response.status_code == 503
    assert "could not be saved" in response.text
