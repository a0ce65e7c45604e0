"""The widgets' translations (Qt's catalogue): extract, compile, check.

    python packaging/translations.py update    # every tr() string of src/ into resources/translations/*.ts
    python packaging/translations.py release [LANG...]   # compile the .ts into the .qm the app loads (committed)
    python packaging/translations.py todo LANG > todo.json      # unfinished strings, as JSON
    python packaging/translations.py apply LANG done.json       # write translations into the .ts
    python packaging/translations.py check     # CI: .ts up to date with the sources, every string
                                               # finished, .qm compiled from the current .ts

The .qm files are committed (they are small and the app must find them in an editable install, a
wheel and the frozen bundle alike); ``check`` fails when one is stale. Everything that is not a
widget's own text (core messages, analysis readings, the Word synthesis, the phone page, the
framework template) lives in the Qt-free catalogue instead: see docs/translations.md.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "workshop_app"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("ar", "zh_CN", "fr", "ru", "es")  # English is the source text
# English needs a catalogue of its own for the plural forms only ("%n ballots": "1 ballot", "2 ballots"):
# lupdate -pluralonly extracts just the strings with a count.
PLURAL_ONLY = ("en",)
ALL = LANGUAGES + PLURAL_ONLY


def ts_file(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"workshop_app_{language}.ts"


def qm_file(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"workshop_app_{language}.qm"


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} not found: it ships with PySide6-Essentials (pip install -e '.[test]')")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def update(folder: Path = FOLDER) -> None:
    """Run pyside6-lupdate over every module: new strings come in unfinished, vanished ones go."""
    folder.mkdir(parents=True, exist_ok=True)
    for language in ALL:
        only = ["-pluralonly"] if language in PLURAL_ONLY else []
        subprocess.run([_tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete", *only,
                        "-target-language", language, *sources(), "-ts", str(ts_file(language, folder))],
                       cwd=ROOT, check=True)


def release(folder: Path = FOLDER, out: Path | None = None, languages: tuple[str, ...] = ALL) -> None:
    for language in languages:
        subprocess.run([_tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts_file(language, folder)),
                        "-qm", str(qm_file(language, out or folder))], check=True)


def unfinished(path: Path) -> list[str]:
    """Source texts of ``path`` whose translation is missing, unfinished or empty (any plural form)."""
    out = []
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        tr = message.find("translation")
        forms = tr.findall("numerusform") if tr is not None else []
        texts = [f.text for f in forms] if forms else [tr.text if tr is not None else None]
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not all(texts):
            out.append(source)
    return out


def todo(language: str) -> list[dict]:
    """The unfinished messages of ``language``: context, source, comment, plural forms wanted."""
    out = []
    root = ET.parse(ts_file(language)).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is not None and tr.get("type") != "unfinished" and (tr.text or tr.findall("numerusform")):
                continue
            item = {"context": name, "source": message.findtext("source")}
            if message.findtext("comment"):
                item["comment"] = message.findtext("comment")
            if message.get("numerus") == "yes":
                item["plural_forms"] = len(tr.findall("numerusform")) if tr is not None else 1
            out.append(item)
    return out


def apply(language: str, done: list[dict]) -> int:
    """Write translations (items of :func:`todo` with a ``translation``: a string, or a list of
    plural forms) into the .ts of ``language``; returns how many were written. lupdate's own layout
    is kept: the file is rewritten by a text substitution per message, not re-serialised."""
    import html
    import re

    path = ts_file(language)
    text = path.read_text(encoding="utf-8")
    wanted = {(d["context"], d["source"]): d["translation"] for d in done if d.get("translation")}
    written = 0

    def fill(context: str, block: str) -> str:
        nonlocal written

        def one(m: re.Match) -> str:
            nonlocal written
            message = m.group(0)
            source = html.unescape(re.search(r"<source>(.*?)</source>", message, re.S).group(1))
            value = wanted.get((context, source))
            if value is None:
                return message
            written += 1
            if isinstance(value, list):
                indent = re.search(r"\n(\s*)<numerusform", message)
                pad = indent.group(1) if indent else "            "
                forms = "".join(f"\n{pad}<numerusform>{html.escape(v, quote=False)}</numerusform>" for v in value)
                body = f"<translation>{forms}\n{pad[:-4]}</translation>"
            else:
                body = f"<translation>{html.escape(value, quote=False)}</translation>"
            return re.sub(r"<translation[^>]*?(/>|>.*?</translation>)", lambda _: body, message, count=1, flags=re.S)

        return re.sub(r"<message[^>]*>.*?</message>", one, block, flags=re.S)

    def per_context(m: re.Match) -> str:
        block = m.group(0)
        name = html.unescape(re.search(r"<name>(.*?)</name>", block, re.S).group(1))
        return fill(name, block)

    text = re.sub(r"<context>.*?</context>", per_context, text, flags=re.S)
    path.write_text(text, encoding="utf-8")
    ET.parse(path)  # still well-formed
    return written


def check() -> list[str]:
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        for language in ALL:
            if ts_file(language).exists():
                shutil.copy(ts_file(language), ts_file(language, fresh))
        update(fresh)
        for language in ALL:
            if not ts_file(language).exists():
                problems.append(f"{ts_file(language).name} is missing: run `python packaging/translations.py update`")
                continue
            if ts_file(language, fresh).read_bytes() != ts_file(language).read_bytes():
                problems.append(f"{ts_file(language).name} is out of date with the sources: run "
                                "`python packaging/translations.py update`, translate, then `release`")
            left = unfinished(ts_file(language, fresh))
            if left:
                problems.append(f"{ts_file(language).name}: {len(left)} strings without a finished translation, "
                                f"e.g. {left[:3]}")
        compiled = fresh / "qm"
        compiled.mkdir()
        release(FOLDER, compiled)
        for language in ALL:
            if not qm_file(language).exists() or qm_file(language).read_bytes() != qm_file(language, compiled).read_bytes():
                problems.append(f"{qm_file(language).name} is not compiled from the current .ts: run "
                                "`python packaging/translations.py release`")
    return problems


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
    elif command == "release":
        release(languages=tuple(argv[1:]) or ALL)
    elif command == "todo":
        import json

        print(json.dumps(todo(argv[1]), ensure_ascii=False, indent=1))
    elif command == "apply":
        import json

        n = apply(argv[1], json.loads(Path(argv[2]).read_text(encoding="utf-8")))
        print(f"{n} translations written into {ts_file(argv[1]).name}; {len(todo(argv[1]))} still to do")
    elif command == "check":
        problems = check()
        for p in problems:
            print(p)
        return 1 if problems else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
