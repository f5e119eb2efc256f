"""Catalogue tables: products (and services) of organisations with their names in every
script, images, buyers' inquiries with their threads, and exhibition booths.

Names are rows, as the directory's are, so one in-memory index finds a product by any of them
(`catalogue/search_index.py`); a flush listener journals every change to them
(`catalogue_change`) so the index catches up. Descriptions and a booth's note are per language
({"ko", "zh", "en"}). Prices are kept as given, in their own currency, never converted.
"""

from __future__ import annotations

import secrets
from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
    event,
    insert,
)
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from gyoryu.accounts.models import User
from gyoryu.catalogue.enums import InquiryStatus, OfferKind
from gyoryu.db import Base, Timestamped, utcnow
from gyoryu.directory.models import NamedMixin, Organization, Sector
from gyoryu.programs.models import MeetingRequest, Program

product_sector = Table(
    "catalogue_product_sector",
    Base.metadata,
    Column("product_id", ForeignKey("catalogue_product.id", ondelete="CASCADE"), primary_key=True),
    Column("sector_id", ForeignKey("sector.id", ondelete="CASCADE"), primary_key=True),
)


def _text(values: dict, lang: str) -> str:
    order = {"ko": ("ko", "en", "zh"), "zh": ("zh", "en", "ko")}.get(lang, ("en", "ko", "zh"))
    for code in order:
        if (values or {}).get(code):
            return values[code]
    return ""


class Product(NamedMixin, Timestamped, Base):
    """A product or service an organisation offers, as its catalogue page shows it."""

    __tablename__ = "catalogue_product"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str | None] = mapped_column(String(96), unique=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16), default=OfferKind.product)
    category: Mapped[str] = mapped_column(String(24), index=True)
    description: Mapped[dict] = mapped_column(JSON, default=dict)  # per language: ko, zh, en
    capabilities: Mapped[list] = mapped_column(JSON, default=list)  # matching's Capability keys
    specs: Mapped[list] = mapped_column(JSON, default=list)  # [[name, value], ...] in order
    price_min: Mapped[Decimal | None] = mapped_column(Numeric(18, 2))
    price_max: Mapped[Decimal | None] = mapped_column(Numeric(18, 2))
    currency: Mapped[str | None] = mapped_column(String(3))
    price_on_request: Mapped[bool] = mapped_column(Boolean, default=False)
    min_order: Mapped[int | None] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(40), default="")  # of the minimum order: units, sets
    certifications: Mapped[list] = mapped_column(JSON, default=list)
    exhibit: Mapped[bool] = mapped_column(Boolean, default=False)  # available for exhibition

    organization: Mapped[Organization] = relationship(lazy="joined")
    names: Mapped[list[ProductName]] = relationship(
        back_populates="product", cascade="all, delete-orphan", lazy="selectin",
        order_by="ProductName.id")
    sectors: Mapped[list[Sector]] = relationship(secondary=product_sector, lazy="selectin")
    images: Mapped[list[ProductImage]] = relationship(
        back_populates="product", cascade="all, delete-orphan", order_by="ProductImage.position",
        lazy="selectin")

    def description_in(self, lang: str) -> str:
        return _text(self.description or {}, lang)


class ProductName(Base):
    """One name of a product: a primary name per language, or another name buyers use."""

    __tablename__ = "catalogue_product_name"
    __table_args__ = (UniqueConstraint("product_id", "lang", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(
        ForeignKey("catalogue_product.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    lang: Mapped[str] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(16), default="primary")
    norm: Mapped[str] = mapped_column(String(300), index=True)

    product: Mapped[Product] = relationship(back_populates="names")


class ProductImage(Base):
    """A checked image (PNG, JPEG or WebP, decoded once before it is kept), served back as
    itself with its own media type."""

    __tablename__ = "catalogue_product_image"

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(
        ForeignKey("catalogue_product.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(40))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)  # read when served
    uploaded_by: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    product: Mapped[Product] = relationship(back_populates="images")


class Inquiry(Base):
    """A buyer's question about a product: how many, at what price, in which language. The
    seller answers in its thread; an organiser may turn it into a meeting request at a program
    or into an outcome (`contact`) between the two organisations."""

    __tablename__ = "catalogue_inquiry"

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(
        ForeignKey("catalogue_product.id", ondelete="CASCADE"), index=True)
    buyer_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"),
                                          index=True)
    buyer_org_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True)
    quantity: Mapped[int | None] = mapped_column(Integer)
    target_price: Mapped[Decimal | None] = mapped_column(Numeric(18, 2))
    currency: Mapped[str | None] = mapped_column(String(3))
    language: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16), default=InquiryStatus.open, index=True)
    meeting_request_id: Mapped[int | None] = mapped_column(
        ForeignKey("program_meeting_request.id", ondelete="SET NULL"))
    outcome_id: Mapped[int | None] = mapped_column(ForeignKey("outcome.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    product: Mapped[Product] = relationship(lazy="joined")
    buyer: Mapped[User] = relationship(lazy="joined")
    buyer_org: Mapped[Organization | None] = relationship(lazy="joined")
    meeting_request: Mapped[MeetingRequest | None] = relationship()
    messages: Mapped[list[InquiryMessage]] = relationship(
        back_populates="inquiry", cascade="all, delete-orphan", order_by="InquiryMessage.id",
        lazy="selectin")


class InquiryMessage(Base):
    """One message of an inquiry's thread; the first is the buyer's own message."""

    __tablename__ = "catalogue_inquiry_message"

    id: Mapped[int] = mapped_column(primary_key=True)
    inquiry_id: Mapped[int] = mapped_column(
        ForeignKey("catalogue_inquiry.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL"))
    side: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(8))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    inquiry: Mapped[Inquiry] = relationship(back_populates="messages")
    author: Mapped[User | None] = relationship(lazy="joined")


class Booth(Base):
    """An organisation's stand at an exhibition program; it shows the organisation's products
    marked available for exhibition."""

    __tablename__ = "catalogue_booth"
    __table_args__ = (UniqueConstraint("program_id", "organization_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"),
                                            index=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(40), default="")  # the stand's number: "A-12"
    note: Mapped[dict] = mapped_column(JSON, default=dict)  # per language

    program: Mapped[Program] = relationship(lazy="joined")
    organization: Mapped[Organization] = relationship(lazy="joined")

    def note_in(self, lang: str) -> str:
        return _text(self.note or {}, lang)


class CatalogueChange(Base):
    """Journal of products whose searchable data changed (the directory's `directory_change`
    for products): `product_id` NULL asks for a full rebuild; `token` tells a rolled-back
    sequence number from a later row that reused it."""

    __tablename__ = "catalogue_change"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    product_id: Mapped[int | None] = mapped_column(Integer)
    token: Mapped[str] = mapped_column(String(16), default="")


BULK = 1000  # more changed products than this in one flush: ask for a full rebuild


@event.listens_for(Session, "after_flush")
def _journal_catalogue_changes(session: Session, _ctx) -> None:
    """A flush listener, so the import, the forms and the API can never forget the index."""
    touched: set[int] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Product) and obj.id is not None:
            touched.add(obj.id)
        elif isinstance(obj, ProductName) and obj.product_id is not None:
            touched.add(obj.product_id)
    if not touched:
        return
    token = secrets.token_hex(8)
    ids = [None] if len(touched) > BULK else sorted(touched)
    session.connection().execute(insert(CatalogueChange.__table__),
                                 [{"product_id": i, "token": token} for i in ids])
