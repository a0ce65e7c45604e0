"""The sources of a merge, read ahead of it in worker processes where that is safe.

Reading and checking a source (the private copy, the checks on opening, the seal, every content
hash, the ballot validation) is a pure function of the file and was 60 % of a merge's CPU time;
the merge itself stays in this process, one transaction per file, in the order given. On Linux,
when this process has a single thread (the CLI; the GUI merges on a thread of its own), a few
forked worker processes read the next sources while this one merges, each at most one file ahead
of it (memory), and :func:`sources_in_order` hands out each source, or the reason it is refused,
in the order given. Everywhere else, or when
``WORKSHOP_MERGE_READERS=0``, each source is read here just before it is merged, as before.

The merge cannot tell how a source was read: a worker returns exactly what :func:`read_one`
returns here (a :class:`Source` or the :class:`UnusableFileError` refusing it), and a source
whose worker died or whose answer did not come back whole is read again here.

Only ``fork``: a spawned worker would import the package again (a third of a second each) and
the frozen app would need ``multiprocessing.freeze_support``; macOS's system libraries are not
safe to use after ``fork`` and Windows has none. A thread was tried and lost (the reading is
Python work that holds the GIL; docs/performance.md).
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..domain.errors import UnusableFileError
from . import sources
from .sources import Source

log = logging.getLogger(__name__)

MIN_FILES = 3  # fewer files than this are read here: starting a worker costs more than it saves
ENVIRONMENT = "WORKSHOP_MERGE_READERS"  # the number of worker processes; 0 reads every file here

Outcome = Source | UnusableFileError


def read_one(path: Path, master: Path) -> Outcome:
    """Read and check one source for a merge into ``master``: the source, or why it is refused."""
    try:
        if os.path.realpath(path) == os.path.realpath(master):  # resolve() raises on a loop of links
            raise UnusableFileError(code="merge.master_itself", params={"name": path.name})
        return sources.load_source(path)
    except UnusableFileError as exc:
        return exc


def reading_processes(files: int) -> int:
    """How many worker processes should read ``files`` sources here (0: read them in this process)."""
    if files < MIN_FILES or not sys.platform.startswith("linux") or not _single_thread():
        return 0
    wanted = os.environ.get(ENVIRONMENT, "").strip()
    if wanted:
        try:
            return max(0, min(int(wanted), files))
        except ValueError:
            log.warning("%s=%r is not a number of processes; reading the files here", ENVIRONMENT, wanted)
            return 0
    return max(0, min(len(os.sched_getaffinity(0)) - 1, 2))


def _single_thread() -> bool:
    """Whether this process has one thread, counting those Python did not start (Qt's): only then
    is ``fork`` safe (a lock held by another thread would stay locked in the child)."""
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


@contextlib.contextmanager
def sources_in_order(paths: list[Path], master: Path, workers: int | None = None) -> Iterator[Iterator[Outcome]]:
    """An iterator of :func:`read_one`'s outcome for each of ``paths``, in their order, read ahead
    by ``workers`` processes (by default :func:`reading_processes`). Leaving the ``with`` block
    before the end (a cancel, a failed write) drops what was read ahead and stops the workers."""
    if workers is None:
        workers = reading_processes(len(paths))
    if workers <= 0:
        yield (read_one(p, master) for p in paths)
        return
    ahead = _ReadAhead(paths, master, workers)
    try:
        yield iter(ahead)
    finally:
        ahead.close()


class _ReadAhead:
    """Worker ``k`` of ``n`` reads files ``k``, ``k + n``, ... in turn and sends each outcome down
    its own pipe; this process takes them in the order of the files, unpickling each on this
    thread when the merge wants it (no thread here to compete with the merge for the GIL). A
    worker blocks on its pipe until its last outcome is taken, so at most one outcome per worker
    waits (memory). A worker that dies, or an outcome that does not arrive whole, is read here,
    and so is every later file of that worker."""

    def __init__(self, paths: list[Path], master: Path, workers: int):
        import multiprocessing  # here, not at the top: only a merge of several files in the CLI needs it

        context = multiprocessing.get_context("fork")
        self.paths, self.master = paths, master
        pipes = [context.Pipe(duplex=False) for _ in range(workers)]
        self.processes = [context.Process(target=_work, args=(paths[k::workers], master, k, pipes, os.getpid()),
                                          name=f"merge-reader-{k}", daemon=True) for k in range(workers)]
        self.links: list[Any] = [r for r, _ in pipes]
        try:
            for process in self.processes:
                process.start()
        finally:
            for _, w in pipes:
                w.close()

    def __iter__(self) -> Iterator[Outcome]:
        for i, path in enumerate(self.paths):
            k = i % len(self.links)
            outcome = self._receive(k, path) if self.links[k] is not None else None
            yield outcome if outcome is not None else read_one(path, self.master)

    def _receive(self, k: int, path: Path) -> Outcome | None:
        try:
            outcome = pickle.loads(self.links[k].recv_bytes())
        except Exception as exc:  # EOFError: the worker died; anything else: its answer did not arrive whole
            log.warning("the reading process stopped before %s (%s); reading the rest of its files here",
                        path.name, type(exc).__name__)
            self.links[k].close()
            self.links[k] = None
            return None
        return outcome if isinstance(outcome, Source | UnusableFileError) else None

    def close(self) -> None:
        """Stop the workers: a closed pipe ends each at its next outcome (a kill only if it hangs)."""
        for k, link in enumerate(self.links):
            if link is not None:
                link.close()
                self.links[k] = None
        for process in self.processes:
            process.join(timeout=10)
            if process.is_alive():  # pragma: no cover - a read stuck for 10 s after the merge ended
                process.kill()
                process.join()


def _work(paths: list[Path], master: Path, mine: int, pipes: list[tuple[Any, Any]], parent: int) -> None:
    """A worker: read ``paths`` in turn, sending each outcome (pickled; None when it cannot be, or
    when reading raised something unexpected, so the merge reads that file itself and meets the
    same error as without workers)."""
    _worker_started(parent)
    for j, (r, w) in enumerate(pipes):
        r.close()
        if j != mine:
            w.close()
    out = pipes[mine][1]
    try:
        for path in paths:
            try:
                data = pickle.dumps(read_one(path, master), protocol=pickle.HIGHEST_PROTOCOL)
            except Exception:
                data = pickle.dumps(None)
            out.send_bytes(data)
    except OSError:  # BrokenPipeError: the merge has stopped taking outcomes
        pass
    finally:
        out.close()


def _worker_started(parent: int) -> None:
    """In a worker: die with the merge (a ``kill -9`` of it must leave no reader behind), and leave
    Ctrl-C to the merge, which stops the workers itself."""
    import ctypes
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # pragma: no cover - not Linux's C library
        pass
    if os.getppid() != parent:  # the merge died before prctl took effect
        os._exit(1)
