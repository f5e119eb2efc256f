"""Extraction time against article length: a 500 KB article should cost per KB what a 5 KB one does.

For each language the gold articles of `tests/intel/gold` (or, with `--news-dev`, the real
articles of `../shared/news-dev/articles`) are joined, and repeated, into articles of 5, 50,
125, 250 and 500 KB; each is extracted once (the 5 KB one five times, to
see past the noise) after a warm-up. Printed: seconds, milliseconds per KB, and the ratio of
each article's time per KB to the 5 KB article's (the aim: at most 2).

    .venv/bin/python -m bench.intel_long [--news-dev] [KB ...]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from bench.intel_common import GOLD, gazetteer
from gyoryu.intel.pipeline import pipeline_for

SIZES = (5, 50, 125, 250, 500)
NEWS_DEV = Path(__file__).resolve().parents[1] / ".." / "shared" / "news-dev" / "articles"


def article(lang: str, kb: int, source: Path = GOLD) -> str:
    """An article of about `kb` KB (UTF-8) in one language, cut at a paragraph."""
    files = sorted(source.rglob(f"{lang}_*.txt")) or sorted(source.rglob(f"*_{lang}.txt"))
    texts = [p.read_text(encoding="utf-8") for p in files]
    paragraphs = [p for t in texts for p in t.split("\n") if p.strip()]
    out, size, i = [], 0, 0
    while size < kb * 1000:
        p = paragraphs[i % len(paragraphs)]
        out.append(p)
        size += len(p.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(out)


def main() -> None:
    args = sys.argv[1:]
    source = NEWS_DEV if "--news-dev" in args else GOLD
    sizes = tuple(int(a) for a in args if a.isdigit()) or SIZES
    gaz = gazetteer()
    pipeline = pipeline_for(gaz)
    print(f"{'lang':<5}{'KB':>6}{'seconds':>10}{'ms/KB':>8}{'× 5 KB':>8}{'orgs':>7}{'events':>8}")
    for lang in ("ko", "zh", "en"):
        pipeline(article(lang, 5, source))  # warm-up: Kiwi's and jieba's first calls load their models
        base = None
        for kb in sizes:
            text = article(lang, kb, source)
            size = len(text.encode("utf-8")) / 1000
            runs = 5 if kb <= 5 else 1
            t0 = time.perf_counter()
            for _ in range(runs):
                doc = pipeline(text)
            took = (time.perf_counter() - t0) / runs
            per_kb = took / size * 1000
            base = base or per_kb
            print(f"{lang:<5}{size:6.0f}{took:10.2f}{per_kb:8.2f}{per_kb / base:8.2f}"
                  f"{len(doc.orgs):7d}{len(doc.events):8d}", flush=True)


if __name__ == "__main__":
    main()
