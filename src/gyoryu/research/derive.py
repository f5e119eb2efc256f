"""How an event is placed in time and between countries: pure rules, shared by the fact writer
and by anyone checking it (the tests compute the same figures straight from the events).

- **Month**: the event's own date when it names a month ("2026-07-14", "2026-07"); a date that
  names only a year, or none, falls back to the article's publication month — for a bare year,
  only when the article was published in that year (an article of 2026 recalling "in 2024" does
  not date the event to 2026). Otherwise the event has no month and stays out of time series.
- **Country pair**: from the countries of the linked parties (an organisation's country, a
  place's country), actors before targets, each side in party order. With both sides: the first
  actor country → the first target country that differs from it (an exchange is named by the
  border it crosses: KR→CN), or the domestic pair (KR→KR) when every party shares one country.
  With one side only: two countries there are an exchange without a direction, written in
  alphabetical order with an en dash (CN–KR); one country is written alone (KR). Nothing linked:
  no pair.
"""

from __future__ import annotations

import re
from datetime import date

MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])")


def month_of(event_date: str | None, published: date | None) -> str | None:
    if event_date and (m := MONTH.match(event_date)):
        return f"{m.group(1)}-{m.group(2)}"
    if published is None:
        return None
    if event_date and event_date[:4].isdigit() and int(event_date[:4]) != published.year:
        return None
    return f"{published.year:04d}-{published.month:02d}"


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def country_pair(actors: list[str], targets: list[str]) -> str | None:
    a, t = _unique(actors), _unique(targets)
    if a and t:
        for x in a:
            for y in t:
                if x != y:
                    return f"{x}→{y}"
        return f"{a[0]}→{t[0]}"
    one = a or t
    if not one:
        return None
    if len(one) >= 2:
        return "–".join(sorted(one[:2]))
    return one[0]
