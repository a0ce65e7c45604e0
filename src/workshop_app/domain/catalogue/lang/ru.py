"""The core messages in Russian: code -> str.format template (see __init__)."""

TEXTS: dict[str, str] = {
    "_list_separator": ", ",
    # -- records (domain/rules.py)
    "session.no_title": "У сессии должно быть название.",
    "question.unknown_kind": "Тип вопроса должен быть одним из следующих: {choices}, а не {kind!r}.",
    "question.no_budget": "Для вопроса с распределением баллов нужен положительный бюджет баллов.",
    "question.bad_top_n": "Число N для «первых N» должно быть положительным числом вариантов.",
    "question.bad_scale": "Шкала оценок должна идти от меньшего числа к большему.",
    "option.no_label": "У варианта должно быть название.",
    "participant.unknown_group": "Неизвестная группа заинтересованных сторон {group!r}; используйте одну из следующих: "
                                 "{choices}.",
    "comment.empty": "Замечание не может быть пустым.",
    "comment.too_long": ("Длина этого замечания — {length:,} знаков; одно замечание может содержать не более "
                         "{limit:,}. Разделите его на несколько замечаний."),
    "comment.unknown_swot": "Категория SWOT должна быть одной из следующих: {choices}.",
    # -- ballots
    "ballot.not_one_kind": "Бюллетень содержит ровно одно из трех: ранжирование, баллы или оценки.",
    "ballot.open_question": "На открытый вопрос даются замечания, а не бюллетени.",
    "ranking.missing": "Это вопрос на ранжирование: укажите порядок вариантов.",
    "ranking.empty_position": "В ранжировании не может быть пустых мест.",
    "ranking.unknown_option": "В ранжировании указан вариант, которого нет в этом вопросе ({option}).",
    "ranking.repeated_option": "Вариант «{option}» указан в ранжировании более одного раза.",
    "ranking.empty": "Ранжирование пусто: поставьте на первое место хотя бы один вариант.",
    "ranking.over_top_n": "В этом вопросе требуется назвать только первые {top_n}; в ранжировании указано вариантов: "
                          "{count}.",
    "points.missing": "Это вопрос на распределение баллов: распределите бюджет баллов между вариантами.",
    "points.unknown_option": "В распределении баллов указан вариант, которого нет в этом вопросе ({option}).",
    "points.not_whole": "Баллы должны быть целыми неотрицательными числами.",
    "points.over_budget": "Распределено баллов: {total}, что на {over} больше бюджета ({budget}).",
    "points.under_budget": "Распределено баллов: {total}; бюджет — {budget}, осталось распределить: {left}.",
    "ratings.missing": "Это вопрос на оценку: оцените варианты.",
    "ratings.unknown_option": "В оценках указан вариант, которого нет в этом вопросе ({option}).",
    "ratings.out_of_scale": "Оценки ставятся от {low} до {high}; у варианта «{option}» — {value!r}.",
    # -- what a facilitator types (parse_typed_order)
    "typed.not_understood": ("Введите номера вариантов через пробел, «=» — для равных мест: «{rest}» не "
                             "распознано."),
    "typed.no_such_option": "Варианта {number} нет; варианты пронумерованы от 1 до {count}.",
    "typed.twice": "Вариант {number} введен дважды.",
    "typed.starts_with_tie": "Ранжирование не может начинаться со знака «=».",
    # -- a stored ballot that breaks the rules (ballot_problems), listed among others
    "ballot.breaks_rule": "бюллетень {id}: {error}",
    "ballot.unreadable": "бюллетень {id}: его невозможно прочитать",
    # -- storage: pieces given to other messages as parameters
    "list.and_more": " (и еще {count})",
    "list.plus_more": " и еще {count}",
    # -- storage: a file as a whole
    "file.in_file": "{name}: {error}",
    "file.missing": "Файл {name} не существует.",
    "file.exists": "Файл {name} уже существует; выберите другое имя.",
    "file.is_folder": "{name} — это папка, а не файл сессии.",
    "file.is_link": "{name} — это ссылка на другой файл, а не файл сессии; используйте сам файл.",
    "file.dangling_link": "{name} — это ссылка, которая никуда не ведет (или зацикливается), а не файл сессии.",
    "file.companion_link": "{extra} рядом с {name} — это ссылка на другой файл; используйте сам файл.",
    "file.stray_companion": ("{extra} находится там, где должен быть {name} (остался от другого файла); "
                             "переместите его или выберите другое имя."),
    "file.unreadable": "Файл {name} невозможно прочитать ({reason}).",
    "file.cannot_open": "Файл {name} невозможно открыть ({reason}).",
    "file.damaged": "Файл {name} поврежден, и его невозможно прочитать ({reason}).",
    "file.damaged_short": "Файл {name} поврежден, и его невозможно прочитать.",
    "file.read_only_medium": ("Файл {name} невозможно открыть для записи (файл или папка только для чтения, "
                              "например защищенный USB-накопитель); сначала скопируйте его на этот компьютер."),
    "file.damaged_or_oversized": "Файл {name} поврежден или слишком велик, и его невозможно прочитать ({reason}).",
    "file.empty": "Файл {name} пуст: в нем нет никаких данных.",
    "file.huge": "Размер файла {name} — {gigabytes:.1f} ГБ, что намного больше любого файла сессии.",
    "file.too_large_mb": ("Размер файла {name} — {megabytes:,.0f} МБ, что больше любого файла сессии "
                          "(предел — {limit:,.0f} МБ)."),
    "file.too_many_rows": "В файле {name} {rows:,} строк, что намного больше, чем в любом файле сессии.",
    "file.not_sqlite": "{name} не является файлом сессии Workshop App (это не база данных SQLite).",
    "file.header_truncated": "Файл {name} обрезан: он заканчивается внутри собственного заголовка.",
    "file.bad_page_size": "Файл {name} поврежден: в его заголовке указан невозможный размер страницы.",
    "file.partial_page": "Файл {name} обрезан или поврежден: его размер не равен целому числу страниц.",
    "file.truncated": "Файл {name} обрезан: в нем должно быть страниц: {expected}, а имеется только {present}.",
    "file.bad_header": "Файл {name} поврежден: его заголовок не является заголовком SQLite.",
    "file.other_sqlite": "{name} — база данных SQLite, но не файл сессии Workshop App.",
    "file.other_application": ("Файл {name} принадлежит другому приложению (идентификатор приложения "
                               "{application_id:#x}), а не Workshop App."),
    "file.newer_version": ("Файл {name} создан более новой версией Workshop App (версия файла {version}, "
                           "это приложение читает версии до {supported}); чтобы открыть его, обновите приложение."),
    "file.newer_version_short": ("Файл {name} создан более новой версией Workshop App (версия файла "
                                 "{version}); обновите приложение."),
    "file.unfinished": "Создание файла {name} не было завершено; в нем нет схемы.",
    "file.no_schema": "В файле {name} нет схемы.",
    "file.integrity": "Файл {name} поврежден: проверка целостности SQLite выявила «{first}».",
    "file.not_workshop": "{name} не является файлом сессии Workshop App.",
    "file.schema_differs": "Файлу {name} нельзя доверять: {problem}.",
    "file.dangling_references": ("Файлу {name} нельзя доверять: некоторые его записи ссылаются на записи, "
                                 "которых в нем нет."),
    "file.rule_breaks": ("Файлу {name} нельзя доверять: {problem}{more}; приложение никогда не создает таких "
                         "записей, значит файл был создан или изменен вне его (см. `workshop-app check {name}`)."),
    "file.untrusted_copy": ("{name}: {problem}. Документ ({what}) не был создан, чтобы ни одна копия не "
                            "выдавала эти данные за данные приложения; см. `workshop-app check {name}`."),
    "file.cannot_upgrade": "Файл {name} невозможно обновить до этой версии ({reason}).",
    "file.in_use": "Файл {name} уже открыт в другом окне Workshop App{who}; сначала закройте его там.",
    "session.not_in_file": "В файле {name} нет сессии {session}.",
    "ballot.question_gone": "Вопроса, к которому относится этот бюллетень, больше не существует.",
    # -- storage: writing
    "write.read_only": "Файл {name} доступен только для чтения; выберите другое имя файла или другую папку.",
    "write.folder": "Невозможно записать в папку {folder} ({reason}); выберите другую папку.",
    "write.cannot_replace": ("Файл {name} невозможно заменить: он доступен только для чтения или открыт в другой "
                             "программе (Word?). Закройте его или выберите другое имя."),
    "write.failed_nothing_changed": "Не удалось записать {name} ({reason}); ничего не изменено.",
    "write.failed": "Не удалось записать {name}: {reason}.",
    "write.disk_full": ("Диск, на котором находится {name}, заполнен: последнее изменение НЕ сохранено. "
                        "Освободите место или сохраните копию в другом месте."),
    "write.became_read_only": ("Файл {name} стал доступен только для чтения (USB-накопитель защищен или "
                               "извлечен?): последнее изменение НЕ сохранено. Сохраните копию в другом месте."),
    "write.drive_gone": ("Файл {name} невозможно записать (возможно, диск был извлечен): последнее изменение НЕ "
                         "сохранено. Сохраните копию в другом месте."),
    "write.not_saved": "Изменение не удалось сохранить в {name} ({reason}). Ничего из него не сохранено.",
    "write.open_read_only": "Файл {name} открыт только для чтения; ничего изменить нельзя.",
    "handover.same_file": "Копия для передачи должна быть другим файлом, а не открытым сейчас.",
    # -- storage: interchange JSON
    "json.not_object": "Этот JSON не является документом обмена Workshop App (это не объект).",
    "json.other_format": "Этот документ имеет формат {format}; эта версия приложения читает {supported}.",
    "json.no_format": "Этот JSON не является документом обмена Workshop App (нет \"format\": \"{supported}\").",
    "json.not_list": "В {where} значение «{key}» должно быть списком.",
    "json.table_not_list": "В документе значение «{table}» должно быть списком.",
    "json.no_consolidation": "В документе «consolidation» указывает на {id}, которого нет среди его сводных обзоров.",
    "json.record_not_object": "В документе {where} не является объектом.",
    "json.no_id": "В документе у {where} нет текстового «id».",
    "json.repeated_id": ("В документе у {where} идентификатор {id}, который уже есть у {first}: у каждой записи "
                         "должен быть свой идентификатор, поэтому из документа ничего не взято."),
    "json.record_problem": "В документе, {where}: {problem}.",
    "json.bad_sources": "В документе, {where}: «sources» должно быть списком имен файлов.",
    "json.record_unreadable": "В документе {where} невозможно прочитать ({reason}).",
    "json.too_large": "Этот документ JSON больше 1 ГБ; разделите его.",
    "json.invalid": "Это недопустимый JSON ({reason}).",
    "json.too_deep": "Вложенность этого JSON слишком глубока для документа обмена.",
    "json.ballot_question_missing": "в бюллетене указан вопрос, которого нет в документе",
    "import.invalid_record": "Ничего не импортировано: {kind} {id}: {error}",
    "import.missing_reference": ("Ничего не импортировано: {kind} {id} ссылается на запись «{target}» ({ref}), "
                                 "которой нет ни в документе, ни в {name}."),
    # -- merge
    "merge.master_itself": "{name} — это сам основной файл; выберите файлы, которые нужно с ним объединить.",
    "merge.missing_reference": ("{name} ссылается на запись «{target}» ({ref}), которой нет ни в нем, ни в "
                                "основном файле; ничего из него не объединено."),
    "merge.seal_mismatch": "Файл {name} был изменен после передачи: его печать не соответствует содержимому.",
    "merge.altered": ("Файл {name} был изменен вне приложения: записи ({count}) больше не соответствуют своему "
                      "хешу содержимого или содержат историю версий, которую приложение никогда не создает "
                      "({shown}{more})."),
    "merge.orphan_version": ("Файлу {name} нельзя доверять: в нем хранится версия записи «{table}», которой "
                             "в нем нет."),
    "merge.unreadable_records": ("Файлу {name} нельзя доверять: некоторые его вопросы или бюллетени невозможно "
                                 "прочитать."),
    "merge.rule_breaks": "Файлу {name} нельзя доверять: {problem}{more}; приложение никогда не создает таких записей.",
    "merge.not_utf8": "{name} не является текстом в кодировке UTF-8, а значит и JSON для обмена.",
    "merge.document_too_large": "Размер {name} больше {megabytes} МБ; это не записка, созданная этим приложением.",
    "merge.cancelled_before": "отменено до этого файла",
    "merge.stopped": "объединение остановлено: основной файл не удалось записать",
    "merge.bad_review_data": ("{name}: его данные для проверки (конфликты, происхождение, сопоставления) "
                              "имеют неверный формат ({reason})."),
    "conflict.not_found": "В {name} нет открытого конфликта {ident}; список конфликтов выводит команда `conflicts`.",
    "conflict.ambiguous": "{ident} соответствует нескольким конфликтам ({count}); укажите идентификатор полнее.",
    "conflict.bad_keep": "Выберите, какую версию сохранить: {choices}, а не {keep!r}.",
    "conflict.already_resolved": "Этот конфликт уже урегулирован.",
    "mapping.no_key": "Выберите ключ рамочной структуры или оставьте вариант отдельным.",
    # -- imports
    "import.unknown_kind": ("{name}: приложение импортирует JSON для обмена (.json), созданные им записки Word "
                            "(.docx) и таблицы .xlsx/.csv."),
    "sheet.no_session": "В {name} еще нет сессии; создайте ее, прежде чем импортировать таблицу.",
    "sheet.which_session": ("В {name} несколько сессий ({count}); укажите с помощью --session, к какой из них "
                            "относится таблица: {listed}."),
    "sheet.nothing_imported": "Из {name} ничего не импортировано: {problem}{more}",
    "sheet.more_problems": " (проблемы есть еще в строках: {count}.)",
    "sheet.no_rows": "В {name} нет строк под заголовком; ничего не добавлено.",
    "sheet.already_imported": ("Все бюллетени из {name} уже есть в этой сессии (может быть, их уже "
                               "импортировали?); ничего не добавлено."),
    "sheet.too_many_rows": ("В {name} более {limit:,} строк; это не список участников и не бюллетени одной "
                            "сессии. Разделите его на таблицы меньшего размера."),
    "sheet.wrong_suffix": "{name}: таблицы считываются из файлов .xlsx или .csv.",
    "sheet.unknown_kind": ("{name} — это ни список участников (столбцы Name, Organisation, Stakeholder group, "
                           "Country, Consent и т. п.), ни таблица бюллетеней (столбцы 1, 2, 3… или по одному на "
                           "вариант); его первая строка: {shown}."),
    "sheet.not_xlsx": ("{name} невозможно прочитать как книгу Excel ({reason}); снова сохраните ее в Excel в "
                       "формате .xlsx или CSV UTF-8."),
    "sheet.false_bom": "Файл {name} поврежден: он помечен как текст Юникода, но не является им.",
    "sheet.encoding": ("{name} не является текстом ни в UTF-8, ни в Windows-1252; сохраните его из электронной "
                       "таблицы в формате «CSV UTF-8»."),
    "sheet.csv_too_large": "Размер {name} больше {megabytes} МБ; разделите его.",
    "sheet.csv_unreadable": "{name} невозможно прочитать как CSV около строки {line} ({reason}).",
    # -- exports: formats and options
    "export.unknown_format": "Неизвестный формат экспорта «{name}»; используйте один из следующих: {choices}.",
    "export.unknown_language": "Язык документа должен быть одним из следующих: {choices}, а не «{language}».",
    "export.unknown_profile": "Объем записки должен быть одним из следующих: {choices}, а не «{profile}».",
    "export.unknown_anonymisation": "Режим анонимизации должен быть одним из следующих: {choices}, а не «{mode}».",
    "export.unknown_table": "Таблицы «{table}» нет; выберите одну из следующих: {choices}.",
    "export.no_such_session": "В {name} нет сессии {session}; см. workshop-app info.",
    "export.no_session": "В {name} нет сессии для экспорта.",
    "export.cancelled": "Экспорт отменен; ничего не записано.",
    # -- exports: Word notes read back
    "note.too_large_to_read": "Файл {name} слишком велик для чтения.",
    "note.not_zip": "{name} не является документом Word (.docx): это не zip-архив.",
    "note.zip_bomb": "После распаковки {name} превышает допустимый для приложения объем; он отклонен без чтения.",
    "note.not_word": "{name} — zip-архив, но не документ Word (нет word/document.xml).",
    "note.part_bomb": ("{name}: после распаковки встроенные данные превышают допустимый для приложения объем; "
                       "отклонено без чтения."),
    "note.part_too_large": "{name}: объем встроенных данных больше допустимого для приложения.",
    "note.no_data": ("В {name} нет данных Workshop App: импортировать можно только записки Word, созданные этим "
                     "приложением (export --format docx, compile-notes)."),
    "note.data_damaged": "{name}: встроенные данные повреждены ({reason}).",
    "note.data_unknown": "{name}: встроенные данные имеют форму, которую это приложение не читает.",
    "note.checksum": "{name}: встроенные данные не соответствуют контрольной сумме; они повреждены или изменены.",
    "note.not_docx": "{name} невозможно прочитать как документ Word ({kind}).",
    "compile.no_notes": "Укажите хотя бы одну записку Word для сведения.",
    "compile.too_many": "За один раз можно свести не более {limit} записок.",
    "compile.output_is_note": "Сводный документ должен быть новым файлом, а не одной из записок.",
    # -- samples and templates
    "sample.unknown": "Образца «{which}» нет; выберите один из следующих: demo, {choices}.",
    "template.unknown": "Шаблона «{template}» нет: укажите файл .workshop или .json или один из следующих: {choices}.",
    "template.no_session": "В {name} нет сессии, которую можно использовать как шаблон.",
    # -- the UN-Habitat framework template, asked in the session's language
    "framework.session_title": "Диалог по стратегическому плану на 2026–2029 годы",
    "framework.prompt.ranking": ("Расположите пять приоритетов стратегического плана на 2026–2029 годы в порядке "
                                 "значимости, начиная с наиболее важного."),
    "framework.prompt.points": ("Распределите 100 баллов между приоритетами в соответствии с тем, куда следует "
                                "направить ресурсы."),
    "framework.prompt.rating": ("Насколько каждая из новых отправных точек актуальна для вашей работы? "
                                "(1 — совсем не актуальна, 5 — крайне важна)"),
    "framework.prompt.open": ("Сильные и слабые стороны, возможности и угрозы (SWOT): какие уроки следует учесть "
                              "в плане?"),
    "framework.entry_point.E1": ("Использование урбанизации в интересах справедливого процветания: всеобщий доступ "
                                 "к жилью, инфраструктуре и базовым услугам"),
    "framework.entry_point.E2": ("Жизнь в гармонии с природой: смягчение последствий изменения климата, адаптация, "
                                 "биоразнообразие и экономика замкнутого цикла"),
    "framework.entry_point.E3": ("Аспекты миграции и перемещения населения, связанные с населенными пунктами; "
                                 "восстановление по принципу «лучше, чем было» после конфликтов и бедствий"),
    "framework.swot.strength": "Что ООН-Хабитат делает хорошо и на что следует опереться в следующем плане?",
    "framework.swot.weakness": "В чем ООН-Хабитат не достигла ожидаемого и какие уроки следует извлечь в плане?",
    "framework.swot.opportunity": "Какие тенденции или партнерства можно было бы использовать в плане?",
    "framework.swot.threat": "Что может помешать выполнению плана?",
    # -- cli
    "cli.no_such_id": "В {where} нет объекта «{kind}» с идентификатором {wanted}.",
    "cli.ambiguous_id": ("{wanted} может обозначать любой из объектов «{kind}» в {where} (их {count}); "
                         "укажите идентификатор полнее."),
    "cli.results_rule_breaks": ("В {name} есть бюллетени ({count}), которые приложение не могло создать "
                                "({problem}), поэтому его результаты были бы неверными; см. "
                                "`workshop-app check {name}`."),
    "cli.no_session": "В {name} еще нет сессии, поэтому анализировать нечего.",
    "cli.resolve_needs_both": ("Чтобы урегулировать конфликт, укажите и --keep ID, и --version winner|other."),
    # -- what main() says when a command stops
    "cli.demo_exists": ("{path} уже существует; добавьте --open, чтобы открыть его, или --fresh, чтобы заменить "
                        "его новым демонстрационным файлом."),
    "cli.aborted": "отменено.",
    "cli.interrupted": "прервано.",
    "cli.damaged_rows": "файл поврежден, и его невозможно прочитать ({reason}).",
    "cli.nested_too_deep": ("файл поврежден: одно из значений в нем вложено гораздо глубже, чем все, что "
                            "создает приложение."),
    # -- host
    "failure.unexpected": "Непредвиденная ошибка ({kind}: {error}); подробности в {log}",
    # -- phones
    "phones.cannot_listen": "Сервер для телефонов не может принимать подключения на {host}:{port} ({reason}).",
    "phones.failed_to_start": "Сервер для телефонов остановился при запуске; см. журнал.",
    "phones.stopped": "Сервер для телефонов неожиданно остановился; см. журнал.",
    "phones.not_an_address": "«{host}» не является IP-адресом: укажите адрес одного сетевого интерфейса.",
    "phones.every_network": "{host} означает прием подключений во всех сетях: укажите адрес одного интерфейса.",
    "phones.bad_registration": "Режим регистрации должен быть одним из следующих: {choices}, а не «{mode}».",
    "phones.no_question": "В этой сессии нет вопроса {question}.",
    "phones.no_session": "В {name} нет сессии {session}.",
    "phones.no_session_yet": "В {name} еще нет сессии: отвечать не на что.",
    "phones.several_sessions": "В {name} несколько сессий ({count}): укажите нужную с помощью --session.",
    "phones.no_private_address": ("У этого компьютера нет частного сетевого адреса (192.168.x.y, 10.x.y.z, "
                                  "172.16-31.x.y): подключитесь к сети Wi-Fi зала или включите точку доступа либо "
                                  "укажите адрес с помощью --host."),
    "phones.several_addresses": ("У этого компьютера несколько частных адресов: {addresses}. "
                                 "Укажите адрес сети зала с помощью --host."),
    # -- what a record is, as a word inside another message ("ссылается на запись «{target}»")
    "record.frameworks": "рамочная структура",
    "record.sessions": "сессия",
    "record.questions": "вопрос",
    "record.options": "вариант",
    "record.participants": "участник",
    "record.ballots": "бюллетень",
    "record.comments": "замечание",
    "record.key_messages": "ключевой тезис",
    "copy.export": "экспорт",
    "copy.handover": "копия для передачи",
    # -- `workshop-app check` (storage/check.py)
    "check.shown": "{items}",
    "check.shown_more": "{items}; и еще {count}",
    "check.unreadable_record": "{table} {id}: невозможно прочитать",
    "check.altered": ("записи, измененные вне приложения (их содержимое больше не соответствует хешу): {count}; "
                      "{shown}"),
    "check.rule_breaks": ("бюллетени, нарушающие правила, которые применяются при любом импорте и объединении: "
                          "{count}; {shown}"),
    "check.seal_broken": "печать не соответствует содержимому: файл был изменен после передачи",
    "check.integrity_ok": ("целостность: в порядке (quick_check); идентификатор приложения и схема (версия "
                           "{version}): в порядке"),
    "check.older_version": "файл более старой версии; при открытии в приложении он будет обновлен",
    "check.stray_wal": ("рядом лежит {name}, но в нем нет ничего, что SQLite принимает для этого файла (остался от "
                        "другой копии или более раннего цикла): он игнорируется, как его игнорирует SQLite, и будет "
                        "использован заново при следующем изменении"),
    "check.no_seal": "печать: нет (рабочий файл; `handover` создает опечатанную копию)",
    "check.seal_ok": "печать: в порядке ({digest}…)",
    "check.holds": "содержит: {counts}",
    "check.holds_nothing": "сессий пока нет",
    "check.count.frameworks": "рамочные структуры: {n}",
    "check.count.sessions": "сессии: {n}",
    "check.count.questions": "вопросы: {n}",
    "check.count.options": "варианты: {n}",
    "check.count.participants": "участники: {n}",
    "check.count.ballots": "бюллетени: {n}",
    "check.count.comments": "замечания: {n}",
    "check.count.key_messages": "ключевые тезисы: {n}",
    "check.count.consolidations": "сводные обзоры: {n}",
    "check.unusable": "{error}",
    "check.lock_file": "рядом лежит файл блокировки: возможно, файл сейчас открыт в приложении",
    # -- imports: Word notes edited in Word
    "import.word_edits": ("{name}: ключевые тезисы, текст которых в Word отличается от данных записки: {count}; "
                          "данные импортированы в том виде, в каком их создало приложение."),
    "import.word_edits_hint": ("Чтобы сохранить текст в том виде, в каком он отредактирован в Word, импортируйте "
                               "записку еще раз с параметром --take-word-text."),
    "import.word_edits_taken": ("{name}: ключевые тезисы, для которых сохранен текст, отредактированный в Word "
                                "(как новые редакции): {count}."),
    # -- imports: what an import did
    "import.summary": ("Импорт {name}: добавлено записей: {added}; без изменений (уже были): {unchanged}; "
                       "обновлено (перемотка вперед): {fast_forwarded}; устаревшие: {stale}; конфликты: "
                       "{conflicts}.{then}"),
    "import.conflicts_kept": (" Записи, отредактированные по отдельности здесь и в {name}: {count}; сохранены обе "
                              "версии, показана одна; просмотрите их командой: workshop-app conflicts {file}"),
    "import.conflicts_open": " Неурегулированные конфликты в {file}: {count} (workshop-app conflicts {file}).",
    # -- imports: what a sheet import did, each note after it
    "sheet.added_ballots": "Добавлено бюллетеней в «{title}» из {name}: {count}.",
    "sheet.added_ballots_per_question": "Добавлено бюллетеней в «{title}» из {name}: {count} ({counts}).",
    "sheet.question_count": "вопрос {question}: {count}",
    "sheet.question_counts": "{counts}; вопрос {question}: {count}",
    "sheet.added_participants": "Добавлено участников в «{title}» из {name}: {count}.",
    "sheet.with_note": "{text} {note}",
    "sheet.duplicates": "Пропущено, так как уже есть в сессии (то же имя и организация): {count}.",
    "sheet.unknown_groups": ("С нераспознанной группой заинтересованных сторон, отнесено к группе «Другие»: "
                             "{count} ({shown})."),
    "sheet.quoted": "«{text}»",
    "sheet.blank": "(пусто)",
    "sheet.no_answer": "Пропущено строк без ответа: {count}.",
    "sheet.worksheet": "Прочитан лист «{sheet}».",
    "sheet.read_as_cp1252": ("{name} не в кодировке UTF-8; он прочитан как Windows-1252 (западноевропейская). "
                             "Проверьте буквы с диакритическими знаками; для других алфавитов сохраните его в "
                             "формате «CSV UTF-8»."),
    "sheet.first_row_empty": "ничего",
    # -- imports: a row that cannot be imported, named by its number
    "sheet.which_question": ("Добавьте столбец «Question» с номером вопроса, на который отвечает каждый бюллетень; "
                             "этим столбцам соответствует несколько вопросов этой сессии или ни одного."),
    "sheet.row_no_person": ("Строка {row}: нет ни имени, ни организации, ни места; заполните одно из них или "
                            "удалите строку."),
    "sheet.row_consent": ("Строка {row}: «{value}» в столбце «{header}» не означает ни «да», ни «нет» (понимаются "
                          "также yes/no, oui/non, 1/0 и x)."),
    "sheet.row_not_whole": "Строка {row}: «{value}» в столбце «{header}» не является целым числом.",
    "sheet.row_no_question": "Строка {row}: укажите номер вопроса, на который отвечает этот бюллетень.",
    "sheet.row_no_such_question": ("Строка {row}: вопроса {number} нет; вопросы сессии пронумерованы от 1 до "
                                   "{count}."),
    "sheet.row_unknown_question": ("Строка {row}: «{text}» не обозначает ни одного вопроса этой сессии; укажите его "
                                   "номер."),
    "sheet.row_open_question": ("Строка {row}: вопрос {number} — открытый; на него даются замечания, а не "
                                "бюллетени."),
    "sheet.row_no_participant": ("Строка {row}: в этой сессии нет участника «{text}»; сначала импортируйте список "
                                 "участников или оставьте ячейку пустой для анонимного бюллетеня."),
    "sheet.row_same_name": ("Строка {row}: участников с именем «{text}» несколько ({count}); укажите вместо имени "
                            "их место."),
    "sheet.row_not_option": ("Строка {row}: «{token}» в столбце «{header}» не является вариантом вопроса {number}; "
                             "укажите его номер (от 1 до {count}) или название."),
    "sheet.row_not_option_keys": ("Строка {row}: «{token}» в столбце «{header}» не является вариантом вопроса "
                                  "{number}; укажите его номер (от 1 до {count}), ключ ({keys}) или название."),
    "sheet.row_ballot": "Строка {row}: {error}",
    "sheet.row_voted": "Строка {row}: у участника {person} уже есть бюллетень по вопросу {number} в этой сессии.",
    "sheet.row_voted_twice": ("Строка {row}: у участника {person} уже есть бюллетень по вопросу {number} в строке "
                              "{first}."),
    # -- attendance sheets read by the Participants view
    "attendance.is_ballots": "{name} — это лист бюллетеней, а не лист регистрации; импортируйте его через меню «Файл ▸ Импорт».",
    "attendance.no_header": "{name}: не найден заголовок столбца «Имя» или «Организация»; добавьте строку заголовков.",
    # -- merge notes (merge/)
    "merge.note.not_sealed": "не опечатан (рабочая копия, а не копия для передачи): невозможно показать, что он не изменялся с момента ввода данных",
    "merge.note.word_note": "записка Word: объединена на основе встроенных данных, без печати",
    "merge.note.json_file": "файл JSON: объединен на основе встроенных данных, без печати",
    "merge.note.mapping_differs": "«{label}»: в исходном файле сопоставление — {source}, здесь — {master}; сохраняется решение основного файла",
    "merge.note.kept_separate": "нет (оставлено отдельным)",
    "merge.note.merged_before": "этот же файл уже был объединен ранее ({when})",
    "merge.note.merged_before_nothing_new": "этот же файл уже был объединен ранее ({when}); нового из него ничего не получено",
    "value.yes": "да",
    "value.no": "нет",
    "consolidation.empty_message": "Ключевой тезис не может быть пустым.",
    "consolidation.not_text": "Ключевой тезис должен быть текстом.",
    "consolidation.too_long": "Длина этого текста — {length:,} знаков; он может содержать не более {limit:,}.",
    "record.consolidations": "сводный обзор",
    "cli.consolidation_two_conclusions": "Укажите выводы один раз: --conclusions или --conclusions-file, но не оба.",
    "cli.consolidation_two_lists": "Укажите --key-message или --no-key-messages, но не оба.",
    "cli.consolidation_saved": "Сводный обзор файла {name} сохранён (редакция {rev}); он открывает обзор его диалогов.",
    "cli.consolidation_none": "В файле {name} ещё нет собственного сводного обзора: напишите его с помощью --title, --key-message и --conclusions.",
    "cli.consolidation_title": "Заголовок: {title}",
    "cli.consolidation_key_messages": "Ключевые тезисы ({n}):",
    "cli.consolidation_conclusions": "Выводы:",
}
