"""Storage: the only place with SQL. Schema, migrations, open/handover/seal, queries."""

import sys


def _load_sqlite_utils_without_numpy() -> None:
    """Start-up time: sqlite-utils imports numpy and pandas when installed (matplotlib brings
    numpy) only to map their number types to column types, and the app hands it neither. Hidden
    while sqlite-utils loads, that is 0.2 s off every start of the app and of every CLI command;
    numpy imports normally afterwards (the Word charts), and nothing changes once it is loaded."""
    if "sqlite_utils" in sys.modules or any(sys.modules.get(m) is not None for m in ("numpy", "pandas")):
        return
    hidden = [m for m in ("numpy", "pandas") if m not in sys.modules]
    sys.modules.update(dict.fromkeys(hidden))  # None: "import numpy" raises ImportError, which sqlite-utils expects
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for m in hidden:
            if sys.modules.get(m, 0) is None:
                del sys.modules[m]


_load_sqlite_utils_without_numpy()

from .schema import APPLICATION_ID, SCHEMA_VERSION  # noqa: E402
from .seal import compute_seal, handover, seal_status  # noqa: E402
from .sessionfile import SessionFile, open_readonly  # noqa: E402

__all__ = [
    "APPLICATION_ID",
    "SCHEMA_VERSION",
    "SessionFile",
    "compute_seal",
    "handover",
    "open_readonly",
    "seal_status",
]
