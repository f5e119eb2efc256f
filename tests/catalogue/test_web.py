"""The catalogue through the app (both databases): the JSON API's search contract, writes
refused to other organisations, inquiries through the API, the pages (escaped, searchable,
with the inquiry form), images served as themselves, the import page's dry run."""

from __future__ import annotations

import io

from openpyxl import Workbook
from sqlalchemy import func, select

from gyoryu.catalogue import images
from gyoryu.catalogue.models import Inquiry, Product
from gyoryu.catalogue.rules import SHELL
from gyoryu.catalogue.service import save_product
from tests.catalogue.conftest import VACUUM, png, product_data
from tests.web.conftest import csrf_of, sign_in


def as_(client, people, who):
    client.cookies.clear()
    client.cookies.set("lang", "en")
    sign_in(client, f"{who}@catalogue.example", "correct horse")
    return {"X-CSRF-Token": csrf_of(client, "/catalogue")}


def body(**overrides) -> dict:
    return product_data(**overrides).model_dump(mode="json")


def test_the_api_searches_across_scripts_and_refuses_other_sellers(db, client, people, vacuum):
    db.commit()
    found = client.get("/api/catalogue/products", params={"q": "로봇청소기"}).json()
    assert found["total"] >= 1 and found["items"][0]["id"] == vacuum.id
    item = found["items"][0]
    assert {"id", "names", "organization", "category"} <= set(item)
    assert (item["names"]["zh"], item["organization"], item["category"]) == (
        VACUUM["zh-Hans"], "aeirobot", "robot")
    assert client.get("/api/catalogue/products", params={"q": "扫地机器人", "category": "toaster"}
                      ).status_code == 422
    one = client.get(f"/api/catalogue/products/{vacuum.id}").json()
    assert one["price"] == {"min": 390000, "max": 450000, "currency": "KRW", "on_request": False}
    assert one["certifications"] == ["KC", "CCC", "CE"] and one["specs"][0] == {"name": "배터리",
                                                                                  "value": "5200 mAh"}

    headers = as_(client, people, "stranger")
    r = client.put(f"/api/catalogue/products/{vacuum.id}", json=body(unit="sets"), headers=headers)
    assert (r.status_code, r.json()["error"]["code"]) == (403, "E106")
    r = client.post("/api/catalogue/products", json=body(key="x1", names={"en": "X"}), headers=headers)
    assert r.status_code == 403
    assert client.delete(f"/api/catalogue/products/{vacuum.id}", headers=headers).status_code == 403
    r = client.post(f"/api/catalogue/products/{vacuum.id}/images", headers=headers,
                    files={"file": ("a.png", png(), "image/png")})
    assert r.status_code == 403

    headers = as_(client, people, "seller")
    r = client.post("/api/catalogue/products", headers=headers,
                    json=body(key="aeirobot-s1", names={"ko": "서빙로봇 S1", "zh": "送餐机器人 S1"})
                    | {"price_min": "9", "price_max": "1", "currency": "USD"})
    assert (r.status_code, r.json()["error"]["code"]) == (422, "E1205")
    assert "lowest price 9.00 is above the highest 1.00" in r.json()["error"]["message"]
    r = client.post("/api/catalogue/products", headers=headers,
                    json=body(key="aeirobot-s1", names={"ko": "서빙로봇 S1", "zh": "送餐机器人 S1"}))
    assert r.status_code == 201
    assert client.get("/api/catalogue/products", params={"q": "送餐机器人"}).json()["items"][0]["id"] == r.json()["id"]
    up = client.post(f"/api/catalogue/products/{vacuum.id}/images", headers=headers,
                     files={"file": ("front.png", png(), "image/png")})
    assert up.status_code == 201
    bad = client.post(f"/api/catalogue/products/{vacuum.id}/images", headers=headers,
                      files={"file": ("front.png", b"<svg onload=alert(1)>", "image/png")})
    assert (bad.status_code, bad.json()["error"]["code"]) == (400, "E1209")
    served = client.get(up.json()["url"])
    assert served.headers["content-type"] == "image/png" and served.content == png()
    assert served.headers["x-content-type-options"] == "nosniff"


def test_inquiries_through_the_api(db, client, people, vacuum, summit):
    db.commit()
    headers = as_(client, people, "buyer")
    r = client.post(f"/api/catalogue/products/{vacuum.id}/inquiries", headers=headers,
                    json={"quantity": 500, "target_price": "350000", "currency": "KRW",
                          "message": "我们想采购500台。", "language": "zh"})
    assert r.status_code == 201, r.text
    inquiry = r.json()
    assert (inquiry["buyer_organization"], inquiry["seller"], inquiry["status"]) == ("xiaomi", "aeirobot", "open")
    bad = client.post(f"/api/catalogue/products/{vacuum.id}/inquiries", headers=headers,
                      json={"quantity": 0, "message": "x", "language": "zh"})
    assert bad.status_code == 422 and "whole number from 1 to 2,147,483,647" in bad.json()["error"]["message"]

    headers = as_(client, people, "stranger")
    assert client.get(f"/api/catalogue/inquiries/{inquiry['id']}").status_code == 403
    r = client.post(f"/api/catalogue/inquiries/{inquiry['id']}/messages", headers=headers,
                    json={"message": "I answer for them"})
    assert r.status_code == 403
    assert client.get("/api/catalogue/inquiries").json() == {"sent": [], "received": [], "all": []}

    headers = as_(client, people, "seller")
    assert [i["id"] for i in client.get("/api/catalogue/inquiries").json()["received"]] == [inquiry["id"]]
    r = client.post(f"/api/catalogue/inquiries/{inquiry['id']}/messages", headers=headers,
                    json={"message": "대당 37만 원에 가능합니다.", "language": "ko"})
    assert (r.status_code, r.json()["side"]) == (201, "seller")
    r = client.post(f"/api/catalogue/inquiries/{inquiry['id']}/meeting-request", headers=headers,
                    json={"program": summit.key})
    assert r.status_code == 403

    headers = as_(client, people, "organiser")
    r = client.post(f"/api/catalogue/inquiries/{inquiry['id']}/meeting-request", headers=headers,
                    json={"program": summit.key})
    assert r.status_code == 201 and r.json()["status"] == "pending"
    r = client.post(f"/api/catalogue/inquiries/{inquiry['id']}/outcome", headers=headers,
                    json={"date": "2026-06-02"})
    assert r.status_code == 201 and r.json()["stage"] == "contact"
    assert sorted(r.json()["organizations"]) == ["aeirobot", "xiaomi"]
    done = client.get(f"/api/catalogue/inquiries/{inquiry['id']}").json()
    assert done["status"] == "answered" and done["meeting_request"] and done["outcome"]


def test_the_pages(db, client, people, vacuum):
    evil = save_product(db=db, actor=SHELL, data=product_data(
        key="evil", names={"en": "<script>alert(1)</script> vacuum", "ko": "악성 청소기"}))
    images.add_image(db=db, actor=SHELL, product=vacuum, filename="front.png", content=png())
    db.commit()
    client.cookies.set("lang", "zh")
    listing = client.get("/catalogue", params={"q": "로봇청소기"})
    assert listing.status_code == 200 and f'href="/catalogue/products/{vacuum.id}"' in listing.text
    assert VACUUM["zh-Hans"] in listing.text
    partial = client.get("/catalogue", params={"q": "扫地"}, headers={"hx-request": "true", "hx-target": "results"})
    assert "<html" not in partial.text and f'data-product="{vacuum.id}"' in partial.text
    page = client.get(f"/catalogue/products/{vacuum.id}").text
    assert VACUUM["zh-Hans"] in page and "配备激光雷达" in page and "₩390,000" in page
    assert 'id="inquiry-form"' not in page and "/login?next=/catalogue/products/" in page
    hostile = client.get(f"/catalogue/products/{evil.id}").text
    assert "<script>alert(1)</script>" not in hostile and "&lt;script&gt;alert(1)&lt;/script&gt;" in hostile
    assert "<script>" not in client.get("/catalogue", params={"q": "vacuum"}).text.split("</head>")[1]

    as_(client, people, "buyer")
    client.cookies.set("lang", "zh")
    page = client.get(f"/catalogue/products/{vacuum.id}").text
    assert 'id="inquiry-form"' in page
    token = csrf_of(client, f"/catalogue/products/{vacuum.id}")
    refused = client.post(f"/catalogue/products/{vacuum.id}/inquiries",
                          data={"csrf_token": token, "message": "价格？", "target_price": "100"})
    assert refused.status_code == 422 and 'role="alert"' in refused.text
    sent = client.post(f"/catalogue/products/{vacuum.id}/inquiries", follow_redirects=False,
                       data={"csrf_token": token, "message": "价格？", "quantity": "20", "language": "zh"})
    assert sent.status_code == 303
    inquiry_id = int(sent.headers["location"].rsplit("/", 1)[1])
    assert db.get(Inquiry, inquiry_id).quantity == 20
    as_(client, people, "stranger")
    assert client.get(f"/catalogue/inquiries/{inquiry_id}").status_code == 403
    assert client.get(f"/catalogue/products/{vacuum.id}/edit").status_code == 403


def test_the_import_page_dry_run_writes_nothing(db, client, people):
    wb = Workbook()
    wb.active.append(["organization", "category", "name_ko", "name_zh"])
    wb.active.append(["aeirobot", "robot", "안내로봇 G1", "导览机器人 G1"])
    out = io.BytesIO()
    wb.save(out)
    before = db.scalar(select(func.count()).select_from(Product))
    as_(client, people, "organiser")
    token = csrf_of(client, "/catalogue/import")
    r = client.post("/catalogue/import", data={"csrf_token": token, "dry_run": "true"},
                    files={"file": ("products.xlsx", out.getvalue())})
    assert r.status_code == 200 and "1 new and 0 updated products would be imported" in r.text
    assert db.scalar(select(func.count()).select_from(Product)) == before
    as_(client, people, "seller")
    assert client.get("/catalogue/import").status_code == 403
