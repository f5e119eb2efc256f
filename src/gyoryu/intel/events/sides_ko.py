"""Korean roles, read from the particle that closes each coordinated group of names (Kiwi's
tags): who acts, the object, the counterpart, the venue, who invests."""

from __future__ import annotations

from gyoryu.intel.events.common import _groups
from gyoryu.intel.pipeline import (
    Doc,
    OrgMention,
)
from gyoryu.intel.segment import kiwi_tokens


def ko_roles(doc: Doc, orgs: list[OrgMention], trigger: int) -> dict[int, str]:
    """Each organisation's role from the particle closing its coordinated group, read with Kiwi's
    tags: JKS 이/가 or JX 은/는/도 → actor, JKO 을/를 → object, JKB 와/과 → with (the
    counterpart), JKB 에서 → venue, JKB 로부터 → from, JKB 에/에게 → at; a headline's 'A·B, …'
    opens with its subject."""
    if not orgs:
        return {}
    kiwi = _KIWI_REF.get("kiwi")
    if kiwi is None:
        return {}
    start = min(o.start for o in orgs)
    sentence = next((s for s in doc.sentences if s.start <= start < s.end), None)
    if sentence is not None and sentence.end >= max(trigger, max(o.end for o in orgs)):
        # the sentence's tokens, read once for the whole pipeline
        s_start, chunk = sentence.start, doc.text[sentence.start:sentence.end]
        tokens = kiwi_tokens(doc, kiwi, sentence)
    else:
        s_end = max(trigger, max(o.end for o in orgs)) + 40
        s_start = start
        while s_start > 0 and doc.text[s_start - 1] not in "\n":
            s_start -= 1
        chunk = doc.text[s_start:s_end]
        tokens = kiwi.tokenize(chunk)
    out: dict[int, str] = {}
    for group in _groups(doc, orgs):
        end = group[-1].end - s_start
        role = None
        steps = depth = 0
        for t in tokens:
            if t.start < end:
                continue
            steps += 1
            if steps > 8:
                break
            if t.tag == "SS":  # a gloss in brackets, commas inside it included, is read through
                depth += 1 if t.form in "([{（「『“‘" else -1 if t.form in ")]}）」』”’" else 0
            if t.tag == "JKS" or (t.tag == "JX" and t.form in ("은", "는", "도")):
                role = "actor"
            elif t.tag == "JKO":
                role = "object"
            elif t.tag in ("JKB", "JC") and t.form in ("와", "과", "랑", "하고"):
                role = "with"  # the group is whole: 와 after it names the counterpart
            elif t.tag == "JKB" and t.form == "에서":
                role = "venue"  # 경기창조경제혁신센터에서: where, not with whom
            elif t.tag == "JKB" and t.form in ("로부터", "으로부터", "에게서"):
                role = "from"  # 카카오벤처스로부터 (투자를 유치)
            elif t.tag == "JKB" and t.form in ("에", "에게", "로", "으로"):
                role = "at"
            elif t.tag in ("JKG", "JC") or t.tag.startswith(("NN", "S", "XS", "XP", "MM", "NR")):
                if t.tag == "SP" and t.form == "," and group[0].start == s_start + (
                        len(chunk) - len(chunk.lstrip())) and steps == 1:
                    role = "actor"  # headline: "네이버·카카오, 베이징 …"
                    break
                if t.tag == "SP" and t.form == "," and depth <= 0:
                    break  # 알리바바 본사, 정부가 지정한 …: the phrase ended; the next one's 가 is not its
                continue
            else:
                break
            break
        if role:
            for o in group:
                out[id(o)] = role
    return out


_KIWI_REF: dict[str, object] = {}
