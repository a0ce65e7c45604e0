"""Just enough Markdown for the methodology annex: headings, paragraphs, bullets, numbered lists,
simple tables, and **bold**, *italic* and `code` inside them. Links keep their text; anything else
is shown as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .wordxml import Run

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^\s*[-*+]\s+(.*)$")
_NUMBERED = re.compile(r"^\s*\d+[.)]\s+(.*)$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_INLINE = re.compile(r"(\*\*.+?\*\*|__.+?__|`[^`]+`|\*[^*\s][^*]*?\*|_[^_\s][^_]*?_)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")


@dataclass
class Block:
    kind: str  # heading, paragraph, bullet, number, table, code
    text: str = ""
    level: int = 0
    rows: list[list[str]] = field(default_factory=list)


def inline_runs(text: str) -> list[Run]:
    """Runs for one line of Markdown text: bold, italic; code and links as plain text."""
    text = _LINK.sub(r"\1", text)
    runs: list[Run] = []
    for piece in _INLINE.split(text):
        if not piece:
            continue
        if (piece.startswith("**") and piece.endswith("**")) or (piece.startswith("__") and piece.endswith("__")):
            runs.append(Run(piece[2:-2], bold=True))
        elif piece.startswith("`") and piece.endswith("`"):
            runs.append(Run(piece[1:-1]))
        elif len(piece) > 2 and piece[0] in "*_" and piece[-1] == piece[0]:
            runs.append(Run(piece[1:-1], italic=True))
        else:
            runs.append(Run(piece))
    return runs


def _cells(line: str) -> list[str]:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|"):
        line = line[:-1]
    return [c.strip() for c in line.split("|")]


def parse(text: str) -> list[Block]:
    blocks: list[Block] = []
    para: list[str] = []
    lines = text.splitlines()
    i = 0

    def end_paragraph() -> None:
        if para:
            blocks.append(Block("paragraph", " ".join(s.strip() for s in para)))
            para.clear()

    while i < len(lines):
        line = lines[i]
        if line.strip().startswith("```"):
            end_paragraph()
            i += 1
            while i < len(lines) and not lines[i].strip().startswith("```"):
                blocks.append(Block("code", lines[i]))
                i += 1
        elif not line.strip():
            end_paragraph()
        elif m := _HEADING.match(line):
            end_paragraph()
            blocks.append(Block("heading", m.group(2), level=len(m.group(1))))
        elif line.lstrip().startswith("|") and i + 1 < len(lines) and _TABLE_RULE.match(lines[i + 1]):
            end_paragraph()
            rows = [_cells(line)]
            i += 2
            while i < len(lines) and lines[i].strip().startswith("|"):
                rows.append(_cells(lines[i]))
                i += 1
            blocks.append(Block("table", rows=rows))
            continue
        elif m := _BULLET.match(line):
            end_paragraph()
            blocks.append(Block("bullet", m.group(1)))
        elif m := _NUMBERED.match(line):
            end_paragraph()
            blocks.append(Block("number", m.group(1)))
        elif line.startswith(("  ", "\t")) and blocks and blocks[-1].kind in ("bullet", "number") and not para:
            blocks[-1].text += " " + line.strip()
        else:
            para.append(line)
        i += 1
    end_paragraph()
    return blocks
