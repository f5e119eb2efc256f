"""A known short name written straight on into more name characters names another body: a group's
company (SK하이닉스, LG에너지솔루션, SK海力士, LG新能源, 三星生物制剂（Samsung Biologics）). The
matcher found the short name (SK, LG, 三星); the longer one is the mention, unlinked (had the
directory held it, the matcher would have found it whole). Where the segmenter ends the name —
Kiwi, jieba — decides how far: a particle (삼성은), the body's own kind (그룹, 集团), a site or a
product after the name (LG공장, 三星手机, SK海力士总部) is no part of it."""

from __future__ import annotations

import re

from gyoryu.directory.normalize import name_key
from gyoryu.intel.enums import EntityKind
from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.pipeline import Doc, OrgMention
from gyoryu.intel.recognise.heads import simplified
from gyoryu.intel.segment import LazyKiwi, jieba_for, kiwi_tokens

_LATIN_BRAND = re.compile(r"[A-Z]{2,3}")
# words after a name that say what it is, where, or what of it: the short name stays the mention
_KO_NOT_NAME = frozenset(
    "그룹 계열 계열사 측 쪽 본사 사옥 공장 매장 부스 전시관 제품 폰 스마트폰 브랜드 오너 오너가 회장 부회장 사장 대표 "
    "직원 임원 관계자 출신 주가 주식 지분 등 전 때 의원 사업 사업부 협력사 노조 가 家 관 캠퍼스".split())
_ZH_NOT_NAME = frozenset(
    "集团 集團 公司 总部 總部 工厂 工廠 厂 廠 旗下 相关 相關 方面 电视 電視 手机 手機 产品 產品 品牌 股份 股价 股價 "
    "等 和 与 與 及 的 在 代表 高管 会长 會長 社长 社長 负责人 負責人 员工 員工 "
    "展台 展位 晶圆厂 晶圓廠 园区 園區 计划 計劃 副会长 副會長 董事长 董事長 总裁 總裁 副总裁 副總裁 首席执行官 "
    "官员 官員 方 一方 双方 雙方 此次 今年 去年".split())
_ZH_NOUN_TAGS = frozenset({"n", "nz", "nt", "nr", "nrt", "j"})
_ZH_COUNTRIES = frozenset({"中国", "中國", "韩国", "韓國", "日本", "美国", "美國", "亚洲", "亞洲"})
_KO_COUNTRY_UNIT = re.compile(r" (?:차이나|코리아|재팬)(?=[은는이가을를의와과도에]?(?![가-힣]))")
# more Hangul or Hanzi after a known name, then its Latin gloss in brackets
_GLOSSED_ON = re.compile(r"([가-힣\u4e00-\u9fff]{1,10})\s?[(（]([A-Z][A-Za-z&.\- ]{2,40})[)）]")
_HANGUL = re.compile(r"[가-힣]")
_HANZI = re.compile(r"[\u4e00-\u9fff]")
_NAME_TAGS = ("NNP", "NNG", "SL", "SH", "XSN")


def known_names_run_on(doc: Doc, gazetteer: Gazetteer, kiwi: LazyKiwi) -> None:
    """Each linked name whose next character is Hangul or Hanzi, read on to where the segmenter
    ends the name."""
    text = doc.text
    for i, o in enumerate(doc.orgs):
        if o.entity_id is None or o.end >= len(text) or gazetteer.orgs[o.entity_id].kind == "government":
            continue
        nxt = text[o.end]
        if (g := _GLOSSED_ON.match(text, o.end)) and _glossed_longer(gazetteer, o, g.group(2)):
            end = g.end(1)  # 三星生物制剂（Samsung Biologics）: the gloss names the longer body
        elif _HANGUL.match(nxt) and (_LATIN_BRAND.fullmatch(o.mention) or _HANGUL.match(o.mention[-1])):
            end = _ko_end(doc, kiwi, o)
        elif _HANZI.match(nxt) and (_LATIN_BRAND.fullmatch(o.mention) or _HANZI.match(o.mention[-1])):
            end = _zh_end(doc, gazetteer, o)
        else:
            continue
        if end <= o.end or any(x is not o and x.start < end and o.end < x.end
                               for x in (*doc.orgs, *doc.people)):
            continue
        if (unit := _KO_COUNTRY_UNIT.match(text, end)) and _HANGUL.match(text[end - 1]):
            end = unit.end()  # SK하이닉스 차이나: the new company's unit in China
        doc.orgs[i] = OrgMention(o.start, end, text[o.start:end], source="pattern")
        doc.places = [p for p in doc.places if not (o.start < p.end and p.start < end)]


def _glossed_longer(gazetteer: Gazetteer, o: OrgMention, gloss: str) -> bool:
    """Whether the Latin gloss is the known name's English one with more words after it."""
    en = gazetteer.orgs[o.entity_id].names.get("en", "")
    return bool(en) and gloss.lower().startswith(en.lower() + " ") and not o.mention.isascii()


def _ko_end(doc: Doc, kiwi: LazyKiwi, o: OrgMention) -> int:
    s = next((s for s in doc.sentences if s.start <= o.start < s.end), None)
    if s is None:
        return 0
    tokens = kiwi_tokens(doc, kiwi, s)
    word: list = []
    for t in tokens:
        a = s.start + t.start
        if a + t.len <= o.start:
            continue
        if word and a != s.start + word[-1].start + word[-1].len:
            break  # a space: the word ends
        word.append(t)
    if not word or s.start + word[0].start != o.start:
        return 0
    first = word[0]
    if s.start + first.start + first.len > o.end:  # Kiwi reads one longer word (LG디스플레이, 삼성전자)
        rest = doc.text[o.end:s.start + first.start + first.len]
        return s.start + first.start + first.len if first.tag == "NNP" and rest not in _KO_NOT_NAME else 0
    if not all(t.tag in ("NNP", "SL") for t in word if s.start + t.start < o.end):
        return 0  # Kiwi reads the known name as an ordinary word (국회의원)
    after = [t for t in word if s.start + t.start >= o.end]
    names = []
    for t in after:
        if t.tag not in _NAME_TAGS or t.form in _KO_NOT_NAME:
            break
        names.append(t)
    if not names or len(names) < len(after) and not after[len(names)].tag.startswith("J"):
        return 0  # ends in a verb or a word of what it is (LG공장을, SK측은)
    if len(names) == 1 and names[0].tag == "NNG" and names[0].id > 2 and len(names[0].form) < 3:
        return 0  # one short common word (삼성폰): no company's name
    return s.start + names[-1].start + names[-1].len


def _zh_end(doc: Doc, gazetteer: Gazetteer, o: OrgMention) -> int:
    import rjieba

    jieba_for(gazetteer)
    text = doc.text
    stop = o.end
    while stop < len(text) and stop - o.end < 10 and _HANZI.match(text[stop]):
        stop += 1
    words = rjieba.tag(simplified(text[o.end:stop]))  # jieba reads Simplified: 電訊則 is 电讯 + 则
    if not words or len(words[0][0]) < 2 or words[0][0] in _ZH_NOT_NAME or words[0][1] not in _ZH_NOUN_TAGS:
        return 0  # SK表示, LG宣布: a verb says what the body does
    words = [w for w, _t in words]
    if not _LATIN_BRAND.fullmatch(o.mention) or words[0] in _ZH_COUNTRIES:
        # 三星手机: a Chinese name on into a word is read by the Chinese rules; 红杉中国 (a firm's
        # unit in a country, as 차이나 is) was tried: in news a known name and 中国 is as often the
        # parent in China
        return 0
    return o.end + len(words[0])  # SK海力士, LG新能源


def regions_written_on(doc: Doc, gazetteer: Gazetteer) -> None:
    """A known Korean name with a province's or city's name written onto its front (경남 +
    로봇산업협회, 제주 + 관광공사, 인천 + 공항공사) is that region's own body, not the national one
    the directory holds: the whole word is the mention, unlinked (had the directory held the
    regional body, the matcher would have found it whole). A country written so (한국관광공사) is
    no region: those names the directory holds whole."""
    text = doc.text
    for i, o in enumerate(doc.orgs):
        if o.entity_id is None or o.start < 2 or not _HANGUL.match(text[o.start - 1]) \
                or not _HANGUL.match(o.mention[0]) or len(o.mention) < 3:
            continue
        start = o.start - 1
        while start > 0 and _HANGUL.match(text[start - 1]) and o.start - start < 5:
            start -= 1
        if start > 0 and _HANGUL.match(text[start - 1]):
            continue  # more than a region's name before it
        region = [gazetteer.places[pid] for kind, pid in gazetteer.entities(name_key(text[start:o.start]))
                  if kind == EntityKind.place]
        if not region or any(p.kind == "country" for p in region) \
                or any(x is not o and x.start < o.start and start < x.end for x in (*doc.orgs, *doc.people)):
            continue
        doc.orgs[i] = OrgMention(start, o.end, text[start:o.end], source="pattern")
        doc.places = [p for p in doc.places if not (start < p.end and p.start < o.end)]
