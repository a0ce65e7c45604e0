"""The Qt-free session service: one validated transaction per write, then what changed, to every subscriber."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from workshop_app.domain.model import Ballot, Comment, Participant
from workshop_app.domain.rules import ValidationError
from workshop_app.samples.templates import create_from_template
from workshop_app.services import Changes, SessionService, find_open, service_for
from workshop_app.storage import SessionFile, open_readonly


@pytest.fixture
def opened(tmp_path: Path):
    sf = SessionFile.create(tmp_path / "venue.workshop")
    session = create_from_template(sf, "unhabitat-2026", title="Service")
    yield sf, session
    if not sf.closed:
        sf.close()


def file_bytes(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(path.parent.glob(path.name + "*"))}


def test_a_save_is_committed_before_subscribers_hear_of_it_and_outside_the_lock(opened):
    sf, session = opened
    service = service_for(sf)
    heard: list[tuple[Changes, int, bool]] = []

    def subscriber(changes: Changes) -> None:
        with open_readonly(sf.path) as fresh:  # on disk already
            on_disk = fresh.counts()["participants"]
        free = []  # another thread can take the file's lock: the write lock is not held now
        other = threading.Thread(target=lambda: free.append(sf.lock.acquire(timeout=5) and not sf.lock.release()))
        other.start()
        other.join()
        heard.append((changes, on_disk, free == [True]))

    service.subscribe(subscriber)
    p = service.save(Participant(session=session.id, name="Amina Diallo"), origin="phone")
    [(changes, on_disk, free)] = heard
    assert on_disk == 1 and free
    assert changes.origin == "phone" and changes.tables == {"participants"} and changes.ids == {p.id}
    assert changes.records[0].rev == 1 and changes.records[0] is not p and not changes.full_reload
    with pytest.raises(AttributeError):
        changes.origin = "gui"  # type: ignore[misc]  # frozen: one value shared by every subscriber


def test_a_write_that_breaks_a_rule_stores_and_publishes_nothing(opened):
    sf, session = opened
    service = service_for(sf)
    heard: list[Changes] = []
    service.subscribe(heard.append)
    q = next(q for q in sf.load_session(session.id).questions if q.kind == "ranking")
    before = file_bytes(sf.path)
    p = Participant(session=session.id, name="Wang Fang")
    bad = Ballot(session=session.id, question=q.id, participant=p.id, ranking=[["not-an-option"]])
    with pytest.raises(ValidationError):
        service.save_all([p, bad], origin="phone")  # all or nothing: the participant is not kept either
    assert heard == [] and sf.counts()["participants"] == 0 and file_bytes(sf.path) == before


def test_delete_restore_and_a_broken_subscriber(opened):
    sf, session = opened
    service = service_for(sf)
    heard: list[Changes] = []
    service.subscribe(lambda changes: 1 / 0)  # logged; the others are still told
    service.subscribe(heard.append)
    c = service.save(Comment(session=session.id, text="Transport first."), origin="phone")
    service.delete(c, origin="phone")
    assert sf.counts()["comments"] == 0
    back = service.restore(c, origin="phone")
    assert sf.counts()["comments"] == 1 and back.rev == 3
    assert [(ch.seq, ch.records[0].deleted) for ch in heard] == [(1, False), (2, True), (3, False)]


def test_a_bulk_operation_publishes_one_full_reload_only_when_it_wrote(opened):
    sf, session = opened
    service = service_for(sf)
    heard: list[Changes] = []
    service.subscribe(heard.append)
    assert service.run(lambda f: f.counts()["participants"], origin="import") == 0
    assert heard == []  # read only: nothing to tell

    def import_two(f: SessionFile) -> int:
        f.save_all([Participant(session=session.id, name=n) for n in ("A", "B")])
        raise RuntimeError("after the commit")

    with pytest.raises(RuntimeError):
        service.run(import_two, origin="import")
    [changes] = heard  # committed before it failed: told all the same
    assert changes.full_reload and changes.origin == "import" and "participants" in changes.tables


def test_writers_on_many_threads_are_serialised_and_numbered(opened):
    sf, session = opened
    service = service_for(sf)
    heard: list[Changes] = []
    service.subscribe(heard.append)  # list.append is atomic

    def writer(n: int) -> None:
        for i in range(15):
            service.save(Participant(session=session.id, name=f"P{n}-{i}"), origin="phone")

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    readings = [len(sf.load_session(session.id).participants) for _ in range(20)]  # reads meanwhile
    for t in threads:
        t.join()
    assert readings == sorted(readings)  # never a half-written picture, never one going back
    assert sf.counts()["participants"] == 60
    assert sorted(c.seq for c in heard) == list(range(1, 61))
    with open_readonly(sf.path) as fresh:
        assert fresh.counts()["participants"] == 60 and fresh.rule_breaks() == []


def test_a_second_writer_finds_the_open_files_service(opened):
    sf, _session = opened
    service = service_for(sf)
    assert service_for(sf) is service and find_open(sf.path) is service
    assert find_open(Path(str(sf.path.parent) + "/./" + sf.path.name)) is service
    assert isinstance(service, SessionService) and find_open(sf.path.with_name("other.workshop")) is None
    sf.close()
    assert find_open(sf.path) is None  # closed: a new writer opens it itself
