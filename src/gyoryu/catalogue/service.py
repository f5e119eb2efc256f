"""Product actions: read, search across scripts, create and edit (names in every script,
sectors, capabilities, specifications, price, certifications), with the seller's member
accounts and organisers as the only writers (`rules.guard`, inside each action).

Services add and flush; the caller owns the transaction.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, lazyload, selectinload

from gyoryu.catalogue.models import Product, ProductName
from gyoryu.catalogue.rules import guard
from gyoryu.catalogue.schemas import ProductIn, ProductPage, ProductSummary
from gyoryu.catalogue.search_index import product_index_for
from gyoryu.directory.enums import NameKind
from gyoryu.directory.models import Organization, Place, Sector
from gyoryu.directory.normalize import name_key
from gyoryu.directory.service import find_place, org_by_key, sector_with_children, sectors_by_key
from gyoryu.errors import InvalidValue, NotFound
from gyoryu.programs.models import Program


# -- look-ups --------------------------------------------------------------------------------
def get_product(*, db: Session, product_id: int) -> Product:
    product = db.get(Product, product_id)
    if product is None:
        raise NotFound("E1202", id=product_id)
    return product


def product_by_key(*, db: Session, key: str) -> Product | None:
    return db.scalar(select(Product).where(Product.key == key))


def find_org(*, db: Session, ref: str | int) -> Organization:
    """An organisation by directory key or id."""
    text = str(ref).strip()
    org = org_by_key(db=db, key=text)
    if org is None and text.isdigit():
        org = db.get(Organization, int(text))
    if org is None:
        raise InvalidValue("E211", value=text)
    return org


def find_program(*, db: Session, ref: str | int) -> Program:
    """A program by key or id (an exhibition, or where an inquiry becomes a meeting)."""
    text = str(ref).strip()
    found = db.scalar(select(Program).where(Program.key == text))
    if found is None and text.isdigit():
        found = db.get(Program, int(text))
    if found is None:
        raise NotFound("E501", id=text)
    return found


def products_of(*, db: Session, organization_id: int, exhibit: bool | None = None) -> list[Product]:
    stmt = select(Product).where(Product.organization_id == organization_id)
    if exhibit is not None:
        stmt = stmt.where(Product.exhibit == exhibit)
    return list(db.scalars(stmt.order_by(Product.id)))


def org_ref(org: Organization) -> str:
    return org.key or str(org.id)


# -- search ----------------------------------------------------------------------------------
# What a page of results loads with its products: a summary for the API and the CLI (names, the
# seller's key and country) or, for the catalogue page, the sellers' names and the images too.
SUMMARY = (selectinload(Product.names), lazyload(Product.sectors), lazyload(Product.images),
           joinedload(Product.organization).options(
               lazyload(Organization.names), lazyload(Organization.city),
               lazyload(Organization.sectors)))
CARDS = (selectinload(Product.names), selectinload(Product.images), lazyload(Product.sectors),
         joinedload(Product.organization).options(
             selectinload(Organization.names), lazyload(Organization.city),
             lazyload(Organization.sectors)))


def summarize(product: Product) -> ProductSummary:
    names = product.primary_names()
    if "zh-Hans" in names or "zh-Hant" in names:
        names["zh"] = names.get("zh-Hans") or names["zh-Hant"]
    org = product.organization
    return ProductSummary(id=product.id, key=product.key, names=names, organization=org_ref(org),
                          organization_id=org.id, category=product.category, kind=product.kind,
                          country=org.country, exhibit=product.exhibit)


def search_products(
    *, db: Session, q: str = "", category: str | None = None, sector: str | None = None,
    country: str | None = None, organization: str | None = None, cluster: str | None = None,
    limit: int = 20, offset: int = 0, load=SUMMARY,
) -> tuple[list[Product], int]:
    """Products named like `q` in any script (best first), or every product when `q` is
    empty (newest first), within the filters; with the total count. `load`: what is loaded
    with them (`SUMMARY`, or `CARDS` for a page that shows sellers and images)."""
    country = country.upper() if country else None
    sector_ids = sector_with_children(db=db, key=sector) if sector else None
    org = find_org(db=db, ref=organization) if organization else None
    place = find_place(db=db, text=cluster) if cluster else None
    if cluster and place is None:
        return [], 0
    if q.strip():
        ranked = product_index_for(db).find(
            q, country=country, category=category, sector_ids=sector_ids,
            organization_id=org.id if org else None, cluster_id=place.id if place else None)
        ids = ranked[offset: offset + limit].tolist()
        found = {p.id: p for p in db.scalars(select(Product).where(Product.id.in_(ids)).options(*load))}
        return [found[i] for i in ids if i in found], len(ranked)
    stmt = select(Product).join(Organization, Organization.id == Product.organization_id)
    if category:
        stmt = stmt.where(Product.category == category)
    if country:
        stmt = stmt.where(Organization.country == country)
    if org is not None:
        stmt = stmt.where(Product.organization_id == org.id)
    if place is not None:
        stmt = stmt.where(Organization.clusters.any(Place.id == place.id))
    if sector_ids:
        stmt = stmt.where(Product.sectors.any(Sector.id.in_(sector_ids)))
    total = db.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    rows = db.scalars(stmt.order_by(Product.id.desc()).offset(offset).limit(limit).options(*load)).all()
    return list(rows), total


def search_page(*, db: Session, **query) -> ProductPage:
    products, total = search_products(db=db, **query)
    return ProductPage(items=[summarize(p) for p in products], total=total)


# -- writes ----------------------------------------------------------------------------------
def _name_rows(data: ProductIn) -> list[ProductName]:
    rows: dict[tuple[str, str], ProductName] = {}
    for lang, name in data.names.items():
        rows[(lang, name)] = ProductName(name=name, lang=lang, kind=NameKind.primary,
                                         norm=name_key(name))
    for alias in data.aliases:
        if alias.name and (alias.lang, alias.name) not in rows:
            rows[(alias.lang, alias.name)] = ProductName(name=alias.name, lang=alias.lang,
                                                         kind=alias.type, norm=name_key(alias.name))
    return list(rows.values())


def apply_product(*, db: Session, product: Product, data: ProductIn, org: Organization) -> Product:
    """Write `data` onto `product` (new or existing), replacing names and sectors; no checks
    of who acts (`save_product` makes them)."""
    db.add(product)
    product.key = data.key or product.key
    product.organization = org
    product.kind = data.kind
    product.category = data.category
    product.sectors = sectors_by_key(db=db, keys=data.sectors)
    product.capabilities = list(data.capabilities)
    product.description = dict(data.description)
    product.specs = [list(pair) for pair in data.specs]
    product.price_min, product.price_max = data.price_min, data.price_max
    product.currency = data.currency
    product.price_on_request = data.price_on_request
    product.min_order, product.unit = data.min_order, data.unit
    product.certifications = list(data.certifications)
    product.exhibit = data.exhibit
    wanted = {(n.lang, n.name): n for n in _name_rows(data)}
    for existing in list(product.names):
        if (existing.lang, existing.name) in wanted:
            existing.kind = wanted.pop((existing.lang, existing.name)).kind
        else:
            product.names.remove(existing)
    db.flush()  # removed names go before re-added ones (unique per product, lang, name)
    product.names.extend(wanted.values())
    db.flush()
    return product


def save_product(*, db: Session, actor, data: ProductIn, product: Product | None = None) -> Product:
    """Create a product (`product` None) or edit one, as `actor`: a member of the seller (old
    and new, when it changes hands) or an organiser. A key names one product only."""
    org = find_org(db=db, ref=data.organization)
    guard("catalogue.edit", actor, org)
    if product is not None and product.organization_id != org.id:
        guard("catalogue.edit", actor, product.organization)
    if data.key:
        holder = product_by_key(db=db, key=data.key)
        if holder is not None and (product is None or holder.id != product.id):
            raise InvalidValue("E1218", value=data.key, id=holder.id)
    return apply_product(db=db, product=product or Product(), data=data, org=org)


def delete_product(*, db: Session, actor, product: Product) -> None:
    guard("catalogue.edit", actor, product.organization)
    db.delete(product)
    db.flush()


def product_to_input(product: Product) -> ProductIn:
    """The editable form of a product (round-trips through `save_product`)."""
    from gyoryu.directory.schemas import AliasIn

    return ProductIn.model_construct(
        key=product.key, organization=org_ref(product.organization), kind=product.kind,
        category=product.category, sectors=[s.key for s in product.sectors],
        capabilities=list(product.capabilities or []), names=product.primary_names(),
        aliases=[AliasIn(name=n.name, lang=n.lang, type=n.kind) for n in product.aliases()],
        description=dict(product.description or {}),
        specs=[tuple(pair) for pair in product.specs or []], price_min=product.price_min,
        price_max=product.price_max, currency=product.currency,
        price_on_request=product.price_on_request, min_order=product.min_order,
        unit=product.unit or "", certifications=list(product.certifications or []),
        exhibit=product.exhibit)
