"""`gyoryu token …`: API tokens from the shell (whoever runs the command administers the
platform, so it may make, list and revoke any account's tokens)."""

from __future__ import annotations

import json

import typer

from gyoryu.accounts.enums import TokenKind, TokenScope

token_app = typer.Typer(help="API tokens (Authorization: Bearer …).", no_args_is_help=True)


def _fail(message: str, code: int = 2):
    typer.echo(message, err=True)
    raise typer.Exit(code)


@token_app.command("create")
def create(
    email: str = typer.Argument(..., help="The account the token acts as."),
    scope: TokenScope = typer.Option(..., help="read | write"),
    expires_days: int = typer.Option(90, "--expires-days", help="Days until it expires (1–3650)."),
    name: str = typer.Option("", help="What the token is for."),
    service: bool = typer.Option(False, "--service", help="A partner system's token, not a person's."),
    domain: list[str] = typer.Option([], "--domain", help="Only this API area (repeatable)."),
) -> None:
    """Make a token. Its secret is printed alone on the last line, this once."""
    from sqlalchemy import select

    from gyoryu.accounts import tokens
    from gyoryu.accounts.models import User
    from gyoryu.db import get_engine, transaction
    from gyoryu.errors import GyoryuError

    with transaction(get_engine()) as db:
        user = db.scalar(select(User).where(User.email == email.strip().lower()))
        if user is None:
            _fail(f"no account with the email '{email}'")
        try:
            token, secret = tokens.create_token(
                db=db, user=user, scope=scope, name=name, domains=domain or None,
                kind=TokenKind.service if service else TokenKind.personal,
                expires_days=expires_days)
        except GyoryuError as exc:
            _fail(exc.message())
        typer.echo(f"token {token.id} ({token.prefix}…) for {user.email}, {token.scope}, "
                   f"expires {token.expires_at:%Y-%m-%d}; shown once:")
    typer.echo(secret)


@token_app.command("list")
def list_(
    email: str | None = typer.Option(None, help="Only this account's tokens."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Every token (or one account's): id, visible prefix, scope, expiry, state."""
    from sqlalchemy import select

    from gyoryu.accounts import tokens
    from gyoryu.accounts.models import User
    from gyoryu.accounts.schemas import token_out
    from gyoryu.db import get_engine, session_factory

    with session_factory(get_engine())() as db:
        user = None
        if email:
            user = db.scalar(select(User).where(User.email == email.strip().lower()))
            if user is None:
                _fail(f"no account with the email '{email}'")
        rows = [token_out(t) for t in tokens.tokens_of(db=db, user=user)]
    if as_json:
        typer.echo(json.dumps([r.model_dump(mode="json") for r in rows], ensure_ascii=False,
                              indent=1))
        return
    for r in rows:
        state = "revoked" if r.revoked_at else ("live" if r.live else "expired")
        typer.echo(f"{r.id:>5}  {r.prefix}…  {r.scope:<5}  {r.kind:<8}  {r.owner:<30}  "
                   f"expires {r.expires_at:%Y-%m-%d}  {state}  {r.name}")


@token_app.command("revoke")
def revoke(token: str = typer.Argument(..., help="The token's id or its visible prefix.")) -> None:
    """End a token at once."""
    from sqlalchemy import select

    from gyoryu.accounts import tokens
    from gyoryu.accounts.models import ApiToken
    from gyoryu.db import get_engine, transaction
    from gyoryu.errors import GyoryuError

    with transaction(get_engine()) as db:
        try:
            if token.isdigit():
                found = tokens.get_token(db=db, token_id=int(token))
            else:
                found = db.scalar(select(ApiToken).where(ApiToken.prefix == token.rstrip("…")))
                if found is None:
                    _fail(f"no token with the prefix '{token}'")
            tokens.revoke_token(db=db, token=found, actor=None)
        except GyoryuError as exc:
            _fail(exc.message())
        typer.echo(f"revoked token {found.id} ({found.prefix}…)")


def _user(db, email: str):
    from sqlalchemy import select

    from gyoryu.accounts.models import User

    user = db.scalar(select(User).where(User.email == email.strip().lower()))
    if user is None:
        _fail(f"no account with the email '{email}'")
    return user


def user_sessions(
    email: str = typer.Argument(..., help="The account."),
    end: int | None = typer.Option(None, "--end", help="End the session with this id."),
    end_all: bool = typer.Option(False, "--end-all", help="End every session of the account."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """List where an account is signed in, or sign it out (one session or all)."""
    from gyoryu.accounts import sessions
    from gyoryu.accounts.schemas import session_out
    from gyoryu.db import get_engine, transaction
    from gyoryu.errors import GyoryuError

    with transaction(get_engine()) as db:
        user = _user(db, email)
        if end is not None:
            try:
                row = sessions.get_session(db=db, session_id=end, actor=None)
            except GyoryuError as exc:
                _fail(exc.message())
            if row.user_id != user.id:
                _fail(f"session {end} is not {user.email}'s")
            sessions.end_session(db=db, session=row, actor=None)
            typer.echo(f"ended session {end} of {user.email}")
            return
        if end_all:
            address = user.email
            typer.echo(f"ended {sessions.end_sessions(db=db, user=user)} sessions of {address}")
            return
        rows = [session_out(r) for r in sessions.sessions_of(db=db, user=user)]
    if as_json:
        typer.echo(json.dumps([r.model_dump(mode="json") for r in rows], ensure_ascii=False,
                              indent=1))
        return
    for r in rows:
        typer.echo(f"{r.id:>5}  {r.address or '-':<15}  since {r.created_at:%Y-%m-%d %H:%M}  "
                   f"last change {r.last_seen_at:%Y-%m-%d %H:%M}  {r.user_agent[:60]}")


def user_password(
    email: str = typer.Argument(..., help="The account."),
    password: str = typer.Option(..., prompt="New password", hide_input=True,
                                 confirmation_prompt=True, help="The new password (prompted)."),
) -> None:
    """Set an account's password (whoever runs this administers the platform, so no current
    password is asked) and sign out every session of the account."""
    from gyoryu.accounts.service import set_password
    from gyoryu.db import get_engine, transaction
    from gyoryu.errors import GyoryuError

    with transaction(get_engine()) as db:
        user = _user(db, email)
        address = user.email
        try:
            ended = set_password(db=db, user=user, new=password)
        except GyoryuError as exc:
            _fail(exc.message())
    typer.echo(f"password of {address} changed; {ended} sessions signed out")


def user_reset(email: str = typer.Argument(..., help="The account.")) -> None:
    """Mail the account a one-time link to set a new password (through the outbox)."""
    from gyoryu.accounts import reset
    from gyoryu.config import get_settings
    from gyoryu.db import get_engine, transaction

    with transaction(get_engine()) as db:
        user = _user(db, email)
        row = reset.request_reset(db=db, email=user.email, base_url=get_settings().base_url)
    if row is None:
        _fail(f"a link sent to {user.email} less than {reset.QUIET.seconds // 60} minutes ago "
              "is still live, or the account is inactive; nothing sent", 1)
    typer.echo(f"a reset link for {user.email} is in the outbox; it works once, for an hour")


account_app = typer.Typer(help="Accounts: the second factor.", no_args_is_help=True)
totp_app = typer.Typer(help="Two-step sign-in (TOTP) of an account.", no_args_is_help=True)
account_app.add_typer(totp_app, name="totp")


@totp_app.command("status")
def totp_status(email: str = typer.Argument(..., help="The account."),
                as_json: bool = typer.Option(False, "--json")) -> None:
    """Whether the account signs in with a code, and how many recovery codes it has left."""
    from gyoryu.accounts import totp
    from gyoryu.db import get_engine, session_factory

    with session_factory(get_engine())() as db:
        user = _user(db, email)
        factor = totp.factor_of(db=db, user=user)
        state = ("on" if factor is not None and factor.confirmed_at is not None
                 else "pending" if factor is not None else "off")
        left = totp.recovery_left(db=db, user=user)
        address = user.email
    if as_json:
        typer.echo(json.dumps({"email": address, "totp": state, "recovery_codes_left": left}))
        return
    typer.echo(f"{address}: two-step sign-in {state}; {left} recovery codes left")


@totp_app.command("disable")
def totp_disable(email: str = typer.Argument(..., help="The account.")) -> None:
    """Turn two-step sign-in off for someone who lost both the app and the recovery codes (whoever
    runs this administers the platform, so no code is asked). Their sessions are left alone."""
    from gyoryu.accounts import totp
    from gyoryu.db import get_engine, transaction

    with transaction(get_engine()) as db:
        user = _user(db, email)
        address = user.email
        had = totp.disable(db=db, user=user, code=None, by_admin=True)
    if not had:
        _fail(f"two-step sign-in is not on for {address}; nothing changed", 1)
    typer.echo(f"two-step sign-in of {address} turned off; they sign in with the password alone "
               "and can set it up again on their account page")
