"""Detect a session file that another running copy of the app already has open.

SQLite lets two processes share a file, but two facilitators' windows on one file would confuse
everyone, so the app holds an OS lock on ``FILE.lock`` beside it while a window has it open. The
lock dies with the process (also on ``kill -9``), so a stale ``.lock`` file never blocks anyone.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

from ..domain.errors import FileInUseError

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False


class FileLock:
    def __init__(self, path: Path):
        self.path = Path(str(path) + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            # Nowhere to put a lock (read-only folder): opening for writing fails later anyway,
            # with its own clear message.
            return
        if not _try_lock(fd):
            holder = ""
            try:
                holder = os.read(fd, 200).decode("utf-8", "replace").strip()
            except OSError:
                pass
            os.close(fd)
            who = f" ({holder})" if holder else ""
            raise FileInUseError(
                f"{self.path.with_suffix('').name} is already open in another Workshop App window{who}; "
                "close it there first."
            )
        try:
            os.ftruncate(fd, 0)
            os.write(fd, f"process {os.getpid()} on {socket.gethostname()}".encode())
        except OSError:
            pass
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
            try:
                self.path.unlink()
            except OSError:
                pass
