"""The controller's cached session, patched after each commit, always equals a fresh read of the file."""

from __future__ import annotations

import copy
import random

from workshop_app.domain.model import Ballot, Comment, Participant, Question


def fresh(controller):
    return controller.file.load_session(controller.session_id)


def same(controller) -> None:
    cached, disk = controller.session_data(), fresh(controller)
    for name in ("participants", "ballots", "comments", "questions", "key_messages"):
        assert [(r.id, r.rev, r.hash) for r in getattr(cached, name)] == \
               [(r.id, r.rev, r.hash) for r in getattr(disk, name)], name
    assert cached.session.hash == disk.session.hash


def test_patched_cache_matches_the_file_through_edits_deletes_undo_and_redo(controller):
    rng = random.Random(7)
    sid = controller.session_id
    data = controller.session_data()
    ranking = next(q for q in data.questions if q.kind == "ranking")
    opts = data.options_of(ranking.id)
    for step in range(60):
        data = controller.session_data()
        action = rng.choice(["comment", "edit", "delete", "person", "ballot", "undo", "redo", "question"])
        if action == "comment":
            controller.save(Comment(session=sid, text=f"comment {step} 住房"))
        elif action == "edit" and data.comments:
            c = copy.deepcopy(rng.choice(data.comments))
            c.text += " (edited)"
            controller.save(c)
        elif action == "delete" and data.comments:
            controller.delete(rng.choice(data.comments))
        elif action == "person":
            controller.save(Participant(session=sid, name=f"Person {step}"))
        elif action == "ballot":
            controller.save(Ballot(session=sid, question=ranking.id, ranking=[[rng.choice(opts).id]]))
        elif action == "undo" and controller.undo_stack.canUndo():
            controller.undo_stack.undo()
        elif action == "redo" and controller.undo_stack.canRedo():
            controller.undo_stack.redo()
        elif action == "question":
            q = copy.deepcopy(rng.choice(data.questions))
            q.prompt += "!"
            controller.save(q)
        same(controller)
    assert isinstance(controller.session_data().questions[0], Question)


def test_cached_records_are_copies(controller):
    c = Comment(session=controller.session_id, text="original")
    controller.save(c)
    c.text = "changed after saving"
    assert controller.session_data().comments[-1].text == "original"
