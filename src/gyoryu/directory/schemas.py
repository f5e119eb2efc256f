"""Shapes of directory data at the edges: forms, imports, the bundled files and the JSON API."""

from __future__ import annotations

import re
import unicodedata

from pydantic import BaseModel, ConfigDict, Field, field_validator

from gyoryu.directory.enums import NameKind, NameLang, OrgKind, SizeBand
from gyoryu.errors import InvalidValue

_COUNTRY = re.compile(r"^[A-Z]{2}$")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")  # docs/data-format.md: a stable slug
KEY_MAX = 96  # the columns' lengths
NAME_MAX = 200
WEBSITE_MAX = 300


def no_control(text: str, *, allow: str = "") -> str:
    """Control characters never reach the database: they break exports and hide in names."""
    bad = next((c for c in text if unicodedata.category(c) == "Cc" and c not in allow), None)
    if bad is not None:
        raise InvalidValue("E214", value=text.strip()[:40], char=f"U+{ord(bad):04X}")
    return text


def bounded(text: str, limit: int) -> str:
    if len(text) > limit:
        raise InvalidValue("E216", value=text[:40], limit=limit)
    return text


def slug(value: str | None) -> str | None:
    """A key as the data format writes it (lowercase ASCII letters, digits, dashes)."""
    if value is None or value == "":
        return None
    value = value.strip()
    if len(value) > KEY_MAX or not KEY.match(value):
        raise InvalidValue("E215", value=value[:40])
    return value


class AliasIn(BaseModel):
    # a stray key is a typo ('{name: A, B, lang: en}' splits a comma-holding name): reject it
    model_config = ConfigDict(extra="forbid")

    name: str
    lang: NameLang = NameLang.und
    type: NameKind = NameKind.other

    @field_validator("name")
    @classmethod
    def _strip(cls, v: str) -> str:
        return bounded(no_control(v.strip()), NAME_MAX)


class OrgIn(BaseModel):
    """An organisation as organisers write it: places and sectors by key."""

    model_config = ConfigDict(extra="forbid")

    key: str | None = None
    kind: str
    country: str
    city: str | None = None
    district: str | None = None
    clusters: list[str] = Field(default_factory=list)
    parent: str | None = None
    sectors: list[str] = Field(default_factory=list)
    names: dict[str, str] = Field(default_factory=dict, validate_default=True)
    aliases: list[AliasIn] = Field(default_factory=list)
    website: str | None = None
    founded: int | None = None
    size: str | None = None
    description: dict[str, str] = Field(default_factory=dict)
    source: str | None = None

    @field_validator("key", "parent")
    @classmethod
    def _key(cls, v: str | None) -> str | None:
        return slug(v)

    @field_validator("city", "district", "source")
    @classmethod
    def _text(cls, v: str | None) -> str | None:
        return None if v is None else bounded(no_control(v, allow="\n\t"), 2000)

    @field_validator("clusters", "sectors")
    @classmethod
    def _keys(cls, v: list[str], info) -> list[str]:
        out = []
        for item in v:
            item = bounded(no_control(item.strip()), NAME_MAX)
            if not item:
                code = "E204" if info.field_name == "sectors" else "E205"
                raise InvalidValue(code, value=item)
            out.append(item)
        return out

    @field_validator("kind")
    @classmethod
    def _kind(cls, v: str) -> str:
        v = v.strip().lower()
        if v not in OrgKind.__members__:
            raise InvalidValue("E202", value=v, allowed=", ".join(OrgKind))
        return v

    @field_validator("country")
    @classmethod
    def _country(cls, v: str) -> str:
        v = v.strip().upper()
        if not _COUNTRY.match(v):
            raise InvalidValue("E203", value=v)
        return v

    @field_validator("size")
    @classmethod
    def _size(cls, v: str | None) -> str | None:
        if v in (None, ""):
            return None
        v = v.strip().lower()
        if v not in SizeBand.__members__:
            raise InvalidValue("E209", value=v, allowed=", ".join(SizeBand))
        return v

    @field_validator("website")
    @classmethod
    def _website(cls, v: str | None) -> str | None:
        if v in (None, ""):
            return None
        v = no_control(v.strip())
        if len(v) > WEBSITE_MAX or not _URL.match(v):
            raise InvalidValue("E208", value=v[:80])
        return v

    @field_validator("description")
    @classmethod
    def _description(cls, v: dict[str, str]) -> dict[str, str]:
        return {lang: no_control(text, allow="\n\t") for lang, text in v.items()}

    @field_validator("founded", mode="before")
    @classmethod
    def _founded(cls, v):
        if v in (None, ""):
            return None
        try:
            year = int(str(v).strip())
        except ValueError:
            raise InvalidValue("E207", value=v) from None
        if not 1000 <= year <= 2100:
            raise InvalidValue("E207", value=v)
        return year

    @field_validator("names")
    @classmethod
    def _names(cls, v: dict[str, str]) -> dict[str, str]:
        out = {}
        for lang, name in v.items():
            lang = {"zh": "zh-Hans"}.get(lang, lang)
            if lang not in {m.value for m in NameLang}:
                raise ValueError(f"unknown language '{lang}'")
            if name and name.strip():
                out[lang] = bounded(no_control(name.strip()), NAME_MAX)
        if not out:
            raise InvalidValue("E206")
        return out


class OrgSummary(BaseModel):
    """One search result, as the JSON API returns it."""

    id: int
    key: str | None
    names: dict[str, str]
    country: str
    kind: str
    city: str | None
    sectors: list[str]


class OrgPage(BaseModel):
    items: list[OrgSummary]
    total: int


class AliasOut(BaseModel):
    name: str
    lang: str
    type: str


class OrgDetail(OrgSummary):
    aliases: list[AliasOut]
    clusters: list[str]
    parent_id: int | None
    website: str | None
    founded: int | None
    size: str | None
    description: dict[str, str]
    source: str | None
