"""Pure text helpers: language per sentence, boilerplate, dates."""

from datetime import date

import pytest

from gyoryu.intel.text import (
    boilerplate_kind,
    detect_language,
    find_dates,
    publication_date,
    split_sentences,
)
from gyoryu.intel.translit import similarity, sound_key


@pytest.mark.parametrize(("text", "lang"), [
    ("광주(光州)의 산업지도를 바꿀 수 있을까.", "ko"),  # Hanja inside Korean stays Korean
    ("AI 리더스는 NHN 클라우드와 MOU를 맺었다.", "ko"),
    ("宇树科技在杭州发布了新款机器人。", "zh"),
    ("騰訊與華為簽署合作協議", "zh"),
    ("SenseTime opened an office in Seoul on Monday.", "en"),
    ("The company, known as 商汤 in China, opened an office in Seoul on Monday.", "en"),
])
def test_language_by_script_weight(text, lang):
    assert detect_language(text) == lang


def test_mixed_article_is_split_by_sentence():
    text = "유니트리가 서울에 왔다. Unitree opened an office in Seoul today.\n宇树科技在首尔开设办公室。"
    sentences, _ = split_sentences(text)
    assert [s.lang for s in sentences] == ["ko", "en", "zh"]
    assert text[sentences[1].start:sentences[1].end] == "Unitree opened an office in Seoul today."


@pytest.mark.parametrize(("line", "kind"), [
    ("▲ 25일 김동연 경기지사와 함께 … /사진제공=경기도", "caption"),
    ("저작권자 © 인천일보 무단전재 및 재배포 금지", "copyright"),
    ("[ⓒ 매일경제 & mk.co.kr, 무단 전재, 재배포 및 AI학습 이용 금지]", "copyright"),
    ("이창우 기자 cwlee@nvp.co.kr", "byline"),
    ("[신익수 여행전문기자]", "byline"),
    ("By Jane Miller", "byline"),
    ("版权所有 未经授权禁止转载", "copyright"),
    ("이남희 하이퍼놀로지 대표는 협력을 기대한다고 말했다.", None),
])
def test_boilerplate_lines(line, kind):
    assert boilerplate_kind(line) == kind


def test_skipped_spans_keep_offsets():
    text = "본문 첫 문장이다.\n▲ 사진 설명 /사진제공=경기도\n둘째 문장이다."
    sentences, skipped = split_sentences(text)
    assert [text[s.start:s.end] for s in sentences] == ["본문 첫 문장이다.", "둘째 문장이다."]
    assert [k for *_span, k in skipped] == ["caption"]


def test_publication_date_only_from_datelines():
    assert publication_date("제목\n입력 2025.07.26 09:00\n본문") == date(2025, 7, 26)
    assert publication_date("标题\n发布时间：2025-07-26 10:30\n正文") == date(2025, 7, 26)
    assert publication_date("Title\nMarch 3, 2025\nBody") == date(2025, 3, 3)
    assert publication_date("제목\n2021년 1월 5일 중앙정부 승인을 받아 설립된 이곳은 인공지능 단지다.") is None


@pytest.mark.parametrize(("phrase", "value"), [
    ("25일", "2025-07-25"),
    ("지난 7월말", "2025-07"),
    ("오는 9월 22일", "2025-09-22"),
    ("지난해", "2024"),
    ("23~25일", "2025-07-23"),
    ("9月22日", "2025-09-22"),
    ("May 12", "2025-05-12"),
])
def test_relative_dates_resolve_against_the_article(phrase, value):
    found = find_dates(phrase, 0, len(phrase), date(2025, 7, 26))
    assert [d.value for d in found][:1] == [value]


def test_counts_are_not_dates():
    text = "5,000여개 기업과 2박3일 일정"
    assert [d.value for d in find_dates(text, 0, len(text), date(2025, 7, 26))] == []


@pytest.mark.parametrize(("a", "b"), [("유니트리", "Unitree"), ("딥시크", "DeepSeek"),
                                      ("화웨이", "Huawei"), ("华为", "Huawei"), ("百度", "바이두")])
def test_sound_keys_meet_across_scripts(a, b):
    assert similarity(sound_key(a), sound_key(b)) == 1.0
