"""Values go to JSON and back exactly, and a value of the wrong kind is refused by name."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, LargeBinary, Numeric, String, Text, Time
from sqlalchemy.dialects import postgresql, sqlite

from gyoryu.backup.values import BadValue, decoder, encoder, kind_of

SEOUL = timezone(timedelta(hours=9))


@pytest.mark.parametrize("sql_type, kind", [
    (Integer(), "int"), (Boolean(), "bool"), (Float(), "float"), (Numeric(18, 2), "decimal"),
    (String(20), "text"), (Text(), "text"), (LargeBinary(), "binary"), (JSON(), "json"),
    (DateTime(timezone=True), "datetime"), (Date(), "date"), (Time(), "time"),
    # what reflection answers on each database
    (sqlite.DATETIME(), "datetime"), (sqlite.JSON(), "json"), (postgresql.BYTEA(), "binary"),
    (postgresql.DOUBLE_PRECISION(), "float"), (postgresql.TIMESTAMP(timezone=True), "datetime"),
])
def test_each_type_has_its_kind(sql_type, kind):
    assert kind_of(sql_type) == kind


def test_an_unknown_type_has_no_kind():
    assert kind_of(postgresql.INTERVAL()) is None


def _through_json(kind, value, sql_type):
    encode = encoder(kind)
    carried = json.loads(json.dumps(encode(value) if encode else value))
    return decoder(kind, sql_type)(carried)


@pytest.mark.parametrize("kind, value, sql_type", [
    ("decimal", Decimal("12345678901234.56"), Numeric(18, 2)),
    ("decimal", Decimal("-0.00"), Numeric(18, 2)),
    ("binary", bytes(range(256)), LargeBinary()),
    ("float", 0.1 + 0.2, Float()),
    ("float", 1e-308, Float()),
    ("date", date(2024, 2, 29), Date()),
    ("time", time(23, 59, 59, 999999), Time()),
    ("datetime", datetime(2026, 3, 1, 9, 30, 15, 123456, tzinfo=SEOUL), DateTime(timezone=True)),
    ("text", "텐센트 腾讯 騰訊 \u200b\U0001f916", String()),
    ("bool", False, Boolean()),
    ("int", 2**62, Integer()),
])
def test_values_come_back_exactly(kind, value, sql_type):
    back = _through_json(kind, value, sql_type)
    assert back == value and type(back) is type(value)


def test_a_datetime_keeps_its_instant_across_databases():
    seoul = datetime(2026, 3, 1, 9, 30, tzinfo=SEOUL)
    # into SQLite (no zone kept): UTC wall time, as gyoryu stores it there
    assert decoder("datetime", sqlite.DATETIME())(seoul.isoformat()) == datetime(2026, 3, 1, 0, 30)
    # out of SQLite (UTC wall time) into PostgreSQL's timestamptz: that instant in UTC
    into_pg = decoder("datetime", postgresql.TIMESTAMP(timezone=True))("2026-03-01T00:30:00")
    assert into_pg == seoul and into_pg.tzinfo is UTC


@pytest.mark.parametrize("kind, value, problem", [
    ("int", "7", "not a whole number"), ("int", True, "not a whole number"),
    ("bool", 1, "not true or false"), ("decimal", "12,5", "not a decimal number"),
    ("binary", "not base64!", "not base64"), ("date", "2026-02-30", "not in ISO 8601 form"),
    ("text", 5, "not text"), ("float", "1.5", "not a number"),
])
def test_a_value_of_the_wrong_kind_is_refused(kind, value, problem):
    with pytest.raises(BadValue, match=problem):
        decoder(kind, Text())(value)
