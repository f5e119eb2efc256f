"""The `gyoryu` command: thin wrappers over domain functions, printable as JSON for scripts."""

from __future__ import annotations

import json

import typer

from gyoryu.accounts.enums import Role

# Start-up time is what a user waits for on every call: this module and the sub-apps import only
# typer and enums at the top; the database, the models and the pipelines are imported in the
# command bodies that need them (bench/cli_startup.py measures it).

app = typer.Typer(help="gyoryu (교류 · 交流): Korea–China AI-industry exchange platform.",
                  no_args_is_help=True)
user_app = typer.Typer(help="Accounts.", no_args_is_help=True)
app.add_typer(user_app, name="user")

from gyoryu.accounts.cli import (  # noqa: E402
    account_app,
    token_app,
    user_password,
    user_reset,
    user_sessions,
)

app.add_typer(token_app, name="token")
app.add_typer(account_app, name="account")
user_app.command("sessions")(user_sessions)
user_app.command("password")(user_password)
user_app.command("reset")(user_reset)
from gyoryu.matching.cli import schedule_app  # noqa: E402

app.add_typer(schedule_app, name="schedule")
from gyoryu.programs.cli import program_app  # noqa: E402

app.add_typer(program_app, name="program")
from gyoryu.mail.cli import mail_app  # noqa: E402

app.add_typer(mail_app, name="mail")
from gyoryu.outcomes.cli import outcome_app  # noqa: E402
from gyoryu.outcomes.cli import report as _program_report  # noqa: E402

app.add_typer(outcome_app, name="outcome")
program_app.command("report")(_program_report)
from gyoryu.fund.cli import fund_app  # noqa: E402

app.add_typer(fund_app, name="fund")
from gyoryu.graph.cli import graph_app  # noqa: E402

app.add_typer(graph_app, name="graph")
from gyoryu.clusters.cli import cluster_app  # noqa: E402

app.add_typer(cluster_app, name="cluster")
from gyoryu.catalogue.cli import catalogue_app  # noqa: E402

app.add_typer(catalogue_app, name="catalogue")
from gyoryu.research.cli import report_app  # noqa: E402
from gyoryu.research.cli import trends as _trends  # noqa: E402

app.add_typer(report_app, name="report")
app.command("trends")(_trends)
from gyoryu.backup.cli import backup as _backup  # noqa: E402
from gyoryu.backup.cli import restore as _restore  # noqa: E402

app.command("backup")(_backup)
app.command("restore")(_restore)


# backup: a database at any revision (before `init` upgrades it); restore: an empty one
NEEDS_NO_DATABASE = {"init", "check-data", "schedule", "backup", "restore", None}
CHECKS_ITS_DATABASE = {"search"}  # answers from the index snapshot first (directory/quick.py)


@app.callback()
def _require_database(ctx: typer.Context) -> None:
    """Commands that read the database say so plainly when it was never initialised."""
    if ctx.invoked_subcommand in NEEDS_NO_DATABASE | CHECKS_ITS_DATABASE or ctx.resilient_parsing:
        return
    _check_database()


def _check_database() -> None:
    # The graph's and research's flush listeners journal the changes they are built from: every
    # command that can write registers them here, before its first flush.
    from gyoryu.db import get_engine
    from gyoryu.errors import GyoryuError
    from gyoryu.graph import models as _graph_models  # noqa: F401
    from gyoryu.migrate import is_current
    from gyoryu.research import models as _research_models  # noqa: F401  (the same, for trends)

    engine = get_engine()
    if not is_current(engine):
        _fail(GyoryuError("E001", url=engine.url.render_as_string(hide_password=True)).message(), 2)


def _fail(message: str, code: int = 1):
    typer.echo(message, err=True)
    raise typer.Exit(code)


@app.command()
def init(data: bool = typer.Option(True, help="Load the bundled directory.")) -> None:
    """Create or upgrade the database, load the bundled directory, create the first admin."""
    from gyoryu.db import get_engine
    from gyoryu.setup import initialise

    result = initialise(get_engine(), with_data=data)
    if loaded := result.get("loaded"):
        added = ", ".join(f"{v} {k}" for k, v in loaded.items() if not k.endswith(" updated"))
        moved = ", ".join(f"{v} {k.removesuffix(' updated')}" for k, v in loaded.items() if k.endswith(" updated"))
        typer.echo(f"bundled directory, new records: {added}; brought up to date: {moved}")
    if pw := result.get("admin_password"):
        typer.echo(f"first admin: admin@gyoryu.local / {pw}  (shown once; change it)")


@app.command()
def serve(host: str = "127.0.0.1", port: int = 8000, reload: bool = False,
          mail: bool = typer.Option(True, help="Deliver the outbox in a background thread.")) -> None:
    """Serve the web app on an existing database (and deliver outgoing mail beside it)."""
    import uvicorn

    from gyoryu.db import get_engine

    if mail:
        from gyoryu.config import get_settings
        from gyoryu.mail.delivery import start_background

        start_background(engine=get_engine(), settings=get_settings())
    from gyoryu.config import get_settings
    from gyoryu.web.deps import trusted_networks

    # uvicorn believes X-Forwarded-* only from the proxies GYORYU_TRUSTED_PROXIES lists (its
    # own default trusts 127.0.0.1, which would let anything on this host name any address)
    trusted = ",".join(str(n) for n in trusted_networks(get_settings().trusted_proxies))
    uvicorn.run("gyoryu.web.app:create_app", factory=True, host=host, port=port, reload=reload,
                proxy_headers=bool(trusted), forwarded_allow_ips=trusted or None)


@app.command()
def search(
    q: str = typer.Argument("", help="A name in any script."),
    country: str | None = None,
    kind: str | None = None,
    sector: str | None = None,
    city: str | None = None,
    cluster: str | None = None,
    limit: int = 10,
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Search organisations by any of their names."""
    from gyoryu.directory import quick

    page = None if sector or city or cluster else quick.search(q=q, country=country, kind=kind,
                                                                 limit=limit)
    if page is None:
        _check_database()
        from gyoryu.db import get_engine, session_factory
        from gyoryu.directory.search_index import index_for
        from gyoryu.directory.service import search_page

        with session_factory(get_engine())() as db:
            index_for(db, keep_snapshot=True)  # the next call answers from the snapshot
            page = search_page(db=db, q=q, country=country, kind=kind, sector=sector, city=city,
                               cluster=cluster, limit=limit).model_dump(mode="json")
    if as_json:
        typer.echo(json.dumps(page, ensure_ascii=False, indent=1))
        return
    for item in page["items"]:
        n = item["names"]
        typer.echo(f"{item['id']:>6}  {item['country']}  {n.get('ko', ''):<16} {n.get('zh', ''):<12} "
                   f"{n.get('en', '')}")
    typer.echo(f"({page['total']} found)")


from gyoryu.directory.cli import export_command, import_command, interchange_app  # noqa: E402

app.command("import")(import_command("organizations"))
app.command("export")(export_command("organizations"))
app.add_typer(interchange_app("people"), name="people")
app.add_typer(interchange_app("places"), name="places")
interchange_app("clusters", cluster_app)


@user_app.command("add")
def user_add(
    email: str,
    role: Role = typer.Option(Role.viewer),
    password: str = typer.Option(..., prompt=True, hide_input=True, confirmation_prompt=True),
    organization: str | None = typer.Option(None, help="Organisation key or id (members)."),
    name: str = "",
) -> None:
    """Add an account."""
    from gyoryu.accounts.service import add_user
    from gyoryu.db import get_engine, transaction
    from gyoryu.directory.service import org_by_key
    from gyoryu.errors import GyoryuError

    with transaction(get_engine()) as db:
        org_id = None
        if organization:
            org = org_by_key(db=db, key=organization)
            org_id = org.id if org else (int(organization) if organization.isdigit() else None)
            if org_id is None:
                _fail(f"unknown organisation '{organization}'", 2)
        try:
            user = add_user(db=db, email=email, password=password, role=role,
                            display_name=name, organization_id=org_id)
        except GyoryuError as exc:
            _fail(exc.message(), 2)
        typer.echo(f"added {user.email} ({user.role})")


from gyoryu.intel.cli import extract as _intel_extract  # noqa: E402
from gyoryu.intel.cli import feeds_app  # noqa: E402
from gyoryu.intel.cli import ingest as _intel_ingest  # noqa: E402

app.command("ingest")(_intel_ingest)
app.command("extract")(_intel_extract)
app.add_typer(feeds_app, name="feeds")


@app.command("check-data")
def check_data() -> None:
    """Validate the bundled directory files and print every problem."""
    from gyoryu.directory.bundled import main

    raise typer.Exit(main())
