"""The periodic Korea–China AI exchange report: headline figures, charts, the most active
organisations and relations, notable events with their sources — as data (`build`), a page, a
spreadsheet and a PDF.

Every figure is read through `service.trends` with the period's filters, so the report and
`GET /api/trends?from=P&to=P` give the same numbers, and the same data and period give the same
report (orderings break ties by key; nothing depends on the clock). The PDF goes through the
WeasyPrint path of agendas and memos (`programs.agenda.pdf`), whose stylesheet names the Noto
CJK fonts first, so Korean and Chinese come out as real, extractable text."""

from __future__ import annotations

import base64
from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from gyoryu.directory.models import Organization, Sector
from gyoryu.i18n import Translator
from gyoryu.intel.enums import EventType
from gyoryu.intel.models import Article, Event
from gyoryu.research import charts, service
from gyoryu.research.enums import FactKind
from gyoryu.research.models import Fact
from gyoryu.research.periods import Period, previous
from gyoryu.research.schemas import parse_query

KR_CN = ("KR→CN", "CN→KR", "CN–KR")
TOP = 10
NOTABLE = 12
# what makes an event notable first: money and signatures before visits
WEIGHT = {EventType.investment: 0, EventType.founding: 1, EventType.agreement: 2, EventType.partnership: 3,
          EventType.summit: 4, EventType.delegation: 5, EventType.exhibition: 6, EventType.visit: 7,
          EventType.other: 8}


def _names(db: Session, org_ids: set[int], lang: str) -> dict[int, str]:
    if not org_ids:
        return {}
    orgs = db.scalars(select(Organization).where(Organization.id.in_(sorted(org_ids))))
    return {o.id: str(o.display_name(lang)) for o in orgs}


def _org_ref_ids(db: Session, refs: list[str]) -> dict[str, int]:
    """Trend rows name organisations by key (or id): back to ids, to name them."""
    keyed = dict(db.execute(select(Organization.key, Organization.id).where(Organization.key.in_(refs))).all())
    return {r: keyed.get(r) or int(r) for r in refs}


def _relations(db: Session, period: Period, lang: str) -> list[dict]:
    """The pairs of organisations named together in the most events of the period."""
    a, b = aliased(Fact), aliased(Fact)
    stmt = (select(a.value, b.value, func.count(), func.min(a.article_id))
            .join(b, (b.event_id == a.event_id) & (b.kind == FactKind.org) & (b.value > a.value))
            .where(a.kind == FactKind.org, a.month >= period.start, a.month <= period.end)
            .group_by(a.value, b.value))
    pairs = sorted(db.execute(stmt).all(), key=lambda r: (-r[2], int(r[0]), int(r[1])))[:TOP]
    names = _names(db, {int(x) for r in pairs for x in r[:2]}, lang)
    out = []
    for x, y, n, _first in pairs:
        arts = sorted(set(db.scalars(select(a.article_id).join(
            b, (b.event_id == a.event_id) & (b.kind == FactKind.org) & (b.value == y))
            .where(a.kind == FactKind.org, a.value == x, a.month >= period.start, a.month <= period.end))))
        out.append({"a": names.get(int(x), x), "b": names.get(int(y), y), "count": n, "articles": arts})
    return out


def _notable(db: Session, period: Period, lang: str) -> list[dict]:
    """Cross-border events of the period, signatures and money first, newest first, with the
    sentence they were read in and its article."""
    rows = db.execute(select(Fact.event_id, Fact.type, Fact.month, Fact.country_pair).where(
        Fact.kind == FactKind.event, Fact.month >= period.start, Fact.month <= period.end,
        Fact.country_pair.is_not(None))).all()
    cross = [r for r in rows if "–" in r.country_pair or ("→" in r.country_pair
                                                           and len(set(r.country_pair.split("→"))) == 2)]
    cross.sort(key=lambda r: (WEIGHT.get(r.type, 9), tuple(-ord(c) for c in r.month), r.event_id))
    chosen = cross[:NOTABLE]
    if not chosen:
        return []
    events = {e.id: e for e in db.scalars(select(Event).where(Event.id.in_([r.event_id for r in chosen])))}
    names = _names(db, {p.org_id for e in events.values() for p in e.parties if p.org_id}, lang)
    out = []
    for r in chosen:
        e = events[r.event_id]
        article: Article = e.article
        sentence = article.text[e.start:e.end].strip()
        out.append({"event": e.id, "type": e.type, "month": r.month, "country_pair": r.country_pair,
                    "parties": [names.get(p.org_id) or p.text for p in e.parties],
                    "sentence": sentence[:300] + ("…" if len(sentence) > 300 else ""),
                    "article": article.id, "title": article.title, "source": article.source,
                    "published": article.published.isoformat() if article.published else None})
    return out


def build(*, db: Session, period: Period, lang: str, with_outcomes: bool = True) -> dict:
    """The report's data for a period, in a reader's language (names only; figures don't vary).
    Outcome steps come from organisations' relations: left out (None) for readers who may not
    see them."""
    span = {"from": period.label, "to": period.label}
    q = lambda by, **kw: parse_query(by=by, **span, **kw)  # noqa: E731
    by_type = service.trends(db=db, query=q("type"))
    by_pair = service.trends(db=db, query=q("country_pair"))
    by_month_type = service.trends(db=db, query=q("month,type"))
    top_orgs = service.trends(db=db, query=q("org"))[:TOP]
    top_sectors = service.trends(db=db, query=q("sector"))[:TOP]
    before = previous(period)
    ids = _org_ref_ids(db, [r["org"] for r in top_orgs])
    names = _names(db, set(ids.values()), lang)
    for r in top_orgs:
        r["label"] = names.get(ids[r["org"]], r["org"])
    sector_labels = {s.key: s.label(lang) for s in db.scalars(select(Sector))}
    for r in top_sectors:
        r["label"] = sector_labels.get(r["sector"], r["sector"])
    all_articles = {a for r in by_type for a in r["articles"]}
    kr_cn = [r for r in by_pair if r["country_pair"] in KR_CN]
    new = service.new_organisations(db=db, query=parse_query(**span))
    outcome_rows = service.outcome_steps(db=db, start=period.start, end=period.end) if with_outcomes else None
    return {
        "period": period.label, "start": period.start, "end": period.end, "previous": before.label,
        "lang": lang,
        "headline": {
            "events": sum(r["count"] for r in by_type),
            "events_previous": service.total(db=db, query=parse_query(**{"from": before.label, "to": before.label})),
            "articles": len(all_articles),
            "organisations": len(service.trends(db=db, query=q("org"), articles=False)),
            "new_organisations": sum(r["count"] for r in new),
            "korea_china": sum(r["count"] for r in kr_cn),
            "outcome_steps": None if outcome_rows is None else sum(r["count"] for r in outcome_rows),
        },
        "months": period.months(),
        "by_type": by_type, "by_country_pair": by_pair, "by_month_type": by_month_type,
        "top_organisations": top_orgs, "top_sectors": top_sectors,
        "relations": _relations(db, period, lang), "notable": _notable(db, period, lang),
        "new_organisations": new, "outcomes": outcome_rows,
    }


def chart_images(*, data: dict, t: Translator) -> dict[str, bytes]:
    """The report's three charts as PNG: events by month and type, country pairs, organisations."""
    types = [r["type"] for r in data["by_type"]]
    counts = defaultdict(int)
    for r in data["by_month_type"]:
        counts[(r["month"], r["type"])] += r["count"]
    series = {t.pgettext("event type", ty): [counts[(m, ty)] for m in data["months"]] for ty in types}
    pairs = data["by_country_pair"][:TOP]
    return {
        "months": charts.stacked_bars(months=data["months"], series=series, lang=t.locale,
                                      title=t.gettext("News events by month and type")),
        "pairs": charts.horizontal_bars(labels=[r["country_pair"] or t.gettext("unknown") for r in pairs],
                                        values=[r["count"] for r in pairs], lang=t.locale,
                                        title=t.gettext("Events by country pair")),
        "organisations": charts.horizontal_bars(
            labels=[r["label"] for r in data["top_organisations"]],
            values=[r["count"] for r in data["top_organisations"]], lang=t.locale,
            title=t.gettext("Most active organisations")),
    }


def data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def xlsx(*, data: dict, t: Translator) -> bytes:
    from gyoryu.tabular import xlsx_bytes

    h = data["headline"]
    label = lambda ty: t.pgettext("event type", ty)  # noqa: E731
    ids = lambda xs: " ".join(str(x) for x in xs)  # noqa: E731
    return xlsx_bytes({
        t.gettext("Summary"): ([t.gettext("Figure"), t.gettext("Value")], [
            (t.gettext("Period"), data["period"]),
            (t.gettext("News events"), h["events"]),
            (t.gettext("News events, previous period ({period})", period=data["previous"]), h["events_previous"]),
            (t.gettext("Articles"), h["articles"]),
            (t.gettext("Organisations in the news"), h["organisations"]),
            (t.gettext("Organisations seen for the first time"), h["new_organisations"]),
            (t.gettext("Korea–China events"), h["korea_china"]),
            *([(t.gettext("Outcome steps recorded"), h["outcome_steps"])] if h["outcome_steps"] is not None
              else [])]),
        t.gettext("By month"): ([t.gettext("Month"), t.gettext("Event type"), t.gettext("Events"),
                                 t.gettext("Articles")],
                                [(r["month"] or "", label(r["type"]), r["count"], ids(r["articles"]))
                                 for r in data["by_month_type"]]),
        t.gettext("Countries"): ([t.gettext("Countries"), t.gettext("Events"), t.gettext("Articles")],
                                 [(r["country_pair"] or "", r["count"], ids(r["articles"]))
                                  for r in data["by_country_pair"]]),
        t.gettext("Organisations"): ([t.gettext("Organisation"), t.gettext("Key"), t.gettext("Events"),
                                     t.gettext("Articles")],
                                    [(r["label"], r["org"], r["count"], ids(r["articles"]))
                                     for r in data["top_organisations"]]),
        t.gettext("Relations"): ([t.gettext("Organisation"), t.gettext("Organisation"), t.gettext("Events"),
                                 t.gettext("Articles")],
                                [(r["a"], r["b"], r["count"], ids(r["articles"])) for r in data["relations"]]),
        t.gettext("Notable events"): ([t.gettext("Month"), t.gettext("Event type"), t.gettext("Countries"),
                                      t.gettext("Parties"), t.gettext("Sentence"), t.gettext("Article"),
                                      t.gettext("Source")],
                                     [(r["month"], label(r["type"]), r["country_pair"], " · ".join(r["parties"]),
                                       r["sentence"], r["article"], r["source"] or "") for r in data["notable"]]),
    })


def pdf(*, data: dict, t: Translator, env) -> bytes:
    """The report as PDF; `env` is the app's Jinja environment (the page's own templates)."""
    from gyoryu.programs.agenda import pdf as render_pdf

    images = {k: data_uri(v) for k, v in chart_images(data=data, t=t).items()}
    html = env.get_template("research/report_print.html").render(
        _=t.gettext, pgettext=t.pgettext, ngettext=t.ngettext, locale=t.locale, translator=t,
        report=data, image=images.get)
    return render_pdf(html)
