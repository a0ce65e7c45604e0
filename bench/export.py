"""Export benchmark: the Word synthesis of a big merged master, against bare python-docx.

    python bench/export.py [--sessions 50 --participants 2000 --comments 20000 --ballots 5000]

Builds a synthetic master (exports/sample.py), then times ``export --format docx`` end to end
(reading the file through a private copy, analysis, charts, writing, embedding the data, saving).
The floor is a bare python-docx script writing the same paragraphs, tables and pictures (taken
from the exported document) with style objects resolved once and rows added with
``add_row().cells``: the least any python-docx writer of that document costs. Targets: under
15 s, and at most 1.5 times the floor. Also times the Excel workbook of the same master.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.shared import Cm

from workshop_app.exports.command import export_other
from workshop_app.exports.document import template_path
from workshop_app.exports.sample import build_master
from workshop_app.storage import SessionFile, open_readonly

TARGET_SECONDS = 15.0
TARGET_RATIO = 1.5


def timed(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def blocks_of(path: Path) -> list[tuple]:
    """The exported document as (kind, ...) blocks: paragraphs, tables and pictures, in order."""
    document = docx.Document(str(path))
    styles = {s.style_id: s.name for s in document.styles}
    out: list[tuple] = []
    for block in document.element.body.iterchildren():
        if block.tag == qn("w:p"):
            blips = block.findall(".//" + qn("a:blip"))
            if blips:
                rid = blips[0].get(qn("r:embed"))
                out.append(("picture", document.part.related_parts[rid].blob))
                continue
            p = docx.text.paragraph.Paragraph(block, document)
            out.append(("paragraph", styles.get(block.style or "Normal", "Normal"), p.text))
        elif block.tag == qn("w:tbl"):
            table = docx.table.Table(block, document)
            out.append(("table", table.style.name if table.style else None,
                        [[c.text for c in row.cells] for row in table.rows]))
    return out


def bare_python_docx(blocks: list[tuple], out: Path) -> None:
    document = docx.Document(str(template_path()))
    styles = {s.name: s for s in document.styles}
    for block in blocks:
        if block[0] == "paragraph":
            document.add_paragraph(block[2], style=styles[block[1]])
        elif block[0] == "picture":
            document.add_picture(io.BytesIO(block[1]), width=Cm(15.5))
        else:
            rows = block[2]
            table = document.add_table(rows=0, cols=len(rows[0]))
            if block[1]:
                table.style = styles[block[1]]
            for values in rows:
                for cell, value in zip(table.add_row().cells, values, strict=True):
                    cell.text = value
    document.save(str(out))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=50)
    parser.add_argument("--participants", type=int, default=2000)
    parser.add_argument("--comments", type=int, default=20000)
    parser.add_argument("--ballots", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        folder = Path(tmp)
        master = folder / "master.workshop"
        with SessionFile.create(master) as sf:
            build_master(sf, sessions=args.sessions, participants=args.participants, comments=args.comments,
                         ballots=args.ballots)
            counts = sf.counts()
        print(f"master: {counts['sessions']} sessions, {counts['participants']} participants, "
              f"{counts['comments']} comments, {counts['ballots']} ballots")
        note = folder / "master.docx"

        def export_docx() -> None:
            with open_readonly(master) as sf:
                export_other(sf, "docx", note)

        def export_xlsx() -> None:
            with open_readonly(master) as sf:
                export_other(sf, "xlsx", folder / "master.xlsx")

        ours = timed(export_docx, args.repeat)
        blocks = blocks_of(note)
        paragraphs = sum(1 for b in blocks if b[0] == "paragraph")
        tables = sum(1 for b in blocks if b[0] == "table")
        pictures = sum(1 for b in blocks if b[0] == "picture")
        floor = timed(lambda: bare_python_docx(blocks, folder / "bare.docx"), args.repeat)
        workbook = timed(export_xlsx, 1)
        ratio = ours / floor
        print(f"document: {paragraphs} paragraphs, {tables} tables, {pictures} pictures, "
              f"{note.stat().st_size / 1e6:.1f} MB")
        print(f"export --format docx : {ours:6.2f} s   (target < {TARGET_SECONDS:.0f} s)")
        print(f"bare python-docx floor: {floor:6.2f} s   (same paragraphs, tables and pictures; no analysis)")
        print(f"ratio to the floor    : {ratio:6.2f} x (target <= {TARGET_RATIO} x)")
        print(f"export --format xlsx : {workbook:6.2f} s")
        ok = ours < TARGET_SECONDS and ratio <= TARGET_RATIO
        print("OK" if ok else "ABOVE TARGET")
        return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
