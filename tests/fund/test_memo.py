"""The investment memo in ko / zh / en: a PDF with an embedded CJK font whose Hangul and Hanzi
come back out as text (the same WeasyPrint path as the agenda)."""

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader

from gyoryu.accounts.enums import Role
from gyoryu.fund import memo, scoring, service
from gyoryu.fund.schemas import ReviewIn
from gyoryu.i18n import Translator
from gyoryu.web.templating import templates


def _text(body: bytes) -> tuple[str, set[str]]:
    reader = PdfReader(BytesIO(body))
    fonts = {str(f["/BaseFont"]) for page in reader.pages for f in page["/Resources"]["/Font"].values()}
    return " ".join(page.extract_text() for page in reader.pages).replace("\n", " "), fonts


def test_the_memo_pdf_in_three_languages(db, account, fund_user, rubric, make_deal):
    deal = make_deal("hancom", amount="3000000", currency="CNY", round="series_a",
                     memo={"ko": "한컴의 문서 AI는 중국 시장에서 성장 여지가 크다",
                           "zh": "韩纳科的文档人工智能在中国市场增长空间大", "en": "Document AI with room to grow"})
    scoring.score_deal(db=db, actor=fund_user, deal=deal, data=ReviewIn(
        scores={"team": 5, "market": 4, "technology": 3}, submit=True))
    service.move_deal(db=db, actor=fund_user, deal=deal, stage="committee")
    outsider = account(Role.fund, "late-reader")
    expected = {"ko": ["투자 검토 메모", "한컴의 문서 AI는 중국 시장에서 성장 여지가 크다", "시리즈 A",
                       "투자심의위원회", "팀"],
                "zh": ["投资备忘录", "韩纳科的文档人工智能在中国市场增长空间大", "A 轮", "投资决策委员会", "团队"],
                "en": ["Investment memo", "Document AI with room to grow", "Series A", "3,000,000.00 CNY",
                       "Aggregate 4.33 of 5 from 1 reviewers"]}
    for lang, phrases in expected.items():
        text, fonts = _text(memo.memo_pdf(db=db, actor=outsider, deal=deal, t=Translator(lang),
                                          env=templates.env))
        assert any("CJK" in name for name in fonts), fonts
        for phrase in phrases:
            assert phrase in text, (lang, phrase)


def test_the_memo_hides_scores_from_a_reviewer_who_has_not_submitted(db, account, fund_user, rubric,
                                                                     make_deal):
    deal = make_deal()
    scoring.score_deal(db=db, actor=fund_user, deal=deal, data=ReviewIn(
        scores={"team": 5, "market": 4, "technology": 3}, submit=True))
    text, _ = _text(memo.memo_pdf(db=db, actor=account(Role.fund, "other"), deal=deal, t=Translator("en"),
                                  env=templates.env))
    assert "1 reviewer has submitted" in text and "Aggregate" not in text
