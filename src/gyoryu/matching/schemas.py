"""Shapes of matchmaking data at the edges: the profile form, recommendations as JSON."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

from gyoryu.errors import InvalidValue
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

    model_config = ConfigDict(extra="forbid")

    offers_sectors: list[str] = Field(default_factory=list)
    seeks_sectors: list[str] = Field(default_factory=list)
    offers_capabilities: list[str] = Field(default_factory=list)
    seeks_capabilities: list[str] = Field(default_factory=list)
    offers_text: str = ""
    seeks_text: str = ""

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
