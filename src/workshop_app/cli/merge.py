"""``workshop-app merge`` and ``workshop-app conflicts``: the staff's command line (no Qt here).

Exit status: 0 when every file merged without a conflict (or no conflict is open), 1 when some
file was refused or brought a conflict (or conflicts are open), 2 when the master is unusable or
every file given was refused (nothing could be merged). A refused file is also named on stderr.
"""

from __future__ import annotations

import json
import shutil
import sys
import textwrap
from pathlib import Path
from typing import Any

import click

from ..merge.report import MergeReport


@click.command()
@click.argument("master", type=click.Path(dir_okay=False))
@click.argument("sources", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--dry-run", is_flag=True, help="Show what each file would add, leave the master untouched.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--create", is_flag=True, help="Create MASTER (empty) if it does not exist yet.")
def merge(master: str, sources: tuple[str, ...], dry_run: bool, as_json: bool, create: bool) -> None:
    """Merge session files (.workshop), Word notes (.docx) or JSON exports into MASTER.

    Each file is checked first (a broken, foreign or tampered file is refused with the reason)
    and merged in its own transaction after a backup of MASTER; merging a file twice changes
    nothing, and a conflict is kept for review (`workshop-app conflicts MASTER`).
    """
    from ..merge.engine import merge_files
    from ..storage import SessionFile

    path = Path(master)
    if create and not path.exists() and not dry_run:
        SessionFile.create(path).close()
    report = merge_files(path, [Path(s) for s in sources], dry_run=dry_run)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        _print_report(report)
    for s in report.sources:
        if s.status in ("refused", "not merged"):
            click.echo(f"workshop-app: {s.name}: {s.status}: {s.reason}", err=True)
    sys.exit(report.exit_code)


def _print_report(report: MergeReport) -> None:
    head = "Dry run (nothing changed)" if report.dry_run else "Merged"
    click.echo(f"{head}: {len(report.sources)} file(s) into {report.master}")
    if report.backup:
        click.echo(f"  backup of the master before merging: {report.backup}")
    for s in report.sources:
        click.echo(f"  {s.summary()}")
        for sess in s.sessions:
            where = ", ".join(x for x in (sess.get("event"), sess.get("city"), sess.get("date")) if x)
            click.echo(f"      session “{sess.get('title')}”" + (f" ({where})" if where else ""))
        for note in s.notes:
            click.echo(f"      note: {note}")
    totals = report.totals()
    click.echo("  total: " + ", ".join(f"{n} {k.replace('_', '-')}" for k, n in totals.items()))
    refused = sum(1 for s in report.sources if s.status != "merged" and s.status != "previewed")
    if refused:
        click.echo(f"  {refused} file(s) were not merged; the master holds nothing of them.")
    if totals["conflicts"]:
        click.echo(f"  review the conflicts with: workshop-app conflicts {report.master}")


@click.command()
@click.argument("master", type=click.Path(dir_okay=False))
@click.option("--keep", "keep_id", metavar="ID", help="Resolve the conflict ID (or the start of it, 6+ characters).")
@click.option("--version", "which", type=click.Choice(["winner", "other"]),
              help="With --keep: keep the version shown (winner) or the other one.")
@click.option("--all-fields", is_flag=True, help="Show every field, not only those that differ.")
@click.option("--json", "as_json", is_flag=True, help="Print the open conflicts as JSON.")
def conflicts(master: str, keep_id: str | None, which: str | None, all_fields: bool, as_json: bool) -> None:
    """List MASTER's open merge conflicts, both versions side by side, or resolve one with --keep."""
    from ..domain.errors import WorkshopError
    from ..merge.conflicts import Readable, open_conflicts, resolve
    from ..storage import SessionFile, open_readonly

    if keep_id or which:
        if not (keep_id and which):
            raise WorkshopError("Give both --keep ID and --version winner|other to resolve a conflict.")
        with SessionFile.open(master) as sf:
            new = resolve(sf, keep_id, which)
            left = len(open_conflicts(sf))
        click.echo(f"Resolved: kept the {'version shown' if which == 'winner' else 'other version'} as a new "
                   f"version (revision {new.rev}) that descends from both. {left} conflict(s) still open.")
        return
    with open_readonly(master) as sf:
        found = open_conflicts(sf)
        if as_json:
            click.echo(json.dumps([c.to_dict() for c in found], ensure_ascii=False, indent=2))
        elif not found:
            click.echo(f"{master}: no open conflicts.")
        else:
            click.echo(f"{master}: {len(found)} open conflict(s).")
            readable = Readable(sf)
            for c in found:
                _print_conflict(c, all_fields, readable)
            click.echo("Resolve one with: workshop-app conflicts MASTER --keep ID --version winner|other")
    sys.exit(1 if found else 0)


def _print_conflict(c: Any, all_fields: bool, readable: Any) -> None:
    width = max(60, shutil.get_terminal_size((100, 20)).columns)
    name_w = 16
    col = (width - name_w - 6) // 2
    where = f" in “{c.session_title}”" if c.session_title else ""
    click.echo("")
    click.echo(f"conflict {c.id}: {c.what} {c.record_id}{where}")
    left = f"SHOWN (revision {c.winner.rev}{', from ' + c.winner.source if c.winner.source else ''})"
    right = f"OTHER (revision {c.other.rev}{', from ' + c.other.source if c.other.source else ''})"
    click.echo(f"  {'':<{name_w}}  {left[:col]:<{col}}  {right[:col]}")
    rows = c.fields if all_fields else c.differences
    for d in rows:
        a = textwrap.wrap(readable.text(d.field, d.winner), col) or [""]
        b = textwrap.wrap(readable.text(d.field, d.other), col) or [""]
        mark = "*" if d.winner != d.other else " "
        for i in range(max(len(a), len(b))):
            name = f"{mark}{d.field}" if i == 0 else ""
            click.echo(f"  {name[:name_w]:<{name_w}}  {(a[i] if i < len(a) else ''):<{col}}  {b[i] if i < len(b) else ''}")
