"""Personal links by e-mail: a participant who lost the address of their own page asks for it
with their e-mail address; an organiser resends it to one participant or to everyone.

The answer to "send me my link" is the same whether or not the address is registered, so the
form cannot be used to learn who takes part. Messages go through the outbox (`gyoryu.mail`), in
the request's transaction. A participant asking again and again within one window gets one mail.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gyoryu.db import utcnow
from gyoryu.i18n import Translator
from gyoryu.mail.service import enqueue
from gyoryu.programs.enums import ParticipantStatus
from gyoryu.programs.models import Participant, Program

WINDOW_MINUTES = 15  # one self-service mail per address per program per window


def link_of(participant: Participant, base_url: str) -> str:
    return f"{base_url.rstrip('/')}/p/{participant.token}"


def _window(now: datetime, minutes: int) -> str:
    return now.strftime("%Y%m%d%H") + f"{now.minute // minutes:02d}"


def _mail_link(*, db: Session, participant: Participant, base_url: str, dedupe_key: str):
    t = Translator(participant.locale)
    title = participant.program.title_in(t.locale)
    subject = t.gettext("Your personal page for {program}", program=title)
    body = t.gettext(
        "Hello {name},\n\nThis is your personal page for {program}: your agenda, your meeting "
        "requests and your profile.\n\n{link}\n\nKeep this address to yourself: anyone who has "
        "it can act as you on this page.\n", name=participant.name, program=title,
        link=link_of(participant, base_url))
    return enqueue(db=db, to=participant.email, subject=subject, body=body,
                   locale=t.locale, dedupe_key=dedupe_key)


def request_link(*, db: Session, program: Program, email: str, base_url: str,
                 now: datetime | None = None) -> None:
    """Mail the personal link of `email`'s registration for `program`, if there is one.

    Returns nothing either way: the caller answers the same to a registered and an unknown
    address."""
    email = email.strip()
    participant = db.scalar(select(Participant).where(
        Participant.program_id == program.id,
        func.lower(Participant.email) == email.lower(),
        Participant.status != ParticipantStatus.cancelled))
    if participant is None or "@" not in email:
        return
    window = _window(now or utcnow(), WINDOW_MINUTES)
    _mail_link(db=db, participant=participant, base_url=base_url,
               dedupe_key=f"program-link:{participant.id}:self:{window}")


def resend_links(*, db: Session, program: Program, participants: list[Participant],
                 base_url: str, now: datetime | None = None) -> int:
    """The organiser's resend to the given participants (cancelled ones are skipped); a second
    click within the same minute sends nothing more. Returns how many were sent."""
    stamp = (now or utcnow()).strftime("%Y%m%d%H%M")
    sent = 0
    for participant in participants:
        if participant.program_id != program.id or participant.status == ParticipantStatus.cancelled:
            continue
        _mail_link(db=db, participant=participant, base_url=base_url,
                   dedupe_key=f"program-link:{participant.id}:organiser:{stamp}")
        sent += 1
    return sent
