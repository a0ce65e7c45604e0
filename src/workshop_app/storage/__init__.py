"""Storage: the only place with SQL. Schema, migrations, open/handover/seal, queries."""

from .schema import APPLICATION_ID, SCHEMA_VERSION
from .seal import compute_seal, handover, seal_status
from .sessionfile import SessionFile, open_readonly

__all__ = [
    "APPLICATION_ID",
    "SCHEMA_VERSION",
    "SessionFile",
    "compute_seal",
    "handover",
    "open_readonly",
    "seal_status",
]
