"""JSON API of the directory (documented in the OpenAPI schema at /api/openapi.json)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, Form, Query, UploadFile
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field

from gyoryu.directory import service
from gyoryu.directory.enums import OrgKind, PlaceKind
from gyoryu.directory.interchange import (
    MEDIA_TYPES,
    ImportFailed,
    export,
    import_rows,
    kind_named,
    read_table,
)
from gyoryu.directory.models import Organization
from gyoryu.directory.schemas import (
    AliasOut,
    OrgDetail,
    OrgIn,
    OrgPage,
    PersonIn,
    PersonOut,
    PersonPage,
    PlaceIn,
    PlaceOut,
    PlacePage,
    person_out,
    place_out,
)
from gyoryu.i18n import Translator
from gyoryu.web.deps import Csrf, CurrentUser, DbSession, Id, Offset, T, ensure, require
from gyoryu.web.versioning import ErrorOut

router = APIRouter(tags=["directory"])


def detail(org: Organization) -> OrgDetail:
    s = service.summarize(org)
    return OrgDetail(
        **s.model_dump(),
        aliases=[AliasOut(name=n.name, lang=n.lang, type=n.kind) for n in org.aliases()],
        clusters=[c.key for c in org.clusters],
        parent_id=org.parent_id,
        website=org.website,
        founded=org.founded,
        size=org.size,
        description=org.description or {},
        source=org.source,
    )


@router.get("/organizations", response_model=OrgPage)
def search_organizations(
    db: DbSession,
    q: str = "",
    country: Annotated[str | None, Query(pattern="^[A-Za-z]{2}$")] = None,
    kind: OrgKind | None = None,
    sector: str | None = None,
    city: str | None = None,
    cluster: str | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
    offset: Offset = 0,
) -> OrgPage:
    """Organisations by any name in any script, best match first (exact, prefix, substring, typo)."""
    return service.search_page(db=db, q=q, country=country, kind=kind, sector=sector, city=city,
                               cluster=cluster, limit=limit, offset=offset)


@router.get("/organizations/{org_id}", response_model=OrgDetail)
def get_organization(org_id: Id, db: DbSession) -> OrgDetail:
    return detail(service.get_org(db=db, org_id=org_id))


@router.post("/organizations", response_model=OrgDetail, status_code=201,
             dependencies=[Csrf, require("directory.create_org")])
def create_organization(data: OrgIn, db: DbSession) -> OrgDetail:
    return detail(service.create_org(db=db, data=data))


@router.put("/organizations/{org_id}", response_model=OrgDetail, dependencies=[Csrf])
def update_organization(org_id: Id, data: OrgIn, db: DbSession, user: CurrentUser) -> OrgDetail:
    org = service.get_org(db=db, org_id=org_id)
    ensure("directory.edit_org", user, org)
    return detail(service.update_org(db=db, org=org, data=data))


class SectorOut(BaseModel):
    key: str = Field(examples=["robotics"])
    parent: str | None = Field(examples=["ai"])
    labels: dict[str, str] = Field(examples=[{"ko": "로봇", "zh": "机器人", "en": "Robotics"}])


@router.get("/sectors", response_model=list[SectorOut])
def list_sectors(db: DbSession) -> list[SectorOut]:
    return [SectorOut(key=s.key, parent=s.parent.key if s.parent else None, labels=s.labels or {})
            for s in service.all_sectors(db=db)]


@router.get("/people", response_model=PersonPage)
def list_people(db: DbSession, q: str = "", limit: Annotated[int, Query(ge=1, le=200)] = 50,
                offset: Offset = 0) -> PersonPage:
    """People in id order, or those with the name `q` in any script."""
    people, total = service.list_people(db=db, q=q, limit=limit, offset=offset)
    return PersonPage(items=[person_out(p) for p in people], total=total)


@router.get("/people/{person_id}", response_model=PersonOut)
def get_person(person_id: Id, db: DbSession) -> PersonOut:
    return person_out(service.get_person(db=db, person_id=person_id))


@router.post("/people", response_model=PersonOut, status_code=201,
             dependencies=[Csrf, require("directory.curate")])
def create_person(data: PersonIn, db: DbSession) -> PersonOut:
    return person_out(service.create_person(db=db, data=data))


@router.put("/people/{person_id}", response_model=PersonOut,
            dependencies=[Csrf, require("directory.curate")])
def update_person(person_id: Id, data: PersonIn, db: DbSession) -> PersonOut:
    person = service.get_person(db=db, person_id=person_id)
    return person_out(service.update_person(db=db, person=person, data=data))


@router.get("/places", response_model=PlacePage)
def list_places(db: DbSession, q: str = "", kind: PlaceKind | None = None,
                country: Annotated[str | None, Query(pattern="^[A-Za-z]{2}$")] = None,
                limit: Annotated[int, Query(ge=1, le=200)] = 50, offset: Offset = 0) -> PlacePage:
    """Places (clusters among them) in id order, or those with the name `q` in any script."""
    places, total = service.list_places(db=db, q=q, kind=kind, country=country, limit=limit,
                                        offset=offset)
    return PlacePage(items=[place_out(p) for p in places], total=total)


@router.get("/places/{place_id}", response_model=PlaceOut)
def get_place(place_id: Id, db: DbSession) -> PlaceOut:
    return place_out(service.get_place(db=db, place_id=place_id))


@router.post("/places", response_model=PlaceOut, status_code=201,
             dependencies=[Csrf, require("directory.curate")])
def create_place(data: PlaceIn, db: DbSession) -> PlaceOut:
    return place_out(service.create_place(db=db, data=data))


@router.put("/places/{place_id}", response_model=PlaceOut,
            dependencies=[Csrf, require("directory.curate")])
def update_place(place_id: Id, data: PlaceIn, db: DbSession) -> PlaceOut:
    place = service.get_place(db=db, place_id=place_id)
    return place_out(service.update_place(db=db, place=place, data=data))


class ProblemOut(BaseModel):
    row: int = Field(examples=[3])  # as the spreadsheet numbers it: the header is row 1
    column: str = Field(examples=["city"])
    code: str = Field(examples=["E205"])
    message: str  # in the caller's language


class DuplicateOut(BaseModel):
    row: int
    name: str = Field(examples=["한컴"])  # the row's name another record already holds
    id: int  # that record
    existing: str = Field(examples=["Hancom"])


class ImportReportOut(BaseModel):
    """What an import did (or, with problems, would have refused: then nothing is written)."""

    model_config = ConfigDict(json_schema_extra={"examples": [
        {"file": "organizations.csv", "rows": 12, "created": 10, "updated": 2, "skipped": 0,
         "problems": [], "duplicates": [], "ok": True, "dry_run": False},
        {"file": "organizations.csv", "rows": 3, "created": 0, "updated": 0, "skipped": 0,
         "problems": [{"row": 3, "column": "city", "code": "E205",
                       "message": "Unknown place 'Atlantis'."}],
         "duplicates": [], "ok": False, "dry_run": True}]})

    file: str
    rows: int
    created: int
    updated: int
    skipped: int
    problems: list[ProblemOut]
    duplicates: list[DuplicateOut]  # rows naming records that exist (see `on_duplicate`)
    ok: bool
    dry_run: bool


def _report(report, t: Translator, **extra) -> dict:
    return report.as_dict() | extra | {"problems": [
        {"row": p.row, "column": p.column, "code": p.code, "message": p.text(t)} for p in report.problems]}


@router.post("/import/{kind}", dependencies=[Csrf, require("directory.import")],
             response_model=ImportReportOut,
             responses={422: {"model": ImportReportOut | ErrorOut,
                              "description": "Problems in the file (the report; nothing written) "
                                             "or invalid input"}})
def import_file(kind: str, db: DbSession, t: T, file: Annotated[UploadFile, File()],
                dry_run: Annotated[bool, Form()] = False,
                on_duplicate: Annotated[str, Form()] = "error"):
    """A CSV or XLSX file of organizations, people, places or clusters: every row or none. The
    report names each problem by row and column (422 when there is any: nothing written)."""
    found = kind_named(kind)
    name = Path(file.filename or "upload.csv").name
    rows = read_table(Path(name), file.file.read(), kind=found)
    try:
        report = import_rows(db, rows, file=name, on_duplicate=on_duplicate, kind=found)
    except ImportFailed as exc:
        db.rollback()
        return JSONResponse(_report(exc.report, t, dry_run=dry_run), status_code=422)
    if dry_run:
        db.rollback()
    return _report(report, t, dry_run=dry_run)


EXPORTED = {200: {"description": "The file (`fmt`: csv, xlsx or json)", "content": {
    "text/csv": {"schema": {"type": "string"}},
    MEDIA_TYPES["xlsx"]: {"schema": {"type": "string", "format": "binary"}},
    "application/json": {"schema": {"type": "array", "items": {"type": "object"}}}}}}


@router.get("/export/{kind}.{fmt}", dependencies=[require("directory.export")],
            response_class=Response, responses=EXPORTED)
def export_file(kind: str, fmt: str, db: DbSession) -> Response:
    """Every record of a kind as csv, xlsx (formula-safe) or json."""
    data = export(db, fmt, kind=kind_named(kind))
    return Response(data, media_type=MEDIA_TYPES[fmt],
                    headers={"Content-Disposition": f'attachment; filename="{kind}.{fmt}"'})
