"""The news-dev scorer on tiny hand-made articles, gold and directories."""

from gyoryu.intel import gazetteer as gazetteer_mod
from gyoryu.intel.evaluate import Aliases, NewsScore, score_news
from gyoryu.intel.pipeline import Doc, EventRecord, OrgMention, PersonMention, PlaceMention

TEXT = "가나전자(Gana)는 다라시와 마바협회를 방문했다. 서울에서 한국과 사과를 논의했다."


def _gaz():
    return gazetteer_mod.build(
        [gazetteer_mod.OrgEntry(1, "gana", "company", "KR", {"en": "Gana Electronics"}),
         gazetteer_mod.OrgEntry(2, "sagwa", "company", "KR", {"en": "Sagwa"})],
        [(1, "Gana Electronics", "ganaelectronics"), (1, "가나전자", "가나전자"), (2, "Sagwa", "sagwa"),
         (2, "사과", "사과")],
        [gazetteer_mod.PlaceEntry(1, "seoul", "city", "KR", {"ko": "서울"}),
         gazetteer_mod.PlaceEntry(2, "korea", "country", "KR", {"ko": "한국"})],
        [(1, "서울", "서울"), (2, "한국", "한국")], [], [])


ALIASES = [{"canonical_en": "Gana Electronics", "variants": ["가나전자", "Gana"]},
           {"canonical_en": "Dara City Government", "variants": ["다라시"]},
           {"canonical_en": "Maba Association (as written)", "variants": ["마바협회"]}]

GOLD = {"organizations": [
    {"mention": "가나전자", "canonical_en": "Gana Electronics"},
    {"mention": "Gana", "canonical_en": "Gana Electronics"},
    {"mention": "다라시", "canonical_en": "Dara City Government"},
    {"mention": "마바협회", "canonical_en": "Maba Association (as written)"}],
    "people": [], "places": ["서울"],
    "events": [{"type": "visit", "actors": ["Gana Electronics"], "target": "Maba Association (as written)"},
               {"type": "mou", "actors": ["Dara City Government"], "target": None}]}


def _org(text: str, entity: int | None) -> OrgMention:
    start = TEXT.index(text)
    return OrgMention(start, start + len(text), text, entity)


def test_each_organisation_counts_once_and_by_its_surface_forms():
    gaz = _gaz()
    gana, gana_latin, maba = _org("가나전자", 1), _org("Gana", 1), _org("마바협회", None)
    doc = Doc(TEXT, orgs=[gana, gana_latin, maba, _org("사과", 2), _org("마바", None)],
              places=[PlaceMention(TEXT.index("서울"), TEXT.index("서울") + 2, "서울", 1),
                      PlaceMention(TEXT.index("한국"), TEXT.index("한국") + 2, "한국", 2)],
              events=[EventRecord("visit", [gana], [maba], None, None, 0, 10),
                      EventRecord("agreement", [gana], [], None, None, 0, 10)])
    s = score_news(doc, gaz, GOLD, Aliases(ALIASES, gaz))
    # found: Gana Electronics (two forms, once) and Maba; missed: Dara; invented: 사과, 마바
    assert [s.counts[f"organizations.{k}"] for k in ("tp", "fp", "fn")] == [2, 2, 1]
    assert s.missed[("organization", "다라시")] == 1
    assert s.invented[("organization", "사과")] == 1
    # Gana linked to the entry that carries its names; Maba, held by no entry, left unlinked
    assert (s.counts["link.correct"], s.counts["link.wrong"]) == (2, 0)
    # a country is no place in this gold; the MOU shares no party with the gold's MOU
    assert [s.counts[f"places.{k}"] for k in ("tp", "fp", "fn")] == [1, 0, 0]
    assert [s.counts[f"events.{k}"] for k in ("tp", "fp", "fn")] == [1, 1, 1]
    p, r, f = s.prf("organizations")
    assert (round(p, 2), round(r, 2), round(f, 2)) == (0.5, 0.67, 0.57)


def test_a_wrong_link_an_unlinked_known_name_and_an_event_by_person():
    gaz = _gaz()
    gold = {"organizations": [{"mention": "가나전자", "canonical_en": "Gana Electronics"},
                              {"mention": "마바협회", "canonical_en": "Maba Association (as written)"}],
            "people": [{"mention": "홍길동"}], "places": [],
            "events": [{"type": "visit", "actors": ["홍길동"], "target": None}]}
    person = PersonMention(0, 3, "홍길동")
    doc = Doc(TEXT, orgs=[_org("가나전자", None), _org("마바협회", 2)], people=[person],
              events=[EventRecord("visit", [person], [], None, None, 0, 10)])
    s = NewsScore()
    score_news(doc, gaz, gold, Aliases(ALIASES, gaz), s)
    # the directory holds Gana but it was left unlinked; Maba linked to an entry not its own
    assert (s.counts["link.correct"], s.counts["link.wrong"]) == (0, 2)
    assert [s.counts[f"people.{k}"] for k in ("tp", "fp", "fn")] == [1, 0, 0]
    assert s.counts["events.tp"] == 1
