"""`gyoryu fund …`: the fund's deals, scores, memos, portfolio and STAR candidates from the shell.

Deal data is confidential on the command line too: every command acts as a named account
(`--as EMAIL`) and the same services refuse anyone outside the fund role and admins."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

fund_app = typer.Typer(help="The fund: deals, scores, memos, portfolio, STAR candidates.",
                       no_args_is_help=True)
AS = typer.Option(..., "--as", help="The account acting (a fund member or an admin).")


def _run(email: str, action, *, write: bool = False):
    """Run `action(db, actor)` as the account `email`, in one transaction; errors exit 2."""
    from sqlalchemy import select

    from gyoryu.accounts.models import User
    from gyoryu.db import get_engine, session_factory, transaction
    from gyoryu.errors import GyoryuError

    engine = get_engine()
    with (transaction(engine) if write else session_factory(engine)()) as db:
        actor = db.scalar(select(User).where(User.email == email.strip().lower()))
        try:
            return action(db, actor)
        except GyoryuError as exc:
            typer.echo(exc.message(), err=True)
            raise typer.Exit(2) from None


def _echo(data) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=1, default=str))


def _deal_json(deal) -> dict:
    from gyoryu.fund.api import deal_out

    return deal_out(deal).model_dump(mode="json")


@fund_app.command("add")
def add(
    org: str = typer.Option(..., "--org", help="The company's directory key or id."),
    round: str = typer.Option(..., "--round"),
    source: str = typer.Option(..., "--source", help="program | meeting | news | referral"),
    ref: str = typer.Option("", "--ref", help="Program key, meeting id, article id, or who referred it."),
    amount: str | None = typer.Option(None, "--amount"),
    currency: str | None = typer.Option(None, "--currency"),
    actor: str = AS,
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Add a deal at `sourced`."""
    from gyoryu.errors import GyoryuError
    from gyoryu.fund import service
    from gyoryu.fund.schemas import DealIn

    def act(db, user):
        try:
            data = DealIn(organization=org, round=round, source=source, source_ref=ref,
                          amount=amount, currency=currency)
        except ValueError as exc:
            cause = next((e["ctx"]["error"] for e in getattr(exc, "errors", list)()
                          if isinstance((e.get("ctx") or {}).get("error"), GyoryuError)), None)
            raise cause or GyoryuError("E300", detail=str(exc)) from None
        return _deal_json(service.create_deal(db=db, actor=user, data=data))

    out = _run(actor, act, write=True)
    _echo(out) if as_json else typer.echo(f"deal #{out['id']}: {out['organization']} ({out['stage']})")


@fund_app.command("list")
def list_(stage: str | None = None, actor: str = AS, as_json: bool = typer.Option(False, "--json")) -> None:
    """The deals, newest first."""
    from gyoryu.fund import service

    out = _run(actor, lambda db, user: [_deal_json(d) for d in service.list_deals(db=db, actor=user, stage=stage)])
    if as_json:
        _echo(out)
        return
    for d in out:
        amount = f"{d['amount']} {d['currency']}" if d["amount"] else ""
        who = d["organization"] or d["organization_id"]
        typer.echo(f"#{d['id']:<5} {d['stage']:<14} {d['round']:<10} {who}  {amount}")


@fund_app.command("move")
def move(deal_id: int, stage: str, note: str = "", actor: str = AS,
         as_json: bool = typer.Option(False, "--json")) -> None:
    """Move a deal to another stage (kept in its history)."""
    from gyoryu.fund import service

    def act(db, user):
        deal = service.get_deal(db=db, actor=user, deal_id=deal_id)
        return _deal_json(service.move_deal(db=db, actor=user, deal=deal, stage=stage, note=note))

    out = _run(actor, act, write=True)
    _echo(out) if as_json else typer.echo(f"deal #{out['id']}: {out['stage']}")


@fund_app.command("score")
def score(deal_id: int, scores: list[str] = typer.Option([], "--score", help="criterion=1..5"),
          comment: str = "", submit: bool = False, actor: str = AS,
          as_json: bool = typer.Option(False, "--json")) -> None:
    """Score a deal on the rubric (a draft, or `--submit`)."""
    from gyoryu.fund import scoring, service
    from gyoryu.fund.schemas import ReviewIn

    pairs = dict(s.partition("=")[::2] for s in scores)

    def act(db, user):
        deal = service.get_deal(db=db, actor=user, deal_id=deal_id)
        scoring.score_deal(db=db, actor=user, deal=deal,
                           data=ReviewIn(scores=pairs, comment=comment, submit=submit))
        return scoring.scorecard(db=db, actor=user, deal=deal).model_dump(mode="json")

    out = _run(actor, act, write=True)
    seen = f", aggregate {out['aggregate']}" if out["visible"] else ""
    _echo(out) if as_json else typer.echo(f"deal #{deal_id}: {out['submitted']} submitted{seen}")


@fund_app.command("criterion")
def criterion(key: str, weight: str = typer.Option(..., "--weight"), label_ko: str = "", label_zh: str = "",
              label_en: str = "", position: int = 0, actor: str = AS) -> None:
    """Add a criterion to the rubric, or change one."""
    from gyoryu.fund import scoring
    from gyoryu.fund.schemas import CriterionIn

    _run(actor, lambda db, user: scoring.define_criterion(
        db=db, actor=user, data=CriterionIn(key=key, weight=weight, position=position,
                                            labels={"ko": label_ko, "zh": label_zh, "en": label_en})),
         write=True)
    typer.echo(f"criterion {key}: weight {weight}")


@fund_app.command("memo")
def memo_(deal_id: int, lang: str = typer.Option("ko", "--lang"), output: Path | None = typer.Option(None, "-o"),
          actor: str = AS) -> None:
    """The investment memo as a PDF (ko, zh or en)."""
    from gyoryu.fund import memo, service
    from gyoryu.i18n import Translator
    from gyoryu.web.templating import templates

    body = _run(actor, lambda db, user: memo.memo_pdf(
        db=db, actor=user, deal=service.get_deal(db=db, actor=user, deal_id=deal_id),
        t=Translator(lang), env=templates.env))
    if output:
        output.write_bytes(body)
    else:
        sys.stdout.buffer.write(body)


@fund_app.command("portfolio")
def portfolio(actor: str = AS, as_json: bool = typer.Option(False, "--json")) -> None:
    """Invested deals, totals per currency, deals per stage."""
    from gyoryu.fund import service

    def act(db, user):
        found = service.portfolio(db=db, actor=user)
        return {"invested": [_deal_json(d) for d in found["invested"]],
                "totals": {k: str(v) for k, v in found["totals"].items()}, "stages": dict(found["stages"])}

    out = _run(actor, act)
    if as_json:
        _echo(out)
        return
    for d in out["invested"]:
        who = d["organization"] or d["organization_id"]
        typer.echo(f"#{d['id']:<5} {who}  {d['amount'] or ''} {d['currency'] or ''}")
    typer.echo("totals: " + (", ".join(f"{v} {k}" for k, v in out["totals"].items()) or "—"))


@fund_app.command("candidates")
def candidates(lang: str = "en", actor: str = AS, as_json: bool = typer.Option(False, "--json")) -> None:
    """STAR candidates from news and programs, each with its reasons."""
    from gyoryu.fund import discovery
    from gyoryu.i18n import Translator

    t = Translator(lang)
    out = _run(actor, lambda db, user: [
        {"organization": c.organization.key, "organization_id": c.organization.id,
         "names": c.organization.primary_names(),
         "reasons": [{"code": r.code, "source": r.source, "ref": r.ref, "text": discovery.explain(t, r)}
                     for r in c.reasons]}
        for c in discovery.candidates(db=db, actor=user)])
    if as_json:
        _echo(out)
        return
    for c in out:
        typer.echo(f"{c['organization'] or c['organization_id']}: " + "; ".join(r["text"] for r in c["reasons"]))
