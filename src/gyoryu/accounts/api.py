"""JSON API of accounts: the caller's own API tokens (an admin sees and revokes everyone's)."""

from __future__ import annotations

from fastapi import APIRouter, Request

from gyoryu.accounts import tokens
from gyoryu.accounts.enums import Role
from gyoryu.accounts.schemas import TokenCreated, TokenIn, TokenOut, token_out
from gyoryu.errors import Forbidden, NotFound
from gyoryu.web.deps import Csrf, CurrentUser, DbSession, Id, require
from gyoryu.web.paging import Page, Paging

router = APIRouter(tags=["accounts"])


@router.get("/tokens", response_model=Page[TokenOut],
            dependencies=[require("accounts.own_tokens")])
def list_tokens(db: DbSession, user: CurrentUser, page: Paging) -> dict:
    """Your tokens, newest first (an admin's list holds every account's)."""
    mine = tokens.tokens_of(db=db, user=None if user.role == Role.admin else user)
    found = page.of(mine)
    found["items"] = [token_out(t) for t in found["items"]]
    return found


@router.post("/tokens", response_model=TokenCreated, status_code=201,
             dependencies=[Csrf, require("accounts.own_tokens")])
def create_token(request: Request, data: TokenIn, db: DbSession, user: CurrentUser) -> TokenOut:
    """A personal token; its secret is in this answer only. A token cannot make tokens, so a
    leaked one cannot outlive its own expiry."""
    if getattr(request.state, "api_token", None) is not None:
        raise Forbidden()
    token, secret = tokens.create_token(db=db, user=user, scope=data.scope, name=data.name,
                                        domains=data.domains, expires_days=data.expires_days)
    return token_out(token, secret=secret)


@router.delete("/tokens/{token_id}", status_code=204,
               dependencies=[Csrf, require("accounts.own_tokens")])
def revoke_token(token_id: Id, db: DbSession, user: CurrentUser) -> None:
    """Ends the token at once: its next request is answered 401."""
    token = tokens.get_token(db=db, token_id=token_id)
    if token.user_id != user.id and user.role != Role.admin:
        raise NotFound("E115", id=token_id)  # another's token: as if it did not exist
    tokens.revoke_token(db=db, token=token, actor=user)
