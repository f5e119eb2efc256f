"""Writes a `graph_change` row in the same transaction as any change to a source of edges.

A flush listener, as the directory's search journal is, so that programs, matching, intel and
outcomes need not know the graph exists, and none of them can forget to tell it. Sources are
named by table, so registering the listener (importing `gyoryu.graph.models`, which the CLI and
the web app do at start) imports none of those domains."""

from __future__ import annotations

from sqlalchemy import event, insert
from sqlalchemy.orm import Session

from gyoryu.graph.models import GraphChange

SOURCES = frozenset({
    "organization", "program", "program_participant", "program_schedule_version", "match_schedule_run",
    "match_scheduled_meeting", "intel_event", "intel_event_party", "outcome", "outcome_party",
    "outcome_meeting",
})


@event.listens_for(Session, "after_flush")
def _journal_graph_sources(session: Session, _ctx) -> None:
    for obj in (*session.new, *session.dirty, *session.deleted):
        if getattr(type(obj), "__tablename__", None) in SOURCES:
            session.connection().execute(insert(GraphChange.__table__))
            return
