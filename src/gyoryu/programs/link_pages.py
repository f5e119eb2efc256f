"""Pages for personal links: "send me my link" on the program page, and the organiser's resend
from the participant list (one participant or everyone)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse

from gyoryu.programs import links, service
from gyoryu.web.deps import Csrf, CurrentUser, DbSession, Id, PostedForm, T, ensure
from gyoryu.web.templating import render

router = APIRouter(include_in_schema=False)


@router.post("/programs/{program_id}/recover-link", dependencies=[Csrf])
def recover_link(program_id: Id, request: Request, form: PostedForm, db: DbSession, t: T,
                 user: CurrentUser):
    """The same page whether or not the address is registered (addresses are not revealed)."""
    program = service.get_program(db=db, program_id=program_id)
    email = str(form.get("email") or "").strip()
    links.request_link(db=db, program=program, email=email,
                       base_url=request.app.state.settings.base_url)
    return render(request, "programs/link_sent.html", t, user=user, program=program, email=email)


@router.post("/programs/{program_id}/participants/{participant_id}/send-link",
             dependencies=[Csrf])
def send_link(program_id: Id, participant_id: Id, request: Request, db: DbSession,
              user: CurrentUser):
    program = service.get_program(db=db, program_id=program_id)
    ensure("programs.manage", user, program)
    participant = service.get_participant(db=db, participant_id=participant_id)
    sent = links.resend_links(db=db, program=program, participants=[participant],
                              base_url=request.app.state.settings.base_url)
    return RedirectResponse(f"/programs/{program.id}/participants?links_sent={sent}",
                            status_code=303)


@router.post("/programs/{program_id}/send-links", dependencies=[Csrf])
def send_all_links(program_id: Id, request: Request, db: DbSession, user: CurrentUser):
    program = service.get_program(db=db, program_id=program_id)
    ensure("programs.manage", user, program)
    sent = links.resend_links(db=db, program=program,
                              participants=service.participants(db=db, program=program),
                              base_url=request.app.state.settings.base_url)
    return RedirectResponse(f"/programs/{program.id}/participants?links_sent={sent}",
                            status_code=303)
