"""The contract for scripts: `gyoryu cluster match CLUSTER CLUSTER [--limit N] --json` prints
[{"a", "b", "score", "reasons"}] (on the session's database of each backend, committed and
removed afterwards)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import delete

from gyoryu.db import transaction
from gyoryu.matching.models import MatchProfile
from tests.clusters.conftest import LIANGJIANG, PANGYO, save_profiles


@pytest.fixture
def committed(engine):
    with transaction(engine) as db:
        ids = save_profiles(db)
    yield ids
    with transaction(engine) as db:
        db.execute(delete(MatchProfile).where(MatchProfile.organization_id.in_(ids.values()),
                                              MatchProfile.program_id.is_(None)))


@pytest.fixture
def gyoryu(cli):
    return cli


def test_the_scripts_contract(gyoryu, committed):
    pairs = json.loads(gyoryu("cluster", "match", PANGYO, LIANGJIANG, "--limit", "3", "--json").stdout)
    assert len(pairs) == 3 and all(set(p) == {"a", "b", "score", "reasons"} for p in pairs)
    assert [p["score"] for p in pairs] == sorted((p["score"] for p in pairs), reverse=True)
    assert (pairs[0]["a"], pairs[0]["b"]) == ("hancom", "sevens-robotics")
    assert pairs[0]["reasons"][0] == "Complementary: Hancom offers software, Seven's Robotics seeks it"
    assert all(p["reasons"] and p["a"] != p["b"] for p in pairs)
    ko = json.loads(gyoryu("cluster", "match", PANGYO, LIANGJIANG, "--limit", "1", "--lang", "ko", "--json").stdout)
    assert ko[0]["reasons"][0] == "상호보완: 소프트웨어 — 한글과컴퓨터 제공, 세븐스 로보틱스 수요"


def test_an_unknown_cluster_exits_2_naming_it(gyoryu):
    result = gyoryu("cluster", "match", PANGYO, "atlantis-valley", "--json", code=2)
    assert "No cluster 'atlantis-valley'" in result.output and result.stdout == ""
    assert "Choose two different clusters" in gyoryu("cluster", "match", PANGYO, PANGYO, code=2).output
