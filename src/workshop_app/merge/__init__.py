"""Merging session files from many venues into one master, safely (DESIGN §5).

No SQL here (that is ``storage/merge_io.py``) and no Qt (that is ``ui/merge/merge_window.py``).
"""

from .conflicts import Conflict, find_conflict, open_conflicts, resolve
from .engine import merge_files, merge_into
from .mappings import effective_keys, option_groups, with_mapped_keys
from .provenance import ProvenanceRecord, provenance_records, sources_by_session
from .report import MergeReport, SourceReport

__all__ = [
    "Conflict",
    "MergeReport",
    "ProvenanceRecord",
    "SourceReport",
    "effective_keys",
    "find_conflict",
    "merge_files",
    "merge_into",
    "open_conflicts",
    "option_groups",
    "provenance_records",
    "resolve",
    "sources_by_session",
    "with_mapped_keys",
]
