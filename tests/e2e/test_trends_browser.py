"""The trends page in real Chromium: ECharts (served with the app) draws the stacked months with
Korean labels under no inline script, and clicking a bar opens the articles behind it."""

from __future__ import annotations

from datetime import date

import pytest

from gyoryu.db import make_engine, transaction
from gyoryu.directory.service import org_by_key
from gyoryu.intel.models import Article, Event, EventParty

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def news(e2e_database):
    """Three articles of 2025: two agreements KR→CN in March, a visit CN→KR in May."""
    with transaction(make_engine(e2e_database[0])) as db:
        kr, cn = org_by_key(db=db, key="naver"), org_by_key(db=db, key="baidu")
        ids = []
        for n, (day, kind, actor, target) in enumerate([(date(2025, 3, 4), "agreement", kr, cn),
                                                        (date(2025, 3, 20), "agreement", kr, cn),
                                                        (date(2025, 5, 2), "visit", cn, kr)]):
            article = Article(content_hash=f"e2e-trends-{n}", language="ko", published=day,
                              title=f"트렌드 기사 {n}", text="네이버와 바이두가 협약을 맺었다." * 3)
            db.add(article)
            db.flush()
            event = Event(article_id=article.id, type=kind, start=0, end=10)
            event.parties = [EventParty(side="actor", text="a", org_id=actor.id),
                             EventParty(side="target", text="b", org_id=target.id)]
            db.add(event)
            ids.append(article.id)
        return ids


def test_the_chart_draws_and_a_bar_opens_its_articles(browser_page, news):
    page = browser_page
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto("/trends?by=month&by=type&from=2025&to=2025")
    page.wait_for_function("() => window.gyoryuTrends !== undefined")  # a function: CSP forbids eval
    drawn = page.evaluate("window.gyoryuTrends")
    # agreement and visit over March and May (other browser tests share the database: >=)
    assert drawn["series"] == 2 and drawn["points"] >= 4
    assert page.locator("#trend-chart canvas").count() >= 1
    assert "협약" in page.inner_text("#trend-table")
    assert errors == []
    # the middle of March's agreement bar, wherever the stack puts it (other browser tests add
    # events of 2025 too, which can sort a series of theirs below it)
    x, y = page.evaluate("""() => {
        const chart = echarts.getInstanceByDom(document.getElementById('trend-chart'));
        const series = chart.getOption().series;
        const label = JSON.parse(document.getElementById('trend-data').textContent).labels.type.agreement;
        const mine = series.findIndex(s => s.name === label);
        const month = chart.getOption().xAxis[0].data.indexOf('2025-03');
        const below = series.slice(0, mine).reduce((n, s) => n + s.data[month], 0);
        const at = chart.convertToPixel({seriesIndex: mine}, ['2025-03', below + series[mine].data[month] / 2]);
        const box = document.getElementById('trend-chart').getBoundingClientRect();
        return [box.left + at[0], box.top + at[1]];
    }""")
    page.mouse.click(x, y)
    page.wait_for_url("**/trends/articles?**")
    shown = sorted(int(a) for a in page.locator("#drill-table tr[data-article]").evaluate_all(
        "rows => rows.map(r => r.dataset.article)"))
    assert shown == news[:2]
