"""Directory pages: search, organisation profile, edit form, import with dry-run, export."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError
from sqlalchemy import select

from gyoryu.accounts.rules import allowed
from gyoryu.directory import service
from gyoryu.directory.enums import NameKind, NameLang, OrgKind, SizeBand
from gyoryu.directory.interchange import (
    ImportFailed,
    export_orgs,
    import_rows,
    org_row,
    read_table,
    row_to_input,
    validation_problems,
)
from gyoryu.directory.models import Place
from gyoryu.directory.schemas import OrgIn
from gyoryu.errors import GyoryuError, InvalidValue
from gyoryu.web.deps import Csrf, CurrentUser, DbSession, Id, Page, PostedForm, T, ensure, require
from gyoryu.web.templating import render

router = APIRouter(include_in_schema=False)
FORM_FIELDS = ("key", "kind", "country", "city", "district", "clusters", "parent", "name_ko",
               "name_zh", "name_zh_hant", "name_en", "name_ja", "website", "founded", "size",
               "description_ko", "description_zh", "description_en", "source")
EXPORT_TYPES = {"csv": "text/csv; charset=utf-8", "json": "application/json",
                "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def _filters(db) -> dict:
    return {
        "countries": sorted({c for (c,) in db.execute(select(Place.country).distinct())}),
        "kinds": list(OrgKind),
        "sectors": service.all_sectors(db=db),
        "cities": db.scalars(select(Place).where(Place.kind == "city")).all(),
    }


@router.get("/organizations")
def directory(
    request: Request, db: DbSession, t: T, user: CurrentUser,
    q: str = "", country: str = "", kind: str = "", sector: str = "", city: str = "",
    page: Page = 1,
):
    size = 25
    orgs, total = service.search_orgs(
        db=db, q=q, country=country or None, kind=kind or None, sector=sector or None,
        city=city or None, limit=size, offset=(max(page, 1) - 1) * size,
    )
    ctx = dict(user=user, orgs=orgs, total=total, q=q, page=page, pages=(total + size - 1) // size,
               places=service.places_named(db=db, text=q) if q else [],
               chosen={"country": country, "kind": kind, "sector": sector, "city": city})
    if request.headers.get("hx-request") and request.headers.get("hx-target") == "results":
        return render(request, "directory/_results.html", t, **ctx)
    return render(request, "directory/list.html", t, **ctx, **_filters(db))


@router.get("/organizations/new")
def new_form(request: Request, db: DbSession, t: T,
             user: Annotated[object, require("directory.create_org")]):
    return _form(request, db, t, user, org=None, values={"kind": "company"}, errors={})


@router.post("/organizations/new", dependencies=[Csrf])
def create(request: Request, form: PostedForm, db: DbSession, t: T,
           user: Annotated[object, require("directory.create_org")]):
    return _save(request, form, db, t, user, org=None)


@router.get("/organizations/{org_id}")
def profile(org_id: Id, request: Request, db: DbSession, t: T, user: CurrentUser):
    org = service.get_org(db=db, org_id=org_id)
    return render(request, "directory/detail.html", t, user=user, org=org,
                  can_edit=allowed("directory.edit_org", user, org))


@router.get("/people/{person_id}")
def person_page(person_id: Id, request: Request, db: DbSession, t: T, user: CurrentUser):
    person = service.get_person(db=db, person_id=person_id)
    return render(request, "directory/person.html", t, user=user, person=person)


@router.get("/places/{place_id}")
def place_page(place_id: Id, request: Request, db: DbSession, t: T, user: CurrentUser):
    place = service.get_place(db=db, place_id=place_id)
    return render(request, "directory/place.html", t, user=user, place=place,
                  orgs=service.orgs_in_place(db=db, place=place))


@router.get("/organizations/{org_id}/edit")
def edit_form(org_id: Id, request: Request, db: DbSession, t: T, user: CurrentUser):
    org = service.get_org(db=db, org_id=org_id)
    if user is None:
        return RedirectResponse(f"/login?next=/organizations/{org_id}/edit", status_code=303)
    ensure("directory.edit_org", user, org)
    values = org_row(org)
    values["aliases"] = "\n".join(f"{n.name} [{n.lang}, {n.kind}]" for n in org.aliases())
    return _form(request, db, t, user, org=org, values=values, errors={})


@router.post("/organizations/{org_id}/edit", dependencies=[Csrf])
def update(org_id: Id, request: Request, form: PostedForm, db: DbSession, t: T, user: CurrentUser):
    org = service.get_org(db=db, org_id=org_id)
    ensure("directory.edit_org", user, org)
    return _save(request, form, db, t, user, org=org)


def _form(request, db, t, user, *, org, values, errors, status_code=200):
    return render(request, "directory/edit.html", t, status_code=status_code, user=user, org=org,
                  values=values, errors=errors, kinds=list(OrgKind), sizes=list(SizeBand),
                  sectors=service.all_sectors(db=db),
                  chosen_sectors=set(filter(None, (values.get("sectors") or "").replace(" ", "").split(";"))),
                  langs=[m.value for m in NameLang], alias_types=[m.value for m in NameKind])


def _save(request: Request, form, db, t, user, *, org):
    values = {f: str(form.get(f, "")).strip() for f in FORM_FIELDS}
    values["sectors"] = "; ".join(form.getlist("sectors"))
    values["aliases"] = str(form.get("aliases", ""))
    row = dict(values, aliases="; ".join(line.strip() for line in values["aliases"].splitlines()
                                           if line.strip()))
    errors: dict[str, str] = {}
    try:
        data = OrgIn.model_validate(row_to_input(row))
        saved = (service.update_org(db=db, org=org, data=data) if org
                 else service.create_org(db=db, data=data))
    except ValidationError as exc:
        for p in validation_problems(0, exc):
            errors.setdefault(p.column, p.text(t))
    except InvalidValue as exc:
        column = {"E204": "sectors", "E205": "city", "E210": "name_*", "E211": "parent"}.get(exc.code, "?")
        errors[column] = exc.message(t)
    if errors:
        db.rollback()
        return _form(request, db, t, user, org=org, values=values, errors=errors, status_code=422)
    return RedirectResponse(f"/organizations/{saved.id}", status_code=303)


@router.get("/import")
def import_form(request: Request, t: T, user: Annotated[object, require("directory.import")]):
    return render(request, "directory/import.html", t, user=user, report=None, dry_run=True)


@router.post("/import", dependencies=[Csrf])
def import_file(
    request: Request, db: DbSession, t: T,
    user: Annotated[object, require("directory.import")],
    file: Annotated[UploadFile, File()],
    dry_run: Annotated[bool, Form()] = False,
    on_duplicate: Annotated[str, Form()] = "error",
):
    name = Path(file.filename or "upload.csv").name
    error = None
    report = None
    try:
        rows = read_table(Path(name), file.file.read())
        report = import_rows(db, rows, file=name, on_duplicate=on_duplicate)
    except GyoryuError as exc:
        error = exc.message(t)
    except ImportFailed as exc:
        report = exc.report
    if dry_run or error or (report and not report.ok):
        db.rollback()
    status = 200 if (report and report.ok) else 422
    return render(request, "directory/import.html", t, status_code=status, user=user,
                  report=report, error=error, dry_run=dry_run)


@router.get("/export.{fmt}")
def export(fmt: str, db: DbSession, user: Annotated[object, require("directory.export")]):
    if fmt not in EXPORT_TYPES:
        raise GyoryuError("E306", value=fmt)
    return Response(export_orgs(db, fmt), media_type=EXPORT_TYPES[fmt],
                    headers={"Content-Disposition": f'attachment; filename="organizations.{fmt}"'})
