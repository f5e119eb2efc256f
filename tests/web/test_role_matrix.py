"""The role matrix: every state-changing route of the app (taken from the app's own route list,
pages and /api/v1) × every role, with the outcome the permission table below expects — and,
whenever a request is refused, proof that nothing in the database changed.

- Roles: anonymous; a viewer, a staff member and an organiser of program A (each given that
  role in A only); a member of an organisation; the organiser of program B only; a platform
  organiser; an admin. Pages are called with the role's session cookie and a valid CSRF token,
  the API with the role's write token (anonymous: neither), so what decides is the permission.
- Expectation: `NEEDS` names, for every route, who may use it (`WHO`); a route missing from it
  fails the test, so a new route cannot go unchecked. Allowed: answered below 400. Refused:
  401 (the API, nobody signed in), 403 or 404.
- "Nothing changed": triggers on every table log each row written (`matrix_world`); every cell
  runs in a savepoint rolled back afterwards, and a refused cell must have logged nothing. A
  whole-database fingerprint (rows and a hash of every table) is equal before and after.
- One more column: the admin's cookie session without the CSRF token is refused, unchanged.
"""

from __future__ import annotations

import json

import pytest
from fastapi.routing import iter_route_contexts
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from gyoryu.accounts.sessions import COOKIE
from gyoryu.catalogue.service import product_to_input
from gyoryu.config import Settings
from gyoryu.directory.service import (
    get_org,
    get_person,
    get_place,
    org_to_input,
    person_to_input,
    place_to_input,
)
from gyoryu.web.app import create_app
from tests.web import matrix_world as mw
from tests.web.matrix_world import ROLES

UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}

# Who may use a route: the roles of the matrix each permission lets through.
WHO = {
    "anyone": set(ROLES),  # public forms, and the participant's secret link (it is the key)
    "signed_in": set(ROLES) - {"anonymous"},  # one's own account, sessions, tokens
    "manage": {"program_organiser", "platform_organiser", "admin"},  # programs.manage on A
    "run": {"staff", "program_organiser", "platform_organiser", "admin"},  # programs.run on A
    "organiser": {"platform_organiser", "admin"},  # platform organisers and admins
    "admin": {"admin"},
    "fund": {"admin"},  # the fund's team (no role of the matrix) and admins
    "parties": set(),  # an inquiry's buyer and seller only (neither is a role of the matrix)
    "nobody": set(),  # none of the matrix's roles (e.g. the participation's own account)
}

# Every state-changing route: the permission it needs (a key of WHO).
NEEDS = {
    # accounts
    "POST /password/forgot": "anyone",
    "POST /password/reset/{secret}": "anyone",
    "POST /login": "anyone",
    "POST /logout": "anyone",
    "POST /account/password": "signed_in",
    "POST /account/sessions/{session_id}/end": "signed_in",
    "POST /users": "admin",
    "POST /account/tokens": "signed_in",
    "POST /account/tokens/{token_id}/revoke": "signed_in",
    "POST /api/v1/tokens": "signed_in",
    "DELETE /api/v1/tokens/{token_id}": "signed_in",
    "DELETE /api/v1/sessions/{session_id}": "signed_in",
    "POST /api/v1/account/password": "signed_in",
    "POST /api/v1/password/reset-request": "anyone",
    "POST /api/v1/password/reset": "anyone",
    # the second factor: admins and organisers set it up (from a browser session, never a token);
    # a code is checked for whoever has a set-up waiting or a factor on (a demoted organiser too)
    "POST /login/code": "anyone",
    "POST /account/totp": "organiser",
    "POST /account/totp/confirm": "signed_in",
    "POST /account/totp/recovery": "signed_in",
    "POST /account/totp/disable": "signed_in",
    "POST /api/v1/account/totp": "organiser",
    "POST /api/v1/account/totp/confirm": "signed_in",
    "POST /api/v1/account/totp/recovery-codes": "signed_in",
    "POST /api/v1/account/totp/disable": "signed_in",
    # the catalogue (AeiRobot's product; the member is Hancom's)
    "POST /catalogue/products/new": "organiser",
    "POST /catalogue/products/{product_id}/edit": "organiser",
    "POST /catalogue/products/{product_id}/delete": "organiser",
    "POST /catalogue/products/{product_id}/images": "organiser",
    "POST /catalogue/images/{image_id}/remove": "organiser",
    "POST /catalogue/products/{product_id}/inquiries": "signed_in",
    "POST /catalogue/inquiries/{inquiry_id}/messages": "parties",
    "POST /catalogue/inquiries/{inquiry_id}/close": "organiser",
    "POST /catalogue/inquiries/{inquiry_id}/meeting-request": "organiser",
    "POST /catalogue/inquiries/{inquiry_id}/outcome": "organiser",
    "POST /catalogue/exhibitions/{program_id}/booths": "manage",
    "POST /catalogue/booths/{booth_id}/remove": "manage",
    "POST /catalogue/import": "organiser",
    "POST /api/v1/catalogue/products": "organiser",
    "PUT /api/v1/catalogue/products/{product_id}": "organiser",
    "DELETE /api/v1/catalogue/products/{product_id}": "organiser",
    "POST /api/v1/catalogue/products/{product_id}/images": "organiser",
    "DELETE /api/v1/catalogue/images/{image_id}": "organiser",
    "POST /api/v1/catalogue/products/{product_id}/inquiries": "signed_in",
    "POST /api/v1/catalogue/inquiries/{inquiry_id}/messages": "parties",
    "POST /api/v1/catalogue/inquiries/{inquiry_id}/close": "organiser",
    "POST /api/v1/catalogue/inquiries/{inquiry_id}/meeting-request": "organiser",
    "POST /api/v1/catalogue/inquiries/{inquiry_id}/outcome": "organiser",
    "POST /api/v1/catalogue/exhibitions/{program_id}/booths": "manage",
    "DELETE /api/v1/catalogue/booths/{booth_id}": "manage",
    # the directory (an organisation that is not the member's)
    "POST /organizations/new": "organiser",
    "POST /organizations/{org_id}/edit": "organiser",
    "POST /import": "organiser",
    "POST /places/new": "organiser",
    "POST /people/new": "organiser",
    "POST /places/{entity_id}/edit": "organiser",
    "POST /people/{entity_id}/edit": "organiser",
    "POST /api/v1/clusters": "organiser",
    "PUT /api/v1/clusters/{cluster_id}": "organiser",
    "POST /api/v1/organizations": "organiser",
    "PUT /api/v1/organizations/{org_id}": "organiser",
    "POST /api/v1/people": "organiser",
    "PUT /api/v1/people/{person_id}": "organiser",
    "POST /api/v1/places": "organiser",
    "PUT /api/v1/places/{place_id}": "organiser",
    "POST /api/v1/import/{kind}": "organiser",
    # the fund
    "POST /fund/deals": "fund",
    "POST /fund/deals/{deal_id}/stage": "fund",
    "POST /fund/deals/{deal_id}/memo": "fund",
    "POST /fund/deals/{deal_id}/review": "fund",
    "POST /fund/rubric": "fund",
    "POST /api/v1/fund/deals": "fund",
    "POST /api/v1/fund/deals/{deal_id}/stage": "fund",
    "PUT /api/v1/fund/deals/{deal_id}/memo": "fund",
    "POST /api/v1/fund/deals/{deal_id}/review": "fund",
    "POST /api/v1/fund/rubric": "fund",
    # news
    "POST /news/feeds": "organiser",
    "POST /news/feeds/poll": "organiser",
    "POST /news/review/{review_id}": "organiser",
    "POST /api/v1/feeds": "organiser",
    "POST /api/v1/feeds/poll": "organiser",
    "POST /api/v1/reviews/{review_id}/decision": "organiser",
    # programs (A)
    "POST /programs/new": "organiser",
    "POST /programs/{program_id}/edit": "manage",
    "POST /programs/{program_id}/register": "anyone",
    "POST /programs/{program_id}/participants/bulk": "manage",
    "POST /programs/{program_id}/participants/{participant_id}": "manage",
    "POST /programs/{program_id}/itinerary/plan": "manage",
    "POST /programs/{program_id}/itinerary/publish": "manage",
    "POST /programs/{program_id}/visits": "manage",
    "POST /programs/{program_id}/visits/{visit_id}": "manage",
    "POST /programs/{program_id}/travel": "manage",
    "POST /programs/{program_id}/meetings/interpreters": "manage",
    "POST /programs/{program_id}/meetings/interpreters/{interpreter_id}/remove": "manage",
    "POST /programs/{program_id}/meetings/solve": "manage",
    "POST /programs/{program_id}/meetings/publish": "manage",
    "POST /programs/{program_id}/recover-link": "anyone",
    "POST /programs/{program_id}/participants/{participant_id}/send-link": "manage",
    "POST /programs/{program_id}/send-links": "manage",
    "POST /programs/{program_id}/grid/days": "manage",
    "POST /programs/{program_id}/grid/days/{day}/remove": "manage",
    "POST /programs/{program_id}/grid/tables": "manage",
    "POST /programs/{program_id}/grid/walking": "manage",
    "POST /programs/{program_id}/grid/tables/{group_id}/remove": "manage",
    "POST /programs/{program_id}/staff": "manage",
    "POST /programs/{program_id}/staff/{staff_id}/remove": "manage",
    "POST /programs/{program_id}/participants/{participant_id}/check-in": "run",
    "POST /p/{token}/availability": "anyone",
    "POST /p/{token}/languages": "anyone",
    "POST /p/{token}/profile": "anyone",
    "POST /p/{token}/requests": "anyone",
    "POST /p/{token}/requests/{request_id}": "anyone",
    "POST /api/v1/programs/{program_id}/meetings/solve": "manage",
    "POST /api/v1/programs/{program_id}/meetings/publish": "manage",
    "POST /api/v1/programs/{program_id}/interpreters": "manage",
    "DELETE /api/v1/programs/{program_id}/interpreters/{interpreter_id}": "manage",
    "PUT /api/v1/agenda/{token}/languages": "anyone",
    "POST /api/v1/programs/purge": "admin",
    "POST /api/v1/programs/{program_id}/participants/status": "manage",
    "POST /api/v1/programs/{program_id}/recover-link": "anyone",
    "POST /api/v1/programs/{program_id}/send-links": "manage",
    "POST /api/v1/programs/{program_id}/meeting-days": "manage",
    "DELETE /api/v1/programs/{program_id}/meeting-days/{day}": "manage",
    "POST /api/v1/programs/{program_id}/tables": "manage",
    "PUT /api/v1/programs/{program_id}/walking": "manage",
    "DELETE /api/v1/programs/{program_id}/tables/{group_id}": "manage",
    "POST /api/v1/programs/{program_id}/registrations": "anyone",
    "PATCH /api/v1/programs/{program_id}/participants/{participant_id}": "manage",
    "POST /api/v1/agenda/{token}/requests": "anyone",
    "POST /api/v1/agenda/{token}/requests/{request_id}": "anyone",
    "PUT /api/v1/agenda/{token}/profile": "anyone",
    "POST /api/v1/programs/{program_id}/staff": "manage",
    "DELETE /api/v1/programs/{program_id}/staff/{staff_id}": "manage",
    "POST /api/v1/programs/{program_id}/participants/{participant_id}/check-in": "run",
    "DELETE /api/v1/programs/{program_id}/participants/{participant_id}/check-in": "run",
    # outcomes
    "POST /programs/{program_id}/outcomes/meetings": "manage",
    "POST /programs/{program_id}/outcomes/schedule": "manage",
    "POST /programs/{program_id}/outcomes/follow-up-days": "manage",
    "POST /outcomes/follow-ups/{follow_up_id}/decide": "manage",
    "POST /outcomes/suggestions/{suggestion_id}": "organiser",
    "POST /outcomes/{outcome_id}/steps": "manage",
    "POST /outcomes/{outcome_id}/steps/{step_id}/retract": "manage",
    "POST /p/{token}/follow-ups/{follow_up_id}": "anyone",
    "POST /api/v1/outcomes/suggestions/{suggestion_id}/accept": "organiser",
    "POST /api/v1/outcomes/suggestions/{suggestion_id}/reject": "organiser",
    "POST /api/v1/outcomes": "organiser",
    "POST /api/v1/programs/{program_id}/meetings-held": "manage",
    "POST /api/v1/follow-ups/{follow_up_id}/answers": "nobody",
}

# Path parameters that are not simply `world.ids[name]`.
PARAMS = {
    "POST /programs/{program_id}/participants/{participant_id}/check-in":
        {"participant_id": "accepted_id"},
    "POST /api/v1/programs/{program_id}/participants/{participant_id}/check-in":
        {"participant_id": "accepted_id"},
    "DELETE /api/v1/programs/{program_id}/participants/{participant_id}/check-in":
        {"participant_id": "accepted_id"},
    "POST /places/{entity_id}/edit": {"entity_id": "place_id"},
    "POST /people/{entity_id}/edit": {"entity_id": "person_id"},
    "POST /outcomes/follow-ups/{follow_up_id}/decide": {"follow_up_id": "conflict_id"},
    "POST /api/v1/import/{kind}": {"kind": "organizations"},
}
PNG_FIELD = "file"

# API routes called with the role's cookie session and CSRF token rather than its bearer token:
# a token cannot make tokens (a leaked one must not outlive its own expiry).
COOKIE_DOOR = {"POST /api/v1/tokens", "POST /api/v1/account/totp", "POST /api/v1/account/totp/confirm",
               "POST /api/v1/account/totp/recovery-codes", "POST /api/v1/account/totp/disable"}

# Routes whose allowed callers are refused by what they send, not by who they are: a code when
# no second factor is set up or waiting. Passing the permission shows as 400, 409 or 422.
BY_CONTENT = {"POST /login/code", "POST /account/totp/confirm", "POST /account/totp/recovery",
              "POST /account/totp/disable", "POST /api/v1/account/totp/confirm",
              "POST /api/v1/account/totp/recovery-codes", "POST /api/v1/account/totp/disable"}

# Routes that act on no ambient credential — the secret in the address or body is the key, or
# nobody's account is used — so a cross-site request gains nothing and CSRF is not asked
# (scripts and the participant's calendar app call them without a session).
NO_AMBIENT = {
    "POST /api/v1/password/reset-request", "POST /api/v1/password/reset",
    "POST /api/v1/programs/{program_id}/registrations",
    "POST /api/v1/programs/{program_id}/recover-link",
    "PUT /api/v1/agenda/{token}/languages", "POST /api/v1/agenda/{token}/requests",
    "POST /api/v1/agenda/{token}/requests/{request_id}", "PUT /api/v1/agenda/{token}/profile",
}


def _csv() -> bytes:
    return b"key,name_en,country,kind\nmatrix-import,Matrix Import Co,KR,company\n"


def bodies(w: mw.World, db: Session) -> dict:
    """Request bodies valid for the roles allowed, so that what a refused role meets is the
    permission, not the input. Keyword arguments of `TestClient.request`."""
    ids = w.ids
    org_in = org_to_input(get_org(db=db, org_id=ids["org_id"])).model_dump(mode="json")
    person_in = person_to_input(get_person(db=db, person_id=ids["person_id"])).model_dump(mode="json")
    place_in = place_to_input(get_place(db=db, place_id=ids["place_id"])).model_dump(mode="json")
    cluster_in = place_to_input(get_place(db=db, place_id=ids["cluster_id"])).model_dump(mode="json")
    from gyoryu.catalogue.service import get_product

    product_in = product_to_input(get_product(db=db, product_id=ids["product_id"])).model_dump(
        mode="json")
    png = mw._png()
    new_org = {**org_in, "key": "matrix-new-org", "names": {"en": "Matrix New Org"}}
    if "aliases" in new_org:
        new_org["aliases"] = []
    return {
        "POST /password/forgot": {"data": {"email": "reset@matrix.example"}},
        "POST /password/reset/{secret}": {"data": {"new_password": "a brand new secret",
                                                   "repeat_password": "a brand new secret"}},
        "POST /login": {"data": {"email": "login@matrix.example", "password": mw.PASSWORD}},
        "POST /account/password": {"data": {"current_password": mw.PASSWORD,
                                            "new_password": "a brand new secret",
                                            "repeat_password": "a brand new secret"}},
        "POST /users": {"data": {"email": "made@matrix.example", "password": mw.PASSWORD,
                                 "role": "viewer"}},
        "POST /account/tokens": {"data": {"scope": "read", "name": "x"}},
        "POST /api/v1/tokens": {"json": {"scope": "read", "name": "x"}},
        "POST /api/v1/account/password": {"json": {"current_password": mw.PASSWORD,
                                                   "new_password": "a brand new secret"}},
        "POST /api/v1/password/reset-request": {"json": {"email": "reset@matrix.example"}},
        "POST /api/v1/password/reset": {"json": {"token": ids["secret"],
                                                 "new_password": "a brand new secret"}},
        # catalogue
        "POST /catalogue/products/new": {"data": {"key": "matrix-r2", "organization": "aeirobot",
                                                  "category": "robot", "name_en": "Matrix R2"}},
        "POST /catalogue/products/{product_id}/edit": {"data": {
            "key": "matrix-r1", "organization": "aeirobot", "category": "robot",
            "name_en": "Matrix R1 vacuum"}},
        "POST /catalogue/products/{product_id}/images": {"files": {
            PNG_FIELD: ("r2.png", png, "image/png")}},
        "POST /catalogue/products/{product_id}/inquiries": {"data": {"message": "Price?"}},
        "POST /catalogue/inquiries/{inquiry_id}/messages": {"data": {"message": "Soon."}},
        "POST /catalogue/inquiries/{inquiry_id}/meeting-request": {"data": {
            "program": str(ids["program_id"])}},
        "POST /catalogue/exhibitions/{program_id}/booths": {"data": {"organization": "xiaomi",
                                                                     "label": "B2"}},
        "POST /catalogue/import": {"files": {"file": ("p.csv", b"key,organization,category,name_en\n"
                                                      b"matrix-r3,aeirobot,robot,Matrix R3\n",
                                                      "text/csv")}},
        "POST /api/v1/catalogue/products": {"json": {**product_in, "key": "matrix-r2"}},
        "PUT /api/v1/catalogue/products/{product_id}": {"json": product_in},
        "POST /api/v1/catalogue/products/{product_id}/images": {"files": {
            "file": ("r2.png", png, "image/png")}},
        "POST /api/v1/catalogue/products/{product_id}/inquiries": {"json": {"message": "Price?"}},
        "POST /api/v1/catalogue/inquiries/{inquiry_id}/messages": {"json": {"message": "Soon."}},
        "POST /api/v1/catalogue/inquiries/{inquiry_id}/meeting-request": {"json": {
            "program": str(ids["program_id"])}},
        "POST /api/v1/catalogue/inquiries/{inquiry_id}/outcome": {"json": {}},
        "POST /api/v1/catalogue/exhibitions/{program_id}/booths": {"json": {
            "organization": "xiaomi", "label": "B2"}},
        # directory
        "POST /organizations/new": {"data": {"kind": "company", "country": "KR",
                                             "name_en": "Matrix New Org"}},
        "POST /organizations/{org_id}/edit": {"data": {"kind": org_in["kind"],
                                                       "country": org_in["country"],
                                                       **{f"name_{k}": v for k, v in
                                                          org_in["names"].items()}}},
        "POST /import": {"files": {"file": ("o.csv", _csv(), "text/csv")},
                         "data": {"on_duplicate": "skip"}},
        "POST /places/new": {"data": {"key": "matrix-place-2", "kind": "city", "country": "KR",
                                      "name_en": "Matrix Town"}},
        "POST /people/new": {"data": {"name_en": "Matrix Person Two"}},
        "POST /places/{entity_id}/edit": {"data": {"key": "matrix-place", "kind": "city",
                                                   "country": "KR", "name_en": "Matrix City"}},
        "POST /people/{entity_id}/edit": {"data": {"key": "matrix-person",
                                                   "name_en": "Matrix Person"}},
        "POST /api/v1/clusters": {"json": {**cluster_in, "key": "matrix-cluster-2",
                                           "names": {"en": "Matrix Valley Two"}}},
        "PUT /api/v1/clusters/{cluster_id}": {"json": cluster_in},
        "POST /api/v1/organizations": {"json": new_org},
        "PUT /api/v1/organizations/{org_id}": {"json": org_in},
        "POST /api/v1/people": {"json": {**person_in, "key": "matrix-person-2",
                                         "names": {"en": "Matrix Person Two"}}},
        "PUT /api/v1/people/{person_id}": {"json": person_in},
        "POST /api/v1/places": {"json": {**place_in, "key": "matrix-place-2",
                                         "names": {"en": "Matrix Town"}}},
        "PUT /api/v1/places/{place_id}": {"json": place_in},
        "POST /api/v1/import/{kind}": {"files": {"file": ("o.csv", _csv(), "text/csv")}},
        # fund
        "POST /fund/deals": {"data": {"organization": "nhn", "round": "seed",
                                      "source": "referral", "source_ref": "Kim"}},
        "POST /fund/deals/{deal_id}/stage": {"data": {"stage": "screening"}},
        "POST /fund/deals/{deal_id}/memo": {"data": {"lang": "en", "text": "A memo."}},
        "POST /fund/deals/{deal_id}/review": {"data": {"score_team": "4"}},
        "POST /fund/rubric": {"data": {"key": "market", "weight": "2", "label_en": "Market"}},
        "POST /api/v1/fund/deals": {"json": {"organization": "nhn", "round": "seed",
                                             "source": "referral", "source_ref": "Kim"}},
        "POST /api/v1/fund/deals/{deal_id}/stage": {"json": {"stage": "screening"}},
        "PUT /api/v1/fund/deals/{deal_id}/memo": {"json": {"lang": "en", "text": "A memo."}},
        "POST /api/v1/fund/deals/{deal_id}/review": {"json": {"scores": {"team": 4}}},
        "POST /api/v1/fund/rubric": {"json": {"key": "market", "weight": 2,
                                              "labels": {"en": "Market"}}},
        # news
        "POST /news/feeds": {"data": {"url": "https://feeds.example.org/rss"}},
        "POST /news/review/{review_id}": {"data": {"action": "reject"}},
        "POST /api/v1/feeds": {"json": {"url": "https://feeds.example.org/rss"}},
        "POST /api/v1/reviews/{review_id}/decision": {"json": {"action": "reject"}},
        # programs
        "POST /programs/new": {"data": {"key": "matrix-c", "kind": "summit", "title_en": "C",
                                        "starts_on": "2026-06-01", "ends_on": "2026-06-02",
                                        "cities": "cn-beijing"}},
        "POST /programs/{program_id}/edit": {"data": {"kind": "exhibition", "title_en": "matrix-a",
                                                      "key": "matrix-a",
                                                      "starts_on": "2026-05-12",
                                                      "ends_on": "2026-05-13",
                                                      "cities": "cn-beijing", "fee": "100",
                                                      "registration_closes": "2099-12-30T00:00",
                                                      "registration_open": "1"}},
        "POST /programs/{program_id}/register": {"data": {"name": "Walk In",
                                                          "email": "walkin@guest.example",
                                                          "organization_name": "Walk In Co",
                                                          "consent": "1"}},
        "POST /programs/{program_id}/participants/bulk": {"data": {
            "ids": str(ids["participant_id"]), "status": "accepted"}},
        "POST /programs/{program_id}/participants/{participant_id}": {"data": {
            "status": "accepted"}},
        "POST /programs/{program_id}/visits": {"data": {"host_id": str(ids["org_sevens"])}},
        "POST /programs/{program_id}/visits/{visit_id}": {"data": {
            "action": "place", "day": "2026-05-12", "start": "10:00"}},
        "POST /programs/{program_id}/meetings/interpreters": {"data": {"name": "Wang",
                                                                       "pairs": "ko-zh"}},
        "POST /programs/{program_id}/meetings/publish": {"data": {"confirm": "1"}},
        "POST /programs/{program_id}/recover-link": {"data": {"email": "4paradigm@guest.example"}},
        "POST /programs/{program_id}/grid/days": {"data": {"day": "2026-05-12", "start": "10:00",
                                                           "end": "11:00", "slot_minutes": "30"}},
        "POST /programs/{program_id}/grid/walking": {"data": {"hall_a": "A", "hall_b": "B",
                                                              "minutes": "5"}},
        "PUT /api/v1/programs/{program_id}/walking": {"json": {"hall_a": "A", "hall_b": "B",
                                                              "minutes": 5}},
        "POST /login/code": {"data": {"code": "123456"}},
        "POST /account/totp/confirm": {"data": {"code": "123456"}},
        "POST /account/totp/recovery": {"data": {"code": "123456"}},
        "POST /account/totp/disable": {"data": {"code": "123456"}},
        "POST /api/v1/account/totp/confirm": {"json": {"code": "123456"}},
        "POST /api/v1/account/totp/recovery-codes": {"json": {"code": "123456"}},
        "POST /api/v1/account/totp/disable": {"json": {"code": "123456"}},
        "POST /programs/{program_id}/grid/tables": {"data": {"hall": "B", "count": "2",
                                                             "seats": "2"}},
        "POST /programs/{program_id}/staff": {"data": {"email": "member@matrix.example",
                                                       "role": "viewer"}},
        "POST /p/{token}/availability": {"data": {"slots": "2026-05-13T14:00"}},
        "POST /p/{token}/languages": {"data": {"languages": "ko"}},
        "POST /p/{token}/profile": {"data": {"offers_text": "robots"}},
        "POST /p/{token}/requests": {"data": {"target_org_id": str(ids["org_nhn"])}},
        "POST /p/{token}/requests/{request_id}": {"data": {"action": "accept"}},
        "POST /api/v1/programs/{program_id}/meetings/solve": {"json": {"time_limit": 1}},
        "POST /api/v1/programs/{program_id}/meetings/publish": {"json": {"confirm": True}},
        "POST /api/v1/programs/{program_id}/interpreters": {"json": {"name": "Wang",
                                                                     "pairs": ["ko-zh"]}},
        "PUT /api/v1/agenda/{token}/languages": {"json": {"languages": ["ko"]}},
        "POST /api/v1/programs/{program_id}/participants/status": {"json": {
            "ids": [ids["participant_id"]], "status": "accepted"}},
        "POST /api/v1/programs/{program_id}/recover-link": {"json": {
            "email": "4paradigm@guest.example"}},
        "POST /api/v1/programs/{program_id}/send-links": {"json": {}},
        "POST /api/v1/programs/{program_id}/meeting-days": {"json": {
            "day": "2026-05-12", "start": "10:00", "end": "11:00", "slot_minutes": 30}},
        "POST /api/v1/programs/{program_id}/tables": {"json": {"hall": "B", "count": 2}},
        "POST /api/v1/programs/{program_id}/registrations": {"json": {
            "name": "Walk In", "email": "walkin@guest.example",
            "organization_name": "Walk In Co", "consent": True}},
        "PATCH /api/v1/programs/{program_id}/participants/{participant_id}": {"json": {
            "status": "accepted"}},
        "POST /api/v1/agenda/{token}/requests": {"json": {"target_org_id": ids["org_nhn"]}},
        "POST /api/v1/agenda/{token}/requests/{request_id}": {"json": {"action": "accept"}},
        "PUT /api/v1/agenda/{token}/profile": {"json": {"offers_text": "robots"}},
        "POST /api/v1/programs/{program_id}/staff": {"json": {"email": "member@matrix.example",
                                                              "role": "viewer"}},
        # outcomes
        "POST /programs/{program_id}/outcomes/meetings": {"data": {
            "org_a": str(ids["org_nhn"]), "org_b": str(ids["org_sevens"]),
            "held_on": "2026-05-13"}},
        "POST /programs/{program_id}/outcomes/follow-up-days": {"data": {"days": "7, 30"}},
        "POST /outcomes/follow-ups/{follow_up_id}/decide": {"data": {"stage": "mou"}},
        "POST /outcomes/suggestions/{suggestion_id}": {"data": {"action": "reject"}},
        "POST /outcomes/{outcome_id}/steps": {"data": {"stage": "contract",
                                                       "on": "2026-06-01"}},
        "POST /p/{token}/follow-ups/{follow_up_id}": {"data": {"stage": "nda"}},
        "POST /api/v1/outcomes/suggestions/{suggestion_id}/accept": {"json": {}},
        "POST /api/v1/outcomes": {"json": {"organizations": ["nhn-cloud", "4paradigm"],
                                           "stage": "contact", "date": "2026-05-20"}},
        "POST /api/v1/programs/{program_id}/meetings-held": {"json": {
            "organizations": ["nhn-cloud", "sevens-robotics"], "date": "2026-05-13"}},
        "POST /api/v1/follow-ups/{follow_up_id}/answers": {"json": {"stage": "nda"}},
    }


# -- the route list ---------------------------------------------------------------------------
def state_changing(app) -> list[tuple[str, str, str]]:
    """(key, method, path) of every state-changing route: pages and /api/v1. The /api aliases
    must be the same endpoints as /api/v1 routes (checked), so they need no cells of their own."""
    found, legacy, v1 = [], [], {}
    for route in iter_route_contexts(app.routes):
        methods = (route.methods or set()) & UNSAFE
        for method in sorted(methods):
            path = route.path
            if path.startswith("/api/v1/"):
                v1[(method, path[len("/api/v1"):])] = route.endpoint
            elif path.startswith("/api/"):
                legacy.append((method, path[len("/api"):], route.endpoint))
                continue
            found.append((f"{method} {path}", method, path))
    strays = [f"{m} /api{p}" for m, p, endpoint in legacy if v1.get((m, p)) is not endpoint]
    assert strays == [], f"/api aliases without the same /api/v1 route: {strays}"
    return found


# -- the world, once per backend --------------------------------------------------------------
@pytest.fixture(scope="module")
def matrix(engine, database_url, tmp_path_factory):
    yield from open_matrix(engine, database_url, tmp_path_factory.mktemp("matrix"))


def open_matrix(engine, database_url, var_dir):
    conn = engine.connect()
    outer = conn.begin()
    db = Session(bind=conn, join_transaction_mode="create_savepoint", expire_on_commit=False)
    world = mw.build(db)
    specs = bodies(world, db)
    db.commit()
    db.close()
    watched = mw.install_write_log(conn)
    app = create_app(Settings(var_dir=var_dir, secret_key="matrix"),
                     database_url=database_url)
    app.state.sessions = sessionmaker(bind=conn, join_transaction_mode="create_savepoint",
                                      expire_on_commit=False)
    with TestClient(app) as client:
        client.cookies.set("lang", "en")
        csrf = {}
        for role in ROLES:  # each role's CSRF token lives in its own signed session cookie
            client.cookies.delete("gyoryu_session")
            if role != "anonymous":
                client.cookies.set(COOKIE, world.cookies[role])
            else:
                client.cookies.delete(COOKIE)
            html = client.get("/login").text
            csrf[role] = (html.split('name="csrf_token" value="', 1)[1].split('"', 1)[0],
                          client.cookies.get("gyoryu_session"))
        client.cookies.clear()
        assert mw.writes(conn) == []
        yield {"conn": conn, "world": world, "specs": specs, "client": client, "csrf": csrf,
               "watched": watched}
    outer.rollback()
    conn.close()


def _path(world: mw.World, key: str, path: str, role: str) -> str:
    names = dict(PARAMS.get(key, {}))
    out = path
    while "{" in out:
        name = out.split("{", 1)[1].split("}", 1)[0]
        source = names.get(name, name)
        if name in ("token_id", "session_id"):
            value = world.own[role][name] if role != "anonymous" else world.own["admin"][name]
        elif key.endswith("/requests/{request_id}") and name == "token":
            value = world.ids["token"]  # the request's target answers it
        elif key.endswith("/requests") and name == "token":
            value = world.ids["token"]
        else:
            value = world.ids.get(source, source)  # an id by name, else the value itself
        out = out.replace("{" + name + "}", str(value), 1)
    return out


def call(m: dict, role: str, key: str, method: str, path: str, *, with_csrf: bool = True):
    """The request as `role` makes it: pages with its session cookie and CSRF token, the API
    with its bearer token (the no-CSRF column: the admin's cookie session, no token)."""
    client, world = m["client"], m["world"]
    spec = dict(m["specs"].get(key, {}))
    headers = {}
    client.cookies.clear()
    client.cookies.set("lang", "en")
    api = path.startswith("/api/")
    token, signed = m["csrf"][role]
    if api and with_csrf and key not in COOKIE_DOOR:
        if role != "anonymous":
            headers["Authorization"] = f"Bearer {world.bearers[role]}"
    else:
        client.cookies.set("gyoryu_session", signed)
        if role != "anonymous":
            client.cookies.set(COOKIE, world.cookies[role])
        if with_csrf:
            headers["X-CSRF-Token"] = token
    if "json" in spec and method == "DELETE":
        spec["content"] = json.dumps(spec.pop("json"))
        headers["content-type"] = "application/json"
    return client.request(method, _path(world, key, path, role), headers=headers,
                          follow_redirects=False, **spec)


def run_cell(m: dict, role: str, key: str, method: str, path: str, *, with_csrf: bool = True):
    conn = m["conn"]
    savepoint = conn.begin_nested()
    try:
        response = call(m, role, key, method, path, with_csrf=with_csrf)
        written = mw.writes(conn)
    finally:
        savepoint.rollback()
    return response, written


def test_every_state_changing_route_has_an_entry(client):
    routes = state_changing(client.app)
    assert len(routes) > 100
    missing = [key for key, _m, _p in routes if key not in NEEDS]
    assert missing == [], f"routes with no entry in NEEDS: {missing}"
    unknown = sorted(set(NEEDS) - {key for key, _m, _p in routes})
    assert unknown == [], f"entries in NEEDS for routes that do not exist: {unknown}"
    assert set(NEEDS.values()) <= set(WHO)


def evaluate(matrix: dict, keys=None) -> tuple[list[str], list[str], int]:
    """Every cell: (wrong outcomes, refusals that wrote, cells run)."""
    routes = [r for r in state_changing(matrix["client"].app) if keys is None or r[0] in keys]
    wrong, leaked, cells = [], [], 0
    for key, method, path in routes:
        allowed = WHO[NEEDS[key]]
        for role in ROLES:
            response, written = run_cell(matrix, role, key, method, path)
            cells += 1
            status = response.status_code
            if role in allowed and key in BY_CONTENT:
                if status not in (400, 409, 422):
                    wrong.append(f"{key} as {role}: should reach the code check, answered "
                                 f"{status} {response.text[:300]!r}")
                continue
            if role in allowed:
                if status >= 400:
                    wrong.append(f"{key} as {role}: allowed, answered {status} "
                                 f"{response.text[:300]!r}")
                continue
            refusal = {401} if path.startswith("/api/") and role == "anonymous" else {403, 404}
            to_login = (role == "anonymous" and status == 303
                        and response.headers["location"].startswith("/login"))
            if status not in refusal and not to_login:
                wrong.append(f"{key} as {role}: should be refused ({sorted(refusal)}), "
                             f"answered {status} {response.text[:200]!r}")
            if written:
                leaked.append(f"{key} as {role}: refused with {status} but wrote "
                              f"{sorted(set(written))[:6]}")
        if key in NO_AMBIENT:
            continue
        # the admin's cookie session without the CSRF token
        response, written = run_cell(matrix, "admin", key, method, path, with_csrf=False)
        cells += 1
        if response.status_code != 403 or written:
            wrong.append(f"{key} without CSRF: answered {response.status_code}, wrote "
                         f"{sorted(set(written))[:6]}")
    return wrong, leaked, cells


def test_role_matrix(matrix):
    conn = matrix["conn"]
    before = mw.fingerprint(conn)
    wrong, leaked, cells = evaluate(matrix)
    assert mw.fingerprint(conn) == before, "the matrix left the database changed"
    routes = state_changing(matrix["client"].app)
    assert cells == len(routes) * (len(ROLES) + 1) - len(NO_AMBIENT)
    assert leaked == [], "\n".join(leaked)
    assert wrong == [], f"{len(wrong)} of {cells} cells:\n" + "\n".join(wrong)


def test_the_write_log_sees_a_write(matrix):
    """The proof is only as good as the log: a write the app makes is seen."""
    key = "POST /programs/{program_id}/participants/{participant_id}/check-in"
    response, written = run_cell(matrix, "staff", key, "POST",
                                 "/programs/{program_id}/participants/{participant_id}/check-in")
    assert response.status_code == 303 and ("program_participant", "UPDATE") in written
    assert matrix["watched"] == len(mw.tables(matrix["conn"])) >= 60  # every table watched
