"""Bounded field types for what the platform accepts at its edges (API bodies, forms, imports).

Every value that reaches a column has a bound the database holds too: an id fits an INTEGER, a
count a 32-bit integer, a text its column and no control character (PostgreSQL refuses NUL; the
others break exports and hide in names), a list a length, money fifteen digits, a moment a time
zone. The bounds are in the OpenAPI schema (maxLength, maximum, maxItems), so callers see them,
and anything beyond is a 422 naming the field — never a database error.

    class ThingIn(BaseModel):
        owner_id: RowId
        name: Line[200]          # one line, at most 200 characters
        note: Text[2000]         # may hold line breaks and tabs
        tags: Items[Line[40], 20]
        price: Money | None = None
        language: LanguageCode = "en"
        at: When
"""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import AfterValidator, AwareDatetime, Field, StringConstraints

from gyoryu.db import MAX_ID
from gyoryu.errors import InvalidValue

MAX_INT = 2**31 - 1  # an INTEGER column, on both databases
MAX_MONEY = Decimal(10) ** 15  # NUMERIC(17, 2)


def no_control(text: str, *, allow: str = "") -> str:
    """Control characters never reach the database (E214 names the first one)."""
    bad = next((c for c in text if unicodedata.category(c) == "Cc" and c not in allow), None)
    if bad is not None:
        raise InvalidValue("E214", value=text.strip()[:40], char=f"U+{ord(bad):04X}")
    return text


def _line(text: str) -> str:
    return no_control(text)


def _text(text: str) -> str:
    return no_control(text, allow="\n\t")


class _Bounded:
    """`Line[n]`, `Text[n]`: a string of at most n characters, outer spaces stripped."""

    def __init__(self, check, description: str):
        self.check = check
        self.description = description

    def __getitem__(self, limit: int):
        return Annotated[str, StringConstraints(strip_whitespace=True, max_length=limit),
                         AfterValidator(self.check)]


Line = _Bounded(_line, "one line of text")  # no control character at all
Text = _Bounded(_text, "text")  # line breaks and tabs allowed


class _Items:
    """`Items[T, n]`: a list of at most n items of T."""

    def __getitem__(self, spec):
        item, limit = spec
        return Annotated[list[item], Field(max_length=limit)]


Items = _Items()

RowId = Annotated[int, Field(ge=1, le=MAX_ID, examples=[1])]  # an id a row can have
Count = Annotated[int, Field(ge=1, le=MAX_INT)]  # a quantity, a minimum order
Amount = Annotated[int, Field(ge=0, le=MAX_INT)]  # a whole number that may be zero
Money = Annotated[Decimal, Field(ge=0, lt=MAX_MONEY, max_digits=17, decimal_places=2)]
LanguageCode = Literal["ko", "zh", "en"]  # the languages the platform is written in
When = AwareDatetime  # a moment with its time zone (a naive one is a 422)


def utc(moment: datetime) -> datetime:
    """A stored moment with its zone: UTC, which SQLite drops on the way back."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


# A moment in an answer: stored in UTC, read back without its zone on SQLite; always sent with it.
Moment = Annotated[datetime, AfterValidator(utc)]
