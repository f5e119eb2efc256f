"""Clusters and their members, read from the directory (clusters are places of kind cluster)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gyoryu.directory.enums import PlaceKind
from gyoryu.directory.models import Organization, Place, org_cluster
from gyoryu.errors import InvalidValue, NotFound


def get_cluster(*, db: Session, ref: str | int) -> Place:
    """A cluster by key (`kr-pangyo-techno-valley`) or id; anything else is E971."""
    place = db.scalar(select(Place).where(Place.key == str(ref)))
    if place is None and str(ref).isdigit():
        place = db.get(Place, int(ref))
    if place is None or place.kind != PlaceKind.cluster:
        raise NotFound("E971", value=ref)
    return place


def pair(*, db: Session, a: str | int, b: str | int) -> tuple[Place, Place]:
    """Two different clusters, for matching one against the other."""
    first, second = get_cluster(db=db, ref=a), get_cluster(db=db, ref=b)
    if first.id == second.id:
        raise InvalidValue("E972", value=first.key)
    return first, second


def list_clusters(*, db: Session) -> list[tuple[Place, int]]:
    """Every cluster with its number of member organisations, the largest first."""
    members = func.count(org_cluster.c.org_id)
    rows = db.execute(select(Place, members).outerjoin(org_cluster, org_cluster.c.place_id == Place.id)
                      .where(Place.kind == PlaceKind.cluster).group_by(Place.id)
                      .order_by(members.desc(), Place.key))
    return [(place, n) for place, n in rows]


def members(*, db: Session, cluster: Place) -> list[Organization]:
    """The cluster's member organisations (directory membership), in id order."""
    return list(db.scalars(select(Organization).where(Organization.clusters.any(Place.id == cluster.id))
                           .order_by(Organization.id)))


def clusters_of(*, db: Session, org_ids: set[int]) -> dict[int, set[int]]:
    """The clusters (place ids) each of `org_ids` belongs to; organisations in none are left out."""
    out: dict[int, set[int]] = {}
    if org_ids:
        for org_id, place_id in db.execute(select(org_cluster.c.org_id, org_cluster.c.place_id)
                                           .where(org_cluster.c.org_id.in_(org_ids))):
            out.setdefault(org_id, set()).add(place_id)
    return out


def key_of(org: Organization) -> str:
    """An organisation's key for scripts; its id for one created without a key."""
    return org.key or str(org.id)
