"""A cluster's overview on a real database (SQLite and PostgreSQL): news by month equals a direct
count, ties to other clusters through programs, relations and news, relations only for readers
who may see them."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from gyoryu.accounts.enums import Role
from gyoryu.accounts.service import add_user
from gyoryu.clusters.overview import cluster_overview
from gyoryu.clusters.service import get_cluster
from gyoryu.directory.service import org_by_key
from gyoryu.intel.models import Article, Event, EventParty, Mention
from gyoryu.outcomes import service as outcomes
from gyoryu.programs.schemas import ProgramIn, RegistrationIn
from gyoryu.programs.service import create_program, register_participant, set_status
from tests.clusters.conftest import LIANGJIANG, PANGYO


def article(db, key, published, org_keys, event_parties=()):
    a = Article(content_hash=f"cluster-test-{key}", language="en", published=published,
                title=f"Cluster test {key}", text="x" * 40)
    db.add(a)
    db.flush()
    for i, k in enumerate(org_keys):
        db.add(Mention(article_id=a.id, kind="org", start=i, end=i + 1, text=k,
                       org_id=org_by_key(db=db, key=k).id))
    if event_parties:
        e = Event(article_id=a.id, type="agreement", start=0, end=10)
        e.parties = [EventParty(side=side, text=k, org_id=org_by_key(db=db, key=k).id)
                     for side, k in zip(("actor", "target"), event_parties, strict=False)]
        db.add(e)
    db.flush()
    return a


@pytest.fixture
def world(db):
    """News about Pangyo's members, a delegation with Liangjiang's hosts, an MOU across."""
    article(db, "jan-1", date(2031, 1, 5), ["hancom", "nhn"])
    article(db, "jan-2", date(2031, 1, 20), ["ncsoft", "ncsoft"])
    article(db, "mar", date(2031, 3, 2), ["hancom", "sevens-robotics"], ("hancom", "sevens-robotics"))
    article(db, "undated", None, ["ahnlab"])
    article(db, "elsewhere", date(2031, 2, 1), ["sevens-robotics"])  # not a Pangyo member
    program = create_program(db=db, data=ProgramIn(
        kind="delegation", key="cluster-test-delegation", title={"en": "Cluster delegation", "ko": "클러스터 대표단"},
        starts_on=date(2031, 4, 1), ends_on=date(2031, 4, 3), cities=["cn-chongqing"]))
    for key in ("hancom", "sevens-robotics"):
        p = register_participant(db=db, program=program, force=True, data=RegistrationIn(
            name=f"Rep {key}", email=f"{key}@cluster.example", organization_id=org_by_key(db=db, key=key).id))
        set_status(db=db, participant=p, status="accepted")
    outcomes.add_step(db=db, org_ids=(org_by_key(db=db, key="hancom").id, org_by_key(db=db, key="sevens-robotics").id),
                      stage="mou", on=date(2031, 4, 2))
    db.flush()
    return {"program": program}


def test_news_by_month_is_what_the_articles_say(db, world):
    view = cluster_overview(db=db, cluster=get_cluster(db=db, ref=PANGYO), user=None)
    assert [(m.month, m.articles, m.events) for m in view.activity if m.month >= "2031" or not m.month] == [
        ("2031-01", 2, 0), ("2031-02", 0, 0), ("2031-03", 1, 1), ("", 1, 0)]
    # the same as counting the stored mentions directly
    ids = [o.id for o in view.members]
    direct = db.scalar(select(func.count(func.distinct(Mention.article_id))).where(Mention.org_id.in_(ids)))
    assert sum(m.articles for m in view.activity) == direct


def test_sector_profile_counts_members(db, world):
    view = cluster_overview(db=db, cluster=get_cluster(db=db, ref=PANGYO))
    counts = {s.key: n for s, n in view.sectors}
    assert counts["gaming"] == 4 and counts["ai_cloud"] == 2 and sum(counts.values()) == sum(
        len(o.sectors) for o in view.members)
    assert [n for _s, n in view.sectors] == sorted((n for _s, n in view.sectors), reverse=True)


def test_ties_to_the_other_cluster(db, world):
    view = cluster_overview(db=db, cluster=get_cluster(db=db, ref=PANGYO), all_relations=True)
    [tie] = [t for t in view.ties if t.cluster.key == LIANGJIANG]
    assert [p.id for p in tie.programs] == [world["program"].id]
    assert len(tie.relations) == 1 and tie.relations[0].stage == "mou"
    assert [e.article.title for e in tie.events] == ["Cluster test mar"]
    [together] = [p for p in view.programs if p.program.id == world["program"].id]
    assert [o.key for o in together.members] == ["hancom"] and [c.key for c in together.clusters] == [LIANGJIANG]
    # seen from the other side
    back = cluster_overview(db=db, cluster=get_cluster(db=db, ref=LIANGJIANG), all_relations=True)
    assert PANGYO in [t.cluster.key for t in back.ties]


def test_relations_only_for_readers_who_may_see_them(db, world):
    pangyo = get_cluster(db=db, ref=PANGYO)
    assert cluster_overview(db=db, cluster=pangyo, user=None).relations == []
    viewer = add_user(db=db, email="viewer@cluster.example", password="correct horse", role=Role.viewer)
    assert cluster_overview(db=db, cluster=pangyo, user=viewer).relations == []
    organiser = add_user(db=db, email="org@cluster.example", password="correct horse", role=Role.organiser)
    [relation] = cluster_overview(db=db, cluster=pangyo, user=organiser).relations
    assert [o.key for o in relation.members] == ["hancom"] and [o.key for o in relation.partners] == ["sevens-robotics"]
    assert [c.key for c in relation.clusters] == [LIANGJIANG]
