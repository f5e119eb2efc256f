"""`gyoryu outcome …` and `gyoryu program report`: thin commands over the outcome services, each
one unit of work, printable as JSON for scripts (shapes in `outcomes/schemas.py`)."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from gyoryu.errors import GyoryuError

outcome_app = typer.Typer(help="Outcomes: meetings held, follow-ups, MOUs, pilots, contracts, "
                               "investments.", no_args_is_help=True)
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]


def _fail(exc: GyoryuError, code: int = 2):
    typer.echo(exc.message(), err=True)
    raise typer.Exit(code)


def _echo(data) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=1, default=str))


def _program(db, ref: str):
    from gyoryu.programs.cli import _program as find

    return find(db, ref)


@outcome_app.command("add")
def add(
    org: Annotated[list[str], typer.Option("--org", help="Organisation key or id (twice or more).")],
    stage: Annotated[str, typer.Option(help="contact, follow_up, nda, mou, loi, pilot, contract, "
                                            "investment, joint_venture, local_branch, dropped")],
    on: Annotated[str, typer.Option("--date", help="YYYY-MM-DD")] = "",
    amount: Annotated[str | None, typer.Option()] = None,
    currency: Annotated[str | None, typer.Option(help="ISO 4217: KRW, CNY, USD, …")] = None,
    meeting: Annotated[int | None, typer.Option(help="The held meeting it came from.")] = None,
    article: Annotated[int | None, typer.Option(help="A news article as evidence.")] = None,
    start: Annotated[int | None, typer.Option(help="The article's evidence: first character.")] = None,
    end: Annotated[int | None, typer.Option(help="The article's evidence: end character.")] = None,
    document: Annotated[int | None, typer.Option(help="An uploaded document as evidence.")] = None,
    note: Annotated[str, typer.Option()] = "",
    reason: Annotated[str, typer.Option(help="Why it was dropped (stage dropped).")] = "",
    program: Annotated[str | None, typer.Option(help="Program key or id it belongs to.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Record a stage of the relation between organisations (a new history row)."""
    from gyoryu.db import get_engine, transaction
    from gyoryu.directory.service import org_by_ref
    from gyoryu.errors import GyoryuError
    from gyoryu.outcomes import service
    from gyoryu.outcomes.enums import Via
    from gyoryu.outcomes.schemas import outcome_json

    proofs = []
    if meeting is not None:
        proofs.append(service.Proof("meeting", meeting))
    if article is not None:
        proofs.append(service.Proof("article", article, start=start, end=end))
    if document is not None:
        proofs.append(service.Proof("document", document))
    try:
        with transaction(get_engine()) as db:
            step = service.add_step(
                db=db, org_ids=[org_by_ref(db=db, ref=o).id for o in org], stage=stage,
                on=on or date.today(), amount=amount, currency=currency, note=note, reason=reason,
                program_id=_program(db, program).id if program else None, evidence=proofs,
                via=Via.cli)
            out = outcome_json(step.outcome)
    except GyoryuError as exc:
        _fail(exc)
    if as_json:
        _echo(out)
    else:
        typer.echo(f"outcome {out['id']}: {' · '.join(out['organizations'])} → {out['stage']}")


@outcome_app.command("list")
def list_(
    org: Annotated[str | None, typer.Option(help="Organisation key or id.")] = None,
    program: Annotated[str | None, typer.Option(help="Program key or id.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Relations with their history, newest first."""
    from gyoryu.db import get_engine, session_factory
    from gyoryu.directory.service import org_by_ref
    from gyoryu.errors import GyoryuError
    from gyoryu.outcomes import service
    from gyoryu.outcomes.schemas import outcome_json

    try:
        with session_factory(get_engine())() as db:
            found = service.outcomes(db=db, org_id=org_by_ref(db=db, ref=org).id if org else None,
                                     program_id=_program(db, program).id if program else None)
            out = [outcome_json(o) for o in found]
    except GyoryuError as exc:
        _fail(exc)
    if as_json:
        _echo(out)
        return
    for o in out:
        typer.echo(f"{o['id']:>6}  {o['stage']:<14} {o['last_date']}  {' · '.join(o['organizations'])}")
    typer.echo(f"({len(out)} relations)")


@outcome_app.command("suggestions")
def suggestions(
    new: Annotated[bool, typer.Option("--new", help="New relations seen in news instead.")] = False,
    every: Annotated[bool, typer.Option("--all", help="Decided ones too.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Steps proposed from the news, waiting for review."""
    from gyoryu.db import get_engine, session_factory
    from gyoryu.outcomes import news
    from gyoryu.outcomes.enums import SuggestionKind, SuggestionStatus
    from gyoryu.outcomes.schemas import suggestion_json

    with session_factory(get_engine())() as db:
        found = news.suggestions(db=db, kind=SuggestionKind.new_relation if new else SuggestionKind.step,
                                 status=None if every else SuggestionStatus.open)
        out = [suggestion_json(db, s) for s in found]
    if as_json:
        _echo(out)
        return
    for s in out:
        typer.echo(f"{s['id']:>6}  {s['stage']:<10} {' · '.join(s['organizations'])}  "
                   f"article {s['article']['id']}: {s['evidence']['text'][:80]}")
    typer.echo(f"({len(out)} suggestions)")


@outcome_app.command("accept")
def accept(suggestion: int, stage: Annotated[str | None, typer.Option()] = None,
           as_json: JsonOpt = False) -> None:
    """Accept a news suggestion: the step is recorded with the article as evidence."""
    from gyoryu.db import get_engine, transaction
    from gyoryu.errors import GyoryuError
    from gyoryu.outcomes import news
    from gyoryu.outcomes.enums import Via
    from gyoryu.outcomes.schemas import outcome_json

    try:
        with transaction(get_engine()) as db:
            step = news.accept(db=db, suggestion_id=suggestion, stage=stage, via=Via.cli)
            out = outcome_json(step.outcome)
    except GyoryuError as exc:
        _fail(exc)
    if as_json:
        _echo(out)
    else:
        typer.echo(f"suggestion {suggestion} accepted: outcome {out['id']} → {out['stage']}")


@outcome_app.command("reject")
def reject(suggestion: int) -> None:
    """Reject a news suggestion (it stays rejected)."""
    from gyoryu.db import get_engine, transaction
    from gyoryu.errors import GyoryuError
    from gyoryu.outcomes import news

    try:
        with transaction(get_engine()) as db:
            news.reject(db=db, suggestion_id=suggestion)
    except GyoryuError as exc:
        _fail(exc)
    typer.echo(f"suggestion {suggestion} rejected")


@outcome_app.command("meeting")
def meeting(
    program: str,
    org: Annotated[list[str], typer.Option("--org", help="The two organisations that met.")],
    on: Annotated[str, typer.Option("--date", help="YYYY-MM-DD")] = "",
    note: Annotated[str, typer.Option()] = "",
    as_json: JsonOpt = False,
) -> None:
    """Record a meeting held at PROGRAM: its contact step and its follow-up questions."""
    from gyoryu.db import get_engine, transaction
    from gyoryu.directory.service import org_by_ref
    from gyoryu.errors import GyoryuError, InvalidValue
    from gyoryu.outcomes import meetings
    from gyoryu.outcomes.enums import Via

    try:
        with transaction(get_engine()) as db:
            if len(org) != 2:
                raise InvalidValue("E801")
            held = meetings.record_meeting(
                db=db, program=_program(db, program), org_ids=tuple(org_by_ref(db=db, ref=o).id for o in org),
                held_on=on or date.today(), note=note, via=Via.cli)
            out = {"id": held.id, "program": held.program_id, "date": held.held_on.isoformat(),
                   "participants": [held.participant_a_id, held.participant_b_id],
                   "follow_ups": [{"id": f.id, "days": f.days, "due": f.due_on.isoformat()}
                                  for f in held.follow_ups]}
    except GyoryuError as exc:
        _fail(exc)
    if as_json:
        _echo(out)
    else:
        typer.echo(f"meeting {out['id']} recorded; follow-ups due "
                   + ", ".join(f["due"] for f in out["follow_ups"]))


@outcome_app.command("follow-up-days")
def follow_up_days(program: str, days: str) -> None:
    """Set when PROGRAM's meetings are followed up, e.g. '7,90,180' (days after the meeting)."""
    from gyoryu.db import get_engine, transaction
    from gyoryu.errors import GyoryuError
    from gyoryu.outcomes import meetings

    try:
        with transaction(get_engine()) as db:
            chosen = meetings.set_follow_up_days(db=db, program=_program(db, program), days=days)
    except GyoryuError as exc:
        _fail(exc)
    typer.echo("follow-ups after " + ", ".join(f"+{d}" for d in chosen) + " days")


@outcome_app.command("answer")
def answer(
    token: Annotated[str, typer.Option(help="The participant's private link token.")],
    follow_up: Annotated[int, typer.Option("--follow-up", help="The follow-up question's id.")],
    stage: Annotated[str, typer.Option(help="What it led to (or 'none').")],
    note: Annotated[str, typer.Option()] = "",
    today: Annotated[str, typer.Option(help="Answer as of this day (YYYY-MM-DD).")] = "",
    as_json: JsonOpt = False,
) -> None:
    """Answer a follow-up question as the participant of TOKEN (as on their private page)."""
    from gyoryu.db import get_engine, transaction
    from gyoryu.errors import GyoryuError
    from gyoryu.outcomes import followups, service
    from gyoryu.programs.service import participant_by_token

    try:
        with transaction(get_engine()) as db:
            row = followups.answer(
                db=db, follow_up=followups.get_follow_up(db=db, follow_up_id=follow_up),
                participant=participant_by_token(db=db, token=token), value=stage, note=note,
                today=service.parse_date(today) if today else date.today())
            out = {"id": row.id, "answer": row.answer, "step": row.step_id,
                   "status": row.follow_up.status}
    except GyoryuError as exc:
        _fail(exc)
    if as_json:
        _echo(out)
    else:
        typer.echo(f"answer {out['id']}: {out['answer']} ({out['status']})")


@outcome_app.command("remind")
def remind(
    today: Annotated[str, typer.Option(help="Remind as of this day (YYYY-MM-DD).")] = "",
    as_json: JsonOpt = False,
) -> None:
    """Queue an e-mail for every follow-up question due and unanswered (once each, ever);
    `gyoryu mail deliver` sends them."""
    from gyoryu.config import get_settings
    from gyoryu.db import get_engine, transaction
    from gyoryu.errors import GyoryuError
    from gyoryu.outcomes import reminders, service

    try:
        with transaction(get_engine()) as db:
            queued = reminders.enqueue_due(
                db=db, today=service.parse_date(today) if today else date.today(),
                base_url=get_settings().base_url)
    except GyoryuError as exc:
        _fail(exc)
    if as_json:
        _echo({"queued": queued})
    else:
        typer.echo(f"{queued} reminders queued")


def report(
    program: str,
    lang: Annotated[str, typer.Option(help="ko, zh or en")] = "en",
    format: Annotated[str, typer.Option("--format", "-f", help="json, xlsx or pdf")] = "json",
    output: Annotated[Path | None, typer.Option("--output", "-o")] = None,
    as_json: JsonOpt = False,
) -> None:
    """PROGRAM's results: the funnel from meetings held to investments, amounts by currency."""
    from gyoryu.db import get_engine, session_factory
    from gyoryu.errors import GyoryuError
    from gyoryu.i18n import Translator
    from gyoryu.outcomes import report as results

    t = Translator(lang)
    if format not in ("json", "xlsx", "pdf"):
        typer.echo(f"unknown format '{format}': use json, xlsx or pdf", err=True)
        raise typer.Exit(2)
    try:
        with session_factory(get_engine())() as db:
            p = _program(db, program)
            data = results.program_report(db=db, program=p)
            if format == "xlsx":
                body = results.xlsx(report=data, t=t,
                                    relations=results.relations_table(db=db, program=p, lang=t.locale))
            elif format == "pdf":
                from gyoryu.outcomes.pages import report_pdf_bytes

                body = report_pdf_bytes(db=db, program=p, t=t)
            else:
                body = None
    except GyoryuError as exc:
        _fail(exc)
    if body is None:
        if as_json or format == "json":
            _echo(data)
        return
    if output:
        output.write_bytes(body)
    else:
        sys.stdout.buffer.write(body)
