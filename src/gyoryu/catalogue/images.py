"""Product images, checked before they are kept: a size limit, a type read from the bytes (the
name's extension must agree, so a script renamed `robot.png` is refused), and a real decode by
Pillow with a bound on the pixels, so a truncated file or a decompression bomb never reaches a
buyer's browser. Images are served back with their own media type and `nosniff`."""

from __future__ import annotations

import hashlib
import io
import warnings
from pathlib import PurePosixPath

from PIL import Image, ImageFile
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gyoryu.catalogue.models import Product, ProductImage
from gyoryu.catalogue.rules import guard
from gyoryu.errors import InvalidValue, NotFound
from gyoryu.outcomes.documents import clean_name

MAX_BYTES = 5 * 1024 * 1024
MAX_SIDE = 6000  # pixels
TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp"}
PILLOW_FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg", "WEBP": "image/webp"}


def sniff(content: bytes) -> str | None:
    """The media type the bytes are, whatever the name says."""
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if content.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if content[:4] == b"RIFF" and content[8:12] == b"WEBP":
        return "image/webp"
    return None


def _decoded(name: str, content: bytes, media: str) -> tuple[int, int]:
    """Width and height of an image Pillow reads in full as the type the bytes claim."""
    allowed = ", ".join(sorted({e.lstrip(".").upper() for e in TYPES}))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(content)) as img:
                width, height = img.size
                if max(width, height) > MAX_SIDE:
                    raise InvalidValue("E1210", file=name, width=width, height=height, limit=MAX_SIDE)
                if PILLOW_FORMATS.get(img.format or "") != media:
                    raise InvalidValue("E1209", file=name, allowed=allowed)
                # Decode every pixel: a truncated or corrupt file fails here. WeasyPrint turns
                # truncated images on for the whole process when imported; not for this check.
                allowed_truncated, ImageFile.LOAD_TRUNCATED_IMAGES = ImageFile.LOAD_TRUNCATED_IMAGES, False
                try:
                    img.load()
                finally:
                    ImageFile.LOAD_TRUNCATED_IMAGES = allowed_truncated
    except InvalidValue:
        raise
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise InvalidValue("E1210", file=name, width="?", height="?", limit=MAX_SIDE) from None
    except Exception:
        raise InvalidValue("E1209", file=name, allowed=allowed) from None
    return width, height


def add_image(*, db: Session, actor, product: Product, filename: str, content: bytes) -> ProductImage:
    """Keep a checked image as the product's last one."""
    guard("catalogue.edit", actor, product.organization)
    name = clean_name(filename)
    if len(content) > MAX_BYTES:
        raise InvalidValue("E812", file=name, size=len(content), limit=MAX_BYTES)
    media = sniff(content)
    if media is None or TYPES.get(PurePosixPath(name.lower()).suffix) != media:
        raise InvalidValue("E1209", file=name, allowed=", ".join(sorted({e.lstrip(".").upper()
                                                                         for e in TYPES})))
    width, height = _decoded(name, content, media)
    position = (db.scalar(select(func.max(ProductImage.position)).where(
        ProductImage.product_id == product.id)) or 0) + 1
    image = ProductImage(product_id=product.id, position=position, filename=name, media_type=media,
                         width=width, height=height, size=len(content),
                         sha256=hashlib.sha256(content).hexdigest(), content=content,
                         uploaded_by=getattr(actor, "id", None))
    db.add(image)
    db.flush()
    db.refresh(product, ["images"])
    return image


def get_image(*, db: Session, image_id: int) -> ProductImage:
    image = db.get(ProductImage, image_id)
    if image is None:
        raise NotFound("E1211", id=image_id)
    return image


def remove_image(*, db: Session, actor, image: ProductImage) -> None:
    guard("catalogue.edit", actor, image.product.organization)
    product = image.product
    db.delete(image)
    db.flush()
    db.refresh(product, ["images"])
