"""The contract for scripts: `gyoryu outcome add / list / suggestions / accept / reject` and
`gyoryu program report` print the documented JSON shapes (on the session's database of each
backend, committed, and cleaned up by the fixture)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import cli_answer


@pytest.fixture
def gyoryu(cli):
    return lambda *args, code=0: cli_answer(cli(*args, code=code), args)


def test_the_scripts_contract(gyoryu, committed):
    [proposal] = gyoryu("outcome", "suggestions", "--json")
    assert set(proposal) >= {"id", "organizations", "stage", "article", "evidence"}
    assert proposal["organizations"] == ["nhn-cloud", "4paradigm"] and proposal["stage"] == "mou"
    assert set(proposal["article"]) >= {"id", "url"} and proposal["article"]["id"] == committed["article"]
    assert "업무협약(MOU)" in proposal["evidence"]["text"]
    start, end = proposal["evidence"]["start"], proposal["evidence"]["end"]

    accepted = gyoryu("outcome", "accept", proposal["id"], "--json")
    assert accepted["stage"] == "mou"
    assert accepted["history"][-1]["evidence"] == [
        {"kind": "article", "ref": committed["article"], "start": start, "end": end}]
    assert gyoryu("outcome", "suggestions", "--json") == []
    assert "already been decided" in gyoryu("outcome", "reject", proposal["id"], code=2)

    added = gyoryu("outcome", "add", "--org", "nhn-cloud", "--org", "4paradigm", "--stage", "pilot",
                   "--date", "2026-12-31", "--amount", "5000000", "--currency", "USD",
                   "--meeting", committed["meeting"], "--note", "a PoC in Beijing", "--json")
    assert added["id"] == committed["outcome"] and added["stage"] == "pilot"
    [listed] = gyoryu("outcome", "list", "--program", committed["key"], "--json")
    today = date.today().isoformat()  # the article gives no year: the step is dated when confirmed
    assert listed["organizations"] == ["nhn-cloud", "4paradigm"]
    assert [(h["stage"], h["date"], h["amount"], h["currency"]) for h in listed["history"]] == [
        ("contact", "2026-03-11", None, None), ("mou", today, None, None),
        ("pilot", "2026-12-31", 5000000, "USD")]
    assert listed["history"][2]["evidence"] == [
        {"kind": "meeting", "ref": committed["meeting"], "start": None, "end": None}]
    assert gyoryu("outcome", "list", "--org", "hancom", "--json") == []

    funnel = gyoryu("program", "report", committed["key"], "--json")
    counts = {s["step"]: s["count"] for s in funnel["funnel"]}
    assert counts == {"contact": 1, "follow_up": 1, "agreement": 1, "pilot": 1, "contract": 0,
                      "investment": 0}
    assert funnel["amounts"] == {"USD": 5000000}

    assert "at least two different" in gyoryu("outcome", "add", "--org", "nhn-cloud", "--stage",
                                              "mou", "--date", "2026-11-01", code=2)
    assert "currency code" in gyoryu("outcome", "add", "--org", "nhn-cloud", "--org", "hancom",
                                     "--stage", "mou", "--amount", "5", "--currency", "XYZ", code=2)
