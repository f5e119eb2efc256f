"""The investment memo: the deal's facts, its path through the pipeline, the rubric's results and
the thesis, in the reader's language (ko / zh / en), as a page and as a PDF.

The PDF goes through the same WeasyPrint path as a participant's agenda (`programs.agenda.pdf`),
whose stylesheet names the Noto CJK fonts first, so Hangul and Hanzi come out as real text."""

from __future__ import annotations

from sqlalchemy.orm import Session

from gyoryu.fund import scoring
from gyoryu.fund.enums import LABELS
from gyoryu.fund.models import Deal
from gyoryu.fund.rules import guard
from gyoryu.i18n import Translator

TEMPLATE = "fund/memo_print.html"


def memo_context(*, db: Session, actor, deal: Deal, t: Translator) -> dict:
    """Everything the memo shows, for the page and the PDF alike."""
    guard(actor)
    criteria = scoring.rubric(db=db, actor=actor)
    return {"deal": deal, "org": deal.organization, "card": scoring.scorecard(db=db, actor=actor, deal=deal),
            "criteria": {c.key: c.label(t.locale) for c in criteria},
            "thesis": (deal.memo or {}).get(t.locale) or "",
            "thesis_other": {k: v for k, v in (deal.memo or {}).items() if k != t.locale}}


def memo_pdf(*, db: Session, actor, deal: Deal, t: Translator, env) -> bytes:
    """The memo as a PDF; `env` is the app's Jinja environment (the page's own templates)."""
    from gyoryu.programs.agenda import pdf

    html = env.get_template(TEMPLATE).render(
        _=t.gettext, pgettext=t.pgettext, ngettext=t.ngettext, locale=t.locale, translator=t,
        label=lambda vocab, value: t.pgettext(*LABELS[vocab][value]),
        **memo_context(db=db, actor=actor, deal=deal, t=t))
    return pdf(html)
