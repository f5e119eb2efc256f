"""Shapes of catalogue data at the edges: the product form, imports and the JSON API.

JSON for scripts (`gyoryu catalogue search --json`, `GET /api/catalogue/products`):
`{"items": [{"id", "key", "names": {lang: name}, "organization", "category", ...}], "total"}`
where `organization` is the seller's directory key (its id when it has none).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Annotated

from babel.numbers import list_currencies
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator

from gyoryu.catalogue.enums import LANGUAGES, Category, Certification, OfferKind
from gyoryu.directory.enums import NameLang
from gyoryu.directory.schemas import AliasIn, no_control
from gyoryu.errors import InvalidValue
from gyoryu.fields import MAX_INT, Count, Items, LanguageCode, Line, Moment, Text, utc
from gyoryu.i18n import P_
from gyoryu.matching.enums import Capability

CURRENCIES = frozenset(list_currencies())
CERTIFICATIONS = {c.value.casefold(): c.value for c in Certification}
MAX_PRICE = Decimal(10) ** 15


def parse_amount(value) -> Decimal | None:
    """A price as typed ('1,200,000', '99.5'); empty is None."""
    text = "" if value is None else str(value).strip().replace(",", "").replace("_", "")
    if not text:
        return None
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise InvalidValue("E805", value=value) from None
    if not amount.is_finite() or amount < 0 or amount >= MAX_PRICE:
        raise InvalidValue("E805", value=value)
    return amount.quantize(Decimal("0.01"))


def parse_currency(value) -> str | None:
    if value is not None and not isinstance(value, str):
        raise InvalidValue("E803", value=str(value)[:40])
    code = (value or "").strip().upper()
    if not code:
        return None
    if code not in CURRENCIES:
        raise InvalidValue("E803", value=value)
    return code


def parse_count(value) -> int | None:
    """A whole number of 1 or more (a minimum order, a quantity); empty is None."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise InvalidValue("E1207", value=value)
    try:
        number = int(str(value).strip().replace(",", ""))
    except ValueError:
        raise InvalidValue("E1207", value=value) from None
    if not 1 <= number <= MAX_INT:  # an INTEGER column
        raise InvalidValue("E1207", value=value)
    return number


def parse_language(value: str) -> str:
    if not isinstance(value, str):
        raise InvalidValue("E506", field=P_("field", "language"), value=str(value)[:40],
                           allowed=", ".join(LANGUAGES))
    lang = {"zh-hans": "zh", "zh-cn": "zh", "zh-hant": "zh"}.get((value or "").strip().lower(),
                                                                 (value or "").strip().lower())
    if lang not in LANGUAGES:
        raise InvalidValue("E506", field=P_("field", "language"), value=value,
                           allowed=", ".join(LANGUAGES))
    return lang



# Typed the way people type them (forms, spreadsheets, scripts) and read by one parser each.
Price = Annotated[Decimal | None, BeforeValidator(parse_amount)]
Currency = Annotated[str | None, BeforeValidator(parse_currency)]
HowMany = Annotated[Count | None, BeforeValidator(parse_count)]
Language = Annotated[Line[16], AfterValidator(parse_language)]

class ProductIn(BaseModel):
    """A product as sellers and organisers write it: the seller and sectors by key."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"key": "aeirobot-r1", "organization": "aeirobot", "category": "robot",
         "names": {"ko": "로봇청소기 R1", "zh-Hans": "扫地机器人 R1", "en": "R1 robot vacuum"},
         "description": {"ko": "라이다와 AI 비전으로 장애물을 피하는 로봇청소기",
                         "zh": "配备激光雷达和AI视觉的扫地机器人", "en": "A robot vacuum with lidar"},
         "sectors": ["robotics"], "capabilities": ["hardware"], "price_min": "390000",
         "price_max": "450000", "currency": "KRW", "min_order": 100, "unit": "대",
         "certifications": ["KC", "CE"], "exhibit": True}]})

    key: Line[96] | None = None
    organization: Line[200]
    kind: Line[16] = OfferKind.product
    category: Line[32]
    sectors: Items[Line[96], 50] = Field(default_factory=list)
    capabilities: Items[Line[64], 20] = Field(default_factory=list)
    names: Annotated[dict[Line[16], Line[2000]], Field(max_length=12)] = Field(default_factory=dict)
    aliases: Items[AliasIn, 50] = Field(default_factory=list)
    description: Annotated[dict[Line[16], Text[20_000]], Field(max_length=6)] = Field(
        default_factory=dict)
    specs: Items[tuple[Line[1000], Line[1000]], 100] = Field(default_factory=list)
    price_min: Price = None
    price_max: Price = None
    currency: Currency = None
    price_on_request: bool = False
    min_order: HowMany = None
    unit: Line[40] = ""
    certifications: Items[Line[40], 30] = Field(default_factory=list)
    exhibit: bool = False

    @field_validator("key", "organization")
    @classmethod
    def _key(cls, v: str | None) -> str | None:
        v = no_control((v or "").strip())
        return v or None

    @field_validator("kind")
    @classmethod
    def _kind(cls, v: str) -> str:
        v = (v or OfferKind.product).strip().lower()
        if v not in OfferKind.__members__:
            raise InvalidValue("E506", field=P_("field", "kind"), value=v, allowed=", ".join(OfferKind))
        return v

    @field_validator("category")
    @classmethod
    def _category(cls, v: str) -> str:
        v = (v or "").strip().lower()
        if v not in Category.__members__:
            raise InvalidValue("E1203", value=v, allowed=", ".join(Category))
        return v

    @field_validator("capabilities")
    @classmethod
    def _capabilities(cls, v: list[str]) -> list[str]:
        out = []
        for item in v:
            key = item.strip().lower().replace(" ", "_")
            if key not in Capability.__members__:
                raise InvalidValue("E702", value=item, allowed=", ".join(Capability))
            if key not in out:
                out.append(key)
        return out

    @field_validator("certifications")
    @classmethod
    def _certifications(cls, v: list[str]) -> list[str]:
        out = []
        for item in v:
            mark = CERTIFICATIONS.get(item.strip().replace(" ", "").casefold())
            if mark is None:
                raise InvalidValue("E1204", value=item, allowed=", ".join(Certification))
            if mark not in out:
                out.append(mark)
        return out

    @field_validator("names")
    @classmethod
    def _names(cls, v: dict[str, str]) -> dict[str, str]:
        langs = {m.value for m in NameLang}
        out = {}
        for lang, name in v.items():
            lang = {"zh": "zh-Hans"}.get(lang, lang)
            if lang not in langs:
                raise InvalidValue("E506", field=P_("field", "language"), value=lang,
                                   allowed=", ".join(sorted(langs)))
            if name and name.strip():
                out[lang] = no_control(name.strip())[:300]
        if not out:
            raise InvalidValue("E1201")
        return out

    @field_validator("description")
    @classmethod
    def _description(cls, v: dict[str, str]) -> dict[str, str]:
        out = {}
        for lang, text in v.items():
            lang = {"zh-Hans": "zh", "zh-Hant": "zh"}.get(lang, lang)
            if text and text.strip():
                out[parse_language(lang)] = no_control(text.strip(), allow="\n\t")
        return out

    @field_validator("specs")
    @classmethod
    def _specs(cls, v: list[tuple[str, str]]) -> list[tuple[str, str]]:
        out = []
        for name, value in v:
            name, value = no_control(name.strip()), no_control(value.strip())
            if not name or not value:
                raise InvalidValue("E1208", value=f"{name}: {value}".strip(": "))
            out.append((name[:100], value[:300]))
        return out

    @field_validator("unit")
    @classmethod
    def _unit(cls, v: str) -> str:
        return no_control(v.strip())

    @model_validator(mode="after")
    def _price_range(self) -> ProductIn:
        priced = self.price_min is not None or self.price_max is not None
        if priced and self.price_on_request:
            raise InvalidValue("E1206")
        if priced != (self.currency is not None) and not (self.currency and self.price_on_request):
            raise InvalidValue("E804")
        if self.price_on_request:
            self.currency = None
        if self.price_min is not None and self.price_max is not None and self.price_min > self.price_max:
            raise InvalidValue("E1205", low=self.price_min, high=self.price_max)
        return self


class InquiryIn(BaseModel):
    """A buyer's question: how many, at what price, in which language, and what they ask."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"quantity": 200, "target_price": "350000", "currency": "KRW",
         "message": "샘플은 언제 받을 수 있나요?", "language": "ko"},
        {"quantity": 500, "message": "样品什么时候可以发货？", "language": "zh"},
        {"message": "Do you ship to Shenzhen?", "language": "en"}]})

    quantity: HowMany = None
    target_price: Price = None
    currency: Currency = None
    message: Text[5000]
    language: Language = "en"

    @field_validator("message")
    @classmethod
    def _message(cls, v: str) -> str:
        return no_control(v.strip(), allow="\n\t")

    @model_validator(mode="after")
    def _money(self) -> InquiryIn:
        if (self.target_price is None) != (self.currency is None):
            raise InvalidValue("E804")
        return self


class ReplyIn(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"message": "다음 주에 샘플을 보내드리겠습니다.", "language": "ko"},
        {"message": "我们下周寄出样品。", "language": "zh"}, {"message": "Samples ship next week."}]})

    message: Text[5000]
    language: Line[16] | None = None


class MeetingFromInquiryIn(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"program": "api-property-summit"}, {"program": "12"}]})

    program: Line[200]  # key or id


class OutcomeFromInquiryIn(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"date": "2026-06-20", "note": "샘플 200대 주문 확정"}, {"note": "已签订采购意向书"},
        {"date": "2026-07-01", "note": "Pilot order placed"}]})

    date: Line[10] | None = None
    note: Text[5000] = ""


class BoothIn(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"organization": "aeirobot", "label": "A-12", "note": {"ko": "로봇청소기 시연", "zh": "扫地机器人演示",
                                                              "en": "Robot vacuum demo"}}]})

    organization: Line[200]
    label: Line[40] = ""
    note: Annotated[dict[LanguageCode, Text[2000]], Field(max_length=3)] = Field(default_factory=dict)


class ProductSummary(BaseModel):
    """One search result: the scripts' contract (`id`, `names`, `organization`, `category`)."""

    id: int
    key: str | None
    names: dict[str, str]
    organization: str
    organization_id: int
    category: str
    kind: str
    country: str
    exhibit: bool


class ProductPage(BaseModel):
    items: list[ProductSummary]
    total: int


def _money(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


# -- answers of the JSON API (the dicts below, validated and documented) ---------------------
class NamedAs(BaseModel):
    name: str
    lang: str
    type: str


class SpecOut(BaseModel):
    name: str = Field(examples=["배터리"])
    value: str = Field(examples=["5200 mAh"])


class PriceOut(BaseModel):
    min: int | float | None = Field(examples=[390000])
    max: int | float | None = Field(examples=[450000])
    currency: str | None = Field(examples=["KRW"])
    on_request: bool


class ImageOut(BaseModel):
    id: int
    url: str
    media_type: str
    width: int | None
    height: int | None


class ProductOut(BaseModel):
    id: int
    key: str | None
    names: dict[str, str]
    aliases: list[NamedAs]
    organization: str  # the seller's directory key (its id when it has none)
    organization_id: int
    country: str
    kind: str
    category: str
    sectors: list[str]
    capabilities: list[str]
    description: dict[str, str]
    specs: list[SpecOut]
    price: PriceOut
    min_order: int | None
    unit: str | None
    certifications: list[str]
    exhibit: bool
    images: list[ImageOut]


class MessageOut(BaseModel):
    id: int
    side: str
    author: int | None
    language: str | None
    body: str
    at: Moment | None


class InquiryOut(BaseModel):
    id: int
    product: int
    seller: str
    buyer: int | None
    buyer_organization: str | None
    quantity: int | None
    target_price: int | float | None
    currency: str | None
    language: str | None
    status: str
    meeting_request: int | None
    outcome: int | None
    messages: list[MessageOut]


class BoothOut(BaseModel):
    id: int
    program: int
    label: str | None
    organization: str
    organization_id: int
    note: dict[str, str]
    products: list[int]


class ExhibitionOut(BaseModel):
    id: int
    key: str | None
    title: dict[str, str]
    starts_on: str
    ends_on: str
    booths: int


class MeetingFromInquiryOut(BaseModel):
    id: int
    program: int
    requester: int
    target_organization: int
    status: str
    inquiry: int


def product_json(product) -> dict:
    """A product in full, for the API: what its page shows."""
    org = product.organization
    names = product.primary_names()
    return {
        "id": product.id, "key": product.key, "names": names,
        "aliases": [{"name": n.name, "lang": n.lang, "type": n.kind} for n in product.aliases()],
        "organization": org.key or str(org.id), "organization_id": org.id, "country": org.country,
        "kind": product.kind, "category": product.category,
        "sectors": [s.key for s in product.sectors], "capabilities": list(product.capabilities or []),
        "description": dict(product.description or {}),
        "specs": [{"name": n, "value": v} for n, v in product.specs or []],
        "price": {"min": _money(product.price_min), "max": _money(product.price_max),
                  "currency": product.currency, "on_request": product.price_on_request},
        "min_order": product.min_order, "unit": product.unit,
        "certifications": list(product.certifications or []), "exhibit": product.exhibit,
        "images": [{"id": i.id, "url": f"/catalogue/images/{i.id}", "media_type": i.media_type,
                    "width": i.width, "height": i.height} for i in product.images],
    }


def message_json(message) -> dict:
    return {"id": message.id, "side": message.side, "author": message.author_id,
            "language": message.language, "body": message.body,
            "at": utc(message.created_at).isoformat() if message.created_at else None}


def inquiry_json(inquiry) -> dict:
    return {
        "id": inquiry.id, "product": inquiry.product_id,
        "seller": inquiry.product.organization.key or str(inquiry.product.organization_id),
        "buyer": inquiry.buyer_id,
        "buyer_organization": (inquiry.buyer_org.key or str(inquiry.buyer_org_id))
        if inquiry.buyer_org is not None else None,
        "quantity": inquiry.quantity, "target_price": _money(inquiry.target_price),
        "currency": inquiry.currency, "language": inquiry.language, "status": inquiry.status,
        "meeting_request": inquiry.meeting_request_id, "outcome": inquiry.outcome_id,
        "messages": [message_json(m) for m in inquiry.messages],
    }


def booth_json(booth, products) -> dict:
    org = booth.organization
    return {"id": booth.id, "program": booth.program_id, "label": booth.label,
            "organization": org.key or str(org.id), "organization_id": org.id,
            "note": dict(booth.note or {}), "products": [p.id for p in products]}
