"""Writes `research_stale` rows in the same transaction as any change a fact depends on.

A flush listener, as the graph's journal is, so that intel and the directory need not know
research exists and none of them can forget to tell it: an event or a party added, changed or
removed (a reviewer linking a mention sets `EventParty.org_id`), an article's date corrected, an
organisation's country, sectors or clusters edited (the collections mark the organisation dirty).
Sources are recognised by table name, so importing this module imports none of those domains."""

from __future__ import annotations

from sqlalchemy import event, insert
from sqlalchemy.orm import Session

from gyoryu.research.models import Stale

REFS = {  # table → (journal kind, the attribute holding the id it names)
    "intel_event": ("event", "id"),
    "intel_event_party": ("event", "event_id"),
    "intel_article": ("article", "id"),
    "organization": ("org", "id"),
}


@event.listens_for(Session, "after_flush")
def _journal_fact_sources(session: Session, _ctx) -> None:
    rows = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        ref = REFS.get(getattr(type(obj), "__tablename__", None))
        if ref is None:
            continue
        value = getattr(obj, ref[1], None)
        if value is not None:
            rows.add((ref[0], value))
    if rows:
        session.connection().execute(insert(Stale.__table__),
                                     [{"kind": k, "ref": r} for k, r in sorted(rows)])
