"""A participant's personal agenda: the published itinerary's visits and their B2B meetings,
in their language, as a page, an ICS calendar (`calendar.py`) and a printable PDF.

The PDF is rendered by WeasyPrint; Korean and Chinese need a CJK font on the system
(`make setup` installs Debian's fonts-noto-cjk), which the stylesheet names first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from gyoryu.i18n import Translator
from gyoryu.programs import grid, itinerary, meetings
from gyoryu.programs.models import Participant, Program


@dataclass
class Entry:
    kind: str  # "visit" or "meeting"
    start: datetime  # local, naive (the program's timezone)
    end: datetime
    title: str
    place: str
    detail: str
    uid: str  # stable for the visit or the meeting's request, whatever moves
    # What a calendar needs to take a change (see `calendar.revisions`): how often the entry
    # changed in published versions, when it first and last did, and whether it was dropped.
    sequence: int = 0
    created: datetime | None = None  # aware (UTC)
    revised: datetime | None = None
    cancelled: bool = False


def _at(day: str | date, minute: int) -> datetime:
    d = date.fromisoformat(day) if isinstance(day, str) else day
    return datetime.combine(d, datetime.min.time()) + timedelta(minutes=minute)


def itinerary_items(*, db: Session, program: Program) -> tuple[list[dict], bool]:
    """The published itinerary, or the draft while nothing is published (flagged as draft)."""
    version = itinerary.published(db=db, program=program)
    if version is not None:
        return version.items, False
    return itinerary.snapshot(itinerary.visits(db=db, program=program)), True


def visit_entries(items: list[dict], lang: str) -> list[Entry]:
    """The visits of an itinerary snapshot (a published version's items, or the draft's)."""
    return [
        Entry("visit", _at(i["day"], i["start"]), _at(i["day"], i["end"]),
              i["title"].get(lang) or i["title"]["en"], i["city"].get(lang) or i["city"]["en"],
              i.get("address") or "", f"visit-{i['visit']}@gyoryu")
        for i in items
    ]


def meeting_entry(program: Program, m: dict, t: Translator) -> Entry:
    """One of `meetings.meetings_for`'s meetings. Its UID names the request it fulfils, so a
    meeting keeps it when a new schedule moves it to another slot or table."""
    lang = t.locale
    other = m["with"]
    who = other.name if other is None else f"{other.name} · {other.org_label(lang)}"
    voice = m.get("interpreter")
    return Entry("meeting", m["start"], m["end"], t.gettext("Meeting: {who}", who=who),
                 grid.table_label(t, m["place"]),
                 "" if voice is None else t.gettext("Interpreter: {name}", name=voice.name),
                 f"meeting-{program.id}-{m['request']}@gyoryu")


def entries(*, db: Session, program: Program, participant: Participant | None,
            t: Translator) -> list[Entry]:
    items, _draft = itinerary_items(db=db, program=program)
    out = visit_entries(items, t.locale)
    if participant is not None:
        out += [meeting_entry(program, m, t)
                for m in meetings.meetings_for(db=db, program=program, participant=participant)]
    return sorted(out, key=lambda e: (e.start, e.kind))


def by_day(found: list[Entry]) -> list[tuple[date, list[Entry]]]:
    days: dict[date, list[Entry]] = {}
    for e in found:
        days.setdefault(e.start.date(), []).append(e)
    return list(days.items())


def ics(*, program: Program, found: list[Entry], lang: str, now: datetime | None = None) -> bytes:
    """An RFC 5545 calendar a calendar app keeps in step: METHOD:PUBLISH, the program's time zone
    as a VTIMEZONE, for every entry its stable UID, SEQUENCE, the time the calendar was made
    (DTSTAMP), its own history (CREATED, LAST-MODIFIED) and, once dropped, STATUS:CANCELLED."""
    from icalendar import Calendar, Event

    tz = ZoneInfo(program.timezone)
    now = now or datetime.now(UTC)
    cal = Calendar()
    cal.add("prodid", "-//gyoryu//programs//EN")
    cal.add("version", "2.0")
    cal.add("method", "PUBLISH")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", program.title_in(lang))
    cal.add("x-wr-timezone", program.timezone)
    cal.add("refresh-interval", timedelta(hours=1), parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", "PT1H")
    for e in found:
        ev = Event()
        ev.add("uid", e.uid)
        ev.add("dtstamp", now)
        ev.add("sequence", e.sequence)
        ev.add("summary", e.title)
        ev.add("dtstart", e.start.replace(tzinfo=tz))
        ev.add("dtend", e.end.replace(tzinfo=tz))
        if e.created is not None:
            ev.add("created", e.created)
        if e.revised is not None:
            ev.add("last-modified", e.revised)
        ev.add("status", "CANCELLED" if e.cancelled else "CONFIRMED")
        if e.cancelled:  # the apps that ignore STATUS still show it is off
            ev.add("transp", "TRANSPARENT")
        ev.add("location", ", ".join(x for x in (e.place, e.detail) if x))
        cal.add_component(ev)
    cal.add_missing_timezones()
    return cal.to_ical()


def pdf(html: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=html).write_pdf()
