"""Directory tables. Names live in their own rows so one index finds an entity by any of them."""

from __future__ import annotations

from markupsafe import escape
from sqlalchemy import JSON, Column, ForeignKey, Integer, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gyoryu.db import Base, Timestamped
from gyoryu.directory.enums import NameKind

org_sector = Table(
    "org_sector",
    Base.metadata,
    Column("org_id", ForeignKey("organization.id", ondelete="CASCADE"), primary_key=True),
    Column("sector_id", ForeignKey("sector.id", ondelete="CASCADE"), primary_key=True),
)

org_cluster = Table(
    "org_cluster",
    Base.metadata,
    Column("org_id", ForeignKey("organization.id", ondelete="CASCADE"), primary_key=True),
    Column("place_id", ForeignKey("place.id", ondelete="CASCADE"), primary_key=True),
)


class Sector(Base):
    __tablename__ = "sector"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("sector.id"))
    labels: Mapped[dict] = mapped_column(JSON, default=dict)

    parent: Mapped[Sector | None] = relationship(remote_side=[id])

    def label(self, lang: str) -> str:
        return self.labels.get(lang) or self.labels.get("en") or self.key


# The languages a reader of each interface language reads a name in without it being foreign.
READER_LANGS = {"ko": ("ko",), "zh": ("zh-Hans", "zh-Hant"), "en": ("en",)}


class ShownName(str):
    """A name chosen for a reader, carrying the language it is written in.

    It is a plain string everywhere (JSON, ICS, PDF text, sorting); in a page it marks itself:
    where the reader's language has no name and another is shown instead, Jinja renders it as
    `<span lang="en" class="name-fallback">…</span>`, so browsers and screen readers read it in its
    own language and the page says which one it is. `.text` is the bare string for attributes
    and titles."""

    lang: str
    fallback: bool

    def __new__(cls, text: str, lang: str, fallback: bool = False) -> ShownName:
        shown = super().__new__(cls, text)
        shown.lang, shown.fallback = lang, fallback
        return shown

    @property
    def text(self) -> str:
        return str.__str__(self)

    def __html__(self) -> str:
        text = escape(self.text)
        if not self.fallback:
            return str(text)
        return f'<span lang="{escape(self.lang)}" class="name-fallback">{text}</span>'


class NamedMixin:
    """Shared accessors for entities whose names are rows (`self.names`)."""

    names: list

    def name_in(self, lang: str) -> str | None:
        for n in self.names:
            if n.kind == NameKind.primary and n.lang == lang:
                return n.name
        return None

    def display_name(self, ui_lang: str = "en") -> ShownName:
        """The name a reader of `ui_lang` expects first, falling back across scripts: the one
        place a name is chosen for a reader, so every page marks a name in another language."""
        order = {
            "ko": ("ko", "en", "zh-Hans", "zh-Hant", "ja"),
            "zh": ("zh-Hans", "zh-Hant", "en", "ko", "ja"),
            "en": ("en", "ko", "zh-Hans", "zh-Hant", "ja"),
        }.get(ui_lang, ("en", "ko", "zh-Hans"))
        own = READER_LANGS.get(ui_lang, (ui_lang,))
        for lang in order:
            if name := self.name_in(lang):
                return ShownName(name, lang, lang not in own)
        if not self.names:
            return ShownName("?", "und", True)
        first = self.names[0]
        return ShownName(first.name, first.lang, first.lang not in own)

    def primary_names(self) -> dict[str, str]:
        return {n.lang: n.name for n in self.names if n.kind == NameKind.primary}

    def aliases(self) -> list:
        return [n for n in self.names if n.kind != NameKind.primary]


class Place(NamedMixin, Base):
    __tablename__ = "place"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(96), unique=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    country: Mapped[str] = mapped_column(String(2), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("place.id"))
    # the bundled record as last loaded (`PlaceIn` as JSON): see Organization.bundled
    bundled: Mapped[dict | None] = mapped_column(JSON(none_as_null=True), default=None, deferred=True)

    parent: Mapped[Place | None] = relationship(remote_side=[id])
    names: Mapped[list[PlaceName]] = relationship(
        back_populates="place", cascade="all, delete-orphan", lazy="selectin"
    )

    def ancestors(self) -> list[Place]:
        """The places that hold this one, nearest first (Pangyo → Seongnam → Gyeonggi → Korea)."""
        out: list[Place] = []
        at = self.parent
        while at is not None and at is not self and at not in out:
            out.append(at)
            at = at.parent
        return out


class PlaceName(Base):
    __tablename__ = "place_name"

    id: Mapped[int] = mapped_column(primary_key=True)
    place_id: Mapped[int] = mapped_column(ForeignKey("place.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    lang: Mapped[str] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(16), default=NameKind.primary)
    norm: Mapped[str] = mapped_column(String(200), index=True)

    place: Mapped[Place] = relationship(back_populates="names")


class Organization(NamedMixin, Timestamped, Base):
    __tablename__ = "organization"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str | None] = mapped_column(String(96), unique=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    country: Mapped[str] = mapped_column(String(2), index=True)
    city_id: Mapped[int | None] = mapped_column(ForeignKey("place.id"), index=True)
    district_id: Mapped[int | None] = mapped_column(ForeignKey("place.id"))
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    website: Mapped[str | None] = mapped_column(String(300))
    founded: Mapped[int | None] = mapped_column(Integer)
    size: Mapped[str | None] = mapped_column(String(16))
    description: Mapped[dict] = mapped_column(JSON, default=dict)
    source: Mapped[str | None] = mapped_column(Text)
    # the bundled record as last loaded (`OrgIn` as JSON), for `bundled_merge`; null for an
    # organisation the organisers made, or one loaded before the loader kept it; deferred: only
    # the loader reads it, and PostgreSQL's json has no equality for a SELECT DISTINCT
    bundled: Mapped[dict | None] = mapped_column(JSON(none_as_null=True), default=None, deferred=True)

    city: Mapped[Place | None] = relationship(foreign_keys=[city_id], lazy="joined")
    district: Mapped[Place | None] = relationship(foreign_keys=[district_id])
    parent: Mapped[Organization | None] = relationship(remote_side=[id], back_populates="children")
    children: Mapped[list[Organization]] = relationship(back_populates="parent")
    names: Mapped[list[OrgName]] = relationship(
        back_populates="organization",
        cascade="all, delete-orphan",
        lazy="selectin",
        order_by="OrgName.id",
    )
    sectors: Mapped[list[Sector]] = relationship(secondary=org_sector, lazy="selectin",
                                                 order_by="Sector.id")
    clusters: Mapped[list[Place]] = relationship(secondary=org_cluster)
    affiliations: Mapped[list[Affiliation]] = relationship(
        back_populates="organization", cascade="all, delete-orphan"
    )


class OrgName(Base):
    """One name of an organisation: a primary name per language, or an alias of any kind."""

    __tablename__ = "org_name"
    __table_args__ = (UniqueConstraint("org_id", "lang", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    org_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(300))
    lang: Mapped[str] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(16), default=NameKind.primary)
    norm: Mapped[str] = mapped_column(String(300), index=True)

    organization: Mapped[Organization] = relationship(back_populates="names")


class Person(NamedMixin, Timestamped, Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str | None] = mapped_column(String(96), unique=True)
    description: Mapped[dict] = mapped_column(JSON, default=dict)
    source: Mapped[str | None] = mapped_column(Text)

    names: Mapped[list[PersonName]] = relationship(
        back_populates="person", cascade="all, delete-orphan", lazy="selectin"
    )
    affiliations: Mapped[list[Affiliation]] = relationship(
        back_populates="person", cascade="all, delete-orphan", lazy="selectin"
    )


class PersonName(Base):
    __tablename__ = "person_name"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    lang: Mapped[str] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(16), default=NameKind.primary)
    norm: Mapped[str] = mapped_column(String(200), index=True)

    person: Mapped[Person] = relationship(back_populates="names")


class Affiliation(Base):
    """A person's role at an organisation over a period (ISO partial dates: '2022', '2022-07')."""

    __tablename__ = "affiliation"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    org_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[dict] = mapped_column(JSON, default=dict)
    since: Mapped[str | None] = mapped_column(String(10))
    until: Mapped[str | None] = mapped_column(String(10))

    person: Mapped[Person] = relationship(back_populates="affiliations")
    organization: Mapped[Organization] = relationship(
        back_populates="affiliations", lazy="joined"
    )


class DirectoryChange(Base):
    """Journal of organisations whose searchable data changed; search indexes catch up from it.

    `org_id` NULL means "everything may have changed" (a bulk load): rebuild from scratch.
    `token` tells a rolled-back sequence number from a later row that reused it.
    """

    __tablename__ = "directory_change"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    org_id: Mapped[int | None] = mapped_column(Integer)
    token: Mapped[str] = mapped_column(String(16), default="")


from gyoryu.directory import journal as _journal  # noqa: E402,F401  (registers the flush listener)
