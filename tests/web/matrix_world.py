"""The role matrix's world: one database state (two programs, every kind of row a
state-changing route acts on), one signed-in way in per role, and a write log kept by triggers
on every table, so a refused request can be shown to have changed nothing.

Built once per backend inside one outer transaction on one connection; each cell of the matrix
runs inside a savepoint that is rolled back, so every cell sees the same world and the run
leaves the database as it found it.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from PIL import Image
from sqlalchemy import inspect, select, text
from sqlalchemy.engine import Connection

from gyoryu.accounts import sessions
from gyoryu.accounts.enums import Role
from gyoryu.accounts.models import PasswordReset
from gyoryu.accounts.reset import _digest as reset_digest
from gyoryu.accounts.service import add_user
from gyoryu.accounts.tokens import create_token
from gyoryu.catalogue import booths, images, inquiries
from gyoryu.catalogue import service as catalogue
from gyoryu.catalogue.rules import SHELL
from gyoryu.catalogue.schemas import InquiryIn, ProductIn
from gyoryu.directory.schemas import PersonIn, PlaceIn
from gyoryu.directory.service import create_person, create_place, org_by_key, place_by_key
from gyoryu.fund import scoring
from gyoryu.fund import service as fund
from gyoryu.fund.schemas import CriterionIn, DealIn
from gyoryu.intel import service as intel
from gyoryu.intel.models import Review
from gyoryu.intel.sources import from_text
from gyoryu.outcomes import followups
from gyoryu.outcomes import meetings as held
from gyoryu.outcomes import service as outcomes
from gyoryu.outcomes.models import Suggestion
from gyoryu.programs import grid, itinerary, meetings, service, staff
from gyoryu.programs.enums import ParticipantStatus
from gyoryu.programs.schemas import (
    MeetingDayIn,
    ProgramIn,
    RegistrationIn,
    TablesIn,
    VisitIn,
)

ROLES = ("anonymous", "viewer", "staff", "member", "other_organiser", "program_organiser",
         "platform_organiser", "admin")
PASSWORD = "correct horse battery"

# Written for the test (not a real article): two known companies and an MOU.
MOU = ("NHN클라우드, 포패러다임과 AI 클라우드 MOU 체결\n\n"
       "NHN클라우드는 중국 AI 기업 포패러다임과 12월 1일 베이징에서 AI 클라우드 협력을 위한 "
       "업무협약(MOU)을 체결했다고 밝혔다. 한국의 매트릭스로보틱스도 참석했다.\n")


@dataclass
class World:
    ids: dict = field(default_factory=dict)  # path parameters and bodies' references
    users: dict = field(default_factory=dict)  # role -> User (None: anonymous)
    cookies: dict = field(default_factory=dict)  # role -> session cookie secret
    bearers: dict = field(default_factory=dict)  # role -> API token secret
    own: dict = field(default_factory=dict)  # role -> {"token_id", "session_id"}


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (20, 20), (30, 120, 200)).save(out, "PNG")
    return out.getvalue()


def build(db) -> World:
    w = World()
    org = {k: org_by_key(db=db, key=k) for k in ("hancom", "aeirobot", "xiaomi", "nhn-cloud",
                                                  "4paradigm", "sevens-robotics", "aiworks")}
    assert all(org.values()), org
    # -- accounts: one per role, a session and a write token each ------------------------------
    platform = {"viewer": Role.viewer, "staff": Role.viewer, "other_organiser": Role.viewer,
                "program_organiser": Role.viewer, "member": Role.member,
                "platform_organiser": Role.organiser, "admin": Role.admin}
    w.users["anonymous"] = None
    for role, kind in platform.items():
        w.users[role] = add_user(db=db, email=f"{role}@matrix.example", password=PASSWORD,
                                 role=kind, organization_id=org["hancom"].id
                                 if kind == Role.member else None)
    for name in ("buyer", "login", "reset"):
        w.users[name] = add_user(db=db, email=f"{name}@matrix.example", password=PASSWORD,
                                 role=Role.member, organization_id=org["xiaomi"].id)
    db.flush()
    for role in ROLES[1:]:
        row, secret = sessions.start_session(db=db, user=w.users[role], address="testclient")
        token, bearer = create_token(db=db, user=w.users[role], scope="write", name="matrix")
        w.cookies[role], w.bearers[role] = secret, bearer
        w.own[role] = {"token_id": token.id, "session_id": row.id}
    reset_secret = "matrix-reset-secret-0123456789abcdefghijklmnop"
    now = datetime.now(UTC)
    db.add(PasswordReset(user_id=w.users["reset"].id, secret_hash=reset_digest(reset_secret),
                         created_at=now, expires_at=now + timedelta(hours=1)))
    w.ids["secret"] = reset_secret

    # -- programs: A (an exhibition, with everything), B (its own organiser only) ------------
    def program(key, kind):
        return service.create_program(db=db, data=ProgramIn(
            key=key, kind=kind, title={"en": key}, starts_on=date(2026, 5, 12),
            ends_on=date(2026, 5, 13), cities=["cn-beijing"], fee=100,
            registration_closes=datetime(2099, 12, 31, tzinfo=UTC)))

    a, b = program("matrix-a", "exhibition"), program("matrix-b", "summit")
    for role, prog, given in (("viewer", a, "viewer"), ("staff", a, "staff"),
                              ("program_organiser", a, "organiser"),
                              ("other_organiser", b, "organiser")):
        staff.give_role(db=db, program=prog, email=f"{role}@matrix.example", role=given)
    people = {}
    for key in ("nhn-cloud", "4paradigm", "aeirobot", "xiaomi"):
        email = "buyer@matrix.example" if key == "xiaomi" else f"{key}@guest.example"
        p = service.register_participant(db=db, program=a, force=True, data=RegistrationIn(
            name=f"Guest {key}", email=email, organization_id=org[key].id, consent=True))
        p.status = ParticipantStatus.accepted
        people[key] = p
    applied = service.register_participant(db=db, program=a, data=RegistrationIn(
        name="Guest applied", email="applied@guest.example", organization_name="Nowhere Ltd",
        consent=True))
    db.flush()
    grid.set_meeting_day(db=db, program=a, data=MeetingDayIn(
        day=date(2026, 5, 13), start=14 * 60, end=15 * 60, slot_minutes=20))
    group = grid.add_tables(db=db, program=a, data=TablesIn(hall="A", count=2))
    grid.add_tables(db=db, program=a, data=TablesIn(hall="B", count=1))  # a second hall to walk to
    visit = itinerary.add_visit(db=db, program=a, data=VisitIn(host="4paradigm"))
    interpreter = meetings.add_interpreter(db=db, program=a, name="Li", pairs=["ko-zh"],
                                           available=None, max_meetings=None)
    req = meetings.request_meeting(db=db, program=a, requester=people["nhn-cloud"],
                                   target_org_id=org["4paradigm"].id)
    held.set_follow_up_days(db=db, program=a, days=[7, 90])
    meeting = held.record_meeting(db=db, program=a, held_on="2026-05-13",
                                  org_ids=(org["nhn-cloud"].id, org["4paradigm"].id))
    # the first round's answers disagree (the organiser settles it); the second is open
    rounds = sorted(meeting.follow_ups, key=lambda f: f.days)
    followups.answer(db=db, follow_up=rounds[0], participant=people["nhn-cloud"], value="mou",
                     today=date(2026, 12, 31))
    followups.answer(db=db, follow_up=rounds[0], participant=people["4paradigm"], value="none",
                     today=date(2026, 12, 31))
    meetings.solve(db=db, program=a, time_limit=1)  # a draft schedule to publish
    step = outcomes.add_step(db=db, org_ids=(org["nhn-cloud"].id, org["sevens-robotics"].id),
                             stage="mou", on="2026-05-20", program_id=a.id)
    db.flush()
    w.ids.update(program_id=a.id, program_b=b.id, participant_id=applied.id,
                 accepted_id=people["4paradigm"].id, token=people["4paradigm"].token,
                 requester_token=people["nhn-cloud"].token, request_id=req.id,
                 visit_id=visit.id, interpreter_id=interpreter.id, group_id=group.id,
                 day="2026-05-13", follow_up_id=rounds[1].id, conflict_id=rounds[0].id,
                 outcome_id=step.outcome_id, step_id=step.id,
                 staff_id=a.staff[0].id, org_4p=org["4paradigm"].id,
                 org_sevens=org["sevens-robotics"].id, org_nhn=org["nhn-cloud"].id)

    # -- the directory: an organisation that is not the member's, a person, a place, a cluster
    person = create_person(db=db, data=PersonIn(key="matrix-person", names={"en": "Matrix Person"}))
    place = create_place(db=db, data=PlaceIn(key="matrix-place", kind="city", country="KR",
                                             names={"en": "Matrix City"}))
    cluster = create_place(db=db, data=PlaceIn(key="matrix-cluster", kind="cluster",
                                               country="KR", names={"en": "Matrix Valley"},
                                               parent=place_by_key(db=db, key="kr-seoul").key
                                               if place_by_key(db=db, key="kr-seoul") else None))
    w.ids.update(org_id=org["4paradigm"].id, person_id=person.id, place_id=place.id,
                 entity_id=place.id, cluster_id=cluster.id)

    # -- the catalogue: AeiRobot's product, its image, Xiaomi's inquiry, a booth at A ---------
    product = catalogue.save_product(db=db, actor=SHELL, data=ProductIn.model_validate(dict(
        key="matrix-r1", organization="aeirobot", category="robot",
        names={"en": "Matrix R1 vacuum"}, exhibit=True)))
    image = images.add_image(db=db, actor=SHELL, product=product, filename="r1.png",
                             content=_png())
    inquiry = inquiries.send_inquiry(db=db, actor=w.users["buyer"], product=product,
                                     data=InquiryIn(message="How many can you ship?"),
                                     base_url="http://testserver")
    booth = booths.place_booth(db=db, actor=SHELL, program=a, organization="aeirobot", label="B1")
    w.ids.update(product_id=product.id, image_id=image.id, inquiry_id=inquiry.id,
                 booth_id=booth.id)

    # -- the fund: a criterion and a deal --------------------------------------------------
    fund_user = add_user(db=db, email="fund@matrix.example", password=PASSWORD, role=Role.fund)
    scoring.define_criterion(db=db, actor=fund_user, data=CriterionIn(
        key="team", weight=3, position=0, labels={"en": "Team"}))
    deal = fund.create_deal(db=db, actor=fund_user, data=DealIn(
        organization="aiworks", round="seed", source="referral", source_ref="Kim"))
    w.ids["deal_id"] = deal.id

    # -- news: an article with a suggestion and (if any) an open review ----------------------
    article, _ = intel.ingest(db=db, source=from_text(MOU, "test:matrix"))
    db.flush()
    w.ids["suggestion_id"] = db.scalar(select(Suggestion.id).where(
        Suggestion.article_id == article.id)) or 0
    w.ids["review_id"] = db.scalar(select(Review.id).where(Review.status == "open")
                                   .order_by(Review.id)) or 0
    db.flush()
    return w


# -- the write log --------------------------------------------------------------------------
LOG = "matrix_write_log"


def tables(conn: Connection) -> list[str]:
    return sorted(t for t in inspect(conn).get_table_names() if t != LOG)


def install_write_log(conn: Connection) -> int:
    """A row in LOG for every row written to any table (inside the outer transaction, so the
    triggers go when it is rolled back). Returns how many tables are watched."""
    names = tables(conn)
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"CREATE TABLE {LOG} (id serial PRIMARY KEY, tbl text, op text)")
        conn.exec_driver_sql(
            f"CREATE FUNCTION {LOG}_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"INSERT INTO {LOG}(tbl, op) VALUES (TG_TABLE_NAME, TG_OP); RETURN NULL; END $$")
        for name in names:
            conn.exec_driver_sql(
                f'CREATE TRIGGER {LOG}_row AFTER INSERT OR UPDATE OR DELETE ON "{name}" '
                f"FOR EACH ROW EXECUTE FUNCTION {LOG}_fn()")
            conn.exec_driver_sql(
                f'CREATE TRIGGER {LOG}_truncate AFTER TRUNCATE ON "{name}" '
                f"FOR EACH STATEMENT EXECUTE FUNCTION {LOG}_fn()")
    else:
        conn.exec_driver_sql(f"CREATE TABLE {LOG} (id INTEGER PRIMARY KEY, tbl TEXT, op TEXT)")
        for name in names:
            for op in ("INSERT", "UPDATE", "DELETE"):
                conn.exec_driver_sql(
                    f'CREATE TRIGGER "{LOG}_{name}_{op}" AFTER {op} ON "{name}" FOR EACH ROW '
                    f"BEGIN INSERT INTO {LOG}(tbl, op) VALUES ('{name}', '{op}'); END")
    return len(names)


def writes(conn: Connection) -> list[tuple[str, str]]:
    return [tuple(r) for r in conn.execute(text(f"SELECT tbl, op FROM {LOG} ORDER BY id"))]


def fingerprint(conn: Connection) -> dict[str, tuple[int, str]]:
    """Every table's row count and a hash of its rows (in primary-key order)."""
    out = {}
    insp = inspect(conn)
    for name in tables(conn):
        pk = insp.get_pk_constraint(name).get("constrained_columns") or []
        order = ", ".join(f'"{c}"' for c in pk) or "1"
        digest = hashlib.sha256()
        count = 0
        for row in conn.exec_driver_sql(f'SELECT * FROM "{name}" ORDER BY {order}'):
            digest.update(repr(tuple(row)).encode())
            count += 1
        out[name] = (count, digest.hexdigest())
    return out
