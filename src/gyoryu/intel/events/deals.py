"""Which agreements are business or research partnerships rather than memoranda (`is_deal`): a
contract (代理合同, a supply deal), a joint-development or industry-academia agreement (联合开发协议,
产学合作协议), a bare Korean 합의 on joint work with no paper named (샘플 공급에 합의, 공동연구에
합의), a joint programme two bodies agree to run. An MOU, an LOI or a 업무협약 stays an agreement,
whatever it is about."""

from __future__ import annotations

import re

from gyoryu.intel.pipeline import Doc

# 签署了产品代理协议, 签订供货合同, 签署联合开发协议, 签署产学合作协议, 簽約合作: a contract or a joint-work
# agreement named by what it is about (a 合作协议 or a 战略合作协议 alone is a memorandum's kind)
_ZH_CONTRACT = re.compile(r"(?:签署|签订|签约)了?[^，。；,;]{0,12}?(?:合同|订单|(?:代理|供货|供应|采购|销售|经销|分销|"
                          r"授权|许可|代工|联合开发|联合研发|共同开发|共同研发|产学研?合作|学术合作)协议|伙伴(?:关系)?协议)|"
                          r"签约合作(?![协备意框])")
# signed a supply contract, inked a distribution deal or a reseller partnership, an agreement to
# supply X, under a 3-year agreement; agreed to launch a
# joint graduate programme, an agreement with X on an education programme: joint work two bodies run
_EN_CONTRACT = re.compile(r"\bunder an? (?:[\w-]+ ){0,2}?(?:agreement|contract|deal)\b|"
                          r"\b(?:signed|signs|inked|inks|sign|ink)\s+(?:(?:an?|the|its|their|two|three|four|several|"
                          r"multiple|new)\s+)?(?:[\w$.,-]+\s+){0,4}?"
                          r"(?:contract|deal|partnership (?:deal|agreement|pact)|"
                          r"(?:distribution|sales|licensing|purchase|procurement|reseller|resale|supply|offtake|"
                          r"sourcing|go-to-market|marketing|hosting) "
                          r"(?:deal|agreement|partnership|pact))s?\b|"
                          # 'an agreement to supply EUV resist to X': what one side sells the other
                          r"\b(?:agreement|pact|deal)s? to (?:supply|provide|sell|resell|distribute|deliver|"
                          r"buy|purchase|source|manufacture|produce)\b|"
                          r"\bagreed to (?:jointly )?(?:establish|set up|create|launch|run|operate|offer)\s+"
                          r"(?:an?|the)\s+"
                          r"(?:joint|dual-degree|double-degree|exchange|co-[\w]+)\s+(?:[\w'’-]+\s+){0,3}?"
                          r"(?:program(?:me)?s?|schools?|courses?|curricul(?:um|a)|degrees?)\b|"
                          r"\bagreement\s+with\s+[^.;]{0,60}?\bon\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:program(?:me)?s?|courses?|curricul(?:um|a))\b", re.I)
# 공급에 합의했다, 공동연구를 추진하기로 합의했다, 공동연구실 설치에 합의하고: joint work agreed, no paper signed
_KO_AGREED = re.compile(r"합의(?:했|한|하고|하기로|하였)")
_KO_JOINT_WORK = re.compile(r"공동\s?(?:연구|개발|생산|평가|실증|시험)|공급|기술\s?이전|라이선스")
# a memorandum, an agreement or a treaty named in the sentence (협약식에서 … 합의했다): the paper signed
_KO_PAPER = re.compile(r"협약|MOU|양해각서|각서|의향서|LOI|협정|계약")


def is_deal(doc: Doc, s, h: re.Match) -> bool:
    """Whether the agreement trigger at `h` makes a business or research partnership (a contract,
    a joint-work agreement, joint work agreed with no paper) rather than a memorandum."""
    if s.lang == "ko":
        return bool(_KO_AGREED.match(h.group()) and not _KO_PAPER.search(doc.text, s.start, s.end)
                    and _KO_JOINT_WORK.search(doc.text, s.start, h.start()))
    rx = _ZH_CONTRACT if s.lang == "zh" else _EN_CONTRACT  # 'signed' and the 'agreement' it signs alike
    return any(m.start() <= h.start() < m.end() for m in rx.finditer(doc.text, s.start, s.end))
