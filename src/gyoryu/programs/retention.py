"""Personal data kept no longer than needed: once a program's retention period has passed
(`Program.retention_days` after it ends), its participants' names, addresses, contact, passport
and dietary details are removed (`gyoryu program purge`).

What remains is anonymous: the participant row (status, organisation, languages), so meetings,
outcomes and the program's figures, which belong to organisations, still add up.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from gyoryu.db import utcnow
from gyoryu.programs.models import Participant, Program

PERSONAL = ("role", "interests", "mobile", "wechat_id", "kakaotalk_id", "passport_name",
            "passport_number", "dietary")


def due(*, db: Session, today: date) -> list[Participant]:
    """Participants of programs whose retention period has passed, not yet anonymised."""
    rows = db.scalars(select(Participant).join(Program, Participant.program_id == Program.id)
                      .where(Participant.anonymised_at.is_(None))
                      .order_by(Participant.program_id, Participant.id))
    return [p for p in rows
            if p.program.ends_on + timedelta(days=p.program.retention_days) < today]


def anonymise(*, db: Session, participant: Participant) -> None:
    """Remove what identifies the person; the personal link stops working (a new random token)."""
    import secrets

    participant.name = ""
    participant.email = f"anonymised-{participant.id}@invalid"
    for column in PERSONAL:
        setattr(participant, column, "")
    participant.token = secrets.token_urlsafe(18)
    participant.user_id = None
    participant.anonymised_at = utcnow()
    db.flush()


def purge(*, db: Session, today: date) -> list[Participant]:
    """Anonymise every participant whose program's retention period has passed; returns them."""
    gone = due(db=db, today=today)
    for participant in gone:
        anonymise(db=db, participant=participant)
    return gone
