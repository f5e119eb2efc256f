"""Precision, recall and F1 of the intel pipeline on the gold set, and linking accuracy.

    .venv/bin/python -m bench.intel_quality
"""

from __future__ import annotations

from pathlib import Path

from bench.intel_common import gazetteer, gold_items
from gyoryu.intel.evaluate import Score, score
from gyoryu.intel.pipeline import pipeline_for

KINDS = ("organizations", "people", "places", "events")


def main() -> None:
    gaz = gazetteer()
    pipeline = pipeline_for(gaz)
    total = Score()
    print(f"{'article':<28}" + "".join(f"{k[:6]:>8}" for k in KINDS) + "   (F1)")
    for item, text in gold_items():
        doc = pipeline(text)
        one = score(doc, gaz, item)
        score(doc, gaz, item, total)
        print(f"{Path(item['file']).name:<28}" + "".join(f"{one.prf(k)[2]:8.2f}" for k in KINDS))
    print()
    print(f"{'':<16}{'P':>7}{'R':>7}{'F1':>7}")
    for k in KINDS:
        p, r, f = total.prf(k)
        print(f"{k:<16}{p:7.3f}{r:7.3f}{f:7.3f}")
    c = total.counts
    print(f"linking accuracy {total.linking():.3f} ({c['link.correct']} right, "
          f"{c['link.wrong']} wrong)")
    roles = c["role.correct"] + c["role.wrong"]
    print(f"role accuracy    {c['role.correct'] / roles if roles else 0:.3f} ({roles} roles)")


if __name__ == "__main__":
    main()
