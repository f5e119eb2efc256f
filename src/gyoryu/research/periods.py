"""Periods as people write them — a year (2026), a quarter (2026Q3), a month (2026-07) — turned
into the first and last month they cover, so every query compares "YYYY-MM" strings."""

from __future__ import annotations

import re
from typing import NamedTuple

from gyoryu.errors import InvalidValue

_PERIOD = re.compile(r"^(\d{4})(?:-?[Qq]([1-4])|-(0[1-9]|1[0-2]))?$")


class Period(NamedTuple):
    label: str  # as written back: 2026, 2026Q3, 2026-07
    start: str  # first month, "2026-07"
    end: str  # last month, "2026-09"

    def months(self) -> list[str]:
        out, (y, m) = [], (int(self.start[:4]), int(self.start[5:]))
        while f"{y:04d}-{m:02d}" <= self.end:
            out.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out


def parse_period(value: str) -> Period:
    m = _PERIOD.match((value or "").strip())
    if m is None or not 1900 <= int(m.group(1)) <= 2100:
        raise InvalidValue("E981", value=value)
    year, quarter, month = m.group(1), m.group(2), m.group(3)
    if quarter:
        first = (int(quarter) - 1) * 3 + 1
        return Period(f"{year}Q{quarter}", f"{year}-{first:02d}", f"{year}-{first + 2:02d}")
    if month:
        return Period(f"{year}-{month}", f"{year}-{month}", f"{year}-{month}")
    return Period(year, f"{year}-01", f"{year}-12")


def previous(period: Period) -> Period:
    """The period of the same length just before (2026Q3 → 2026Q2, 2026 → 2025)."""
    n = len(period.months())
    y, m = int(period.start[:4]), int(period.start[5:])
    for _ in range(n):
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    start = f"{y:04d}-{m:02d}"
    if n == 12:
        return parse_period(f"{y:04d}")
    if n == 3:
        return parse_period(f"{y:04d}Q{(m - 1) // 3 + 1}")
    return parse_period(start)


def quarter_of(month: str) -> str:
    return f"{month[:4]}Q{(int(month[5:7]) - 1) // 3 + 1}"
