"""The same organisations named in Traditional Chinese and in Korean link to the same entries."""

from gyoryu.intel.pipeline import pipeline_for

TRADITIONAL = ("韓國貿易投資振興公社與大韓商工會議所週二在首爾舉辦座談會，三星電子、輝達及韓國科學技術院代表出席。"
               "百度與華為亦派員參加。")
KOREAN = ("코트라와 대한상공회의소는 화요일 서울에서 간담회를 열었고 삼성전자, 엔비디아, 카이스트 관계자가 참석했다. "
          "바이두와 화웨이도 참여했다.")


def test_a_traditional_and_a_korean_article_link_to_the_same_entries(gaz):
    pipeline = pipeline_for(gaz)
    linked = []
    for text in (TRADITIONAL, KOREAN):
        doc = pipeline(text)
        assert all(text[o.start:o.end] == o.mention for o in doc.orgs)  # offsets into the original
        assert all(o.entity_id is not None for o in doc.orgs), [o.mention for o in doc.orgs]
        linked.append({gaz.orgs[o.entity_id].key for o in doc.orgs})
    assert linked[0] == linked[1]
    assert linked[0] == {"kotra", "kcci", "samsung-electronics", "nvidia", "kaist", "baidu", "huawei"}
    trad = {o.mention for o in pipeline(TRADITIONAL).orgs}
    assert {"韓國貿易投資振興公社", "大韓商工會議所", "輝達", "華為"} <= trad  # reported as written


# government bodies, a province and a zone: a ministry, a province acting (京畿道政府, 경기도는), an
# embassy and an industrial park (an organisation of its own, not the body that runs it)
TRADITIONAL_PUBLIC = ("韓國產業通商資源部與京畿道政府週三宣布，將與中國駐韓國大使館及蘇州工業園區合作。"
                      "韓國貿易協會亦表示支持。")
KOREAN_PUBLIC = ("산업통상자원부와 경기도는 수요일 주한중국대사관 및 쑤저우공업원구와 협력한다고 밝혔다. "
                 "한국무역협회도 지지했다.")


def test_public_bodies_in_both_scripts_link_to_the_same_entries(gaz):
    pipeline = pipeline_for(gaz)
    linked = []
    for text, park in ((TRADITIONAL_PUBLIC, "蘇州工業園區"), (KOREAN_PUBLIC, "쑤저우공업원구")):
        doc = pipeline(text)
        # the park is an organisation of its own (news-dev convention), not the committee running it
        assert [o.entity_id for o in doc.orgs if o.mention == park] == [None]
        assert all(o.entity_id is not None for o in doc.orgs if o.mention != park), [o.mention for o in doc.orgs]
        assert not doc.places, [p.mention for p in doc.places]  # each is a body here, not a place
        linked.append({gaz.orgs[o.entity_id].key for o in doc.orgs if o.entity_id is not None})
    assert linked[0] == linked[1]
    assert len(linked[0]) == 4
