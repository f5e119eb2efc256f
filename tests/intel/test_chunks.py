"""Long articles are read in parts of whole paragraphs, with the offsets of the whole text."""

from gyoryu.intel.chunks import PART_CHARS, parts
from gyoryu.intel.pipeline import pipeline_for

STORIES = [
    "경기도 대표단은 지난 3일 상하이를 방문해 텐센트와 업무협약을 체결했다.",
    "华为与腾讯在深圳签署战略合作协议。",
    "Samsung Electronics signed an agreement with Baidu in Beijing on Monday.",
    "네이버는 서울에서 바이두와 인공지능 협력을 논의했다.",
    "阿里巴巴宣布在杭州成立新的研究院。",
]


def test_parts_cover_the_text_and_cut_at_line_ends():
    text = "\n".join(f"{i} " + "가나다라마 " * 40 for i in range(200))
    cuts = parts(text, limit=1000)
    assert cuts[0][0] == 0 and cuts[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(cuts, cuts[1:], strict=False))
    assert all(0 < end - start <= 1000 for start, end in cuts)
    assert all(text[end - 1] == "\n" for _start, end in cuts[:-1])
    assert parts("짧은 기사.", limit=1000) == [(0, len("짧은 기사."))]


def test_a_line_longer_than_a_part_is_cut_after_a_sentence():
    line = "腾讯与华为签署协议。" * 400 + "Baidu signed. " * 300
    cuts = parts(line, limit=1000)
    assert len(cuts) > 4 and cuts[-1][1] == len(line)
    for _start, end in cuts[:-1]:
        assert line[end - 1] in "。 "


def _found(doc, shift=0):
    return ({(o.start + shift, o.end + shift, o.mention, o.entity_id) for o in doc.orgs},
            {(p.start + shift, p.end + shift, p.mention, p.role) for p in doc.people},
            {(p.start + shift, p.end + shift, p.mention, p.entity_id) for p in doc.places})


def test_a_long_article_finds_what_its_paragraphs_find(gaz):
    pipeline = pipeline_for(gaz)
    paragraphs, size = [], 0
    while size <= 3 * PART_CHARS:
        paragraphs.append(STORIES[len(paragraphs) % len(STORIES)])
        size += len(paragraphs[-1]) + 2
    text = "\n\n".join(paragraphs)
    assert len(parts(text)) >= 3

    doc = pipeline(text)
    want_orgs, want_people, want_places = set(), set(), set()
    at = 0
    for p in paragraphs:
        orgs, people, places = _found(pipeline(p), at)
        want_orgs |= orgs
        want_people |= people
        want_places |= places
        at += len(p) + 2
    assert _found(doc) == (want_orgs, want_people, want_places)
    assert len(want_orgs) >= 4 * len(paragraphs) // len(STORIES)
    for m in (*doc.orgs, *doc.people, *doc.places):
        assert text[m.start:m.end] == m.mention
    starts = [s.start for s in doc.sentences]
    assert starts == sorted(starts) and len(doc.sentences) == len(paragraphs)
    assert doc.events and all(text[e.start:e.end] in STORIES for e in doc.events)
    assert {e.type for e in doc.events} >= {"agreement", "visit", "founding"}
