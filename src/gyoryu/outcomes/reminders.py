"""E-mail reminders for follow-up questions that are due and unanswered, through the platform's
outbox (`gyoryu.mail`), in each participant's language, linking to their private page.

Each (meeting, participant, round) has one dedupe key, so running the reminder again — after a
crash, or from cron every hour — never queues the same reminder twice; the outbox then delivers
each message once.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from gyoryu.i18n import Translator
from gyoryu.mail.models import OutboxMessage
from gyoryu.mail.service import enqueue
from gyoryu.outcomes.followups import waiting
from gyoryu.programs.enums import ParticipantStatus


def dedupe_key(meeting_id: int, participant_id: int, days: int) -> str:
    return f"outcome-follow-up:{meeting_id}:{participant_id}:{days}"


def enqueue_due(*, db: Session, today: date, base_url: str) -> int:
    """Queue a reminder for every due, unanswered follow-up question; returns how many were new."""
    due = [(fu, p) for fu, p in waiting(db=db, today=today)
           if p is not None and p.email and p.status != ParticipantStatus.cancelled]
    keys = {dedupe_key(fu.meeting_id, p.id, fu.days) for fu, p in due}
    sent = set(db.scalars(select(OutboxMessage.dedupe_key).where(OutboxMessage.dedupe_key.in_(keys))))
    new = 0
    for fu, person in due:
        key = dedupe_key(fu.meeting_id, person.id, fu.days)
        if key in sent:
            continue
        t = Translator(person.locale)
        meeting = fu.meeting
        other = meeting.org_b if meeting.org_a_id == person.organization_id else meeting.org_a
        org = other.display_name(t.locale)
        link = f"{base_url.rstrip('/')}/p/{person.token}#follow-ups"
        enqueue(db=db, to=person.email, locale=t.locale, dedupe_key=key,
                subject=t.gettext("Did your meeting with {org} lead to anything?", org=org),
                body=t.gettext("Hello {name},\n\nYou met {org} on {day} at {program}. Did the "
                               "meeting lead to anything — a follow-up, an MOU, a pilot, a "
                               "contract, an investment? Two clicks on your page tell us:\n\n"
                               "{link}\n\nThank you.",
                               name=person.name, org=org, day=meeting.held_on.isoformat(),
                               program=person.program.title_in(t.locale), link=link))
        sent.add(key)
        new += 1
    return new
