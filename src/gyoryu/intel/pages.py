"""News pages: an article with its entities highlighted, the review queue, decisions."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse
from jinja2 import pass_context
from markupsafe import Markup, escape
from sqlalchemy.orm import object_session

from gyoryu.accounts.rules import allowed, is_organiser, register
from gyoryu.directory.service import get_org, search_page
from gyoryu.i18n import P_
from gyoryu.intel import news, service
from gyoryu.intel.enums import EntityKind, EventType
from gyoryu.intel.feeds import add_feed, list_feeds, poll
from gyoryu.web.deps import Csrf, CurrentUser, DbSession, Id, T, form_id, require
from gyoryu.web.templating import render, templates

router = APIRouter(include_in_schema=False)
register("intel.review", is_organiser)
register("intel.feeds", is_organiser)
register("intel.view", lambda _u, _o=None: True)


@pass_context
def news_of(context, request: Request, org_id: int) -> list:
    """The organisation page's "in the news" timeline (a template global, so the directory's
    page needs no import of this domain). Read in the request's own session: the one a `db`
    in the template context names, else the session the page's organisation was loaded in;
    only a page that has neither gets a short session of its own."""
    db = context.get("db")
    org = context.get("org")
    if db is None and org is not None and getattr(org, "id", None) == org_id:
        db = object_session(org)
    if db is not None:
        return service.org_timeline(db=db, org_id=org_id)
    with request.app.state.sessions() as own:
        return service.org_timeline(db=own, org_id=org_id)


templates.env.globals["news_of"] = news_of


def highlighted(article) -> Markup:
    """The article text with each mention wrapped in a link to its entity (or marked unlinked)."""
    text, out, pos = article.text, [], 0
    for m in article.mentions:
        if m.start < pos:
            continue
        out.append(escape(text[pos:m.start]))
        label = escape(text[m.start:m.end])
        href = (f"/organizations/{m.org_id}" if m.org_id else None) if m.kind == EntityKind.organization else None
        css = f"mention {m.kind}" + ("" if (m.org_id or m.person_id or m.place_id) else " unlinked")
        if href:
            out.append(Markup('<a class="{}" href="{}" data-start="{}">{}</a>').format(
                css, href, m.start, label))
        else:
            out.append(Markup('<mark class="{}" data-start="{}">{}</mark>').format(
                css, m.start, label))
        pos = m.end
    out.append(escape(text[pos:]))
    return Markup("").join(out)


PAGE_SIZE = 20


@router.get("/news")
def news_list(request: Request, db: DbSession, t: T, user: CurrentUser, lang: str = "", since: str = "",
              until: str = "", org: str = "", org_id: str = "", event_type: str = "", feed_id: str = "",
              page: str = "1"):
    """Articles with filters; `org` is a name in any script, resolved through the directory."""
    chosen_org = None
    if org.strip() and not org_id:
        found = search_page(db=db, q=org.strip(), limit=1)
        org_id = str(found.items[0].id) if found.items else ""
    f = news.NewsFilter.parse(lang=lang, since=since, until=until, org_id=org_id, event_type=event_type,
                              feed_id=feed_id)
    if f.org_id:
        chosen_org = get_org(db=db, org_id=f.org_id)
    number = max(int(page), 1) if page.strip().isdigit() else 1
    missing_org = bool(org.strip()) and chosen_org is None
    articles, total = ([], 0) if missing_org else news.find_articles(
        db=db, f=f, limit=PAGE_SIZE, offset=(number - 1) * PAGE_SIZE)
    org_ids = news.organisations_in(db=db, article_ids=[a.id for a in articles])
    orgs = {i: get_org(db=db, org_id=i) for ids in org_ids.values() for i in ids[:4]}
    reviews = news.open_review_count(db=db) if allowed("intel.review", user) else None
    return render(request, "intel/news.html", t, user=user, articles=articles, total=total, f=f,
                  org_text=org if missing_org else (chosen_org.display_name(t.locale) if chosen_org else ""),
                  missing_org=missing_org, org_ids=org_ids, orgs=orgs,
                  origins=news.origins_of(db=db, articles=articles), feeds=[fd for fd, _n in list_feeds(db=db)],
                  event_types=list(EventType), languages=news.LANGUAGES, page=number,
                  pages=max(1, -(-total // PAGE_SIZE)), query=urlencode(f.query()), reviews=reviews)


@router.get("/news/feeds")
def feeds_page(request: Request, db: DbSession, t: T, user: Annotated[object, require("intel.feeds")]):
    return render(request, "intel/feeds.html", t, user=user, feeds=list_feeds(db=db), report=None)


@router.post("/news/feeds", dependencies=[Csrf])
def feeds_add(db: DbSession, user: Annotated[object, require("intel.feeds")], url: Annotated[str, Form()],
              name: Annotated[str, Form()] = ""):
    add_feed(db=db, url=url, name=name or None)
    return RedirectResponse("/news/feeds", status_code=303)


@router.post("/news/feeds/poll", dependencies=[Csrf])
def feeds_poll(request: Request, db: DbSession, t: T, user: Annotated[object, require("intel.feeds")]):
    """Poll now, the same as `gyoryu feeds poll`, and show what came in."""
    report = poll(db=db).as_dict()
    return render(request, "intel/feeds.html", t, user=user, feeds=list_feeds(db=db), report=report)


@router.get("/news/{article_id}")
def article_page(article_id: Id, request: Request, db: DbSession, t: T, user: CurrentUser):
    article = service.get_article(db=db, article_id=article_id)
    return render(request, "intel/article.html", t, user=user, article=article,
                  body=highlighted(article), origin=news.origin_of(db=db, article=article),
                  also=news.reported_also_by(db=db, article=article))


@router.get("/news/review/queue")
def review_queue(request: Request, db: DbSession, t: T,
                 user: Annotated[object, require("intel.review")]):
    reviews = service.open_reviews(db=db)
    orgs = {}
    for r in reviews:
        for oid, _score in r.candidates:
            orgs.setdefault(oid, get_org(db=db, org_id=int(oid)))
    return render(request, "intel/review.html", t, user=user, reviews=reviews, orgs=orgs)


@router.post("/news/review/{review_id}", dependencies=[Csrf])
def decide_review(review_id: Id, db: DbSession,
                  user: Annotated[object, require("intel.review")],
                  action: Annotated[str, Form()], org_id: Annotated[str, Form()] = "",
                  country: Annotated[str, Form()] = ""):
    service.decide(db=db, review_id=review_id, action=action,
                   org_id=form_id(org_id, P_("field", "organisation")) if org_id.strip() else None,
                   country=country or None, user_id=getattr(user, "id", None))
    return RedirectResponse("/news/review/queue", status_code=303)
