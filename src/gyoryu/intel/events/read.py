"""The events component (`gyoryu.events.v2`): each clause's triggers, their sides, place and
date, then the story's merging. The rules each step uses live in their own modules."""

from __future__ import annotations

import re

from gyoryu.directory.normalize import name_key
from gyoryu.intel.enums import EventType, LinkMethod
from gyoryu.intel.events.common import (
    _GATHERINGS_OF_ACTORS,
    _TALKS,
    _ZH_LEAD_AHEAD,
    EN_DESCRIBED_PARTNER,
    KO_DESCRIBED_PARTNER,
    KO_SUM,
    _held_gathering,
    _is_gathering,
    _raising,
    _ref,
    _unique,
)
from gyoryu.intel.events.dates import _event_date
from gyoryu.intel.events.deals import is_deal
from gyoryu.intel.events.follow_ups import follow_up_partnerships
from gyoryu.intel.events.merge import (
    _ONE_PER_COUNTERPART,
    _headlines,
    _ko_lead,
    _merge,
    _one_booth_per_exhibitor,
    _one_delegation_per_city,
    _one_summit_of_people,
    _one_visit_per_host,
    _sealed_partnerships,
    _tours_of_places,
)
from gyoryu.intel.events.parties import (
    company_named_again,
    former_employers,
    investee_referred,
    premises_visits,
    referred_list,
    referred_pair,
    supply_partners,
)
from gyoryu.intel.events.places import _event_place, _visited
from gyoryu.intel.events.sides import (
    _acting_bodies,
    _business_call,
    _en_subject_after,
    _sender,
    _sides,
    _titled_back_reference,
)
from gyoryu.intel.events.sides_ko import _KIWI_REF
from gyoryu.intel.events.sides_zh_en import (
    KO_BARE_DELEGATION,
    bare_delegation,
    bare_delegation_visitors,
    between_pairs,
    cited_sources,
    delegation_members,
    invited_delegation,
    respective_pairs,
    without_units_of,
    zh_pairs_listed,
)
from gyoryu.intel.events.triggers import BARE_FAIR, TIES, TRIGGERS, _clauses, _folded, _hits, _quoted
from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.pipeline import (
    Doc,
    EventRecord,
    OrgMention,
    component,
)
from gyoryu.intel.segment import LazyKiwi, inside, within

# the long name an organisation's short name glosses: 韩国贸易投资振兴公社（KOTRA）
_GLOSSED_NAME = re.compile(r"([\u4e00-\u9fff가-힣]{4,20})[（(]")


@component("gyoryu.events.v2")
def events_v2(*, gazetteer: Gazetteer):
    """Visits, agreements, partnerships, investments, summits and foundings, one sentence at a
    time: the trigger gives the type, the mentions around it the sides, the place and date of
    the trigger's clause the rest (`_event_place`, `_event_date`); the sentence is the evidence.
    Korean sides come from the particles Kiwi tags (`ko_roles`); an organisation is never both
    actor and target. An agreement in the same sentence or between the same parties stands for
    the partnership it seals; an investment needs an investor or an organisation raising."""
    _KIWI_REF["kiwi"] = LazyKiwi(gazetteer)

    def run(doc: Doc) -> None:
        original = doc.text
        doc.text = _folded(doc)
        try:
            _read(doc)
        finally:
            doc.text = original

    def is_company(o: OrgMention) -> bool:
        return not _is_gathering(o, gazetteer) and (
            o.entity_id is None or gazetteer.orgs[o.entity_id].kind in ("company", "investor"))

    def _read(doc: Doc) -> None:
        last_actors: dict[str, list] = {}
        last_round: EventRecord | None = None
        carried: tuple[int, list] = (-1, [])
        unheld = None  # a gathering told with no body named: (start, end, place, date)
        previous, current = (-1, -1), None  # the sentence before this one, as a span
        for s, whole in _clauses(doc):
            if whole is not current:
                previous, current = ((current.start, current.end) if current else (-1, -1)), whole
            previous_end = previous[1]
            triggers = TRIGGERS.get(s.lang, [])
            found, also = [], None
            # a gloss is its name's (but a short form elsewhere in the story is a party of its own)
            orgs = [o for o in within(doc.orgs, s) if o.gloss_of is None or not inside(o.gloss_of, s)]
            orgs = former_employers(doc, s.lang, cited_sources(doc, s.lang, orgs, s.start, s.end))
            names = [(o.start, o.end) for o in orgs]
            names += [m.span(1) for m in _GLOSSED_NAME.finditer(doc.text, s.start, s.end)
                      if any(o.start == m.end(1) + 1 for o in orgs)]  # 韩国贸易投资振兴公社（KOTRA）
            told_summit = next((e for e in reversed(doc.events) if e.type == EventType.summit), None)
            if s.lang == "ko" and told_summit is not None and _KO_ATTENDED_TOLD.match(doc.text, s.start):
                have = {_ref(x) for x in (*told_summit.actors, *told_summit.targets)}
                told_summit.actors += _unique([o for o in orgs if _ref(o) not in have
                                               and not _is_gathering(o, gazetteer)])
            for t, rx in triggers:
                hits = _hits(doc, s, t, rx, orgs, names)
                if hits:  # Korean verbs close the sentence; elsewhere the verb follows the subject
                    first = s.lang == "ko" or (s.lang == "zh" and t in (EventType.visit, EventType.delegation))
                    trig = hits[0] if first else hits[-1]  # 考察了A、B,参观了C: all visited
                    if t == EventType.exhibition and BARE_FAIR.fullmatch(trig.group()):
                        acts = [h for h in hits if not BARE_FAIR.fullmatch(h.group())]  # …박람회에 한국관을
                        trig = (acts[0] if first else acts[-1]) if acts else trig  # 꾸렸다: the act, not the fair
                    if t == EventType.exhibition and s.lang == "en" and _EXHIBITORS.fullmatch(trig.group()):
                        acts = [h for h in hits if not _EXHIBITORS.fullmatch(h.group())]  # had booths, but the
                        trig = acts[-1] if acts else trig  # number of exhibitors fell: the act, not the count
                    if t == EventType.summit and s.lang != "ko":  # WAIC在上海世博中心开幕: the gathering
                        trig = next((h for h in hits if any(  # named, not a word of its venue's name
                            o.start <= h.start() and h.end() <= o.end for o in orgs)), trig)
                    found.append((t, trig))
                    gathering = [h for h in hits if not _TALKS.fullmatch(h.group())]
                    if t == EventType.summit and s.lang == "zh" and gathering and _TALKS.fullmatch(trig.group()):
                        also = gathering[-1]  # 在APEC峰会期间与…举行会晤: the summit and the talks
            if any(t == EventType.agreement for t, _h in found):
                # the partnership an agreement seals; the investment it is about (投资促进备忘录);
                # but a sister-city tie is a bond of its own (우호도시 협정을 맺은 두 시는 …)
                tie = next((h for t, h in found if t == EventType.partnership), None) and TIES.search(
                    doc.text, s.start, s.end)
                found = [(t, tie if t == EventType.partnership else h) for t, h in found if (
                    t != EventType.partnership or tie is not None) and not (
                    t == EventType.investment and not _raising(doc, s) and not _FUND.search(h.group())
                    and not _ZH_LEAD_AHEAD.search(doc.text, s.start, s.end)  # a fund they set up is one
                    and not (s.lang != "ko" and _SUM_AFTER.match(doc.text, h.end())))]  # 计划…投资1.4万亿韩元
            if any(t == EventType.exhibition and BARE_FAIR.fullmatch(h.group()) for t, h in found) and any(
                    t == EventType.summit for t, _h in found):
                found = [(t, h) for t, h in found if t != EventType.exhibition]  # a forum held at the expo
            if any(t == EventType.exhibition for t, _h in found):
                shown = [h for t, h in found if t == EventType.exhibition]
                found = [(t, h) for t, h in found if t != EventType.summit and not (  # the fair they exhibit at
                    t == EventType.other and any(x.start() <= h.start() <= x.end() for x in shown)  # 전시·상담회
                ) and not (t == EventType.founding and _STAND_SET_UP.match(doc.text, h.end()))]  # set up a pavilion
            summit = next((h for t, h in found if t == EventType.summit), None)
            if s.lang == "ko" and summit is not None and _KO_SETTING_OF_PAST.match(doc.text, summit.end()):
                found = [(t, h) for t, h in found if t != EventType.summit]  # …장관회의'에서 합의한: where, before
            if s.lang == "ko" and _DEFINITION.search(doc.text, s.start, s.end):
                found = []  # 박람회는 … 주관하는 대표적인 전시회다: what the fair is, not an event
            if any(t == EventType.agreement for t, _h in found):  # 会晤，同时举办签约仪式: the talks are the signing
                found = [(t, h) for t, h in found if not (t == EventType.summit and _TALKS.fullmatch(h.group()))]
            if also is not None and any(t == EventType.summit for t, _h in found):
                found.append((EventType.summit, also))
            if any(t == EventType.visit for t, _h in found):  # 시찰하며 협력 방안을 모색: the visit's aim
                found = [(t, h) for t, h in found if not (t == EventType.partnership and h.group().startswith("협력"))]
            if any(t == EventType.other and _PRESS.fullmatch(h.group()) for t, h in found):
                found = [(t, h) for t, h in found if t != EventType.summit]  # the fair a briefing is about
            if s.lang in _HOSTS_AFTER and (m := _HOSTS_AFTER[s.lang].match(doc.text, s.start)):
                told = next((e for e in reversed(doc.events) if e.type in _GATHERINGS_OF_ACTORS), None)
                hosts = [o for o in orgs if m.start("hosts") <= o.start and o.end <= m.end()]
                if told is not None and hosts and not told.actors:
                    told.actors = _unique(hosts)
                elif hosts and previous_end > 0 and (told is None or told.end < previous_end) \
                        and _summit_told(doc, s.lang, previous):
                    # 2026中韩交流会在烟台开幕。本次活动由商务部主办: a gathering its hosts name
                    doc.events.append(EventRecord(EventType.summit, _unique(hosts), [], None, None,
                                                  previous[0], previous_end))
            visit = next((h for t, h in found if t == EventType.visit), None)
            if s.lang == "ko" and visit is not None and KO_BARE_DELEGATION.match(doc.text, s.start) and not any(
                    o.start < visit.start() for o in orgs):
                sent = next((e for e in reversed(doc.events) if e.type == EventType.delegation), None)
                if sent is not None:  # the delegation told, touring places: no visit of its own
                    found = [(t, h) for t, h in found if t != EventType.visit]
            # 签署了产品代理协议, signed a supply contract, 공동연구에 합의했다: a business or research deal
            found = [(EventType.partnership if t == EventType.agreement and is_deal(doc, s, h) else t, h)
                     for t, h in found]
            if unheld is not None and whole.start != unheld[0]:
                attending = [o for o in orgs if not _is_gathering(o, gazetteer)] if previous == unheld[:2] and not any(
                    t == EventType.summit for t, _h in found) and _ATTENDS.search(doc.text, s.start, s.end) else []
                told = unheld[4] or next((e for e in reversed(doc.events) if e.type == EventType.summit), None)
                if attending and told is not None:  # '…포럼'이 열렸다 (its name alone), 今天的论坛 (the one told):
                    have = {_ref(x) for x in (*told.actors, *told.targets)}  # who attended is a side of it
                    told.actors += [o for o in _unique(attending) if _ref(o) not in have]
                elif attending:  # 交流会在盐城举行。A副省长、B总领事、C副社长出席并致辞: they are its sides
                    doc.events.append(EventRecord(EventType.summit, _unique(attending), [], unheld[2], unheld[3],
                                                  unheld[0], unheld[1]))
                unheld = None
            if not found:
                continue
            again = company_named_again(doc, s, s.lang, is_company) if any(
                t in _OF_THE_COMPANY for t, _h in found) else None
            if again is not None and any(_ref(o) == _ref(again) for o in orgs):
                again = None
            clause_orgs = orgs
            people = within(doc.people, s)
            places = within(doc.places, s)
            dates = [d for d in doc.dates if s.start <= d.start < s.end and d.value]
            for etype, trig in found:
                # The company, founded in 2019 …, raised: the one just named
                orgs = [again, *clause_orgs] if again is not None and etype in _OF_THE_COMPANY else clause_orgs
                if etype == EventType.partnership and TIES.search(doc.text, s.start, s.end):
                    orgs = _tied_places(doc, gazetteer, s, orgs)
                actors, targets = _sides(doc, s.lang, etype, trig, orgs, people)
                if s.lang == "en" and etype in (EventType.investment, EventType.partnership, EventType.agreement):
                    aside = [t for t in targets if isinstance(t, OrgMention) and _EN_ASIDE.search(
                        doc.text, max(s.start, t.start - 40), t.start)]
                    targets = [t for t in targets if t not in aside]  # with support from X: no partner
                    actors = actors + [t for t in aside if etype == EventType.investment and _EN_ALONGSIDE.search(
                        doc.text, max(s.start, t.start - 40), t.start)]  # alongside existing backer X: one more
                if etype == EventType.founding and s.lang == "ko" and again is not None and not actors \
                        and again in targets:  # 회사는 … 현지 법인을 세우고: the company named again founds it
                    actors, targets = [again], [t for t in targets if t is not again]
                if etype in _ACTS_OF_PAIRS and (not orgs or (etype in _FOUNDED_OR_FUNDED and not actors)) and not (
                        etype == EventType.summit and any(t in _ACTS_OF_PARTIES for t, _h in found)) and (
                        pair := referred_pair(doc, s, s.lang, trig.start(), lambda o: not _is_gathering(o, gazetteer),
                                              is_company)):
                    if not orgs:
                        orgs, actors, targets = list(pair), [pair[0]], [pair[1]]  # The two ministries also signed
                    # (but the two ministries signed an MOU to hold the forum: the forum is what they agreed)
                    if etype in _FOUNDED_OR_FUNDED:  # 양측은 … 센터를 열기로 했다, 두 회사는 합작법인 X를
                        # 설립하고 …을 투자해: the pair founds it or puts the money in; what is named, the body
                        have = {_ref(p) for p in pair}
                        orgs = _unique([*pair, *orgs])
                        actors, targets = list(pair), [t for t in targets if _ref(t) not in have]
                subject = min(actors, key=lambda a: a.start) if actors else None
                if etype in _ACTS_OF_PARTIES and subject is not None and _is_gathering(subject, gazetteer):
                    continue  # 对接会…开幕，…现场签约项目12个: signings at a gathering its subject, who signed untold
                if etype == EventType.investment and s.lang == "ko" and _KO_ROUND_TOLD.match(trig.group()):
                    # 당시 라운드는 X가 주도했고 Y가 참여했다: every body named after it put money in; the
                    # company is the one named before (모션랩스의 이번 라운드) or the round told before
                    actors = [o for o in orgs if o.start >= trig.start()]
                    targets = [o for o in orgs if o.end <= trig.start()] or (
                        list(last_round.targets) if last_round else _ko_topic_before(doc, s.start))
                if etype in _ACTS_OF_PARTIES:  # signed at the …-Korea Industrial Cooperation Conference: where
                    targets = [t for t in targets if not (isinstance(t, OrgMention) and (
                        t.source == "gathering" or _held_gathering(t, gazetteer)))]
                targets = _unique(targets)
                actors = _acting_bodies(doc, actors + [p for p in people if p not in actors], targets)
                if etype == EventType.visit and (sent_before := bare_delegation_visitors(
                        doc, s.lang, s.start, trig.start(),
                        [e for e in doc.events if e.type == EventType.delegation and e.actors])):
                    have = {_ref(a) for a in sent_before}  # 代表团首站来到X: the delegation told visits X
                    lo, hi = delegation_members(doc, s.lang, s.start, trig.start())
                    targets = without_units_of(_unique(targets + [
                        a for a in actors if isinstance(a, OrgMention) and _ref(a) not in have
                        and not lo <= a.start < hi and (s.lang != "ko" or a.end <= trig.start())]))
                    actors = sent_before
                if not actors and etype != EventType.founding:
                    named = _titled_back_reference(doc, s, trig.start())  # 김 지사는 … 방문했다
                    if named is None and s.lang == "en":  # During the visit to China, Lee held …
                        named = _en_subject_after(doc, s, trig.end())
                    actors = _acting_bodies(doc, [named], targets) if named is not None else []
                if not actors and carried[0] == whole.start and s.start != whole.start:
                    actors = [a for a in carried[1] if _ref(a) not in {_ref(t) for t in targets}]
                elif actors:  # …방문…21일 안후이성과 의향서: the sentence's subject acts on
                    carried = (whole.start, actors)
                listed = []  # signed MOUs with the CEOs of the four companies: one per company listed
                if etype in _ONE_PER_COUNTERPART and not any(isinstance(t, OrgMention) for t in targets):
                    listed = referred_list(doc, s, s.lang, trig.end(), {_ref(a) for a in actors})
                    targets = listed or targets
                sent = _sender(doc, orgs, trig) if etype == EventType.delegation else None
                told = next((e for e in doc.events if e.type == EventType.delegation), None)
                bare = bare_delegation(doc, s.lang, s.start, s.end) if sent is None else None
                if etype == EventType.delegation and bare is not None and bare.start() <= trig.start() < bare.end() \
                        and not _LEADS.search(doc.text, s.start, s.end):
                    # 이번 대표단은 도와 A, B 등 25명으로 꾸려졌다, 연수단은 … 방문하고 X가 여는 …: the
                    # delegation told as a subject; its sender is the visitor told before, not who is in it
                    visitor = next((e for e in reversed(doc.events) if e.type == EventType.visit and any(
                        isinstance(a, OrgMention) for a in e.actors)), None) if told is None else None
                    if visitor is None:
                        continue
                    sent, targets = next(a for a in visitor.actors if isinstance(a, OrgMention)), []
                elif etype in _ACTS_OF_PARTIES and not actors and told is not None and told.actors and (
                        bare_delegation(doc, s.lang, s.start, trig.start()) is not None):
                    # 대표단은 … 상무청과 협약을 체결했다: the delegation told signs (but a gathering it
                    # attends is held by others)
                    actors = list(told.actors)
                if sent is not None:
                    actors, targets = [sent], [t for t in targets if _ref(t) != _ref(sent)]
                elif etype == EventType.delegation and not actors:
                    continue  # "대표단은 …": whose, the visit it makes tells
                if etype == EventType.delegation and told is not None and (sent is None or _BACK_DELEGATION.search(
                        doc.text, max(s.start, trig.start() - 20), trig.start())):
                    have = {_ref(x) for x in (*told.actors, *told.targets)}  # the delegation told before
                    if invited_delegation(doc, s.lang, s.start, trig.end()) is None:  # not its host inviting it
                        told.actors += [a for a in actors if _ref(a) not in have and isinstance(a, OrgMention)]
                    continue
                if etype == EventType.summit and _ATTENDS_BARE.search(doc.text, s.start, trig.start()):
                    told = next((e for e in reversed(doc.events) if e.type == EventType.summit), None)
                    if told is not None:  # 也出席了恳谈会: the forum already told, one more side
                        have = {_ref(x) for x in (*told.actors, *told.targets)}
                        told.actors += [a for a in actors if _ref(a) not in have]
                        continue
                call = _business_call(doc, gazetteer, s, trig, people) if etype == EventType.summit else None
                if call is not None:  # a company's head meets a head of state: the company calls on them
                    etype, actors, targets = EventType.visit, [call[0]], [call[1]]
                if actors and ((etype == EventType.summit and _TALKS.fullmatch(trig.group())) or (
                        s.lang == "zh" and etype in _HELD and _ZH_CO_HOSTED.search(doc.text, s.start, s.end))):
                    # A与B举行会谈, A与B共同举办论坛: both sides hold it
                    actors = _unique(actors + [t for t in targets if isinstance(t, OrgMention)
                                               and not _is_gathering(t, gazetteer)])
                    targets = [t for t in targets if t not in actors]
                if etype == EventType.exhibition:  # 百度在世界人工智能大会上设展: the fair is where, not who
                    actors = [a for a in actors if not (isinstance(a, OrgMention) and _is_gathering(a, gazetteer))]
                if etype == EventType.summit and not actors and s.lang == "zh" and _ZH_HOLDS.search(
                        doc.text, s.start, s.end):  # 已与X达成共识，计划举办峰会: the partner holds it too
                    actors = [t for t in targets if isinstance(t, OrgMention) and not _is_gathering(t, gazetteer)]
                if etype == EventType.summit:
                    targets = [t for t in targets if _is_gathering(t, gazetteer)] or [
                        o for o in orgs if _is_gathering(o, gazetteer)]
                local = [p for p in places
                         if gazetteer.places[p.entity_id].kind != "country"]
                if etype == EventType.visit:
                    targets = _visited(doc, gazetteer, targets, local, actors, s)
                # leaders who act for their countries (President Lee and President Xi held a summit,
                # signed MOUs): people with a title are the sides when no organisation is named
                leaders = [p for p in people if p.role] if not orgs and etype in _LEADERS_ACT else []
                if len(leaders) >= 2 or (leaders and etype == EventType.visit):
                    actors, targets = leaders[:1], leaders[1:] if etype != EventType.visit else targets
                if etype == EventType.summit and not (orgs or places or leaders):
                    unheld = (whole.start, whole.end, None, _event_date(doc, s.lang, trig.start(), dates), None)
                    continue
                if etype in _AGREED_ITEMS and not orgs and not leaders and _FUND.search(trig.group()):
                    sealed = next((e for e in reversed(doc.events) if e.type == EventType.agreement), None)
                    if sealed is not None:
                        actors, targets = _unique([*sealed.actors, *sealed.targets]), []
                if etype in (EventType.agreement, EventType.partnership, EventType.investment,
                             EventType.founding) and not (orgs or listed or len(leaders) >= 2 or (
                                 etype in _AGREED_ITEMS and actors)):
                    continue
                if etype == EventType.investment and not any(isinstance(a, OrgMention) for a in actors):
                    fund = _fund_told_before(doc, s)  # 펀드는 … 투자한다: the fund named before invests
                    actors = [fund] if fund is not None else actors
                if etype == EventType.investment and not (
                        any(isinstance(a, OrgMention) for a in actors) or _raising(doc, s) or (
                            any(isinstance(t, OrgMention) for t in targets)
                            and _AMOUNT.search(doc.text, s.start, s.end))):
                    continue  # a sum put into a named company counts even when the investor is unnamed
                pooled = next((e for e in reversed(doc.events) if e.type == EventType.investment
                               and _FUND.search(doc.text, e.start, e.end) and all(
                                   _NAMED_FUND.search(t.mention) for t in e.targets if isinstance(t, OrgMention))),
                              None) if etype == EventType.investment and _CONTRIBUTION.search(trig.group()) else None
                if pooled is not None:
                    # 선전캐피탈(300억원)과 … 600억원을 출자했으며 모태펀드가 400억원을 출자했다: the fund told
                    # before, its contributors named; one investment, as 출자 in it is the pooling itself
                    have = {_ref(x) for x in (*pooled.actors, *pooled.targets)}
                    pooled.actors += _unique([o for o in (*actors, *targets) if isinstance(o, OrgMention)
                                              and _ref(o) not in have])
                    continue
                if etype == EventType.investment and not targets and actors and last_round:
                    targets = list(last_round.targets)  # 本轮由X领投: the round told before
                if etype == EventType.investment and not targets and actors and (
                        named := investee_referred(doc, s, s.lang, is_company, actors)):
                    targets = [named]  # 腾讯领投了这家初创企业的融资: the company just named
                if etype in _GATHERINGS_OF_ACTORS and not actors:
                    actors = [o for o in targets if not _is_gathering(o, gazetteer)]
                    targets = [t for t in targets if t not in actors]
                if etype in _GATHERINGS_OF_ACTORS and not actors and s.lang == "ko" and _KO_FOLLOWING.search(
                        doc.text, s.start, trig.start()):  # 서밋에 이어 열린 상담회: held by the summit's hosts
                    held = next((e for e in reversed(doc.events) if e.type in _HELD and any(
                        isinstance(a, OrgMention) for a in e.actors)), None)
                    actors = [a for a in held.actors if isinstance(a, OrgMention)] if held is not None else []
                if etype == EventType.other and not actors and s.lang == "ko" and _KO_HELD_UNNAMED.match(
                        doc.text, trig.end(), s.end):  # '…수출상담회'가 열려: held on the delegation's trip
                    sent = next((e for e in doc.events if e.type == EventType.delegation and any(
                        isinstance(a, OrgMention) for a in e.actors)), None)
                    actors = [a for a in sent.actors if isinstance(a, OrgMention)] if sent is not None else []
                if not targets and etype in (EventType.agreement, EventType.partnership) and len(actors) >= 2:
                    targets = actors[-1:]  # 네이버·네이버랩스·네이버클라우드는 … 협약: they sign with each other
                    actors = actors[:-1]
                if not targets and not (etype in _GATHERINGS_OF_ACTORS and actors and (
                        etype != EventType.summit or _HOSTS.search(doc.text, s.start, s.end)
                        or _KO_HELD_BEFORE.search(doc.text, max(s.start, trig.start() - 4), trig.start())
                        or (len(actors) >= 2 and _TALKS.fullmatch(trig.group()))  # A与B举行会谈
                        or _ATTENDS.search(doc.text, s.start, trig.start())
                        or (s.lang == "ko" and _KO_ATTENDS_AFTER.match(doc.text, trig.end())))) and not (
                        etype == EventType.investment and actors and (
                            _FUND.search(trig.group()) or _AMOUNT.search(doc.text, s.start, s.end)
                            or _ROUND_INVESTORS.search(trig.group()))) and not (
                        _unnamed_partners(doc, s.lang, etype, actors, s.start,
                                          trig.start() if s.lang == "ko" else s.end)) and not (
                        etype == EventType.founding and any(isinstance(a, OrgMention) for a in actors)
                        and _unit_founded(doc, s.lang, trig)):
                    if etype == EventType.summit and not actors and not any(
                            isinstance(o, OrgMention) and not _is_gathering(o, gazetteer) for o in orgs):
                        unheld = (whole.start, whole.end,  # 交流会在盐城举行: who took part, the next sentence
                                  _event_place(doc, gazetteer, s.lang, s, trig.start(), places, targets, True),
                                  _event_date(doc, s.lang, trig.start(), dates), None)
                    continue  # a summit of its hosts only (…포럼을 개최했다), not of who signed there
                if not actors and etype == EventType.visit and s.lang == "ko" and _KO_PARTICIPANTS.match(
                        doc.text, s.start):  # 참가 기업들은 … 공장을 둘러봤다: the gathering's organiser visits
                    held = next((e for e in reversed(doc.events) if e.type in _HELD and any(
                        isinstance(a, OrgMention) for a in e.actors)), None)
                    actors = [a for a in held.actors if isinstance(a, OrgMention)] if held is not None else []
                if not actors and etype == EventType.visit:
                    actors = list(last_actors.get(etype, []))
                    if not actors and not any(isinstance(t, OrgMention) for t in targets) and not (
                            _DELEGATION_WORD.search(doc.text, s.start, s.end)):
                        continue  # "visited Seoul", by no one named nor a delegation: no exchange
                elif actors:
                    last_actors[etype] = actors
                if etype == EventType.delegation and actors and s.lang != "ko":
                    last_actors[EventType.visit] = actors  # 代表团一行先后前往…: the delegation visits
                place = _event_place(doc, gazetteer, s.lang, s, trig.start(), places, targets,
                                     etype in (EventType.visit, EventType.summit))
                when = _event_date(doc, s.lang, trig.start(), dates)
                pairs = between_pairs(doc, orgs) if s.lang == "en" and etype in (
                    EventType.agreement, EventType.partnership) else []
                if len(pairs) < 2 and etype in (EventType.agreement, EventType.partnership):
                    pairs = (zh_pairs_listed(doc, orgs) if s.lang == "zh" else []) or respective_pairs(actors, targets)
                if len(pairs) >= 2:  # a partnership between A and B, and another between C and D
                    doc.events += [EventRecord(etype, [a], [b], place, when, whole.start, whole.end)
                                   for a, b in pairs]
                    continue
                for party in listed if listed and len(targets) == len(listed) else [None]:
                    doc.events.append(EventRecord(etype, actors, [party] if party else targets, place, when,
                                                  whole.start, whole.end))
                if etype == EventType.summit and not actors:
                    unheld = (whole.start, whole.end, place, when, doc.events[-1])
                if etype == EventType.investment:
                    last_round = doc.events[-1]
        for supplier, receiver, s in supply_partners(doc, lambda s, at: _quoted(doc, s, at)):
            dates = [d for d in doc.dates if s.start <= d.start < s.end and d.value]
            doc.events.append(EventRecord(EventType.partnership, [supplier], [receiver], None,
                                          _event_date(doc, s.lang, s.start, dates), s.start, s.end))
        for visitor, host, s in premises_visits(doc, [e for e in doc.events if e.type == EventType.delegation]):
            dates = [d for d in doc.dates if s.start <= d.start < s.end and d.value]
            doc.events.append(EventRecord(EventType.visit, [visitor], [host], None,
                                          _event_date(doc, s.lang, s.start, dates), s.start, s.end))
        heads = _headlines(doc)
        before = -1
        while before != len(doc.events):  # merging can join groups that only meet later
            before = len(doc.events)
            doc.events = _merge(doc.events, gazetteer, heads, _ko_lead(doc))
        told = {e.type for e in doc.events if e.start not in heads}
        # a headline event the story does not take up under its parties is the headline's
        # shorthand misread (…방문…현지 협회와 MOU: the MOU is not with the companies visited)
        doc.events = [e for e in doc.events if e.start not in heads or e.type not in told]
        # a headline's 'joins hands' (맞손, 携手) with a party the story signs an agreement with is
        # the headline's word for that agreement (as an agreement stands for the partnership it seals)
        acts = {_ref(m) for e in doc.events if e.start not in heads and e.type == EventType.agreement
                for m in (*e.actors, *e.targets)}
        doc.events = [e for e in doc.events if not (e.start in heads and e.type == EventType.partnership and any(
            _ref(m) in acts for m in (*e.actors, *e.targets)))]
        for e in doc.events:
            acting = {_ref(a) for a in e.actors}
            kept = [t for t in e.targets if _ref(t) not in acting]
            if not kept and e.targets and e.type in (EventType.agreement, EventType.partnership) \
                    and len(e.actors) >= 2:
                kept, e.actors = e.actors[-1:], e.actors[:-1]  # 首尔市和广东省(政府)签署: with each other
            e.targets = kept
        doc.events = _sealed_partnerships(doc, [e for e in doc.events if e.targets or (
            (e.type in _GATHERINGS_OF_ACTORS or _FUND.search(doc.text, e.start, e.end) or (
                e.type == EventType.investment and (_AMOUNT.search(doc.text, e.start, e.end)
                                                    or _ROUND_INVESTORS.search(doc.text, e.start, e.end)))
             or _founder_of_unnamed(doc, e)
             or _unnamed_partners(doc, "ko" if _KO_UNNAMED_PARTNERS.search(doc.text, e.start, e.end) else "",
                                  e.type, e.actors, e.start, e.end)) and e.actors)])
        # 양측은 … 공동 운영하기로: the joint work an agreement's signers go on to tell
        doc.events += follow_up_partnerships(doc, doc.events)
        doc.events = _one_summit_of_people(doc.events)
        doc.events = _one_visit_per_host(doc, doc.events)
        doc.events = _one_booth_per_exhibitor(doc, doc.events)
        doc.events = _tours_of_places(doc, doc.events)
        doc.events = _one_delegation_per_city(doc, gazetteer, doc.events)
        doc.gatherings = [o for o in doc.orgs if o.source == "gathering" or _held_gathering(o, gazetteer)]
        doc.orgs = [o for o in doc.orgs if o not in doc.gatherings]

    return run


def _tied_places(doc: Doc, gazetteer: Gazetteer, s, orgs: list[OrgMention]) -> list[OrgMention]:
    """The parties of a sister-city tie: the cities and provinces it joins stand for their
    governments where the clause names fewer than two bodies ('Busan and Shanghai became sister
    cities', 台北市與首爾市締結姊妹市), as a tie is always between two of them."""
    if len({_ref(o) for o in orgs}) >= 2:
        return orgs
    named = {name_key(o.mention) for o in orgs}
    places = [OrgMention(p.start, p.end, p.mention, None, 0.0, LinkMethod.none, "place") for p in within(doc.places, s)
              if gazetteer.places[p.entity_id].kind != "country" and name_key(p.mention) not in named
              and not any(o.start < p.end and p.start < o.end for o in orgs)]
    return sorted([*orgs, *places], key=lambda o: o.start) if places else orgs


# a sum right after the verb (投资1.4万亿韩元, invest $200 million): an investment told with the agreement
# it comes with, not the agreement's name (投资促进备忘录, an investment MOU)
_SUM_AFTER = re.compile(r"\s*(?:了|约|超过|逾|近)?\s*\d[\d,.]*\s*(?:亿|万)|\s+(?:about\s+|over\s+|nearly\s+)?"
                        r"(?:US\$|\$|USD\s?|€|KRW\s?)\s?\d|\s+\d[\d,.]*\s*(?:billion|million|trillion)\b")
# what a company named again by 'The company' (该公司) is told of: its founding and its funding
_OF_THE_COMPANY = frozenset({EventType.founding, EventType.investment})
# acts a pair named again as the subject does (두 회사는, 双方, the two companies); a founding or an
# investment is the pair's though the clause names the body founded or funded
_ACTS_OF_PAIRS = frozenset({EventType.agreement, EventType.partnership, EventType.founding, EventType.investment,
                            EventType.summit})
# …the pair founds, funds or holds together (양측은 … 워크숍을 개최할 예정이다): both are its actors
_FOUNDED_OR_FUNDED = frozenset({EventType.founding, EventType.investment, EventType.summit})
# acts only parties do: a gathering named as their subject is where they happened
_ACTS_OF_PARTIES = frozenset({EventType.agreement, EventType.partnership, EventType.investment})
# a titled person who attends a forum (张术平参加了…恳谈会): their body is a side of it
_ATTENDS = re.compile(r"参加|出席|참석|참가|\battend(?:s|ed|ing)?\b|\b(?:took|take|takes|taking) part\b")
# 포럼에 참석했다, '…콘퍼런스 2026'에 참가해, 서밋에서 기조연설을: Korean writes the attending after the
# gathering, and who attends is a side of it as much as who holds it
_KO_THERE_ATTENDED = r"(?:에는|에도)\s[^.\n]{0,60}?(?:이|가|도)\s?(?:참석|참가|참여)"  # …에는 A와 B가 참석
_KO_ATTENDS_AFTER = re.compile(r"[^.\n]{0,24}?(?:에|에서)\s?(?:[가-힣]{1,6}\s)?(?:참석|참가|참여|기조\s?연설|연사로)|"
                               + _KO_THERE_ATTENDED)
# '이날 포럼에는 삼성전자와 네이버 등이 참석했다': the gathering just told, more who attended it
_KO_ATTENDED_TOLD = re.compile(r"\s*(?:이날|이번|해당|이)?\s?(?:포럼|서밋|회의|세미나|콘퍼런스|컨퍼런스|심포지엄|행사)"
                               + _KO_THERE_ATTENDED)
_ATTENDS_BARE = re.compile(r"(?:参加|出席|参与)了?\s*$|(?:이번\s?|해당\s?|이\s)$|\battended the\s+$")
# 서울에서 열린 … 대화에서: the talks named right after the word that says they were held
_KO_HELD_BEFORE = re.compile(r"(?:열린|개최된)\s$")
_HOSTS = re.compile(r"개최|주최|주관|열었|연다|열린다|열고|열기로|개막|갖고|가졌|"
                    r"\b(?:co-)?host(?:s|ed|ing)?\b|held|\bhold(?:s|ing)?\b|organi[sz]ed|\bconven(?:e|es|ed|ing)\b|"
                    r"举办|主办|召开|舉辦|主辦")
# a sum of money: an investor who puts it in acts even when the story names no company receiving it
# (20조원을 투자한다, will invest $2 billion in a plant)
_AMOUNT = re.compile(KO_SUM + r"\s*(?:원|달러|위안|유로|엔)|"
                     r"\d[\d,.]*\s*(?:亿|万)\s*(?:元|美元|韩元|欧元|日元|港元|港币|新台币|台币)|"
                     r"(?:US\$|\$|USD\s?|€|KRW\s?)\s?\d|\d[\d,.]*\s*(?:billion|million|trillion)?\s*(?:won|dollars|yuan|euros)\b")
_PRESS = re.compile(r"기자회견|브리핑")
_ZH_HOLDS = re.compile(r"举办|主办|召开|承办")
# joined the round alongside existing backer X: X puts money in too; with support from X, backed by
# X: a sponsor of the work, not the partner or the investee
_EN_ALONGSIDE = re.compile(r"\balongside (?:its |the )?(?:existing |fellow |other )?(?:backers?|investors?|"
                           r"shareholders?)\s+(?:the\s+)?$", re.I)
_EN_ASIDE = re.compile(_EN_ALONGSIDE.pattern + r"|\bwith (?:the )?(?:support|funding|sponsorship) (?:from|of)\s+"
                       r"(?:the\s+)?$|\b(?:supported|sponsored) by\s+(?:the\s+)?$", re.I)
# set up a Korea pavilion, opened its booth: a stand at a fair is shown, no body founded
_STAND_SET_UP = re.compile(r"\s+(?:an?|its|the|their)\s+(?:[\w-]+\s+){0,3}?(?:pavilion|booth|stand)s?\b", re.I)
_KO_SETTING_OF_PAST = re.compile(r"[’'\"”]?에서\s?[가-힣]{1,4}(?:한|된)\s")
_LEADERS_ACT = frozenset({EventType.summit, EventType.agreement, EventType.visit})
_DEFINITION = re.compile(r"(?:전시회|박람회|행사|대회|포럼|축제)(?:이)?다[.]?\s*$")
# '이번 대회는 A, B, C가 공동 주최한다', 本次活动由A、B主办, The event was hosted by A and B: the hosts
# of the gathering the sentence before told
_HOSTS_AFTER = {
    "ko": re.compile(r"(?:이번|이|해당|올해)\s?(?:대회|행사|박람회|전시회|포럼|회의|상담회|엑스포|세미나)[은는]\s"
                     r"(?P<hosts>)[^.]*?(?:공동\s?)?(?:주최|주관)"),
    "zh": re.compile(r"\s*(?:本次|此次|这次|该|本届|此届)?(?:活动|会议|论坛|大会|峰会|交流会|研讨会|博览会)"
                     r"[，,]?(?:由|是由)(?P<hosts>)[^。；;]*?(?:共同|联合)?(?:主办|举办)"),
    "en": re.compile(r"\s*(?:The|This) (?:event|forum|conference|summit|meeting|seminar|dialogue|expo|fair)\b"
                     r"[^.]{0,40}?\b(?:was|is|will be|are) (?:jointly |co-)?(?:hosted|organi[sz]ed|held) by"
                     r"(?P<hosts>)[^.]*"),
}


def _summit_told(doc: Doc, lang: str, span: tuple[int, int]) -> bool:
    """Whether the sentence `span` tells a gathering by its trigger words."""
    rx = next(rx for t, rx in TRIGGERS[lang] if t == EventType.summit)
    return rx.search(doc.text, *span) is not None


# '통합업체 두 곳과 각각 협약을', '현지 기업 3개사와': partners counted, not named
_KO_UNNAMED_PARTNERS = re.compile(KO_DESCRIBED_PARTNER.pattern + "|"
                                  r"(?:\d+|두|세|네|다섯|여러)\s?(?:곳|개사|개\s?(?:기업|업체|기관|사))(?:과|와)\s|"
                                  r"(?<![가-힣])(?:기업|업체|기관|대학)들과\s")
# 'deals with two South Korean companies', '与三家韩国企业签约': the same, in English and Chinese
_UNNAMED_PARTNERS = re.compile(EN_DESCRIBED_PARTNER.pattern + "|"
                               r"\bwith\s+(?:two|three|four|five|several|multiple|\d+)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:companies|firms|enterprises|businesses|partners|startups)\b|"
                               r"与(?:两|三|四|五|多|数|\d+)家[^，。；,;]{0,10}?(?:企业|公司|机构)")


def _unnamed_partners(doc, lang: str, etype: str, actors: list, start: int, end: int) -> bool:
    """An agreement or deal its actor signs with partners the story counts but does not name: the
    actor's act stands with no counterpart."""
    if etype not in (EventType.agreement, EventType.partnership) or not any(isinstance(a, OrgMention) for a in actors):
        return False
    if lang != "ko":
        return bool(_UNNAMED_PARTNERS.search(doc.text, start, end))
    counted = _KO_UNNAMED_PARTNERS.search(doc.text, start, end)
    # signed, not 체결을 추진할 계획
    return counted is not None and bool(_KO_SIGNED.search(doc.text, counted.end(), counted.end() + 40))


def _founder_of_unnamed(doc: Doc, e: EventRecord) -> bool:
    """A founding whose founded body the story does not name (네이버는 홍콩에 지사를 설립할 계획이다,
    A and B agreed to set up a joint lab): its founders alone tell it, as news-dev writes it; but
    a facility built (네이버가 설립한 데이터센터, opened a factory) founds no body."""
    return e.type == EventType.founding and any(isinstance(a, OrgMention) for a in e.actors) \
        and (not _FACILITY.search(doc.text, e.start, e.end) or bool(_BODY_SET_UP.search(doc.text, e.start, e.end)))


# the kind of body a founding verb sets up unnamed: a unit, an office, a lab, a company (지사를 설립,
# 开设办事处, open a research office); a ceremony of opening (개소식, 揭牌) tells one too
_UNIT = {
    "ko": re.compile(r"법인|지사|사무소|연구소|연구원|센터|본부|거점|합작사|자회사|재단|협회|사업단|얼라이언스|"
                     r"협의체|랩|실험실|기업|회사|식$"),
    "zh": re.compile(r"公司|法人|中心|办事处|代表处|研究院|研究所|实验室|分部|办公室|总部|基金会|协会|联盟|揭牌|挂牌"),
    "en": re.compile(r"\b(?:office|cent(?:re|er)|branch|subsidiary|lab|laboratory|institute|headquarters|company|hub|"
                     r"venture|unit|firm|start-?up|alliance|association|foundation)s?\b", re.I),
}


def _unit_founded(doc: Doc, lang: str, trig: re.Match) -> bool:
    """Whether an unnamed founding's object is a body: the unit word around its verb (Korean
    writes it before, Chinese in or after, English after)."""
    rx = _UNIT.get(lang)
    if rx is None:
        return False
    if lang == "ko":
        return bool(rx.search(trig.group()) or rx.search(doc.text, max(0, trig.start() - 25), trig.end() + 12))
    return bool(rx.search(trig.group()) or rx.search(doc.text, trig.end(), trig.end() + 50))


# a company set up to run the plant (합작법인 X를 설립하고 … 생산라인을 구축, 成立合资公司建设工厂, set up a
# joint venture to build a plant): a body founded beside the facility
_BODY_SET_UP = re.compile(r"법인|합작사|자회사|子公司|合资公司|合资企业|法人|\bsubsidiar(?:y|ies)\b|\bjoint venture\b",
                          re.I)
# a building or plant set up or opened is no body founded: 데이터센터, 공장, 数据中心, a factory
_FACILITY = re.compile(r"(?:데이터\s?센터|공장|물류\s?센터|생산\s?(?:라인|기지)|매장|数据中心|工厂|厂房|仓库|门店|"
                       r"\bdata cent(?:er|re)s?\b|\bfactor(?:y|ies)\b|\bplants?\b|\bwarehouses?\b|\bstores?\b)", re.I)


# gatherings a body holds (a delegation is sent, not held)
_HELD = frozenset({EventType.summit, EventType.other, EventType.exhibition})
# A与B共同举办, 聯合主辦: a gathering both hold, though 与 before a verb is 'with'
_ZH_CO_HOSTED = re.compile(r"(?:共同|联合|聯合|携手|攜手)\s*(?:举办|舉辦|主办|主辦|举行|舉行|承办|承辦|召开|召開)")
# '서밋에 이어 열린 상담회', '포럼과 연계해 진행된 설명회': a gathering held on from the one told
_KO_FOLLOWING = re.compile(r"(?:서밋|포럼|박람회|전시회|상담회|설명회|회의|행사|대회|엑스포|개막식)"
                           r"[’'\"」]?(?:에|과|와)\s?"
                           r"(?:이어|연계해|연계한|연계하여)\s?(?:열린|진행된|개최된|마련된)?\s")
# 같은 날 오후 열린 '…1:1 수출상담회'에는, '…교류회'가 열려: a session held with no host named, on the
# trip of the delegation the story sends, is its sender's
_KO_HELD_UNNAMED = re.compile(r"회?[’'\"」]?(?:에는|에서는|가\s?열(?:렸|려|린)|가\s?개최(?:됐|되었|돼))")
# "exhibitors" counted or described: the act shown is a booth or a pavilion the clause also names
_EXHIBITORS = re.compile(r"exhibitors?", re.I)
_KO_SIGNED = re.compile(r"(?:체결|맺)(?:했|었|하였|해|고)")
# '참가 기업들은 …': those taking part in the gathering just told, which its organiser brought
_KO_PARTICIPANTS = re.compile(r"\s*(?:이번\s?)?(?:[가-힣]{1,6}\s?)?(?:참가|참여)\s?"
                              r"(?:기업|업체|기업인|기관|자|단)들?[은이도]\s")
_BACK_DELEGATION = re.compile(r"이번|此次|这次|本次|该|the\b", re.I)
# a fund set up by its makers: an investment whose target the story does not name
_KO_ROUND_TOLD = re.compile(r"라운드(?:는|에는)\s|(?:이번|해당)\s?투자(?:는|에는)\s")


def _ko_topic_before(doc: Doc, at: int) -> list[OrgMention]:
    """The organisation the story is about just before `at`: the last one written as a topic
    (윈보로보틱스는) within the two sentences before."""
    starts = [x.start for x in doc.sentences if x.start < at][-3:]
    lo = starts[0] if starts else 0
    topic = [o for o in doc.orgs if lo <= o.start and o.end <= at and doc.text[o.end:o.end + 1] in ("은", "는")]
    return topic[-1:]


_FUND = re.compile(r"펀드|基金|\bfunds?\b", re.I)
# a trigger that names its bodies as a round's investors (the round was led by X, investors include
# X, 本轮由X领投, Y跟投, 라운드는 X가 주도, 전략적 투자자로 참여): they put money in though the
# company raising it goes unnamed or unread
_ROUND_INVESTORS = re.compile(r"\bround\b[^.;]{0,20}?\bled by\b|\bled\b[^.;]{0,60}?\bround\b|"
                              r"\bSeries [A-F]\b[^.;]{0,30}?\bled by\b|\binvestors (?:in [^.;]{0,30}? )?include|"
                              r"\bamong (?:the |its |their )?(?:[\w-]+ )?(?:investors|backers)\b|"
                              r"领投|跟投|追投|加注|投资方|라운드|투자자(?:로|로서)|출자자(?:로|로서)", re.I)
# a sentence whose subject is "the fund" (펀드는, 이 펀드는, 该基金, The fund): the fund the story named
_FUND_SUBJECT = re.compile(r"(?:(?:이|이번|해당|동|새|신규)\s?)?펀드(?:는|가|도)\s|(?:该|这只|此|本)基金|"
                           r"(?:The|This|That|The new) fund\b")
_NAMED_FUND = re.compile(r"(?:펀드|基金|Fund)$")
# a contributor's share of a fund: 출자, 出资, 认缴, commit $X to
_CONTRIBUTION = re.compile(r"출자|出资|认缴|commit", re.I)


def _fund_told_before(doc: Doc, s) -> OrgMention | None:
    """The fund a sentence opening with "the fund" means: the last organisation named as a fund
    before it."""
    if not _FUND_SUBJECT.match(doc.text, s.start):
        return None
    return next((o for o in sorted(doc.orgs, key=lambda o: -o.start)
                 if o.end <= s.start and _NAMED_FUND.search(o.mention)), None)


# the parties of the agreement just told, when a sentence of what they agreed names no one
# (양국은 … 펀드도 조성하기로 했다; creation of investment funds)
_AGREED_ITEMS = frozenset({EventType.investment})
# 연수단은 X 실장이 이끈다, the group is led by …: who leads the delegation told is its sender
_LEADS = re.compile(r"이끈|이끌|이끈다|인솔|단장|率领|带领|率团|\bled by\b|\bleads?\b|\bheaded by\b", re.I)
_DELEGATION_WORD = re.compile(r"대표단|방문단|사절단|代表团|使团|\bdelegation\b", re.I)
