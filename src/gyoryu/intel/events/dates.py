"""Dates of a story and of each event: every sentence's date expressions resolved against the
article's date (`gyoryu.dates.v2`), and the one an event's clause names (`_event_date`)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.pipeline import (
    Doc,
    component,
)
from gyoryu.intel.text import DateMention, find_dates

# -- dates ----------------------------------------------------------------------------------------
# "이날", "同日": the day last named; "지난달", "다음 달": a month from the article's; "on Monday":
# the last such weekday on or before the article's date
_ANAPHORIC_DAY = re.compile(r"이날|같은 날|당일|同日|当日|当天|\b[Tt]he same day\b")
_KO_MONTH_REL = re.compile(r"(?<![가-힣])(지난|이번|다음|오는|이)\s?달(?![러란려리성해했한하])")
_ZH_MONTH_REL = re.compile(r"(上|本|下)个?月(?!球|饼)")
_EN_MONTH_REL = re.compile(r"\b(last|this|next)\s+month\b", re.I)
_MONTH_SHIFT = {"지난": -1, "이번": 0, "이": 0, "다음": 1, "오는": 1, "上": -1, "本": 0, "下": 1,
                "last": -1, "this": 0, "next": 1}
_EN_WEEKDAY = re.compile(r"\b(?:on|last)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# "… 체결했다고 15일 밝혔다": the day the news was told, not the day of the event
_REPORTING = re.compile(r"\s*(?:밝혔|말했|전했|발표했|알렸|설명했|덧붙였)")
_EN_REPORTING = re.compile(r"\b(?:said|says|announced|told \w+)\s+(?:on\s+)?$")
_EN_YEAR = re.compile(r"\b(?:in|since)\s+((?:19|20)\d{2})\b(?!\s*(?:won|yuan|dollars|people))")
_RANGE_START = re.compile(r"\s*부터")
_RANGE_END = re.compile(r"\s*까지")


def _month_shift(anchor: date, months: int) -> str:
    y, m = anchor.year, anchor.month + months
    while m < 1:
        y, m = y - 1, m + 12
    while m > 12:
        y, m = y + 1, m - 12
    return f"{y:04d}-{m:02d}"


@component("gyoryu.dates.v2")
def dates_v2(*, gazetteer: Gazetteer):
    """Date expressions of every sentence, resolved against the article's date (text.find_dates),
    with 지난달/다음 달, English weekdays ('on Monday') and day anaphora (이날, 同日, the same
    day: the last day named before, not counting the day the news was told)."""

    def run(doc: Doc) -> None:
        anchor = doc.date
        for s in doc.sentences:
            doc.dates.extend(find_dates(doc.text, s.start, s.end, anchor))
            if anchor is None:
                continue
            month_rel = {"ko": _KO_MONTH_REL, "zh": _ZH_MONTH_REL, "en": _EN_MONTH_REL}.get(s.lang)
            if month_rel is not None:  # 지난달, 이달, 上月, last month
                for m in month_rel.finditer(doc.text, s.start, s.end):
                    shift = _MONTH_SHIFT[m.group(1).lower()]
                    doc.dates.append(DateMention(m.start(), m.end(), _month_shift(anchor, shift)))
            if s.lang == "en":
                for m in _EN_WEEKDAY.finditer(doc.text, s.start, s.end):
                    back = (anchor.weekday() - _WEEKDAYS.index(m.group(1).lower())) % 7
                    if m.group(0).lower().startswith("last") and back == 0:
                        back = 7
                    doc.dates.append(DateMention(m.start(1), m.end(1),
                                                 (anchor - timedelta(days=back)).isoformat()))
            if s.lang == "en":
                for m in _EN_YEAR.finditer(doc.text, s.start, s.end):
                    doc.dates.append(DateMention(m.start(1), m.end(1), m.group(1)))
        reporting = {d.start for d in doc.dates if _REPORTING.match(doc.text, d.end)
                     or _EN_REPORTING.search(doc.text, max(0, d.start - 16), d.start)}
        doc.cache["reporting_dates"] = reporting
        doc.dates.sort(key=lambda d: d.start)
        for s in doc.sentences:
            for m in _ANAPHORIC_DAY.finditer(doc.text, s.start, s.end):
                earlier = [d for d in doc.dates if d.end <= m.start() and d.value
                           and d.start not in reporting and len(d.value) == 10]
                if earlier:
                    doc.dates.append(DateMention(m.start(), m.end(), earlier[-1].value))
        doc.dates.sort(key=lambda d: d.start)

    return run


def _event_date(doc: Doc, lang: str, trig_start: int, dates: list[DateMention]) -> str | None:
    """The date of the event's clause: Korean and Chinese name it before the verb (the nearest
    before the trigger, a range by its start: 17일부터 20일까지 → 17일), English after it (the
    nearest after). The day the news was told (…15일 밝혔다) does not count."""
    reporting = doc.cache.get("reporting_dates", set())
    cands = [d for d in dates if d.start not in reporting]
    if not cands:
        # nothing but the day it was told (…유치했다고 2일 밝혔다): done by then, dated so
        told = [d for d in dates if d.start in reporting]
        return told[0].value if told else None
    before = sorted((d for d in cands if d.end <= trig_start), key=lambda d: -d.start)
    after = sorted((d for d in cands if d.end > trig_start), key=lambda d: d.start)
    order = after + before if lang == "en" else before + after
    pick = order[0]
    if _RANGE_END.match(doc.text, pick.end):
        start = [d for d in cands if d.end <= pick.start and _RANGE_START.match(doc.text, d.end)]
        if start:
            pick = start[-1]
    return pick.value
