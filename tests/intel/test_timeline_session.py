"""The organisation page's "in the news" timeline reads in the request's own session."""

from sqlalchemy import select

from gyoryu.directory.models import Organization
from gyoryu.intel import service, sources


def test_timeline_uses_the_request_session(app, client, db):
    text = "네이버는 지난 1일 바이두와 업무협약을 체결했다.\n입력 2025.11.03 09:00"
    service.ingest(db=db, source=sources.from_text(text))
    db.commit()
    baidu = db.scalar(select(Organization.id).where(Organization.key == "baidu"))

    opened = []
    real = app.state.sessions

    def counting(*args, **kwargs):
        opened.append(1)
        return real(*args, **kwargs)

    app.state.sessions = counting
    page = client.get(f"/organizations/{baidu}")
    app.state.sessions = real
    assert page.status_code == 200
    assert "news-timeline" in page.text
    assert len(opened) == 1  # the request's unit of work, no second session for the timeline
