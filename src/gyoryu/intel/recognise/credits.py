"""An outlet crediting itself is not a party to the story. A news organisation written in the
article's own credit — a source line (来源：36氪), a dateline ([포항=뉴시스], SEOUL (Reuters) -,
新华社北京3月1日电), a byline (界面新闻记者), or its own reporting (36氪获悉, 对36氪表示, told Caixin) — is
the publisher signing its work, not an organisation the story is about; that mention is dropped.
The same outlet acting in the story (매일경제가 진두지휘했다) and an outlet another outlet cites
(韓聯社報導, according to Reuters) stay. A Korean byline names the outlet before its reporter
([이데일리 김경은 기자]), and a footer line — copyright or tip line (ⓒ 이데일리. 무단전재 및 재배포
금지, 뉴시스가 독자 여러분의 제보를 기다립니다, 版权所有, All rights reserved) — is the publisher's
too."""

from __future__ import annotations

import re

from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.pipeline import Doc
from gyoryu.intel.text import boilerplate_kind

_BEFORE = re.compile(
    r"(?:(?:本文)?(?:来源|來源|稿源|出处|出處)\s*[:：]\s*"  # 来源：新华网
    r"|[\[【(（][^\]】)）\n]{0,12}=\s*"  # [포항=뉴시스], (사진=연합뉴스)
    r"|\btold\s"  # told Reuters: the outlet's own interview
    r"|[(（]\s?)$")  # (Reuters) - : only with _DATELINE_CLOSE after
_AFTER = re.compile(r"\s?(?:记者|記者|获悉|獲悉|讯|訊|首发|首發|独家|獨家|[^\s，。,\n]{0,6}\d{1,2}月\d{1,2}日[电電])"
                    r"|\s[가-힣]{2,4}\s?(?:기자|특파원)")  # [이데일리 김경은 기자]: a Korean byline
# a footer line's call for tips (its copyright line is `text.boilerplate_kind`'s to tell)
_TIP_LINE = re.compile(r"제보를?\s?기다립니다")
_DATELINE_CLOSE = re.compile(r"\s?[)）]\s*[-–—]")
_TOLD_BEFORE = re.compile(r"(?:[向对對]|告诉|告訴)$")  # 对36氪表示: told 36Kr
_TOLD_AFTER = re.compile(r"(?:表示|透露|称|稱|说|說)")


def _credit(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    if boilerplate_kind(line) == "copyright" or (len(line) <= 160 and _TIP_LINE.search(line)):
        return True  # the footer: the outlet's copyright line or its call for tips
    before = _BEFORE.search(text, max(0, start - 16), start)
    if before and before.group().rstrip().endswith(("(", "（")):
        return bool(_DATELINE_CLOSE.match(text, end))
    if _TOLD_BEFORE.search(text, max(0, start - 2), start) and _TOLD_AFTER.match(text, end):
        return True
    return bool(before) or bool(_AFTER.match(text, end))


def drop_credits(doc: Doc, gazetteer: Gazetteer) -> None:
    """Mentions of an outlet that sit in the article's credit, gone."""
    doc.orgs = [o for o in doc.orgs
                if o.entity_id is None or gazetteer.orgs[o.entity_id].kind != "media"
                or not _credit(doc.text, o.start, o.end)]
