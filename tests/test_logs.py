"""The log file follows the user data folder, so the error dialog names the file that was written."""

from __future__ import annotations

import logging

from workshop_app.host.logs import log_unexpected


def test_unexpected_errors_go_to_the_named_log_file(tmp_path, monkeypatch):
    for n in (1, 2):
        monkeypatch.setenv("WORKSHOP_APP_HOME", str(tmp_path / f"home{n}"))
        try:
            raise RuntimeError(f"boom {n}")
        except RuntimeError as exc:
            where = log_unexpected(exc)
        logging.getLogger().handlers[-1].flush()
        assert where == tmp_path / f"home{n}" / "workshop-app.log"
        assert f"boom {n}" in where.read_text(encoding="utf-8")
