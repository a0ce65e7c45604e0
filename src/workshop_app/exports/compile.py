"""compile-notes: several rapporteurs' Word notes joined into one document, data included.

The compiled document opens with a contents page: a TOC field (Word fills it when the document
is opened, as it asks to update fields) and a plain list of the notes' titles, which reads even
before any field is updated. Each note follows on a new page exactly as its rapporteur left it
(docxcompose copies its body, styles, numbering and pictures), so edits made in Word are kept.
The notes' embedded data is joined into one interchange document by the merge itself
(:func:`compiled_data`): each note's data is merged, as ``merge`` merges a Word note, into a
private scratch file whose export is embedded. A record found in different versions therefore
shows the version ``merge`` shows, by the same rule (``merge/versions.py``), and the versions
that lose are kept as stored versions (``conflicts``), so nothing is lost in the compiled data.
"""

from __future__ import annotations

import hashlib
import logging
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docx
from docx.oxml.ns import qn
from lxml import etree

from ..domain.errors import UnusableFileError, WorkshopError
from ..storage.atomic import atomic_target
from .document import Doc
from .embedded import dumps_ascii, embed_json, open_package, read_embedded_json, remove_embedded
from .i18n import lang_code
from .wordxml import PAGE_BREAK, field_xml

log = logging.getLogger(__name__)

MAX_NOTES = 500


@dataclass
class CompileReport:
    titles: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    records: int = 0
    differing: int = 0


def note_title(document, path: Path) -> str:
    title = (document.core_properties.title or "").strip()
    if title:
        return title
    for p in document.paragraphs[:20]:
        if p.style is not None and p.style.name == "Title" and p.text.strip():
            return p.text.strip()
    return path.stem


def _open_note(path: Path):
    open_package(path).close()  # size, zip and member checks before python-docx inflates anything
    try:
        return docx.Document(str(path))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds on a broken package
        raise UnusableFileError(f"{path.name} cannot be read as a Word document ({type(exc).__name__}).") from None


def compiled_data(notes: list[tuple[str, str]]) -> tuple[dict[str, Any], int]:
    """The interchange document holding every note's data, as merging the notes gives it.

    ``notes`` are (file name, embedded JSON). Returns the document and how many records came in
    different versions (fast-forwarded, stale or in conflict while merging). A note that merge
    would refuse is refused here with the same sentence.
    """
    from ..merge.engine import apply_source
    from ..merge.report import SourceReport
    from ..merge.sources import source_from_records
    from ..storage import SessionFile
    from ..storage.interchange import export_document, parse_document

    redacted: set[str] = set()
    with tempfile.TemporaryDirectory(prefix="workshop-compile-") as tmp, \
            SessionFile.create(Path(tmp) / "compiled.workshop") as sf:
        differing = 0
        for name, text in notes:
            try:
                records = parse_document(text)
            except UnusableFileError as exc:
                raise UnusableFileError(f"{name}: {exc}") from None
            mode = records.redacted and _redaction(text)
            if mode:
                redacted.add(mode)
            digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
            source = source_from_records(Path(name), "docx", digest, records, records.support)
            item = SourceReport(path=name, name=name)
            with sf.transaction():
                apply_source(sf, source, item, record_provenance=False)
            differing += item.fast_forwarded + item.stale + item.conflicts
        doc = export_document(sf)
    if redacted:
        # placeholders (revision 0) stay placeholders when the compiled note is merged in turn
        doc["redacted"] = "anonymous" if "anonymous" in redacted else sorted(redacted)[0]
    return doc, differing


def _redaction(text: str) -> str | None:
    import json

    mode = json.loads(text).get("redacted")
    return mode if isinstance(mode, str) else None


def _count_records(doc: dict) -> int:
    total = len(doc.get("frameworks", []))
    for s in doc.get("sessions", []):
        total += 1 + sum(len(s.get(k, [])) for k in ("participants", "ballots", "comments", "key_messages"))
        total += sum(1 + len(q.get("options", [])) for q in s.get("questions", []))
    return total


def _contents_page(doc: Doc, title: str, titles: list[str]) -> None:
    doc.para(title, "cover_title")
    doc.para(doc.t("contents"), "h2")
    doc.w.add(field_xml('TOC \\o "1-1" \\t "Title,1" \\h \\z \\u', doc.t("toc_hint"), doc.language, doc.s["normal"]))
    doc.para(doc.t("notes_included"), "h2")
    for k, name in enumerate(titles, start=1):
        doc.para(f"{k}. {name}", "normal")


def _ask_to_update_fields(document) -> None:
    settings = document.settings.element
    if settings.find(qn("w:updateFields")) is not None:
        return
    update = etree.SubElement(settings, qn("w:updateFields"))
    update.set(qn("w:val"), "true")
    # schema order: w:updateFields comes just before these (Word refuses misordered settings)
    for tag in ("w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars", "w:rsids"):
        anchor = settings.find(qn(tag))
        if anchor is not None:
            anchor.addprevious(update)
            return


def compile_documents(paths: list[Path], output: Path, *, title: str | None = None,
                      language: str | None = None) -> CompileReport:
    """Join the notes at ``paths`` into ``output``; see the module docstring."""
    from docxcompose.composer import Composer

    if not paths:
        raise WorkshopError("Give at least one Word note to compile.")
    if len(paths) > MAX_NOTES:
        raise WorkshopError(f"At most {MAX_NOTES} notes can be compiled at once.")
    output = Path(output)
    if any(p.resolve() == output.resolve() for p in paths if p.exists()):
        raise WorkshopError("The compiled document must be a new file, not one of the notes.")
    report = CompileReport()
    notes, texts = [], []
    for path in paths:
        document = _open_note(path)
        try:
            texts.append((path.name, read_embedded_json(path)))
        except UnusableFileError:
            report.warnings.append(f"{path.name} carries no Workshop App data: its text is compiled, "
                                   "but the compiled document cannot give its data back.")
        notes.append(document)
        report.titles.append(note_title(document, path))
    lang = lang_code(language or (notes[0].core_properties.language or "en"))
    master = Doc(lang)
    compiled_title = title or master.t("compiled_title")
    master.set_properties(compiled_title, master.t("notes_included"))
    master.set_header(compiled_title)
    _contents_page(master, compiled_title, report.titles)
    master.finish()
    composer = Composer(master.document)
    for document in notes:
        remove_embedded(document)
        composer.doc.element.body.find(qn("w:sectPr")).addprevious(etree.fromstring(
            f'<w:x xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">{PAGE_BREAK}</w:x>')[0])
        composer.append(document)
    if texts:
        union, report.differing = compiled_data(texts)
        report.records = _count_records(union)
        embed_json(composer.doc, dumps_ascii(union))
        if report.differing:
            report.warnings.append(f"{report.differing} records appear in different versions in the notes; the "
                                   "compiled data keeps the version a merge would keep.")
    _ask_to_update_fields(composer.doc)
    with atomic_target(output) as tmp:
        composer.doc.save(str(tmp))
    return report
