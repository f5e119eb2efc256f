"""An outlet in a Korean byline ([매체 기자이름 기자]) or on a footer line (copyright, 무단전재 및
재배포 금지, a call for tips, 版权所有, All rights reserved) is the publisher signing its article,
not an organisation of the story; the same outlet cited in the story's text stays."""

from tests.directory.conftest import linked


def test_an_outlet_before_its_reporter_in_a_byline_is_dropped(gaz):
    text = "[이데일리 홍길동 기자] 삼성전자는 중국 법인을 늘린다고 밝혔다."
    assert "이데일리" not in linked(gaz, text)
    assert linked(gaz, text).get("삼성전자") == "samsung-electronics"


def test_an_outlet_on_a_copyright_or_tip_line_is_dropped(gaz):
    text = ("삼성전자는 중국 법인을 늘린다고 밝혔다.\n"
            "ⓒ 이데일리. 무단전재 및 재배포 금지.\n"
            "뉴시스가 독자 여러분의 제보를 기다립니다.")
    found = linked(gaz, text)
    assert "이데일리" not in found and "뉴시스" not in found
    assert found.get("삼성전자") == "samsung-electronics"


def test_a_chinese_copyright_line_is_the_publisher(gaz):
    text = "百度与三星签署协议。\n版权所有 新华社 未经授权不得转载"
    assert "新华社" not in linked(gaz, text)


def test_an_outlet_cited_in_the_story_stays(gaz):
    assert linked(gaz, "이데일리에 따르면 두 회사는 다음 달 협약을 맺는다.").get("이데일리") == "edaily"
    assert linked(gaz, "据新华社报道，两国签署了协议。").get("新华社") is not None


def test_a_long_line_that_ends_in_a_copyright_keeps_its_citations(gaz):
    """A whole article on one line with its copyright at the end: the footer words are too far
    to make every outlet in it a credit."""
    body = ("이데일리에 따르면 두 회사는 다음 달 협약을 맺는다. "
            + "양측은 인공지능 분야의 공동 연구를 확대하기로 했다. " * 6)
    assert linked(gaz, body + "ⓒ 한 언론사").get("이데일리") == "edaily"
