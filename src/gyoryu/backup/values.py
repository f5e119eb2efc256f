"""Column values as JSON and back, exactly, whichever database wrote or reads them.

Each column is given a kind from its SQL type (the same on SQLite and PostgreSQL for one
migration), and the kind decides the JSON form: datetimes, dates and times in ISO 8601,
decimals as strings (no float rounding), bytes in base64, JSON columns as their stored text (so
SQL NULL and a JSON `null` stay apart and the text is kept byte for byte), floats as Python's
shortest exact repr.

Datetimes are where the two databases differ: PostgreSQL keeps an instant (`timestamptz`) and
answers in the session's zone; SQLite keeps the wall time it was given, without an offset, and
gyoryu always gives it UTC (`db.utcnow`). So a naive value read from SQLite means UTC when it is
written to a zone-aware column, and an aware value is written to SQLite as UTC wall time.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation

from sqlalchemy import types

KINDS = ("int", "bool", "float", "decimal", "text", "binary", "json", "datetime", "date", "time")


def kind_of(sql_type: types.TypeEngine) -> str | None:
    """The kind of a column's type, or None for a type backups do not know."""
    checks = (  # subclasses first: Float and Integer are both numbers, Boolean an integer on SQLite
        (types.JSON, "json"), (types.LargeBinary, "binary"), (types.DateTime, "datetime"),
        (types.Date, "date"), (types.Time, "time"), (types.Boolean, "bool"),
        (types.Float, "float"), (types.Integer, "int"), (types.Numeric, "decimal"),
        (types.String, "text"),
    )
    for cls, kind in checks:
        if isinstance(sql_type, cls):
            return kind
    return None


def _iso(value) -> str:
    return value.isoformat()


ENCODERS: dict[str, Callable] = {
    "decimal": str,
    "binary": lambda v: base64.b64encode(bytes(v)).decode("ascii"),
    "datetime": _iso,
    "date": _iso,
    "time": _iso,
}


def encoder(kind: str) -> Callable | None:
    """How a value of the kind becomes JSON (None: it already is)."""
    return ENCODERS.get(kind)


class BadValue(ValueError):
    """A value in an archive that is not of its column's kind."""


def _text(value):
    if not isinstance(value, str):
        raise BadValue("not text")
    return value


def _int(value):
    if not isinstance(value, int) or isinstance(value, bool):
        raise BadValue("not a whole number")
    return value


def _bool(value):
    if not isinstance(value, bool):
        raise BadValue("not true or false")
    return value


def _float(value):
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise BadValue("not a number")
    return float(value)


def _decimal(value):
    try:
        return Decimal(_text(value))
    except InvalidOperation:
        raise BadValue("not a decimal number") from None


def _binary(value):
    try:
        return base64.b64decode(_text(value), validate=True)
    except binascii.Error:
        raise BadValue("not base64") from None


def _parsed(parse):
    def decode(value):
        try:
            return parse(_text(value))
        except ValueError:
            raise BadValue("not in ISO 8601 form") from None
    return decode


DECODERS: dict[str, Callable] = {
    "int": _int, "bool": _bool, "float": _float, "decimal": _decimal, "text": _text,
    "binary": _binary, "json": _text, "datetime": _parsed(datetime.fromisoformat),
    "date": _parsed(date.fromisoformat), "time": _parsed(time.fromisoformat),
}


def decoder(kind: str, sql_type: types.TypeEngine) -> Callable:
    """How a JSON value of the kind becomes the value the target column stores (None stays
    None)."""
    decode = DECODERS[kind]
    if kind != "datetime":
        return decode
    if getattr(sql_type, "timezone", False):
        return lambda v: _aware(decode(v))
    return lambda v: _utc_wall_time(decode(v))


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _utc_wall_time(value: datetime) -> datetime:
    return value if value.tzinfo is None else value.astimezone(UTC).replace(tzinfo=None)
