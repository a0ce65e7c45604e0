"""The one registry of export formats, and the one dispatcher the CLI and the Export dialog share.

Each :class:`ExportFormat` says its name (``--format``), its label and hint (English, translated
by the dialog with ``QCoreApplication.translate("ExportFormats", ...)``; marked here with a
Qt-free :func:`QT_TRANSLATE_NOOP` so pyside6-lupdate finds them), its file suffix, the options it
honours (:data:`OPTIONS`) and its writer. ``workshop-app export --format`` and the dialog's format
list (and which of its controls are enabled) are built from :func:`formats`.

Adding a format is one :func:`register` call here and its writer (see docs/export.md). Importing
this module is cheap: writers import their heavy modules (python-docx, openpyxl, analysis) when
called, so ``workshop-app info`` stays fast.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import WorkshopError
from .i18n import LANGUAGES

if TYPE_CHECKING:
    from ..storage import SessionFile
    from .context import ProgressCallback

SESSIONS, ANONYMIZE, LANGUAGE, TABLE = "sessions", "anonymize", "language", "table"
PROFILE, METHODOLOGY = "profile", "methodology"
OPTIONS = (SESSIONS, ANONYMIZE, LANGUAGE, TABLE, PROFILE, METHODOLOGY)  # this session or the whole file; ...
PROFILES = ("full", "short")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks ``text`` for translation in ``context`` without Qt; the dialog translates it when shown."""
    return text


@dataclass(frozen=True)
class ExportOptions:
    """What the person chose; a writer reads only the options its format honours."""

    session_ids: list[str] | None = None
    anonymize: str = "none"
    language: str | None = None  # a checked code ("fr") or None for the session's own language
    table: str = "comments"
    progress: ProgressCallback | None = None
    profile: str = "full"  # the Word note: "full", or "short" (summary, results tables, key quotes)
    methodology: bool | None = None  # the Word note's methodology annex; None: a master has it, a venue note not


Writer = Callable[["SessionFile", Path, ExportOptions], Path]


@dataclass(frozen=True)
class ExportFormat:
    name: str  # the value of --format and of the dialog's item data
    label: str  # English, Qt-free; the dialog shows it translated
    suffix: str  # ".docx"
    options: frozenset[str]  # among OPTIONS
    writer: Writer
    hint: str = ""  # one sentence under the dialog's choices (English, translated there)

    def honours(self, option: str) -> bool:
        return option in self.options


_FORMATS: dict[str, ExportFormat] = {}


def register(fmt: ExportFormat) -> ExportFormat:
    """Add ``fmt`` (or replace the format of that name); the CLI and the dialog offer it at once."""
    unknown = set(fmt.options) - set(OPTIONS)
    if unknown:
        raise ValueError(f"{fmt.name}: unknown export options {sorted(unknown)}; known: {OPTIONS}")
    if not fmt.suffix.startswith("."):
        raise ValueError(f"{fmt.name}: the suffix must start with a dot, not {fmt.suffix!r}")
    _FORMATS[fmt.name] = fmt
    return fmt


def unregister(name: str) -> None:
    _FORMATS.pop(name, None)


def formats() -> tuple[ExportFormat, ...]:
    """Every format, in the order the dialog lists them."""
    return tuple(_FORMATS.values())


def names() -> tuple[str, ...]:
    return tuple(_FORMATS)


def get(name: str) -> ExportFormat:
    try:
        return _FORMATS[name]
    except KeyError:
        raise WorkshopError(code="export.unknown_format", params={"name": name, "choices": names()}) from None


def anonymisation_modes() -> tuple[str, ...]:
    from .scope import MODES

    return MODES


def profiles() -> tuple[str, ...]:
    return PROFILES


def csv_tables() -> tuple[str, ...]:
    from .tables import CSV_TABLES

    return CSV_TABLES


def check_language(language: str | None) -> str | None:
    if language is None or language == "":
        return None
    code = language.split("-")[0].lower()
    if code not in LANGUAGES:
        raise WorkshopError(code="export.unknown_language", params={"choices": LANGUAGES, "language": language})
    return code


# -- the one dispatcher ------------------------------------------------------------------------------
def write_export(sf: SessionFile, name: str, output: Path, options: ExportOptions | None = None) -> Path:
    """Write ``sf`` in format ``name`` to ``output``, checking the options the format honours."""
    fmt = get(name)
    options = options or ExportOptions()
    if fmt.honours(ANONYMIZE):
        from .scope import check_mode

        options = _replace(options, anonymize=check_mode(options.anonymize))
    if fmt.honours(LANGUAGE):
        options = _replace(options, language=check_language(options.language))
    if not fmt.honours(SESSIONS):
        options = _replace(options, session_ids=None)
    if fmt.honours(PROFILE) and options.profile not in PROFILES:
        raise WorkshopError(code="export.unknown_profile", params={"profile": options.profile, "choices": PROFILES})
    return fmt.writer(sf, Path(output), options)


def export_file(source: Path | str, name: str, output: Path | str, options: ExportOptions | None = None) -> Path:
    """The CLI's and the dialog's export: read a private copy of ``source`` and write ``output``.

    Refuses a file that shows changes made outside the app (no export launders them), before
    anything is written; an unknown format is refused before the file is read.
    """
    from ..storage import open_readonly
    from ..storage.check import refuse_untrusted

    get(name)
    with open_readonly(source) as sf:
        refuse_untrusted(sf, "copy.export")
        return write_export(sf, name, Path(output), options)


def _replace(options: ExportOptions, **changes: object) -> ExportOptions:
    from dataclasses import replace

    return replace(options, **changes)


# -- the writers -------------------------------------------------------------------------------------
def _write_docx(sf: SessionFile, output: Path, options: ExportOptions) -> Path:
    from .scope import load_scope
    from .synthesis import write_synthesis

    scope = load_scope(sf, options.session_ids, options.anonymize)
    return write_synthesis(scope, output, language=options.language, progress=options.progress,
                           profile=options.profile, methodology=options.methodology)


def _write_xlsx(sf: SessionFile, output: Path, options: ExportOptions) -> Path:
    from .scope import load_scope
    from .tables import write_xlsx

    scope = load_scope(sf, options.session_ids, options.anonymize, embed=False)
    return write_xlsx(scope, output, language=options.language, progress=options.progress)


def _write_csv(sf: SessionFile, output: Path, options: ExportOptions) -> Path:
    from .scope import load_scope
    from .tables import write_csv

    scope = load_scope(sf, options.session_ids, options.anonymize, embed=False)
    return write_csv(scope, output, table=options.table, language=options.language)


def _write_qdpx(sf: SessionFile, output: Path, options: ExportOptions) -> Path:
    from .qdpx import write_qdpx
    from .scope import load_scope

    scope = load_scope(sf, options.session_ids, options.anonymize, embed=False)
    return write_qdpx(scope, output, language=options.language)


def _write_json(sf: SessionFile, output: Path, options: ExportOptions) -> Path:
    from ..storage.atomic import atomic_write_text
    from ..storage.interchange import dumps, export_document

    atomic_write_text(output, dumps(export_document(sf, options.session_ids)))
    return output


register(ExportFormat(
    "docx", QT_TRANSLATE_NOOP("ExportFormats", "Word synthesis (.docx)"), ".docx",
    frozenset({SESSIONS, ANONYMIZE, LANGUAGE, PROFILE, METHODOLOGY}), _write_docx,
    QT_TRANSLATE_NOOP("ExportFormats", "The Word document carries its data, so headquarters can import it. People who "
                                       "declined to be named are in neither its text nor its data; the session file "
                                       "keeps their names."),
))
register(ExportFormat(
    "xlsx", QT_TRANSLATE_NOOP("ExportFormats", "Excel workbook (.xlsx)"), ".xlsx",
    frozenset({SESSIONS, ANONYMIZE, LANGUAGE}), _write_xlsx,
    QT_TRANSLATE_NOOP("ExportFormats", "One sheet per table, for staff; names appear as the option below allows, never "
                                       "of people who declined."),
))
register(ExportFormat(
    "csv", QT_TRANSLATE_NOOP("ExportFormats", "CSV table (.csv)"), ".csv",
    frozenset({SESSIONS, ANONYMIZE, LANGUAGE, TABLE}), _write_csv,
    QT_TRANSLATE_NOOP("ExportFormats", "One table, UTF-8 with byte-order mark so that Excel reads Arabic and Chinese."),
))
register(ExportFormat(
    "qdpx", QT_TRANSLATE_NOOP("ExportFormats", "REFI-QDA project (.qdpx)"), ".qdpx",
    frozenset({SESSIONS, ANONYMIZE, LANGUAGE}), _write_qdpx,
    QT_TRANSLATE_NOOP("ExportFormats", "The comments for qualitative analysis in QualCoder, NVivo, MAXQDA or ATLAS.ti: "
                                       "one text per dialogue, coded by question, SWOT and tag; participants as "
                                       "cases, named only with their consent."),
))
register(ExportFormat(
    "json", QT_TRANSLATE_NOOP("ExportFormats", "Interchange data (.json)"), ".json",
    frozenset({SESSIONS}), _write_json,
    QT_TRANSLATE_NOOP("ExportFormats", "Everything in the file, lossless and with every name, like a handover copy: for "
                                       "merging or other tools, not for sharing."),
))
