"""Shapes at the fund's edges: a new deal, a stage move, a scorecard, a criterion; and what the
JSON API and `--json` print."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal, InvalidOperation

from babel.numbers import list_currencies
from pydantic import BaseModel, Field, field_validator, model_validator

from gyoryu.errors import InvalidValue
from gyoryu.fund.enums import DealSource, DealStage, Round
from gyoryu.i18n import LOCALES, P_, Label

CURRENCIES = frozenset(list_currencies())


def _choice(value: str, enum, field: Label) -> str:
    value = str(value).strip()
    if value not in enum.__members__:
        raise InvalidValue("E506", field=field, value=value, allowed=", ".join(enum))
    return value


class _LangsMeta(type):
    __members__ = {code: code for code in LOCALES}

    def __iter__(cls):
        return iter(LOCALES)


class _Langs(metaclass=_LangsMeta):
    """The interface languages as a vocabulary, for `_choice`'s error message."""


class DealIn(BaseModel):
    organization: str  # the directory key, or its id
    round: str
    amount: Decimal | str | None = None
    currency: str | None = None
    source: str
    source_ref: str = ""
    memo: dict[str, str] = Field(default_factory=dict)

    @field_validator("round")
    @classmethod
    def _round(cls, v: str) -> str:
        return _choice(v, Round, P_("field", "round"))

    @field_validator("source")
    @classmethod
    def _source(cls, v: str) -> str:
        return _choice(v, DealSource, P_("field", "source"))

    @field_validator("amount", mode="before")
    @classmethod
    def _amount(cls, v):
        if v is None or (isinstance(v, str) and not v.strip()):
            return None
        try:
            amount = Decimal(str(v).replace(",", "").strip())
        except InvalidOperation:
            raise InvalidValue("E904", value=v) from None
        if not amount.is_finite() or amount <= 0 or amount >= Decimal("1e16"):
            raise InvalidValue("E904", value=v)
        return amount.quantize(Decimal("0.01"))

    @field_validator("currency", mode="before")
    @classmethod
    def _currency(cls, v):
        if v is None or not str(v).strip():
            return None
        code = str(v).strip().upper()
        if code not in CURRENCIES:
            raise InvalidValue("E902", value=v)
        return code

    @field_validator("memo")
    @classmethod
    def _memo(cls, v: dict[str, str]) -> dict[str, str]:
        for lang in v:
            _choice(lang, _Langs, P_("field", "language"))
        return {k: t for k, t in v.items() if t.strip()}

    @model_validator(mode="after")
    def _pair(self):
        if (self.amount is None) != (self.currency is None):
            raise InvalidValue("E903")
        self.source_ref = self.source_ref.strip()
        return self


class StageIn(BaseModel):
    stage: str
    note: str = ""

    @field_validator("stage")
    @classmethod
    def _stage(cls, v: str) -> str:
        return _choice(v, DealStage, P_("field", "stage"))


class MemoIn(BaseModel):
    lang: str
    text: str

    @field_validator("lang")
    @classmethod
    def _lang(cls, v: str) -> str:
        return _choice(v, _Langs, P_("field", "language"))


class ReviewIn(BaseModel):
    scores: dict[str, int | str | None] = Field(default_factory=dict)
    comment: str = ""
    submit: bool = False


class CriterionIn(BaseModel):
    key: str = Field(min_length=1, max_length=64, pattern=r"^[a-z0-9_]+$")
    labels: dict[str, str] = Field(default_factory=dict)
    weight: float | str
    position: int = 0

    @field_validator("weight", mode="before")
    @classmethod
    def _weight(cls, v):
        try:
            w = float(v)
        except (TypeError, ValueError):
            raise InvalidValue("E913", value=v) from None
        if not (0 < w <= 1000):
            raise InvalidValue("E913", value=v)
        return w


# -- out -------------------------------------------------------------------------------------
class StageChangeOut(BaseModel):
    from_stage: str | None
    to_stage: str
    at: datetime
    by: str | None
    note: str


class DealOut(BaseModel):
    id: int
    organization: str | None
    organization_id: int
    names: dict[str, str]
    round: str
    amount: str | None
    currency: str | None
    stage: str
    source: str
    source_ref: str
    memo: dict[str, str]
    history: list[StageChangeOut]


class CriterionOut(BaseModel):
    key: str
    labels: dict[str, str]
    weight: float
    position: int


class ReviewOut(BaseModel):
    reviewer: str
    submitted: bool
    scores: dict[str, int]
    total: float | None
    comment: str


class CriterionResultOut(BaseModel):
    key: str
    mean: float | None
    min: int | None
    max: int | None


class ScorecardOut(BaseModel):
    deal_id: int
    visible: bool  # False: the reader has not submitted their own review yet
    submitted: int
    mine: ReviewOut | None
    reviews: list[ReviewOut]
    aggregate: float | None
    spread: float | None  # population standard deviation of the reviewers' weighted totals
    low: float | None
    high: float | None
    criteria: list[CriterionResultOut]
