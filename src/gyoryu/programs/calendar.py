"""A participant's calendar, kept in step with what the organiser publishes.

Calendar apps take a change only when an event keeps its UID and its SEQUENCE rises, and drop
one only when it comes back as STATUS:CANCELLED. Nothing extra is stored for that: the published
versions already are the history. Walking the itinerary's versions (visits) and the meeting
schedule's versions (the participant's meetings, by the request each fulfils) in order, an
entry's SEQUENCE rises each time what the reader sees of it changes, it is dropped or it comes
back; its CREATED and LAST-MODIFIED are those versions' publication times. An unpublished draft
itinerary shows at SEQUENCE 0 and every published entry from 1, so publishing always updates.

The feed is subscribed to at `/calendar/{participant id}/{feed token}.ics`: the token is derived
from the personal link's token by a one-way hash, so a calendar service that keeps the address
can read the agenda but cannot act as the participant, and a new personal link retires it.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from gyoryu.errors import NotFound
from gyoryu.i18n import Translator
from gyoryu.matching.models import ScheduleRun
from gyoryu.programs import agenda, itinerary, meetings
from gyoryu.programs.agenda import Entry
from gyoryu.programs.models import ItineraryVersion, Participant, Program

FEED_SALT = "gyoryu calendar feed v1"


def feed_token(participant: Participant) -> str:
    return hashlib.sha256(f"{FEED_SALT}\0{participant.token}".encode()).hexdigest()[:32]


def feed_path(participant: Participant) -> str:
    return f"/calendar/{participant.id}/{feed_token(participant)}.ics"


def participant_by_feed(*, db: Session, participant_id: int, token: str) -> Participant:
    """The participant whose feed this is; a wrong token reads as no such participant."""
    participant = db.get(Participant, participant_id)
    if participant is None or not hmac.compare_digest(feed_token(participant), token):
        raise NotFound("E502", id=participant_id)
    return participant


def _seen(e: Entry) -> tuple:
    return (e.start, e.end, e.title, e.place, e.detail)


def revisions(versions: Iterable[tuple[datetime, list[Entry]]], first: int = 1) -> list[Entry]:
    """Every entry that was ever published, as of the last version: (publication time, entries)
    in publication order. SEQUENCE starts at `first` and rises with each change, drop or return."""
    state: dict[str, Entry] = {}
    for at, snapshot in versions:
        here = set()
        for e in snapshot:
            here.add(e.uid)
            before = state.get(e.uid)
            if before is None:
                state[e.uid] = replace(e, sequence=first, created=at, revised=at)
            elif before.cancelled or _seen(before) != _seen(e):
                state[e.uid] = replace(e, sequence=before.sequence + 1, created=before.created, revised=at)
            else:
                state[e.uid] = replace(e, sequence=before.sequence, created=before.created,
                                       revised=before.revised)
        for uid, e in list(state.items()):
            if uid not in here and not e.cancelled:
                state[uid] = replace(e, cancelled=True, sequence=e.sequence + 1, revised=at)
    return list(state.values())


def calendar_entries(*, db: Session, program: Program, participant: Participant | None,
                     t: Translator) -> list[Entry]:
    """The agenda as a calendar sees it: live entries and dropped ones, each with its history."""
    lang = t.locale
    versions = list(db.scalars(select(ItineraryVersion).where(ItineraryVersion.program_id == program.id)
                               .order_by(ItineraryVersion.number)))
    if versions:
        out = revisions((v.published_at, agenda.visit_entries(v.items, lang)) for v in versions)
    else:  # nothing published yet: the draft, at SEQUENCE 0
        out = agenda.visit_entries(itinerary.snapshot(itinerary.visits(db=db, program=program)), lang)
    if participant is not None:
        schedule = []
        for v in meetings.schedule_versions(db=db, program=program):
            run = db.get(ScheduleRun, v.run_id)
            if run is not None:
                schedule.append((v.published_at, [
                    agenda.meeting_entry(program, m, t)
                    for m in meetings.meetings_for(db=db, program=program, participant=participant, run=run)]))
        out += revisions(schedule)
    return sorted(out, key=lambda e: (e.start, e.kind, e.uid))


def feed(*, db: Session, participant: Participant, t: Translator, now: datetime | None = None) -> bytes:
    """The participant's agenda as ICS (`agenda.ics`), with the history calendar apps need."""
    program = participant.program
    return agenda.ics(program=program, lang=t.locale, now=now,
                      found=calendar_entries(db=db, program=program, participant=participant, t=t))
