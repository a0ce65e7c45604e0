"""The data a Word note carries: interchange JSON in a custom XML part of the .docx.

A custom XML part (``/customXml/itemN.xml`` with its ``itemProps``) is the place Word itself keeps
data it does not display, and it survives a rapporteur's edits and re-saving in Word. The JSON is
written with every non-ASCII character escaped (so any text, even a lone surrogate, travels
losslessly through XML) and cut into chunks of at most a million characters, with its SHA-256
so a damaged part is refused rather than half-imported.

Reading treats the file as untrusted: a size limit on the file, on the number of zip members and
on the uncompressed part (a zip bomb is refused before it is inflated), and an XML parser that
resolves no entities and fetches nothing.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
import zipfile
from pathlib import Path
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree

from ..domain.errors import UnusableFileError

NAMESPACE = "urn:workshop-app:interchange"
SCHEMA_REF = "urn:workshop-app:interchange:1"
PROPS_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
DS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"
CHUNK_CHARS = 1_000_000

MAX_DOCX_BYTES = 512 * 1024**2
MAX_MEMBERS = 20_000
MAX_PART_BYTES = 256 * 1024**2  # a 20,000-comment master carries about 30 MB
MAX_TOTAL_BYTES = 2 * 1024**3
MAX_RATIO = 500  # uncompressed / compressed: JSON compresses 10 to 50 times, a deflate bomb about 1,000

_ITEM = re.compile(r"^customXml/item\d+\.xml$", re.IGNORECASE)


def _safe_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def dumps_ascii(doc: dict[str, Any]) -> str:
    """Interchange JSON with non-ASCII escaped: lossless, and safe inside any XML."""
    return json.dumps(doc, ensure_ascii=True, separators=(",", ":"))


# -------------------------------------------------------------------------------------- writing


def _item_xml(text: str) -> bytes:
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    root = etree.Element(f"{{{NAMESPACE}}}data", nsmap={"wa": NAMESPACE})
    root.set("format", "workshop-app/1")
    root.set("sha256", digest)
    root.set("chars", str(len(text)))
    for start in range(0, len(text), CHUNK_CHARS):
        chunk = etree.SubElement(root, f"{{{NAMESPACE}}}chunk")
        chunk.text = text[start:start + CHUNK_CHARS]
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _props_xml() -> bytes:
    ds = f"{{{DS_NS}}}"
    root = etree.Element(f"{ds}datastoreItem", nsmap={"ds": DS_NS})
    root.set(f"{ds}itemID", "{" + str(uuid.uuid4()).upper() + "}")
    refs = etree.SubElement(root, f"{ds}schemaRefs")
    ref = etree.SubElement(refs, f"{ds}schemaRef")
    ref.set(f"{ds}uri", SCHEMA_REF)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=False)


def _is_ours(blob: bytes | None) -> bool:
    return bool(blob) and NAMESPACE.encode() in blob[:400]


def remove_embedded(document) -> int:
    """Drop the app's data parts from a python-docx document (before embedding new data)."""
    removed = 0
    for rid, rel in list(document.part.rels.items()):
        if rel.reltype == RT.CUSTOM_XML and not rel.is_external and _is_ours(rel.target_part.blob):
            del document.part.rels[rid]  # parts nothing relates to are not saved
            removed += 1
    return removed


def embed_json(document, text: str) -> None:
    """Store ``text`` (interchange JSON) in ``document`` as its custom XML data part."""
    remove_embedded(document)
    package = document.part.package
    used = {str(p.partname) for p in package.iter_parts()}
    n = 1
    while f"/customXml/item{n}.xml" in used or f"/customXml/itemProps{n}.xml" in used:
        n += 1
    item = Part(PackURI(f"/customXml/item{n}.xml"), "application/xml", _item_xml(text), package)
    props = Part(PackURI(f"/customXml/itemProps{n}.xml"), PROPS_CONTENT_TYPE, _props_xml(), package)
    item.relate_to(props, RT.CUSTOM_XML_PROPS)
    document.part.relate_to(item, RT.CUSTOM_XML)


# -------------------------------------------------------------------------------------- reading


def open_package(path: Path) -> zipfile.ZipFile:
    """Open a .docx as a zip, refusing what is not one or is too large to be a note."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UnusableFileError(f"{path.name} cannot be read ({exc.strerror or exc}).") from None
    if size > MAX_DOCX_BYTES:
        raise UnusableFileError(f"{path.name} is larger than 512 MB; that is not a note this app wrote.")
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise UnusableFileError(f"{path.name} is not a Word document (.docx): it is not a zip package.") from None
    infos = zf.infolist()
    total = sum(i.file_size for i in infos)
    if len(infos) > MAX_MEMBERS or total > MAX_TOTAL_BYTES:
        zf.close()
        raise UnusableFileError(f"{path.name} unpacks to more than this app accepts; it was refused unread.")
    if "word/document.xml" not in zf.namelist():
        zf.close()
        raise UnusableFileError(f"{path.name} is a zip file but not a Word document (no word/document.xml).")
    return zf


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> bytes:
    if info.file_size > MAX_PART_BYTES or info.file_size > MAX_RATIO * max(info.compress_size, 1024):
        raise UnusableFileError(f"{name}: its embedded data unpacks to more than this app accepts; refused unread.")
    with zf.open(info) as fh:
        data = fh.read(MAX_PART_BYTES + 1)
    if len(data) > MAX_PART_BYTES:
        raise UnusableFileError(f"{name}: its embedded data is larger than this app accepts.")
    return data


def read_embedded_json(path: Path | str) -> str:
    """The interchange JSON carried by a Word note written by this app.

    Raises :class:`UnusableFileError` (one sentence) for a file that is not a .docx, is too large,
    carries no data, or whose data is damaged.
    """
    path = Path(path)
    try:
        zf = open_package(path)
    except zipfile.LargeZipFile:  # pragma: no cover - ZIP64 notes are still read normally
        raise UnusableFileError(f"{path.name} is too large to read.") from None
    with zf:
        try:
            for info in zf.infolist():
                if not _ITEM.match(info.filename):
                    continue
                blob = _read_member(zf, info, path.name)
                if not _is_ours(blob):
                    continue
                return _decode_item(blob, path.name)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise UnusableFileError(f"{path.name} is damaged and cannot be read ({exc}).") from None
    raise UnusableFileError(
        f"{path.name} carries no Workshop App data: only Word notes written by this app "
        "(export --format docx, compile-notes) can be imported."
    )


def _decode_item(blob: bytes, name: str) -> str:
    try:
        root = etree.fromstring(blob, _safe_parser())
    except etree.XMLSyntaxError as exc:
        raise UnusableFileError(f"{name}: its embedded data is damaged ({exc}).") from None
    if root.tag != f"{{{NAMESPACE}}}data":
        raise UnusableFileError(f"{name}: its embedded data is not in a form this app reads.")
    text = "".join(chunk.text or "" for chunk in root.iter(f"{{{NAMESPACE}}}chunk"))
    expected = root.get("sha256")
    if expected and hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest() != expected:
        raise UnusableFileError(f"{name}: its embedded data does not match its checksum; it was damaged or altered.")
    return text


