"""Session templates: the shipped UN-Habitat strategic-plan framework, or any existing file.

A template gives a new session its questions and options (with framework keys) and the framework
itself. The framework keeps its id across files, so every venue's P3 is the same priority at
headquarters; questions and options get fresh ids, since each session asks its own.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from ..domain.errors import UnusableFileError
from ..domain.messages import ENGLISH as ENGLISH_TEXTS
from ..domain.messages import render
from ..domain.model import Framework, FrameworkItem, Option, Question, Session, new_id
from ..storage import SessionFile, open_readonly
from ..storage.interchange import parse_document

BUILTIN = ("unhabitat-2026",)

# Fixed so that every laptop's copy of the framework is one record at headquarters.
FRAMEWORK_ID = "5f1c9a3e-2026-4029-9a1b-77173a0f0001"

PRIORITIES = [
    ("P1", "Universal access to adequate, safe and affordable housing", {
        "fr": "Accès universel à un logement convenable, sûr et abordable",
        "es": "Acceso universal a una vivienda adecuada, segura y asequible",
        "ru": "Всеобщий доступ к достаточному, безопасному и доступному по цене жилью",
        "zh": "普遍获得适足、安全和负担得起的住房",
        "ar": "حصول الجميع على سكن لائق وآمن وميسور التكلفة",
    }),
    ("P2", "Inclusive urban prosperity and finance", {
        "fr": "Prospérité et financement urbains inclusifs",
        "es": "Prosperidad y financiación urbanas inclusivas",
        "ru": "Инклюзивное городское процветание и финансирование",
        "zh": "包容性城市繁荣和融资",
        "ar": "الازدهار الحضري الشامل والتمويل",
    }),
    ("P3", "Effective climate action and environmental sustainability", {
        "fr": "Action climatique efficace et durabilité environnementale",
        "es": "Acción climática eficaz y sostenibilidad ambiental",
        "ru": "Эффективные меры в области климата и экологическая устойчивость",
        "zh": "有效的气候行动和环境可持续性",
        "ar": "العمل المناخي الفعال والاستدامة البيئية",
    }),
    ("P4", "Multilevel governance and localisation of the Sustainable Development Goals", {
        "fr": "Gouvernance à plusieurs niveaux et localisation des objectifs de développement durable",
        "es": "Gobernanza multinivel y localización de los Objetivos de Desarrollo Sostenible",
        "ru": "Многоуровневое управление и локализация целей в области устойчивого развития",
        "zh": "多层级治理和可持续发展目标本地化",
        "ar": "الحوكمة المتعددة المستويات وتوطين أهداف التنمية المستدامة",
    }),
    ("P5", "Effective urban crisis response and recovery", {
        "fr": "Réponse efficace aux crises urbaines et relèvement",
        "es": "Respuesta eficaz a las crisis urbanas y recuperación",
        "ru": "Эффективное реагирование на городские кризисы и восстановление",
        "zh": "有效的城市危机应对和恢复",
        "ar": "الاستجابة الفعالة للأزمات الحضرية والتعافي منها",
    }),
]

ENTRY_POINT_KEYS = ("E1", "E2", "E3")
SWOT_KEYS = ("strength", "weakness", "opportunity", "threat")
ENTRY_POINTS = [render(f"framework.entry_point.{k}") for k in ENTRY_POINT_KEYS]  # English, the framework's own
SWOT_PROMPTS = {k: render(f"framework.swot.{k}") for k in SWOT_KEYS}


def framework_text(key: str, language: str = "en") -> str:
    """A text of the framework template in ``language`` (catalogue ``framework.*``; English fallback)."""
    return render(f"framework.{key}", language=language)


TEMPLATE_LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")


def template_text(text: str, kind: str, language: str) -> str:
    """``text`` (a question's prompt; an entry point's label when ``kind`` is ``E1``..``E3``) in
    ``language`` when it is the framework template's own text in any of the six languages, as the
    template asked it; anything a person wrote or changed stays as it is."""
    key = f"entry_point.{kind}" if kind in ENTRY_POINT_KEYS else f"prompt.{kind}"
    if f"framework.{key}" not in ENGLISH_TEXTS:
        return text
    asked = {framework_text(key, lang) for lang in TEMPLATE_LANGUAGES}
    return framework_text(key, language) if text.strip() in asked else text


AUDIENCES = [
    "Member States and their designated experts",
    "UN system entities and other multilateral organisations",
    "Civil society organisations, professional associations and academia",
]


def unhabitat_framework() -> Framework:
    return Framework(
        id=FRAMEWORK_ID,
        code="UNH-SP-2026-2029",
        version="2024-02",
        title="UN-Habitat strategic plan 2026–2029: priority framework (GA resolution 77/173)",
        language="en",
        items=[FrameworkItem(key=k, label=label, translations=tr) for k, label, tr in PRIORITIES],
        entry_points=list(ENTRY_POINTS),
        swot_prompts=dict(SWOT_PROMPTS),
        audiences=list(AUDIENCES),
    )


def framework_questions(session_id: str, framework: Framework, language: str = "en") -> list[tuple[Question, list[Option]]]:
    """The template's questions: rank the five priorities, share 100 points, rate the entry points, SWOT."""

    def label(item: FrameworkItem) -> str:
        return item.translations.get(language) or item.label

    def priority_options(qid: str) -> list[Option]:
        return [Option(question=qid, key=i.key, label=label(i), position=n) for n, i in enumerate(framework.items)]

    out = []
    q = Question(session=session_id, kind="ranking", position=0,
                 prompt=framework_text("prompt.ranking", language))
    out.append((q, priority_options(q.id)))
    q = Question(session=session_id, kind="points", position=1, budget=100,
                 prompt=framework_text("prompt.points", language))
    out.append((q, priority_options(q.id)))
    q = Question(session=session_id, kind="rating", position=2, scale_min=1, scale_max=5,
                 prompt=framework_text("prompt.rating", language))
    out.append((q, [Option(question=q.id, key=f"E{n + 1}", label=_entry_point(framework, n, language), position=n)
                    for n in range(len(framework.entry_points))]))
    q = Question(session=session_id, kind="open", position=3,
                 prompt=framework_text("prompt.open", language))
    out.append((q, []))
    return out


def _entry_point(framework: Framework, n: int, language: str) -> str:
    """The framework's n-th entry point, in ``language`` when it is the shipped framework's own text."""
    text = framework.entry_points[n]
    if n < len(ENTRY_POINT_KEYS) and text == ENTRY_POINTS[n]:
        return framework_text(f"entry_point.{ENTRY_POINT_KEYS[n]}", language)
    return text


def create_from_template(sf: SessionFile, template: str, *, title: str | None = None, **details: str) -> Session:
    """Add a new session to ``sf`` from a shipped template name or a .workshop/.json file."""
    if template in BUILTIN:
        return _from_builtin(sf, title=title, **details)
    path = Path(template)
    if not path.exists():
        raise UnusableFileError(code="template.unknown", params={"template": template, "choices": BUILTIN})
    if path.suffix.lower() == ".json":
        records = parse_document(path.read_bytes())
        frameworks = [r for r in records if isinstance(r, Framework)]
        sessions = [r for r in records if isinstance(r, Session) and not r.deleted]
        questions = [r for r in records if isinstance(r, Question) and not r.deleted]
        options = [r for r in records if isinstance(r, Option) and not r.deleted]
    else:
        with open_readonly(path) as src:
            frameworks = src.frameworks()
            sessions = src.sessions()
            questions = src.all(Question)
            options = src.all(Option)
    if not sessions:
        raise UnusableFileError(code="template.no_session", params={"name": path.name})
    first = sessions[0]
    qs = sorted((q for q in questions if q.session == first.id), key=lambda q: q.position)
    session = Session(title=title or first.title, language=first.language, framework=first.framework,
                      audience=first.audience, **details)
    records: list = []
    for f in frameworks:
        if sf.get(Framework, f.id) is None:
            records.append(dataclasses.replace(f, rev=0, chain=[]))
    records.append(session)
    for q in qs:
        nq = dataclasses.replace(q, id=new_id(), session=session.id, rev=0, chain=[])
        records.append(nq)
        for o in sorted((o for o in options if o.question == q.id), key=lambda o: o.position):
            records.append(dataclasses.replace(o, id=new_id(), question=nq.id, rev=0, chain=[]))
    sf.save_all(records)
    return session


def _from_builtin(sf: SessionFile, *, title: str | None, language: str = "en", **details: str) -> Session:
    framework = sf.get(Framework, FRAMEWORK_ID) or unhabitat_framework()
    session = Session(title=title or framework_text("session_title", language), framework=framework.id,
                      language=language, **details)
    records: list = [framework, session]
    for q, opts in framework_questions(session.id, framework, language):
        records.append(q)
        records.extend(opts)
    sf.save_all(records)
    return session
