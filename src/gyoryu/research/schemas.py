"""The trend query (filters shared by the page, the API, the CLI and the report) and its shapes."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from gyoryu.errors import GyoryuError, InvalidValue
from gyoryu.i18n import P_
from gyoryu.intel.enums import EventType
from gyoryu.research.enums import TAGS, Dimension
from gyoryu.research.periods import parse_period

NO_PAIR = "none"  # the country_pair filter for events with no linked party


def _blank(v):
    return None if v is None or (isinstance(v, str) and not v.strip()) else v


def _listed(v) -> list[str]:
    items = v.split(",") if isinstance(v, str) else [x for item in v for x in str(item).split(",")]
    return [x.strip() for x in items if x.strip()]


class TrendQuery(BaseModel):
    """What to count and how to split it. `start`/`end` are months ("2026-07"), read from
    `from`/`to` written as a year, a quarter or a month. `undated` keeps only events no date
    places (drilling into the undated row)."""

    model_config = ConfigDict(frozen=True)

    by: tuple[Dimension, ...] = (Dimension.month,)
    start: str | None = None
    end: str | None = None
    types: tuple[str, ...] | None = None
    country_pair: str | None = None
    sector: str | None = None
    cluster: str | None = None
    org: str | None = None  # key or id
    undated: bool = False

    @field_validator("by", mode="before")
    @classmethod
    def _by(cls, v):
        v = _blank(v)
        if v is None:
            return (Dimension.month,)
        items = _listed(v)
        for item in items:
            if item not in Dimension.__members__:
                raise InvalidValue("E982", value=item, allowed=", ".join(Dimension))
        tags = [i for i in items if i in TAGS]
        if len(tags) > 1:
            raise InvalidValue("E983", value=", ".join(tags))
        return tuple(dict.fromkeys(Dimension(i) for i in items)) or (Dimension.month,)

    @field_validator("start", mode="before")
    @classmethod
    def _start(cls, v):
        v = _blank(v)
        return None if v is None else parse_period(str(v)).start

    @field_validator("end", mode="before")
    @classmethod
    def _end(cls, v):
        v = _blank(v)
        return None if v is None else parse_period(str(v)).end

    @field_validator("types", mode="before")
    @classmethod
    def _types(cls, v):
        v = _blank(v)
        if v is None:
            return None
        items = _listed(v)
        for item in items:
            if item not in EventType.__members__:
                raise InvalidValue("E506", field=P_("field", "event type"), value=item,
                                   allowed=", ".join(EventType))
        return tuple(dict.fromkeys(items)) or None

    @field_validator("country_pair", "sector", "cluster", "org", mode="before")
    @classmethod
    def _text(cls, v):
        v = _blank(v)
        return None if v is None else str(v).strip()

    @model_validator(mode="after")
    def _order(self):
        if self.start and self.end and self.start > self.end:
            raise InvalidValue("E984", start=self.start, end=self.end)
        return self

    def filters(self) -> dict[str, str]:
        """The filters as URL parameters (the page's address, the API's, a drill-down's)."""
        out = {"from": self.start, "to": self.end, "type": ",".join(self.types or ()) or None,
               "country_pair": self.country_pair, "sector": self.sector, "cluster": self.cluster,
               "org": self.org, "undated": "1" if self.undated else None}
        return {k: v for k, v in out.items() if v}


def parse_query(**params) -> TrendQuery:
    """A TrendQuery from request or command-line values (`from`, `to`, `type` as people write
    them); a bad value raises its GyoryuError (a 400 naming the field)."""
    renamed = {"from": "start", "to": "end", "type": "types"}
    values = {renamed.get(k, k): v for k, v in params.items() if v is not None}
    if isinstance(values.get("undated"), str):
        values["undated"] = values["undated"].strip().lower() in ("1", "true", "yes", "on")
    try:
        return TrendQuery(**values)
    except ValidationError as exc:
        for err in exc.errors():
            cause = (err.get("ctx") or {}).get("error")
            if isinstance(cause, GyoryuError):
                raise cause from None
        raise GyoryuError("E300", detail=str(exc)) from None


class TrendRowOut(BaseModel):
    """One cell of a trend: the values of the `by` dimensions (only those), how many events,
    and the articles they were read in (with `articles=true`)."""

    model_config = ConfigDict(extra="allow")

    count: int
    articles: list[int] | None = None


class TrendsOut(BaseModel):
    rows: list[TrendRowOut]


class TrendArticleOut(BaseModel):
    """An article behind a trend's cell, with how many of its events the cell counts."""

    id: int
    title: str | None = Field(examples=["한컴, 포패러다임과 AI 문서 협력 MOU"])
    source: str | None = Field(examples=["https://news.example/ai-mou"])
    language: str = Field(examples=["ko"])
    published: date | None
    events: int


class TrendArticlesOut(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "articles": [{"id": 12, "title": "한컴, 포패러다임과 AI 문서 협력 MOU",
                      "source": "https://news.example/ai-mou", "language": "ko",
                      "published": "2026-05-20", "events": 2}], "total": 1}]})

    articles: list[TrendArticleOut]  # newest first, one page (`limit`, `offset`)
    total: int  # every article the filters select


class FirstSeenOut(BaseModel):
    org: str = Field(examples=["4paradigm"])  # the organisation's key (its id when it has none)
    article: int  # the first article it was seen in


class NewOrganisationsRowOut(BaseModel):
    month: str = Field(examples=["2026-05"])
    count: int
    first: list[FirstSeenOut]


class NewOrganisationsOut(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"rows": [
        {"month": "2026-05", "count": 2, "first": [{"org": "hancom", "article": 12},
                                                   {"org": "4paradigm", "article": 12}]}]}]})

    rows: list[NewOrganisationsRowOut]


class OutcomeTrendRowOut(BaseModel):
    month: str = Field(examples=["2026-05"])
    stage: str = Field(examples=["mou"])
    count: int  # unretracted steps of the stage that month
    amounts: dict[str, int | float] = Field(examples=[{"USD": 5000000}])  # per currency, as recorded
    outcomes: list[int]  # the relations the steps belong to


class OutcomeTrendsOut(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"rows": [
        {"month": "2026-05", "stage": "mou", "count": 1, "amounts": {}, "outcomes": [3]},
        {"month": "2026-06", "stage": "contract", "count": 1, "amounts": {"USD": 5000000},
         "outcomes": [3]}]}]})

    rows: list[OutcomeTrendRowOut]
