"""The participant's calendar feed: an address a calendar app subscribes to and refreshes,
without a session (the token in the address is the key, and it only reads)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from jinja2 import pass_context

from gyoryu.i18n import Translator
from gyoryu.programs import calendar
from gyoryu.web.deps import DbSession, Id
from gyoryu.web.templating import templates

router = APIRouter(include_in_schema=False)
ICS = "text/calendar; charset=utf-8"


@pass_context
def calendar_feed_url(context, participant) -> str:
    """The feed's full address, for the participant's page (a template global)."""
    request: Request = context["request"]
    return request.app.state.settings.base_url.rstrip("/") + calendar.feed_path(participant)


templates.env.globals["calendar_feed_url"] = calendar_feed_url


@router.get("/calendar/{participant_id}/{token}.ics")
def calendar_feed(participant_id: Id, token: str, db: DbSession, lang: str = ""):
    participant = calendar.participant_by_feed(db=db, participant_id=participant_id, token=token)
    t = Translator(lang or participant.locale)
    return Response(calendar.feed(db=db, participant=participant, t=t), media_type=ICS,
                    headers={"Cache-Control": "private, no-cache"})
