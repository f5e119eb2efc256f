"""Visits, the travel-time table, the auto-plan on the database, hand edits, versions, and the
seed itineraries built from the directory."""

from __future__ import annotations

from datetime import date

import pytest

from gyoryu.errors import InvalidValue
from gyoryu.i18n import Translator
from gyoryu.programs import itinerary, seeds
from gyoryu.programs.schemas import VisitIn
from gyoryu.programs.travel import default_minutes


def test_default_travel_times():
    assert default_minutes("cn-beijing", "CN", "cn-beijing", "CN") == 40
    assert default_minutes("cn-shanghai", "CN", "cn-beijing", "CN") == 300
    assert default_minutes("cn-chongqing", "CN", "cn-shanghai", "CN") == 270
    assert default_minutes("cn-wuhan", "CN", "cn-xian", "CN") == 300
    assert default_minutes("kr-busan", "KR", "cn-xian", "CN") == 360


def test_travel_table_edits_override_defaults(db, make_program):
    program = make_program(cities=["cn-chongqing", "cn-shanghai"])
    a = itinerary.add_visit(db=db, program=program, data=VisitIn(host="sevens-robotics"))
    b = itinerary.add_visit(db=db, program=program, data=VisitIn(host="tencent-shanghai"))
    c = itinerary.add_visit(db=db, program=program, data=VisitIn(host="liangjiang-admin"))
    table = itinerary.travel_table(db=db, program=program)
    cities = {(p["a"].key, p["b"].key): p["minutes"] for p in table["cities"]}
    assert cities == {("cn-chongqing", "cn-chongqing"): 40, ("cn-chongqing", "cn-shanghai"): 270,
                      ("cn-shanghai", "cn-shanghai"): 40}
    venues = {(p["a"].id, p["b"].id): p["minutes"] for p in table["venues"]}
    assert venues == {(a.id, b.id): 270, (a.id, c.id): 40, (b.id, c.id): 270}

    chongqing, shanghai = program.cities
    itinerary.set_travel(db=db, program=program, scope="city", a_id=shanghai.id,
                         b_id=chongqing.id, minutes=300)
    itinerary.set_travel(db=db, program=program, scope="venue", a_id=c.id, b_id=a.id, minutes=25)
    venues = {(p["a"].id, p["b"].id): (p["minutes"], p["edited"])
              for p in itinerary.travel_table(db=db, program=program)["venues"]}
    assert venues == {(a.id, b.id): (300, False), (a.id, c.id): (25, True),
                      (b.id, c.id): (300, False)}
    itinerary.set_travel(db=db, program=program, scope="venue", a_id=a.id, b_id=c.id,
                         minutes=None)
    assert itinerary.travel_rows(db=db, program=program) == {
        ("city", *sorted((chongqing.id, shanghai.id))): 300}
    with pytest.raises(InvalidValue):
        itinerary.set_travel(db=db, program=program, scope="city", a_id=1, b_id=2, minutes=-5)


def test_plan_pin_conflict_and_versions(db, make_program):
    program = make_program(starts_on=date(2026, 5, 12), ends_on=date(2026, 5, 12))
    four = itinerary.add_visit(db=db, program=program, data=VisitIn(host="4paradigm", duration=90))
    zgc = itinerary.add_visit(db=db, program=program,
                              data=VisitIn(host="zgc-offshore-rd-island", duration=90))
    closed = itinerary.add_visit(db=db, program=program,
                                 data=VisitIn(host="xiaomi-ev-factory", duration=300,
                                              opens="09:00", closes="12:00"))
    result = itinerary.auto_plan(db=db, program=program, time_limit=1)
    assert sorted(p.id for p in result.placed) == sorted([four.id, zgc.id])
    assert closed.day is None and closed.unplaced == {
        "code": "too_long", "params": {"duration": 300, "open": 180}}
    t = Translator("en")
    assert itinerary.explain(t, **{k: closed.unplaced[k] for k in ("code", "params")}) == (
        "The visit takes 300 min but the host is open for at most 180 min within the program's "
        "day.")
    assert itinerary.draft_conflicts(db=db, program=program) == {}

    v1 = itinerary.publish(db=db, program=program)
    assert [i["visit"] for i in v1.items] == [p.id for p in sorted(
        result.placed, key=lambda p: p.start)]

    # The organiser pins 4Paradigm onto the other's time: both are flagged.
    itinerary.place_visit(db=db, program=program, visit=four, day=zgc.day, start=zgc.start)
    found = itinerary.draft_conflicts(db=db, program=program)
    assert [c.code for cs in found.values() for c in cs] == ["overlap"]
    changes = itinerary.unpublished_changes(db=db, program=program)
    assert [(c["change"], c["item"]["visit"]) for c in changes] == [("moved", four.id)]

    # Re-planning keeps the pin and moves the other visit out of its way.
    itinerary.auto_plan(db=db, program=program, time_limit=1)
    assert (four.pinned, four.start) == (True, v1.items[[i["visit"] for i in v1.items].index(
        zgc.id)]["start"])
    assert itinerary.draft_conflicts(db=db, program=program) == {}
    itinerary.remove_visit(db=db, visit=zgc)
    v2 = itinerary.publish(db=db, program=program)
    log = itinerary.changelog(db=db, program=program)
    assert [entry["version"].number for entry in log] == [2, 1]
    assert sorted(c["change"] for c in log[0]["changes"]) == ["moved", "removed"]
    assert [c["change"] for c in log[1]["changes"]] == ["added", "added"]
    assert v2.number == 2


def test_seed_itineraries(db):
    gyeonggi, beijing = seeds.load(db=db, time_limit=2)
    t = Translator("en")

    def days(program):
        return [(d, [(i["title"]["en"], i["city"]["en"]) for i in items])
                for d, items in itinerary.by_day(itinerary.published(db=db, program=program).items)]

    g = days(gyeonggi)
    assert [v.unplaced for v in itinerary.visits(db=db, program=gyeonggi)] == [None] * 4
    hosts = [v.host.key for v in itinerary.visits(db=db, program=gyeonggi)]
    assert sorted(hosts) == ["chongqing-government", "liangjiang-admin", "sevens-robotics",
                             "tencent-shanghai"]
    # Chongqing before Shanghai (one flight), spread over the three days: Shanghai on the last.
    cities = [city for _, items in g for _, city in items]
    assert cities == ["Chongqing", "Chongqing", "Chongqing", "Shanghai"]
    assert [d for d, _ in g] == ["2025-11-23", "2025-11-24", "2025-11-25"]
    assert [city for _, city in g[-1][1]] == ["Shanghai"]
    assert itinerary.draft_conflicts(db=db, program=gyeonggi) == {}
    assert len(gyeonggi.cities) == 2

    b = days(beijing)
    assert sum(len(items) for _, items in b) == 5
    assert {title for _, items in b for title, _ in items} >= {
        "Xiaomi super factory tour and SU7 test drive", "ZYW-Park", "4Paradigm",
        "ZGC International Offshore R&D Island"}
    assert [d for d, _ in b] == ["2025-09-22", "2025-09-23", "2025-09-24"]
    assert itinerary.draft_conflicts(db=db, program=beijing) == {}
    # The first day begins after the 13:00 arrival, the last ends by the 14:00 departure.
    items = itinerary.published(db=db, program=beijing).items
    assert min(i["start"] for i in items if i["day"] == "2025-09-22") >= 13 * 60
    assert all(i["end"] <= 14 * 60 for i in items if i["day"] == "2025-09-24")
    assert int(beijing.fee) == 1_900_000 and beijing.currency == "KRW"
    assert t.locale == "en"
