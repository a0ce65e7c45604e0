"""Vocabulary and statistical sentences of the documents in the six UN languages.

The analysis engine words its readings in English; for English documents those sentences are used
as they are (a reading is the same wherever it appears). For the other languages the same reading
is written here from the same numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..domain.countries import country_name
from .i18n import capitalise, lang_code

Six = tuple[str, str, str, str, str, str]
_IDX = {"en": 0, "fr": 1, "es": 2, "ru": 3, "zh": 4, "ar": 5}

GROUPS: dict[str, Six] = {
    "member_state": ("Member State", "État membre", "Estado miembro", "Государство-член", "会员国", "دولة عضو"),
    "un_system": ("UN system entity", "Entité du système des Nations Unies",
                  "Entidad del sistema de las Naciones Unidas", "Структура системы ООН", "联合国系统实体",
                  "كيان تابع لمنظومة الأمم المتحدة"),
    "civil_society": ("Civil society", "Société civile", "Sociedad civil", "Гражданское общество", "民间社会",
                      "المجتمع المدني"),
    "professional_association": ("Professional association", "Association professionnelle",
                                 "Asociación profesional", "Профессиональная ассоциация", "专业协会",
                                 "رابطة مهنية"),
    "academia": ("Academia", "Milieux universitaires", "Mundo académico", "Академические круги", "学术界",
                 "الأوساط الأكاديمية"),
    "private_sector": ("Private sector", "Secteur privé", "Sector privado", "Частный сектор", "私营部门",
                       "القطاع الخاص"),
    "local_government": ("Local government", "Collectivité locale", "Gobierno local", "Местные органы власти",
                         "地方政府", "الحكومة المحلية"),
    "staff": ("UN-Habitat staff", "Personnel d'ONU-Habitat", "Personal de ONU-Hábitat", "Сотрудники ООН-Хабитат",
              "人居署工作人员", "موظفو موئل الأمم المتحدة"),
    "other": ("Other", "Autre", "Otros", "Другие", "其他", "أخرى"),
    "not_recorded": ("Not recorded", "Non renseigné", "Sin datos", "Не указано", "未记录", "غير مسجل"),
}

SWOT: dict[str, Six] = {
    "strength": ("Strengths", "Forces", "Fortalezas", "Сильные стороны", "优势", "نقاط القوة"),
    "weakness": ("Weaknesses", "Faiblesses", "Debilidades", "Слабые стороны", "劣势", "نقاط الضعف"),
    "opportunity": ("Opportunities", "Opportunités", "Oportunidades", "Возможности", "机遇", "الفرص"),
    "threat": ("Threats", "Menaces", "Amenazas", "Угрозы", "威胁", "التهديدات"),
}

# The bands of analysis.stats.W_BAND_KEYS, in that order.
W_BANDS: tuple[Six, ...] = (
    ("very weak agreement", "accord très faible", "acuerdo muy débil", "очень слабое согласие", "一致性很弱",
     "توافق ضعيف جدًا"),
    ("weak agreement", "accord faible", "acuerdo débil", "слабое согласие", "一致性弱", "توافق ضعيف"),
    ("moderate agreement", "accord modéré", "acuerdo moderado", "умеренное согласие", "一致性中等", "توافق متوسط"),
    ("strong agreement", "accord fort", "acuerdo fuerte", "сильное согласие", "一致性强", "توافق قوي"),
    ("very strong agreement", "accord très fort", "acuerdo muy fuerte", "очень сильное согласие", "一致性很强",
     "توافق قوي جدًا"),
)

SENTENCES: dict[str, Six] = {
    "kendall": ("{band} ({stats}, {m} complete ballots).", "{band} ({stats}, {m} bulletins complets).",
                "{band} ({stats}, {m} papeletas completas).", "{band} ({stats}; полных бюллетеней: {m}).",
                "{band}（{stats}，完整选票{m}张）。", "{band} ({stats}، عدد بطاقات الاقتراع الكاملة {m})."),
    "kendall_few": ("Not enough complete ballots to measure agreement ({m}; at least 3 are needed).",
                    "Trop peu de bulletins complets pour mesurer l'accord ({m} ; il en faut au moins 3).",
                    "No hay suficientes papeletas completas para medir el acuerdo ({m}; se necesitan al menos 3).",
                    "Недостаточно полных бюллетеней для оценки согласия ({m}; нужно не менее 3).",
                    "完整选票不足，无法衡量一致程度（{m}张；至少需要3张）。",
                    "لا توجد بطاقات اقتراع كاملة كافية لقياس التوافق ({m}؛ يلزم 3 على الأقل)."),
    "kendall_na": ("Agreement cannot be measured for this question.",
                   "Le degré d'accord ne peut pas être mesuré pour cette question.",
                   "No es posible medir el grado de acuerdo en esta pregunta.",
                   "Степень согласия по этому вопросу измерить нельзя.", "此问题无法衡量一致程度。",
                   "لا يمكن قياس درجة التوافق لهذا السؤال."),
    "same_order": ("Borda and Schulze give the same order.",
                   "Les méthodes de Borda et de Schulze donnent le même ordre.",
                   "Los métodos de Borda y Schulze dan el mismo orden.",
                   "Методы Борда и Шульце дают одинаковый порядок.", "博尔达法和舒尔策法得出的顺序相同。",
                   "تعطي طريقتا بوردا وشولتسه الترتيب نفسه."),
    "same_top": ("The top {k} are the same under Borda and Schulze.",
                 "Les {k} premières options sont les mêmes selon Borda et Schulze.",
                 "Las {k} primeras opciones coinciden según Borda y Schulze.",
                 "Первые {k} места совпадают по методам Борда и Шульце.",
                 "按博尔达法和舒尔策法，前{k}名相同。",
                 "تتطابق المراتب الـ{k} الأولى وفق طريقتي بوردا وشولتسه."),
    "differ": ("Borda and Schulze differ: {details}.", "Les méthodes de Borda et de Schulze divergent : {details}.",
               "Los métodos de Borda y Schulze difieren: {details}.", "Методы Борда и Шульце расходятся: {details}.",
               "博尔达法和舒尔策法结果不同：{details}。", "تختلف نتيجتا طريقتي بوردا وشولتسه: {details}."),
    "differ_item": ("{option}: {b} under Borda, {s} under Schulze", "« {option} » : rang {b} selon Borda, {s} selon "
                    "Schulze", "«{option}»: puesto {b} según Borda y {s} según Schulze",
                    "«{option}»: {b}-е место по Борда, {s}-е по Шульце",
                    "“{option}”按博尔达法排第{b}位，按舒尔策法排第{s}位", "«{option}»: المرتبة {b} وفق بوردا و{s} وفق شولتسه"),
    "list_sep": ("; ", " ; ", "; ", "; ", "；", "؛ "),
    "first_in": ("{group}: “{option}”", "{group} : « {option} »", "{group}: «{option}»", "{group}: «{option}»",
                 "{group}：“{option}”", "{group}: «{option}»"),
}

METHODOLOGY: tuple[Six, ...] = (
    ("Rankings are combined with the Borda count: on each ballot an option earns one point for every option it "
     "is ranked above; options a participant left unranked share the places below the ranked ones. Options with "
     "the same Borda score are ordered by their Schulze rank, then alphabetically, in every table.",
     "Les classements sont agrégés selon la méthode de Borda : sur chaque bulletin, une option gagne un point pour "
     "chaque option qu'elle devance ; les options non classées par un participant se partagent les places "
     "suivantes. Les options de même score de Borda sont départagées par leur rang de Schulze, puis par ordre "
     "alphabétique, dans tous les tableaux.",
     "Las clasificaciones se agregan con el método de Borda: en cada papeleta, una opción obtiene un punto por "
     "cada opción a la que supera; las opciones que un participante no clasificó comparten los puestos siguientes. "
     "Las opciones con la misma puntuación de Borda se ordenan por su rango de Schulze y, después, alfabéticamente, "
     "en todos los cuadros.",
     "Рейтинги объединяются по методу Борда: в каждом бюллетене вариант получает один балл за каждый вариант, "
     "который он опережает; варианты, не ранжированные участником, делят последующие места. Варианты с "
     "одинаковыми баллами Борда упорядочиваются по рангу Шульце, затем по алфавиту, во всех таблицах.",
     "排序采用博尔达计分法汇总：在每张选票上，一个选项每排在另一个选项之前即得一分；参与者未排序的选项并列排在已排序选项之后。"
     "博尔达得分相同的选项在所有表格中按舒尔策排名排序，再按字母顺序排序。",
     "تُجمع الترتيبات بطريقة بوردا: في كل بطاقة اقتراع يحصل الخيار على نقطة عن كل خيار يتقدّم عليه؛ وتتقاسم الخيارات "
     "التي لم يرتبها المشارك المراتب التالية. وتُرتَّب الخيارات المتساوية في نقاط بوردا حسب مرتبتها وفق طريقة شولتسه "
     "ثم أبجديًا، في جميع الجداول."),
    ("The Schulze method, which compares every pair of options, checks the order; where the two methods differ, "
     "the text says so.",
     "La méthode de Schulze, qui compare chaque paire d'options, sert de contrôle ; lorsque les deux méthodes "
     "divergent, le texte le signale.",
     "El método de Schulze, que compara cada par de opciones, sirve de control; cuando ambos métodos difieren, el "
     "texto lo indica.",
     "Порядок проверяется методом Шульце, сравнивающим каждую пару вариантов; если методы расходятся, это "
     "указывается в тексте.",
     "舒尔策法对每一对选项进行比较，用于核对排序；两种方法结果不同时，正文会加以说明。",
     "تُستخدم طريقة شولتسه، التي تقارن كل زوج من الخيارات، للتحقق من الترتيب؛ وحيثما اختلفت الطريقتان يُشار إلى ذلك في النص."),
    ("Agreement among participants is measured with Kendall's W (0 means none, 1 complete agreement) over the "
     "complete ballots, tested with Friedman's chi-square.",
     "Le degré d'accord entre participants est mesuré par le W de Kendall (0 : aucun accord, 1 : accord complet) "
     "sur les bulletins complets, et testé par le khi-deux de Friedman.",
     "El grado de acuerdo entre participantes se mide con la W de Kendall (0: ningún acuerdo; 1: acuerdo total) "
     "sobre las papeletas completas, con la prueba de ji cuadrado de Friedman.",
     "Степень согласия участников измеряется коэффициентом W Кендалла (0 — согласия нет, 1 — полное согласие) по "
     "полным бюллетеням и проверяется критерием хи-квадрат Фридмана.",
     "参与者之间的一致程度以肯德尔 W 系数（0 表示毫无一致，1 表示完全一致）基于完整选票衡量，并以弗里德曼卡方检验。",
     "يُقاس التوافق بين المشاركين بمعامل كندال W (0 يعني انعدام التوافق و1 التوافق التام) على بطاقات الاقتراع الكاملة، "
     "ويُختبر بمربع كاي لفريدمان."),
    ("An option is marked as divided (†) when participants placed it at very different positions. Groups with "
     "fewer than {n} ballots are never shown on their own.",
     "Une option est signalée comme partagée (†) lorsque les participants l'ont placée à des rangs très "
     "différents. Les groupes de moins de {n} bulletins ne sont jamais présentés isolément.",
     "Una opción se marca como dividida (†) cuando los participantes la situaron en posiciones muy distintas. Los "
     "grupos con menos de {n} papeletas nunca se muestran por separado.",
     "Вариант отмечается как спорный (†), если участники ставили его на очень разные места. Группы, в которых "
     "менее {n} бюллетеней, никогда не показываются отдельно.",
     "若参与者给某一选项的名次差异很大，该选项标注为意见分歧（†）。选票少于{n}张的群体从不单独列出。",
     "يُشار إلى الخيار بأن الآراء متباينة بشأنه (†) عندما يضعه المشاركون في مراتب متباعدة جدًا. ولا تُعرض أبدًا "
     "منفردةً الفئاتُ التي يقل عدد بطاقات اقتراعها عن {n}."),
    ("Points and ratings are reported as totals, means, medians and standard deviations.",
     "Les points et les notes sont présentés sous forme de totaux, de moyennes, de médianes et d'écarts types.",
     "Los puntos y las valoraciones se presentan como totales, medias, medianas y desviaciones típicas.",
     "Баллы и оценки приводятся в виде сумм, средних, медиан и стандартных отклонений.",
     "分数和评分以总和、平均值、中位数和标准差列示。",
     "تُعرض النقاط والتقييمات في صورة مجاميع ومتوسطات ووسيطات وانحرافات معيارية."),
)
METHODOLOGY_FULL_IN_ENGLISH: Six = (
    "", "La description complète des méthodes suit en anglais.",
    "La descripción completa de los métodos figura a continuación en inglés.",
    "Ниже приводится полное описание методов на английском языке.", "以下为方法的完整英文说明。",
    "يرد أدناه الوصف الكامل للأساليب باللغة الإنكليزية.",
)

def pick(six: Six, language: str) -> str:
    return six[_IDX[lang_code(language)]]


def group_label(key: str, language: str) -> str:
    """A stakeholder group (its key; "" when not recorded) in ``language``."""
    if key in GROUPS:
        return pick(GROUPS[key], language)
    return key or pick(GROUPS["not_recorded"], language)


def breakdown_label(key: str, by: str, language: str) -> str:
    """A breakdown row (the analysis's group key) in ``language``: stakeholder groups, "other" and
    "" (not recorded) translated, a country by its name in ``language``, any other value (an event) as it is."""
    if by == "stakeholder_group" or key in ("", "other"):
        return group_label(key, language)
    if by == "country":
        return country_name(key, language)
    return key


def swot_label(swot: str, language: str) -> str:
    return pick(SWOT[swot], language) if swot in SWOT else swot


def sentence(key: str, language: str, **values: Any) -> str:
    return pick(SENTENCES[key], language).format(**values)


def _number(value: float) -> str:
    return f"{value:.2f}"


def _p(p: float) -> str:
    return "p < 0.001" if p < 0.001 else f"p = {p:.3f}"


def kendall_text(kendall: Any, options: int, language: str) -> str:
    """The reading of Kendall's W, in ``language`` (English: the analysis engine's own sentence)."""
    if lang_code(language) == "en":
        return kendall.reading
    if kendall.w is None:
        if kendall.note == "too_few":
            return sentence("kendall_few", language, m=kendall.ballots)
        return sentence("kendall_na", language)
    from ..analysis.stats import W_BAND_KEYS

    band = W_BAND_KEYS.index(kendall.band)
    stats = ltr(f"W = {_number(kendall.w)}, {_p(kendall.p_value)}", language)
    return sentence("kendall", language, band=capitalise(pick(W_BANDS[band], language)), stats=stats,
                    m=kendall.ballots)


def ltr(text: str, language: str) -> str:
    """Left-to-right notation (``W = 0.41, p = 0.002``) kept in one piece inside Arabic text."""
    return f"\u202a{text}\u202c" if lang_code(language) == "ar" else text


def agreement_text(result: Any, labels: Sequence[str], language: str, top_k: int = 3) -> str:
    """Whether Borda and Schulze agree on the leading options (English: the engine's own sentence).

    ``labels`` are the option labels in the order of ``result.options``.
    """
    if lang_code(language) == "en" or not result.options or result.ballots == 0:
        return result.agreement
    rows = result.options
    n = len(rows)
    k = min(top_k, n)
    differ = [(lab, r) for lab, r in zip(labels, rows, strict=True)
              if (r.borda_rank <= k or r.schulze_rank <= k) and r.borda_rank != r.schulze_rank]
    if not differ:
        return sentence("same_order", language) if k >= n else sentence("same_top", language, k=k)
    details = pick(SENTENCES["list_sep"], language).join(
        sentence("differ_item", language, option=lab, b=r.borda_rank, s=r.schulze_rank) for lab, r in differ
    )
    return sentence("differ", language, details=details)


def methodology_paragraphs(language: str, min_group_size: int) -> list[str]:
    return [pick(p, language).format(n=min_group_size) for p in METHODOLOGY]
