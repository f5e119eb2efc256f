"""Writes `research_stale` rows in the same transaction as any change a fact depends on.

A flush listener, as the graph's journal is, so that intel and the directory need not know
research exists and none of them can forget to tell it: an event or a party added, changed or
removed (a reviewer linking a mention sets `EventParty.org_id`), an article's date corrected, an
organisation's country, sectors or clusters edited, an organisation deleted. Only the attributes
a fact is computed from count — renaming an organisation, or a directory reload that sets every
value to what it was, marks nothing stale. Sources are recognised by table name, so importing
this module imports none of those domains."""

from __future__ import annotations

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session

from gyoryu.research.models import Stale

SOURCES = {  # table → (journal kind, the attribute naming it, the attributes facts are computed from)
    "intel_event": ("event", "id", ("type", "date", "article_id")),
    "intel_event_party": ("event", "event_id", ("event_id", "side", "org_id", "place_id")),
    "intel_article": ("article", "id", ("published",)),
    "organization": ("org", "id", ("country", "sectors", "clusters")),
}


def _changed(obj, attributes) -> bool:
    state = inspect(obj)
    return any(state.attrs[a].history.has_changes() for a in attributes)


@event.listens_for(Session, "after_flush")
def _journal_fact_sources(session: Session, _ctx) -> None:
    rows = set()
    for group, objects in (("new", session.new), ("dirty", session.dirty), ("deleted", session.deleted)):
        for obj in objects:
            source = SOURCES.get(getattr(type(obj), "__tablename__", None))
            if source is None:
                continue
            kind, attribute, inputs = source
            if group == "new" and kind == "org":
                continue  # a new organisation is in no event yet
            if group == "dirty" and not _changed(obj, inputs):
                continue
            value = getattr(obj, attribute, None)
            if value is not None:
                rows.add((kind, value))
    if rows:
        session.connection().execute(insert(Stale.__table__),
                                     [{"kind": k, "ref": r} for k, r in sorted(rows)])
