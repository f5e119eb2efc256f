"""Buyers' inquiries: a buyer asks about a product (quantity, target price, message, language),
the seller's member accounts answer in the inquiry's thread, and an organiser turns the
conversation into a meeting request at a program (`programs.meetings.request_meeting`) or into
a relation at stage `contact` (`outcomes.service.add_step`). Each action checks who acts and
queues its notices in the same transaction.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from gyoryu.accounts.enums import Role
from gyoryu.accounts.rules import is_organiser, represents
from gyoryu.catalogue import notices
from gyoryu.catalogue.enums import InquiryStatus, Side
from gyoryu.catalogue.models import Inquiry, InquiryMessage, Product
from gyoryu.catalogue.rules import guard, sells
from gyoryu.catalogue.schemas import InquiryIn, parse_language
from gyoryu.errors import GyoryuError, NotFound, PerLanguage
from gyoryu.i18n import LOCALES, P_
from gyoryu.outcomes import service as outcomes
from gyoryu.outcomes.models import OutcomeStep
from gyoryu.programs import meetings
from gyoryu.programs.enums import ParticipantStatus
from gyoryu.programs.models import MeetingRequest, Participant, Program


def get_inquiry(*, db: Session, actor, inquiry_id: int) -> Inquiry:
    """An inquiry its buyer, its seller or an organiser may read (E106 for anyone else)."""
    inquiry = db.get(Inquiry, inquiry_id)
    if inquiry is None:
        raise NotFound("E1212", id=inquiry_id)
    guard("catalogue.read_inquiry", actor, inquiry)
    return inquiry


def send_inquiry(*, db: Session, actor, product: Product, data: InquiryIn, base_url: str) -> Inquiry:
    """A signed-in buyer asks about another organisation's product; its sellers are mailed."""
    if represents(actor, product.organization):
        raise GyoryuError("E1213")
    guard("catalogue.inquire", actor, product)
    if not data.message:
        raise GyoryuError("E516", field=P_("field", "message"))
    inquiry = Inquiry(product=product, buyer_id=actor.id, buyer_org_id=actor.organization_id,
                      quantity=data.quantity, target_price=data.target_price,
                      currency=data.currency, language=data.language)
    inquiry.messages.append(InquiryMessage(author_id=actor.id, side=Side.buyer,
                                           language=data.language, body=data.message))
    db.add(inquiry)
    db.flush()
    notices.inquiry_sent(db=db, inquiry=inquiry, base_url=base_url)
    return inquiry


def reply(*, db: Session, actor, inquiry: Inquiry, body: str, language: str | None = None,
          base_url: str) -> InquiryMessage:
    """A message in the thread: the seller's answer (the inquiry is then answered) or the
    buyer's reply (it waits for the seller again). The other side is mailed."""
    guard("catalogue.write", actor, inquiry)
    if inquiry.status == InquiryStatus.closed:
        raise GyoryuError("E1219")
    body = (body or "").strip()
    if not body:
        raise GyoryuError("E516", field=P_("field", "message"))
    seller = sells(actor, inquiry)
    lang = parse_language(language) if language else (
        notices.reader_locale(actor) if seller else inquiry.language)
    message = InquiryMessage(author_id=actor.id, side=Side.seller if seller else Side.buyer,
                             language=lang, body=body[:5000])
    inquiry.messages.append(message)
    inquiry.status = InquiryStatus.answered if seller else InquiryStatus.open
    db.flush()
    notices.message_posted(db=db, message=message, base_url=base_url)
    return message


def close(*, db: Session, actor, inquiry: Inquiry) -> Inquiry:
    """Either side, or an organiser, closes the inquiry: no more messages."""
    guard("catalogue.close", actor, inquiry)
    inquiry.status = InquiryStatus.closed
    db.flush()
    return inquiry


def visible_inquiries(*, db: Session, actor, limit: int = 200) -> dict[str, list[Inquiry]]:
    """The reader's inquiries: those they sent, those their organisation received, and — for
    organisers — every one."""
    if actor is None:
        return {"sent": [], "received": [], "all": []}
    newest = (Inquiry.id.desc(),)
    sent = db.scalars(select(Inquiry).where(Inquiry.buyer_id == actor.id)
                      .order_by(*newest).limit(limit)).all()
    received = db.scalars(
        select(Inquiry).join(Product, Product.id == Inquiry.product_id)
        .where(Product.organization_id == actor.organization_id, Inquiry.buyer_id != actor.id)
        .order_by(*newest).limit(limit)).all() if actor.role == Role.member else []
    everything = db.scalars(select(Inquiry).order_by(*newest).limit(limit)).all() \
        if is_organiser(actor) else []
    return {"sent": list(sent), "received": list(received), "all": list(everything)}


def inquiries_about(*, db: Session, product: Product, actor) -> list[Inquiry]:
    """A product's inquiries the reader may read (for its page)."""
    if actor is None:
        return []
    stmt = select(Inquiry).where(Inquiry.product_id == product.id)
    if not (is_organiser(actor) or represents(actor, product.organization)):
        stmt = stmt.where(Inquiry.buyer_id == actor.id)
    return list(db.scalars(stmt.order_by(Inquiry.id.desc())))


# -- what an inquiry becomes -----------------------------------------------------------------
def buyer_at(*, db: Session, inquiry: Inquiry, program: Program) -> Participant | None:
    """The buyer's accepted participation in `program`: by account, else by e-mail address."""
    return db.scalar(select(Participant).where(
        Participant.program_id == program.id, Participant.status == ParticipantStatus.accepted,
        or_(Participant.user_id == inquiry.buyer_id, Participant.email == inquiry.buyer.email),
    ).order_by(Participant.id).limit(1))


def to_meeting_request(*, db: Session, actor, inquiry: Inquiry, program: Program,
                       base_url: str) -> MeetingRequest:
    """The organiser of `program` asks, for the buyer, to meet the seller there: the program's
    own meeting request (the seller's participants accept or decline it on their pages)."""
    guard("catalogue.meeting", actor, program)
    guard("catalogue.read_inquiry", actor, inquiry)
    requester = buyer_at(db=db, inquiry=inquiry, program=program)
    if requester is None:
        raise GyoryuError("E1214", who=inquiry.buyer.display_name or inquiry.buyer.email,
                          program=PerLanguage({lang: program.title_in(lang) for lang in LOCALES}))
    first = inquiry.messages[0].body if inquiry.messages else ""
    request = meetings.request_meeting(db=db, program=program, requester=requester,
                                       target_org_id=inquiry.product.organization_id,
                                       message=first[:2000])
    inquiry.meeting_request_id = request.id
    db.flush()
    notices.meeting_requested(db=db, inquiry=inquiry, base_url=base_url,
                              program_title={lang: program.title_in(lang) for lang in LOCALES})
    return request


def to_outcome(*, db: Session, actor, inquiry: Inquiry, on: str | date | None = None,
               note: str = "", via: str = "web") -> OutcomeStep:
    """An organiser records the inquiry as a `contact` between the buyer's and the seller's
    organisations (the relation's first step, or a new one of a relation that exists)."""
    guard("catalogue.convert", actor, inquiry)
    if inquiry.buyer_org_id is None:
        raise GyoryuError("E1215")
    product = inquiry.product
    step = outcomes.add_step(
        db=db, org_ids=[inquiry.buyer_org_id, product.organization_id], stage="contact",
        on=on or date.today(), note=note or f"catalogue inquiry #{inquiry.id}: {product.display_name('en').text}",
        recorded_by=getattr(actor, "id", None), via=via)
    inquiry.outcome_id = step.outcome_id
    db.flush()
    return step
