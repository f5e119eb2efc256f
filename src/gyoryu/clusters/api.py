"""JSON API of clusters: the list, one cluster's overview and cluster-to-cluster matching —
the same service functions as the pages and `gyoryu cluster`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from gyoryu.clusters.match import match_clusters
from gyoryu.clusters.overview import cluster_overview
from gyoryu.clusters.schemas import ClusterRef, MatchOut, OverviewOut, cluster_ref, match_out, overview_out
from gyoryu.clusters.service import get_cluster, list_clusters
from gyoryu.directory import service as directory
from gyoryu.directory.schemas import ClusterIn, PlaceOut, place_out
from gyoryu.web.deps import Csrf, CurrentUser, DbSession, Id, T, require

router = APIRouter(tags=["clusters"])


@router.get("/clusters", response_model=list[ClusterRef])
def clusters(db: DbSession) -> list[ClusterRef]:
    """Every cluster (a place of kind cluster), the one with most members first."""
    return [cluster_ref(place) for place, _n in list_clusters(db=db)]


@router.post("/clusters", response_model=PlaceOut, status_code=201,
             dependencies=[Csrf, require("directory.curate")])
def create_cluster(data: ClusterIn, db: DbSession) -> PlaceOut:
    """A new cluster (a place of kind cluster), by the directory's own action."""
    return place_out(directory.create_place(db=db, data=data))


@router.put("/clusters/{cluster_id}", response_model=PlaceOut,
            dependencies=[Csrf, require("directory.curate")])
def update_cluster(cluster_id: Id, data: ClusterIn, db: DbSession) -> PlaceOut:
    cluster = get_cluster(db=db, ref=cluster_id)
    return place_out(directory.update_place(db=db, place=cluster, data=data))


@router.get("/clusters/{a}/match/{b}", response_model=MatchOut)
def match(a: str, b: str, db: DbSession, t: T,
          limit: Annotated[int, Query(ge=1, le=500)] = 20) -> MatchOut:
    """The best cross-cluster pairs of members with reasons (in the caller's language), and
    what each cluster offers that the other seeks. `a` and `b` are cluster keys or ids."""
    return match_out(match_clusters(db=db, a=a, b=b, limit=limit), t)


@router.get("/clusters/{ref}", response_model=OverviewOut)
def overview(ref: str, db: DbSession, t: T, user: CurrentUser) -> OverviewOut:
    """A cluster's members, sector profile, news activity by month and ties to other clusters
    (relations only as far as the caller may see them)."""
    return overview_out(cluster_overview(db=db, cluster=get_cluster(db=db, ref=ref), user=user), t)
