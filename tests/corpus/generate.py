"""Generate the hostile input corpus: strings and files that every entry point must survive.

    python tests/corpus/generate.py OUTDIR

Nothing generated is committed: the tests call :func:`generate` into a temporary folder.
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import struct
import sys
import zipfile
from pathlib import Path

from workshop_app.domain import Ballot, Comment, Participant
from workshop_app.samples.templates import create_from_template
from workshop_app.storage import SessionFile, handover


def hostile_strings() -> dict[str, str]:
    controls = "".join(chr(c) for c in list(range(0x00, 0x20)) + [0x7F] + list(range(0x80, 0xA0)))
    return {
        "controls": f"start{controls}end",
        "nul": "before\x00after",
        "lone_surrogates": "high \ud800 low \udfff",
        "nonchars": "\ufffe\uffff\U0001fffe",
        "zero_width": "zero\u200bwidth\u200c\u200d\ufeffjoin",
        "bidi_override": "\u202eevil\u202c \u2066iso\u2069 \u200fRTL mark",
        "mixed_scripts": "住房 السكن اللائق Logement 🏠🌍 👩🏽‍🤝‍👩🏻 Ελληνικά Русский",
        "arabic": "نحن بحاجة إلى تمويل أكثر للمدن الوسيطة وخاصة في أفريقيا",
        "chinese": "我们需要为中等城市提供更多资金，特别是在非洲。",
        "sql": "'); DROP TABLE comments; -- \" OR 1=1; ATTACH DATABASE '/tmp/x' AS x;",
        "formula": "=HYPERLINK(\"http://evil\",\"click\")",
        "formula_plus": "+cmd|' /C calc'!A0",
        "formula_minus": "-2+3",
        "formula_at": "@SUM(A1:A9)",
        "formula_tab": "\t=1+1",
        "html": "<script>alert(1)</script><b>bold</b>&amp;&lt;",
        "xml": "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'b'>]>&a;",
        "long_word": "x" * 100_000,
        "one_megabyte": ("Lorem ipsum dolor sit amet, 住房 السكن. " * 26_000)[:1_000_000],
        "newlines": "line1\r\nline2\rline3\n\n\nline4\u2028line5\u2029",
        "whitespace_only_around": "   \t padded \t   ",
        "emoji_only": "😀" * 500,
    }


def good_file(path: Path, *, sealed: bool = True) -> Path:
    """A small valid file whose comments hold every hostile string."""
    work = path.with_name(path.stem + ".work.workshop")
    with SessionFile.create(work) as sf:
        session = create_from_template(sf, "unhabitat-2026", title="Corpus 住房 السكن")
        data = sf.load_session(session.id)
        q = next(q for q in data.questions if q.kind == "ranking")
        opts = data.options_of(q.id)
        people = [sf.save(Participant(session=session.id, name=name, organisation=name[:50],
                                      stakeholder_group="civil_society", consent_named=True))
                  for name in ("=1+1", "علي", "王芳", "<b>x</b>")]
        for i, p in enumerate(people):
            sf.save(Ballot(session=session.id, question=q.id, participant=p.id,
                           ranking=[[opts[(i + k) % len(opts)].id] for k in range(3)]))
        for name, text in hostile_strings().items():
            sf.save(Comment(session=session.id, question=q.id, option=opts[0].id, text=text, tags=[name[:20]],
                            swot="threat", starred=name == "arabic"))
        if sealed:
            handover(sf, path)
    if not sealed:
        shutil.copyfile(work, path)
    work.unlink()
    return path


def _with_sql(src: Path, dest: Path, *statements: str) -> Path:
    shutil.copyfile(src, dest)
    conn = sqlite3.connect(dest)
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()
    return dest


def bad_files(out: Path) -> dict[str, Path]:
    """Every kind of broken or foreign file; names say what each is."""
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(1)
    good = good_file(out / "good.workshop")
    data = good.read_bytes()
    files: dict[str, Path] = {}

    def put(name: str, content: bytes) -> None:
        (out / name).write_bytes(content)
        files[name] = out / name

    put("empty.workshop", b"")
    put("garbage.workshop", bytes(rng.getrandbits(8) for _ in range(20_000)))
    put("text.workshop", "just some text, 中文\n".encode() * 100)
    put("header_only.workshop", data[:100])
    for cut in (50, 1024, 4096, len(data) // 2, len(data) - 1):
        put(f"truncated_{cut}.workshop", data[:cut])
    for pos in (20, 100, 4096 + 8, len(data) // 2, len(data) - 20):
        flipped = bytearray(data)
        flipped[pos] ^= 0xFF
        put(f"flipped_{pos}.workshop", bytes(flipped))
    huge = bytearray(data)
    huge[28:32] = struct.pack(">I", 2**31 - 1)  # header claims two billion pages
    put("huge_page_count.workshop", bytes(huge))
    files["wrong_app_id"] = _with_sql(good, out / "wrong_app_id.workshop", "PRAGMA application_id = 42")
    files["newer_schema"] = _with_sql(good, out / "newer_schema.workshop", "PRAGMA user_version = 99")
    files["extra_trigger"] = _with_sql(
        good, out / "extra_trigger.workshop",
        "CREATE TRIGGER t AFTER INSERT ON comments BEGIN DELETE FROM comments; END")
    files["extra_view"] = _with_sql(
        good, out / "extra_view.workshop", "CREATE VIEW v AS SELECT load_extension('evil') AS x")
    files["extra_table"] = _with_sql(good, out / "extra_table.workshop", "CREATE TABLE extra (x)")
    files["extra_column"] = _with_sql(good, out / "extra_column.workshop",
                                      "ALTER TABLE comments ADD COLUMN sneaky TEXT")
    files["tampered"] = _with_sql(good, out / "tampered.workshop", "UPDATE comments SET text = 'forged'")
    files["plain_sqlite"] = _with_sql(good, out / "plain_sqlite.workshop", "PRAGMA application_id = 0",
                                      "PRAGMA user_version = 0")
    # A -wal without its database, and a database whose -wal is garbage.
    (out / "orphan").mkdir(exist_ok=True)
    put("orphan/lonely.workshop-wal", bytes(rng.getrandbits(8) for _ in range(5000)))
    files["missing_with_wal"] = out / "orphan" / "lonely.workshop"
    shutil.copyfile(good, out / "garbage_wal.workshop")
    (out / "garbage_wal.workshop-wal").write_bytes(bytes(rng.getrandbits(8) for _ in range(5000)))
    files["garbage_wal"] = out / "garbage_wal.workshop"
    # Interchange documents and sheets.
    put("broken.json", b'{"format": "workshop-app/1", "sessions": [')
    put("deep.json", b"[" * 200_000)
    put("wrong_types.json", json.dumps({"format": "workshop-app/1", "sessions": [{"id": 5, "title": []}]}).encode())
    put("foreign.json", json.dumps({"hello": "world"}).encode())
    put("huge_number.json", b'{"format": "workshop-app/1", "sessions": [{"id": "s", "title": "t", '
                            b'"questions": [{"id": "q", "kind": "points", "budget": 1e999}]}]}')
    put("garbage.xlsx", bytes(rng.getrandbits(8) for _ in range(3000)))
    put("garbage.docx", bytes(rng.getrandbits(8) for _ in range(3000)))
    put("garbage.csv", bytes(rng.getrandbits(8) for _ in range(3000)))
    zb = out / "zipbomb.docx"
    with zipfile.ZipFile(zb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"\0" * (200 * 1024 * 1024))
    files["zipbomb.docx"] = zb
    put("formula.csv", b"name,organisation,stakeholder group,country\n=1+1,@SUM(A1),+x,-y\n")
    return files


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "corpus-out")
    for name, path in bad_files(target).items():
        print(f"{name:24} {path}")
