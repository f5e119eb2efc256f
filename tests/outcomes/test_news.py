"""Confirmed from news: an article reporting an MOU between organisations that met proposes one
step with the sentence; accepting it records the step with the article's offsets; the same
article again proposes nothing; organisations with no history are a new relation."""

import pytest

from gyoryu.errors import GyoryuError
from gyoryu.intel import service as intel
from gyoryu.intel.sources import from_text
from gyoryu.outcomes import meetings, news, service
from tests.outcomes.conftest import MOU_KO


def test_an_mou_between_organisations_that_met_is_proposed_once(db, summit):
    nhn, para = summit.people["nhn-cloud"], summit.people["4paradigm"]
    meetings.record_meeting(db=db, program=summit, held_on="2026-03-11",
                            org_ids=(nhn.organization_id, para.organization_id))
    article, created = intel.ingest(db=db, source=from_text(MOU_KO, "test:mou-ko"))
    assert created
    [proposal] = news.suggestions(db=db)
    assert set(proposal.org_ids) == {nhn.organization_id, para.organization_id}
    assert proposal.stage == "mou" and proposal.kind == "step"
    assert article.text[proposal.start:proposal.end] == proposal.text
    assert "업무협약(MOU)" in proposal.text

    step = news.accept(db=db, suggestion_id=proposal.id)
    assert step.stage == "mou" and step.outcome.stage == "mou"
    [evidence] = step.evidence
    assert (evidence.kind, evidence.article_id, evidence.start, evidence.end) == (
        "article", article.id, proposal.start, proposal.end)
    with pytest.raises(GyoryuError) as exc:
        news.accept(db=db, suggestion_id=proposal.id)
    assert exc.value.code == "E811"

    again, created = intel.ingest(db=db, source=from_text(MOU_KO, "test:mou-ko-again"))
    assert not created and again.id == article.id
    assert news.suggestions(db=db, status=None) == [proposal]
    assert [s.stage for s in step.outcome.steps] == ["contact", "mou"]


def test_an_accepted_stage_already_recorded_is_confirmed_not_doubled(db, summit):
    nhn, para = summit.people["nhn-cloud"], summit.people["4paradigm"]
    ids = (nhn.organization_id, para.organization_id)
    meetings.record_meeting(db=db, program=summit, held_on="2026-03-11", org_ids=ids)
    recorded = service.add_step(db=db, org_ids=ids, stage="mou", on="2026-11-30")
    intel.ingest(db=db, source=from_text(MOU_KO, "test:mou-ko"))
    [proposal] = news.suggestions(db=db)
    step = news.accept(db=db, suggestion_id=proposal.id)
    assert step.id == recorded.id and [e.kind for e in step.evidence] == ["article"]


def test_organisations_without_history_are_a_new_relation(db, org):
    intel.ingest(db=db, source=from_text(MOU_KO, "test:mou-ko"))
    assert news.suggestions(db=db) == []
    [seen] = news.suggestions(db=db, kind="new_relation")
    assert set(seen.org_ids) == {org("nhn-cloud").id, org("4paradigm").id}
    news.reject(db=db, suggestion_id=seen.id)
    assert seen.status == "rejected"
    assert service.relation(db=db, org_ids=seen.org_ids, on=None, create=False) is None


def test_the_batch_writer_proposes_and_counts_what_the_one_by_one_path_does(db, summit, org):
    """`gyoryu ingest --engine ray` writes through intel.bulk, which fires `article_saved` once per
    batch: the suggestions (step for a pair with history, new relation otherwise, none twice) and
    the research facts are those the one-by-one path makes."""
    from sqlalchemy import func, select

    from gyoryu.intel import bulk
    from gyoryu.intel.models import Event
    from gyoryu.intel.records import record_of
    from gyoryu.research.models import Fact

    nhn, para = summit.people["nhn-cloud"], summit.people["4paradigm"]
    meetings.record_meeting(db=db, program=summit, held_on="2026-03-11",
                            org_ids=(nhn.organization_id, para.organization_id))
    texts = [MOU_KO, MOU_KO + "\n양사는 내년에 공동 연구소를 열 계획이다.\n"]
    items = []
    for i, body in enumerate(texts):
        source = from_text(body, f"test:batch-{i}")
        doc, gazetteer = intel.extract(db=db, text=source.text, published=source.published)
        items.append((f"hash-{i}", source.name, record_of(doc, gazetteer, source)))
    written = bulk.write(db=db, items=items)
    db.flush()
    assert len(written.stored) == 2
    proposals = news.suggestions(db=db)
    assert sorted(p.article_id for p in proposals) == sorted(written.stored)
    assert all(set(p.org_ids) == {nhn.organization_id, para.organization_id} and p.kind == "step"
               for p in proposals)
    events = db.scalar(select(func.count()).select_from(Event).where(Event.article_id.in_(written.stored)))
    counted = db.scalar(select(func.count()).select_from(Fact).where(
        Fact.article_id.in_(written.stored), Fact.kind == "event"))
    assert events and counted == events

    news.propose_many(db=db, articles=[p.article for p in proposals])  # the same batch again
    assert len(news.suggestions(db=db, status=None)) == len(proposals)
