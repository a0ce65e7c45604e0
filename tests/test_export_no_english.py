"""The Word synthesis in French, Spanish, Russian, Chinese and Arabic has no English sentence left (issue 14).

For each language a demo-like session is held *in that language* (the framework template asks its
questions in it), a second venue likewise, and both are merged into a master as headquarters does.
The full note (methodology annex on), the short note and the master's consolidated note are read
whole: body, tables, headers, footers, footnotes, the charts' alternative text and the document's
properties (tests/word_english.py). What people typed (comments, names, organisations, titles,
venues, key messages) is taken out first; what is left must be the language's own.

Two runs of the same check:
- ``test_no_english_left`` with the real translations (``domain/catalogue/lang/<lang>.py`` and
  ``resources/methodology/<lang>.md``). It is skipped, saying why, only while a language's
  translations are not in the tree; its failure names each English paragraph.
- ``test_the_export_adds_no_english`` with a stand-in catalogue and annex in the language (no
  English in them by construction): everything else in the note is written by exports/ itself
  (headings, tables, captions, countries, dates, properties), so this run always holds.
"""

from __future__ import annotations

import importlib
import string
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.word_english import docx_texts, english_left
from workshop_app.analysis.groups import NOT_RECORDED_LABEL
from workshop_app.cli import cli
from workshop_app.domain import messages
from workshop_app.domain.catalogue import ENGLISH
from workshop_app.exports import annexes, charts, i18n, terms
from workshop_app.host.paths import resource
from workshop_app.samples.demo import build_sample
from workshop_app.storage import SessionFile, open_readonly

LANGUAGES = ("fr", "es", "ru", "zh", "ar")
VENUES = ("demo", "africa-urban-forum-2024")
NOTES = ("full", "short", "master")


def missing_translations(language: str) -> str | None:
    """Why the real translations of ``language`` cannot be checked yet (None: they can)."""
    texts = importlib.import_module(f"workshop_app.domain.catalogue.lang.{language}").TEXTS
    if not texts:
        return f"domain/catalogue/lang/{language}.py has no TEXTS yet (the {language} catalogue is not merged)"
    if not resource(f"methodology/{language}.md").is_file():
        return f"resources/methodology/{language}.md does not exist yet (the {language} annex is not merged)"
    return None


def run(*args) -> None:
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output


def write_notes(folder: Path, language: str, held_in: str | None = None) -> dict[str, Path]:
    """Two venues held in ``held_in`` (default ``language``), merged into a master; the three notes in
    ``language``, written with the CLI."""
    venues = []
    for which in VENUES:
        path = folder / f"{which}.workshop"
        with SessionFile.create(path) as sf:
            build_sample(sf, which, language=held_in or language)
        venues.append(path)
    master = folder / "master.workshop"
    run("new", master)
    run("merge", master, *venues)
    notes = {name: folder / f"{name}-{language}.docx" for name in NOTES}
    run("export", venues[0], "--format", "docx", "-o", notes["full"], "--methodology", "--language", language)
    run("export", venues[0], "--format", "docx", "-o", notes["short"], "--profile", "short", "--language", language)
    run("export", master, "--format", "docx", "-o", notes["master"], "--language", language)
    return notes


def typed_by_people(master: Path) -> list[str]:
    """Every text a person typed into the sessions: data, not the app's words."""
    out: list[str] = []
    with open_readonly(master) as sf:
        for s in sf.sessions():
            data = sf.load_session(s.id)
            out += [s.title, s.event, s.venue, s.city, s.audience, s.facilitator, s.rapporteur, s.notes]
            for p in data.participants:
                out += [p.name, p.organisation, p.seat]
            for c in data.comments:
                out += [c.text, *c.tags]
            out += [m.text for m in data.key_messages]
    return out


def _literals(template: str) -> list[str]:
    return [literal.strip(" .:;,()“”«»") for literal, *_ in string.Formatter().parse(template)]


def fixed_english(language: str) -> set[str]:
    """The app's own English texts of two words or more (a French note must not contain any),
    except those the language writes the same way."""
    english: set[str] = set()
    own: set[str] = set()
    k = i18n.LANGUAGES.index(language)
    six = [*i18n.TEXTS.values(), *terms.GROUPS.values(), *terms.SWOT.values(), *terms.SENTENCES.values(),
           *terms.W_BANDS]
    for texts in six:
        english.update(_literals(texts[0]))
        own.update(_literals(texts[k]))
    for words in charts.AXIS_WORDS.values():
        english.update(_literals(words["en"]))
        own.update(_literals(words.get(language, "")))
    for template in ENGLISH.values():
        english.update(_literals(template))
    english.add(NOT_RECORDED_LABEL)
    return {e for e in english - own if len(e.split()) >= 2 and "Workshop App" not in e}


def check(notes: dict[str, Path], language: str) -> None:
    data = typed_by_people(notes["master"].parent / "master.workshop")
    fixed = fixed_english(language) if language in ("fr", "es") else set()
    found = {name: english_left(docx_texts(path), language, data, fixed) for name, path in notes.items()}
    found = {name: left for name, left in found.items() if left}
    assert not found, f"English left in the {language} notes:\n" + "\n".join(
        f"  {name} note, {line}" for name, left in found.items() for line in left)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_english_left(language, tmp_path):
    reason = missing_translations(language)
    if reason:
        pytest.skip(reason)
    check(write_notes(tmp_path, language), language)


STAND_IN = {"fr": "texte du catalogue", "es": "texto del catálogo", "ru": "текст каталога", "zh": "目录文本",
            "ar": "نص الفهرس"}


@pytest.fixture
def stand_in_catalogue(monkeypatch):
    """The language's catalogue and methodology annex replaced by text that is surely not English."""

    def stand_in(language: str) -> None:
        word = STAND_IN[language]

        def template(english: str) -> str:
            fields = " ".join("{" + f + "}" for _, f, _, _ in string.Formatter().parse(english) if f)
            return f"{word} {fields}".strip()

        messages.remove_catalogue(language)
        messages.add_catalogue(language, {code: template(text) for code, text in ENGLISH.items()})
        annex = f"# {word}\n\n{word}.\n\n## {word}\n\n| {word} | {word} |\n|---|---|\n| {word} | 1 |\n"
        monkeypatch.setattr(annexes, "methods_markdown", lambda lang="en": (annex, lang))

    yield stand_in
    for language in LANGUAGES:
        messages.remove_catalogue(language)  # the real one loads again on next use


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_export_adds_no_english(language, tmp_path, stand_in_catalogue):
    stand_in_catalogue(language)
    check(write_notes(tmp_path, language), language)


@pytest.mark.parametrize("language", ["zh", "fr"])
def test_an_english_session_in_another_languages_note_asks_the_templates_questions_in_it(
        language, tmp_path, stand_in_catalogue):
    """Sessions held in English, notes in Chinese or French: the template's questions and entry points,
    the countries and the session's language are written in the note's language, not copied."""
    stand_in_catalogue(language)
    check(write_notes(tmp_path, language, held_in="en"), language)


def test_the_checker_finds_english():
    """The check itself: an English heading in a Chinese note, an English sentence in a French one."""
    from tests.word_english import english_sentence, latin_words, strip_data

    assert latin_words("各问题结果 Not recorded") == ["Not", "recorded"]
    prepared = "由 Workshop App 于 2026年12月3日 根据 demo.workshop 生成 (W = 0.41, p < 0.001)"
    assert latin_words(strip_data(prepared, [])) == []
    assert latin_words(strip_data("Kenya: Grace Wambui Kariuki", ["Grace Wambui Kariuki"])) == ["Kenya"]
    assert english_sentence("Résultats : the rankings of all dialogues are pooled.") is not None
    assert english_sentence("Sin datos", {"Not recorded"}) is None
    assert english_sentence("Groupe : Not recorded", {"Not recorded"}) == "Not recorded"
    assert english_sentence("Les classements de tous les dialogues sont regroupés.") is None
