"""Personal links by mail: a participant gets a lost link back by entering the address (mail
received by a real SMTP server), the answer never reveals whether an address is registered,
and organisers resend links to one participant or to all."""

from __future__ import annotations

import json
import re
from datetime import date

import httpx
import pytest
from sqlalchemy import delete
from typer.testing import CliRunner

from gyoryu.accounts.enums import Role
from gyoryu.db import transaction
from gyoryu.mail.delivery import deliver_pending
from gyoryu.mail.models import OutboxMessage
from gyoryu.mail.service import list_messages
from gyoryu.programs import service
from gyoryu.programs.models import Program
from gyoryu.programs.schemas import ProgramIn
from tests.web.conftest import csrf_of, sign_in

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture
def live_program(engine):
    with transaction(engine) as db:
        db.execute(delete(OutboxMessage))
        program_id = service.create_program(db=db, data=ProgramIn(
            kind="summit", title={"en": "Link summit", "ko": "링크 서밋"},
            starts_on=date(2030, 7, 1), ends_on=date(2030, 7, 2))).id
    yield program_id
    with transaction(engine) as db:
        db.execute(delete(Program).where(Program.id == program_id))
        db.execute(delete(OutboxMessage))


def same_page(html: str, email: str) -> str:
    """The page with the address typed and the browser's own CSRF token left out."""
    return re.sub(r"[A-Za-z0-9_-]{43}", "TOKEN", html.replace(email, "ADDRESS"))


def _ask_for_link(base: str, program_id: int, email: str) -> httpx.Response:
    with httpx.Client(base_url=base, cookies={"lang": "en"}) as browser:
        page = browser.get(f"/programs/{program_id}").text
        assert 'id="recover-link"' in page
        return browser.post(f"/programs/{program_id}/recover-link",
                            data={"csrf_token": CSRF.search(page).group(1), "email": email})


def test_a_lost_link_comes_back_by_mail(live_server, live_program, engine, smtp, mail_settings):
    with httpx.Client(base_url=live_server, cookies={"lang": "ko"}, follow_redirects=True) as me:
        form = me.get(f"/programs/{live_program}/register").text
        registered = me.post(f"/programs/{live_program}/register", data={
            "csrf_token": CSRF.search(form).group(1), "name": "Seo Yeon", "email": "seo@example.org",
            "organization_name": "Seo Labs", "consent": "1"})
    my_path = registered.url.path
    assert my_path.startswith("/p/")

    # the link is lost; asked for from another browser, with the address typed differently
    known = _ask_for_link(live_server, live_program, "Seo@Example.org ")
    unknown = _ask_for_link(live_server, live_program, "nobody@example.org")
    assert known.status_code == unknown.status_code == 200
    assert same_page(known.text, "Seo@Example.org") == same_page(unknown.text, "nobody@example.org")
    _ask_for_link(live_server, live_program, "seo@example.org")  # asked again: one mail

    report = deliver_pending(engine=engine, settings=mail_settings)
    assert report.sent == 1
    [mail] = smtp.messages
    assert mail["To"] == "seo@example.org" and mail["Content-Language"] == "ko"
    assert "링크 서밋" in mail["Subject"]
    link = re.search(r"https?://\S+/p/\S+", mail.get_content()).group(0)
    assert link == mail_settings.base_url + my_path
    with httpx.Client(base_url=live_server, cookies={"lang": "en"}) as anyone:
        page = anyone.get(my_path)
    assert page.status_code == 200 and "Seo Yeon" in page.text


def test_organisers_resend_links_to_one_or_all(db, client, make_user, make_program, register):
    program = make_program()
    a, b, c = (register(program, n, org_name="Firm") for n in ("Ann", "Bo", "Cy"))
    service.set_status(db=db, participant=c, status="cancelled")
    db.commit()
    token = csrf_of(client, f"/programs/{program.id}")
    assert client.post(f"/programs/{program.id}/send-links",
                       data={"csrf_token": token}).status_code == 403
    sign_in(client, *make_user(Role.organiser))
    token = csrf_of(client, f"/programs/{program.id}/participants")
    one = client.post(f"/programs/{program.id}/participants/{a.id}/send-link",
                      data={"csrf_token": token})
    assert one.status_code == 200 and "Personal link sent to 1 participant." in one.text
    assert [m.recipient for m in list_messages(db=db)] == [a.email]
    everyone = client.post(f"/programs/{program.id}/send-links", data={"csrf_token": token})
    assert "Personal links sent to 2 participants." in everyone.text
    # Ann's second send within the same minute is the same message; Cy is cancelled
    assert sorted(m.recipient for m in list_messages(db=db)) == sorted([a.email, b.email])
    assert all(f"/p/{p.token}" in m.body for p in (a, b) for m in list_messages(db=db)
               if m.recipient == p.email)


def test_the_api_answers_alike_and_resends_for_organisers(db, client, make_user, make_program,
                                                          register):
    program = make_program()
    a = register(program, "Dae", org_name="Firm")
    db.commit()
    token = csrf_of(client, f"/programs/{program.id}")
    answers = [client.post(f"/api/programs/{program.id}/recover-link", json={"email": email},
                           headers={"X-CSRF-Token": token})
               for email in (a.email, "stranger@example.org")]
    assert [(r.status_code, r.json()) for r in answers] == [(202, {"status": "accepted"})] * 2
    assert [m.recipient for m in list_messages(db=db)] == [a.email]
    denied = client.post(f"/api/programs/{program.id}/send-links", json={},
                         headers={"X-CSRF-Token": token})
    assert denied.status_code == 401  # nobody signed in, no token
    sign_in(client, *make_user(Role.organiser))
    token = csrf_of(client, f"/programs/{program.id}")
    sent = client.post(f"/api/programs/{program.id}/send-links",
                       json={"participant_ids": [a.id]}, headers={"X-CSRF-Token": token})
    assert sent.json() == {"sent": 1}


def test_cli_sends_links(engine, database_url, live_program, monkeypatch):
    from gyoryu import db as dbmod
    from gyoryu.cli import app
    from gyoryu.config import get_settings
    from gyoryu.programs.schemas import RegistrationIn

    with transaction(engine) as db:
        program = service.get_program(db=db, program_id=live_program)
        for name in ("Eun", "Fei"):
            service.register_participant(db=db, program=program, data=RegistrationIn(
                name=name, email=f"{name.lower()}@example.org", organization_name="X", consent=True))
    monkeypatch.setenv("GYORYU_DATABASE_URL", database_url)
    monkeypatch.setenv("GYORYU_BASE_URL", "https://gyoryu.example")
    dbmod.get_engine.cache_clear()
    get_settings.cache_clear()
    try:
        runner = CliRunner()
        one = runner.invoke(app, ["program", "send-links", str(live_program), "--email",
                                  "FEI@example.org", "--json"])
        missing = runner.invoke(app, ["program", "send-links", str(live_program), "--email",
                                      "nobody@example.org"])
    finally:
        dbmod.get_engine.cache_clear()
        get_settings.cache_clear()
    assert one.exit_code == 0, one.output
    assert json.loads(one.stdout) == {"sent": 1}
    assert missing.exit_code == 2
    with transaction(engine) as db:
        [mail] = list_messages(db=db)
        assert mail.recipient == "fei@example.org" and "https://gyoryu.example/p/" in mail.body
