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


# the same classes as `_is_hangul`, `_is_han`, `_is_kana`; Latin letters are the characters below
# U+0250 that `str.isalpha` calls letters (listed once, so a count is one regex pass, not a call
# per character)
_HANGUL_RX = re.compile("[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_HAN_RX = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]")
_KANA_RX = re.compile("[\u3040-\u30ff]")
_LATIN_RX = re.compile("[" + re.escape("".join(c for c in map(chr, range(0x250)) if c.isalpha())) + "]")


def script_counts(text: str) -> tuple[int, int, int, int]:
    """(hangul, han, kana, latin letters) in `text`."""
    return (len(_HANGUL_RX.findall(text)), len(_HAN_RX.findall(text)), len(_KANA_RX.findall(text)),
            len(_LATIN_RX.findall(text)))


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
    r"저작권자|무단\s*전재|재배포\s*금지|[ⓒ©]|\(c\)\s*\d{4}|all rights reserved|版权所有|版權所有|"
    r"未经授权|未經授權|未经许可|未經許可|禁止转载|禁止轉載|copyright\s", re.I)
_CAPTION = re.compile(
    r"^\s*[▲△▶◀]|/?\s*사진(?:제공)?\s*=|\|\s*$|^\s*\[?(?:사진|图|图片|photo)\s*[:=]"
    # a picture's credit: 图片来源：…, 圖片來源：…, 图/视觉中国, （圖／中央社）, （记者 李华 摄）,
    # "경기도 제공", "(Xinhua/Li Ming)", "Photo by …"
    r"|(?:图片|圖片|照片|图像|圖像)\s*(?:来源|來源|提供|出处|出處)\s*[:：]|^\s*[(（]?\s*[图圖]\s*[/／|｜]"
    r"|[(（][^()（）\n]{0,24}[摄攝]\s*[)）]\s*$|^\s*[^\s.。]{1,20}\s+제공\s*$"
    r"|^\s*[(（][A-Z][\w .'-]{1,30}[/／][A-Z][\w .'-]{1,30}[)）]\s*$|^\s*photo\s*(?:by|courtesy)\b", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_BYLINE = re.compile(
    r"^\s*[\[(/]?.{0,30}(?:기자|특파원|记者|通讯员|reporter|correspondent)\]?\s*$"
    r"|^\s*(?:by|written by)\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s*$"
    r"|^\s*(?:\(|【)?(?:记者|本报记者)\s*\S{2,8}(?:\)|】)?\s*$"
    # the desk's credits: 责任编辑：…, （編輯：王大同）1141103, 作者：…, 来源：…, Reporting by …;
    # Editing by …, Source: Xinhua
    r"|^\s*[(（【\[]?\s*(?:本文|本稿)?(?:责任编辑|責任編輯|编辑|編輯|责编|責編|作者|校对|校對|审核|審核|监制|監製|"
    r"编审|編審|撰稿|文|来源|來源|稿源|出处|出處|原标题|原標題)\s*[:：/／]"
    r"|^\s*(?:(?:additional\s+)?reporting|writing|editing|compiled)\s+by\b|^\s*source\s*:", re.I)
# A news agency's dateline opening the story: "[서울=연합뉴스] 홍길동 기자 =", "(北京 7月8日电)",
# "新华社上海9月28日电（记者 王晓明）", "SEOUL, Nov. 3 (Yonhap) --", "SEOUL (ANN/The Korea Herald) –",
# "SHENZHEN —".
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATELINE_PREFIX = re.compile(
    r"\s*[\[(（【]\s*[^\])）】=\n]{1,15}=\s*[^\])）】=\n]{1,15}[\])）】]"
    r"(?:\s*[^=\n]{0,20}?(?:기자|특파원|통신원|객원기자)(?:\s*[^\s=]{0,4})?\s*=)?"
    r"(?:\s*(?:\d{4}\s*년\s*)?\d{1,2}\s*월\s*\d{1,2}\s*일)?\s*"
    # "[아시아경제 김지희 기자]", "[이데일리 김민정 기자]": the outlet and its reporter in brackets
    r"|\s*[\[【]\s*[^\]】=\n]{1,15}\s+[가-힣]{2,4}\s*(?:[가-힣]{0,4}기자|특파원|통신원)\s*[\]】]\s*=?\s*"
    # "【环球时报驻韩国特约记者 莫莉】", "（中央社記者陳小明台北3日電）", "（中央社首爾18日綜合外電報導）"
    r"|\s*【[^】\n]{0,20}(?:记者|記者|通讯员|通訊員)\s*[^】\n]{0,8}】\s*"
    # (the opening bracket lost by the page: "中央社記者陳小明台北3日電）")
    r"|\s*(?:[(（][^)）\n]{0,24}?|[^()（），。,\n]{2,24}?)\d{1,2}\s*日\s*[^)）\n]{0,8}?(?:电|電|報導|报道)\s*[)）]\s*"
    r"|\s*[\[(（【]?\s*(?:新华社|中新社|中新网|人民网|央视网|本报|[\u4e00-\u9fff]{0,6}?讯?)?\s*"
    r"[\u4e00-\u9fff]{2,6}\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*电\s*[\])）】]?"
    r"(?:\s*[（(【](?:记者|通讯员)[^）)】\n]{1,20}[）)】])?\s*"
    rf"|\s*[A-Z][A-Z.'-]{{2,}}(?: [A-Z][A-Z.'-]+){{0,3}}(?:,\s*{_MON}\s*\d{{1,2}}(?:,\s*\d{{4}})?)?\s*"
    r"(?:\([A-Za-z .'&/-]{2,40}\)\s*(?:--|—|–|-)|\s*(?:--|—|–))\s*")
_NAVIGATION = re.compile(r"^\s*(?:다음\s*이전|이전\s*다음|구독신청|.{0,20}구독신청|上一篇|下一篇)\s*$")
# The page's list of other stories: a heading, then the headlines under it (short lines that end
# no sentence), none of them this story.
_RELATED = re.compile(
    r"^\s*[\[【<〈《■□▶▷●◆◇#*\-–—]*\s*(?:관련\s*(?:기사|뉴스|보도)(?:\s*목록)?|함께\s*(?:보면\s*좋은|볼\s*만한)\s*(?:기사|뉴스)|"
    r"(?:많이|가장\s*많이)\s*본\s*(?:기사|뉴스)|인기\s*(?:기사|뉴스)|추천\s*(?:기사|뉴스)|주요\s*뉴스|이\s*시각\s*(?:주요|인기)\s*뉴스|"
    r"相关(?:新闻|阅读|报道|文章|链接|推荐)|相關(?:新聞|閱讀|報導|文章|連結)|延伸(?:阅读|閱讀)|推荐阅读|推薦閱讀|"
    r"热门(?:推荐|新闻|文章)|熱門(?:推薦|新聞|文章)|猜你喜欢|更多(?:新闻|報導|报道)|"
    r"related\s+(?:articles?|news|stories|story|coverage|links?)|read\s+more|more\s+(?:stories|news)(?:\s+from\s+\S+)?|"
    r"you\s+may\s+also\s+like|most\s+(?:read|popular|viewed)|recommended(?:\s+stories)?|see\s+also)"
    r"\s*[\]】>〉》:：]*\s*$", re.I)
_STORY_END = re.compile(r"(?:[다요]\.|[.!?。！？][\"'”’」』)]*)\s*$")
# A table's row: cells between bars ("| 새봄전자 | 반도체 | 100억원 |"); each cell is read apart.
_TABLE_ROW = re.compile(r"^\s*[|｜].*[|｜].*[|｜]\s*$|^[^|｜\n]*[|｜][^|｜\n]*[|｜][^|｜\n]*[|｜]")
_TABLE_RULE = re.compile(r"[\s|｜:：\-–—=+]*")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    lang: str


# A picture's caption says what the picture shows: who stands where, a credit, a pose held.
_PHOTO_CUE = re.compile(r"사진|제공|기념\s*촬영|촬영|[(（]\s*(?:왼쪽|오른쪽|가운데|앞줄|뒷줄)|포즈|모습|"
                        r"[图圖]片|照片|[摄攝]|photo|pictured|\(L\)|\(R\)|from left", re.I)
_KO_STATEMENT_END = re.compile(r"(?:다|요)\.")


def _listed_item(line: str) -> bool:
    """A bulleted item of a press release or an event listing (▲부산정보산업진흥원은 … 연다. …
    맡는다.), not a picture's caption: the arrow opens it as it opens captions, but an item tells
    two or more statements and names no picture."""
    return (line.lstrip()[:1] in "▲△▶◀" and len(_KO_STATEMENT_END.findall(line)) >= 2
            and not _PHOTO_CUE.search(line))


def boilerplate_kind(line: str) -> str | None:
    """'copyright', 'caption', 'byline' or 'navigation' for a line that is not the story."""
    stripped = line.strip()
    if not stripped:
        return None
    # the length first: a story's paragraph is longer than any of these, and the patterns are
    # costly on it (the e-mail one retries every run of word characters)
    if len(stripped) < 160 and _COPYRIGHT.search(stripped):
        return "copyright"
    if len(stripped) < 200 and _CAPTION.search(stripped) and not _listed_item(stripped):
        return "caption"
    if len(stripped) < 100 and "@" in stripped and _EMAIL.search(stripped):
        return "byline"
    if len(stripped) < 80 and _BYLINE.search(stripped):
        return "byline"
    if _NAVIGATION.search(stripped):
        return "navigation"
    return None


def split_sentences(text: str) -> tuple[list[Sentence], list[tuple[int, int, str]]]:
    """Story sentences with their language, and the boilerplate spans left out."""
    sentences: list[Sentence] = []
    skipped: list[tuple[int, int, str]] = []
    pos = 0
    related = 0  # headlines still to skip under a 'related articles' heading
    for line in text.splitlines(keepends=True):
        start, end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        body = text[start:end]
        if not body.strip():
            continue
        if len(body) < 60 and _RELATED.match(body):
            skipped.append((start, end, "related"))
            related = 12
            continue
        if related and len(body.strip()) <= 80 and not _STORY_END.search(body):
            skipped.append((start, end, "related"))
            related -= 1
            continue
        related = 0
        if _TABLE_ROW.match(body):
            _cells(text, sentences, skipped, start, end)
            continue
        kind = boilerplate_kind(body)
        if kind:
            skipped.append((start, end, kind))
            continue
        if m := DATELINE_PREFIX.match(body):  # "(베이징=연합뉴스) 정은지 특파원 = " is not story
            skipped.append((start, start + m.end(), "dateline"))
            start += m.end()
            body = text[start:end]
        cut = start
        for m in _SENT_END.finditer(body):
            stop = start + m.start()
            if _NO_END.search(text, max(cut, stop - 6), stop) or _open_bracket(text, cut, stop, end):
                continue  # 'Co. Ltd', 'Feb. 3', '(… Co. Ltd)': not the end of a sentence
            _add(text, sentences, cut, stop)
            cut = start + m.end()
        _add(text, sentences, cut, end)
    return sentences, skipped


def _cells(text: str, out: list[Sentence], skipped: list[tuple[int, int, str]], start: int, end: int) -> None:
    """A table's row: each cell a sentence of its own (a name in one cell is not read into the
    next); a rule line (|---|---|) is skipped."""
    if _TABLE_RULE.fullmatch(text, start, end):
        skipped.append((start, end, "table"))
        return
    cut = start
    for i in range(start, end + 1):
        if i == end or text[i] in "|｜":
            if text[cut:i].strip() and not boilerplate_kind(text[cut:i]):
                _add(text, out, cut, i)
            cut = i + 1


# abbreviations a period does not end a sentence after
_NO_END = re.compile(r"(?<![A-Za-z])(?:Co|Inc|Corp|Ltd|Mr|Mrs|Ms|Dr|Prof|No|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
                     r"Sep|Sept|Oct|Nov|Dec|vs|U\.S|U\.K|e\.g|i\.e)\.$")


def _open_bracket(text: str, start: int, stop: int, end: int) -> bool:
    """Whether a bracket opened in the sentence so far closes later on the line (a full name in
    brackets holds its own periods)."""
    part = text[start:stop]
    opened = part.count("(") + part.count("（") - part.count(")") - part.count("）")
    return opened > 0 and any(c in text[stop:min(end, stop + 80)] for c in ")）")


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
_DATELINE = re.compile(r"입력|등록|수정|송고|발행|게재|기사입력|최종|업데이트|发布|发表|时间|日期|来源|更新|"
                       r"published|updated|posted|date|last modified", re.I)
_WEEKDAY = re.compile(r"[(（]?\s*(?:[월화수목금토일](?:요일)?|星期[一二三四五六日天]|周[一二三四五六日]|"
                      r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?)\s*[)）]?", re.I)
# A dateline without the year: "新华社北京11月3日电", "(北京 11月3日电)", "SEOUL, Nov. 3 (Yonhap) --"
_DAY_ONLY = [
    re.compile(r"(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*电"),
    re.compile(rf"^\s*[A-Z][A-Z .'-]{{2,30}},\s*(?P<mn>{_MON})\s*(?P<d>\d{{1,2}})\s*\("),
]
_COPYRIGHT_YEAR = re.compile(r"(?:[ⓒ©]|\(c\)|copyright|版权所有)\s*(?:[^\d\n]{0,20}?)((?:19|20)\d{2})", re.I)


def _full_date(m: re.Match) -> date | None:
    g = m.groupdict()
    month = _MONTHS[g["mn"][:3].lower()] if g.get("mn") else int(g["m"])
    try:
        return date(int(g["y"]), month, int(g["d"]))
    except ValueError:
        return None


def _dated_line(stripped: str) -> date | None:
    """The date of a line that is a dateline: the date with at most a dateline word, a time, a
    weekday, an agency's dateline or an e-mail beside it."""
    for pattern in _FULL_DATES:
        m = pattern.search(stripped)
        if not m:
            continue
        rest = stripped[: m.start()] + " " + stripped[m.end():]
        rest = re.sub(r"\d{1,2}:\d{2}(?::\d{2})?|[AP]M|KST|GMT|UTC[+-]?\d*|오전|오후|上午|下午", " ",
                      rest, flags=re.I)
        rest = _WEEKDAY.sub(" ", rest) if len(rest.strip()) <= 12 else rest
        if p := DATELINE_PREFIX.match(rest):
            rest = rest[p.end():]
        rest = rest.strip(" \t|:：·,-–—()[]（）【】/")
        if ((_DATELINE.search(rest) and len(rest) <= 30) or len(rest) <= 2 or _EMAIL.search(rest)
                or boilerplate_kind(stripped) in ("byline", "copyright")):
            if d := _full_date(m):
                return d
    return None


def publication_date(text: str, skipped: list[tuple[int, int, str]] | None = None) -> date | None:
    """The date an article states for itself: a dated line (입력 2025.07.25, 发布时间 …, Published …,
    2025.11.03 (월), [서울=연합뉴스] 2025년 11월 3일), a line that is nothing but a date, or an
    agency's dateline without the year (新华社北京11月3日电, SEOUL, Nov. 3 (Yonhap) --) when the
    article states the year elsewhere (a copyright line, or the same day written out in full).
    Dates inside the story are events, not publication; a missing year is never guessed."""
    lines = text.splitlines()[:400]
    partial: tuple[int, int] | None = None
    for line in lines:
        stripped = line.strip()
        if not stripped:
            continue
        if len(stripped) <= 90 and (d := _dated_line(stripped)):
            return d
        if partial is None:
            for pattern in _DAY_ONLY:
                if m := pattern.search(stripped[:60]):
                    month = (_MONTHS[m.group("mn")[:3].lower()] if m.groupdict().get("mn")
                             else int(m.group("m")))
                    partial = (month, int(m.group("d")))
                    break
    if partial is None:
        return None
    years = {int(y) for y in _COPYRIGHT_YEAR.findall(text)}
    for pattern in _FULL_DATES:
        for m in pattern.finditer(text):
            if (d := _full_date(m)) and (d.month, d.day) == partial:
                years.add(d.year)
    if len(years) == 1:
        try:
            return date(years.pop(), *partial)
        except ValueError:
            return None
    return None


# Relative and partial dates inside the story, resolved against the article's date.
_REL = re.compile(
    r"(?=\d|지난|오는|올해|내년|작년|去年|今年|明年|上|下|本)"  # fail fast where no date can start
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
