"""E-mails about inquiries, through the platform's outbox (`gyoryu.mail`) in the caller's
transaction: an inquiry and its notice commit together or not at all. Each goes out in its
reader's language (their account's, else their organisation's country's), with a link to the
inquiry's page, and carries a dedupe key, so a retried request never mails twice."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from gyoryu.accounts.enums import Role
from gyoryu.accounts.models import User
from gyoryu.catalogue.models import Inquiry, InquiryMessage
from gyoryu.i18n import N_, Translator
from gyoryu.mail.service import enqueue

COUNTRY_LANG = {"KR": "ko", "CN": "zh", "TW": "zh", "HK": "zh"}


def reader_locale(user: User) -> str:
    if user.locale:
        return user.locale
    org = user.organization
    return COUNTRY_LANG.get(org.country, "en") if org is not None else "en"


def sellers(*, db: Session, inquiry: Inquiry) -> list[User]:
    """The active member accounts of the product's organisation: who answers."""
    return list(db.scalars(select(User).where(
        User.organization_id == inquiry.product.organization_id, User.role == Role.member,
        User.is_active.is_(True)).order_by(User.id)))


def _link(base_url: str, inquiry: Inquiry) -> str:
    return f"{base_url.rstrip('/')}/catalogue/inquiries/{inquiry.id}"


def _send(db: Session, user: User, key: str, subject: tuple, body: tuple) -> None:
    t = Translator(reader_locale(user))
    enqueue(db=db, to=user.email, locale=t.locale, dedupe_key=key,
            subject=t.gettext(subject[0], **subject[1]), body=t.gettext(body[0], **body[1]))


def inquiry_sent(*, db: Session, inquiry: Inquiry, base_url: str) -> None:
    for user in sellers(db=db, inquiry=inquiry):
        lang = Translator(reader_locale(user)).locale
        product = inquiry.product.display_name(lang).text
        _send(db, user, f"catalogue-inquiry:{inquiry.id}:{user.id}",
              (N_("New inquiry about {product}"), {"product": product}),
              (N_("Hello,\n\nA buyer asks about {product}. Read the inquiry and answer it on "
                  "the platform:\n\n{link}\n"), {"product": product, "link": _link(base_url, inquiry)}))


def message_posted(*, db: Session, message: InquiryMessage, base_url: str) -> None:
    """The other side hears of a new message (the buyer of an answer, the sellers of a reply)."""
    inquiry = message.inquiry
    readers = [inquiry.buyer] if message.side != "buyer" else sellers(db=db, inquiry=inquiry)
    for user in readers:
        if user.id == message.author_id:
            continue
        lang = Translator(reader_locale(user)).locale
        product = inquiry.product.display_name(lang).text
        _send(db, user, f"catalogue-message:{message.id}:{user.id}",
              (N_("New message about {product}"), {"product": product}),
              (N_("Hello,\n\nThere is a new message in your inquiry about {product}:\n\n{link}\n"),
               {"product": product, "link": _link(base_url, inquiry)}))


def meeting_requested(*, db: Session, inquiry: Inquiry, program_title: dict, base_url: str) -> None:
    for user in [inquiry.buyer, *sellers(db=db, inquiry=inquiry)]:
        t = Translator(reader_locale(user))
        product = inquiry.product.display_name(t.locale).text
        program = program_title.get(t.locale) or next(iter(program_title.values()), "")
        _send(db, user, f"catalogue-meeting:{inquiry.id}:{inquiry.meeting_request_id}:{user.id}",
              (N_("A meeting about {product} at {program}"), {"product": product, "program": program}),
              (N_("Hello,\n\nThe organisers turned the inquiry about {product} into a meeting "
                  "request at {program}. It appears among the meeting requests on the "
                  "participants' pages.\n\n{link}\n"),
               {"product": product, "program": program, "link": _link(base_url, inquiry)}))
