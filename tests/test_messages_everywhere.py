"""Core messages end to end (issue 12): every error the app raises below ui/ carries a code with an
English template, and the CLI renders it in the person's language (the GUI: tests/ui/test_messages_gui.py)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import workshop_app
from workshop_app.cli import main
from workshop_app.cli.language import cli_language
from workshop_app.domain import messages
from workshop_app.domain.errors import UnusableFileError, WorkshopError
from workshop_app.domain.messages import Message, more
from workshop_app.merge.report import SourceReport
from workshop_app.storage import SessionFile

SRC = Path(workshop_app.__file__).parent
CODED = ("WorkshopError", "UnusableFileError", "FileInUseError", "WriteFailedError", "ImportConflictError",
         "ValidationError", "ExportCancelled")
# How a code is written where it is used: code="…", invalid("…"), Message("…"), render("…"), more(n, "…").
CODE_USES = re.compile(r"""(?:\bcode(?::\s*str)?\s*=\s*|\binvalid\(|\bMessage\(|\brender\(|\bmore\(.*?,\s*)"""
                       r"""["']([a-z_]+\.[a-z0-9_.]+)["']""")

FRENCH = {
    "file.missing": "{name} n'existe pas.",
    "file.in_file": "{name} : {error}",
    "json.invalid": "Ce n'est pas du JSON valide ({reason}).",
    "merge.not_utf8": "{name} n'est pas du texte UTF-8, donc pas du JSON d'échange.",
    "list.and_more": " (et {count} de plus)",
}


@pytest.fixture
def french():
    messages.add_catalogue("fr", FRENCH)
    yield
    messages.remove_catalogue("fr")


def source_files() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if "catalogue" not in p.parts)


def codes_used() -> dict[str, list[str]]:
    used: dict[str, list[str]] = {}
    for path in source_files():
        for code in CODE_USES.findall(path.read_text(encoding="utf-8")):
            used.setdefault(code, []).append(str(path.relative_to(SRC)))
    return used


def test_every_code_used_in_the_source_has_an_english_template():
    used = codes_used()
    assert len(used) > 100  # the scan finds the codes (it would pass vacuously on an empty scan)
    missing = {code: where for code, where in used.items() if code not in messages.ENGLISH}
    assert not missing, f"codes without an English template: {missing}"


def test_every_english_template_is_used_somewhere():
    unused = set(messages.ENGLISH) - set(codes_used())
    # Also used: a code named as a literal elsewhere (refuse_untrusted(sf, "copy.export")), a family
    # looked up by key (f"record.{table}", f"check.count.{t}"), the framework template's texts.
    source = "\n".join(p.read_text(encoding="utf-8") for p in source_files())
    templates = (SRC / "samples" / "templates.py").read_text(encoding="utf-8")

    def used(code: str) -> bool:
        family = code.rsplit(".", 1)[0]
        if f'"{code}"' in source or f'f"{family}.{{' in source:
            return True
        return code.startswith("framework.") and (code.split(".", 1)[1] in templates
                                                  or family.split(".", 1)[1] in templates)

    unused = {c for c in unused if not used(c)}
    assert not unused, f"templates no code raises (remove them, or raise them): {sorted(unused)}"


def test_every_template_formats_with_the_names_it_asks_for():
    """A template naming a parameter that no raise site gives would fail only when raised: check the
    names each template asks for are plain identifiers, and that it formats with dummies."""
    from string import Formatter

    for code, template in messages.ENGLISH.items():
        names = {field for _, field, _, _ in Formatter().parse(template) if field}
        assert all(n.isidentifier() for n in names), code
        dummies = {n: 1 for n in names}
        template.format(**dummies)  # raises on a bad format spec


def test_no_error_below_ui_is_raised_with_an_english_sentence():
    """Below ui/, the app's errors are raised with a code: a sentence in the call is English only."""
    found = []
    for path in source_files():
        if "ui" in path.relative_to(SRC).parts:
            continue  # the UI's own sentences go through tr()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in CODED and node.args:
                found.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert not found, f"raised with a sentence instead of a code: {found}"


def test_a_nested_error_and_a_piece_render_in_the_same_language(french):
    inner = UnusableFileError(code="json.invalid", params={"reason": "line 1"})
    outer = UnusableFileError(code="file.in_file", params={"name": "note.json", "error": inner})
    assert str(outer) == "note.json: This is not valid JSON (line 1)."
    assert outer.render("fr") == "note.json : Ce n'est pas du JSON valide (line 1)."
    assert str(more(2)) == " (and 2 more)" and more(2).render("fr") == " (et 2 de plus)"
    assert more(0) == "" and Message("list.and_more", count=1) == more(1)


@pytest.mark.parametrize("argv, environ, expected", [
    (["--lang", "fr", "info", "x"], {"WORKSHOP_APP_LANG": "es", "LANG": "ru_RU.UTF-8"}, "fr"),
    (["--lang=fr-CA", "info"], {}, "fr"),
    (["info", "x", "--lang", "fr"], {}, "en"),  # after the command's name: not the group's option
    (["info"], {"WORKSHOP_APP_LANG": "es", "LANG": "ru_RU.UTF-8"}, "es"),
    (["info"], {"LANG": "fr_FR.UTF-8"}, "fr"),
    (["info"], {"LC_ALL": "C.UTF-8", "LANG": "fr_FR.UTF-8"}, "en"),
    ([], {}, "en"),
])
def test_the_cli_language_comes_from_lang_then_the_environment(argv, environ, expected):
    assert cli_language(argv, environ) == expected


def test_a_cli_error_comes_out_in_french(french, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("WORKSHOP_APP_LANG", raising=False)
    missing = tmp_path / "absent.workshop"
    with pytest.raises(SystemExit) as done:
        main(["--lang", "fr", "info", str(missing)])
    assert done.value.code == 2
    assert capsys.readouterr().err == "workshop-app: absent.workshop n'existe pas.\n"
    monkeypatch.setenv("WORKSHOP_APP_LANG", "fr")  # the same from the environment
    with pytest.raises(SystemExit):
        main(["info", str(missing)])
    assert capsys.readouterr().err == "workshop-app: absent.workshop n'existe pas.\n"
    with pytest.raises(SystemExit):  # and English when asked for
        main(["--lang", "en", "info", str(missing)])
    assert capsys.readouterr().err == "workshop-app: absent.workshop does not exist.\n"


def test_a_refused_merge_source_is_named_in_french(french, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("WORKSHOP_APP_LANG", raising=False)
    master = tmp_path / "master.workshop"
    SessionFile.create(master).close()
    bad = tmp_path / "latin1.json"
    bad.write_bytes("caf\xe9".encode("latin-1"))
    with pytest.raises(SystemExit):
        main(["--lang", "fr", "merge", str(master), str(bad)])
    err = capsys.readouterr().err
    assert "latin1.json: refused: latin1.json n'est pas du texte UTF-8, donc pas du JSON d'échange." in err


def test_a_merge_report_keeps_its_reason_in_english_and_its_code():
    item = SourceReport(path="a", name="a.workshop")
    item.set_reason("refused", WorkshopError(code="merge.not_utf8", params={"name": "a.json"}))
    assert item.reason == "a.json is not UTF-8 text, so not interchange JSON."
    assert item.reason_text("en") == item.reason
    data = item.to_dict()
    assert "why" not in data and data["reason"] == item.reason  # JSON-ready as before
