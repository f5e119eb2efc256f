"""JSON API for personal links: ask for one's own link, or (organisers) resend links."""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field

from gyoryu.fields import Items, Line, RowId
from gyoryu.programs import links, service
from gyoryu.web.deps import Csrf, CurrentUser, DbSession, Id, ensure

router = APIRouter(tags=["programs"])


class LinkRequestIn(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"email": "minji.kim@hancom.example"}, {"email": "wang.fang@4paradigm.example"}]})

    email: Line[254]


class ResendIn(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"participant_ids": [12, 13]}, {}]})

    participant_ids: Items[RowId, 1000] | None = Field(
        default=None, description="Whom to send their link; leave out to send it to everyone.")


class LinkRequestedOut(BaseModel):
    status: str = Field(examples=["accepted"])


class LinksSentOut(BaseModel):
    sent: int


@router.post("/programs/{program_id}/recover-link", status_code=202,
             response_model=LinkRequestedOut)
def recover_link(program_id: Id, data: LinkRequestIn, request: Request,
                 db: DbSession) -> LinkRequestedOut:
    """Mail the link of this address's registration, if any: the answer is the same either way.
    Open to anyone, with or without a session (it acts for no account: the link goes only to
    the address registered), so it asks for no CSRF token — a participant who lost their link
    is rarely signed in."""
    program = service.get_program(db=db, program_id=program_id)
    links.request_link(db=db, program=program, email=data.email,
                       base_url=request.app.state.settings.base_url)
    return LinkRequestedOut(status="accepted")


@router.post("/programs/{program_id}/send-links", dependencies=[Csrf],
             response_model=LinksSentOut)
def send_links(program_id: Id, data: ResendIn, request: Request, db: DbSession,
               user: CurrentUser) -> LinksSentOut:
    """Resend personal links (organisers of the program)."""
    program = service.get_program(db=db, program_id=program_id)
    ensure("programs.manage", user, program)
    if data.participant_ids is None:
        chosen = service.participants(db=db, program=program)
    else:
        chosen = [service.get_participant(db=db, participant_id=i, program=program)
                  for i in data.participant_ids]
    sent = links.resend_links(db=db, program=program, participants=chosen,
                              base_url=request.app.state.settings.base_url)
    return LinksSentOut(sent=sent)
