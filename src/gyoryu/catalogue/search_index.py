"""The directory's name index, over product names: 로봇청소기 finds the product also named
扫地机器人, and a typo or a prefix finds it as a company name would be found.

`ProductIndex` is the directory's `NameIndex` (bigram postings, exact > prefix > substring >
typo, the same name keys) loaded from `catalogue_product_name` and kept in step through the
`catalogue_change` journal. Its facet slots carry the catalogue's filters: `country` is the
seller's country, `kind` the category, `city` the seller organisation, `cluster` the seller's
clusters and `sector` the product's own sectors. A seller that moves country or cluster is seen
by the index at its next full rebuild (or when its products change).
"""

from __future__ import annotations

import threading

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from gyoryu.catalogue.models import CatalogueChange, Product, ProductName, product_sector
from gyoryu.directory.models import Organization, org_cluster
from gyoryu.directory.search_index import NameIndex, _grow


class ProductIndex(NameIndex):
    @classmethod
    def journal(cls):
        return CatalogueChange, CatalogueChange.product_id

    def _load(self, session: Session, org_ids: list[int] | None) -> None:
        """(Re)load the products `org_ids` (here: product ids), or every product."""
        ids = org_ids
        self.masks = {}
        names = select(ProductName.product_id, ProductName.norm, ProductName.kind)
        products = (select(Product.id, Organization.country, Product.category,
                           Product.organization_id)
                    .join(Organization, Organization.id == Product.organization_id))
        sectors = select(product_sector.c.product_id, product_sector.c.sector_id)
        clusters = (select(Product.id, org_cluster.c.place_id)
                    .join(org_cluster, org_cluster.c.org_id == Product.organization_id))
        if ids is not None:
            names = names.where(ProductName.product_id.in_(ids))
            products = products.where(Product.id.in_(ids))
            sectors = sectors.where(product_sector.c.product_id.in_(ids))
            clusters = clusters.where(Product.id.in_(ids))
        for pid, sid in session.execute(sectors):
            self.sector_orgs[sid].add(pid)
        for pid, place in session.execute(clusters):
            self.cluster_orgs[place].add(pid)
        rows = session.execute(products).all()
        top = max((r[0] for r in rows), default=0) + 1
        self.country = _grow(self.country, top, -1)
        self.kind = _grow(self.kind, top, -1)
        self.city = _grow(self.city, top, -1)
        self.parent = _grow(self.parent, top, -1)
        for pid, country, category, org_id in rows:
            self.country[pid] = self._code(country)
            self.kind[pid] = self._code(category)
            self.city[pid] = org_id

        self._add_names(session.execute(names))

    def find(self, query: str, *, country: str | None = None, category: str | None = None,
             sector_ids: set[int] | None = None, organization_id: int | None = None,
             cluster_id: int | None = None) -> np.ndarray:
        """Ids of the products matching `query` and the filters, best first."""
        return self.search(query, country=country, kind=category, sector_ids=sector_ids,
                           city_id=organization_id, cluster_id=cluster_id)


_indexes: dict[str, ProductIndex] = {}
_lock = threading.Lock()


def product_index_for(session: Session) -> ProductIndex:
    """The process-wide product index of the session's database, brought up to date."""
    url = session.get_bind().engine.url.render_as_string(hide_password=False)
    with _lock:
        index = _indexes.setdefault(url, ProductIndex())
    index.refresh(session)
    return index
