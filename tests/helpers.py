"""Small builders shared by the storage and CLI tests."""

from __future__ import annotations

from pathlib import Path

from workshop_app.domain import Ballot, Comment, Participant
from workshop_app.samples.templates import create_from_template
from workshop_app.storage import SessionFile


def filled_file(path: Path, *, comments: int = 3) -> tuple[SessionFile, str]:
    """A file from the shipped template with two participants, a ranking ballot and comments (left open)."""
    sf = SessionFile.create(path)
    session = create_from_template(sf, "unhabitat-2026", title="Test dialogue", city="Nairobi")
    data = sf.load_session(session.id)
    ranking_q = next(q for q in data.questions if q.kind == "ranking")
    opts = data.options_of(ranking_q.id)
    ana = sf.save(Participant(session=session.id, name="Ana Souza", organisation="UN-Habitat",
                              stakeholder_group="un_system", country="Brazil", consent_named=True))
    sf.save(Participant(session=session.id, seat="Table 3, seat 2", stakeholder_group="member_state"))
    sf.save(Ballot(session=session.id, question=ranking_q.id, participant=ana.id,
                   ranking=[[opts[2].id], [opts[0].id, opts[1].id]]))
    for i in range(comments):
        sf.save(Comment(session=session.id, question=ranking_q.id, option=opts[i % len(opts)].id,
                        participant=ana.id, text=f"Comment {i}: 住房 السكن", swot="strength", tags=["housing"]))
    return sf, session.id


def demo_file(path: Path) -> Path:
    """The demo session (40 participants, 150 comments) in a new file at ``path``."""
    from workshop_app.samples.demo import build_demo

    with SessionFile.create(path) as sf:
        build_demo(sf)
    return path


def export_docx(source: Path, output: Path, *args: str) -> Path:
    """``workshop-app export SOURCE --format docx -o OUTPUT ARGS…``, as a user runs it; fails the test on refusal."""
    from click.testing import CliRunner

    from workshop_app.cli import cli

    result = CliRunner().invoke(cli, ["export", str(source), "--format", "docx", "-o", str(output), *args],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return output


def as_version_3(source: Path, out: Path) -> None:
    """``out``: ``source`` as version 3 wrote it. Version 4 only added the consolidations table, so
    a file without a consolidation is the same content (and keeps its seal) without that table."""
    import sqlite3

    src, dst = sqlite3.connect(source), sqlite3.connect(out)
    src.backup(dst)
    src.close()
    assert dst.execute("SELECT count(*) FROM consolidations").fetchone()[0] == 0
    dst.execute("DROP TABLE consolidations")
    dst.execute("DELETE FROM _sqlite_migrations WHERE name = 'm004_consolidations'")
    dst.execute("PRAGMA user_version = 3")
    dst.commit()
    dst.execute("PRAGMA journal_mode = DELETE")
    dst.close()

