"""Catalogue pages: the public catalogue searched across scripts, a product's page with its
inquiry form, the seller's product form with checked images, inquiries and their threads (with
the organiser's ways to turn one into a meeting request or an outcome), exhibitions and their
booths, and the import (with a dry run) and export of products."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Annotated

from babel.numbers import format_currency, format_decimal
from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import RedirectResponse, Response
from jinja2 import pass_context
from pydantic import ValidationError
from sqlalchemy import select

from gyoryu.accounts.rules import allowed
from gyoryu.catalogue import booths, images, inquiries, service
from gyoryu.catalogue import rules as _rules  # noqa: F401  (registers catalogue.* rules)
from gyoryu.catalogue.enums import LABELS, LANGUAGES, Category, Certification, OfferKind
from gyoryu.catalogue.interchange import (
    NAME_COLUMNS,
    _problems,
    _specs,
    export_products,
    import_rows,
    product_row,
    read_table,
)
from gyoryu.catalogue.schemas import InquiryIn, ProductIn
from gyoryu.directory.interchange import ImportFailed, _alias
from gyoryu.directory.models import Place
from gyoryu.directory.service import all_sectors
from gyoryu.errors import GyoryuError
from gyoryu.i18n import Translator
from gyoryu.matching.enums import CAPABILITY_LABELS, Capability
from gyoryu.outcomes.enums import Via
from gyoryu.programs.enums import ProgramKind
from gyoryu.programs.models import Program
from gyoryu.programs.service import list_programs
from gyoryu.web.deps import Csrf, CurrentUser, DbSession, Id, PostedForm, T, require
from gyoryu.web.templating import render, templates

router = APIRouter(include_in_schema=False)
EXPORT_TYPES = {"csv": "text/csv; charset=utf-8", "json": "application/json",
                "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
BABEL = {"ko": "ko_KR", "zh": "zh_Hans_CN", "en": "en"}
PAGE_SIZE = 24


def _see(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _base_url(request: Request) -> str:
    return request.app.state.settings.base_url


# -- template helpers ------------------------------------------------------------------------
@pass_context
def catalogue_label(context, vocabulary: str, value: str) -> str:
    t: Translator = context["translator"]
    pair = LABELS[vocabulary].get(value)
    return t.pgettext(*pair) if pair else value


@pass_context
def capability_label(context, key: str) -> str:
    return context["translator"].gettext(CAPABILITY_LABELS.get(key, key))


@pass_context
def price_text(context, product) -> str:
    """'₩1,200,000 – ₩1,500,000', 'from …', or 'price on request', in the reader's notation."""
    t: Translator = context["translator"]
    if product.price_on_request:
        return t.gettext("price on request")
    locale = BABEL.get(context["locale"], "en")
    low, high, cur = product.price_min, product.price_max, product.currency
    if cur is None or (low is None and high is None):
        return ""
    shown = [format_currency(Decimal(v), cur, locale=locale) for v in (low, high) if v is not None]
    if low is not None and high is not None and low != high:
        return f"{shown[0]} – {shown[1]}"
    if low is None:
        return t.gettext("up to {price}", price=shown[0])
    if high is None:
        return t.gettext("from {price}", price=shown[0])
    return shown[0]


@pass_context
def number_text(context, value) -> str:
    return format_decimal(value, locale=BABEL.get(context["locale"], "en"))


templates.env.globals.update(catalogue_label=catalogue_label, capability_label=capability_label,
                             price_text=price_text, number_text=number_text)


# -- the catalogue ---------------------------------------------------------------------------
@router.get("/catalogue")
def catalogue(request: Request, db: DbSession, t: T, user: CurrentUser, q: str = "",
              category: str = "", sector: str = "", country: str = "", page: int = 1):
    page = max(page, 1)
    chosen = {"category": category if category in Category.__members__ else "",
              "sector": sector, "country": country.upper()[:2]}
    try:
        products, total = service.search_products(
            db=db, q=q, category=chosen["category"] or None, sector=sector or None,
            country=chosen["country"] or None, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE,
            load=service.CARDS)
    except GyoryuError:  # an unknown sector in a shared address: show everything instead
        products, total = service.search_products(db=db, q=q, limit=PAGE_SIZE,
                                                  offset=(page - 1) * PAGE_SIZE, load=service.CARDS)
    ctx = dict(user=user, products=products, total=total, q=q, page=page, chosen=chosen,
               pages=(total + PAGE_SIZE - 1) // PAGE_SIZE)
    if request.headers.get("hx-request") and request.headers.get("hx-target") == "results":
        return render(request, "catalogue/_results.html", t, **ctx)
    countries = sorted({c for (c,) in db.execute(select(Place.country).distinct())})
    return render(request, "catalogue/list.html", t, **ctx, categories=list(Category),
                  sectors=all_sectors(db=db), countries=countries,
                  exhibitions=booths.exhibitions(db=db)[:5])


@router.get("/catalogue/products/new")
def new_product(request: Request, db: DbSession, t: T, user: CurrentUser, org: str = ""):
    if user is None:
        return _see("/login?next=/catalogue/products/new")
    seller = org or (str(user.organization_id) if user.organization_id else "")
    return _form(request, db, t, user, product=None, errors={},
                 values={"organization": seller, "kind": "product", "category": "robot"})


@router.post("/catalogue/products/new", dependencies=[Csrf])
def create_product(request: Request, form: PostedForm, db: DbSession, t: T, user: CurrentUser):
    return _save(request, form, db, t, user, product=None)


@router.get("/catalogue/products/{product_id}")
def product_page(product_id: Id, request: Request, db: DbSession, t: T, user: CurrentUser):
    product = service.get_product(db=db, product_id=product_id)
    return _product_page(request, db, t, user, product, values={"language": t.locale}, errors=[])


def _product_page(request, db, t, user, product, *, values, errors, status_code=200):
    return render(request, "catalogue/product.html", t, status_code=status_code, user=user,
                  product=product, values=values, errors=errors,
                  can_edit=allowed("catalogue.edit", user, product.organization),
                  can_inquire=allowed("catalogue.inquire", user, product),
                  inquiries=inquiries.inquiries_about(db=db, product=product, actor=user),
                  shown_at=booths.shown_at(db=db, product=product), languages=LANGUAGES)


@router.get("/catalogue/products/{product_id}/edit")
def edit_product(product_id: Id, request: Request, db: DbSession, t: T, user: CurrentUser):
    product = service.get_product(db=db, product_id=product_id)
    if user is None:
        return _see(f"/login?next=/catalogue/products/{product_id}/edit")
    _rules.guard("catalogue.edit", user, product.organization)
    values = product_row(product)
    values["specs"] = "\n".join(f"{n}: {v}" for n, v in product.specs or [])
    values["aliases"] = "\n".join(f"{n.name} [{n.lang}, {n.kind}]" for n in product.aliases())
    return _form(request, db, t, user, product=product, values=values, errors={})


@router.post("/catalogue/products/{product_id}/edit", dependencies=[Csrf])
def update_product(product_id: Id, request: Request, form: PostedForm, db: DbSession, t: T,
                   user: CurrentUser):
    product = service.get_product(db=db, product_id=product_id)
    _rules.guard("catalogue.edit", user, product.organization)
    return _save(request, form, db, t, user, product=product)


def _form(request, db, t, user, *, product, values, errors, status_code=200):
    listed = lambda key: set(filter(None, (values.get(key) or "").replace(" ", "").split(";")))  # noqa: E731
    return render(request, "catalogue/edit.html", t, status_code=status_code, user=user,
                  product=product, values=values, errors=errors, kinds=list(OfferKind),
                  categories=list(Category), sectors=all_sectors(db=db),
                  capabilities=list(Capability), certifications=list(Certification),
                  chosen_sectors=listed("sectors"), chosen_capabilities=listed("capabilities"),
                  chosen_certifications=listed("certifications"), name_columns=NAME_COLUMNS)


TEXT_FIELDS = ("key", "organization", "kind", "category", "name_ko", "name_zh", "name_zh_hant",
               "name_en", "name_ja", "description_ko", "description_zh", "description_en",
               "price_min", "price_max", "currency", "min_order", "unit")


def _save(request: Request, form, db, t, user, *, product):
    if user is None:
        return _see("/login?next=/catalogue")
    values = {f: str(form.get(f, "")).strip() for f in TEXT_FIELDS}
    for many in ("sectors", "capabilities", "certifications"):
        values[many] = "; ".join(form.getlist(many))
    values["specs"] = str(form.get("specs", ""))
    values["aliases"] = str(form.get("aliases", ""))
    for box in ("price_on_request", "exhibit"):
        values[box] = "yes" if form.get(box) else "no"
    lines = lambda text: [line.strip() for line in text.splitlines() if line.strip()]  # noqa: E731
    errors: dict[str, str] = {}
    try:
        data = ProductIn.model_validate({
            "key": values["key"] or None, "organization": values["organization"],
            "kind": values["kind"] or "product", "category": values["category"],
            "sectors": form.getlist("sectors"), "capabilities": form.getlist("capabilities"),
            "names": {lang: values[col] for col, lang in NAME_COLUMNS.items() if values.get(col)},
            "aliases": [_alias(a) for a in lines(values["aliases"])],
            "description": {lang: values[f"description_{lang}"] for lang in LANGUAGES
                            if values.get(f"description_{lang}")},
            "specs": _specs("; ".join(lines(values["specs"]))),
            "price_min": values["price_min"] or None, "price_max": values["price_max"] or None,
            "currency": values["currency"] or None,
            "price_on_request": values["price_on_request"] == "yes",
            "min_order": values["min_order"] or None, "unit": values["unit"],
            "certifications": form.getlist("certifications"),
            "exhibit": values["exhibit"] == "yes"})
        saved = service.save_product(db=db, actor=user, data=data, product=product)
    except ValidationError as exc:
        for p in _problems(0, exc):
            errors.setdefault(p.column, p.text(t))
    except GyoryuError as exc:
        if exc.code == "E106":
            raise
        column = {"E204": "sectors", "E211": "organization", "E1218": "key"}.get(exc.code, "?")
        errors[column] = exc.message(t)
    if errors:
        db.rollback()
        return _form(request, db, t, user, product=product, values=values, errors=errors,
                     status_code=422)
    return _see(f"/catalogue/products/{saved.id}")


@router.post("/catalogue/products/{product_id}/delete", dependencies=[Csrf])
def delete_product(product_id: Id, db: DbSession, user: CurrentUser):
    product = service.get_product(db=db, product_id=product_id)
    service.delete_product(db=db, actor=user, product=product)
    return _see("/catalogue")


# -- images ----------------------------------------------------------------------------------
@router.post("/catalogue/products/{product_id}/images", dependencies=[Csrf])
def add_image(product_id: Id, request: Request, db: DbSession, t: T, user: CurrentUser,
              file: Annotated[UploadFile, File()]):
    product = service.get_product(db=db, product_id=product_id)
    _rules.guard("catalogue.edit", user, product.organization)
    try:
        images.add_image(db=db, actor=user, product=product, filename=file.filename or "image",
                         content=file.file.read(images.MAX_BYTES + 1))
    except GyoryuError as exc:
        db.rollback()
        values = product_row(product)
        return _form(request, db, t, user, product=product, values=values,
                     errors={"image": exc.message(t)}, status_code=400)
    return _see(f"/catalogue/products/{product.id}/edit#images")


@router.post("/catalogue/images/{image_id}/remove", dependencies=[Csrf])
def remove_image(image_id: Id, db: DbSession, user: CurrentUser):
    image = images.get_image(db=db, image_id=image_id)
    product_id = image.product_id
    images.remove_image(db=db, actor=user, image=image)
    return _see(f"/catalogue/products/{product_id}/edit#images")


@router.get("/catalogue/images/{image_id}")
def image(image_id: Id, db: DbSession):
    found = images.get_image(db=db, image_id=image_id)
    return Response(found.content, media_type=found.media_type, headers={
        "X-Content-Type-Options": "nosniff", "Cache-Control": "public, max-age=86400",
        "Content-Security-Policy": "default-src 'none'", "ETag": f'"{found.sha256}"'})


# -- inquiries -------------------------------------------------------------------------------
@router.post("/catalogue/products/{product_id}/inquiries", dependencies=[Csrf])
def send_inquiry(product_id: Id, request: Request, form: PostedForm, db: DbSession, t: T,
                 user: CurrentUser):
    product = service.get_product(db=db, product_id=product_id)
    if user is None:
        return _see(f"/login?next=/catalogue/products/{product_id}")
    values = {k: str(form.get(k, "")).strip() for k in
              ("quantity", "target_price", "currency", "message", "language")}
    try:
        data = InquiryIn.model_validate({k: v or None for k, v in values.items()
                                         if k != "message"} | {"message": values["message"],
                                                               "language": values["language"] or t.locale})
        found = inquiries.send_inquiry(db=db, actor=user, product=product, data=data,
                                       base_url=_base_url(request))
    except ValidationError as exc:
        db.rollback()
        errors = list(dict.fromkeys(p.text(t) for p in _problems(0, exc)))
        return _product_page(request, db, t, user, product, values=values, errors=errors,
                             status_code=422)
    except GyoryuError as exc:
        if exc.code == "E106":
            raise
        db.rollback()
        return _product_page(request, db, t, user, product, values=values,
                             errors=[exc.message(t)], status_code=400)
    return _see(f"/catalogue/inquiries/{found.id}")


@router.get("/catalogue/inquiries")
def inquiry_list(request: Request, db: DbSession, t: T, user: CurrentUser):
    if user is None:
        return _see("/login?next=/catalogue/inquiries")
    return render(request, "catalogue/inquiries.html", t, user=user,
                  boxes=inquiries.visible_inquiries(db=db, actor=user))


def _inquiry_page(request, db, t, user, inquiry, *, errors=(), status_code=200):
    programs = [p for p in list_programs(db=db)] if allowed("catalogue.convert", user) else []
    return render(request, "catalogue/inquiry.html", t, status_code=status_code, user=user,
                  inquiry=inquiry, errors=list(errors), programs=programs,
                  can_write=allowed("catalogue.write", user, inquiry),
                  can_convert=allowed("catalogue.convert", user, inquiry),
                  languages=LANGUAGES)


@router.get("/catalogue/inquiries/{inquiry_id}")
def inquiry_page(inquiry_id: Id, request: Request, db: DbSession, t: T, user: CurrentUser):
    if user is None:
        return _see(f"/login?next=/catalogue/inquiries/{inquiry_id}")
    inquiry = inquiries.get_inquiry(db=db, actor=user, inquiry_id=inquiry_id)
    return _inquiry_page(request, db, t, user, inquiry)


def _inquiry_action(request, db, t, user, inquiry_id: int, act):
    """Run `act(inquiry)`; a refusal of the input shows the thread again with the reason."""
    inquiry = inquiries.get_inquiry(db=db, actor=user, inquiry_id=inquiry_id)
    try:
        act(inquiry)
    except GyoryuError as exc:
        if exc.code == "E106":
            raise
        db.rollback()
        inquiry = inquiries.get_inquiry(db=db, actor=user, inquiry_id=inquiry_id)
        return _inquiry_page(request, db, t, user, inquiry, errors=[exc.message(t)], status_code=400)
    return _see(f"/catalogue/inquiries/{inquiry_id}")


@router.post("/catalogue/inquiries/{inquiry_id}/messages", dependencies=[Csrf])
def reply(inquiry_id: Id, request: Request, form: PostedForm, db: DbSession, t: T, user: CurrentUser):
    return _inquiry_action(request, db, t, user, inquiry_id, lambda inquiry: inquiries.reply(
        db=db, actor=user, inquiry=inquiry, body=str(form.get("message", "")),
        language=str(form.get("language", "")) or None, base_url=_base_url(request)))


@router.post("/catalogue/inquiries/{inquiry_id}/close", dependencies=[Csrf])
def close(inquiry_id: Id, request: Request, db: DbSession, t: T, user: CurrentUser):
    return _inquiry_action(request, db, t, user, inquiry_id,
                           lambda inquiry: inquiries.close(db=db, actor=user, inquiry=inquiry))


@router.post("/catalogue/inquiries/{inquiry_id}/meeting-request", dependencies=[Csrf])
def to_meeting_request(inquiry_id: Id, request: Request, form: PostedForm, db: DbSession, t: T,
                       user: CurrentUser):
    def act(inquiry):
        program = service.find_program(db=db, ref=str(form.get("program", "")))
        inquiries.to_meeting_request(db=db, actor=user, inquiry=inquiry, program=program,
                                     base_url=_base_url(request))

    return _inquiry_action(request, db, t, user, inquiry_id, act)


@router.post("/catalogue/inquiries/{inquiry_id}/outcome", dependencies=[Csrf])
def to_outcome(inquiry_id: Id, request: Request, form: PostedForm, db: DbSession, t: T,
               user: CurrentUser):
    return _inquiry_action(request, db, t, user, inquiry_id, lambda inquiry: inquiries.to_outcome(
        db=db, actor=user, inquiry=inquiry, on=str(form.get("on", "")) or None,
        note=str(form.get("note", "")), via=Via.web))


# -- exhibitions -----------------------------------------------------------------------------
@router.get("/catalogue/exhibitions")
def exhibitions(request: Request, db: DbSession, t: T, user: CurrentUser):
    return render(request, "catalogue/exhibitions.html", t, user=user,
                  exhibitions=[(p, booths.booths(db=db, program=p)) for p in booths.exhibitions(db=db)])


def _exhibition_page(request, db, t, user, program: Program, *, errors=(), status_code=200):
    placed = [(b, booths.on_show(db=db, booth=b)) for b in booths.booths(db=db, program=program)]
    return render(request, "catalogue/exhibition.html", t, status_code=status_code, user=user,
                  program=program, booths=placed, errors=list(errors),
                  is_exhibition=program.kind == ProgramKind.exhibition,
                  can_place=allowed("catalogue.booths", user, program))


@router.get("/catalogue/exhibitions/{program_id}")
def exhibition(program_id: Id, request: Request, db: DbSession, t: T, user: CurrentUser):
    return _exhibition_page(request, db, t, user, service.find_program(db=db, ref=program_id))


@router.post("/catalogue/exhibitions/{program_id}/booths", dependencies=[Csrf])
def place_booth(program_id: Id, request: Request, form: PostedForm, db: DbSession, t: T,
                user: CurrentUser):
    program = service.find_program(db=db, ref=program_id)
    try:
        booths.place_booth(db=db, actor=user, program=program,
                           organization=str(form.get("organization", "")),
                           label=str(form.get("label", "")),
                           note={lang: str(form.get(f"note_{lang}", "")) for lang in LANGUAGES})
    except GyoryuError as exc:
        if exc.code == "E106":
            raise
        db.rollback()
        return _exhibition_page(request, db, t, user, program, errors=[exc.message(t)],
                                status_code=400)
    return _see(f"/catalogue/exhibitions/{program.id}")


@router.post("/catalogue/booths/{booth_id}/remove", dependencies=[Csrf])
def remove_booth(booth_id: Id, db: DbSession, user: CurrentUser):
    booth = booths.get_booth(db=db, booth_id=booth_id)
    program_id = booth.program_id
    booths.remove_booth(db=db, actor=user, booth=booth)
    return _see(f"/catalogue/exhibitions/{program_id}")


# -- import and export -----------------------------------------------------------------------
@router.get("/catalogue/import")
def import_form(request: Request, t: T, user: Annotated[object, require("catalogue.import")]):
    return render(request, "catalogue/import.html", t, user=user, report=None, dry_run=True)


@router.post("/catalogue/import", dependencies=[Csrf])
def import_file(request: Request, db: DbSession, t: T,
                user: Annotated[object, require("catalogue.import")],
                file: Annotated[UploadFile, File()],
                dry_run: Annotated[bool, Form()] = False):
    name = Path(file.filename or "products.xlsx").name
    error = report = None
    try:
        report = import_rows(db, read_table(Path(name), file.file.read()), file=name, actor=user)
    except GyoryuError as exc:
        error = exc.message(t)
    except ImportFailed as exc:
        report = exc.report
    if dry_run or error or (report and not report.ok):
        db.rollback()
    return render(request, "catalogue/import.html", t, status_code=200 if report and report.ok else 422,
                  user=user, report=report, error=error, dry_run=dry_run)


@router.get("/catalogue/export.{fmt}")
def export(fmt: str, db: DbSession, user: CurrentUser, org: str = ""):
    if fmt not in EXPORT_TYPES:
        raise GyoryuError("E306", value=fmt)
    seller = service.find_org(db=db, ref=org) if org else None
    body = export_products(db, fmt, organization_id=seller.id if seller else None)
    return Response(body, media_type=EXPORT_TYPES[fmt],
                    headers={"Content-Disposition": f'attachment; filename="products.{fmt}"'})
