"""Reading the data a file brings in: interchange JSON, as a ``.json`` file or inside a Word note.

:func:`read_document` is the one front door for ``import`` and ``merge`` alike: one size limit
(:data:`MAX_DOCUMENT_BYTES`), checked once, then the text. The writer of a note's data part is
``exports/embedded.py``; it shares this module's :data:`NAMESPACE` and :func:`is_ours`.

A Word note carries the JSON in a custom XML part (``/customXml/itemN.xml``), cut into chunks,
with its SHA-256. Reading treats the file as untrusted: a size limit on the file, on the number of
zip members and on the uncompressed part (a zip bomb is refused before it is inflated), and an XML
parser that resolves no entities and fetches nothing. No python-docx here: zipfile and lxml only.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from pathlib import Path

from ..domain.errors import UnusableFileError

NAMESPACE = "urn:workshop-app:interchange"

# One limit for a document brought in by import or merge (a .json file or a Word note): a master
# of 20,000 comments is about 30 MB of JSON.
MAX_DOCUMENT_BYTES = 512 * 1024**2
MAX_MEMBERS = 20_000
MAX_PART_BYTES = 256 * 1024**2
MAX_TOTAL_BYTES = 2 * 1024**3
MAX_RATIO = 500  # uncompressed / compressed: JSON compresses 10 to 50 times, a deflate bomb about 1,000

DOCUMENT_SUFFIXES = (".json", ".docx")

_ITEM = re.compile(r"^customXml/item\d+\.xml$", re.IGNORECASE)


def read_document(path: Path | str) -> str:
    """The interchange JSON text of a ``.json`` file or of a Word note this app wrote.

    Raises :class:`UnusableFileError` (one sentence naming the file) for a file too large, not
    readable, not UTF-8, not a Word note of this app, or whose data is damaged.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in DOCUMENT_SUFFIXES:
        raise UnusableFileError(code="import.unknown_kind", params={"name": path.name})
    check_size(path)
    if suffix == ".docx":
        return read_embedded_json(path, size_checked=True)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnusableFileError(code="file.unreadable",
                                params={"name": path.name, "reason": str(exc.strerror or exc)}) from None
    try:
        return data.decode("utf-8-sig")  # a byte-order mark from a Windows editor is not data
    except UnicodeDecodeError:
        raise UnusableFileError(code="merge.not_utf8", params={"name": path.name}) from None


def check_size(path: Path) -> None:
    """Refuse a document larger than :data:`MAX_DOCUMENT_BYTES` before reading any of it."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UnusableFileError(code="file.unreadable",
                                params={"name": path.name, "reason": str(exc.strerror or exc)}) from None
    if size > MAX_DOCUMENT_BYTES:
        raise UnusableFileError(code="merge.document_too_large",
                                params={"name": path.name, "megabytes": MAX_DOCUMENT_BYTES // 1024**2})


def _safe_parser():  # -> lxml.etree.XMLParser
    from lxml import etree  # lazily: the merge of .workshop files (and its start-up) never needs lxml

    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def is_ours(blob: bytes | None) -> bool:
    """Whether a custom XML part is the app's data part (the writer checks this too)."""
    return bool(blob) and NAMESPACE.encode() in blob[:400]


def open_package(path: Path, *, size_checked: bool = False) -> zipfile.ZipFile:
    """Open a .docx as a zip, refusing what is not one or is too large to be a note."""
    path = Path(path)
    if not size_checked:
        check_size(path)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise UnusableFileError(code="note.not_zip", params={"name": path.name}) from None
    infos = zf.infolist()
    total = sum(i.file_size for i in infos)
    if len(infos) > MAX_MEMBERS or total > MAX_TOTAL_BYTES:
        zf.close()
        raise UnusableFileError(code="note.zip_bomb", params={"name": path.name})
    if "word/document.xml" not in zf.namelist():
        zf.close()
        raise UnusableFileError(code="note.not_word", params={"name": path.name})
    return zf


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> bytes:
    if info.file_size > MAX_PART_BYTES or info.file_size > MAX_RATIO * max(info.compress_size, 1024):
        raise UnusableFileError(code="note.part_bomb", params={"name": name})
    with zf.open(info) as fh:
        data = fh.read(MAX_PART_BYTES + 1)
    if len(data) > MAX_PART_BYTES:
        raise UnusableFileError(code="note.part_too_large", params={"name": name})
    return data


def read_embedded_json(path: Path | str, *, size_checked: bool = False) -> str:
    """The interchange JSON carried by a Word note written by this app.

    Raises :class:`UnusableFileError` (one sentence) for a file that is not a .docx, is too large,
    carries no data, or whose data is damaged.
    """
    path = Path(path)
    try:
        zf = open_package(path, size_checked=size_checked)
    except zipfile.LargeZipFile:  # pragma: no cover - ZIP64 notes are still read normally
        raise UnusableFileError(code="note.too_large_to_read", params={"name": path.name}) from None
    with zf:
        try:
            for info in zf.infolist():
                if not _ITEM.match(info.filename):
                    continue
                blob = _read_member(zf, info, path.name)
                if not is_ours(blob):
                    continue
                return _decode_item(blob, path.name)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise UnusableFileError(code="file.damaged", params={"name": path.name, "reason": str(exc)}) from None
    raise UnusableFileError(code="note.no_data", params={"name": path.name})


def _decode_item(blob: bytes, name: str) -> str:
    from lxml import etree  # lazily, as in _safe_parser

    try:
        root = etree.fromstring(blob, _safe_parser())
    except etree.XMLSyntaxError as exc:
        raise UnusableFileError(code="note.data_damaged", params={"name": name, "reason": str(exc)}) from None
    if root.tag != f"{{{NAMESPACE}}}data":
        raise UnusableFileError(code="note.data_unknown", params={"name": name})
    text = "".join(chunk.text or "" for chunk in root.iter(f"{{{NAMESPACE}}}chunk"))
    expected = root.get("sha256")
    if expected and hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest() != expected:
        raise UnusableFileError(code="note.checksum", params={"name": name})
    return text


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_INVISIBLE = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))


def visible_text(text: str) -> str:
    """Text as a reader sees it: no directional marks or isolates, whitespace runs as one space, NFC."""
    import unicodedata

    return " ".join(unicodedata.normalize("NFC", text.translate(_INVISIBLE)).split())


def bookmarked_texts(path: Path | str, prefix: str) -> dict[str, str]:
    """The visible text of each paragraph of the note's body holding a bookmark named ``prefix``…:
    bookmark name -> text (:func:`visible_text`). The export bookmarks the paragraphs a rapporteur
    may edit in Word (key messages), so an import can tell whether the Word text still says what the
    embedded data says. The whole paragraph counts, so typing over its text in Word is still found."""
    from lxml import etree

    path = Path(path)
    with open_package(path) as zf:
        try:
            blob = _read_member(zf, zf.getinfo("word/document.xml"), path.name)
            root = etree.fromstring(blob, _safe_parser())
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, etree.XMLSyntaxError) as exc:
            raise UnusableFileError(code="file.damaged", params={"name": path.name, "reason": str(exc)}) from None
    w = f"{{{W_NS}}}"
    found: dict[str, str] = {}
    for mark in root.iter(f"{w}bookmarkStart"):
        name = mark.get(f"{w}name") or ""
        paragraph = next((a for a in mark.iterancestors(f"{w}p")), None)
        if not name.startswith(prefix) or paragraph is None or name in found:
            continue
        pieces = []
        for node in paragraph.iter(f"{w}t", f"{w}tab", f"{w}br"):
            pieces.append(node.text or "" if node.tag == f"{w}t" else " ")
        found[name] = visible_text("".join(pieces))
    return found
