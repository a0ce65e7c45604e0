"""``workshop-app results``: the analysis of a session file as a plain-text table or JSON."""

from __future__ import annotations

import click

from ..analysis.api import analyse_many, analyse_question, analyse_session
from ..analysis.ranking import BOOTSTRAP_RESAMPLES
from ..analysis.results import results_to_json
from ..analysis.text import format_results_text
from ..domain.errors import WorkshopError
from ..domain.messages import record_word


def _pick(kind: str, wanted: str, ids: list[str], where: str) -> str:
    """The one id equal to ``wanted`` or, failing that, the one starting with it."""
    if wanted in ids:
        return wanted
    matches = [i for i in ids if i.startswith(wanted)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise WorkshopError(code="cli.no_such_id", params={"kind": record_word(kind), "wanted": wanted, "where": where})
    raise WorkshopError(code="cli.ambiguous_id",
                       params={"wanted": wanted, "count": len(matches), "kind": record_word(kind), "where": where})


@click.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--session", "session_id", help="Only this session (its id, or the start of it).")
@click.option("--question", "question_id", help="Only this question (its id, or the start of it).")
@click.option("--by", help="Break down by stakeholder_group, country, or a participant attribute (e.g. region).")
@click.option("--min-group-size", default=3, show_default=True, type=click.IntRange(min=1),
              help="Groups smaller than this are folded into “Other”, never shown alone.")
@click.option("--seed", default=0, show_default=True, help="Seed of the bootstrap: same seed, same intervals.")
@click.option("--bootstrap", default=BOOTSTRAP_RESAMPLES, show_default=True, type=click.IntRange(min=0),
              help="Bootstrap resamples for the intervals of Borda positions (0 to skip).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
def results(file: str, session_id: str | None, question_id: str | None, by: str | None, min_group_size: int,
            seed: int, bootstrap: int, as_json: bool) -> None:
    """Rankings, scores and comment counts of FILE.

    One session: every question of it. Several sessions and no --session: the framework
    priorities ranked across all of them (options matched by framework key), by stakeholder
    group, event and country. The methods are described in docs/analysis.md.
    """
    from ..storage import open_readonly

    name = click.format_filename(file)
    with open_readonly(file) as sf:
        breaks = sf.rule_breaks()
        if breaks:  # never leave a ballot out silently
            raise WorkshopError(code="cli.results_rule_breaks",
                               params={"name": name, "count": len(breaks), "problem": breaks[0]})
        sessions = sf.sessions()
        if session_id is not None:
            chosen = [_pick("sessions", session_id, [s.id for s in sessions], name)]
        else:
            chosen = [s.id for s in sessions]
        if not chosen:
            raise WorkshopError(code="cli.no_session", params={"name": name})
        datas = [sf.load_session(sid) for sid in chosen]

    options = {"by": by, "min_group_size": min_group_size, "seed": seed, "bootstrap": bootstrap}
    if question_id is not None:
        by_question = {q.id: d for d in datas for q in d.questions if not q.deleted}
        qid = _pick("questions", question_id, list(by_question), name)
        data = by_question[qid]
        question = next(q for q in data.questions if q.id == qid)
        result = analyse_question(question, data.options_of(qid), data.ballots_of(qid), data.participants,
                                  comments=data.comments, **options)
    elif len(datas) == 1:
        result = analyse_session(datas[0], **options)
    else:
        result = analyse_many(datas, **options)
    click.echo(results_to_json(result) if as_json else format_results_text(result))
