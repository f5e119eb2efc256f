"""`gyoryu catalogue …`: import, export and search products; inquiries, their answers and what
they become; exhibition booths. Thin commands over the catalogue's services, each one unit of
work, printable as JSON for scripts.

The import acts as the server's operator (`rules.SHELL`, as `gyoryu import` does); commands
that act for a person name their account with `--as EMAIL`, and the services check it as they
check a signed-in reader of the site.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

catalogue_app = typer.Typer(help="The AI Center catalogue: products, inquiries, exhibition booths.",
                            no_args_is_help=True)
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]
AsOpt = Annotated[str, typer.Option("--as", help="The account acting (its e-mail address).")]


def _echo(data) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=1, default=str))


def _run(email: str | None, action, *, write: bool = False):
    """Run `action(db, actor)` in one transaction (committed only if `write`); errors exit 2."""
    from sqlalchemy import select

    from gyoryu.accounts.models import User
    from gyoryu.db import get_engine, session_factory, transaction
    from gyoryu.errors import GyoryuError

    engine = get_engine()
    with (transaction(engine) if write else session_factory(engine)()) as db:
        actor = None if email is None else db.scalar(
            select(User).where(User.email == email.strip().lower(), User.is_active.is_(True)))
        try:
            return action(db, actor)
        except GyoryuError as exc:
            typer.echo(exc.message(), err=True)
            raise typer.Exit(2) from None


def _base_url() -> str:
    from gyoryu.config import get_settings

    return get_settings().base_url


@catalogue_app.command("import")
def import_(
    file: Path,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Check and report; write nothing.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Import products from XLSX or CSV: every row or none."""
    from gyoryu.catalogue.interchange import import_rows, read_table
    from gyoryu.catalogue.rules import SHELL
    from gyoryu.db import get_engine, session_factory
    from gyoryu.directory.interchange import ImportFailed
    from gyoryu.errors import GyoryuError

    try:
        rows = read_table(file)
    except GyoryuError as exc:
        typer.echo(f"{file}: {exc.message()}", err=True)
        raise typer.Exit(2) from None
    db = session_factory(get_engine())()
    try:
        report = import_rows(db, rows, file=str(file), actor=SHELL)
    except ImportFailed as exc:
        report = exc.report
    finally:
        if dry_run or not report.ok:
            db.rollback()
        else:
            db.commit()
        db.close()
    if as_json:
        _echo(report.as_dict() | {"problems": [p.__dict__ | {"message": p.message}
                                               for p in report.problems], "dry_run": dry_run})
    else:
        for p in report.problems:
            typer.echo(f"{file}: {p.render()}", err=True)
        verb = "would import" if dry_run else "imported"
        if report.ok:
            typer.echo(f"{file}: {verb} {report.created} new, {report.updated} updated of "
                       f"{report.rows} rows")
        else:
            typer.echo(f"{file}: {len(report.problems)} problems; nothing imported", err=True)
    if not report.ok:
        raise typer.Exit(1)


@catalogue_app.command("export")
def export(
    format: Annotated[str, typer.Option("--format", "-f", help="xlsx | csv | json")] = "xlsx",
    output: Annotated[Path | None, typer.Option("--output", "-o")] = None,
    org: Annotated[str | None, typer.Option("--org", help="Only this seller (key or id).")] = None,
) -> None:
    """Export every product (or one seller's) in the import's column layout."""
    from gyoryu.catalogue.interchange import export_products
    from gyoryu.catalogue.service import find_org

    def action(db, _actor):
        seller = find_org(db=db, ref=org) if org else None
        return export_products(db, format, organization_id=seller.id if seller else None)

    data = _run(None, action)
    if output:
        output.write_bytes(data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.write(b"\n")


@catalogue_app.command("search")
def search(
    query: Annotated[str, typer.Argument(help="A product name in any script.")] = "",
    category: Annotated[str | None, typer.Option()] = None,
    sector: Annotated[str | None, typer.Option()] = None,
    country: Annotated[str | None, typer.Option(help="The seller's country (KR, CN, …).")] = None,
    org: Annotated[str | None, typer.Option("--org", help="Only this seller (key or id).")] = None,
    limit: int = 20,
    as_json: JsonOpt = False,
) -> None:
    """Search products by any of their names: 로봇청소기 finds 扫地机器人."""
    from gyoryu.catalogue.service import search_page

    page = _run(None, lambda db, _a: search_page(db=db, q=query, category=category, sector=sector,
                                                  country=country, organization=org, limit=limit))
    if as_json:
        _echo({"items": [{"id": i.id, "names": i.names, "organization": i.organization,
                          "category": i.category} for i in page.items], "total": page.total})
        return
    for i in page.items:
        n = i.names
        typer.echo(f"{i.id:>7}  {i.category:<11} {i.organization:<24} {n.get('ko', ''):<16} "
                   f"{n.get('zh', ''):<12} {n.get('en', '')}")
    typer.echo(f"({page.total} found)")


@catalogue_app.command("inquire")
def inquire(
    product: Annotated[int, typer.Argument(help="The product's id.")],
    message: Annotated[str, typer.Option("--message", "-m")],
    actor: AsOpt,
    quantity: Annotated[str | None, typer.Option()] = None,
    target_price: Annotated[str | None, typer.Option("--target-price")] = None,
    currency: Annotated[str | None, typer.Option()] = None,
    lang: Annotated[str, typer.Option("--lang", help="ko, zh or en")] = "en",
    as_json: JsonOpt = False,
) -> None:
    """Send an inquiry about a product as a buyer (the seller's members are mailed)."""
    from gyoryu.catalogue import inquiries, service
    from gyoryu.catalogue.schemas import InquiryIn, inquiry_json
    from gyoryu.errors import InvalidValue

    def action(db, user):
        try:
            data = InquiryIn(quantity=quantity, target_price=target_price, currency=currency,
                             message=message, language=lang)
        except ValueError as exc:
            cause = next((e["ctx"]["error"] for e in getattr(exc, "errors", list)()
                          if isinstance((e.get("ctx") or {}).get("error"), InvalidValue)), None)
            raise cause or InvalidValue("E300", detail=str(exc)) from None
        found = inquiries.send_inquiry(db=db, actor=user, data=data, base_url=_base_url(),
                                       product=service.get_product(db=db, product_id=product))
        return inquiry_json(found)

    out = _run(actor, action, write=True)
    _echo(out) if as_json else typer.echo(f"inquiry {out['id']} sent")


@catalogue_app.command("answer")
def answer(
    inquiry: Annotated[int, typer.Argument(help="The inquiry's id.")],
    message: Annotated[str, typer.Option("--message", "-m")],
    actor: AsOpt,
    lang: Annotated[str | None, typer.Option("--lang", help="ko, zh or en")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Write in an inquiry's thread: the seller's answer, or the buyer's reply."""
    from gyoryu.catalogue import inquiries
    from gyoryu.catalogue.schemas import message_json

    def action(db, user):
        found = inquiries.get_inquiry(db=db, actor=user, inquiry_id=inquiry)
        return message_json(inquiries.reply(db=db, actor=user, inquiry=found, body=message,
                                            language=lang, base_url=_base_url()))

    out = _run(actor, action, write=True)
    _echo(out) if as_json else typer.echo(f"message {out['id']} ({out['side']})")


@catalogue_app.command("inquiries")
def list_inquiries(actor: AsOpt, as_json: JsonOpt = False) -> None:
    """The account's inquiries: sent, received, and every one for organisers."""
    from gyoryu.catalogue import inquiries
    from gyoryu.catalogue.schemas import inquiry_json
    from gyoryu.errors import Forbidden

    def action(db, user):
        if user is None:
            raise Forbidden()
        found = inquiries.visible_inquiries(db=db, actor=user)
        return {box: [inquiry_json(i) for i in rows] for box, rows in found.items()}

    out = _run(actor, action)
    if as_json:
        _echo(out)
        return
    for box, rows in out.items():
        for i in rows:
            typer.echo(f"{box:<9} {i['id']:>6}  {i['status']:<9} product {i['product']}  "
                       f"{i['seller']}")


@catalogue_app.command("meeting")
def meeting(
    inquiry: Annotated[int, typer.Argument(help="The inquiry's id.")],
    program: Annotated[str, typer.Option("--program", help="Program key or id.")],
    actor: AsOpt,
    as_json: JsonOpt = False,
) -> None:
    """Turn an inquiry into a meeting request at a program (its organisers)."""
    from gyoryu.catalogue import inquiries
    from gyoryu.catalogue.service import find_program

    def action(db, user):
        found = inquiries.get_inquiry(db=db, actor=user, inquiry_id=inquiry)
        where = find_program(db=db, ref=program)
        made = inquiries.to_meeting_request(db=db, actor=user, inquiry=found, program=where,
                                            base_url=_base_url())
        return {"id": made.id, "program": where.id, "requester": made.requester_id,
                "target_organization": made.target_org_id, "status": made.status,
                "inquiry": found.id}

    out = _run(actor, action, write=True)
    _echo(out) if as_json else typer.echo(f"meeting request {out['id']} at program {out['program']}")


@catalogue_app.command("outcome")
def outcome(
    inquiry: Annotated[int, typer.Argument(help="The inquiry's id.")],
    actor: AsOpt,
    on: Annotated[str, typer.Option("--date", help="YYYY-MM-DD (today when left out)")] = "",
    note: Annotated[str, typer.Option()] = "",
    as_json: JsonOpt = False,
) -> None:
    """Record an inquiry as a `contact` between the buyer's and the seller's organisations."""
    from gyoryu.catalogue import inquiries
    from gyoryu.outcomes.enums import Via
    from gyoryu.outcomes.schemas import outcome_json

    def action(db, user):
        found = inquiries.get_inquiry(db=db, actor=user, inquiry_id=inquiry)
        step = inquiries.to_outcome(db=db, actor=user, inquiry=found, on=on or None, note=note,
                                    via=Via.cli)
        return outcome_json(step.outcome)

    out = _run(actor, action, write=True)
    _echo(out) if as_json else typer.echo(f"outcome {out['id']}: {' · '.join(out['organizations'])}")


@catalogue_app.command("booth")
def booth(
    program: Annotated[str, typer.Argument(help="The exhibition's key or id.")],
    org: Annotated[str, typer.Option("--org", help="The exhibitor (key or id).")],
    actor: AsOpt,
    label: Annotated[str, typer.Option(help="The stand's number, e.g. A-12.")] = "",
    as_json: JsonOpt = False,
) -> None:
    """Give an organisation its booth at an exhibition; it shows its exhibited products."""
    from gyoryu.catalogue import booths
    from gyoryu.catalogue.schemas import booth_json
    from gyoryu.catalogue.service import find_program

    def action(db, user):
        placed = booths.place_booth(db=db, actor=user, program=find_program(db=db, ref=program),
                                    organization=org, label=label)
        return booth_json(placed, booths.on_show(db=db, booth=placed))

    out = _run(actor, action, write=True)
    _echo(out) if as_json else typer.echo(f"booth {out['label'] or out['id']}: {out['organization']}")
