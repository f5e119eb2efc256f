"""Cluster pages: the list with a pair to match, a cluster's page, and two clusters matched."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from gyoryu.accounts.rules import allowed
from gyoryu.clusters.match import match_clusters
from gyoryu.clusters.overview import cluster_overview
from gyoryu.clusters.schemas import complement_label
from gyoryu.clusters.service import get_cluster, list_clusters
from gyoryu.web.deps import CurrentUser, DbSession, T
from gyoryu.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/clusters")
def clusters_page(request: Request, db: DbSession, t: T, user: CurrentUser):
    return render(request, "clusters/list.html", t, user=user, clusters=list_clusters(db=db),
                  can_curate=allowed("directory.curate", user))


@router.get("/clusters/match")
def match_page(request: Request, db: DbSession, t: T, user: CurrentUser, a: str = "", b: str = "",
               limit: Annotated[int, Query(ge=1, le=200)] = 20):
    found = match_clusters(db=db, a=a.strip(), b=b.strip(), limit=limit)
    return render(request, "clusters/match.html", t, user=user, found=found, limit=limit,
                  clusters=list_clusters(db=db), complement_label=complement_label)


@router.get("/clusters/{ref}")
def cluster_page(ref: str, request: Request, db: DbSession, t: T, user: CurrentUser):
    cluster = get_cluster(db=db, ref=ref)
    view = cluster_overview(db=db, cluster=cluster, user=user)
    peak = max((m.articles for m in view.activity), default=0)
    return render(request, "clusters/detail.html", t, user=user, view=view, peak=max(peak, 1),
                  clusters=list_clusters(db=db))
