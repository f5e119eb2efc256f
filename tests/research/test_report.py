"""The periodic report: its PDF carries Korean and Chinese as real, extractable text in embedded
fonts, and every figure is the trends API's for the same period; the same data and period give
the same report."""

from __future__ import annotations

import io
import json

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from gyoryu.errors import InvalidValue
from gyoryu.research import report
from gyoryu.research.periods import parse_period, previous


def test_periods_as_people_write_them():
    assert parse_period("2026Q3") == ("2026Q3", "2026-07", "2026-09")
    assert parse_period("2026-q1") == ("2026Q1", "2026-01", "2026-03")
    assert parse_period("2026-07") == ("2026-07", "2026-07", "2026-07")
    assert parse_period("2026") == ("2026", "2026-01", "2026-12")
    assert [previous(parse_period(p)).label for p in ("2026Q1", "2026-01", "2026")] == ["2025Q4", "2025-12", "2025"]
    for bad in ("2026Q5", "26Q1", "2026-13", "soon", ""):
        with pytest.raises(InvalidValue) as exc:
            parse_period(bad)
        assert exc.value.code == "E981"


def _pdf_text(body: bytes) -> tuple[str, set[str]]:
    reader = PdfReader(io.BytesIO(body))
    text = "\n".join(page.extract_text() for page in reader.pages)
    embedded = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            desc = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            if desc is not None and any(k in desc.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                embedded.add(str(font.get("/BaseFont")))
    return text, embedded


def _api(client, by: str, period: str) -> dict:
    rows = client.get("/api/trends", params={"by": by, "from": period, "to": period, "articles": "true"}).json()
    return {tuple(v for k, v in r.items() if k not in ("count", "articles")): (r["count"], r["articles"])
            for r in rows["rows"]}


def test_the_pdf_in_korean_and_chinese_with_the_apis_numbers(client, db, articles):
    db.commit()
    data = report.build(db=db, period=parse_period("2026Q3"), lang="ko")
    for by, key in (("type", "by_type"), ("country_pair", "by_country_pair"), ("month,type", "by_month_type")):
        assert _api(client, by, "2026Q3") == {
            tuple(v for k, v in r.items() if k not in ("count", "articles")): (r["count"], r["articles"])
            for r in data[key]}
    h = data["headline"]
    assert h["events"] == sum(n for n, _a in _api(client, "type", "2026Q3").values()) > 0
    assert h["events_previous"] == sum(n for n, _a in _api(client, "type", "2026Q2").values()) > 0
    assert h["korea_china"] == sum(n for (pair,), (n, _a) in _api(client, "country_pair", "2026Q3").items()
                                   if pair in ("KR→CN", "CN→KR", "CN–KR")) > 0
    assert data["notable"] and all(e["sentence"] and e["article"] for e in data["notable"])

    client.cookies.set("lang", "ko")
    ko = client.get("/reports/2026Q3.pdf")
    assert ko.status_code == 200 and ko.headers["content-type"] == "application/pdf"
    text, fonts = _pdf_text(ko.content)
    assert "한중 AI 교류 보고서" in text and "주요 수치" in text and "뉴스 이벤트" in text
    assert any("CJK" in f for f in fonts), fonts
    assert str(h["events"]) in text and str(h["korea_china"]) in text

    client.cookies.set("lang", "zh")
    zh = client.get("/reports/2026Q3.pdf")
    text, fonts = _pdf_text(zh.content)
    assert "韩中人工智能交流报告" in text and "值得关注的事件" in text
    assert any("CJK" in f for f in fonts), fonts
    zh_data = report.build(db=db, period=parse_period("2026Q3"), lang="zh")
    assert any(any("\u4e00" <= c <= "\u9fff" for c in e["sentence"]) for e in zh_data["notable"]) == (
        any(any("\u4e00" <= c <= "\u9fff" for c in e["sentence"]) for e in data["notable"]))


def test_the_same_data_and_period_give_the_same_report(db, articles):
    period = parse_period("2026Q3")
    first = report.build(db=db, period=period, lang="en")
    assert report.build(db=db, period=period, lang="en") == first
    charts = report.chart_images(data=first, t=__import__("gyoryu.i18n").i18n.Translator("en"))
    assert charts == report.chart_images(data=first, t=__import__("gyoryu.i18n").i18n.Translator("en"))
    assert all(png.startswith(b"\x89PNG") for png in charts.values())
    year = report.build(db=db, period=parse_period("2026"), lang="en")
    assert year["headline"]["events"] >= first["headline"]["events"]


def test_the_page_and_the_spreadsheet(client, db, articles):
    db.commit()
    page = client.get("/reports", params={"period": "2026Q3"})
    assert page.status_code == 200
    assert 'src="/reports/2026Q3/months.png"' in page.text and 'id="fig-events"' in page.text
    assert client.get("/reports/2026Q3/months.png").content.startswith(b"\x89PNG")
    assert client.get("/reports", params={"period": "2026Q9"}).status_code == 400
    wb = load_workbook(io.BytesIO(client.get("/reports/2026Q3.xlsx").content))
    summary = {r[0]: r[1] for r in wb["Summary"].iter_rows(min_row=2, values_only=True)}
    data = report.build(db=db, period=parse_period("2026Q3"), lang="en", with_outcomes=False)
    assert summary["News events"] == data["headline"]["events"]
    assert summary["Korea–China events"] == data["headline"]["korea_china"]
    assert "Outcome steps recorded" not in summary  # outcomes are for organisers


@pytest.fixture
def gyoryu(cli):
    return cli


def test_the_scripts_contract(gyoryu, stored, tmp_path):
    out = json.loads(gyoryu("trends", "--by", "month,type,country_pair", "--from", "2026-06", "--to", "2026-12",
                            "--json").stdout)
    assert out["rows"] and all(set(r) == {"month", "type", "country_pair", "count", "articles"}
                               for r in out["rows"])
    assert all("2026-06" <= r["month"] <= "2026-12" for r in out["rows"])
    pdf = tmp_path / "r.pdf"
    gyoryu("report", "build", "--period", "2026Q3", "--lang", "ko", "--format", "pdf", "-o", pdf)
    text, _fonts = _pdf_text(pdf.read_bytes())
    assert "한중 AI 교류 보고서" in text
    xlsx = tmp_path / "r.xlsx"
    gyoryu("report", "build", "--period", "2026Q3", "--lang", "zh", "--format", "xlsx", "-o", xlsx)
    assert "摘要" in load_workbook(xlsx).sheetnames
    bad = gyoryu("trends", "--by", "weather", "--json", code=2)
    assert "'weather' cannot split a trend" in bad.output
    assert "is not a period" in gyoryu("report", "build", "--period", "2026Q9", code=2).output
