"""Directory pages: search, organisation profile, edit forms (organisations, people, places and
clusters), import with dry-run and export for every kind."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError
from sqlalchemy import select

from gyoryu.accounts.rules import allowed
from gyoryu.directory import cells, service
from gyoryu.directory.enums import NameKind, NameLang, OrgKind, PlaceKind, SizeBand
from gyoryu.directory.interchange import (
    KINDS,
    MEDIA_TYPES,
    ImportFailed,
    export,
    import_rows,
    kind_named,
    org_row,
    read_table,
    row_to_input,
    validation_problems,
)
from gyoryu.directory.kinds import PEOPLE, PLACES
from gyoryu.directory.models import Place
from gyoryu.directory.schemas import OrgIn
from gyoryu.errors import GyoryuError, InvalidValue
from gyoryu.web.deps import Csrf, CurrentUser, DbSession, Id, Page, PostedForm, T, ensure, require
from gyoryu.web.templating import render

router = APIRouter(include_in_schema=False)
FORM_FIELDS = ("key", "kind", "country", "city", "district", "clusters", "parent", "name_ko",
               "name_zh", "name_zh_hant", "name_en", "name_ja", "website", "founded", "size",
               "description_ko", "description_zh", "description_en", "source")
LIST_FIELDS = ("aliases", "affiliations")  # one item per line in a form, `;` between in a cell
# The column an error of the service is about, for the form to mark.
ERROR_COLUMN = {"E204": "sectors", "E205": "city", "E210": "name_*", "E211": "parent",
                "E217": "key", "E225": "parent", "E228": "key"}


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


@router.get("/organizations/{org_id}/edit")
def edit_form(org_id: Id, request: Request, db: DbSession, t: T, user: CurrentUser):
    org = service.get_org(db=db, org_id=org_id)
    if user is None:
        return RedirectResponse(f"/login?next=/organizations/{org_id}/edit", status_code=303)
    ensure("directory.edit_org", user, org)
    return _form(request, db, t, user, org=org, values=_form_values(org_row(org)), errors={})


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


def _form_values(row: dict[str, str]) -> dict[str, str]:
    """A row as a form shows it: a list cell's items one per line (still escaped, as typed)."""
    return row | {f: "\n".join(cells.split(row[f])) for f in LIST_FIELDS if f in row}


def _form_row(values: dict[str, str]) -> dict[str, str]:
    """The inverse of `_form_values`: the lines of a list field as one cell."""
    return values | {f: "; ".join(line.strip() for line in values[f].splitlines() if line.strip())
                     for f in LIST_FIELDS if f in values}


def _saved(t, save, columns: dict[str, str]) -> tuple[object | None, dict[str, str]]:
    """`save()`'s record, or the form's errors by field (`columns`: the field of a service error
    code where it differs from `ERROR_COLUMN`'s)."""
    errors: dict[str, str] = {}
    try:
        return save(), errors
    except ValidationError as exc:
        for p in validation_problems(0, exc):
            errors.setdefault(p.column, p.text(t))
    except InvalidValue as exc:
        errors[columns.get(exc.code) or ERROR_COLUMN.get(exc.code, "?")] = exc.message(t)
    return None, errors


def _save(request: Request, form, db, t, user, *, org):
    values = {f: str(form.get(f, "")).strip() for f in FORM_FIELDS}
    values["sectors"] = "; ".join(form.getlist("sectors"))
    values["aliases"] = str(form.get("aliases", ""))

    def save():
        data = OrgIn.model_validate(row_to_input(_form_row(values)))
        return (service.update_org(db=db, org=org, data=data) if org
                else service.create_org(db=db, data=data))

    saved, errors = _saved(t, save, {})
    if errors:
        db.rollback()
        return _form(request, db, t, user, org=org, values=values, errors=errors, status_code=422)
    return RedirectResponse(f"/organizations/{saved.id}", status_code=303)


@router.get("/import")
def import_form(request: Request, t: T, user: Annotated[object, require("directory.import")],
                kind: str = "organizations"):
    return render(request, "directory/import.html", t, user=user, report=None, dry_run=True,
                  kind=kind_named(kind).name, kinds=list(KINDS))


@router.post("/import", dependencies=[Csrf])
def import_file(
    request: Request, db: DbSession, t: T,
    user: Annotated[object, require("directory.import")],
    file: Annotated[UploadFile, File()],
    dry_run: Annotated[bool, Form()] = False,
    on_duplicate: Annotated[str, Form()] = "error",
    kind: Annotated[str, Form()] = "organizations",
):
    found = kind_named(kind)
    name = Path(file.filename or "upload.csv").name
    error = None
    report = None
    try:
        rows = read_table(Path(name), file.file.read(), kind=found)
        report = import_rows(db, rows, file=name, on_duplicate=on_duplicate, kind=found)
    except GyoryuError as exc:
        error = exc.message(t)
    except ImportFailed as exc:
        report = exc.report
    if dry_run or error or (report and not report.ok):
        db.rollback()
    status = 200 if (report and report.ok) else 422
    return render(request, "directory/import.html", t, status_code=status, user=user,
                  report=report, error=error, dry_run=dry_run, kind=found.name, kinds=list(KINDS))


@router.get("/export.{fmt}")
def export_file(fmt: str, db: DbSession, user: Annotated[object, require("directory.export")],
                kind: str = "organizations"):
    found = kind_named(kind)
    return Response(export(db, fmt, kind=found), media_type=MEDIA_TYPES.get(fmt, "text/plain"),
                    headers={"Content-Disposition": f'attachment; filename="{found.name}.{fmt}"'})


# -- people, places and clusters: one form each, saved by the same service as the API --------
RECORDS = {
    "people": (PEOPLE, service.get_person, service.create_person, service.update_person, "person"),
    "places": (PLACES, service.get_place, service.create_place, service.update_place, "place"),
}


def _record_form(request, t, user, *, what, entity, values, errors, status_code=200):
    return render(request, "directory/record_edit.html", t, status_code=status_code, user=user,
                  what=what, entity=entity, values=values, errors=errors,
                  place_kinds=list(PlaceKind))


def _get(what: str, db, entity_id: int):
    getter = RECORDS[what][1]
    return getter(db=db, **{f"{RECORDS[what][4]}_id": entity_id})


def _save_record(request: Request, form, db, t, user, *, what: str, entity):
    kind, _get_one, create, update, noun = RECORDS[what]
    values = {c: str(form.get(c, "")).strip() for c in kind.columns}

    def save():
        data = kind.schema.model_validate(kind.to_input(_form_row(values)))
        return update(db=db, data=data, **{noun: entity}) if entity else create(db=db, data=data)

    saved, errors = _saved(t, save, {"E205": "parent", "E211": "affiliations"})
    if errors:
        db.rollback()
        return _record_form(request, t, user, what=what, entity=entity, values=values, errors=errors,
                            status_code=422)
    return RedirectResponse(f"/{what}/{saved.id}", status_code=303)


@router.get("/people/new")
@router.get("/places/new")
def new_record(request: Request, t: T, user: Annotated[object, require("directory.curate")],
               kind: str = ""):
    what = request.url.path.split("/")[1]
    values = {"kind": kind if kind in PlaceKind.__members__ else "city"} if what == "places" else {}
    return _record_form(request, t, user, what=what, entity=None, values=values, errors={})


@router.post("/people/new", dependencies=[Csrf])
@router.post("/places/new", dependencies=[Csrf])
def create_record(request: Request, form: PostedForm, db: DbSession, t: T,
                  user: Annotated[object, require("directory.curate")]):
    what = request.url.path.split("/")[1]
    return _save_record(request, form, db, t, user, what=what, entity=None)


@router.get("/people/{entity_id}/edit")
@router.get("/places/{entity_id}/edit")
def edit_record(entity_id: Id, request: Request, db: DbSession, t: T,
                user: Annotated[object, require("directory.curate")]):
    what = request.url.path.split("/")[1]
    entity = _get(what, db, entity_id)
    return _record_form(request, t, user, what=what, entity=entity,
                        values=_form_values(RECORDS[what][0].to_row(entity)), errors={})


@router.post("/people/{entity_id}/edit", dependencies=[Csrf])
@router.post("/places/{entity_id}/edit", dependencies=[Csrf])
def update_record(entity_id: Id, request: Request, form: PostedForm, db: DbSession, t: T,
                  user: Annotated[object, require("directory.curate")]):
    what = request.url.path.split("/")[1]
    return _save_record(request, form, db, t, user, what=what, entity=_get(what, db, entity_id))


@router.get("/people/{person_id}")
def person_page(person_id: Id, request: Request, db: DbSession, t: T, user: CurrentUser):
    person = service.get_person(db=db, person_id=person_id)
    return render(request, "directory/person.html", t, user=user, person=person,
                  can_edit=allowed("directory.curate", user))


@router.get("/places/{place_id}")
def place_page(place_id: Id, request: Request, db: DbSession, t: T, user: CurrentUser):
    place = service.get_place(db=db, place_id=place_id)
    return render(request, "directory/place.html", t, user=user, place=place,
                  orgs=service.orgs_in_place(db=db, place=place),
                  can_edit=allowed("directory.curate", user))
