"""A participant's personal agenda: the published itinerary's visits and their B2B meetings,
in their language, as a page, an ICS calendar and a printable PDF.

The PDF is rendered by WeasyPrint; Korean and Chinese need a CJK font on the system
(`make setup` installs Debian's fonts-noto-cjk), which the stylesheet names first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from gyoryu.i18n import Translator
from gyoryu.programs import itinerary, meetings
from gyoryu.programs.models import Participant, Program


@dataclass
class Entry:
    kind: str  # "visit" or "meeting"
    start: datetime  # local, naive (the program's timezone)
    end: datetime
    title: str
    place: str
    detail: str
    uid: str


def _at(day: str | date, minute: int) -> datetime:
    d = date.fromisoformat(day) if isinstance(day, str) else day
    return datetime.combine(d, datetime.min.time()) + timedelta(minutes=minute)


def itinerary_items(*, db: Session, program: Program) -> tuple[list[dict], bool]:
    """The published itinerary, or the draft while nothing is published (flagged as draft)."""
    version = itinerary.published(db=db, program=program)
    if version is not None:
        return version.items, False
    return itinerary.snapshot(itinerary.visits(db=db, program=program)), True


def entries(*, db: Session, program: Program, participant: Participant | None,
            t: Translator) -> list[Entry]:
    lang = t.locale
    items, _draft = itinerary_items(db=db, program=program)
    out = [
        Entry("visit", _at(i["day"], i["start"]), _at(i["day"], i["end"]),
              i["title"].get(lang) or i["title"]["en"], i["city"].get(lang) or i["city"]["en"],
              i.get("address") or "", f"visit-{i['visit']}@gyoryu")
        for i in items
    ]
    if participant is not None:
        for m in meetings.meetings_for(db=db, program=program, participant=participant):
            other = m["with"]
            who = other.name if other is None else f"{other.name} · {other.org_label(lang)}"
            voice = m.get("interpreter")
            out.append(Entry("meeting", m["start"], m["end"],
                             t.gettext("Meeting: {who}", who=who),
                             t.gettext("Table {n}", n=m["table"] + 1),
                             "" if voice is None else t.gettext("Interpreter: {name}",
                                                                name=voice.name),
                             f"meeting-{program.id}-{m['slot']}-{participant.id}@gyoryu"))
    return sorted(out, key=lambda e: (e.start, e.kind))


def by_day(found: list[Entry]) -> list[tuple[date, list[Entry]]]:
    days: dict[date, list[Entry]] = {}
    for e in found:
        days.setdefault(e.start.date(), []).append(e)
    return list(days.items())


def ics(*, program: Program, found: list[Entry], lang: str) -> bytes:
    from icalendar import Calendar, Event

    tz = ZoneInfo(program.timezone)
    cal = Calendar()
    cal.add("prodid", "-//gyoryu//programs//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", program.title_in(lang))
    for e in found:
        ev = Event()
        ev.add("uid", e.uid)
        ev.add("summary", e.title)
        ev.add("dtstart", e.start.replace(tzinfo=tz))
        ev.add("dtend", e.end.replace(tzinfo=tz))
        ev.add("dtstamp", datetime(2000, 1, 1, tzinfo=ZoneInfo("UTC")))
        ev.add("location", ", ".join(x for x in (e.place, e.detail) if x))
        cal.add_component(ev)
    return cal.to_ical()


def pdf(html: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=html).write_pdf()
