"""The report's charts as static PNG images, drawn on the server with matplotlib (no browser, so
the PDF and the spreadsheet-minded reader get the same picture as the page).

Hangul and Hanzi need a CJK font: the Noto Sans CJK faces Debian's fonts-noto-cjk installs,
found by family name through matplotlib's font manager (no path in the code). The reader's
language picks the regional face first (KR for Korean, SC for Chinese); matplotlib falls back
glyph by glyph along the list, and to its own DejaVu Sans when no CJK font is installed — the
chart is still drawn, with empty boxes for the glyphs it lacks. Images carry no timestamp, so
the same data draws the same bytes."""

from __future__ import annotations

import logging
from functools import lru_cache
from io import BytesIO

FACES = {"ko": ("Noto Sans CJK KR", "Noto Sans CJK SC"), "zh": ("Noto Sans CJK SC", "Noto Sans CJK KR"),
         "en": ("Noto Sans CJK KR", "Noto Sans CJK SC")}
PALETTE = ("#2f6db5", "#d1495b", "#edae49", "#66a182", "#8d6cab", "#00798c", "#a05c3b", "#6b6b6b", "#c2b280")


@lru_cache
def families(lang: str) -> tuple[str, ...]:
    """The installed CJK families for a reader, in preference order, then matplotlib's default."""
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    wanted = (*FACES.get(lang, FACES["en"]), "Noto Sans CJK JP", "Noto Sans CJK TC")
    return (*[f for f in wanted if f in installed], "DejaVu Sans")


def _figure(lang: str, height: float):
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
    fig = Figure(figsize=(7.2, height), dpi=110)
    fig.set_layout_engine("constrained")
    ax = fig.add_subplot()
    ax.spines[["top", "right"]].set_visible(False)
    return fig, ax


def _png(fig) -> bytes:
    buf = BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None})
    return buf.getvalue()


def _fonts(lang: str):
    import matplotlib

    return matplotlib.rc_context({"font.family": list(families(lang)), "axes.unicode_minus": False})


def stacked_bars(*, months: list[str], series: dict[str, list[int]], title: str, lang: str) -> bytes:
    """Events per month, one colour per series (event types), stacked."""
    with _fonts(lang):
        fig, ax = _figure(lang, 3.4)
        bottom = [0] * len(months)
        for i, (label, values) in enumerate(series.items()):
            ax.bar(months, values, bottom=bottom, label=label, color=PALETTE[i % len(PALETTE)])
            bottom = [b + v for b, v in zip(bottom, values, strict=True)]
        ax.set_title(title, loc="left", fontsize=11)
        ax.tick_params(axis="x", labelrotation=45 if len(months) > 6 else 0, labelsize=8)
        ax.yaxis.get_major_locator().set_params(integer=True)
        if series:
            ax.legend(fontsize=8, frameon=False, ncols=min(len(series), 5), loc="upper left",
                      bbox_to_anchor=(0, -0.18 if len(months) > 6 else -0.1))
        return _png(fig)


def horizontal_bars(*, labels: list[str], values: list[int], title: str, lang: str) -> bytes:
    """A ranking (country pairs, organisations), biggest on top."""
    with _fonts(lang):
        fig, ax = _figure(lang, max(1.6, 0.32 * len(labels) + 0.9))
        ax.barh(labels[::-1], values[::-1], color=PALETTE[0])
        for y, v in enumerate(values[::-1]):
            ax.annotate(str(v), (v, y), xytext=(3, 0), textcoords="offset points", va="center", fontsize=8)
        ax.set_title(title, loc="left", fontsize=11)
        ax.tick_params(axis="y", labelsize=8)
        ax.xaxis.get_major_locator().set_params(integer=True)
        return _png(fig)
