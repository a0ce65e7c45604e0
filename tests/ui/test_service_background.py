"""BackgroundTask: the one helper that runs slow work (import, merge) off the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from workshop_app.domain.errors import UnusableFileError
from workshop_app.ui.background import BackgroundTask


def test_work_runs_in_another_thread_and_answers_on_the_gui_thread(qtbot):
    gui = QThread.currentThread()
    ran_in: list = []
    heard: list = []

    def work(progress, cancelled):
        ran_in.append(threading.current_thread() is threading.main_thread())
        for i in range(3):
            progress(i, 3, f"step {i}")
        return "done"

    task = BackgroundTask(work)
    task.progressed.connect(lambda d, t, text: heard.append((d, text, QThread.currentThread() is gui)))
    task.succeeded.connect(lambda answer: heard.append((answer, QThread.currentThread() is gui)))
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    assert ran_in == [False]
    assert heard == [(0, "step 0", True), (1, "step 1", True), (2, "step 2", True), ("done", True)]
    assert not task.is_running()


def test_a_failure_is_one_sentence_and_cancel_is_asked_between_steps(qtbot):
    release = threading.Event()

    def refuse(progress, cancelled):
        raise UnusableFileError("venue.workshop is damaged and cannot be read.")

    refusing = BackgroundTask(refuse)
    sentences: list[str] = []
    refusing.failed.connect(sentences.append)
    with qtbot.waitSignal(refusing.finished, timeout=5000):  # the thread has ended: the task may go
        refusing.start()
    assert sentences == ["venue.workshop is damaged and cannot be read."]

    steps: list[int] = []

    def slow(progress, cancelled):
        for i in range(100):
            if cancelled():
                return steps
            steps.append(i)
            release.wait(5)
        return steps

    task = BackgroundTask(slow)
    answers: list = []
    task.succeeded.connect(answers.append)
    with qtbot.waitSignal(task.finished, timeout=10000):
        task.start()
        task.cancel()
        release.set()
    assert len(answers) == 1 and len(answers[0]) < 100 and not task.is_running()
