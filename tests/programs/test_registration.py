"""Registration, the automatic wait-list, statuses, filters and the XLSX export."""

from __future__ import annotations

from io import BytesIO

import pytest
from openpyxl import load_workbook

from gyoryu.directory.service import org_by_key
from gyoryu.errors import GyoryuError, InvalidValue
from gyoryu.programs import service
from gyoryu.programs.schemas import ProgramIn


def test_program_fields(make_program):
    program = make_program(kind="study_tour", fee=1_900_000, currency="KRW",
                           cities=["cn-chongqing", "상하이"], organiser="gyeonggi-province")
    assert program.kind == "study_tour"
    assert [c.key for c in program.cities] == ["cn-chongqing", "cn-shanghai"]
    assert program.organiser.key == "gyeonggi-province"
    assert program.timezone == "Asia/Shanghai"
    assert int(program.fee) == 1_900_000


def test_program_rejects_unknown_kind_and_currency():
    with pytest.raises(ValueError) as err:
        ProgramIn(kind="party", currency="EUR", starts_on="2026-01-02", ends_on="2026-01-01")
    text = str(err.value)
    assert "E506" in text and "party" in text and "EUR" in text


def test_registration_links_a_typed_name_to_the_directory(make_program, register):
    program = make_program()
    typed = register(program, "Kim", org_name="텐센트")
    new = register(program, "Lee", org_name="Tiny Robotics Ltd")
    assert typed.organization.key == "tencent"
    assert new.organization is None and new.organization_name == "Tiny Robotics Ltd"
    assert typed.status == new.status == "applied"
    assert typed.token != new.token


def test_same_email_twice_is_refused(make_program, register):
    program = make_program()
    register(program, "Kim", org_name="x", email="kim@ex.org")
    with pytest.raises(InvalidValue) as err:
        register(program, "Kim Again", org_name="x", email="KIM@ex.org")
    assert err.value.code == "E504"


def test_closed_registration(make_program, register):
    program = make_program(registration_open=False)
    with pytest.raises(GyoryuError) as err:
        register(program, "Kim", org_name="x")
    assert err.value.code == "E503"


def test_capacity_wait_lists_then_promotes(db, make_program, register):
    program = make_program(capacity=2)
    a, b = register(program, "A", org_name="x"), register(program, "B", org_name="x")
    c, d = register(program, "C", org_name="x"), register(program, "D", org_name="x")
    assert [p.status for p in (a, b, c, d)] == ["applied", "applied", "waitlisted", "waitlisted"]
    with pytest.raises(GyoryuError) as err:
        service.set_status(db=db, participant=c, status="accepted")
    assert err.value.code == "E505"
    promoted = service.set_status(db=db, participant=a, status="cancelled")
    assert promoted == [c]
    assert (c.status, d.status) == ("applied", "waitlisted")
    assert service.set_status(db=db, participant=b, status="accepted") == []
    assert service.places_taken(db=db, program=program) == 2


def test_filters_and_export(db, make_program, register):
    program = make_program()
    kr = register(program, "Park", org_id=org_by_key(db=db, key="hancom").id, role="CTO")
    cn = register(program, "Wang", org_id=org_by_key(db=db, key="4paradigm").id)
    service.set_status(db=db, participant=kr, status="accepted")
    service.set_paid(db=db, participant=kr, paid=True)
    assert service.participants(db=db, program=program, status="accepted") == [kr]
    assert service.participants(db=db, program=program, paid=False) == [cn]
    assert service.participants(db=db, program=program, country="cn") == [cn]
    assert service.participants(db=db, program=program, q="par") == [kr]

    book = load_workbook(BytesIO(service.export_xlsx([kr, cn], lang="en")))
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[0] == service.EXPORT_COLUMNS
    assert rows[1][:10] == (kr.id, "Park", "park@ex.org", "Hancom", kr.organization_id, "KR",
                            "CTO", None, "accepted", "yes")
    assert rows[2][8:10] == ("applied", "no")
