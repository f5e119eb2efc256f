"""The three failures the lead found on an article the pipeline had never seen."""

from datetime import date

from gyoryu.intel.text import publication_date

A1 = """네이버·카카오, 베이징 AI 기업 방문…바이두·지푸AI와 협력 논의

[서울=연합뉴스] 2025년 11월 3일

네이버와 카카오 등 국내 AI 기업 대표단이 지난 1일 중국 베이징 중관춘을 찾아 바이두 본사와 지푸AI(Zhipu AI)를 방문했다고 3일 밝혔다.

이번 방문에서 업스테이지와 리벨리온은 바이두와 거대언어모델(LLM) 공동연구를 위한 업무협약(MOU)을 체결했다.
"""  # noqa: E501 - the article as published


def test_datelines_give_the_publication_date():
    for text in ("제목\n[서울=연합뉴스] 2025년 11월 3일\n본문", "[서울=뉴시스] 2025.11.03\n본문",
                 "입력 2025.11.03 14:22", "기사입력 2025-11-03", "제목\n2025.11.03 (월)\n",
                 "标题\n2025年11月3日\n", "Published: Nov 3, 2025", "2025/11/03 11:20 송고",
                 "2025年11月03日 16:40　来源：新华网", "Published : Nov. 3, 2025 - 14:05",
                 "(北京 11月3日电)正文\n© 2025 新华网"):
        assert publication_date(text) == date(2025, 11, 3), text


def test_a_dateline_without_a_year_is_not_guessed():
    assert publication_date("新华社北京11月3日电 正文\n") is None
    assert publication_date("SEOUL, Nov. 3 (Yonhap) -- Samsung said\n") is None


def _run(gaz, text):
    from gyoryu.intel.pipeline import pipeline_for

    return pipeline_for(gaz)(text)


def test_jinan_is_not_the_word_last(gaz):
    doc = _run(gaz, A1)
    assert "지난" not in [p.mention for p in doc.places]
    assert doc.date == date(2025, 11, 3)
    keys = {gaz.places[p.entity_id].key for p in _run(gaz, "중국 산둥성 지난을 찾았다.").places}
    assert "cn-jinan" in keys
    keys = {gaz.places[p.entity_id].key for p in _run(gaz, "경기 광주시에 데이터센터를 짓는다.").places}
    assert "kr-gwangju" not in keys


def test_coordinated_groups_take_one_role(gaz):
    doc = _run(gaz, A1)
    names: dict[str, tuple[set, set]] = {}
    for e in doc.events:  # one visit per host: the visits' sides together
        actors, targets = names.setdefault(e.type, (set(), set()))
        actors |= {gaz.orgs[a.entity_id].key for a in e.actors if getattr(a, "entity_id", None)}
        targets |= {gaz.orgs[t.entity_id].key for t in e.targets if t.entity_id in gaz.orgs}
    assert names["visit"] == ({"naver", "kakao"}, {"baidu", "zhipu-ai"})
    assert names["agreement"] == ({"upstage", "rebellions"}, {"baidu"})
    visit = next(e for e in doc.events if e.type == "visit")
    assert visit.date == "2025-11-01"
    for e in doc.events:
        assert not {id(a) for a in e.actors} & {id(t) for t in e.targets}
