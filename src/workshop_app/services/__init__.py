"""The Qt-free session service: every write to an open session file goes through it (DESIGN §7).

One :class:`SessionService` per open :class:`~workshop_app.storage.SessionFile`. A writer — the
GUI controller, a GUI import, a merge into the open file, later the phone server — calls
:meth:`SessionService.save` / :meth:`~SessionService.save_all` / :meth:`~SessionService.delete` /
:meth:`~SessionService.restore` for records, or :meth:`SessionService.run` for a bulk operation
(import, merge) that writes through the storage layer in its own transactions. Validation is the
storage layer's (``SessionFile._save`` applies the domain rules); the service adds none of its own.

After the commit the service **publishes** one immutable :class:`Changes` (tables, record ids,
the stored records, origin, whether a full reload is needed, a sequence number) to every
subscriber. This is the shape of Anki's ``OpChanges`` (an operation returns what it changed) and
MNELAB's observer (a Qt-free model that tells its views).

Threading rule
--------------
* Any thread may write. The file's re-entrant lock (:attr:`SessionFile.lock`) is held for the
  whole write, so writes are serialised and a read never sees half of one: ``SessionFile``'s
  public reads take the same lock, and :meth:`SessionService.reading` holds it for several reads
  that must agree. The connection is opened with ``check_same_thread=False`` for that reason; the
  lock, not SQLite, keeps threads apart.
* Subscribers are called **after the commit, outside the lock**, on the writing thread. A
  subscriber that needs another thread (the Qt controller needs the GUI thread) hands the value
  over itself (a queued signal). Since two threads may publish at once, callbacks can arrive out
  of order: :attr:`Changes.seq` numbers commits in the order they reached the disk, so a
  subscriber that keeps a cache can tell a gap and reload.
* A subscriber must not write from its callback (it would publish again from inside a
  publication) and should return quickly; an exception in one is logged and the others still run.

A second writer in the same process must not open the file again (``SessionFile.open`` refuses a
file in use): :func:`service_for` gives the open file's service, and :func:`find_open` the
service of a path that is open in this process, if any.
"""

from .session import Changes, SessionService, find_open, service_for

__all__ = ["Changes", "SessionService", "find_open", "service_for"]
