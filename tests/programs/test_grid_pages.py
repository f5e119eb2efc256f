"""The meeting grid through its page and its JSON API: the same service functions, errors in the
reader's language next to the form, the nested error shape under /api."""

from __future__ import annotations

import html
import re

from gyoryu.accounts.enums import Role
from gyoryu.programs import grid
from tests.web.conftest import csrf_of, sign_in


def test_the_grid_page_sets_days_and_tables(db, client, make_user, make_program):
    program = make_program()
    db.commit()
    sign_in(client, *make_user(Role.organiser))
    path = f"/programs/{program.id}/grid"
    page = client.get(path).text
    assert 'id="day-form"' in page and 'id="tables-form"' in page and "No meeting days yet." in page
    token = csrf_of(client, path)
    for day, start, end, minutes, breaks in (("2026-05-12", "09:00", "11:00", "30", "10:00-10:30"),
                                             ("2026-05-13", "14:00", "15:00", "20", "")):
        r = client.post(f"{path}/days", data={"csrf_token": token, "day": day, "start": start,
                                              "end": end, "slot_minutes": minutes,
                                              "breaks": breaks}, follow_redirects=False)
        assert r.status_code == 303, r.text
    bad = client.post(f"{path}/days", data={"csrf_token": token, "day": "2026-05-13",
                                            "start": "15:00", "end": "14:00",
                                            "slot_minutes": "20", "breaks": ""})
    assert bad.status_code == 400
    assert "A meeting day must end after it starts (15:00–14:00)." in html.unescape(bad.text)
    assert 'value="15:00"' in bad.text  # what was typed stays
    client.cookies.set("lang", "ko")
    bad = client.post(f"{path}/days", data={"csrf_token": token, "day": "2026-05-12",
                                            "start": "09:00", "end": "12:00",
                                            "slot_minutes": "20", "breaks": "점심"})
    assert "'점심'은 휴식 시간이 아닙니다" in html.unescape(bad.text)
    client.cookies.set("lang", "en")
    r = client.post(f"{path}/tables", data={"csrf_token": token, "hall": "A", "count": "3",
                                            "seats": "2", "sector": "",
                                            "days": ["2026-05-12", "2026-05-13"]},
                    follow_redirects=False)
    assert r.status_code == 303
    r = client.post(f"{path}/tables", data={"csrf_token": token, "hall": "B", "count": "1",
                                            "seats": "4", "sector": "robotics",
                                            "days": ["2026-05-13"]}, follow_redirects=False)
    assert r.status_code == 303
    bad = client.post(f"{path}/tables", data={"csrf_token": token, "hall": "C", "count": "0",
                                              "seats": "2", "sector": ""})
    assert bad.status_code == 400 and "count must be at least 1." in bad.text
    db.expire_all()
    assert [(g.hall, g.count, g.seats, g.sector, g.days) for g in program.table_groups] == [
        ("A", 3, 2, None, None), ("B", 1, 4, "robotics", ["2026-05-13"])]
    page = html.unescape(client.get(path).text)
    assert re.findall(r'<tr data-day="([\d-]+)">', page) == ["2026-05-12", "2026-05-13"]
    assert re.findall(r'<td class="slots">(\d+)</td>', page) == ["3", "3"]
    assert "6 meeting slots · 2 days · 4 tables · 2 halls" in page
    assert "reserved for Robotics" in page
    b = program.table_groups[1]
    client.post(f"{path}/tables/{b.id}/remove", data={"csrf_token": token})
    client.post(f"{path}/days/2026-05-13/remove", data={"csrf_token": token})
    db.expire_all()
    assert [g.hall for g in program.table_groups] == ["A"]
    assert grid.slot_keys(program) == ["2026-05-12T09:00", "2026-05-12T09:30",
                                       "2026-05-12T10:30"]
    # The meetings page before any solve shows the grid as set up.
    page = client.get(f"/programs/{program.id}/meetings").text
    assert re.findall(r'<section class="meeting-day" data-day="([\d-]+)">', page) == [
        "2026-05-12"]
    assert 'id="grid-missing"' not in page


def test_the_grid_api(db, client, make_user, make_program):
    program = make_program()
    db.commit()
    base = f"/api/v1/programs/{program.id}"
    assert client.get(f"{base}/meeting-grid").status_code == 401
    sign_in(client, *make_user(Role.organiser))
    client.headers["X-CSRF-Token"] = csrf_of(client, f"/programs/{program.id}")
    r = client.post(f"{base}/meeting-days", json={
        "day": "2026-05-13", "start": "09:00", "end": "10:30", "slot_minutes": 30,
        "breaks": ["09:30-10:00"]})
    assert r.status_code == 200, r.text
    assert r.json() == {"day": "2026-05-13", "start": "09:00", "end": "10:30",
                        "slot_minutes": 30, "breaks": [["09:30", "10:00"]],
                        "slots": ["2026-05-13T09:00", "2026-05-13T10:00"]}
    r = client.post(f"{base}/meeting-days", json={
        "day": "2026-05-13", "start": "09:00", "end": "10:30", "breaks": ["08:00-08:30"]})
    assert r.status_code == 422 and r.json()["error"]["code"] == "E552"
    r = client.post(f"{base}/meeting-days", json={"day": "2026-07-01", "start": "09:00",
                                                  "end": "10:00"})
    assert (r.status_code, r.json()["error"]["code"]) == (400, "E509")
    r = client.post(f"{base}/tables", json={"hall": "A", "count": 2})
    assert r.status_code == 201
    group = r.json()
    assert group == {"id": group["id"], "hall": "A", "count": 2, "seats": 2, "sector": None,
                     "days": None, "tables": [group["id"] * 10_000, group["id"] * 10_000 + 1]}
    r = client.post(f"{base}/tables", json={"hall": "A", "count": 1, "sector": "nonsense"})
    assert (r.status_code, r.json()["error"]["code"]) == (400, "E204")
    shown = client.get(f"{base}/meeting-grid").json()
    assert (shown["slots"], [t["hall"] for t in shown["tables"]]) == (
        ["2026-05-13T09:00", "2026-05-13T10:00"], ["A"])
    assert client.get(f"{base}").json()["tables"] == 2
    assert client.delete(f"{base}/tables/{group['id']}").status_code == 204
    r = client.delete(f"{base}/tables/{group['id']}")
    assert (r.status_code, r.json()["error"]["code"]) == (404, "E555")
    assert client.delete(f"{base}/meeting-days/2026-05-13").status_code == 204
    r = client.delete(f"{base}/meeting-days/2026-05-13")
    assert (r.status_code, r.json()["error"]["code"]) == (404, "E554")
    r = client.post(f"{base}/meetings/solve", json={})
    assert (r.status_code, r.json()["error"]["code"]) == (400, "E515")
