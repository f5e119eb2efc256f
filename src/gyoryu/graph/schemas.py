"""The graph's query (filters shared by the page, the API and the export) and its JSON shape."""

from __future__ import annotations

from pydantic import BaseModel, ValidationError, field_validator

from gyoryu.errors import GyoryuError, InvalidValue
from gyoryu.graph.enums import EdgeKind
from gyoryu.i18n import P_
from gyoryu.outcomes.enums import RANK, Stage


def _blank(v):
    return None if v is None or (isinstance(v, str) and not v.strip()) else v


class GraphQuery(BaseModel):
    """What to show: a year, a program, a country, a sector, a strongest stage reached, edge
    kinds; or the neighbourhood (`hops`) around one organisation."""

    year: int | None = None
    program: str | None = None  # key or id
    country: str | None = None
    sector: str | None = None
    stage: str | None = None  # outcome edges at this stage or stronger
    kinds: list[str] | None = None
    center: str | None = None  # an organisation's key or id
    hops: int = 2
    max_edges: int = 50_000

    @field_validator("year", mode="before")
    @classmethod
    def _year(cls, v):
        v = _blank(v)
        if v is None:
            return None
        try:
            year = int(str(v).strip())
        except ValueError:
            raise InvalidValue("E952", value=v) from None
        if not 1900 <= year <= 2100:
            raise InvalidValue("E952", value=v)
        return year

    @field_validator("program", "sector", "center", mode="before")
    @classmethod
    def _text(cls, v):
        v = _blank(v)
        return None if v is None else str(v).strip()

    @field_validator("country", mode="before")
    @classmethod
    def _country(cls, v):
        v = _blank(v)
        if v is None:
            return None
        code = str(v).strip().upper()
        if len(code) != 2 or not code.isalpha():
            raise InvalidValue("E203", value=v)
        return code

    @field_validator("stage", mode="before")
    @classmethod
    def _stage(cls, v):
        v = _blank(v)
        if v is not None and (v not in Stage.__members__ or not RANK.get(v)):
            raise InvalidValue("E506", field=P_("field", "stage"), value=v,
                               allowed=", ".join(s for s in Stage if RANK[s]))
        return v

    @field_validator("kinds", mode="before")
    @classmethod
    def _kinds(cls, v):
        if v is None or v == "" or v == []:
            return None
        items = v.split(",") if isinstance(v, str) else [x for item in v for x in str(item).split(",")]
        items = [x.strip() for x in items if x.strip()]
        for kind in items:
            if kind not in EdgeKind.__members__:
                raise InvalidValue("E506", field=P_("field", "edge kind"), value=kind,
                                   allowed=", ".join(EdgeKind))
        return items or None

    @field_validator("hops", mode="before")
    @classmethod
    def _hops(cls, v):
        v = _blank(v)
        try:
            hops = 2 if v is None else int(v)
        except (TypeError, ValueError):
            hops = -1
        if not 1 <= hops <= 3:
            raise InvalidValue("E506", field=P_("field", "hops"), value=v, allowed="1, 2, 3")
        return hops


class NodeOut(BaseModel):
    id: int
    key: str | None
    names: dict[str, str]
    country: str
    kind: str


class EdgeOut(BaseModel):
    source: int
    target: int
    type: str
    year: int | None
    program: int | None
    detail: str | None  # outcome: the strongest stage; news: the event type; cluster: its key
    weight: int


class GraphOut(BaseModel):
    nodes: list[NodeOut]
    edges: list[EdgeOut]
    truncated: bool  # more edges matched than `max_edges`; the heaviest were kept


def parse_query(**params) -> GraphQuery:
    """A GraphQuery from request or command-line values; a bad value raises its GyoryuError
    (a 400 with the field named), not pydantic's wrapper."""
    try:
        return GraphQuery(**{k: v for k, v in params.items() if v is not None})
    except ValidationError as exc:
        for err in exc.errors():
            cause = (err.get("ctx") or {}).get("error")
            if isinstance(cause, GyoryuError):
                raise cause from None
        raise GyoryuError("E300", detail=str(exc)) from None
