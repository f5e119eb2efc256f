"""JSON API of the directory (documented in the OpenAPI schema at /api/openapi.json)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from gyoryu.directory import service
from gyoryu.directory.enums import OrgKind
from gyoryu.directory.models import Organization
from gyoryu.directory.schemas import AliasOut, OrgDetail, OrgIn, OrgPage
from gyoryu.web.deps import Csrf, CurrentUser, DbSession, Id, Offset, ensure, require

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


@router.get("/sectors")
def list_sectors(db: DbSession) -> list[dict]:
    return [{"key": s.key, "parent": s.parent.key if s.parent else None, "labels": s.labels}
            for s in service.all_sectors(db=db)]
