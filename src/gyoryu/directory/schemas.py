"""Shapes of directory data at the edges: forms, imports, the bundled files and the JSON API."""

from __future__ import annotations

import re
import unicodedata

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from gyoryu.directory.enums import NameKind, NameLang, OrgKind, PlaceKind, SizeBand
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
    if not isinstance(value, str):
        raise InvalidValue("E215", value=str(value)[:40])
    value = value.strip()
    if len(value) > KEY_MAX or not KEY.match(value):
        raise InvalidValue("E215", value=value[:40])
    return value


DESCRIPTION_LANGS = ("ko", "zh", "en")  # the languages a description or a role is written in
_DATE = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")


def primary_names(v: dict[str, str], missing: str) -> dict[str, str]:
    """One name per language ('zh' read as zh-Hans); `missing` is the error when none is left."""
    out = {}
    for lang, name in v.items():
        lang = {"zh": "zh-Hans"}.get(lang, lang)
        if lang not in {m.value for m in NameLang}:
            raise ValueError(f"unknown language '{lang}'")
        if name and name.strip():
            out[lang] = bounded(no_control(name.strip()), NAME_MAX)
    if not out:
        raise InvalidValue(missing)
    return out


def texts(v: dict[str, str]) -> dict[str, str]:
    """Text per language (a description, a role), stripped as every door stores it: an import
    reads a cell without its outer spaces, so a value stored with them would not come back."""
    out = {}
    for lang, text in v.items():
        if lang not in DESCRIPTION_LANGS:
            raise ValueError(f"unknown language '{lang}': use {', '.join(DESCRIPTION_LANGS)}")
        text = no_control(text, allow="\n\t").strip()
        if text:
            out[lang] = text
    return out


def optional_text(v: str | None) -> str | None:
    if v is None:
        return None
    return bounded(no_control(v, allow="\n\t"), 2000).strip() or None


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

    @field_validator("city", "district")
    @classmethod
    def _text(cls, v: str | None) -> str | None:
        return None if v is None else bounded(no_control(v, allow="\n\t"), 2000)

    @field_validator("source")
    @classmethod
    def _source(cls, v: str | None) -> str | None:
        return optional_text(v)

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
        return texts(v)

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
        return primary_names(v, "E206")


def _partial_date(v) -> str | None:
    if v is None or v == "":
        return None
    if not isinstance(v, str | int) or isinstance(v, bool):
        raise InvalidValue("E224", value=str(v)[:40])
    v = str(v).strip()
    if not _DATE.match(v):
        raise InvalidValue("E224", value=v[:40])
    return v


class PlaceIn(BaseModel):
    """A place (country, province, city, district) or a cluster, its parent by key."""

    model_config = ConfigDict(extra="forbid")

    key: str
    kind: str
    country: str
    parent: str | None = None
    names: dict[str, str] = Field(default_factory=dict, validate_default=True)
    aliases: list[AliasIn] = Field(default_factory=list)

    @field_validator("key", mode="before")
    @classmethod
    def _key(cls, v: str | None) -> str:
        if not slug(v):
            raise InvalidValue("E221")
        return slug(v)

    @field_validator("parent")
    @classmethod
    def _parent(cls, v: str | None) -> str | None:
        return slug(v)

    @field_validator("kind")
    @classmethod
    def _kind(cls, v: str) -> str:
        v = v.strip().lower()
        if v not in PlaceKind.__members__:
            raise InvalidValue("E222", value=v[:40], allowed=", ".join(PlaceKind))
        return v

    _country = field_validator("country")(OrgIn._country.__func__)

    @field_validator("names")
    @classmethod
    def _names(cls, v: dict[str, str]) -> dict[str, str]:
        return primary_names(v, "E220")


class ClusterIn(PlaceIn):
    """A cluster: a place whose kind is always cluster."""

    kind: str = PlaceKind.cluster.value

    @field_validator("kind")
    @classmethod
    def _cluster(cls, v: str) -> str:
        if v.strip().lower() != PlaceKind.cluster:
            raise InvalidValue("E228", value=v[:40])
        return PlaceKind.cluster.value


class AffiliationIn(BaseModel):
    """A person's role at an organisation (by key) over a period of partial ISO dates."""

    model_config = ConfigDict(extra="forbid")

    org: str
    role: dict[str, str] = Field(default_factory=dict)
    since: str | None = None
    until: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _known(cls, v):
        if isinstance(v, dict) and (stray := [k for k in v if k not in cls.model_fields]):
            raise InvalidValue("E227", value=str(stray[0])[:40], item=str(v.get("org", ""))[:40],
                               allowed=", ".join(cls.model_fields))
        return v

    @field_validator("org", mode="before")
    @classmethod
    def _org(cls, v: str | None) -> str:
        if not slug(v):
            raise InvalidValue("E211", value=v or "")
        return slug(v)

    @field_validator("role")
    @classmethod
    def _role(cls, v: dict[str, str]) -> dict[str, str]:
        return {lang: bounded(text, NAME_MAX) for lang, text in texts(v).items()}

    @field_validator("since", "until", mode="before")
    @classmethod
    def _date(cls, v) -> str | None:
        return _partial_date(v)


class PersonIn(BaseModel):
    """A person as organisers write them: names per language, affiliations by organisation key."""

    model_config = ConfigDict(extra="forbid")

    key: str | None = None
    names: dict[str, str] = Field(default_factory=dict, validate_default=True)
    aliases: list[AliasIn] = Field(default_factory=list)
    description: dict[str, str] = Field(default_factory=dict)
    source: str | None = None
    affiliations: list[AffiliationIn] = Field(default_factory=list)

    @field_validator("key")
    @classmethod
    def _key(cls, v: str | None) -> str | None:
        return slug(v)

    @field_validator("names")
    @classmethod
    def _names(cls, v: dict[str, str]) -> dict[str, str]:
        return primary_names(v, "E223")

    @field_validator("description")
    @classmethod
    def _description(cls, v: dict[str, str]) -> dict[str, str]:
        return texts(v)

    @field_validator("source")
    @classmethod
    def _source(cls, v: str | None) -> str | None:
        return optional_text(v)


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


class AffiliationOut(BaseModel):
    org: str | None  # the organisation's key (None for one created without a key)
    org_id: int
    role: dict[str, str]
    since: str | None
    until: str | None


class PersonOut(BaseModel):
    id: int
    key: str | None
    names: dict[str, str]
    aliases: list[AliasOut]
    description: dict[str, str]
    source: str | None
    affiliations: list[AffiliationOut]


class PlaceOut(BaseModel):
    id: int
    key: str
    kind: str
    country: str
    parent: str | None
    names: dict[str, str]
    aliases: list[AliasOut]


class PersonPage(BaseModel):
    items: list[PersonOut]
    total: int


class PlacePage(BaseModel):
    items: list[PlaceOut]
    total: int


def _aliases(entity) -> list[AliasOut]:
    return [AliasOut(name=n.name, lang=n.lang, type=n.kind) for n in entity.aliases()]


def person_out(person) -> PersonOut:
    return PersonOut(id=person.id, key=person.key, names=person.primary_names(),
                     aliases=_aliases(person), description=person.description or {},
                     source=person.source,
                     affiliations=[AffiliationOut(org=a.organization.key, org_id=a.org_id,
                                                  role=a.role or {}, since=a.since, until=a.until)
                                   for a in person.affiliations])


def place_out(place) -> PlaceOut:
    return PlaceOut(id=place.id, key=place.key, kind=place.kind, country=place.country,
                    parent=place.parent.key if place.parent else None,
                    names=place.primary_names(), aliases=_aliases(place))
