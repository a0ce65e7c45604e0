"""The sources of a merge, read ahead of it in worker processes where that is safe.

Reading and checking a source (the private copy, the checks on opening, the seal, every content
hash, the ballot validation) is a pure function of the file and was 60 % of a merge's CPU time;
the merge itself stays in this process, one transaction per file, in the order given. On Linux,
when this process has a single thread (the CLI; the GUI merges on a thread of its own), a few
forked worker processes read the next sources while this one merges (and reads too when it
would otherwise wait), at most :data:`LOOK_AHEAD` files of the workers and as many of its own
ahead of the merge (memory), and :func:`sources_in_order` hands out each source, or the reason
it is refused, in the order given. Everywhere else, or when ``WORKSHOP_MERGE_READERS=0``, each
source is read here just before it is merged, as before.

The merge cannot tell how a source was read: a worker returns exactly what :func:`read_one`
returns here (a :class:`Source` or the :class:`UnusableFileError` refusing it), and a source
whose worker died, or whose answer did not come back whole, is read here instead.

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
import queue
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..domain.errors import UnusableFileError
from . import sources
from .sources import Source

log = logging.getLogger(__name__)

LOOK_AHEAD = 4  # outcomes read by workers and not merged yet, at most (each is a file's rows in memory)
FIRST_PATIENCE = 0.05  # seconds the merge waits for a worker's file before reading it too, at first
MIN_PATIENCE = 0.005  # and afterwards twice its own slowest read, at least this
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
    try:
        ahead = _ReadAhead(paths, master, workers)
    except OSError as exc:  # no fork, no semaphore (/dev/shm): read here
        log.warning("could not start a reading process (%s); reading the files here", exc)
        yield (read_one(p, master) for p in paths)
        return
    try:
        yield iter(ahead)
    finally:
        ahead.close()


class _ReadAhead:
    """The files are taken in order from one shared counter, by the workers and by this process:
    when the merge wants file ``i`` and no worker has taken it yet, this process reads it itself
    (so the reading is shared out however fast each side goes). A worker takes a file only while
    fewer than :data:`LOOK_AHEAD` of its outcomes wait to be merged (memory), and sends each
    down its own pipe; this process unpickles an outcome on this thread when the merge wants it
    (no thread here to compete with the merge for the GIL). If a worker dies, or an outcome does
    not arrive whole, the workers are stopped and every file not yet received is read here."""

    def __init__(self, paths: list[Path], master: Path, workers: int):
        import multiprocessing  # here, not at the top: only a merge of several files in the CLI needs it

        context = multiprocessing.get_context("fork")
        self.paths, self.master = paths, master
        self.next = context.RawValue("l", 0)  # the next file nobody has taken
        self.lock = context.Lock()
        self.slots = context.Semaphore(LOOK_AHEAD)
        self.received: dict[int, bytes | Outcome] = {}  # a worker's outcome pickled, or one read here
        self.dropped: set[int] = set()  # files a worker has taken and this process has read itself
        self.slowest = 0.0  # the longest this process took to read a file itself
        pipes = [context.Pipe(duplex=False) for _ in range(workers)]
        shared = (paths, master, self.next, self.lock, self.slots, os.getpid())
        self.processes = [context.Process(target=_work, args=(*shared, k, pipes), name=f"merge-reader-{k}",
                                          daemon=True) for k in range(workers)]
        self.links: list[Any] = [r for r, _ in pipes]
        try:
            for process in self.processes:
                process.start()
        except BaseException:
            self.processes = [p for p in self.processes if p.pid is not None]
            self.close()  # the ones started stop at once
            raise
        finally:
            for _, w in pipes:
                w.close()

    def __iter__(self) -> Iterator[Outcome]:
        for i, path in enumerate(self.paths):
            outcome = self._take(i)
            yield outcome if outcome is not None else read_one(path, self.master)

    def _take(self, i: int) -> Outcome | None:
        """File ``i``'s outcome, or None when this process is to read it now. While a worker
        reads it, this process reads the next file nobody has taken rather than wait; with
        nothing of that kind left, it waits twice as long as its own slowest read took, then
        reads file ``i`` too (a worker that gets no core on a busy machine would hold up the
        merge) and drops the worker's copy when it comes."""
        from multiprocessing.connection import wait

        self._receive(wait(self.links, timeout=0))  # a worker waits while its outcome is not taken
        deadline = None
        while i not in self.received:
            if not self.links or self._claim(i) is not None:
                return None
            ready = wait(self.links, timeout=0)
            if not ready and len(self.received) < LOOK_AHEAD:
                j = self._claim(None)
                if j is not None:
                    start = time.perf_counter()
                    self.received[j] = read_one(self.paths[j], self.master)
                    self.slowest = max(self.slowest, time.perf_counter() - start)
                    continue
            if not ready:
                patience = max(MIN_PATIENCE, 2 * self.slowest) if self.slowest else FIRST_PATIENCE
                deadline = deadline or time.perf_counter() + patience
                ready = wait(self.links, timeout=max(0.0, deadline - time.perf_counter()))
                if not ready:
                    self.dropped.add(i)
                    return None
            self._receive(ready)
        return self._outcome(self.received.pop(i))

    def _outcome(self, outcome: bytes | Outcome) -> Outcome | None:
        if isinstance(outcome, bytes):  # a worker's
            self.slots.release()
            try:
                outcome = pickle.loads(outcome)
            except Exception:  # pragma: no cover - pickled by _work from read_one's outcome
                return None
        return outcome if isinstance(outcome, Source | UnusableFileError) else None

    def _receive(self, ready: list[Any]) -> None:
        """Take what the ready workers sent; if one died, stop them all (the rest is read here)."""
        try:
            for link in ready:
                message = link.recv_bytes()
                if not message:  # that worker found nothing left to take
                    self.links.remove(link)
                    link.close()
                elif (j := int.from_bytes(message[:8], "little")) in self.dropped:  # read here meanwhile
                    self.dropped.discard(j)
                    self.slots.release()
                else:
                    self.received[j] = message[8:]
        except Exception as exc:  # EOFError: a worker died; anything else: an outcome did not arrive whole
            log.warning("a reading process stopped (%s); reading the other files here", type(exc).__name__)
            self.close()

    def _claim(self, i: int | None) -> int | None:
        """Take file ``i`` for this process if no worker has taken it (every earlier file is
        taken), or with None the next file nobody has taken; the file taken, or None."""
        if not self.lock.acquire(timeout=5):  # pragma: no cover - a worker killed while holding it
            self.close()
            return i
        try:
            j = self.next.value if i is None else i
            if self.next.value > j or j >= len(self.paths):
                return None
            self.next.value = j + 1
            return j
        finally:
            self.lock.release()

    def close(self) -> None:
        """Stop the workers: no file left to take, a closed pipe ends each (a kill only if it hangs)."""
        if self.lock.acquire(timeout=5):
            self.next.value = len(self.paths)
            self.lock.release()
        for _ in self.processes:
            self.slots.release()  # wake a worker waiting for room
        for link in self.links:
            link.close()
        self.links = []
        self.received = {j: o for j, o in self.received.items() if not isinstance(o, bytes)}
        for process in self.processes:
            process.join(timeout=10)
            if process.is_alive():  # pragma: no cover - a read stuck for 10 s after the merge ended
                process.kill()
                process.join()


def _work(paths: list[Path], master: Path, next_: Any, lock: Any, slots: Any, parent: int, mine: int,
          pipes: list[tuple[Any, Any]]) -> None:
    """A worker: take the next file while there is room, read it, and hand its index and outcome
    (pickled; None when it cannot be, or when reading raised something unexpected, so the merge
    reads that file itself and meets the same error as without workers) to a thread that sends
    it, so the reading goes on while an outcome larger than the pipe waits to be taken."""
    _worker_started(parent)
    for j, (r, w) in enumerate(pipes):
        r.close()
        if j != mine:
            w.close()
    out = pipes[mine][1]
    outbox: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
    stopped = threading.Event()
    sender = threading.Thread(target=_send, args=(out, outbox, stopped), daemon=True)
    sender.start()
    try:
        while not stopped.is_set():
            slots.acquire()
            with lock:
                i = next_.value
                next_.value = min(i + 1, len(paths))
            if i >= len(paths) or stopped.is_set():
                break
            try:
                data = pickle.dumps(read_one(paths[i], master), protocol=pickle.HIGHEST_PROTOCOL)
            except Exception:
                data = pickle.dumps(None)
            outbox.put(i.to_bytes(8, "little") + data)
        outbox.put(b"")  # done (an end of file without it: a worker died)
    finally:
        outbox.put(None)
        sender.join()
        out.close()


def _send(out: Any, outbox: queue.SimpleQueue, stopped: threading.Event) -> None:
    try:
        while (message := outbox.get()) is not None:
            out.send_bytes(message)
    except OSError:  # BrokenPipeError: the merge has stopped taking outcomes
        stopped.set()


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
