"""The one chart module: matplotlib Figures for the screen and for the Word export.

No Qt and no pyplot here: every function builds a :class:`matplotlib.figure.Figure` directly, so
the GUI can embed it in a ``FigureCanvasQTAgg`` and the Word export can turn it into a PNG with
:func:`render_png`. The same figure, the same numbers, wherever it appears.

- Colours: the Okabe–Ito palette, safe for the common kinds of colour blindness.
- Fonts: a family list picked from what is installed (a Latin sans, Noto Sans CJK for Chinese,
  Noto Sans Arabic), so matplotlib falls back glyph by glyph and Chinese and Arabic labels show.
- Arabic: matplotlib 3.11 and later lay text out with libraqm (joined letters, right-to-left
  order), which is why the project requires it. Older matplotlib did neither: there, if
  ``arabic_reshaper`` and ``python-bidi`` are installed, labels holding Arabic are shaped and put
  in display order with them (chart labels only; the stored text is never changed).
- Right-to-left languages get mirrored bar charts: bars grow from the right, labels on the right.

Rcparams are applied with ``rc_context`` while a figure is built, never globally.
"""

from __future__ import annotations

import io
import logging
import re
import textwrap
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

import matplotlib
from matplotlib.figure import Figure

log = logging.getLogger(__name__)

# Okabe & Ito (2008), "Color Universal Design".
OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "black": "#000000",
}
PALETTE = [OKABE_ITO[k] for k in ("blue", "orange", "bluish_green", "vermillion", "sky_blue",
                                  "reddish_purple", "yellow", "black")]
MAIN = OKABE_ITO["blue"]
ACCENT = OKABE_ITO["vermillion"]
TEXT = "#262626"
GRID = "#D9D9D9"

LATIN_FAMILIES = ("Roboto", "Arial", "Liberation Sans", "Noto Sans", "DejaVu Sans")
CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "SimHei",
                "WenQuanYi Zen Hei")
ARABIC_FAMILIES = ("Noto Sans Arabic", "Noto Naskh Arabic", "Arial", "DejaVu Sans")

RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur"})
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")

# Axis words when the caller gives none (the GUI passes its own self.tr() strings).
AXIS_WORDS = {
    "borda": {"en": "Borda score", "fr": "Score de Borda", "es": "Puntuación de Borda", "ru": "Баллы Борда",
              "zh": "博尔达得分", "ar": "نقاط بوردا"},
    "ballots": {"en": "Ballots", "fr": "Bulletins", "es": "Papeletas", "ru": "Бюллетени", "zh": "选票数",
                "ar": "بطاقات الاقتراع"},
    "points": {"en": "Total points", "fr": "Total des points", "es": "Total de puntos", "ru": "Сумма баллов",
               "zh": "总分", "ar": "مجموع النقاط"},
    "rating": {"en": "Responses", "fr": "Réponses", "es": "Respuestas", "ru": "Ответы", "zh": "回答数",
               "ar": "الإجابات"},
    "participants": {"en": "Participants", "fr": "Participants", "es": "Participantes", "ru": "Участники",
                     "zh": "参与者", "ar": "المشاركون"},
    "position": {"en": "Ranked {n}", "fr": "Classé {n}", "es": "Puesto {n}", "ru": "Место {n}",
                 "zh": "第{n}位", "ar": "المرتبة {n}"},
    "unranked": {"en": "Not ranked", "fr": "Non classé", "es": "Sin clasificar", "ru": "Без места",
                 "zh": "未排序", "ar": "غير مرتب"},
    "scale": {"en": "Rating: {low} = lowest, {high} = highest", "fr": "Note : {low} = la plus basse, {high} = la plus haute",
              "es": "Calificación: {low} = la más baja, {high} = la más alta",
              "ru": "Оценка: {low} — самая низкая, {high} — самая высокая", "zh": "评分：{low} = 最低，{high} = 最高",
              "ar": "التقييم: {low} = الأدنى، {high} = الأعلى"},
    "divided": {"en": "divided", "fr": "avis partagés", "es": "opiniones divididas", "ru": "мнения разделились",
                "zh": "意见分歧", "ar": "آراء متباينة"},
}


def word(key: str, language: str, **values: Any) -> str:
    table = AXIS_WORDS[key]
    return table.get(language, table["en"]).format(**values)


# ------------------------------------------------------------------------------------------- fonts


@lru_cache(maxsize=1)
def installed_families() -> frozenset[str]:
    from matplotlib import font_manager

    return frozenset(f.name for f in font_manager.fontManager.ttflist)


@lru_cache(maxsize=8)
def font_families(language: str = "en") -> tuple[str, ...]:
    """The font family list for a language: its own script's font first, then the fallbacks."""
    have = installed_families()
    latin = [f for f in LATIN_FAMILIES if f in have]
    cjk = [f for f in CJK_FAMILIES if f in have][:1]
    arabic = [f for f in ARABIC_FAMILIES if f in have][:1]
    if language == "zh":
        order = cjk + latin[:1] + arabic
    elif language in RTL_LANGUAGES:
        order = arabic + latin[:1] + cjk
    else:
        order = latin[:1] + cjk + arabic
    order += [f for f in ("DejaVu Sans",) if f in have and f not in order]
    return tuple(dict.fromkeys(order)) or ("sans-serif",)


def chart_rc(language: str = "en") -> dict[str, Any]:
    extra = {"text.language": language} if native_shaping() else {}
    return {
        **extra,
        "font.family": list(font_families(language)),
        "font.size": 9,
        "axes.edgecolor": GRID,
        "axes.labelcolor": TEXT,
        "axes.titlesize": 10,
        "xtick.color": TEXT,
        "ytick.color": TEXT,
        "ytick.alignment": "center",  # a wrapped label centred on its bar (not its first line: Arabic lines are tall)
        "svg.fonttype": "none",
        "axes.unicode_minus": False,
    }


def native_shaping() -> bool:
    """True when matplotlib shapes complex scripts itself (libraqm, matplotlib 3.11+)."""
    return "text.language" in matplotlib.rcParams


def shape_text(text: str) -> str:
    """Text ready for matplotlib: with an older matplotlib, Arabic is joined and put in display order."""
    if native_shaping() or not _ARABIC.search(text):
        return text
    try:
        import arabic_reshaper
        from bidi import get_display
    except ImportError:  # pragma: no cover - only with matplotlib < 3.11
        log.warning("matplotlib < 3.11 without arabic_reshaper/python-bidi: Arabic chart labels are not shaped")
        return text
    return "\n".join(get_display(arabic_reshaper.reshape(line)) for line in text.split("\n"))


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def wrap_label(text: str, width: int = 34, lines: int = 8) -> str:
    """Wrap a long label over lines (by characters for Chinese); only past ``lines`` lines is it cut with …
    (a framework's entry points run to 150 characters: they wrap, whole)."""
    text = " ".join(str(text).split())
    if _display_width(text) <= width:
        return text
    if " " not in text or _display_width(text) > 1.6 * len(text):
        out, row, used = [], "", 0
        for ch in text:
            w = 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
            if used + w > width:
                out.append(row)
                row, used = "", 0
            row += ch
            used += w
        out.append(row)
    else:
        out = textwrap.wrap(text, width)
    if len(out) > lines:
        out = out[:lines]
        out[-1] = out[-1][: max(1, len(out[-1]) - 1)] + "…"
    return "\n".join(out)


def _label(text: str) -> str:
    return shape_text(wrap_label(text))


# --------------------------------------------------------------------------------------- building


# Height of one label line in inches at 9 pt: Arabic fonts have tall ascenders and descenders.
LINE_HEIGHT = {"ar": 0.27, "zh": 0.19}


def _figure(labels: Sequence[str], language: str, width: float = 6.3, per_row: float = 0.36,
            extra: float = 0.75) -> Figure:
    """A figure tall enough for its rows: each row as high as its label's lines need."""
    line = LINE_HEIGHT.get(language, 0.17)
    lines = [wrap_label(t).count("\n") + 1 for t in labels] or [1]
    height = max(1.6, extra + sum(max(per_row, line * n + 0.1) for n in lines))
    fig = Figure(figsize=(width, height), layout="constrained")
    fig.set_facecolor("white")
    return fig


def _style_axes(ax, language: str) -> None:
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.tick_params(axis="y", length=0)
    ax.xaxis.grid(True, color=GRID, linewidth=0.6)
    ax.set_axisbelow(True)
    if language in RTL_LANGUAGES:
        ax.invert_xaxis()
        ax.yaxis.tick_right()
        ax.spines["left"].set_visible(False)


def _hbars(fig: Figure, labels: Sequence[str], values: Sequence[float], language: str, *,
           xlabel: str, colors: Sequence[str] | None = None, annotate: Sequence[str] | None = None,
           title: str | None = None):
    ax = fig.add_subplot()
    ys = list(range(len(values)))
    ax.barh(ys, values, color=colors or MAIN, height=0.62)
    ax.set_yticks(ys, [_label(t) for t in labels])
    ax.invert_yaxis()  # first row on top
    ax.set_xlabel(shape_text(xlabel))
    if title:
        ax.set_title(shape_text(title), loc="right" if language in RTL_LANGUAGES else "left", color=TEXT)
    top = max([v for v in values if v is not None] or [0])
    # room for the notes after the longest bar ("26% · мнения разделились"): about 1.5% of the axis a character
    longest = max((_display_width(a) for a in annotate or ()), default=0)
    ax.set_xlim(0, top * min(1.9, 1.08 + 0.018 * longest) if top else 1)
    _style_axes(ax, language)
    if annotate:
        rtl = language in RTL_LANGUAGES
        for y, v, text in zip(ys, values, annotate, strict=True):
            ax.annotate(shape_text(text), (v, y), xytext=(-3 if rtl else 3, 0), textcoords="offset points",
                        va="center", ha="right" if rtl else "left", fontsize=8, color=TEXT)
    return ax


def _labels_for(rows: Iterable[Any], labels: Mapping[str, str] | None) -> list[str]:
    labels = labels or {}
    return [labels.get(r.option_id) or r.label for r in rows]


def ranking_bar_chart(result: Any, labels: Mapping[str, str] | None = None, language: str = "en", *,
                      xlabel: str | None = None, title: str | None = None) -> Figure:
    """Borda score of each option of a :class:`RankingResult`, best first; divided options in vermillion."""
    rows = list(result.options)
    with matplotlib.rc_context(chart_rc(language)):
        names = _labels_for(rows, labels)
        fig = _figure(names, language)
        colors = [ACCENT if r.dissent else MAIN for r in rows]
        notes = [f"{round(100 * r.borda_share)}%" + (f" · {word('divided', language)}" if r.dissent else "")
                 for r in rows]
        _hbars(fig, names, [r.borda for r in rows], language,
               xlabel=xlabel or word("borda", language), colors=colors, annotate=notes, title=title)
    return fig


def rank_positions(option_ids: Sequence[str], ballots: Iterable[Any]) -> dict[str, list[int]]:
    """For each option, how many ballots placed it 1st, 2nd, ...; the last slot counts "not ranked".

    Tied options share the better place (a tier of two in first place puts both 1st).
    """
    n = len(option_ids)
    counts = {oid: [0] * (n + 1) for oid in option_ids}
    for b in ballots:
        if getattr(b, "deleted", False) or not getattr(b, "ranking", None):
            continue
        seen: set[str] = set()
        place = 0
        for tier in b.ranking:
            members = [o for o in tier if o in counts and o not in seen]
            for o in members:
                counts[o][min(place, n - 1)] += 1
                seen.add(o)
            place += len(members)
        for o in option_ids:
            if o not in seen:
                counts[o][n] += 1
    return counts


def position_distribution_chart(result: Any, positions: Mapping[str, Sequence[int]],
                                labels: Mapping[str, str] | None = None, language: str = "en", *,
                                xlabel: str | None = None, title: str | None = None) -> Figure:
    """Stacked bars: for each option (in the result's order) how often it was ranked 1st, 2nd, ..."""
    rows = list(result.options)
    n = max((len(v) for v in positions.values()), default=1)
    with matplotlib.rc_context(chart_rc(language)):
        names = _labels_for(rows, labels)
        fig = _figure(names, language, extra=1.1)
        ax = fig.add_subplot()
        ys = list(range(len(rows)))
        left = [0] * len(rows)
        for k in range(n):
            values = [positions.get(r.option_id, [0] * n)[k] for r in rows]
            unranked = k == n - 1
            name = word("unranked", language) if unranked else word("position", language, n=k + 1)
            ax.barh(ys, values, left=left, height=0.62, label=shape_text(name),
                    color="#BDBDBD" if unranked else PALETTE[k % len(PALETTE)])
            left = [a + b for a, b in zip(left, values, strict=True)]
        ax.set_yticks(ys, [_label(t) for t in names])
        ax.invert_yaxis()
        ax.set_xlabel(shape_text(xlabel or word("ballots", language)))
        if title:
            ax.set_title(shape_text(title), color=TEXT)
        _style_axes(ax, language)
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.18 - 0.3 / max(len(rows), 1)),
                  ncol=min(n, 6), frameon=False, fontsize=8)
    return fig


def scores_chart(result: Any, labels: Mapping[str, str] | None = None, language: str = "en", *,
                 xlabel: str | None = None, title: str | None = None) -> Figure:
    """Points: total per option. Ratings: the distribution of ratings per option, stacked."""
    rows = list(result.options)
    with matplotlib.rc_context(chart_rc(language)):
        names = _labels_for(rows, labels)
        if result.kind == "points":
            fig = _figure(names, language)
            notes = [f"{round(100 * (r.share or 0))}%" for r in rows]
            _hbars(fig, names, [r.total for r in rows], language,
                   xlabel=xlabel or word("points", language), annotate=notes, title=title)
            return fig
        fig = _figure(names, language, extra=1.1)
        ax = fig.add_subplot()
        ys = list(range(len(rows)))
        scale = [v for v, _ in rows[0].distribution] if rows else []
        shades = _sequential(len(scale))
        left = [0] * len(rows)
        for k, value in enumerate(scale):
            counts = [dict((v, c) for v, c in r.distribution).get(value, 0) for r in rows]
            ax.barh(ys, counts, left=left, height=0.62, color=shades[k], label=str(value))
            left = [a + b for a, b in zip(left, counts, strict=True)]
        ax.set_yticks(ys, [_label(t) for t in names])
        ax.invert_yaxis()
        ax.set_xlabel(shape_text(xlabel or word("rating", language)))
        if title:
            ax.set_title(shape_text(title), color=TEXT)
        _style_axes(ax, language)
        legend = ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.18 - 0.3 / max(len(rows), 1)),
                           ncol=max(1, len(scale)), frameon=False, fontsize=8,
                           title=shape_text(word("scale", language, low=scale[0], high=scale[-1])) if scale else None,
                           title_fontsize=8)
        legend.get_title().set_color(TEXT)
    return fig


def _sequential(n: int) -> list[str]:
    """Light to dark blue: readable by lightness alone, so safe without colour vision too."""
    from matplotlib import colormaps

    cmap = colormaps["Blues"]
    if n <= 1:
        return [MAIN]
    return [matplotlib.colors.to_hex(cmap(0.25 + 0.7 * k / (n - 1))) for k in range(n)]


def participation_chart(counts: Sequence[Any], language: str = "en", *, xlabel: str | None = None,
                        title: str | None = None) -> Figure:
    """Participants per group: ``counts`` holds ``Count`` objects or ``(label, number)`` pairs."""
    pairs = [(c.label, c.count) if hasattr(c, "label") else (str(c[0]), int(c[1])) for c in counts]
    total = sum(n for _, n in pairs) or 1
    with matplotlib.rc_context(chart_rc(language)):
        fig = _figure([p[0] for p in pairs], language, per_row=0.3)
        _hbars(fig, [p[0] for p in pairs], [p[1] for p in pairs], language,
               xlabel=xlabel or word("participants", language),
               colors=[PALETTE[i % len(PALETTE)] for i in range(len(pairs))],
               annotate=[f"{n} ({round(100 * n / total)}%)" for _, n in pairs], title=title)
    return fig


def render_png(fig: Figure, dpi: int = 200) -> bytes:
    """The figure as PNG bytes (Agg, no GUI)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, facecolor="white")
    return buffer.getvalue()
