"""Shapes of matchmaking data at the edges: the profile form, recommendations as JSON."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

from gyoryu.errors import InvalidValue
from gyoryu.fields import Items, Line, Text
from gyoryu.matching.enums import Capability


def _capabilities(values: list[str]) -> list[str]:
    out = []
    for v in values:
        v = v.strip().lower().replace(" ", "_")
        if v not in Capability.__members__:
            raise InvalidValue("E702", value=v, allowed=", ".join(Capability))
        if v not in out:
            out.append(v)
    return out


class ProfileBody(BaseModel):
    """What an organisation offers and seeks: sector keys, capability keys, free text."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"offers_sectors": ["robotics"], "seeks_sectors": ["ai_data"],
         "offers_capabilities": ["hardware"], "seeks_capabilities": ["distribution"],
         "offers_text": "라이다 기반 로봇청소기 모듈", "seeks_text": "中国华东地区的分销伙伴"},
        {"offers_sectors": ["ai"], "offers_text": "Document AI for Korean and Chinese",
         "seeks_text": "Pilot customers in Shanghai"}]})

    offers_sectors: Items[Line[96], 100] = Field(default_factory=list)
    seeks_sectors: Items[Line[96], 100] = Field(default_factory=list)
    offers_capabilities: Items[Line[64], 50] = Field(default_factory=list)
    seeks_capabilities: Items[Line[64], 50] = Field(default_factory=list)
    offers_text: Text[5000] = ""
    seeks_text: Text[5000] = ""

    @field_validator("offers_capabilities", "seeks_capabilities")
    @classmethod
    def _caps(cls, v: list[str]) -> list[str]:
        return _capabilities(v)

    @field_validator("offers_text", "seeks_text")
    @classmethod
    def _strip(cls, v: str) -> str:
        return v.strip()


class ProfileIn(ProfileBody):
    """A profile and whose it is: an organisation, in a program or in general."""

    organization_id: int
    program_id: int | None = None


class ReasonOut(BaseModel):
    code: str
    text: str


class RecommendationOut(BaseModel):
    profile_id: int
    organization_id: int
    name: str
    country: str
    score: float
    reasons: list[ReasonOut]
