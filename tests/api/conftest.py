"""A small, realistic world for the property-based API run: a summit with a meeting grid, accepted
participants from Korea and China, a meeting request, an interpreter, a published itinerary, a
product with an inquiry, a fund deal, an outcome, and one account (with its API token) per caller.

It is built once per database inside an outer transaction that is rolled back at the end; every
operation's run happens inside a savepoint of its own, so what one operation writes never reaches
another. `World.ids` maps each path parameter (and id field of a body) to a row that exists, so
the generated requests can reach real rows instead of only 404s.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

import pytest
from schemathesis.python.asgi import ASGIClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from gyoryu.accounts import tokens
from gyoryu.accounts.enums import Role
from gyoryu.accounts.service import add_user
from gyoryu.config import Settings
from gyoryu.directory.models import Person, Place
from gyoryu.directory.service import org_by_key
from gyoryu.web.app import create_app
from tests.programs.conftest import make_program  # noqa: F401  (factories for the plain tests)
from tests.web.conftest import app, client, make_user  # noqa: F401  (web fixtures)

CALLERS = ("nobody", "reader", "member", "organiser", "admin")
REACHED: dict[tuple, set[str]] = defaultdict(set)  # (backend, caller) -> operations answered 2xx
SEEN: dict[tuple, set[str]] = defaultdict(set)  # (backend, caller) -> operations called


def pytest_terminal_summary(terminalreporter):
    """How deep the property-based run went: the operations that answered 2xx, per caller."""
    for key in sorted(SEEN):
        terminalreporter.write_line(f"schemathesis on {key[0]} as {key[1]}: {len(REACHED[key])} "
                                    f"of {len(SEEN[key])} operations answered 2xx")
        if terminalreporter.verbosity > 0 and key[1] == "admin":  # -v: which never did
            for label in sorted(SEEN[key] - REACHED[key]):
                terminalreporter.write_line(f"    never 2xx: {label}")


@dataclass
class World:
    app: object
    backend: str
    client: ASGIClient
    ids: dict[str, list] = field(default_factory=dict)
    headers: dict[str, dict[str, str]] = field(default_factory=dict)


def _seed(db: Session) -> tuple[dict[str, list], dict[str, dict[str, str]]]:
    from gyoryu.accounts import reset, sessions
    from gyoryu.accounts.models import PasswordReset
    from gyoryu.catalogue import booths, images, inquiries
    from gyoryu.catalogue import service as catalogue
    from gyoryu.catalogue.rules import SHELL
    from gyoryu.catalogue.schemas import InquiryIn, ProductIn
    from gyoryu.fund import scoring
    from gyoryu.fund import service as fund
    from gyoryu.fund.schemas import CriterionIn, DealIn
    from gyoryu.outcomes import service as outcomes
    from gyoryu.programs import grid, itinerary, meetings, staff
    from gyoryu.programs import service as programs
    from gyoryu.programs.enums import ParticipantStatus
    from gyoryu.programs.schemas import MeetingDayIn, ProgramIn, RegistrationIn, TablesIn, VisitIn

    orgs = {key: org_by_key(db=db, key=key) for key in ("hancom", "aeirobot", "4paradigm", "xiaomi")}
    users = {
        "reader": add_user(db=db, email="reader@api.example", password="correct horse",
                           role=Role.admin),
        "member": add_user(db=db, email="member@api.example", password="correct horse",
                           role=Role.member, organization_id=orgs["aeirobot"].id),
        "organiser": add_user(db=db, email="organiser@api.example", password="correct horse",
                              role=Role.organiser),
        "admin": add_user(db=db, email="admin@api.example", password="correct horse",
                          role=Role.admin),
        "fund": add_user(db=db, email="fund@api.example", password="correct horse", role=Role.fund),
        "buyer": add_user(db=db, email="buyer@api.example", password="correct horse",
                          role=Role.member, organization_id=orgs["xiaomi"].id),
        "desk": add_user(db=db, email="desk@example.org", password="correct horse"),  # StaffIn's example
    }
    headers = {"nobody": {}}
    token_ids = []
    for caller in ("reader", "member", "organiser", "admin"):
        token, secret = tokens.create_token(db=db, user=users[caller],
                                            scope="read" if caller == "reader" else "write",
                                            name=f"schemathesis {caller}")
        token_ids.append(token.id)
        headers[caller] = {"Authorization": f"Bearer {secret}"}

    program = programs.create_program(db=db, data=ProgramIn(
        key="api-property-summit", kind="summit",
        title={"ko": "한중 AI 서밋", "zh": "中韩人工智能峰会", "en": "Korea-China AI Summit"},
        starts_on=date(2026, 5, 12), ends_on=date(2026, 5, 13), cities=["cn-beijing"],
        capacity=50, registration_closes=datetime(2099, 12, 31, tzinfo=UTC)))
    grid.set_meeting_day(db=db, program=program, data=MeetingDayIn(
        day=date(2026, 5, 13), start=14 * 60, end=16 * 60, slot_minutes=20))
    tables = grid.add_tables(db=db, program=program, data=TablesIn(hall="A", count=4))
    grid.add_tables(db=db, program=program, data=TablesIn(hall="B", count=2))  # walking A↔B
    people = []
    for key, name, email in (("hancom", "김민지", "minji.kim@hancom.example"),
                             ("aeirobot", "Lee Jun", "member@api.example"),
                             ("4paradigm", "王芳", "wang.fang@4paradigm.example"),
                             ("xiaomi", "Li Wei", "buyer@api.example")):
        person = programs.register_participant(db=db, program=program, force=True, data=RegistrationIn(
            name=name, email=email, organization_id=orgs[key].id, consent=True))
        person.status = ParticipantStatus.accepted
        people.append(person)
    db.flush()
    request = meetings.request_meeting(db=db, program=program, requester=people[0],
                                       target_org_id=orgs["4paradigm"].id)
    interpreter = meetings.add_interpreter(db=db, program=program, name="박통역",
                                           pairs=["ko-zh", "en-zh"])
    visit = itinerary.add_visit(db=db, program=program, data=VisitIn(host="4paradigm"))
    itinerary.place_visit(db=db, program=program, visit=visit, day=date(2026, 5, 12), start=10 * 60)
    itinerary.publish(db=db, program=program)

    product = catalogue.save_product(db=db, actor=SHELL, data=ProductIn.model_validate(dict(
        key="aeirobot-r1", organization="aeirobot", category="robot",
        names={"ko": "로봇청소기 R1", "zh-Hans": "扫地机器人 R1", "en": "R1 robot vacuum"},
        sectors=["robotics"], capabilities=["hardware"], price_min="390000", price_max="450000",
        currency="KRW", min_order="100", unit="대", exhibit=True)))
    inquiry = inquiries.send_inquiry(db=db, actor=users["buyer"], product=product, data=InquiryIn(
        quantity=200, message="样品什么时候可以发货？", language="zh"), base_url="http://testserver")
    expo = programs.create_program(db=db, data=ProgramIn(
        key="api-property-expo", kind="exhibition",
        title={"ko": "AI 로봇 박람회", "zh": "人工智能机器人博览会", "en": "AI Robotics Expo"},
        starts_on=date(2026, 6, 1), ends_on=date(2026, 6, 3), cities=["cn-shanghai"]))
    booth = booths.place_booth(db=db, actor=users["organiser"], program=expo,
                               organization="aeirobot", label="A-12")
    for key, weight in (("team", 3), ("market", 2), ("technology", 2)):  # ReviewIn's example scores
        scoring.define_criterion(db=db, actor=users["admin"], data=CriterionIn(key=key, weight=weight))
    deal = fund.create_deal(db=db, actor=users["fund"], data=DealIn(
        organization="nhn-cloud", round="seed", source="referral", source_ref="Kim Minji"))
    step = outcomes.add_step(db=db, org_ids=[orgs["hancom"].id, orgs["4paradigm"].id], stage="mou",
                             on="2026-05-13", program_id=program.id)
    db.flush()
    news = _news(db)
    after = _after_the_summit(db, program=program, people=people, users=users)
    staff_row = staff.give_role(db=db, program=program, email="reader@api.example", role="staff")
    image = images.add_image(db=db, actor=SHELL, product=product, filename="r1.png", content=_png())
    web = [sessions.start_session(db=db, user=users[c], address="203.0.113.7",
                                  user_agent=f"schemathesis {c}")[0]
           for c in ("member", "organiser", "admin")]
    db.add(PasswordReset(user_id=users["buyer"].id, secret_hash=reset._digest(RESET_SECRET),
                         created_at=datetime.now(UTC), expires_at=datetime.now(UTC) + timedelta(hours=1)))
    db.flush()
    clusters = db.scalars(select(Place).where(Place.kind == "cluster").order_by(Place.id).limit(2)).all()
    places = db.scalars(select(Place).where(Place.kind == "city").order_by(Place.id).limit(2)).all()
    person_ids = db.scalars(select(Person.id).order_by(Person.id).limit(2)).all()

    ids = {
        "program_id": [program.id, program.id, expo.id], "participant_id": [p.id for p in people],
        "token": [p.token for p in people], "request_id": [request.id],
        "interpreter_id": [interpreter.id], "group_id": [tables.id], "day": ["2026-05-13"],
        "org_id": [o.id for o in orgs.values()], "organization_id": [o.id for o in orgs.values()],
        "target_org_id": [orgs["4paradigm"].id, orgs["hancom"].id],
        "product_id": [product.id], "inquiry_id": [inquiry.id], "booth_id": [booth.id],
        "deal_id": [deal.id], "outcome_id": [step.outcome_id], "token_id": token_ids,
        "kind": ["organizations", "people", "places", "clusters"], "fmt": ["json", "csv", "xlsx"],
        "ref": [c.key for c in clusters], "a": [clusters[0].key], "b": [clusters[-1].key],
        "cluster_id": [c.id for c in clusters], "place_id": [p.id for p in places],
        "person_id": list(person_ids), "participant_ids": [[p.id for p in people[:2]]],
        "ids": [[p.id for p in people[:2]]], "staff_id": [staff_row.id], "image_id": [image.id],
        "session_id": [w.id for w in web], "reset_token": [RESET_SECRET],
        "password": ["correct horse"], **news, **after,
    }
    return ids, headers


# Written for this test (not a real article): Hancom and 4Paradigm, who met at the summit, sign
# an MOU (a suggested step for their relation); two organisations nobody knows go to review.
NEWS_KO = ("한컴, 포패러다임과 AI 문서 협력 MOU 체결\n\n"
           "한컴은 중국 AI 기업 포패러다임과 5월 20일 베이징에서 AI 문서 협력을 위한 "
           "업무협약(MOU)을 체결했다. 이 자리에는 ‘누리별로보틱스’와 ‘한빛데이터랩’ 관계자도 함께했다.\n")
RESET_SECRET = "schemathesis-reset-" + "x" * 24  # a live password-reset link of the buyer


def _png() -> bytes:
    from io import BytesIO

    from PIL import Image

    out = BytesIO()
    Image.new("RGB", (4, 4), (200, 30, 30)).save(out, format="PNG")
    return out.getvalue()


def _news(db: Session) -> dict[str, list]:
    """An article through the pipeline: its events, the review queue, an outcome suggestion."""
    from gyoryu.intel import service as intel
    from gyoryu.intel.models import Review
    from gyoryu.intel.sources import from_text
    from gyoryu.outcomes.models import Suggestion

    article, _ = intel.ingest(db=db, source=from_text(NEWS_KO, "schemathesis:mou"))
    reviews = db.scalars(select(Review.id).order_by(Review.id)).all()
    suggestions = db.scalars(select(Suggestion.id).order_by(Suggestion.id)).all()
    return {"article_id": [article.id], "review_id": list(reviews),
            "suggestion_id": list(suggestions)}


def _after_the_summit(db: Session, *, program, people, users) -> dict[str, list]:
    """Hancom met Aeirobot (the member's organisation) at the summit; the follow-up rounds are
    due, and the member has answered the first."""
    from gyoryu.outcomes import followups
    from gyoryu.outcomes import meetings as held

    people[1].user_id = users["member"].id
    held.set_follow_up_days(db=db, program=program, days=[7, 90])
    meeting = held.record_meeting(db=db, program=program, held_on="2026-05-13",
                                  org_ids=(people[0].organization_id, people[1].organization_id))
    answer = followups.answer(db=db, follow_up=meeting.follow_ups[0], participant=people[1],
                              value="follow_up", note="샘플 발송 완료", today=date(2026, 5, 21))
    return {"follow_up_id": [f.id for f in meeting.follow_ups], "answer_id": [answer.id]}


@pytest.fixture(scope="module")
def world(backend, engine, database_url, tmp_path_factory):
    connection = engine.connect()
    outer = connection.begin()
    db = Session(bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False)
    ids, headers = _seed(db)
    db.commit()
    db.close()
    served = create_app(Settings(var_dir=tmp_path_factory.mktemp("var"), secret_key="schemathesis"),
                        database_url=database_url)
    served.state.sessions = sessionmaker(bind=connection, join_transaction_mode="create_savepoint",
                                         expire_on_commit=False)
    with ASGIClient(served) as asgi:  # one in-process client for the run: no server, no socket
        yield World(app=served, backend=backend, client=asgi, ids=ids, headers=headers)
    outer.rollback()
    connection.close()
