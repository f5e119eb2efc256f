"""The fund's pages for its own team: a deal added by form (a bad field named, nothing saved),
moved, scored, and its memo as a PDF; the candidates page adds a deal with its source."""

from __future__ import annotations

import re

from sqlalchemy import select

from gyoryu.accounts.enums import Role
from gyoryu.fund.models import Deal
from tests.web.conftest import csrf_of, sign_in


def test_a_deal_through_the_pages(client, db, make_user, rubric):
    sign_in(client, *make_user(Role.fund))
    token = csrf_of(client, "/fund")
    bad = client.post("/fund/deals", data={"csrf_token": token, "organization": "aiworks", "round": "seed",
                                           "source": "referral", "source_ref": "Kim", "amount": "100",
                                           "currency": "WON"})
    assert bad.status_code == 422 and "&#39;WON&#39; is not a currency code" in bad.text
    assert db.scalars(select(Deal)).all() == []

    r = client.post("/fund/deals", data={"csrf_token": token, "organization": "aiworks", "round": "seed",
                                         "source": "referral", "source_ref": "Kim", "amount": "1,200,000",
                                         "currency": "krw"}, follow_redirects=False)
    assert r.status_code == 303
    url = r.headers["location"]
    page = client.get(url).text
    assert "1,200,000.00 KRW" in page and 'data-stage="sourced"' in page

    r = client.post(f"{url}/review", data={"csrf_token": token, "score_team": "4", "score_market": "3",
                                           "score_technology": "5", "comment": "solid", "submit": "1"},
                    follow_redirects=False)
    assert r.status_code == 303
    page = client.get(url).text
    assert re.search(r"Aggregate 3\.83 of 5 from 1 reviewers", page)

    r = client.post(f"{url}/stage", data={"csrf_token": token, "stage": "screening"}, follow_redirects=False)
    assert r.status_code == 303
    back = client.post(f"{url}/stage", data={"csrf_token": token, "stage": "sourced"})
    assert back.status_code == 422 and "cannot move" in back.text

    pdf = client.get(f"{url}/memo.pdf?lang=zh")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert client.get("/api/fund/deals").json()["items"][0]["history"][1]["to_stage"] == "screening"
