"""Uploaded evidence documents (a signed MOU, a purchase order), checked before they are kept:
a size limit, and a type read from the bytes themselves — the name's extension must agree, so
an executable renamed `mou.pdf` is refused. Documents are served back only as attachments.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import PurePosixPath, PureWindowsPath

from sqlalchemy.orm import Session

from gyoryu import uploads
from gyoryu.errors import InvalidValue, NotFound
from gyoryu.outcomes.models import Document

MAX_BYTES = uploads.MAX_DOCUMENT_BYTES
TYPES = {  # extension → media type
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def sniff(content: bytes) -> str | None:
    """The media type the bytes are, whatever the name says."""
    if content.startswith(b"%PDF-"):
        return TYPES[".pdf"]
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return TYPES[".png"]
    if content.startswith(b"\xff\xd8\xff"):
        return TYPES[".jpg"]
    if content.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(content)) as z:
                if "word/document.xml" in z.namelist():
                    return TYPES[".docx"]
        except zipfile.BadZipFile:
            return None
    return None


def clean_name(filename: str) -> str:
    name = PureWindowsPath(PurePosixPath(filename or "").name).name.strip()
    return "".join(c for c in name if c.isprintable())[-200:] or "document"


def upload(*, db: Session, filename: str, content: bytes, uploaded_by: int | None = None
           ) -> Document:
    name = clean_name(filename)
    if len(content) > MAX_BYTES:
        raise InvalidValue("E812", file=name, size=len(content), limit=MAX_BYTES)
    allowed = ", ".join(sorted({e.lstrip(".").upper() for e in TYPES}))
    media = sniff(content)
    ext = PurePosixPath(name.lower()).suffix
    if media is None or TYPES.get(ext) != media:
        raise InvalidValue("E813", file=name, allowed=allowed)
    doc = Document(filename=name, media_type=media, size=len(content),
                   sha256=hashlib.sha256(content).hexdigest(), content=content,
                   uploaded_by=uploaded_by)
    db.add(doc)
    db.flush()
    return doc


def get_document(*, db: Session, document_id: int) -> Document:
    doc = db.get(Document, document_id)
    if doc is None:
        raise NotFound("E814", id=document_id)
    return doc
