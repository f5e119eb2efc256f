"""A participant's first day in real Chromium, at phone (390 px) and desktop (1280 px) width, in
Korean, Chinese and English: register for a future program, lose the personal link and get it
back by e-mail (a real local SMTP server), request a meeting, and see the agenda labelled as
published; at 390 px no element sticks out of the viewport on any of these pages."""

from __future__ import annotations

import re
from datetime import date

import pytest
from sqlalchemy import select

from gyoryu.db import make_engine, transaction
from gyoryu.directory.service import org_by_key
from gyoryu.i18n import Translator
from gyoryu.mail.delivery import deliver_pending
from gyoryu.matching import service as match_service
from gyoryu.matching.schemas import ProfileIn
from gyoryu.programs import itinerary, service
from gyoryu.programs.models import Participant
from gyoryu.programs.schemas import ProgramIn, RegistrationIn, VisitIn
from tests.mail.conftest import mail_settings, smtp  # noqa: F401  (a real SMTP server)
from tests.programs.conftest import one_day_grid

pytestmark = pytest.mark.e2e

# Every element's box within the viewport, except inside a container that scrolls sideways on
# purpose (the organiser's meeting grid) or text hidden for screen readers only; menu entries on
# one line each, and no column of the agenda, the requests or a definition list squeezed narrow.
OVERFLOW = """() => {
  const width = document.documentElement.clientWidth, out = [];
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('.table-scroll, table.grid, .visually-hidden')) continue;
    const r = el.getBoundingClientRect();
    if (r.width && (r.right > width + 1 || r.left < -1))
      out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' ' + Math.round(r.right));
  }
  // a menu entry broken over lines (one syllable a line), a table column squeezed to a sliver
  for (const a of document.querySelectorAll('header nav a, header .langs a'))
    if (a.getClientRects().length > 1)
      out.push('wrapped ' + a.textContent.trim());
  for (const td of document.querySelectorAll('table.agenda td, table.requests td, dl dd'))
    if (td.textContent.trim().length > 3 && td.getBoundingClientRect().width < 100)
      out.push('narrow ' + td.textContent.trim().slice(0, 20));
  return {scroll: document.documentElement.scrollWidth, width, out: out.slice(0, 8)};
}"""


@pytest.fixture(scope="module")
def summit(e2e_database):
    """A future summit with a published itinerary and 4Paradigm taking part, looking for data."""
    engine = make_engine(e2e_database[0])
    with transaction(engine) as db:
        program = service.create_program(db=db, data=ProgramIn(
            kind="summit", title={"ko": "첫날 서밋", "zh": "首日峰会", "en": "First-day summit"},
            starts_on=date(2030, 6, 10), ends_on=date(2030, 6, 11), cities=["cn-beijing"]))
        one_day_grid(db, program, meeting_on=date(2030, 6, 11), meeting_slots=2, tables=2)
        four = org_by_key(db=db, key="4paradigm")
        host = service.register_participant(db=db, program=program, force=True, data=RegistrationIn(
            name="王四范", email="host@4paradigm.example", organization_id=four.id, locale="zh"))
        service.set_status(db=db, participant=host, status="accepted")
        match_service.save_profile(db=db, data=ProfileIn(
            organization_id=four.id, program_id=program.id,
            offers_capabilities=["market_access"], seeks_capabilities=["data"]))
        itinerary.add_visit(db=db, program=program, data=VisitIn(host="zyw-park", duration=90))
        itinerary.auto_plan(db=db, program=program, time_limit=2)
        itinerary.publish(db=db, program=program)
        program_id = program.id
    engine.dispose()
    return program_id


def _fits(page, where: str) -> None:
    found = page.evaluate(OVERFLOW)
    assert found["scroll"] <= found["width"] and found["out"] == [], (where, found)


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("lang", ["ko", "zh", "en"])
def test_a_participants_first_day(browser, live_server, summit, e2e_database, smtp,  # noqa: F811
                                  mail_settings, lang, width):  # noqa: F811
    t = Translator(lang)
    email = f"first-{lang}-{width}@hancom.example"
    phone = width < 600

    def context():
        ctx = browser.new_context(base_url=live_server, viewport={"width": width, "height": 844},
                                  locale={"ko": "ko-KR", "zh": "zh-CN", "en": "en-US"}[lang])
        ctx.add_cookies([{"name": "lang", "value": lang, "url": live_server}])
        page = ctx.new_page()
        page.set_default_timeout(20_000)
        return ctx, page

    # Register: the organisation picked from the directory by its name in the reader's language.
    ctx, page = context()
    page.goto(f"/programs/{summit}")
    if phone:
        _fits(page, "program page")
    page.click("#register")
    page.fill("input[name=name]", {"ko": "김민지", "zh": "金敏智", "en": "Minji Kim"}[lang])
    page.fill("input[name=email]", email)
    page.fill("input[name=organization_name]", {"ko": "한글과컴퓨터", "zh": "Hancom", "en": "Hancom"}[lang])
    page.locator("#org-suggestions button.suggest").first.click()
    assert page.input_value("input[name=organization_id]") != ""
    assert page.locator("#consent p").count() >= 4  # what, why, who, how long, refusal
    if phone:
        _fits(page, "registration form")
    page.check("#consent input[name=consent]")
    page.click("#registration button[type=submit]")
    page.wait_for_url(re.compile(r"/p/[\w-]+\?registered=1"))
    my_path = page.url.split("?")[0].replace(live_server, "")
    ctx.close()

    # The link is lost: asked for again by e-mail from a fresh browser.
    ctx, page = context()
    page.goto(f"/programs/{summit}")
    page.click("#recover-link summary")
    page.fill("#recover-link input[name=email]", email)
    with page.expect_navigation():
        page.click("#recover-link button[type=submit]")
    # other browser tests share this database and may have left mail: at least ours is sent
    engine = make_engine(e2e_database[0])
    assert deliver_pending(engine=engine, settings=mail_settings).sent >= 1
    engine.dispose()
    [mail] = [m for m in smtp.messages if m["To"] == email]
    link = re.search(r"https?://\S+(/p/[\w-]+)", mail.get_content()).group(1)
    assert link == my_path

    # The organisers accept the registration: from then on the registrant acts for Hancom
    # (until then the page shows only their own data: programs.speak_for_org).
    engine = make_engine(e2e_database[0])
    with transaction(engine) as db:
        me = db.scalars(select(Participant).where(Participant.email == email)).one()
        service.set_status(db=db, participant=me, status="accepted")
    engine.dispose()

    # Back on the personal page: the profile, 4Paradigm recommended, a meeting requested.
    page.goto(link)
    page.check("#profile-form input[name=offers_capabilities][value=data]")
    page.check("#profile-form input[name=seeks_capabilities][value=market_access]")
    with page.expect_navigation():
        page.click("#profile-form button")
    card = page.locator(".recommendation", has=page.locator("form")).first
    with page.expect_navigation():
        card.locator("button.request-meeting").click()
    assert page.locator("table.requests tr.sent").count() == 1
    state = page.inner_text("#agenda-state")
    assert state == f"({t.pgettext('agenda', 'published')})"
    assert t.gettext("draft, not yet published") not in page.inner_text("#agenda")
    assert page.locator("table.agenda tr, .agenda .entry, section.day").count() >= 1
    if phone:
        _fits(page, "personal page")
    ctx.close()
