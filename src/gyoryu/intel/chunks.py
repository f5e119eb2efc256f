"""Long articles read in parts: whole paragraphs, a story's worth at a time.

Rules look around a mention (the sentence, the mentions before it, the places beside it), and
some look around it across the whole document; on a news article of a few thousand characters
that is cheap, on a 500 KB dump of articles it is quadratic. Cutting the text where paragraphs
end bounds what any rule can scan, so extraction time grows with the text. Offsets stay those
of the whole text: each part's mentions, sentences, dates and events are shifted back.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gyoryu.intel.pipeline import Doc

# A part holds whole paragraphs up to this many characters (a long news article is 5-10,000);
# a single paragraph longer than that is cut after a sentence.
PART_CHARS = 12_000
_SENTENCE_END = re.compile(r"[.!?。！？][\"'”’」』)]*\s+|[。！？]")


def parts(text: str, limit: int = PART_CHARS) -> list[tuple[int, int]]:
    """(start, end) of consecutive parts covering `text`, cut only at line ends, or inside an
    over-long line after a sentence (else after a space, else anywhere)."""
    if len(text) <= limit:
        return [(0, len(text))]
    out: list[tuple[int, int]] = []
    start = pos = 0
    for line in text.splitlines(keepends=True):
        end = pos + len(line)
        if end - start > limit and pos > start:
            out.append((start, pos))  # the part so far ends with the line before
            start = pos
        while end - start > limit:  # one line longer than a part
            cut = _cut(text, start, start + limit)
            out.append((start, cut))
            start = cut
        pos = end
    if start < len(text):
        out.append((start, len(text)))
    return out


def _cut(text: str, start: int, stop: int) -> int:
    """Where to end a part inside one long line: after the last sentence before `stop`."""
    last = None
    for m in _SENTENCE_END.finditer(text, start + (stop - start) // 2, stop):
        last = m.end()
    if last is None:
        space = text.rfind(" ", start + (stop - start) // 2, stop)
        last = space + 1 if space > start else stop
    return last


def join(text: str, pieces: list[tuple[int, Doc]], published: date | None) -> Doc:
    """One document from the parts read apart, every offset moved back into `text`."""
    from gyoryu.intel.text import article_language

    whole = pieces[0][1]
    whole.text, whole.cache = text, {}
    for offset, doc in pieces[1:]:
        _shift(doc, offset)
        whole.sentences += doc.sentences
        whole.skipped += doc.skipped
        whole.orgs += doc.orgs
        whole.people += doc.people
        whole.places += doc.places
        whole.dates += doc.dates
        whole.events += doc.events
        whole.gatherings += doc.gatherings
    whole.date = published if published is not None else whole.date
    whole.date_settled = False
    whole.language = article_language(text, whole.sentences)
    return whole


def _shift(doc: Doc, by: int) -> None:
    moved: set[int] = set()

    def move(m) -> None:
        if m is not None and id(m) not in moved:
            moved.add(id(m))
            m.start += by
            m.end += by

    for group in (doc.orgs, doc.people, doc.places, doc.gatherings):
        for m in group:
            move(m)
    for e in doc.events:
        for m in (*e.actors, *e.targets, e.place):
            move(m)
        e.start += by
        e.end += by
    doc.sentences = [replace(s, start=s.start + by, end=s.end + by) for s in doc.sentences]
    doc.skipped = [(a + by, b + by, kind) for a, b, kind in doc.skipped]
    doc.dates = [replace(d, start=d.start + by, end=d.end + by) for d in doc.dates]
