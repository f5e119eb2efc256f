"""JSON API for personal links: ask for one's own link, or (organisers) resend links."""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from gyoryu.programs import links, service
from gyoryu.web.deps import Csrf, CurrentUser, DbSession, Id, ensure

router = APIRouter(tags=["programs"])


class LinkRequestIn(BaseModel):
    email: str = Field(max_length=254)


class ResendIn(BaseModel):
    participant_ids: list[int] | None = Field(
        default=None, description="Whom to send their link; leave out to send it to everyone.")


@router.post("/programs/{program_id}/recover-link", status_code=202)
def recover_link(program_id: Id, data: LinkRequestIn, request: Request, db: DbSession) -> dict:
    """Mail the link of this address's registration, if any: the answer is the same either way.
    Open to anyone, with or without a session (it acts for no account: the link goes only to
    the address registered), so it asks for no CSRF token — a participant who lost their link
    is rarely signed in."""
    program = service.get_program(db=db, program_id=program_id)
    links.request_link(db=db, program=program, email=data.email,
                       base_url=request.app.state.settings.base_url)
    return {"status": "accepted"}


@router.post("/programs/{program_id}/send-links", dependencies=[Csrf])
def send_links(program_id: Id, data: ResendIn, request: Request, db: DbSession,
               user: CurrentUser) -> dict:
    """Resend personal links (organisers of the program)."""
    program = service.get_program(db=db, program_id=program_id)
    ensure("programs.manage", user, program)
    if data.participant_ids is None:
        chosen = service.participants(db=db, program=program)
    else:
        chosen = [service.get_participant(db=db, participant_id=i) for i in data.participant_ids]
    sent = links.resend_links(db=db, program=program, participants=chosen,
                              base_url=request.app.state.settings.base_url)
    return {"sent": sent}
