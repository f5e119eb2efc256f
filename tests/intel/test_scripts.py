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
