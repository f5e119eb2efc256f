"""Shapes at the fund's edges: a new deal, a stage move, a scorecard, a criterion; and what the
JSON API and `--json` print."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Annotated

from babel.numbers import list_currencies
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from gyoryu.errors import InvalidValue
from gyoryu.fields import LanguageCode, Line, Moment, Text
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
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"organization": "aiworks", "round": "seed", "amount": "1500000000", "currency": "KRW",
         "source": "referral", "source_ref": "김민지 (Kim Minji)",
         "memo": {"ko": "공공 AI 데이터 라벨링 선도 기업", "en": "Leader in public-sector AI data labelling"}},
        {"organization": "4paradigm", "round": "series_a", "source": "news", "source_ref": "1234",
         "memo": {"zh": "企业级AI平台，关注韩国市场"}}]})

    organization: Line[200]  # the directory key, or its id
    round: Line[16]
    amount: Decimal | Line[40] | None = None
    currency: Line[16] | None = None
    source: Line[16]
    source_ref: Line[200] = ""
    memo: Annotated[dict[LanguageCode, Text[20_000]], Field(max_length=3)] = Field(
        default_factory=dict)

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
        if v is not None and not isinstance(v, str):
            raise InvalidValue("E902", value=str(v)[:40])
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
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"stage": "screening", "note": "첫 미팅 후 검토 시작"},
        {"stage": "due_diligence", "note": "Financials received"}]})

    stage: Line[16]
    note: Text[5000] = ""

    @field_validator("stage")
    @classmethod
    def _stage(cls, v: str) -> str:
        return _choice(v, DealStage, P_("field", "stage"))


class MemoIn(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"lang": "ko", "text": "팀: 창업자 3인 모두 AI 박사. 시장: 공공 데이터 라벨링."},
        {"lang": "zh", "text": "团队：三位创始人均为人工智能博士。"},
        {"lang": "en", "text": "Team: three founders, all AI PhDs."}]})

    lang: Line[8]
    text: Text[20_000]

    @field_validator("lang")
    @classmethod
    def _lang(cls, v: str) -> str:
        return _choice(v, _Langs, P_("field", "language"))


class ReviewIn(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"scores": {"team": 4, "market": 3, "technology": 5}, "comment": "기술력 우수, 시장 검증 필요",
         "submit": True},
        {"scores": {"team": 3}, "comment": "团队经验丰富"}]})

    scores: Annotated[dict[Line[64], Annotated[int, Field(ge=-1000, le=1000)] | Line[8] | None],
                      Field(max_length=100)] = Field(default_factory=dict)
    comment: Text[20_000] = ""
    submit: bool = False


class CriterionIn(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"key": "team", "labels": {"ko": "팀", "zh": "团队", "en": "Team"}, "weight": 3,
         "position": 0}]})

    key: str = Field(min_length=1, max_length=64, pattern=r"^[a-z0-9_]+$")
    labels: Annotated[dict[LanguageCode, Line[200]], Field(max_length=3)] = Field(
        default_factory=dict)
    weight: float | Line[20]
    position: int = Field(default=0, ge=0, le=1000)

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
    at: Moment
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
