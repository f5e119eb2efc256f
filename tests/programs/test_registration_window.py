"""Registration windows, what a delegation collects, consent and retention: sign-ups only while
the window is open (closing when the program starts unless set), the fields a program asks for
and only those, consent recorded with its text's version, personal data anonymised after the
retention period, and no payment status for a free program."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from pydantic import ValidationError

from gyoryu.db import transaction
from gyoryu.errors import GyoryuError, InvalidValue
from gyoryu.programs import consent, retention, service
from gyoryu.programs.models import Participant
from gyoryu.programs.schemas import ProgramIn, RegistrationIn
from tests.web.conftest import csrf_of


def _tour(db, **kw):
    data = dict(kind="study_tour", title={"en": "Beijing study tour", "ko": "베이징 참관단"},
                starts_on=date(2030, 9, 22), ends_on=date(2030, 9, 24), cities=["cn-beijing"])
    return service.create_program(db=db, data=ProgramIn(**{**data, **kw}))


def _person(**kw):
    return RegistrationIn(**{"name": "Kim Minji", "email": "minji@ex.org",
                             "organization_name": "Hancom", "consent": True, **kw})


def test_registration_closes_when_the_program_starts(db):
    tour = _tour(db)  # Beijing: Asia/Shanghai
    assert tour.closes_at == datetime(2030, 9, 21, 16, 0, tzinfo=UTC)  # 00:00 in Beijing
    before = datetime(2030, 9, 21, 15, 59, tzinfo=UTC)
    service.register_participant(db=db, program=tour, data=_person(), now=before)
    with pytest.raises(GyoryuError) as closed:
        service.register_participant(db=db, program=tour, data=_person(email="late@ex.org"),
                                     now=datetime(2030, 9, 21, 16, 0, tzinfo=UTC))
    assert closed.value.code == "E529"
    assert closed.value.message() == "Registration for this program closed on 2030-09-22 00:00."


def test_a_window_set_by_the_organiser(db):
    tour = _tour(db, registration_opens=datetime(2030, 6, 1, 9, 0),  # local, as a form sends
                 registration_closes=datetime(2030, 9, 1, 18, 0))
    with pytest.raises(GyoryuError) as early:
        service.register_participant(db=db, program=tour, data=_person(),
                                     now=datetime(2030, 6, 1, 0, 59, tzinfo=UTC))
    assert early.value.message() == "Registration for this program opens on 2030-06-01 09:00."
    service.register_participant(db=db, program=tour, data=_person(),
                                 now=datetime(2030, 6, 1, 1, 0, tzinfo=UTC))
    assert tour.registration_state(datetime(2030, 9, 1, 10, 0, tzinfo=UTC)) == "over"
    with pytest.raises(ValidationError, match="E532"):
        ProgramIn(kind="summit", starts_on=date(2030, 1, 1), ends_on=date(2030, 1, 1),
                  registration_opens=datetime(2029, 12, 1), registration_closes=datetime(2029, 11, 1))


def test_the_past_study_tour_says_it_is_closed(db, client):
    past = _tour(db, starts_on=date(2025, 9, 22), ends_on=date(2025, 9, 24), fee=1_900_000)
    db.commit()
    page = client.get(f"/programs/{past.id}").text
    assert 'id="register"' not in page
    assert "Registration for this program closed on 2025-09-22 00:00." in page
    form = client.get(f"/programs/{past.id}/register").text
    assert 'id="registration"' not in form and 'id="registration-closed"' in form
    client.cookies.set("lang", "ko")
    assert "2025-09-22 00:00에 마감되었습니다" in client.get(f"/programs/{past.id}/register").text


def test_asked_fields_consent_and_nothing_more(db):
    tour = _tour(db, asks=["wechat", "passport", "dietary"], retention_days=30)
    with pytest.raises(GyoryuError) as no_consent:
        service.register_participant(db=db, program=tour, data=_person(consent=False))
    assert no_consent.value.code == "E530"
    with pytest.raises(InvalidValue) as missing:
        service.register_participant(db=db, program=tour, data=_person(wechat_id="minji88"))
    assert missing.value.code == "E516" and "passport" in missing.value.message()
    person = service.register_participant(db=db, program=tour, data=_person(
        wechat_id="minji88", passport_name="KIM MINJI", passport_number="M12345678",
        dietary="vegetarian", kakaotalk_id="not-asked", mobile="010-1234-5678"))
    assert (person.wechat_id, person.passport_name, person.passport_number, person.dietary) == (
        "minji88", "KIM MINJI", "M12345678", "vegetarian")
    assert (person.kakaotalk_id, person.mobile) == ("", "")  # not asked: not kept
    assert person.consent_version == consent.VERSION and person.consented_at is not None


def test_the_form_asks_what_the_program_asks_and_states_the_consent(db, client):
    asking = _tour(db, asks=["kakaotalk", "passport"], retention_days=60)
    plain = _tour(db, key="plain-tour")
    db.commit()
    form = client.get(f"/programs/{asking.id}/register").text
    assert 'name="kakaotalk_id"' in form and 'name="passport_number"' in form
    assert 'name="wechat_id"' not in form and 'name="dietary"' not in form
    assert "until 2030-11-23 (60 days after the program ends)" in form
    assert "only to apply for your visa" in form and 'name="consent"' in form
    plain_form = client.get(f"/programs/{plain.id}/register").text
    assert 'name="passport_number"' not in plain_form and "visa" not in plain_form
    token = csrf_of(client, f"/programs/{plain.id}/register")
    refused = client.post(f"/programs/{plain.id}/register", data={
        "csrf_token": token, "name": "Lee", "email": "lee@ex.org", "organization_name": "X"})
    assert refused.status_code == 400 and "agree to the use of your personal data" in refused.text


def test_a_free_program_shows_no_payment(db, client, make_program, register):
    free = make_program()
    paid = make_program(fee=100_000, title={"en": "Paid summit"})
    me_free = register(free, "Free Person", org_name="Hancom")
    me_paid = register(paid, "Paid Person", org_name="Hancom")
    db.commit()
    assert "unpaid" not in client.get(f"/p/{me_free.token}").text
    assert "unpaid" in client.get(f"/p/{me_paid.token}").text


def test_personal_data_is_anonymised_after_the_retention_period(db, make_program, register):
    program = make_program(asks=["mobile"], retention_days=30)  # ends 2026-05-13
    person = register(program, "Kim", org_name="Hancom", mobile="010-1111-2222", role="CEO")
    token = person.token
    assert retention.purge(db=db, today=date(2026, 6, 12)) == []  # the 30th day: still kept
    assert [p.id for p in retention.purge(db=db, today=date(2026, 6, 13))] == [person.id]
    db.refresh(person)
    assert (person.name, person.mobile, person.role) == ("", "", "")
    assert person.email == f"anonymised-{person.id}@invalid" and person.token != token
    assert person.organization_name == "Hancom"  # the organisation stays
    assert retention.purge(db=db, today=date(2026, 6, 14)) == []  # once


@pytest.fixture
def gyoryu(engine, cli):
    with transaction(engine) as db:
        program = service.create_program(db=db, data=ProgramIn(
            key="purge-cli-test", kind="summit", title={"en": "Old summit"}, retention_days=10,
            starts_on=date(2026, 1, 5), ends_on=date(2026, 1, 6), cities=["cn-beijing"]))
        person = service.register_participant(db=db, program=program, force=True,
                                              data=_person(email="old@ex.org"))
        ids = {"program": program.id, "person": person.id}

    yield (lambda *args: json.loads(cli(*args).stdout)), ids
    with transaction(engine) as db:
        db.delete(service.get_program(db=db, program_id=ids["program"]))


def test_the_purge_command(gyoryu, engine):
    run, ids = gyoryu
    assert run("program", "purge", "--today", "2026-01-16", "--json")["participants"] == []
    due = run("program", "purge", "--today", "2026-01-17", "--dry-run", "--json")
    assert due["anonymised"] == 0 and ids["person"] in due["participants"]
    done = run("program", "purge", "--today", "2026-01-17", "--json")
    assert ids["person"] in done["participants"]
    with transaction(engine) as db:
        assert db.get(Participant, ids["person"]).name == ""


def test_one_local_and_one_zoned_window_end_is_compared_in_the_programs_zone(db):
    """A form sends local times, a script may send zoned ones: mixed, they are compared once both
    are placed in the program's zone (once a TypeError, a 500)."""
    opens_local = datetime(2030, 6, 1, 9, 0)  # 09:00 in Shanghai = 01:00 UTC
    with pytest.raises(InvalidValue, match="E532"):
        _tour(db, timezone="Asia/Shanghai", registration_opens=opens_local,
              registration_closes=datetime(2030, 6, 1, 0, 30, tzinfo=UTC))
    tour = _tour(db, timezone="Asia/Shanghai", registration_opens=opens_local,
                 registration_closes=datetime(2030, 6, 1, 2, 0, tzinfo=UTC))
    assert tour.registration_state(datetime(2030, 6, 1, 1, 30, tzinfo=UTC)) == "open"
