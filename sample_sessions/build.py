"""Rebuild the sample session files beside this script: ``python sample_sessions/build.py``.

Each file is built in a private temporary folder with :mod:`workshop_app.samples.demo` (seeded, so the
content is the same on every run; only the seal time differs), then handed over: a sealed,
self-contained copy with no ``-wal`` beside it. Every result is verified like ``workshop-app check``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from workshop_app.domain.model import Comment
from workshop_app.samples.demo import SAMPLES, build_sample, build_template
from workshop_app.storage import SessionFile, handover
from workshop_app.storage.check import check_file

HERE = Path(__file__).resolve().parent
SEED = 2024
TEMPLATE = "framework-template"


def build(folder: Path = HERE, seed: int = SEED) -> list[Path]:
    """Write the template and the sample sessions into ``folder``; returns the files written."""
    written = []
    used: set[str] = set()  # comment texts already quoted in an earlier sample: never twice
    with tempfile.TemporaryDirectory(prefix="workshop-samples-") as tmp:
        for name in (TEMPLATE, *SAMPLES):
            work = Path(tmp) / f"{name}.workshop"
            with SessionFile.create(work) as sf:
                if name == TEMPLATE:
                    build_template(sf, seed=seed)
                else:
                    build_sample(sf, name, seed, exclude=frozenset(used))
                    used |= {c.text for c in sf.all(Comment)}
                target = folder / f"{name}.workshop"
                handover(sf, target)
            written.append(target)
    return written


def main() -> int:
    failed = 0
    for path in build():
        report = check_file(path)
        wal = Path(f"{path}-wal").exists()
        status = "OK" if report.exit_code == 0 and not wal else "FAILED"
        failed += status != "OK"
        print(f"{status:6} {path.name:36} {path.stat().st_size / 1024:6.0f} KB  " + "; ".join(report.notes[-1:]))
        for problem in report.problems:
            print(f"       {problem}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
