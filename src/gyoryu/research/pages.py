"""The trends page (Apache ECharts, served from /static/vendor, no CDN; the data travels in a
JSON block the static `trends.js` reads, so the page runs no inline script), its drill-down to
articles, CSV/XLSX exports of every table behind a chart, and the periodic report as a page, a
PDF, a spreadsheet and PNG charts."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import select

from gyoryu.accounts.rules import allowed
from gyoryu.directory.models import Organization, Place, Sector
from gyoryu.errors import Forbidden, InvalidValue
from gyoryu.i18n import P_, Translator
from gyoryu.intel.enums import EventType
from gyoryu.research import report, service
from gyoryu.research import rules as _rules  # noqa: F401  (registers research.* rules)
from gyoryu.research.enums import LABELS, TAGS, TIMES, Dimension
from gyoryu.research.periods import parse_period
from gyoryu.research.schemas import TrendQuery, parse_query
from gyoryu.tabular import csv_bytes, xlsx_bytes
from gyoryu.web.deps import CurrentUser, DbSession, T
from gyoryu.web.templating import render, templates

router = APIRouter(include_in_schema=False)
FILTERS = ("by", "from", "to", "type", "country_pair", "sector", "cluster", "org")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CHARTS = ("months", "pairs", "organisations")


def _values(request: Request, default_by: str = "month,type") -> dict[str, str]:
    values = {k: request.query_params.get(k, "").strip() for k in FILTERS}
    for many in ("by", "type"):  # ticked boxes come as several parameters
        listed = [v for v in request.query_params.getlist(many) if v.strip()]
        values[many] = ",".join(listed)
    values["by"] = values["by"] or default_by
    return values


def _query(values: dict[str, str]) -> TrendQuery:
    return parse_query(**{k: v or None for k, v in values.items()})


def _labels(db, t: Translator, rows: list[dict], by) -> dict[str, dict[str, str]]:
    """How each value in the rows is shown to this reader (types, organisations, sectors, clusters)."""
    out: dict[str, dict[str, str]] = {"type": {ty: t.pgettext("event type", ty) for ty in EventType}}
    if Dimension.org in by:
        refs = {str(r["org"]) for r in rows}
        orgs = db.scalars(select(Organization).where(Organization.key.in_(refs)))
        out["org"] = {o.key: str(o.display_name(t.locale)) for o in orgs}
        ids = [int(r) for r in refs if r.isdigit() and r not in out["org"]]
        for o in db.scalars(select(Organization).where(Organization.id.in_(ids))):
            out["org"][str(o.id)] = str(o.display_name(t.locale))
    if Dimension.sector in by:
        out["sector"] = {s.key: s.label(t.locale) for s in db.scalars(select(Sector))}
    if Dimension.cluster in by:
        keys = {r["cluster"] for r in rows}
        out["cluster"] = {p.key: str(p.display_name(t.locale))
                          for p in db.scalars(select(Place).where(Place.key.in_(keys)))}
    return out


def _drill(query: TrendQuery, row: dict) -> str:
    """The drill-down's address: the query's filters narrowed to the row's values."""
    f = query.filters()
    for d in query.by:
        value = row[d.value]
        if d in TIMES:
            if value is None:
                f["undated"] = "1"
                f.pop("from", None), f.pop("to", None)
            else:
                f["from"] = f["to"] = value
        elif d == Dimension.type:
            f["type"] = value
        elif d == Dimension.country_pair:
            f["country_pair"] = value or "none"
        else:
            f[d.value] = value
    return "/trends/articles?" + urlencode(f)


def _shown(t: Translator, labels: dict, d: Dimension, value) -> str:
    if value is None:
        return t.gettext("undated") if d in TIMES else t.gettext("unknown")
    return labels.get(d.value, {}).get(str(value), str(value))


@router.get("/trends")
def trends_page(request: Request, db: DbSession, t: T, user: CurrentUser):
    values = _values(request)
    query = _query(values)
    rows = service.trends(db=db, query=query, articles=False)
    labels = _labels(db, t, rows, query.by)
    for r in rows:
        r["drill"] = _drill(query, r)
        r["shown"] = [_shown(t, labels, d, r[d.value]) for d in query.by]
    new = service.new_organisations(db=db, query=query)
    outcomes = (service.outcome_steps(db=db, start=query.start, end=query.end)
                if allowed("research.outcomes", user) else None)
    chart = {"by": [d.value for d in query.by], "rows": [{k: v for k, v in r.items() if k != "shown"} for r in rows],
             "labels": labels, "new": [{"month": r["month"], "count": r["count"]} for r in new],
             "texts": {"events": t.gettext("Events"), "undated": t.gettext("undated"),
                       "unknown": t.gettext("unknown"), "new": t.gettext("Organisations seen for the first time")}}
    filters = query.filters()
    return render(request, "research/trends.html", t, user=user, values=values, query=query, rows=rows,
                  new=new, outcomes=outcomes, chart=chart,
                  dimensions=list(Dimension), tags=TAGS, dimension_label=lambda d: t.pgettext(*LABELS["dimension"][d]),
                  types=list(EventType), sectors=list(db.scalars(select(Sector).order_by(Sector.key))),
                  export=lambda table, fmt: f"/trends/export.{fmt}?" + urlencode(
                      {"table": table, "by": ",".join(d.value for d in query.by), **filters}),
                  api="/api/trends?" + urlencode({"by": ",".join(d.value for d in query.by), **filters}))


@router.get("/trends/articles")
def trend_articles(request: Request, db: DbSession, t: T, user: CurrentUser, page: int = 1):
    values = _values(request, default_by="")
    values["by"] = ""
    undated = request.query_params.get("undated", "")
    query = parse_query(**{k: v or None for k, v in values.items() if k != "by"}, undated=undated or None)
    per = 100
    found, total = service.articles(db=db, query=query, limit=per, offset=(max(page, 1) - 1) * per)
    return render(request, "research/articles.html", t, user=user, articles=found, total=total, query=query,
                  page=max(page, 1), pages=(total + per - 1) // per,
                  here=urlencode(query.filters()))


def _table(db, t: Translator, user, table: str, query: TrendQuery) -> tuple[list[str], list[list]]:
    """The rows behind a chart, as a header and cells (the articles' ids in the last column)."""
    if table == "new":
        rows = service.new_organisations(db=db, query=query)
        return ([t.gettext("Month"), t.gettext("Organisations"), t.gettext("Organisation"), t.gettext("Article")],
                [[r["month"], r["count"], f["org"], f["article"]] for r in rows for f in r["first"]])
    if table == "outcomes":
        if not allowed("research.outcomes", user):
            raise Forbidden()
        rows = service.outcome_steps(db=db, start=query.start, end=query.end)
        currencies = sorted({c for r in rows for c in r["amounts"]})
        return ([t.gettext("Month"), t.gettext("Stage"), t.gettext("Steps"), *currencies, t.gettext("Relations")],
                [[r["month"], r["stage"], r["count"], *[r["amounts"].get(c) for c in currencies],
                  " ".join(map(str, r["outcomes"]))] for r in rows])
    if table != "trend":
        raise InvalidValue("E506", field=P_("field", "table"), value=table, allowed="trend, new, outcomes")
    rows = service.trends(db=db, query=query)
    labels = _labels(db, t, rows, query.by)
    head = [t.pgettext(*LABELS["dimension"][d.value]) for d in query.by]
    named = [d for d in query.by if d in TAGS or d == Dimension.type]
    head += [t.gettext("{what} (name)", what=t.pgettext(*LABELS["dimension"][d.value])) for d in named]
    return ([*head, t.gettext("Events"), t.gettext("Articles")],
            [[*[r[d.value] for d in query.by], *[_shown(t, labels, d, r[d.value]) for d in named],
              r["count"], " ".join(map(str, r["articles"]))] for r in rows])


@router.get("/trends/export.{fmt}")
def trends_export(fmt: str, request: Request, db: DbSession, t: T, user: CurrentUser, table: str = "trend"):
    if fmt not in ("csv", "xlsx"):
        raise InvalidValue("E306", value=fmt)
    query = _query(_values(request))
    header, rows = _table(db, t, user, table, query)
    name = f"gyoryu-trends-{table}.{fmt}"
    body = csv_bytes(header, rows) if fmt == "csv" else xlsx_bytes({table: (header, rows)})
    return Response(body, media_type="text/csv; charset=utf-8" if fmt == "csv" else XLSX,
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


# -- the periodic report ---------------------------------------------------------------------
@router.get("/reports")
def report_page(request: Request, db: DbSession, t: T, user: CurrentUser, period: str = ""):
    if not period.strip():
        return render(request, "research/report.html", t, user=user, report=None, period="")
    p = parse_period(period)
    data = report.build(db=db, period=p, lang=t.locale, with_outcomes=allowed("research.outcomes", user))
    return render(request, "research/report.html", t, user=user, report=data, period=p.label,
                  image=lambda name: f"/reports/{p.label}/{name}.png")


@router.get("/reports/{period}.pdf")
def report_pdf(period: str, db: DbSession, t: T, user: CurrentUser):
    p = parse_period(period)
    data = report.build(db=db, period=p, lang=t.locale, with_outcomes=allowed("research.outcomes", user))
    return Response(report.pdf(data=data, t=t, env=templates.env), media_type="application/pdf", headers={
        "Content-Disposition": f'inline; filename="gyoryu-report-{p.label}-{t.locale}.pdf"'})


@router.get("/reports/{period}.xlsx")
def report_xlsx(period: str, db: DbSession, t: T, user: CurrentUser):
    p = parse_period(period)
    data = report.build(db=db, period=p, lang=t.locale, with_outcomes=allowed("research.outcomes", user))
    return Response(report.xlsx(data=data, t=t), media_type=XLSX, headers={
        "Content-Disposition": f'attachment; filename="gyoryu-report-{p.label}-{t.locale}.xlsx"'})


@router.get("/reports/{period}/{chart}.png")
def report_chart(period: str, chart: str, db: DbSession, t: T):
    if chart not in CHARTS:
        raise InvalidValue("E506", field=P_("field", "chart"), value=chart, allowed=", ".join(CHARTS))
    data = report.build(db=db, period=parse_period(period), lang=t.locale, with_outcomes=False)
    return Response(report.chart_images(data=data, t=t)[chart], media_type="image/png")
