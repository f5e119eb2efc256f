"""The catalogue's services on both databases: a product found by any of its names in any
script, inquiries answered by the seller and turned into a meeting request or an outcome, who
may do what, prices and certifications checked, images checked, exhibition booths."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pydantic import ValidationError
from sqlalchemy import select

from gyoryu.catalogue import booths, images, inquiries, service
from gyoryu.catalogue.enums import InquiryStatus
from gyoryu.catalogue.rules import SHELL
from gyoryu.catalogue.schemas import InquiryIn
from gyoryu.errors import Forbidden, GyoryuError, InvalidValue
from gyoryu.mail.models import OutboxMessage
from gyoryu.outcomes.models import Outcome
from gyoryu.programs.models import MeetingRequest, Participant
from tests.catalogue.conftest import VACUUM, png, product_data

BASE = "https://gyoryu.example"


def ids(db, **query):
    found, total = service.search_products(db=db, **query)
    return [p.id for p in found], total


# -- search ----------------------------------------------------------------------------------
@pytest.mark.parametrize("query", ["로봇청소기", "扫地机器人", "掃地機器人", "aibot r1", "로봇 청소기",
                                   "로봇청소가 에이아이봇 R1"])
def test_a_product_is_found_by_any_of_its_names_in_any_script(db, vacuum, query):
    found, total = ids(db, q=query)
    assert found[:1] == [vacuum.id] and total >= 1


def test_the_search_filters_and_the_contract_shape(db, vacuum, org):
    assert ids(db, q="扫地机器人", category="robot")[0] == [vacuum.id]
    assert ids(db, q="扫地机器人", category="software") == ([], 0)
    assert ids(db, q="扫地机器人", country="KR")[0] == [vacuum.id]
    assert ids(db, q="扫地机器人", country="CN") == ([], 0)
    assert ids(db, q="扫地机器人", sector="robotics")[0] == [vacuum.id]
    assert ids(db, q="扫地机器人", organization="hancom") == ([], 0)
    assert vacuum.id in ids(db, organization="aeirobot")[0]  # no query: every product of a seller
    page = service.search_page(db=db, q="로봇청소기")
    item = page.items[0].model_dump()
    assert item["names"] == {"ko": VACUUM["ko"], "zh-Hans": VACUUM["zh-Hans"], "zh": VACUUM["zh-Hans"],
                             "en": VACUUM["en"]}
    assert (item["id"], item["organization"], item["category"]) == (vacuum.id, "aeirobot", "robot")


def test_the_index_follows_edits(db, vacuum):
    assert ids(db, q="扫地机器人")[0] == [vacuum.id]
    service.save_product(db=db, actor=SHELL, product=vacuum, data=product_data(
        names={"ko": "물걸레 로봇 M2", "zh": "拖地机器人 M2"}))
    assert ids(db, q="扫地机器人") == ([], 0)
    assert ids(db, q="拖地机器人")[0] == [vacuum.id]
    service.delete_product(db=db, actor=SHELL, product=vacuum)
    assert ids(db, q="拖地机器人") == ([], 0)


# -- what a product holds ----------------------------------------------------------------------
def test_prices_certifications_and_specs_are_kept_as_given(db, vacuum):
    assert (vacuum.price_min, vacuum.price_max, vacuum.currency) == (Decimal("390000.00"),
                                                                     Decimal("450000.00"), "KRW")
    assert vacuum.certifications == ["KC", "CCC", "CE"]
    assert vacuum.specs == [["배터리", "5200 mAh"], ["흡입력", "8000 Pa"]]
    assert (vacuum.min_order, vacuum.unit, vacuum.exhibit) == (100, "대", True)
    assert vacuum.capabilities == ["hardware", "manufacturing"]
    assert [s.key for s in vacuum.sectors] == ["robotics"]


@pytest.mark.parametrize(("overrides", "code"), [
    ({"price_min": "500", "price_max": "100"}, "E1205"),
    ({"price_on_request": True}, "E1206"),
    ({"price_min": None, "price_max": None, "currency": "KRW"}, "E804"),
    ({"currency": None}, "E804"),
    ({"currency": "WON"}, "E803"),
    ({"price_min": "-5"}, "E805"),
    ({"certifications": ["KC", "CCCC"]}, "E1204"),
    ({"category": "toaster"}, "E1203"),
    ({"capabilities": ["magic"]}, "E702"),
    ({"min_order": "0"}, "E1207"),
    ({"specs": [("weight", "")]}, "E1208"),
    ({"names": {"ko": "  "}}, "E1201"),
])
def test_bad_product_input_is_refused_with_its_number(overrides, code):
    with pytest.raises(ValidationError) as caught:
        product_data(**overrides)
    causes = [e["ctx"]["error"] for e in caught.value.errors() if "error" in (e.get("ctx") or {})]
    assert [c.code for c in causes] == [code]


def test_price_on_request_needs_no_price(db):
    data = product_data(key="r1-pro", names={"en": "AiBot R1 Pro"}, price_min=None, price_max=None,
                        currency=None, price_on_request=True)
    product = service.save_product(db=db, actor=SHELL, data=data)
    assert product.price_on_request and product.price_min is None and product.currency is None


def test_a_key_names_one_product(db, vacuum):
    with pytest.raises(InvalidValue) as caught:
        service.save_product(db=db, actor=SHELL, data=product_data(names={"en": "Other"}))
    assert caught.value.code == "E1218"


# -- who may write -----------------------------------------------------------------------------
def test_only_the_sellers_members_and_organisers_write_its_products(db, people, vacuum):
    for who in ("stranger", "buyer", "viewer", None):
        actor = people.get(who)
        with pytest.raises(Forbidden):
            service.save_product(db=db, actor=actor, product=vacuum, data=product_data(unit="sets"))
        with pytest.raises(Forbidden):
            service.save_product(db=db, actor=actor, data=product_data(key=None, names={"en": "New"}))
        with pytest.raises(Forbidden):
            service.delete_product(db=db, actor=actor, product=vacuum)
        with pytest.raises(Forbidden):
            images.add_image(db=db, actor=actor, product=vacuum, filename="a.png", content=png())
    # a seller cannot move its product to (or write one for) another organisation
    with pytest.raises(Forbidden):
        service.save_product(db=db, actor=people["seller"], product=vacuum,
                             data=product_data(organization="hancom"))
    assert service.save_product(db=db, actor=people["seller"], product=vacuum,
                                data=product_data(unit="sets")).unit == "sets"
    assert service.save_product(db=db, actor=people["organiser"], product=vacuum,
                                data=product_data(unit="units")).unit == "units"


# -- inquiries ---------------------------------------------------------------------------------
def ask(db, people, vacuum, **kw):
    data = InquiryIn(**{"quantity": "500", "target_price": "350000", "currency": "krw",
                        "message": "我们想采购500台，请报价。", "language": "zh", **kw})
    return inquiries.send_inquiry(db=db, actor=people["buyer"], product=vacuum, data=data, base_url=BASE)


def outbox(db, to):
    return list(db.scalars(select(OutboxMessage).where(OutboxMessage.recipient == to)
                           .order_by(OutboxMessage.id)))


def test_an_inquiry_answered_becomes_a_meeting_request_and_a_contact(db, people, vacuum, summit, org):
    inquiry = ask(db, people, vacuum)
    assert (inquiry.quantity, inquiry.target_price, inquiry.currency, inquiry.language) == (
        500, Decimal("350000.00"), "KRW", "zh")
    assert inquiry.buyer_org_id == org("xiaomi").id and inquiry.status == InquiryStatus.open
    [notice] = outbox(db, "seller@catalogue.example")  # in the seller's language, with the link
    assert notice.locale == "ko" and VACUUM["ko"] in notice.subject
    assert f"{BASE}/catalogue/inquiries/{inquiry.id}" in notice.body
    assert outbox(db, "stranger@catalogue.example") == []

    answer = inquiries.reply(db=db, actor=people["seller"], inquiry=inquiry,
                             body="500대 기준 대당 37만 원에 공급 가능합니다.", base_url=BASE)
    assert (answer.side, answer.language, inquiry.status) == ("seller", "ko", InquiryStatus.answered)
    [heard] = outbox(db, "buyer@catalogue.example")
    assert heard.locale == "zh" and VACUUM["zh-Hans"] in heard.subject
    follow = inquiries.reply(db=db, actor=people["buyer"], inquiry=inquiry, body="好的，谢谢", base_url=BASE)
    assert (follow.side, follow.language, inquiry.status) == ("buyer", "zh", InquiryStatus.open)
    assert [m.side for m in inquiry.messages] == ["buyer", "seller", "buyer"]

    request = inquiries.to_meeting_request(db=db, actor=people["organiser"], inquiry=inquiry,
                                           program=summit, base_url=BASE)
    buyer_there = db.scalar(select(Participant).where(Participant.program_id == summit.id,
                                                      Participant.email == "buyer@catalogue.example"))
    stored = db.get(MeetingRequest, request.id)
    assert (stored.requester_id, stored.target_org_id, stored.status) == (
        buyer_there.id, org("aeirobot").id, "pending")
    assert "500" in stored.message and inquiry.meeting_request_id == request.id
    assert len(outbox(db, "buyer@catalogue.example")) == 2  # answered, then the meeting
    again = inquiries.to_meeting_request(db=db, actor=people["organiser"], inquiry=inquiry,
                                         program=summit, base_url=BASE)
    assert again.id == request.id  # the program's own rule: one request per pair

    step = inquiries.to_outcome(db=db, actor=people["organiser"], inquiry=inquiry, on="2026-06-02")
    outcome = db.get(Outcome, inquiry.outcome_id)
    assert step.stage == "contact" and outcome.stage == "contact"
    assert sorted(p.organization_id for p in outcome.parties) == sorted([org("xiaomi").id,
                                                                         org("aeirobot").id])


def test_who_may_read_write_and_convert_an_inquiry(db, people, vacuum, summit):
    inquiry = ask(db, people, vacuum)
    for who in ("stranger", "viewer", None):
        with pytest.raises(Forbidden):
            inquiries.get_inquiry(db=db, actor=people.get(who), inquiry_id=inquiry.id)
        with pytest.raises(Forbidden):
            inquiries.reply(db=db, actor=people.get(who), inquiry=inquiry, body="x", base_url=BASE)
    for who in ("buyer", "seller", "organiser"):
        assert inquiries.get_inquiry(db=db, actor=people[who], inquiry_id=inquiry.id) is inquiry
    with pytest.raises(Forbidden):  # an organiser is not the seller: they do not answer for it
        inquiries.reply(db=db, actor=people["organiser"], inquiry=inquiry, body="x", base_url=BASE)
    for who in ("buyer", "seller", "stranger"):
        with pytest.raises(Forbidden):
            inquiries.to_meeting_request(db=db, actor=people[who], inquiry=inquiry, program=summit,
                                         base_url=BASE)
        with pytest.raises(Forbidden):
            inquiries.to_outcome(db=db, actor=people[who], inquiry=inquiry)
    boxes = {who: inquiries.visible_inquiries(db=db, actor=people[who]) for who in people}
    assert [i.id for i in boxes["buyer"]["sent"]] == [inquiry.id]
    assert [i.id for i in boxes["seller"]["received"]] == [inquiry.id]
    assert boxes["stranger"] == {"sent": [], "received": [], "all": []}
    assert inquiry.id in [i.id for i in boxes["organiser"]["all"]]


def test_inquiries_refused(db, people, vacuum, summit):
    with pytest.raises(GyoryuError) as own:
        inquiries.send_inquiry(db=db, actor=people["seller"], product=vacuum, base_url=BASE,
                               data=InquiryIn(message="self", language="ko"))
    assert own.value.code == "E1213"
    with pytest.raises(Forbidden):
        inquiries.send_inquiry(db=db, actor=None, product=vacuum, base_url=BASE,
                               data=InquiryIn(message="anonymous", language="en"))
    with pytest.raises(ValidationError):
        InquiryIn(message="x", language="fr")
    with pytest.raises(ValidationError):
        InquiryIn(message="x", target_price="100")  # a price without its currency
    # a viewer with no organisation may ask, but their inquiry cannot become a relation
    loose = inquiries.send_inquiry(db=db, actor=people["viewer"], product=vacuum, base_url=BASE,
                                   data=InquiryIn(message="price?", language="en"))
    with pytest.raises(GyoryuError) as caught:
        inquiries.to_outcome(db=db, actor=people["organiser"], inquiry=loose)
    assert caught.value.code == "E1215"
    with pytest.raises(GyoryuError) as absent:  # the viewer is no participant of the summit
        inquiries.to_meeting_request(db=db, actor=people["organiser"], inquiry=loose, program=summit,
                                     base_url=BASE)
    assert absent.value.code == "E1214"
    with pytest.raises(Forbidden):
        inquiries.close(db=db, actor=people["buyer"], inquiry=loose)  # not theirs
    inquiries.close(db=db, actor=people["viewer"], inquiry=loose)
    with pytest.raises(GyoryuError) as closed:
        inquiries.reply(db=db, actor=people["viewer"], inquiry=loose, body="again", base_url=BASE)
    assert closed.value.code == "E1219"


# -- images ------------------------------------------------------------------------------------
def test_images_are_checked_before_they_are_kept(db, people, vacuum):
    kept = images.add_image(db=db, actor=people["seller"], product=vacuum, filename="front.png",
                            content=png())
    assert (kept.media_type, kept.width, kept.height) == ("image/png", 40, 30)
    jpeg = images.add_image(db=db, actor=people["seller"], product=vacuum, filename="c:\\photos\\side.JPG",
                            content=png(fmt="JPEG"))
    assert (jpeg.filename, jpeg.media_type, jpeg.position) == ("side.JPG", "image/jpeg", 2)
    assert [i.id for i in vacuum.images] == [kept.id, jpeg.id]
    refused = {
        "script.png": b"#!/bin/sh\nrm -rf /\n",
        "photo.jpg": png(),  # a PNG named .jpg
        "cut.png": png()[:60],  # truncated
        "page.html": b"<html><script>alert(1)</script></html>",
        "huge.png": png(7000, 2),
    }
    for name, content in refused.items():
        with pytest.raises(InvalidValue) as caught:
            images.add_image(db=db, actor=people["seller"], product=vacuum, filename=name, content=content)
        assert caught.value.code in ("E1209", "E1210"), name
    with pytest.raises(InvalidValue) as big:
        images.add_image(db=db, actor=people["seller"], product=vacuum, filename="big.png",
                         content=b"\x89PNG\r\n\x1a\n" + b"0" * images.MAX_BYTES)
    assert big.value.code == "E812"
    images.remove_image(db=db, actor=people["organiser"], image=kept)
    assert [i.id for i in vacuum.images] == [jpeg.id]


# -- exhibitions -------------------------------------------------------------------------------
def test_a_booth_shows_its_organisations_exhibited_products(db, people, vacuum, summit, make_exhibition):
    hidden = service.save_product(db=db, actor=SHELL, data=product_data(
        key="aeirobot-lab", names={"en": "Lab prototype"}, exhibit=False))
    with pytest.raises(GyoryuError) as wrong:
        booths.place_booth(db=db, actor=people["organiser"], program=summit, organization="aeirobot")
    assert wrong.value.code == "E1216"
    fair = make_exhibition()
    for who in ("seller", "buyer", "viewer"):
        with pytest.raises(Forbidden):
            booths.place_booth(db=db, actor=people[who], program=fair, organization="aeirobot")
    booth = booths.place_booth(db=db, actor=people["organiser"], program=fair, organization="aeirobot",
                               label="A-12", note={"ko": "2관", "fr": "ignored"})
    moved = booths.place_booth(db=db, actor=people["organiser"], program=fair, organization="aeirobot",
                               label="B-3")
    assert moved.id == booth.id and moved.label == "B-3"
    assert [p.id for p in booths.on_show(db=db, booth=booth)] == [vacuum.id]
    assert hidden.id not in [p.id for p in booths.on_show(db=db, booth=booth)]
    assert [b.id for b in booths.shown_at(db=db, product=vacuum)] == [booth.id]
    assert booths.shown_at(db=db, product=hidden) == []
    assert fair.id in [p.id for p in booths.exhibitions(db=db)]


@pytest.fixture
def make_exhibition(db):
    from datetime import date

    from gyoryu.programs import service as programs
    from gyoryu.programs.schemas import ProgramIn

    def _make():
        return programs.create_program(db=db, data=ProgramIn(
            key="ai-center-fair-2026", kind="exhibition",
            title={"ko": "AI센터 전시회", "zh": "AI中心展览会", "en": "AI Center fair"},
            starts_on=date(2026, 9, 1), ends_on=date(2026, 9, 3), cities=["kr-seongnam"]))

    return _make
