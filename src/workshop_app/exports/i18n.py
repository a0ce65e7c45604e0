"""The fixed words of the exported documents in the six UN languages: one table, one lookup.

Each entry is ``(en, fr, es, ru, zh, ar)``. Counting words are avoided where a language would need
plural forms that depend on the number (Russian, Arabic): those sentences say "Participants: 40"
rather than "40 participants". A language outside the six falls back to English.
"""

from __future__ import annotations

from typing import Any

LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")
_INDEX = {code: i for i, code in enumerate(LANGUAGES)}

LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español", "ru": "Русский", "zh": "中文", "ar": "العربية"}

TEXTS: dict[str, tuple[str, str, str, str, str, str]] = {
    # -- cover
    "doc_session": ("Synthesis of the dialogue", "Synthèse du dialogue", "Síntesis del diálogo",
                    "Обобщение итогов диалога", "对话综述", "خلاصة الحوار"),
    "doc_master": ("Consolidated synthesis of {n} dialogues", "Synthèse consolidée de {n} dialogues",
                   "Síntesis consolidada de {n} diálogos", "Сводное обобщение итогов {n} диалогов",
                   "{n}场对话的综合综述", "الخلاصة الموحدة للحوارات، وعددها {n}"),
    "master_title": ("Consultations on the strategic plan", "Consultations sur le plan stratégique",
                     "Consultas sobre el plan estratégico", "Консультации по стратегическому плану",
                     "关于战略计划的磋商", "المشاورات بشأن الخطة الاستراتيجية"),
    "event": ("Event", "Événement", "Evento", "Мероприятие", "活动", "الفعالية"),
    "venue": ("Venue", "Lieu", "Lugar", "Место проведения", "地点", "المكان"),
    "date": ("Date", "Date", "Fecha", "Дата", "日期", "التاريخ"),
    "dates": ("Dates", "Dates", "Fechas", "Даты", "日期", "التواريخ"),
    "audience": ("Audience", "Public", "Público", "Целевая аудитория", "参与对象", "الفئة المستهدفة"),
    "facilitator": ("Facilitator", "Animation", "Moderación", "Модератор", "主持人", "الميسِّر"),
    "rapporteur": ("Rapporteur", "Rapporteur", "Relatoría", "Докладчик", "报告员", "المقرر"),
    "language": ("Language", "Langue", "Idioma", "Язык", "语言", "اللغة"),
    "participants": ("Participants", "Participants", "Participantes", "Участники", "参与者", "المشاركون"),
    "dialogues": ("Dialogues", "Dialogues", "Diálogos", "Диалоги", "对话场次", "الحوارات"),
    "events": ("Events", "Événements", "Eventos", "Мероприятия", "活动", "الفعاليات"),
    "prepared": ("Prepared with Workshop App on {date} from {file}.",
                 "Établi avec Workshop App le {date} à partir de {file}.",
                 "Preparado con Workshop App el {date} a partir de {file}.",
                 "Подготовлено в Workshop App {date} на основе файла {file}.",
                 "由 Workshop App 于 {date} 根据 {file} 生成。",
                 "أُعِدّ باستخدام Workshop App في {date} استنادًا إلى الملف {file}."),
    "embedded_note": ("This document carries the data it reports, so that it can be imported into a session file.",
                      "Ce document contient les données qu'il présente, de sorte qu'elles peuvent être importées "
                      "dans un fichier de session.",
                      "Este documento contiene los datos que presenta, de modo que pueden importarse en un "
                      "archivo de sesión.",
                      "Документ содержит представленные в нём данные, поэтому их можно импортировать в файл сессии.",
                      "本文件内嵌其所报告的数据，可导入会议文件。",
                      "تتضمن هذه الوثيقة البيانات التي تعرضها، بحيث يمكن استيرادها إلى ملف جلسة."),
    # -- the document's properties (File > Info in Word)
    "doc_comments": ("Written by Workshop App; carries its data (see workshop-app import).",
                     "Établi avec Workshop App ; contient ses données (voir workshop-app import).",
                     "Preparado con Workshop App; contiene sus datos (véase workshop-app import).",
                     "Подготовлено в Workshop App; содержит свои данные (см. workshop-app import).",
                     "由 Workshop App 生成；内含其数据（见 workshop-app import）。",
                     "أُعِدّ باستخدام Workshop App؛ ويتضمن بياناته (انظر workshop-app import)."),
    "doc_keyword": ("synthesis", "synthèse", "síntesis", "обобщение", "综述", "خلاصة"),
    "consent_note": ("Participants are named only where they agreed to be.",
                     "Les participants ne sont nommés que s'ils y ont consenti.",
                     "Solo se nombra a los participantes que lo han autorizado.",
                     "Участники названы по имени только с их согласия.",
                     "仅在参与者同意的情况下列出其姓名。",
                     "لا يُذكر المشاركون بأسمائهم إلا بموافقتهم."),
    "organisation_note": ("Participants are referred to by their organisation; no one is named.",
                          "Les participants sont désignés par leur organisation ; personne n'est nommé.",
                          "Se hace referencia a los participantes por su organización; no se nombra a nadie.",
                          "Участники указаны по их организациям; имена не приводятся.",
                          "参与者以其所属组织指代，不列出姓名。",
                          "يُشار إلى المشاركين بأسماء منظماتهم، ولا يُذكر أي اسم."),
    "anonymous_note": ("No participant is named: comments are attributed to stakeholder groups only.",
                       "Aucun participant n'est nommé : les commentaires sont attribués aux seuls groupes de "
                       "parties prenantes.",
                       "No se nombra a ningún participante: los comentarios se atribuyen únicamente a grupos de "
                       "partes interesadas.",
                       "Участники не называются: замечания приписываются только группам заинтересованных сторон.",
                       "不列出任何参与者姓名：意见仅按利益攸关方群体归属。",
                       "لا يُذكر اسم أي مشارك: تُنسب التعليقات إلى فئات أصحاب المصلحة فقط."),
    "declined_note": ("For people who declined to be named, an organisation or a country is shown only where at "
                      "least {n} participants of the dialogue share it.",
                      "Pour les personnes qui n'ont pas souhaité être nommées, une organisation ou un pays n'est "
                      "indiqué que si au moins {n} participants du dialogue le partagent.",
                      "Para las personas que no quisieron ser nombradas, una organización o un país solo se indica "
                      "si al menos {n} participantes del diálogo lo comparten.",
                      "Для участников, не давших согласия на указание имени, организация или страна приводятся, "
                      "только если их разделяют не менее {n} участников диалога.",
                      "对于不愿具名的参与者，仅当对话中至少有{n}名参与者来自同一组织或国家时，才列出该组织或国家。",
                      "بالنسبة إلى من لم يوافقوا على ذكر أسمائهم، لا تُذكر المنظمة أو البلد إلا إذا اشترك فيهما "
                      "{n} مشاركين على الأقل في الحوار."),
    "country_not_shown": ("Not recorded or not shown", "Non renseigné ou non indiqué", "Sin datos o no indicado",
                          "Не указано или скрыто", "未记录或未列出", "غير مسجل أو غير معروض"),
    "participant_of": ("a participant ({group})", "une personne participante ({group})",
                       "una persona participante ({group})", "участник ({group})", "一位参与者（{group}）",
                       "أحد المشاركين ({group})"),
    # -- participation
    "participation": ("Participation", "Participation", "Participación", "Участие", "参与情况", "المشاركة"),
    "participation_line": ("Participants: {n}, from {g} stakeholder groups and {c} countries.",
                           "Participants : {n}, issus de {g} groupes de parties prenantes et de {c} pays.",
                           "Participantes: {n}, de {g} grupos de partes interesadas y {c} países.",
                           "Число участников: {n}; групп заинтересованных сторон: {g}; стран: {c}.",
                           "共有{n}名参与者，来自{g}个利益攸关方群体和{c}个国家。",
                           "عدد المشاركين: {n}؛ عدد فئات أصحاب المصلحة: {g}؛ عدد البلدان: {c}."),
    "stakeholder_group": ("Stakeholder group", "Groupe de parties prenantes", "Grupo de partes interesadas",
                          "Группа заинтересованных сторон", "利益攸关方群体", "فئة أصحاب المصلحة"),
    "country": ("Country", "Pays", "País", "Страна", "国家", "البلد"),
    "share": ("Share", "Part", "Proporción", "Доля", "占比", "النسبة"),
    "number": ("Number", "Nombre", "Número", "Число", "数量", "العدد"),
    "total": ("Total", "Total", "Total", "Итого", "合计", "المجموع"),
    "title": ("Title", "Titre", "Título", "Название", "标题", "العنوان"),
    "city": ("City", "Ville", "Ciudad", "Город", "城市", "المدينة"),
    "ballots": ("Ballots", "Bulletins", "Papeletas", "Бюллетени", "选票", "بطاقات الاقتراع"),
    "comments": ("Comments", "Commentaires", "Comentarios", "Замечания", "意见", "التعليقات"),
    "cap_part_group": ("Participants by stakeholder group", "Participants par groupe de parties prenantes",
                       "Participantes por grupo de partes interesadas",
                       "Участники по группам заинтересованных сторон", "按利益攸关方群体分列的参与者",
                       "المشاركون حسب فئة أصحاب المصلحة"),
    "cap_part_country": ("Participants by country", "Participants par pays", "Participantes por país",
                         "Участники по странам", "按国家分列的参与者", "المشاركون حسب البلد"),
    "cap_sessions": ("Dialogues included in this synthesis", "Dialogues pris en compte dans la présente synthèse",
                     "Diálogos incluidos en esta síntesis", "Диалоги, включённые в настоящее обобщение",
                     "本综述所涵盖的对话", "الحوارات المشمولة في هذه الخلاصة"),
    # -- results
    "results": ("Results by question", "Résultats par question", "Resultados por pregunta",
                "Результаты по вопросам", "各问题结果", "النتائج حسب السؤال"),
    "consolidated": ("Consolidated results", "Résultats consolidés", "Resultados consolidados",
                     "Сводные результаты", "综合结果", "النتائج الموحدة"),
    "consolidated_intro": ("The rankings, points and ratings of all dialogues are pooled (points only under the same budget, "
                           "ratings only on the same scale); priorities are matched by their key in the framework.",
                           "Les classements, points et notes de tous les dialogues sont regroupés (les points à budget égal, "
                           "les notes sur la même échelle) ; les priorités sont appariées selon leur code dans le cadre.",
                           "Se agrupan las clasificaciones, los puntos y las calificaciones de todos los diálogos (los puntos con "
                           "el mismo presupuesto, las calificaciones en la misma escala); las prioridades se emparejan "
                           "según su clave en el marco.",
                           "Ранжирования, баллы и оценки всех диалогов объединены (баллы — только при одинаковом бюджете, "
                           "оценки — только по одной шкале); приоритеты сопоставлены по их коду в рамочной структуре.",
                           "汇总所有对话的排序、分配分数和评分结果（分数仅在预算相同时汇总，评分仅在量表相同时汇总），优先事项按其在框架中的编号对应。",
                           "جُمعت الترتيبات والنقاط والتقييمات من جميع الحوارات (النقاط عند تساوي الميزانية فقط، "
                           "والتقييمات على المقياس نفسه فقط)، وطوبقت الأولويات وفق رموزها في الإطار."),
    "pooled_line": ("Dialogues: {n}; ballots counted: {b}.", "Dialogues : {n} ; bulletins pris en compte : {b}.",
                    "Diálogos: {n}; papeletas contabilizadas: {b}.", "Диалогов: {n}; учтено бюллетеней: {b}.",
                    "对话：{n}场；有效选票：{b}张。", "عدد الحوارات: {n}؛ عدد بطاقات الاقتراع المحتسبة: {b}."),
    "by_session": ("Results by dialogue", "Résultats par dialogue", "Resultados por diálogo",
                   "Результаты по диалогам", "各场对话结果", "النتائج حسب الحوار"),
    "kind_ranking": ("Ranking", "Classement", "Clasificación", "Ранжирование", "排序", "ترتيب"),
    "kind_points": ("Points allocation", "Répartition de points", "Reparto de puntos", "Распределение баллов",
                    "分数分配", "توزيع النقاط"),
    "kind_rating": ("Rating", "Notation", "Valoración", "Оценка", "评分", "تقييم"),
    "kind_open": ("Open question", "Question ouverte", "Pregunta abierta", "Открытый вопрос", "开放式问题",
                  "سؤال مفتوح"),
    "ballots_line": ("{kind}: {b} ballots counted.", "{kind} : {b} bulletins pris en compte.",
                     "{kind}: {b} papeletas contabilizadas.", "{kind}: учтено бюллетеней — {b}.",
                     "{kind}：有效选票{b}张。", "{kind}: عدد بطاقات الاقتراع المحتسبة {b}."),
    "ballots_ignored": ("Ballots that could not be counted (no usable answer): {n}.",
                        "Bulletins non pris en compte (aucune réponse exploitable) : {n}.",
                        "Papeletas no contabilizadas (sin respuesta válida): {n}.",
                        "Не учтено бюллетеней (нет пригодного ответа): {n}.",
                        "无法计入的选票（没有可用的回答）：{n}张。",
                        "بطاقات الاقتراع التي تعذّر احتسابها (لا توجد إجابة صالحة): {n}."),
    "no_ballots": ("No ballots were recorded for this question.",
                   "Aucun bulletin n'a été enregistré pour cette question.",
                   "No se registraron papeletas para esta pregunta.",
                   "По этому вопросу бюллетени не зарегистрированы.", "此问题没有记录任何选票。",
                   "لم تُسجَّل أي بطاقة اقتراع لهذا السؤال."),
    "col_priority": ("Priority", "Priorité", "Prioridad", "Приоритет", "优先事项", "الأولوية"),
    "col_option": ("Option", "Option", "Opción", "Вариант", "选项", "الخيار"),
    "col_borda": ("Borda score", "Score de Borda", "Puntuación de Borda", "Баллы Борда", "博尔达得分",
                  "نقاط بوردا"),
    "col_mean_rank": ("Mean rank", "Rang moyen", "Posición media", "Средний ранг", "平均名次", "متوسط الترتيب"),
    "col_first": ("First choice", "1er choix", "1.ª opción", "Первое место", "首选次数", "الخيار الأول"),
    "col_top3": ("In top 3", "Dans les 3 premiers", "Entre los 3 primeros", "В первой тройке", "前三位",
                 "ضمن الثلاثة الأوائل"),
    "col_schulze": ("Schulze rank", "Rang de Schulze", "Posición Schulze", "Ранг по Шульце", "舒尔策名次",
                    "ترتيب شولتسه"),
    "col_total_points": ("Total points", "Total des points", "Total de puntos", "Сумма баллов", "总分",
                         "مجموع النقاط"),
    "col_mean": ("Mean", "Moyenne", "Media", "Среднее", "平均值", "المتوسط"),
    "col_median": ("Median", "Médiane", "Mediana", "Медиана", "中位数", "الوسيط"),
    "col_sd": ("Std. dev.", "Écart type", "Desv. típica", "Ст. откл.", "标准差", "الانحراف المعياري"),
    "col_responses": ("Responses", "Réponses", "Respuestas", "Ответы", "回答数", "الإجابات"),
    "table_caption": ("Table {n}. {text}", "Tableau {n}. {text}", "Cuadro {n}. {text}", "Таблица {n}. {text}",
                      "表{n}　{text}", "الجدول {n}. {text}"),
    "figure_caption": ("Figure {n}. {text}", "Figure {n}. {text}", "Gráfico {n}. {text}",
                       "Рисунок {n}. {text}", "图{n}　{text}", "الشكل {n}. {text}"),
    "cap_ranking": ("Options ranked by Borda score", "Options classées selon le score de Borda",
                    "Opciones ordenadas por puntuación de Borda", "Варианты, упорядоченные по баллам Борда",
                    "按博尔达得分排列的选项", "الخيارات مرتبة حسب نقاط بوردا"),
    "cap_points": ("Points allocated to each option", "Points attribués à chaque option",
                   "Puntos asignados a cada opción", "Баллы, распределённые по вариантам", "各选项获得的分数",
                   "النقاط الممنوحة لكل خيار"),
    "cap_rating": ("Ratings of each option", "Notes attribuées à chaque option", "Valoraciones de cada opción",
                   "Оценки по каждому варианту", "各选项的评分", "تقييمات كل خيار"),
    "fig_ranking": ("Borda score of each option", "Score de Borda de chaque option",
                    "Puntuación de Borda de cada opción", "Баллы Борда по каждому варианту", "各选项的博尔达得分",
                    "نقاط بوردا لكل خيار"),
    "fig_points": ("Total points given to each option", "Total des points attribués à chaque option",
                   "Total de puntos asignados a cada opción", "Сумма баллов по каждому варианту",
                   "各选项获得的总分", "مجموع النقاط الممنوحة لكل خيار"),
    "fig_rating": ("Distribution of ratings for each option", "Répartition des notes pour chaque option",
                   "Distribución de las valoraciones de cada opción", "Распределение оценок по каждому варианту",
                   "各选项的评分分布", "توزيع التقييمات لكل خيار"),
    "cap_pos_group": ("Position of each option by stakeholder group",
                      "Rang de chaque option par groupe de parties prenantes",
                      "Posición de cada opción por grupo de partes interesadas",
                      "Место каждого варианта по группам заинтересованных сторон",
                      "各利益攸关方群体中各选项的名次", "ترتيب كل خيار حسب فئة أصحاب المصلحة"),
    "cap_pos_event": ("Position of each option by event", "Rang de chaque option par événement",
                      "Posición de cada opción por evento", "Место каждого варианта по мероприятиям",
                      "各活动中各选项的名次", "ترتيب كل خيار حسب الفعالية"),
    "cap_pos_country": ("Position of each option by country", "Rang de chaque option par pays",
                        "Posición de cada opción por país", "Место каждого варианта по странам",
                        "各国家中各选项的名次", "ترتيب كل خيار حسب البلد"),
    "agreement": ("Agreement", "Degré d'accord", "Grado de acuerdo", "Степень согласия", "一致程度",
                  "درجة التوافق"),
    "groups_heading": ("Differences between stakeholder groups", "Différences entre groupes de parties prenantes",
                       "Diferencias entre grupos de partes interesadas",
                       "Различия между группами заинтересованных сторон", "利益攸关方群体之间的差异",
                       "الاختلافات بين فئات أصحاب المصلحة"),
    "events_heading": ("Differences between events", "Différences entre événements", "Diferencias entre eventos",
                       "Различия между мероприятиями", "各活动之间的差异", "الاختلافات بين الفعاليات"),
    "countries_heading": ("Differences between countries", "Différences entre pays", "Diferencias entre países",
                          "Различия между странами", "各国之间的差异", "الاختلافات بين البلدان"),
    "groups_note": ("Groups with fewer than {n} ballots are combined under “Other” and not shown alone.",
                    "Les groupes comptant moins de {n} bulletins sont regroupés sous « Autre » et ne sont pas "
                    "présentés séparément.",
                    "Los grupos con menos de {n} papeletas se agrupan en «Otros» y no se muestran por separado.",
                    "Группы, в которых менее {n} бюллетеней, объединены в категорию «Другие» и отдельно не "
                    "показываются.",
                    "选票少于{n}张的群体合并为“其他”，不单独列出。",
                    "تُدمج الفئات التي يقل عدد بطاقات اقتراعها عن {n} ضمن فئة «أخرى» ولا تُعرض منفردة."),
    "groups_hidden": ("Ballots from groups too small to show, not broken down: {n}.",
                      "Bulletins de groupes trop petits, non ventilés : {n}.",
                      "Papeletas de grupos demasiado pequeños, no desglosadas: {n}.",
                      "Бюллетени слишком малочисленных групп, не разбитые по группам: {n}.",
                      "来自人数过少群体、未作细分的选票：{n}张。",
                      "بطاقات اقتراع من فئات صغيرة جدًا لم تُفصَّل: {n}."),
    "groups_none": ("No group is large enough to be shown separately.",
                    "Aucun groupe n'est assez important pour être présenté séparément.",
                    "Ningún grupo es lo bastante grande para mostrarse por separado.",
                    "Ни одна группа не достаточно велика, чтобы показать её отдельно.",
                    "没有足够大的群体可单独列出。", "لا توجد فئة كبيرة بما يكفي لعرضها منفردة."),
    "groups_same": ("Every group shown puts “{option}” first.",
                    "Tous les groupes présentés placent « {option} » en tête.",
                    "Todos los grupos mostrados sitúan «{option}» en primer lugar.",
                    "Все показанные группы ставят на первое место «{option}».",
                    "所列各群体均将“{option}”排在首位。",
                    "تضع جميع الفئات المعروضة «{option}» في المرتبة الأولى."),
    "groups_differ": ("The groups do not put the same option first: {details}.",
                      "Les groupes ne placent pas la même option en tête : {details}.",
                      "Los grupos no sitúan la misma opción en primer lugar: {details}.",
                      "Группы ставят на первое место разные варианты: {details}.",
                      "各群体排在首位的选项不同：{details}。",
                      "لا تضع الفئات الخيار نفسه في المرتبة الأولى: {details}."),
    "dissent_note": ("† Opinions are divided on this option: participants placed it at very different positions.",
                     "† Avis partagés sur cette option : les participants l'ont placée à des rangs très différents.",
                     "† Opiniones divididas sobre esta opción: los participantes la situaron en posiciones muy "
                     "distintas.",
                     "† Мнения по этому варианту разделились: участники ставили его на очень разные места.",
                     "† 对此选项意见分歧：参与者给出的名次差异很大。",
                     "† الآراء متباينة بشأن هذا الخيار: وضعه المشاركون في مراتب متباعدة جدًا."),
    # -- key messages and comments
    "key_messages": ("Key messages", "Messages clés", "Mensajes clave", "Ключевые тезисы", "关键信息",
                     "الرسائل الرئيسية"),
    "key_quotes": ("Key quotes", "Citations clés", "Citas destacadas", "Ключевые высказывания", "重点引述",
                   "اقتباسات رئيسية"),
    "quoted_above": ("Quoted above: “{text}”", "Cité plus haut : « {text} »", "Citado más arriba: «{text}»",
                     "Приведено выше: «{text}»", "已在上文引述：“{text}”", "ورد أعلاه: «{text}»"),
    "swot_by_priority": ("SWOT comments by priority", "Commentaires SWOT par priorité",
                         "Comentarios FODA por prioridad", "Замечания SWOT по приоритетам", "各优先事项的SWOT意见",
                         "تعليقات تحليل SWOT حسب الأولوية"),
    "on_no_priority": ("Not on a priority", "Hors priorité", "Sin prioridad", "Вне приоритетов", "未涉及优先事项",
                       "غير متعلقة بأولوية"),
    # -- summary and contents (exports/summary.py)
    "summary": ("Summary", "Résumé", "Resumen", "Резюме", "摘要", "موجز"),
    "summary_priorities": ("What the participants put first", "Ce que les participants placent en tête",
                           "Lo que los participantes situaron en primer lugar", "Что участники поставили на первое место",
                           "参与者的首要选择", "ما وضعه المشاركون في المقام الأول"),
    "summary_more": ("The conclusions of {shown} of the {n} dialogues; all are under “Overall conclusions”.",
                     "Conclusions de {shown} des {n} dialogues ; toutes figurent sous « Conclusions générales ».",
                     "Conclusiones de {shown} de los {n} diálogos; todas figuran en «Conclusiones generales».",
                     "Выводы {shown} из {n} диалогов; все они приведены в разделе «Общие выводы».",
                     "以下为{n}场对话中{shown}场的结论；全部结论见“总体结论”。",
                     "استنتاجات {shown} من الحوارات البالغ عددها {n}؛ وترد جميعها تحت «الاستنتاجات العامة»."),
    "toc_update": ("Update this table (F9 in Word) to show the headings and their pages.",
                   "Mettez à jour cette table (F9 dans Word) pour afficher les titres et leurs pages.",
                   "Actualice esta tabla (F9 en Word) para mostrar los títulos y sus páginas.",
                   "Обновите это оглавление (F9 в Word), чтобы показать заголовки и номера страниц.",
                   "请更新此目录（在 Word 中按 F9）以显示标题及页码。",
                   "حدِّث هذا الجدول (F9 في Word) لعرض العناوين وأرقام صفحاتها."),
    # -- REFI-QDA project (exports/qdpx.py): codebook, variables and unnamed cases
    "qda_questions": ("Questions", "Questions", "Preguntas", "Вопросы", "问题", "الأسئلة"),
    "qda_swot": ("SWOT analysis", "Analyse SWOT", "Análisis FODA", "SWOT-анализ", "SWOT分析", "تحليل SWOT"),
    "qda_tags": ("Tags", "Étiquettes", "Etiquetas", "Метки", "标签", "الوسوم"),
    "qda_dialogue": ("Dialogue", "Dialogue", "Diálogo", "Диалог", "对话", "الحوار"),
    "qda_participant": ("Participant {n} ({group})", "Personne participante {n} ({group})", "Participante {n} ({group})",
                        "Участник {n} ({group})", "参与者{n}（{group}）", "المشارك {n} ({group})"),
    "on_question": ("On the question in general", "Sur la question en général", "Sobre la pregunta en general",
                    "По вопросу в целом", "关于该问题的总体意见", "بشأن السؤال عمومًا"),
    "general_comments": ("General comments", "Commentaires généraux", "Comentarios generales", "Общие замечания",
                         "一般性意见", "تعليقات عامة"),
    "other_comments": ("Other comments", "Autres commentaires", "Otros comentarios", "Прочие замечания",
                       "其他意见", "تعليقات أخرى"),
    "comments_count": ("Comments: {n}.", "Commentaires : {n}.", "Comentarios: {n}.", "Замечаний: {n}.",
                       "共{n}条意见。", "عدد التعليقات: {n}."),
    "no_comments": ("No comments were recorded.", "Aucun commentaire n'a été enregistré.",
                    "No se registraron comentarios.", "Замечания не зарегистрированы.", "没有记录任何意见。",
                    "لم تُسجَّل أي تعليقات."),
    "overall": ("Overall conclusions", "Conclusions générales", "Conclusiones generales", "Общие выводы",
                "总体结论", "الاستنتاجات العامة"),
    "no_key_messages": ("The rapporteur has not recorded key messages.",
                        "Le rapporteur n'a pas consigné de messages clés.",
                        "La relatoría no ha registrado mensajes clave.",
                        "Докладчик не сформулировал ключевые идеи.", "报告员未记录关键信息。",
                        "لم يسجّل المقرر رسائل رئيسية."),
    # -- annexes
    "annex": ("Annex {n}. {title}", "Annexe {n}. {title}", "Anexo {n}. {title}", "Приложение {n}. {title}",
              "附件{n}　{title}", "المرفق {n}: {title}"),
    "methodology": ("Methodology", "Méthodologie", "Metodología", "Методология", "方法", "المنهجية"),
    "participants_list": ("List of participants", "Liste des participants", "Lista de participantes",
                          "Список участников", "与会者名单", "قائمة المشاركين"),
    "organisations_list": ("Organisations represented", "Organisations représentées", "Organizaciones representadas",
                           "Представленные организации", "与会组织", "المنظمات الممثلة"),
    "name": ("Name", "Nom", "Nombre", "Имя", "姓名", "الاسم"),
    "organisation": ("Organisation", "Organisation", "Organización", "Организация", "组织", "المنظمة"),
    "dialogue": ("Dialogue", "Dialogue", "Diálogo", "Диалог", "对话", "الحوار"),
    "others_unnamed": ("Participants who took part without being named: {n}.",
                       "Participants ayant pris part sans être nommés : {n}.",
                       "Participantes que intervinieron sin ser nombrados: {n}.",
                       "Участники, не названные по имени: {n}.", "未列出姓名的参与者：{n}名。",
                       "المشاركون الذين شاركوا دون ذكر أسمائهم: {n}."),
    "nobody_named": ("As chosen for this document, no participant is named; the counts by stakeholder group "
                     "follow.",
                     "Conformément au choix fait pour ce document, aucun participant n'est nommé ; les effectifs "
                     "par groupe de parties prenantes suivent.",
                     "Según lo elegido para este documento, no se nombra a ningún participante; a continuación "
                     "figuran las cifras por grupo de partes interesadas.",
                     "В соответствии с режимом, выбранным для этого документа, участники не называются; ниже "
                     "приводится их число по группам заинтересованных сторон.",
                     "根据本文件所选的设置，不列出任何参与者姓名；以下为按利益攸关方群体分列的人数。",
                     "وفقًا للخيار المعتمد لهذه الوثيقة، لا يُذكر اسم أي مشارك؛ وترد أدناه الأعداد حسب فئة "
                     "أصحاب المصلحة."),
    "provenance": ("Provenance of the data", "Provenance des données", "Procedencia de los datos",
                   "Происхождение данных", "数据来源", "مصدر البيانات"),
    "provenance_intro": ("Session files merged into this master, with their seals (SHA-256 of their content).",
                         "Fichiers de session fusionnés dans ce fichier maître, avec leur sceau (SHA-256 de leur "
                         "contenu).",
                         "Archivos de sesión fusionados en este archivo maestro, con su sello (SHA-256 de su "
                         "contenido).",
                         "Файлы сессий, объединённые в этот сводный файл, и их печати (SHA-256 содержимого).",
                         "合并到此主文件的会议文件及其封印（内容的 SHA-256 值）。",
                         "ملفات الجلسات المدمجة في هذا الملف الرئيسي، مع أختامها (قيمة SHA-256 لمحتواها)."),
    "col_file": ("File", "Fichier", "Archivo", "Файл", "文件", "الملف"),
    "col_seal": ("Seal", "Sceau", "Sello", "Печать", "封印", "الختم"),
    "col_verified": ("Seal checked", "Sceau vérifié", "Sello verificado", "Печать проверена", "封印已核验",
                     "تم التحقق من الختم"),
    "col_added": ("Added", "Ajoutés", "Añadidos", "Добавлено", "新增", "أُضيف"),
    "col_conflicts": ("Conflicts", "Conflits", "Conflictos", "Конфликты", "冲突", "التعارضات"),
    "col_merged_at": ("Merged on", "Fusionné le", "Fusionado el", "Дата объединения", "合并时间", "تاريخ الدمج"),
    "n_equals": ("n\u00a0=\u00a0{n}", "n\u00a0=\u00a0{n}", "n\u00a0=\u00a0{n}", "n\u00a0=\u00a0{n}", "n\u00a0=\u00a0{n}",
                 "ن\u00a0=\u00a0{n}"),  # no-break spaces: "(n =" never ends a header line
    "colon": (": ", " : ", ": ", ": ", "：", ": "),
    "yes": ("yes", "oui", "sí", "да", "是", "نعم"),
    "no": ("no", "non", "no", "нет", "否", "لا"),
    # -- compile-notes
    "compiled_title": ("Compiled notes of the dialogues", "Recueil des notes des dialogues",
                       "Compilación de las notas de los diálogos", "Сборник записок по итогам диалогов",
                       "对话纪要汇编", "مجموعة مذكرات الحوارات"),
    "contents": ("Contents", "Table des matières", "Índice", "Содержание", "目录", "المحتويات"),
    "notes_included": ("Notes included", "Notes incluses", "Notas incluidas", "Включённые записки",
                       "收录的纪要", "المذكرات المدرجة"),
    "toc_hint": ("If the table of contents is empty, update it in Word (right-click, Update Field).",
                 "Si la table des matières est vide, mettez-la à jour dans Word (clic droit, Mettre à jour les "
                 "champs).",
                 "Si el índice aparece vacío, actualícelo en Word (clic derecho, Actualizar campos).",
                 "Если оглавление пустое, обновите его в Word (правый щелчок, «Обновить поле»).",
                 "如目录为空，请在 Word 中更新（右键单击，选择“更新域”）。",
                 "إذا كان جدول المحتويات فارغًا، فحدّثه في Word (انقر بزر الماوس الأيمن ثم «تحديث الحقل»)."),
}

# Annex numbers as each language writes them.
ANNEX_NUMBERS = {
    "zh": ("一", "二", "三", "四", "五"),
    "ar": ("الأول", "الثاني", "الثالث", "الرابع", "الخامس"),
}
ROMAN = ("I", "II", "III", "IV", "V")


def lang_code(language: str | None) -> str:
    """One of the six codes: ``zh-CN`` gives ``zh``; anything else unknown gives ``en``."""
    code = (language or "en").split("-")[0].split("_")[0].lower()
    return code if code in _INDEX else "en"


def t(key: str, language: str, **values: Any) -> str:
    """The fixed text ``key`` in ``language``, with ``{placeholders}`` filled."""
    text = TEXTS[key][_INDEX[lang_code(language)]]
    return text.format(**values) if values else text


def annex_number(k: int, language: str) -> str:
    code = lang_code(language)
    numbers = ANNEX_NUMBERS.get(code, ROMAN)
    return numbers[k] if k < len(numbers) else str(k + 1)


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]
