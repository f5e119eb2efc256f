"""JSON API of taking part in a program: registering, and then — by the participant's secret
token, the same key as their page's link — meeting requests and answers, the matchmaking profile
and recommendations; organisers accept, wait-list and mark payments.

The token routes need no session (the token is the credential), so they take no CSRF token;
whoever holds a participant's link acts as that participant, on the page and here alike."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from gyoryu.errors import InvalidValue
from gyoryu.i18n import P_
from gyoryu.matching import service as match_service
from gyoryu.matching.schemas import ProfileBody, ProfileIn, RecommendationOut
from gyoryu.programs import meetings, service
from gyoryu.programs.api import participant_out
from gyoryu.programs.models import MeetingRequest, Participant
from gyoryu.programs.schemas import (
    MeetingRequestIn,
    MeetingRequestOut,
    ParticipantOut,
    ParticipantUpdateIn,
    RegisteredOut,
    RegistrationIn,
    RequestAnswerIn,
    RequestsOut,
)
from gyoryu.web.deps import Csrf, CurrentUser, DbSession, Id, T, ensure

router = APIRouter(tags=["programs"])


def _by_token(token: str, request: Request, db: DbSession) -> Participant:
    """The participant whose link this is; a refusal after this point is a 403, not a 401."""
    participant = service.participant_by_token(db=db, token=token)
    request.state.participant_id = participant.id
    return participant


Me = Annotated[Participant, Depends(_by_token)]


def request_out(r: MeetingRequest) -> MeetingRequestOut:
    return MeetingRequestOut(id=r.id, program_id=r.program_id, requester_id=r.requester_id,
                             target_org_id=r.target_org_id, responder_id=r.responder_id,
                             status=r.status, message=r.message or "")


@router.post("/programs/{program_id}/registrations", response_model=RegisteredOut,
             status_code=201)
def register(program_id: Id, data: RegistrationIn, db: DbSession) -> RegisteredOut:
    """Register for a program, as on its public page: applied while places are left,
    wait-listed once it is full. The answer holds the participant's secret token."""
    program = service.get_program(db=db, program_id=program_id)
    participant = service.register_participant(db=db, program=program, data=data)
    return RegisteredOut(participant=participant_out(participant), token=participant.token)


@router.patch("/programs/{program_id}/participants/{participant_id}",
              response_model=ParticipantOut, dependencies=[Csrf])
def update_participant(program_id: Id, participant_id: Id, data: ParticipantUpdateIn,
                       db: DbSession, user: CurrentUser) -> ParticipantOut:
    """Accept, wait-list or cancel a participant, or mark their fee paid (organisers)."""
    program = service.get_program(db=db, program_id=program_id)
    ensure("programs.manage", user, program)
    participant = service.get_participant(db=db, participant_id=participant_id, program=program)
    if data.status is not None:
        service.set_status(db=db, participant=participant, status=data.status)
    if data.paid is not None:
        service.set_paid(db=db, participant=participant, paid=data.paid)
    return participant_out(participant)


@router.get("/agenda/{token}/requests", response_model=RequestsOut)
def my_requests(participant: Me, db: DbSession) -> RequestsOut:
    """The participant's sent requests and those their organisation received."""
    found = meetings.requests_of(db=db, participant=participant)
    return RequestsOut(sent=[request_out(r) for r in found["sent"]],
                       received=[request_out(r) for r in found["received"]])


@router.post("/agenda/{token}/requests", response_model=MeetingRequestOut, status_code=201)
def request_meeting(participant: Me, data: MeetingRequestIn, db: DbSession) -> MeetingRequestOut:
    """Ask to meet an organisation that takes part in the program."""
    return request_out(meetings.request_meeting(
        db=db, program=participant.program, requester=participant,
        target_org_id=data.target_org_id, message=data.message))


@router.post("/agenda/{token}/requests/{request_id}", response_model=MeetingRequestOut)
def answer_request(participant: Me, request_id: Id, data: RequestAnswerIn,
                   db: DbSession) -> MeetingRequestOut:
    """Accept or decline a request to your organisation, or withdraw your own."""
    req = meetings.get_request(db=db, program=participant.program, request_id=request_id)
    if data.action == "withdraw" and req.requester_id == participant.id:
        meetings.withdraw(db=db, request=req)
    else:
        meetings.answer(db=db, request=req, responder=participant, accept=data.action == "accept")
    return request_out(req)


@router.get("/agenda/{token}/profile", response_model=ProfileBody | None)
def my_profile(participant: Me, db: DbSession) -> ProfileBody | None:
    """The organisation's matchmaking profile for this program (null before one is saved)."""
    if participant.organization_id is None:
        return None
    profile = match_service.profile_for(db=db, organization_id=participant.organization_id,
                                        program_id=participant.program_id)
    if profile is None:
        return None
    return ProfileBody(**match_service.profile_form(profile).model_dump(
        exclude={"organization_id", "program_id"}))


@router.put("/agenda/{token}/profile", response_model=ProfileBody)
def save_profile(participant: Me, data: ProfileBody, db: DbSession) -> ProfileBody:
    """What the participant's organisation offers and seeks in this program."""
    if participant.organization_id is None:
        raise InvalidValue("E516", field=P_("field", "organisation"))
    match_service.save_profile(db=db, data=ProfileIn(
        organization_id=participant.organization_id, program_id=participant.program_id,
        **data.model_dump()))
    return data


@router.get("/agenda/{token}/recommendations", response_model=list[RecommendationOut])
def my_recommendations(participant: Me, db: DbSession, t: T) -> list[RecommendationOut]:
    """Partners worth meeting among the program's accepted participants (at most 10), each with
    its reasons in the reader's language."""
    return [r.out(t) for r in meetings.recommendations(db=db, program=participant.program,
                                                        participant=participant)]
