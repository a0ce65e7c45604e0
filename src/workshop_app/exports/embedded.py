"""The data a Word note carries: interchange JSON in a custom XML part of the .docx.

A custom XML part (``/customXml/itemN.xml`` with its ``itemProps``) is the place Word itself keeps
data it does not display, and it survives a rapporteur's edits and re-saving in Word. The JSON is
written with every non-ASCII character escaped (so any text, even a lone surrogate, travels
losslessly through XML) and cut into chunks of at most a million characters, with its SHA-256
so a damaged part is refused rather than half-imported.

This module is the writer. The reader (untrusted input: size limits, zip-bomb and entity checks)
is ``storage/embedded.py``, below the merge that reads notes too; :func:`read_embedded_json` and
:func:`open_package` are re-exported here for the exporters (``compile-notes``).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree

from ..storage.embedded import NAMESPACE, is_ours, open_package, read_embedded_json

__all__ = ["NAMESPACE", "dumps_ascii", "embed_json", "open_package", "read_embedded_json", "remove_embedded"]

SCHEMA_REF = "urn:workshop-app:interchange:1"
PROPS_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
DS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"
CHUNK_CHARS = 1_000_000


def dumps_ascii(doc: dict[str, Any]) -> str:
    """Interchange JSON with non-ASCII escaped: lossless, and safe inside any XML."""
    return json.dumps(doc, ensure_ascii=True, separators=(",", ":"))


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


def remove_embedded(document) -> int:
    """Drop the app's data parts from a python-docx document (before embedding new data)."""
    removed = 0
    for rid, rel in list(document.part.rels.items()):
        if rel.reltype == RT.CUSTOM_XML and not rel.is_external and is_ours(rel.target_part.blob):
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
