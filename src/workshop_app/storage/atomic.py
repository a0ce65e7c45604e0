"""Small helpers shared by writers: write to a temporary file, then replace the target."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ..domain.errors import WriteFailedError


@contextlib.contextmanager
def atomic_target(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target`` in one step.

    A failure (full disk, exception while writing) leaves ``target`` as it was and no partial file.
    A target that is read-only or locked (open in Word on Windows) gets one clear sentence.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if target.exists() and not os.access(target, os.W_OK):
        raise WriteFailedError(f"{target.name} is read-only; choose another file name or folder.")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise WriteFailedError(
            f"Cannot write in {folder.resolve()} ({exc.strerror or exc}); choose another folder."
        ) from None
    tmp = Path(tmp_name)
    try:
        # mkstemp makes the file owner-only; a document should get the usual permissions (or keep
        # those of the file it replaces).
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_umask()
        os.chmod(tmp, mode)
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except PermissionError:
        raise WriteFailedError(
            f"{target.name} cannot be replaced: it is read-only or open in another program (Word?). "
            "Close it or choose another name."
        ) from None
    except OSError as exc:
        raise WriteFailedError(f"Could not write {target.name} ({exc.strerror or exc}); nothing was changed.") from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def atomic_write_text(target: Path, text: str) -> None:
    with atomic_target(target) as tmp:
        tmp.write_text(text, encoding="utf-8", errors="surrogatepass")


def atomic_write_bytes(target: Path, data: bytes) -> None:
    with atomic_target(target) as tmp:
        tmp.write_bytes(data)
