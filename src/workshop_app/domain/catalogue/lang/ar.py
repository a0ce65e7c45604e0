"""The core messages in Arabic: code -> str.format template (see __init__)."""

TEXTS: dict[str, str] = {
    "_list_separator": "، ",
    # -- records (domain/rules.py)
    "session.no_title": "يجب أن يكون للجلسة عنوان.",
    "question.unknown_kind": "يجب أن يكون نوع السؤال أحد الأنواع التالية: {choices}، وليس {kind!r}.",
    "question.no_budget": "يحتاج سؤال النقاط إلى رصيد نقاط موجب.",
    "question.bad_top_n": "يجب أن يكون عدد الخيارات الأولى (Top-N) عددًا موجبًا من الخيارات.",
    "question.bad_scale": "يجب أن يمتد سلّم التقييم من عدد أدنى إلى عدد أعلى.",
    "option.no_label": "يجب أن يكون للخيار اسم.",
    "participant.unknown_group": "فئة أصحاب المصلحة {group!r} غير معروفة؛ استخدم إحدى الفئات التالية: {choices}.",
    "comment.empty": "لا يجوز أن يكون التعليق فارغًا.",
    "comment.too_long": ("يبلغ طول هذا التعليق {length:,} حرفًا؛ والحد الأقصى للتعليق الواحد {limit:,} حرفًا. "
                         "قسِّمه إلى عدة تعليقات."),
    "comment.unknown_swot": "يجب أن تكون فئة تحليل SWOT إحدى الفئات التالية: {choices}.",
    # -- ballots
    "ballot.not_one_kind": "تتضمن بطاقة الاقتراع نوعًا واحدًا فقط مما يلي: ترتيب، أو نقاط، أو تقييمات.",
    "ballot.open_question": "السؤال المفتوح يتلقى تعليقات، لا بطاقات اقتراع.",
    "ranking.missing": "هذا سؤال ترتيب: أدخل ترتيبًا للخيارات.",
    "ranking.empty_position": "لا يجوز أن يتضمن الترتيب مرتبة فارغة.",
    "ranking.unknown_option": "يذكر الترتيب خيارًا غير وارد في هذا السؤال ({option}).",
    "ranking.repeated_option": "يذكر الترتيب «{option}» أكثر من مرة.",
    "ranking.empty": "الترتيب فارغ: ضع خيارًا واحدًا على الأقل في المرتبة الأولى.",
    "ranking.over_top_n": "يطلب هذا السؤال الخيارات الـ{top_n} الأولى فقط؛ والترتيب يذكر {count} من الخيارات.",
    "points.missing": "هذا سؤال نقاط: وزِّع رصيد النقاط على الخيارات.",
    "points.unknown_option": "تذكر النقاط خيارًا غير وارد في هذا السؤال ({option}).",
    "points.not_whole": "يجب أن تكون النقاط أعدادًا صحيحة، صفرًا أو أكثر.",
    "points.over_budget": "مُنحت {total} نقطة، أي بزيادة {over} على الرصيد البالغ {budget}.",
    "points.under_budget": "مُنحت {total} نقطة؛ والرصيد {budget}، فيتبقى {left} للتوزيع.",
    "ratings.missing": "هذا سؤال تقييم: قيِّم الخيارات.",
    "ratings.unknown_option": "تذكر التقييمات خيارًا غير وارد في هذا السؤال ({option}).",
    "ratings.out_of_scale": "تتراوح التقييمات بين {low} و{high}؛ وقيمة «{option}» هي {value!r}.",
    # -- what a facilitator types (parse_typed_order)
    "typed.not_understood": ("اكتب أرقام الخيارات مفصولة بمسافات، و«=» للتعادل: «{rest}» غير مفهوم."),
    "typed.no_such_option": "لا يوجد خيار برقم {number}؛ الخيارات مرقّمة من 1 إلى {count}.",
    "typed.twice": "كُتب الخيار {number} مرتين.",
    "typed.starts_with_tie": "لا يجوز أن يبدأ الترتيب بـ«=».",
    # -- a stored ballot that breaks the rules (ballot_problems), listed among others
    "ballot.breaks_rule": "بطاقة الاقتراع {id}: {error}",
    "ballot.unreadable": "بطاقة الاقتراع {id}: تتعذّر قراءتها",
    # -- storage: pieces given to other messages as parameters
    "list.and_more": " (و{count} غيرها)",
    "list.plus_more": " و{count} غيرها",
    # -- storage: a file as a whole
    "file.in_file": "{name}: {error}",
    "file.missing": "الملف {name} غير موجود.",
    "file.exists": "الملف {name} موجود بالفعل؛ اختر اسمًا آخر.",
    "file.is_folder": "{name} مجلد، وليس ملف جلسة.",
    "file.is_link": "{name} رابط إلى ملف آخر، وليس ملف جلسة؛ استخدم الملف نفسه.",
    "file.dangling_link": "{name} رابط لا يؤدي إلى أي ملف (أو يدور في حلقة)، وليس ملف جلسة.",
    "file.companion_link": "الملف {extra} المجاور لـ{name} رابط إلى ملف آخر؛ استخدم الملف نفسه.",
    "file.stray_companion": ("يوجد الملف {extra} في المكان الذي سيوجد فيه {name} (متبقٍّ من ملف آخر)؛ "
                             "انقله إلى مكان آخر أو اختر اسمًا آخر."),
    "file.unreadable": "تتعذّر قراءة {name} ({reason}).",
    "file.cannot_open": "يتعذّر فتح {name} ({reason}).",
    "file.damaged": "الملف {name} تالف وتتعذّر قراءته ({reason}).",
    "file.damaged_short": "الملف {name} تالف وتتعذّر قراءته.",
    "file.read_only_medium": ("يتعذّر فتح {name} للكتابة (ملف أو مجلد للقراءة فقط، كذاكرة USB مقفلة)؛ "
                              "انسخه إلى هذا الحاسوب أولًا."),
    "file.damaged_or_oversized": "الملف {name} تالف أو كبير الحجم على نحو غير معقول وتتعذّر قراءته ({reason}).",
    "file.empty": "الملف {name} فارغ: لا يتضمن أي بيانات على الإطلاق.",
    "file.huge": "يبلغ حجم {name} {gigabytes:.1f} غيغابايت، وهو أكبر بكثير من أي ملف جلسة.",
    "file.too_large_mb": ("يبلغ حجم {name} {megabytes:,.0f} ميغابايت، وهو أكبر من أي ملف جلسة "
                          "(الحد الأقصى {limit:,.0f} ميغابايت)."),
    "file.too_many_rows": "يتضمن {name} {rows:,} صفًّا، أي أكثر بكثير مما يتضمنه أي ملف جلسة.",
    "file.not_sqlite": "{name} ليس ملف جلسة من ملفات Workshop App (فهو ليس قاعدة بيانات SQLite).",
    "file.header_truncated": "الملف {name} مبتور: ينتهي داخل ترويسته.",
    "file.bad_page_size": "الملف {name} تالف: تذكر ترويسته حجم صفحة مستحيلًا.",
    "file.partial_page": "الملف {name} مبتور أو تالف: حجمه ليس عددًا صحيحًا من الصفحات.",
    "file.truncated": "الملف {name} مبتور: كان ينبغي أن يتضمن {expected} صفحة، لكن الموجود {present} فقط.",
    "file.bad_header": "الملف {name} تالف: ترويسته ليست ترويسة SQLite.",
    "file.other_sqlite": "{name} قاعدة بيانات SQLite، لكنه ليس ملف جلسة من ملفات Workshop App.",
    "file.other_application": ("{name} يخص تطبيقًا آخر (معرِّف التطبيق {application_id:#x})، "
                               "وليس Workshop App."),
    "file.newer_version": ("كُتب {name} بإصدار أحدث من Workshop App (إصدار الملف {version}، ويقرأ هذا التطبيق "
                           "حتى الإصدار {supported})؛ حدِّث التطبيق لفتحه."),
    "file.newer_version_short": "كُتب {name} بإصدار أحدث من Workshop App (إصدار الملف {version})؛ حدِّث التطبيق.",
    "file.unfinished": "لم يكتمل إنشاء {name} قط؛ فهو لا يتضمن أي مخطط.",
    "file.no_schema": "لا يتضمن {name} أي مخطط.",
    "file.integrity": "الملف {name} تالف: وجد فحص السلامة في SQLite ما يلي: «{first}».",
    "file.not_workshop": "{name} ليس ملف جلسة من ملفات Workshop App.",
    "file.schema_differs": "لا يمكن الوثوق بـ{name}: {problem}.",
    "file.dangling_references": "لا يمكن الوثوق بـ{name}: تشير بعض سجلاته إلى سجلات غير موجودة فيه.",
    "file.rule_breaks": ("لا يمكن الوثوق بـ{name}: {problem}{more}؛ لا يكتب التطبيق أبدًا سجلًّا كهذا، "
                         "فقد أُنشئ الملف أو عُدِّل خارجه (انظر `workshop-app check {name}`)."),
    "file.untrusted_copy": ("{name}: {problem}. لم تجرِ كتابة {what}، حتى لا تُقدَّم أي نسخة على أنها بيانات "
                            "التطبيق نفسه؛ انظر `workshop-app check {name}`."),
    "file.cannot_upgrade": "يتعذّر ترقية {name} إلى هذا الإصدار ({reason}).",
    "file.in_use": "الملف {name} مفتوح بالفعل في نافذة أخرى من Workshop App{who}؛ أغلقه هناك أولًا.",
    "session.not_in_file": "لا توجد جلسة {session} في {name}.",
    "ballot.question_gone": "لم يعد سؤال بطاقة الاقتراع هذه موجودًا.",
    # -- storage: writing
    "write.read_only": "الملف {name} للقراءة فقط؛ اختر اسم ملف أو مجلدًا آخر.",
    "write.folder": "تتعذّر الكتابة في {folder} ({reason})؛ اختر مجلدًا آخر.",
    "write.cannot_replace": ("يتعذّر استبدال {name}: فهو للقراءة فقط أو مفتوح في برنامج آخر (Word؟). "
                             "أغلقه أو اختر اسمًا آخر."),
    "write.failed_nothing_changed": "تعذّرت كتابة {name} ({reason})؛ لم يُغيَّر أي شيء.",
    "write.failed": "تعذّرت كتابة {name}: {reason}.",
    "write.disk_full": ("القرص الذي يحمل {name} ممتلئ: لم يُحفظ التغيير الأخير. أفرغ بعض المساحة أو احفظ "
                        "نسخة في مكان آخر."),
    "write.became_read_only": ("أصبح {name} للقراءة فقط (ذاكرة USB مقفلة أو منزوعة؟): لم يُحفظ التغيير الأخير. "
                               "احفظ نسخة في مكان آخر."),
    "write.drive_gone": ("تتعذّر الكتابة في {name} (ربما نُزع محرك الأقراص): لم يُحفظ التغيير الأخير. "
                         "احفظ نسخة في مكان آخر."),
    "write.not_saved": "تعذّر حفظ التغيير في {name} ({reason}). لم يُخزَّن أي جزء منه.",
    "write.open_read_only": "الملف {name} مفتوح للقراءة فقط؛ لا يمكن تغيير أي شيء.",
    "handover.same_file": "يجب أن تكون نسخة التسليم ملفًا غير الملف المفتوح.",
    # -- storage: interchange JSON
    "json.not_object": "ملف JSON هذا ليس مستند تبادل من مستندات Workshop App (فهو ليس كائنًا).",
    "json.other_format": "هذا المستند بالصيغة {format}؛ ويقرأ هذا الإصدار من التطبيق الصيغة {supported}.",
    "json.no_format": ("ملف JSON هذا ليس مستند تبادل من مستندات Workshop App "
                       "(لا يتضمن \"format\": \"{supported}\")."),
    "json.not_list": "في {where}، يجب أن يكون «{key}» قائمة.",
    "json.table_not_list": "في المستند، يجب أن يكون «{table}» قائمة.",
    "json.no_consolidation": "في المستند، يشير «consolidation» إلى {id}، وهو ليس من بين خلاصاته الموحدة.",
    "json.record_not_object": "في المستند، {where} ليس كائنًا.",
    "json.no_id": "في المستند، لا يتضمن {where} نصًّا «id».",
    "json.repeated_id": ("في المستند، يحمل {where} المعرِّف {id}، الذي يحمله {first} بالفعل: يحتاج كل سجل إلى "
                         "معرِّف خاص به، ولذلك لم يؤخذ أي شيء من المستند."),
    "json.record_problem": "في المستند، {where}: {problem}.",
    "json.bad_sources": "في المستند، {where}: يجب أن تكون «sources» قائمة بأسماء ملفات.",
    "json.record_unreadable": "في المستند، تتعذّر قراءة {where} ({reason}).",
    "json.too_large": "يتجاوز حجم مستند JSON هذا 1 غيغابايت؛ قسِّمه.",
    "json.invalid": "هذا ليس JSON صالحًا ({reason}).",
    "json.too_deep": "التداخل في ملف JSON هذا أعمق من أن يكون مستند تبادل.",
    "json.ballot_question_missing": "تذكر إحدى بطاقات الاقتراع سؤالًا غير وارد في المستند",
    "import.invalid_record": "لم يُستورد أي شيء: {kind} {id}: {error}",
    "import.missing_reference": ("لم يُستورد أي شيء: يشير السجل {id} من نوع «{kind}» إلى سجل من نوع «{target}» "
                                 "({ref}) غير موجود في المستند ولا في {name}."),
    # -- merge
    "merge.master_itself": "{name} هو الملف الرئيسي نفسه؛ اختر الملفات المراد دمجها فيه.",
    "merge.missing_reference": ("يشير {name} إلى سجل من نوع «{target}» ({ref}) غير موجود فيه ولا في الملف الرئيسي؛ "
                                "لم يُدمج أي شيء منه."),
    "merge.seal_mismatch": "عُدِّل {name} بعد تسليمه: ختمه لا يطابق محتواه.",
    "merge.altered": ("غُيِّر {name} خارج التطبيق: عدد السجلات التي لم تعد تطابق بصمة محتواها أو تحمل سجل "
                      "إصدارات لا يكتبه التطبيق أبدًا: {count} ({shown}{more})."),
    "merge.orphan_version": "لا يمكن الوثوق بـ{name}: يحتفظ بإصدار من سجل من نوع «{table}» لا يتضمنه.",
    "merge.unreadable_records": "لا يمكن الوثوق بـ{name}: تتعذّر قراءة بعض أسئلته أو بطاقات اقتراعه.",
    "merge.rule_breaks": "لا يمكن الوثوق بـ{name}: {problem}{more}؛ لا يكتب التطبيق أبدًا سجلًّا كهذا.",
    "merge.not_utf8": "الملف {name} ليس نصًّا بترميز UTF-8، ومن ثم فهو ليس ملف JSON للتبادل.",
    "merge.document_too_large": "يتجاوز حجم {name} {megabytes} ميغابايت؛ فهو ليس مذكرة كتبها هذا التطبيق.",
    "merge.cancelled_before": "أُلغي قبل هذا الملف",
    "merge.stopped": "توقف الدمج: تعذّرت الكتابة في الملف الرئيسي",
    "merge.bad_review_data": "{name}: بيانات المراجعة فيه (التعارضات، والمصدر، والمطابقات) مشوهة ({reason}).",
    "conflict.not_found": "لا يوجد تعارض مفتوح {ident} في {name}؛ اعرض قائمة التعارضات باستخدام `conflicts`.",
    "conflict.ambiguous": "يدل {ident} على {count} من التعارضات؛ أدخل جزءًا أطول من المعرِّف.",
    "conflict.bad_keep": "اختر الإصدار المراد الاحتفاظ به: {choices}، وليس {keep!r}.",
    "conflict.already_resolved": "سبق حل هذا التعارض.",
    "mapping.no_key": "اختر مفتاحًا من مفاتيح الإطار، أو أبقِ الخيار منفصلًا.",
    # -- imports
    "import.unknown_kind": ("{name}: يستورد التطبيق ملفات التبادل .json، ومذكرات Word (.docx) التي كتبها، "
                            "وجداول .xlsx/.csv."),
    "sheet.no_session": "لا يتضمن {name} أي جلسة بعد؛ أنشئ جلسة قبل استيراد جدول.",
    "sheet.which_session": ("يتضمن {name} {count} من الجلسات؛ حدِّد الجلسة التي ينتمي إليها الجدول باستخدام "
                            "--session: {listed}."),
    "sheet.nothing_imported": "لم يُستورد أي شيء من {name}: {problem}{more}",
    "sheet.more_problems": " (وفي {count} من الصفوف الأخرى مشاكل أيضًا.)",
    "sheet.no_rows": "لا يتضمن {name} أي صفوف تحت ترويسته؛ لم يُضف أي شيء.",
    "sheet.already_imported": ("جميع بطاقات الاقتراع الواردة في {name} موجودة بالفعل في هذه الجلسة "
                               "(هل استُورد من قبل؟)؛ لم يُضف أي شيء."),
    "sheet.too_many_rows": ("يتضمن {name} أكثر من {limit:,} صف؛ وهذا ليس سجل حضور جلسة واحدة ولا بطاقات "
                            "اقتراعها. قسِّمه إلى جداول أصغر."),
    "sheet.wrong_suffix": "{name}: تُقرأ الجداول من ملفات .xlsx أو .csv.",
    "sheet.unknown_kind": ("{name} ليس جدول حضور (بأعمدة مثل الاسم، والمنظمة، وفئة أصحاب المصلحة، والبلد، "
                           "والموافقة) ولا جدول بطاقات اقتراع (بأعمدة 1، 2، 3… أو عمود لكل خيار)؛ "
                           "وصفّه الأول: {shown}."),
    "sheet.not_xlsx": ("تتعذّر قراءة {name} بوصفه مصنف Excel ({reason})؛ احفظه مجددًا من Excel بصيغة "
                       ".xlsx، أو بصيغة CSV UTF-8."),
    "sheet.false_bom": "الملف {name} تالف: فهو موسوم بأنه نص Unicode لكنه ليس كذلك.",
    "sheet.encoding": ("الملف {name} ليس نصًّا بترميز UTF-8 ولا Windows-1252؛ احفظه من برنامج الجداول "
                       "بصيغة «CSV UTF-8»."),
    "sheet.csv_too_large": "يتجاوز حجم {name} {megabytes} ميغابايت؛ قسِّمه.",
    "sheet.csv_unreadable": "تتعذّر قراءة {name} بصيغة CSV قرب السطر {line} ({reason}).",
    # -- exports: formats and options
    "export.unknown_format": "صيغة التصدير «{name}» غير معروفة؛ استخدم إحدى الصيغ التالية: {choices}.",
    "export.unknown_language": "يجب أن تكون لغة المستند إحدى اللغات التالية: {choices}، وليس «{language}».",
    "export.unknown_profile": "يجب أن يكون طول المذكرة أحد الخيارات التالية: {choices}، وليس «{profile}».",
    "export.unknown_anonymisation": "يجب أن يكون إخفاء الهوية أحد الخيارات التالية: {choices}، وليس «{mode}».",
    "export.unknown_table": "لا يوجد جدول «{table}»؛ اختر أحد الجداول التالية: {choices}.",
    "export.no_such_session": "لا توجد جلسة {session} في {name}؛ انظر workshop-app info.",
    "export.no_session": "لا يتضمن {name} أي جلسة لتصديرها.",
    "export.cancelled": "أُلغي التصدير؛ لم يُكتب أي شيء.",
    # -- exports: Word notes read back
    "note.too_large_to_read": "حجم {name} أكبر من أن يُقرأ.",
    "note.not_zip": "{name} ليس مستند Word (.docx): فهو ليس حزمة zip.",
    "note.zip_bomb": "ينتج عن فك ضغط {name} أكثر مما يقبله هذا التطبيق؛ فرُفض دون قراءته.",
    "note.not_word": "{name} ملف zip لكنه ليس مستند Word (لا يتضمن word/document.xml).",
    "note.part_bomb": "{name}: ينتج عن فك ضغط بياناته المضمّنة أكثر مما يقبله هذا التطبيق؛ فرُفض دون قراءته.",
    "note.part_too_large": "{name}: حجم بياناته المضمّنة أكبر مما يقبله هذا التطبيق.",
    "note.no_data": ("لا يحمل {name} أي بيانات من Workshop App: لا يمكن استيراد إلا مذكرات Word التي كتبها "
                     "هذا التطبيق (export --format docx، compile-notes)."),
    "note.data_damaged": "{name}: بياناته المضمّنة تالفة ({reason}).",
    "note.data_unknown": "{name}: بياناته المضمّنة ليست بصيغة يقرؤها هذا التطبيق.",
    "note.checksum": "{name}: بياناته المضمّنة لا تطابق مجموعها الاختباري؛ فقد تلفت أو عُدِّلت.",
    "note.not_docx": "تتعذّر قراءة {name} بوصفه مستند Word ({kind}).",
    "compile.no_notes": "قدِّم مذكرة Word واحدة على الأقل لتجميعها.",
    "compile.too_many": "لا يمكن تجميع أكثر من {limit} مذكرة في المرة الواحدة.",
    "compile.output_is_note": "يجب أن يكون المستند المجمَّع ملفًا جديدًا، لا إحدى المذكرات.",
    # -- samples
    "sample.unknown": "لا توجد عيّنة «{which}»؛ اختر إحدى العيّنات التالية: demo، {choices}.",
    "template.unknown": "لا يوجد نموذج «{template}»: قدِّم ملف .workshop أو .json، أو أحد النماذج التالية: {choices}.",
    "template.no_session": "لا يتضمن {name} أي جلسة يمكن استخدامها نموذجًا.",
    # -- samples: the UN-Habitat framework template, asked in the session's language
    "framework.session_title": "حوار بشأن الخطة الاستراتيجية للفترة 2026–2029",
    "framework.prompt.ranking": ("رتِّب الأولويات الخمس للخطة الاستراتيجية للفترة 2026–2029، "
                                 "بدءًا بأهمها."),
    "framework.prompt.points": "وزِّع 100 نقطة على الأولويات وفقًا للمجالات التي ينبغي أن تُوجَّه إليها الموارد.",
    "framework.prompt.rating": ("ما مدى أهمية كل نقطة من نقاط الانطلاق الناشئة لعملك؟ "
                                "(1 = غير مهمة على الإطلاق، 5 = أساسية)"),
    "framework.prompt.open": "نقاط القوة والضعف والفرص والتهديدات: ما الذي ينبغي أن تستفيد منه الخطة؟",
    "framework.entry_point.E1": ("تسخير التحضر من أجل الرخاء المنصف: حصول الجميع على السكن والبنية التحتية "
                                 "والخدمات الأساسية"),
    "framework.entry_point.E2": ("العيش في وئام مع الطبيعة: التخفيف والتكيف والتنوع البيولوجي والاقتصاد "
                                 "الدائري"),
    "framework.entry_point.E3": ("جوانب الهجرة والتشرد المتعلقة بالمستوطنات البشرية؛ إعادة البناء على نحو أفضل "
                                 "بعد النزاعات والكوارث"),
    "framework.swot.strength": "ما الذي يجيده موئل الأمم المتحدة وينبغي أن تبني عليه الخطة المقبلة؟",
    "framework.swot.weakness": "أين قصّر موئل الأمم المتحدة، وما الدروس التي ينبغي أن تستخلصها الخطة؟",
    "framework.swot.opportunity": "ما الاتجاهات أو الشراكات التي يمكن أن تستفيد منها الخطة؟",
    "framework.swot.threat": "ما الذي قد يحول دون تحقيق الخطة لنتائجها؟",
    # -- cli
    "cli.no_such_id": "لا يوجد سجل من نوع «{kind}» بالمعرِّف {wanted} في {where}.",
    "cli.ambiguous_id": ("قد يدل {wanted} على أي من {count} من السجلات من نوع «{kind}» في {where}؛ "
                         "أدخل جزءًا أطول من المعرِّف."),
    "cli.results_rule_breaks": ("يتضمن {name} {count} من بطاقات الاقتراع التي لا يمكن أن يكون التطبيق قد كتبها "
                                "({problem})، ولذا ستكون نتائجه خاطئة؛ انظر `workshop-app check {name}`."),
    "cli.no_session": "لا يتضمن {name} أي جلسة بعد، فلا يوجد ما يُحلَّل.",
    "cli.resolve_needs_both": "لحل تعارض، قدِّم الخيارين --keep ID و--version winner|other كليهما.",
    # -- cli: what main() says when a command stops
    "cli.demo_exists": ("{path} موجود بالفعل؛ أضف --open لفتحه، أو --fresh لاستبداله بعرض توضيحي جديد."),
    "cli.aborted": "أُجهض.",
    "cli.interrupted": "قوطع.",
    "cli.damaged_rows": "الملف تالف وتتعذّر قراءته ({reason}).",
    "cli.nested_too_deep": "الملف تالف: فيه قيمة متداخلة على نحو أعمق بكثير من أي شيء يكتبه التطبيق.",
    # -- host
    "failure.unexpected": "خطأ غير متوقع ({kind}: {error})؛ التفاصيل في {log}",
    # -- phones
    "phones.cannot_listen": "يتعذّر على خادم الهواتف الاستماع على {host}:{port} ({reason}).",
    "phones.failed_to_start": "توقف خادم الهواتف لحظة بدء تشغيله؛ انظر السجل.",
    "phones.stopped": "توقف خادم الهواتف على نحو غير متوقع؛ انظر السجل.",
    "phones.not_an_address": "«{host}» ليس عنوان IP: قدِّم عنوان واجهة شبكة واحدة.",
    "phones.every_network": "سيستمع {host} على جميع الشبكات: قدِّم عنوان واجهة واحدة.",
    "phones.bad_registration": "يجب أن يكون التسجيل أحد الخيارات التالية: {choices}، وليس «{mode}».",
    "phones.no_question": "لا يوجد سؤال {question} في هذه الجلسة.",
    "phones.no_session": "لا توجد جلسة {session} في {name}.",
    "phones.no_session_yet": "لا يتضمن {name} أي جلسة بعد: لا يوجد ما يُجاب عنه.",
    "phones.several_sessions": "يتضمن {name} {count} من الجلسات: حدِّد إحداها باستخدام --session.",
    "phones.no_private_address": ("ليس لهذا الحاسوب عنوان شبكة خاص (192.168.x.y، 10.x.y.z، 172.16-31.x.y): "
                                  "اتصل بشبكة Wi-Fi في القاعة أو شغِّل نقطة اتصال، أو قدِّم عنوانًا باستخدام --host."),
    "phones.several_addresses": ("لهذا الحاسوب عدة عناوين خاصة: {addresses}. "
                                 "قدِّم عنوان شبكة القاعة باستخدام --host."),
    # -- what a record is, as a word inside another message ("يشير إلى سجل من نوع «{target}»")
    "record.frameworks": "إطار",
    "record.sessions": "جلسة",
    "record.questions": "سؤال",
    "record.options": "خيار",
    "record.participants": "مشارك",
    "record.ballots": "بطاقة اقتراع",
    "record.comments": "تعليق",
    "record.key_messages": "رسالة رئيسية",
    "copy.export": "ملف التصدير",
    "copy.handover": "نسخة التسليم",
    # -- `workshop-app check` (storage/check.py)
    "check.shown": "{items}",
    "check.shown_more": "{items}؛ و{count} غيرها",
    "check.unreadable_record": "{table} {id}: تتعذّر قراءته",
    "check.altered": "السجلات التي غُيِّرت خارج التطبيق (لم يعد محتواها يطابق بصمتها): {count}؛ {shown}",
    "check.rule_breaks": "بطاقات الاقتراع التي تخالف القواعد التي يطبقها كل استيراد ودمج: {count}؛ {shown}",
    "check.seal_broken": "الختم لا يطابق المحتوى: عُدِّل الملف بعد تسليمه",
    "check.integrity_ok": "السلامة: سليم (quick_check)؛ معرِّف التطبيق والمخطط (الإصدار {version}): سليمان",
    "check.older_version": "الملف من إصدار أقدم؛ وسيُرقّى عند فتحه في التطبيق",
    "check.stray_wal": ("يوجد بجانبه {name} لكنه لا يتضمن أي شيء تقبله SQLite لهذا الملف (متبقٍّ من نسخة أخرى "
                        "أو من دورة سابقة): يُتجاهَل كما تتجاهله SQLite، ويُعاد استخدامه عند التغيير التالي"),
    "check.no_seal": "الختم: لا يوجد (ملف عمل؛ يكتب الأمر `handover` نسخة مختومة)",
    "check.seal_ok": "الختم: سليم ({digest}…)",
    "check.holds": "يتضمن: {counts}",
    "check.holds_nothing": "لا يتضمن أي جلسة بعد",
    "check.count.frameworks": "الأطر: {n}",
    "check.count.sessions": "الجلسات: {n}",
    "check.count.questions": "الأسئلة: {n}",
    "check.count.options": "الخيارات: {n}",
    "check.count.participants": "المشاركون: {n}",
    "check.count.ballots": "بطاقات الاقتراع: {n}",
    "check.count.comments": "التعليقات: {n}",
    "check.count.key_messages": "الرسائل الرئيسية: {n}",
    "check.count.consolidations": "الخلاصات الموحدة: {n}",
    "check.unusable": "{error}",
    "check.lock_file": "بجانبه ملف قفل: ربما يكون الملف مفتوحًا في التطبيق الآن",
    # -- imports: Word notes edited in Word
    "import.word_edits": ("{name}: الرسائل الرئيسية التي يختلف نصها في Word عن بيانات المذكرة: {count}؛ "
                          "واستُوردت البيانات كما كتبها التطبيق."),
    "import.word_edits_hint": "للاحتفاظ بالنص كما عُدِّل في Word، استورد المذكرة مجددًا مع الخيار --take-word-text.",
    "import.word_edits_taken": ("{name}: الرسائل الرئيسية التي احتُفظ بنصها المعدَّل في Word، بوصفه تنقيحات "
                                "جديدة: {count}."),
    # -- imports: what an import did
    "import.summary": ("استيراد {name}: السجلات المضافة: {added}؛ دون تغيير (موجودة بالفعل): {unchanged}؛ "
                       "المحدَّثة بالتقديم السريع: {fast_forwarded}؛ المتقادمة: {stale}؛ التعارضات: "
                       "{conflicts}.{then}"),
    "import.conflicts_kept": (" السجلات التي عُدِّلت هنا وفي {name} كلٌّ على حدة: {count}؛ احتُفظ بالنسختين "
                              "وتُعرض إحداهما؛ راجعها باستخدام: workshop-app conflicts {file}"),
    "import.conflicts_open": " التعارضات التي لا تزال مفتوحة في {file}: {count} (workshop-app conflicts {file}).",
    # -- imports: what a sheet import did, each note after it
    "sheet.added_ballots": "بطاقات الاقتراع المضافة إلى «{title}» من {name}: {count}.",
    "sheet.added_ballots_per_question": "بطاقات الاقتراع المضافة إلى «{title}» من {name}: {count} ({counts}).",
    "sheet.question_count": "السؤال {question}: {count}",
    "sheet.question_counts": "{counts}؛ السؤال {question}: {count}",
    "sheet.added_participants": "المشاركون المضافون إلى «{title}» من {name}: {count}.",
    "sheet.with_note": "{text} {note}",
    "sheet.duplicates": "المتخطَّون لوجودهم بالفعل في الجلسة (الاسم نفسه والمنظمة نفسها): {count}.",
    "sheet.unknown_groups": ("المشاركون الذين لم تُعرف فئتهم من أصحاب المصلحة فعُيِّنت لهم الفئة «أخرى»: {count} "
                             "({shown})."),
    "sheet.quoted": "«{text}»",
    "sheet.blank": "(فارغ)",
    "sheet.no_answer": "الصفوف المتخطّاة لخلوّها من أي إجابة: {count}.",
    "sheet.worksheet": "قُرئت ورقة العمل «{sheet}».",
    "sheet.read_as_cp1252": ("الملف {name} ليس بترميز UTF-8؛ فقُرئ بترميز Windows-1252 (أوروبا الغربية). "
                             "تحقق من الحروف المشكولة؛ وللكتابات الأخرى احفظه بصيغة «CSV UTF-8»."),
    "sheet.first_row_empty": "لا شيء",
    # -- imports: a row that cannot be imported, named by its number
    "sheet.which_question": ("أضف عمود «السؤال» يبيّن السؤال الذي تجيب عنه كل بطاقة اقتراع (رقمه)؛ فهذه الأعمدة "
                             "تطابق أكثر من سؤال واحد في هذه الجلسة، أو لا تطابق أي سؤال."),
    "sheet.row_no_person": "الصف {row} ليس فيه اسم ولا منظمة ولا مقعد؛ املأ أحدها أو احذف الصف.",
    "sheet.row_consent": ("الصف {row}: «{value}» تحت «{header}» ليست «نعم» ولا «لا» (تُفهم أيضًا 1/0 "
                          "وعلامة x)."),
    "sheet.row_not_whole": "الصف {row}: «{value}» تحت «{header}» ليس عددًا صحيحًا.",
    "sheet.row_no_question": "الصف {row}: بيِّن السؤال الذي تجيب عنه بطاقة الاقتراع هذه (رقمه).",
    "sheet.row_no_such_question": "الصف {row}: لا يوجد سؤال برقم {number}؛ أسئلة الجلسة مرقّمة من 1 إلى {count}.",
    "sheet.row_unknown_question": "الصف {row}: «{text}» لا يدل على أي سؤال في هذه الجلسة؛ استخدم رقمه.",
    "sheet.row_open_question": "الصف {row}: السؤال {number} سؤال مفتوح؛ يتلقى تعليقات، لا بطاقات اقتراع.",
    "sheet.row_no_participant": ("الصف {row}: لا يوجد مشارك باسم «{text}» في هذه الجلسة؛ استورد جدول الحضور "
                                 "أولًا، أو اترك الخلية فارغة لبطاقة اقتراع غير مسمّاة."),
    "sheet.row_same_name": "الصف {row}: يحمل {count} من المشاركين الاسم «{text}»؛ استخدم مقاعدهم بدلًا من ذلك.",
    "sheet.row_not_option": ("الصف {row}: «{token}» تحت «{header}» ليس خيارًا من خيارات السؤال {number}؛ "
                             "استخدم رقمه (من 1 إلى {count}) أو اسمه."),
    "sheet.row_not_option_keys": ("الصف {row}: «{token}» تحت «{header}» ليس خيارًا من خيارات السؤال {number}؛ "
                                  "استخدم رقمه (من 1 إلى {count}) أو مفتاحه ({keys}) أو اسمه."),
    "sheet.row_ballot": "الصف {row}: {error}",
    "sheet.row_voted": "الصف {row}: لدى {person} بالفعل بطاقة اقتراع للسؤال {number} في هذه الجلسة.",
    "sheet.row_voted_twice": "الصف {row}: لدى {person} بالفعل بطاقة اقتراع للسؤال {number} في الصف {first}.",
    # -- attendance sheets read by the Participants view
    "attendance.is_ballots": "{name} ورقة بطاقات اقتراع، وليست ورقة حضور؛ استوردها من ملف ▸ استيراد.",
    "attendance.no_header": "{name}: لم يُعثر على عنوان عمود «الاسم» أو «المنظمة»؛ أضف صف عناوين.",
    # -- merge notes (merge/)
    "merge.note.not_sealed": "غير مختوم (نسخة عمل، لا نسخة تسليم): لا يمكن إثبات أنه لم يُعدَّل منذ الإدخال",
    "merge.note.word_note": "مذكرة Word: دُمجت من بياناتها المضمَّنة، دون ختم",
    "merge.note.json_file": "ملف JSON: دُمج من البيانات الواردة فيه، دون ختم",
    "merge.note.mapping_differs": "«{label}» مطابَق مع {source} في الملف المصدر، لكنه مطابَق مع {master} هنا؛ ويُحتفظ بقرار الملف الرئيسي",
    "merge.note.kept_separate": "لا شيء (أُبقي منفصلًا)",
    "merge.note.merged_before": "سبق دمج هذا الملف نفسه ({when})",
    "merge.note.merged_before_nothing_new": "سبق دمج هذا الملف نفسه ({when})؛ ولم يرد منه أي جديد",
    "value.yes": "نعم",
    "value.no": "لا",
    "consolidation.empty_message": "لا يجوز أن تكون الرسالة الرئيسية فارغة.",
    "consolidation.not_text": "يجب أن تكون الرسالة الرئيسية نصًا.",
    "consolidation.too_long": "يبلغ طول هذا النص {length:,} حرفًا؛ والحد الأقصى {limit:,} حرفًا.",
    "record.consolidations": "الخلاصة الموحدة",
    "cli.consolidation_two_conclusions": "اذكر الاستنتاجات مرة واحدة: ‎--conclusions أو ‎--conclusions-file، لا كليهما.",
    "cli.consolidation_two_lists": "اذكر ‎--key-message أو ‎--no-key-messages، لا كليهما.",
    "cli.consolidation_saved": "حُفظت الخلاصة الموحدة لـ {name} (المراجعة {rev})؛ وهي تتصدر خلاصة حواراته.",
    "cli.consolidation_none": "ليس لـ {name} خلاصة موحدة خاصة به بعد: اكتبها باستخدام ‎--title و‎--key-message و‎--conclusions.",
    "cli.consolidation_title": "العنوان: {title}",
    "cli.consolidation_key_messages": "الرسائل الرئيسية ({n}):",
    "cli.consolidation_conclusions": "الاستنتاجات:",
}
