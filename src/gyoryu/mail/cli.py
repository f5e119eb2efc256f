"""`gyoryu mail …`: deliver the outbox now (or keep delivering), list what is in it."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from gyoryu.mail.enums import MailStatus

mail_app = typer.Typer(help="Outgoing e-mail: the outbox and its SMTP delivery.", no_args_is_help=True)


@mail_app.command("deliver")
def deliver(loop: Annotated[bool, typer.Option("--loop", help="Keep delivering until stopped.")] = False,
            interval: Annotated[float, typer.Option(help="Seconds between runs with --loop.")] = 5.0,
            as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Send the messages that are due to the SMTP server in the settings."""
    from gyoryu.config import get_settings
    from gyoryu.db import get_engine
    from gyoryu.mail.delivery import deliver_pending, run_forever

    engine, settings = get_engine(), get_settings()
    if loop:
        run_forever(engine=engine, settings=settings, interval=interval)
        return
    report = deliver_pending(engine=engine, settings=settings)
    if as_json:
        typer.echo(json.dumps(report.as_dict(), ensure_ascii=False))
        return
    typer.echo(f"sent {report.sent}, to retry {report.retried}, failed {report.failed}")
    for error in report.errors:
        typer.echo(f"  {error}", err=True)


@mail_app.command("list")
def list_(status: Annotated[MailStatus | None, typer.Option()] = None,
          to: Annotated[str | None, typer.Option(help="Only messages to this address.")] = None,
          limit: int = 50,
          as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """The newest messages in the outbox (bodies are not shown: they may hold personal links)."""
    from gyoryu.db import get_engine, session_factory
    from gyoryu.mail.service import list_messages, message_out

    with session_factory(get_engine())() as db:
        rows = [message_out(m) for m in list_messages(db=db, status=status, recipient=to,
                                                       limit=limit)]
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    for r in rows:
        typer.echo(f"{r['id']:>6}  {r['status']:<8} {r['attempts']}  {r['to']:<30} {r['subject']}")

