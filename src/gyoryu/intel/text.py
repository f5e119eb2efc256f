"""Article text: sentences with their language, boilerplate to skip, and dates.

Nothing here edits the text: boilerplate (bylines, photo captions, copyright lines) becomes
spans to skip, so every offset the pipeline reports indexes the text as the file holds it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

# -- scripts and language ----------------------------------------------------------------------


def _is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3" or "\u1100" <= ch <= "\u11ff" or "\u3130" <= ch <= "\u318f"


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


def _is_kana(ch: str) -> bool:
    return "\u3040" <= ch <= "\u30ff"


def script_counts(text: str) -> tuple[int, int, int, int]:
    """(hangul, han, kana, latin letters) in `text`."""
    hangul = han = kana = latin = 0
    for ch in text:
        if ch < "\u0080":
            if ch.isalpha():
                latin += 1
        elif _is_hangul(ch):
            hangul += 1
        elif _is_han(ch):
            han += 1
        elif _is_kana(ch):
            kana += 1
        elif ch.isalpha() and ch < "\u0250":
            latin += 1
    return hangul, han, kana, latin


def detect_language(text: str, default: str | None = None) -> str | None:
    """ko, zh, ja or en from script statistics, weighing what each script signals.

    A Korean sentence may hold Hanja (光州) and Latin acronyms (AI, MOU) yet stays Korean: a few
    Hangul syllables outweigh them, because Hangul is written for nothing but Korean, while Han
    characters and Latin letters are borrowed by every language here. Latin letters count for a
    third of a syllable (a syllable carries about three letters' worth of sound).
    """
    hangul, han, kana, latin = script_counts(text)
    if not (hangul or han or kana or latin):
        return default
    if kana and kana * 3 >= han:
        return "ja"
    if hangul and hangul * 4 >= han and hangul * 3 * 3 >= latin * 0.5:
        return "ko"
    if han and han * 3 >= latin * 0.5:
        return "zh"
    if hangul:
        return "ko" if hangul >= 2 and hangul * 3 >= latin * 0.3 else "en"
    return "en" if latin else default


# -- sentences and boilerplate --------------------------------------------------------------------
_SENT_END = re.compile(r"(?<=[.!?。！？])[\"'”’」』)]*\s+|(?<=[。！？])")

_COPYRIGHT = re.compile(
    r"저작권자|무단\s*전재|재배포\s*금지|[ⓒ©]|\(c\)\s*\d{4}|all rights reserved|版权所有|"
    r"未经授权|未经许可|禁止转载|copyright\s", re.I)
_CAPTION = re.compile(r"^\s*[▲△▶◀]|/?\s*사진(?:제공)?\s*=|\|\s*$|^\s*\[?(?:사진|图|图片|photo)\s*[:=]", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_BYLINE = re.compile(
    r"^\s*[\[(/]?.{0,30}(?:기자|특파원|记者|通讯员|reporter|correspondent)\]?\s*$"
    r"|^\s*(?:by|written by)\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s*$"
    r"|^\s*(?:\(|【)?(?:记者|本报记者)\s*\S{2,8}(?:\)|】)?\s*$", re.I)
_NAVIGATION = re.compile(r"^\s*(?:다음\s*이전|이전\s*다음|구독신청|.{0,20}구독신청|上一篇|下一篇)\s*$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    lang: str


def boilerplate_kind(line: str) -> str | None:
    """'copyright', 'caption', 'byline' or 'navigation' for a line that is not the story."""
    stripped = line.strip()
    if not stripped:
        return None
    if _COPYRIGHT.search(stripped) and len(stripped) < 160:
        return "copyright"
    if _CAPTION.search(stripped) and len(stripped) < 200:
        return "caption"
    if _EMAIL.search(stripped) and len(stripped) < 100:
        return "byline"
    if _BYLINE.search(stripped) and len(stripped) < 80:
        return "byline"
    if _NAVIGATION.search(stripped):
        return "navigation"
    return None


def split_sentences(text: str) -> tuple[list[Sentence], list[tuple[int, int, str]]]:
    """Story sentences with their language, and the boilerplate spans left out."""
    sentences: list[Sentence] = []
    skipped: list[tuple[int, int, str]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        start, end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        body = text[start:end]
        if not body.strip():
            continue
        kind = boilerplate_kind(body)
        if kind:
            skipped.append((start, end, kind))
            continue
        cut = start
        for m in _SENT_END.finditer(body):
            stop = start + m.start()
            _add(text, sentences, cut, stop)
            cut = start + m.end()
        _add(text, sentences, cut, end)
    return sentences, skipped


def _add(text: str, out: list[Sentence], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        lang = detect_language(text[start:end]) or (out[-1].lang if out else "und")
        out.append(Sentence(start, end, lang))


def article_language(text: str, sentences: list[Sentence]) -> str:
    """The language holding most of the story's characters."""
    weight: dict[str, int] = {}
    for s in sentences:
        weight[s.lang] = weight.get(s.lang, 0) + (s.end - s.start)
    if not weight:
        return detect_language(text, "und") or "und"
    return max(weight, key=weight.get)


# -- dates ----------------------------------------------------------------------------------------
_MONTHS = {m: i for i, m in enumerate(
    ("jan feb mar apr may jun jul aug sep oct nov dec").split(), start=1)}
_FULL_DATES = [
    re.compile(r"(?P<y>(?:19|20)\d{2})\s*[-./]\s*(?P<m>\d{1,2})\s*[-./]\s*(?P<d>\d{1,2})"),
    re.compile(r"(?P<y>(?:19|20)\d{2})\s*[년年]\s*(?P<m>\d{1,2})\s*[월月]\s*(?P<d>\d{1,2})\s*[일日]"),
    re.compile(r"(?P<mn>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<d>\d{1,2}),?\s+"
               r"(?P<y>(?:19|20)\d{2})"),
    re.compile(r"(?P<d>\d{1,2})\s+(?P<mn>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+"
               r"(?P<y>(?:19|20)\d{2})"),
]
_DATELINE = re.compile(r"입력|등록|수정|기사입력|发布|发表|时间|日期|published|updated|posted|date",
                       re.I)


def _full_date(m: re.Match) -> date | None:
    g = m.groupdict()
    month = _MONTHS[g["mn"][:3].lower()] if g.get("mn") else int(g["m"])
    try:
        return date(int(g["y"]), month, int(g["d"]))
    except ValueError:
        return None


def publication_date(text: str, skipped: list[tuple[int, int, str]] | None = None) -> date | None:
    """The date an article states for itself: a dated line (입력 2025.07.25, 发布时间 …, Published …)
    or a line that is nothing but a date. Dates inside the story are events, not publication."""
    for line in text.splitlines()[:400]:
        stripped = line.strip()
        if not stripped or len(stripped) > 90:
            continue
        for pattern in _FULL_DATES:
            m = pattern.search(stripped)
            if not m:
                continue
            rest = (stripped[: m.start()] + stripped[m.end():]).strip(" \t|:·,-()[]")
            rest = re.sub(r"\d{1,2}:\d{2}(?::\d{2})?|[AP]M|오전|오후", "", rest, flags=re.I).strip()
            if (_DATELINE.search(rest) and len(rest) <= 25) or len(rest) <= 2 or _EMAIL.search(rest) or (
                    boilerplate_kind(stripped) in ("byline", "copyright")):
                if d := _full_date(m):
                    return d
    return None


# Relative and partial dates inside the story, resolved against the article's date.
_REL = re.compile(
    r"(?:(?P<dir>지난해|지난|오는|올해|내년|작년|去年|今年|明年|上|下|本)\s*)?"
    r"(?:(?P<y>(?:19|20)\d{2})\s*[년年]\s*)?"
    r"(?:(?P<m>1[0-2]|0?[1-9])\s*[월月](?:份)?\s*)?"
    r"(?:(?P<d>3[01]|[12]\d|0?[1-9])\s*(?:[~∼\-–]\s*(?:3[01]|[12]\d|0?[1-9])\s*)?[일日号]"
    r"|(?P<part>말|초|중순|末|初|底))?")
_EN_REL = re.compile(
    r"\b(?:(?P<mn>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<d>\d{1,2})\b"
    r"(?:,?\s+(?P<y>(?:19|20)\d{2}))?|(?P<dir>last|next|this)\s+(?P<mn2>Jan|Feb|Mar|Apr|May|Jun|Jul|"
    r"Aug|Sep|Oct|Nov|Dec)[a-z]*)")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: str  # ISO date or month ("2025-07-25", "2025-07"); "" when it cannot be resolved


def resolve(*, year: str | None, month: str | None, day: str | None, direction: str | None,
            part: str | None, anchor: date | None) -> str:
    """An ISO value for a (possibly partial, possibly relative) date, '' if unresolvable."""
    y = int(year) if year else None
    m = int(month) if month else None
    d = int(day) if day else None
    shift = {"작년": -1, "지난해": -1, "去年": -1, "내년": 1, "明年": 1, "올해": 0, "今年": 0}
    if y is None and direction in shift:
        if anchor is None:
            return ""
        y = anchor.year + shift[direction]
    if y is None:
        if anchor is None:
            return ""
        if m is None:
            m = anchor.month
            if d is not None:
                if direction in ("지난", "上") and d > anchor.day:
                    m -= 1
                elif direction in ("오는", "下") and d < anchor.day:
                    m += 1
                elif not direction and d > anchor.day + 3:
                    m -= 1  # "25일" in an article of the 10th speaks of last month
        y = anchor.year
        if m < 1:
            y, m = y - 1, 12
        elif m > 12:
            y, m = y + 1, 1
        elif direction in ("지난", "上") and (m, d or 1) > (anchor.month, anchor.day):
            y -= 1
        elif direction in ("오는", "下") and (m, d or 31) < (anchor.month, anchor.day):
            y += 1
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"  # "7월말" stays a month: the press is no more precise
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return ""


def find_dates(text: str, start: int, end: int, anchor: date | None) -> list[DateMention]:
    """Date expressions in text[start:end], resolved against `anchor` (the article's date)."""
    out: list[DateMention] = []
    chunk = text[start:end]
    for m in _REL.finditer(chunk):
        whole_year = m.group("dir") in ("지난해", "작년", "내년", "去年", "明年")
        if not (m.group("m") or m.group("d") or m.group("y") or whole_year):
            continue
        if (m.group("d") is None and m.group("m") is None and not whole_year
                and not re.search(r"[년年]", m.group(0))):
            continue
        # "5,000여개" or "10만여명" are not dates; a bare day needs the 일/日 right after it
        before = chunk[m.start() - 1] if m.start() else " "
        if before.isdigit() or before in ",.박":  # "2박3일" is a length, not a date
            continue
        value = resolve(year=m.group("y"), month=m.group("m"), day=m.group("d"),
                        direction=m.group("dir"), part=m.group("part"), anchor=anchor)
        out.append(DateMention(start + m.start(), start + m.end(), value))
    for m in _EN_REL.finditer(chunk):
        mn = m.group("mn") or m.group("mn2")
        month = str(_MONTHS[mn[:3].lower()])
        direction = {"last": "지난", "next": "오는"}.get((m.group("dir") or "").lower())
        value = resolve(year=m.group("y"), month=month, day=m.group("d"), direction=direction,
                        part=None, anchor=anchor)
        out.append(DateMention(start + m.start(), start + m.end(), value))
    return out
