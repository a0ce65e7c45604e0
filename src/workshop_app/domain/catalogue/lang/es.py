"""The core messages in Spanish: code -> str.format template (see __init__).

Terminology follows UN Spanish (UNTERM): "partes interesadas" (stakeholders), "Estados Miembros",
"ONU-Hábitat", "FODA" (SWOT); a ballot is a "papeleta", the master of a merge the "archivo maestro".
"""

TEXTS: dict[str, str] = {
    "_list_separator": ", ",
    # -- records (domain/rules.py)
    "session.no_title": "Una sesión necesita un título.",
    "question.unknown_kind": "El tipo de pregunta debe ser uno de {choices}, no {kind!r}.",
    "question.no_budget": "Una pregunta de puntos necesita un total de puntos positivo.",
    "question.bad_top_n": "El número de opciones principales debe ser un número positivo.",
    "question.bad_scale": "Una escala de valoración debe ir de un número menor a uno mayor.",
    "option.no_label": "Una opción necesita una etiqueta.",
    "participant.unknown_group": "Grupo de partes interesadas desconocido {group!r}; use uno de {choices}.",
    "comment.empty": "Un comentario no puede estar vacío.",
    "comment.too_long": ("Este comentario tiene {length:,} caracteres; un comentario puede contener como máximo "
                         "{limit:,}. Divídalo en varios comentarios."),
    "comment.unknown_swot": "La categoría FODA debe ser una de {choices}.",
    # -- ballots
    "ballot.not_one_kind": "Una papeleta contiene exactamente uno de estos elementos: una clasificación, "
                           "puntos o valoraciones.",
    "ballot.open_question": "Una pregunta abierta admite comentarios, no papeletas.",
    "ranking.missing": "Esta es una pregunta de clasificación: introduzca un orden de opciones.",
    "ranking.empty_position": "Una clasificación no puede contener una posición vacía.",
    "ranking.unknown_option": "La clasificación menciona una opción que no figura en esta pregunta ({option}).",
    "ranking.repeated_option": "La clasificación menciona “{option}” más de una vez.",
    "ranking.empty": "La clasificación está vacía: coloque al menos una opción en primer lugar.",
    "ranking.over_top_n": ("Esta pregunta solo pide las {top_n} primeras opciones; la clasificación menciona "
                           "{count} opciones."),
    "points.missing": "Esta es una pregunta de puntos: reparta el total de puntos entre las opciones.",
    "points.unknown_option": "Los puntos mencionan una opción que no figura en esta pregunta ({option}).",
    "points.not_whole": "Los puntos deben ser números enteros iguales o superiores a cero.",
    "points.over_budget": "Se han asignado {total} puntos, {over} más que el total de {budget}.",
    "points.under_budget": "Se han asignado {total} puntos; el total es {budget}, así que quedan {left} por asignar.",
    "ratings.missing": "Esta es una pregunta de valoración: valore las opciones.",
    "ratings.unknown_option": "Las valoraciones mencionan una opción que no figura en esta pregunta ({option}).",
    "ratings.out_of_scale": "Las valoraciones van de {low} a {high}; “{option}” tiene {value!r}.",
    # -- what a facilitator types (parse_typed_order)
    "typed.not_understood": ("Escriba los números de las opciones separados por espacios y “=” para un empate: "
                             "no se entiende “{rest}”."),
    "typed.no_such_option": "No existe la opción {number}; las opciones están numeradas del 1 al {count}.",
    "typed.twice": "La opción {number} se ha escrito dos veces.",
    "typed.starts_with_tie": "Una clasificación no puede empezar por “=”.",
    # -- a stored ballot that breaks the rules (ballot_problems), listed among others
    "ballot.breaks_rule": "papeleta {id}: {error}",
    "ballot.unreadable": "papeleta {id}: no se puede leer",
    # -- storage: pieces given to other messages as parameters
    "list.and_more": " (y {count} más)",
    "list.plus_more": " y {count} más",
    # -- storage: a file as a whole
    "file.in_file": "{name}: {error}",
    "file.missing": "{name} no existe.",
    "file.exists": "{name} ya existe; elija otro nombre.",
    "file.is_folder": "{name} es una carpeta, no un archivo de sesión.",
    "file.is_link": "{name} es un enlace a otro archivo, no un archivo de sesión; utilice el propio archivo.",
    "file.dangling_link": ("{name} es un enlace que no lleva a ninguna parte (o que forma un bucle), no un archivo "
                           "de sesión."),
    "file.companion_link": "{extra}, junto a {name}, es un enlace a otro archivo; utilice el propio archivo.",
    "file.stray_companion": ("{extra} se encuentra donde estaría {name} (restos de otro archivo); "
                             "muévalo o elija otro nombre."),
    "file.unreadable": "No se puede leer {name} ({reason}).",
    "file.cannot_open": "No se puede abrir {name} ({reason}).",
    "file.damaged": "{name} está dañado y no se puede leer ({reason}).",
    "file.damaged_short": "{name} está dañado y no se puede leer.",
    "file.read_only_medium": ("No se puede abrir {name} para escritura (archivo o carpeta de solo lectura, p. ej., "
                              "una memoria USB bloqueada); cópielo antes en esta computadora."),
    "file.damaged_or_oversized": "{name} está dañado o es demasiado grande y no se puede leer ({reason}).",
    "file.empty": "{name} está vacío: no contiene ningún dato.",
    "file.huge": "{name} ocupa {gigabytes:.1f} GB, mucho más que cualquier archivo de sesión.",
    "file.too_large_mb": ("{name} ocupa {megabytes:,.0f} MB, más que cualquier archivo de sesión (el límite es "
                          "{limit:,.0f} MB)."),
    "file.too_many_rows": "{name} contiene {rows:,} filas, muchas más que cualquier archivo de sesión.",
    "file.not_sqlite": ("{name} no es un archivo de sesión de Workshop App (no es una base de datos SQLite)."),
    "file.header_truncated": "{name} está truncado: termina dentro de su propio encabezado.",
    "file.bad_page_size": "{name} está dañado: su encabezado indica un tamaño de página imposible.",
    "file.partial_page": "{name} está truncado o dañado: su tamaño no es un número entero de páginas.",
    "file.truncated": "{name} está truncado: debería contener {expected} páginas, pero solo hay {present}.",
    "file.bad_header": "{name} está dañado: su encabezado no es un encabezado SQLite.",
    "file.other_sqlite": "{name} es una base de datos SQLite, pero no un archivo de sesión de Workshop App.",
    "file.other_application": ("{name} pertenece a otra aplicación (identificador de aplicación "
                               "{application_id:#x}), no a Workshop App."),
    "file.newer_version": ("{name} fue escrito por una versión más reciente de Workshop App (versión de archivo "
                           "{version}; esta aplicación lee hasta la {supported}); actualice la aplicación para "
                           "abrirlo."),
    "file.newer_version_short": ("{name} fue escrito por una versión más reciente de Workshop App (versión de "
                                 "archivo {version}); actualice la aplicación."),
    "file.unfinished": "La creación de {name} no llegó a terminarse; no contiene ningún esquema.",
    "file.no_schema": "{name} no contiene ningún esquema.",
    "file.integrity": "{name} está dañado: la comprobación de integridad de SQLite ha encontrado “{first}”.",
    "file.not_workshop": "{name} no es un archivo de sesión de Workshop App.",
    "file.schema_differs": "{name} no es fiable: {problem}.",
    "file.dangling_references": ("{name} no es fiable: algunos de sus registros remiten a registros que no "
                                 "contiene."),
    "file.rule_breaks": ("{name} no es fiable: {problem}{more}; la aplicación nunca escribe un registro así, por "
                         "lo que el archivo se creó o modificó fuera de ella (véase `workshop-app check {name}`)."),
    "file.untrusted_copy": ("{name}: {problem}. No se ha escrito el elemento “{what}”, para que ninguna copia haga "
                            "pasar esto por datos de la propia aplicación; véase `workshop-app check {name}`."),
    "file.cannot_upgrade": "No se puede actualizar {name} a esta versión ({reason}).",
    "file.in_use": ("{name} ya está abierto en otra ventana de Workshop App{who}; ciérrelo allí primero."),
    "session.not_in_file": "No existe la sesión {session} en {name}.",
    "ballot.question_gone": "La pregunta de esta papeleta ya no existe.",
    # -- storage: writing
    "write.read_only": "{name} es de solo lectura; elija otro nombre de archivo u otra carpeta.",
    "write.folder": "No se puede escribir en {folder} ({reason}); elija otra carpeta.",
    "write.cannot_replace": ("No se puede sustituir {name}: es de solo lectura o está abierto en otro programa "
                             "(¿Word?). Ciérrelo o elija otro nombre."),
    "write.failed_nothing_changed": "No se pudo escribir {name} ({reason}); no se ha modificado nada.",
    "write.failed": "No se pudo escribir {name}: {reason}.",
    "write.disk_full": ("El disco que contiene {name} está lleno: el último cambio NO se ha guardado. Libere "
                        "espacio o guarde una copia en otro lugar."),
    "write.became_read_only": ("{name} ha pasado a ser de solo lectura (¿una memoria USB bloqueada o retirada?): "
                               "el último cambio NO se ha guardado. Guarde una copia en otro lugar."),
    "write.drive_gone": ("No se puede escribir {name} (puede que se haya retirado la unidad): el último cambio NO "
                         "se ha guardado. Guarde una copia en otro lugar."),
    "write.not_saved": "No se pudo guardar el cambio en {name} ({reason}). No se ha almacenado nada de él.",
    "write.open_read_only": "{name} está abierto en modo de solo lectura; no se puede modificar nada.",
    "handover.same_file": "La copia de entrega debe ser un archivo distinto del que está abierto.",
    # -- storage: interchange JSON
    "json.not_object": ("Este JSON no es un documento de intercambio de Workshop App (no es un objeto)."),
    "json.other_format": "Este documento tiene el formato {format}; esta versión de la aplicación lee {supported}.",
    "json.no_format": ("Este JSON no es un documento de intercambio de Workshop App (falta \"format\": "
                       "\"{supported}\")."),
    "json.not_list": "En {where}, “{key}” debe ser una lista.",
    "json.table_not_list": "En el documento, “{table}” debe ser una lista.",
    "json.no_consolidation": "En el documento, “consolidation” designa {id}, que no figura entre sus síntesis consolidadas.",
    "json.record_not_object": "En el documento, {where} no es un objeto.",
    "json.no_id": "En el documento, {where} no tiene un texto “id”.",
    "json.repeated_id": ("En el documento, {where} tiene el id {id}, que ya tiene {first}: cada registro necesita "
                         "su propio id, por lo que no se ha tomado nada del documento."),
    "json.record_problem": "En el documento, {where}: {problem}.",
    "json.bad_sources": "En el documento, {where}: “sources” debe ser una lista de nombres de archivo.",
    "json.record_unreadable": "En el documento, no se puede leer {where} ({reason}).",
    "json.too_large": "Este documento JSON ocupa más de 1 GB; divídalo.",
    "json.invalid": "Este JSON no es válido ({reason}).",
    "json.too_deep": "Este JSON tiene demasiados niveles de anidamiento para ser un documento de intercambio.",
    "json.ballot_question_missing": "una papeleta menciona una pregunta que no figura en el documento",
    "import.invalid_record": "No se ha importado nada: {kind} {id}: {error}",
    "import.missing_reference": ("No se ha importado nada: {kind} {id} remite a un elemento “{target}” ({ref}) "
                                 "que no figura ni en el documento ni en {name}."),
    # -- merge: sources refused, conflicts, framework mappings
    "merge.master_itself": "{name} es el propio archivo maestro; elija los archivos que desea fusionar en él.",
    "merge.missing_reference": ("{name} remite a un elemento “{target}” ({ref}) que no figura ni en él ni en el "
                                "archivo maestro; no se ha fusionado nada de él."),
    "merge.seal_mismatch": ("{name} se modificó después de su entrega: su sello no coincide con su contenido."),
    "merge.altered": ("{name} se modificó fuera de la aplicación: {count} registro(s) ya no coinciden con su hash "
                      "de contenido o tienen un historial de versiones que la aplicación nunca escribe "
                      "({shown}{more})."),
    "merge.orphan_version": ("{name} no es fiable: conserva una versión de un elemento “{table}” que no "
                             "contiene."),
    "merge.unreadable_records": "{name} no es fiable: algunas de sus preguntas o papeletas no se pueden leer.",
    "merge.rule_breaks": "{name} no es fiable: {problem}{more}; la aplicación nunca escribe un registro así.",
    "merge.not_utf8": "{name} no es texto UTF-8 y, por tanto, no es un JSON de intercambio.",
    "merge.document_too_large": ("{name} ocupa más de {megabytes} MB; no es una nota escrita por esta "
                                 "aplicación."),
    "merge.cancelled_before": "cancelado antes de este archivo",
    "merge.stopped": "la fusión se detuvo: no se pudo escribir el archivo maestro",
    "merge.bad_review_data": ("{name}: sus datos de revisión (conflictos, procedencia, correspondencias) están "
                              "mal formados ({reason})."),
    "conflict.not_found": "No hay ningún conflicto abierto {ident} en {name}; enumérelos con `conflicts`.",
    "conflict.ambiguous": "{ident} corresponde a {count} conflictos; indique una parte mayor del id.",
    "conflict.bad_keep": "Elija qué versión conservar: {choices}, no {keep!r}.",
    "conflict.already_resolved": "Este conflicto ya se ha resuelto.",
    "mapping.no_key": "Elija una clave del marco o mantenga la opción por separado.",
    # -- imports: what can be imported, attendance and ballot sheets
    "import.unknown_kind": ("{name}: la aplicación importa archivos .json de intercambio, notas de Word (.docx) "
                            "escritas por ella y hojas .xlsx/.csv."),
    "sheet.no_session": "{name} aún no contiene ninguna sesión; cree una antes de importar una hoja.",
    "sheet.which_session": ("{name} contiene {count} sesiones; indique con --session a cuál pertenece la hoja: "
                            "{listed}."),
    "sheet.nothing_imported": "No se ha importado nada de {name}: {problem}{more}",
    "sheet.more_problems": " (Otras {count} fila(s) también tienen problemas.)",
    "sheet.no_rows": "{name} no tiene filas debajo del encabezado; no se ha añadido nada.",
    "sheet.already_imported": ("Todas las papeletas de {name} ya están en esta sesión (¿se importó antes?); "
                               "no se ha añadido nada."),
    "sheet.too_many_rows": ("{name} tiene más de {limit:,} filas; eso no corresponde a la asistencia ni a las "
                            "papeletas de una sesión. Divídalo en hojas más pequeñas."),
    "sheet.wrong_suffix": "{name}: las hojas se leen de archivos .xlsx o .csv.",
    "sheet.unknown_kind": ("{name} no es ni una hoja de asistencia (columnas como Name, Organisation, "
                           "Stakeholder group, Country, Consent) ni una hoja de papeletas (columnas 1, 2, 3… o una "
                           "por opción); su primera fila dice {shown}."),
    "sheet.not_xlsx": ("No se puede leer {name} como libro de Excel ({reason}); vuelva a guardarlo desde Excel "
                       "como .xlsx o como CSV UTF-8."),
    "sheet.false_bom": "{name} está dañado: está marcado como texto Unicode, pero no lo es.",
    "sheet.encoding": ("{name} no es texto UTF-8 ni Windows-1252; guárdelo desde su hoja de cálculo como "
                       "“CSV UTF-8”."),
    "sheet.csv_too_large": "{name} ocupa más de {megabytes} MB; divídalo.",
    "sheet.csv_unreadable": "No se puede leer {name} como CSV cerca de la línea {line} ({reason}).",
    # -- exports: formats and options, the scope of an export
    "export.unknown_format": "Formato de exportación desconocido “{name}”; use uno de {choices}.",
    "export.unknown_language": "El idioma del documento debe ser uno de {choices}, no “{language}”.",
    "export.unknown_profile": "La extensión de la nota debe ser una de {choices}, no “{profile}”.",
    "export.unknown_anonymisation": "La anonimización debe ser una de {choices}, no “{mode}”.",
    "export.unknown_table": "No existe la tabla “{table}”; elija una de {choices}.",
    "export.no_such_session": "No existe la sesión {session} en {name}; véase workshop-app info.",
    "export.no_session": "{name} no contiene ninguna sesión que exportar.",
    "export.cancelled": "Exportación cancelada; no se ha escrito nada.",
    # -- exports: Word notes read back
    "note.too_large_to_read": "{name} es demasiado grande para leerlo.",
    "note.not_zip": "{name} no es un documento de Word (.docx): no es un paquete zip.",
    "note.zip_bomb": ("{name} se descomprime en más de lo que admite esta aplicación; se ha rechazado sin "
                      "leerlo."),
    "note.not_word": "{name} es un archivo zip, pero no un documento de Word (falta word/document.xml).",
    "note.part_bomb": ("{name}: sus datos incrustados se descomprimen en más de lo que admite esta aplicación; "
                       "se han rechazado sin leerlos."),
    "note.part_too_large": "{name}: sus datos incrustados superan lo que admite esta aplicación.",
    "note.no_data": ("{name} no contiene datos de Workshop App: solo se pueden importar las notas de Word "
                     "escritas por esta aplicación (export --format docx, compile-notes)."),
    "note.data_damaged": "{name}: sus datos incrustados están dañados ({reason}).",
    "note.data_unknown": "{name}: sus datos incrustados no tienen un formato que esta aplicación pueda leer.",
    "note.checksum": ("{name}: sus datos incrustados no coinciden con su suma de verificación; se han dañado o "
                      "alterado."),
    "note.not_docx": "No se puede leer {name} como documento de Word ({kind}).",
    "compile.no_notes": "Indique al menos una nota de Word para compilar.",
    "compile.too_many": "Se pueden compilar como máximo {limit} notas a la vez.",
    "compile.output_is_note": "El documento compilado debe ser un archivo nuevo, no una de las notas.",
    # -- samples: the demo and the session templates
    "sample.unknown": "No existe el ejemplo “{which}”; elija uno de estos: demo, {choices}.",
    "template.unknown": ("No existe la plantilla “{template}”: indique un archivo .workshop o .json, o una de "
                         "estas: {choices}."),
    "template.no_session": "{name} no contiene ninguna sesión que usar como plantilla.",
    # -- samples: the UN-Habitat framework template, asked in the session's language
    "framework.session_title": "Diálogo sobre el plan estratégico para 2026–2029",
    "framework.prompt.ranking": ("Clasifique las cinco prioridades del plan estratégico para 2026–2029, de la más "
                                 "importante a la menos importante."),
    "framework.prompt.points": ("Reparta 100 puntos entre las prioridades según dónde deberían destinarse los "
                                "recursos."),
    "framework.prompt.rating": ("¿Qué pertinencia tiene cada punto de entrada emergente para su labor? "
                                "(1 = ninguna, 5 = esencial)"),
    "framework.prompt.open": ("Fortalezas, debilidades, oportunidades y amenazas: ¿de qué debería aprender el "
                              "plan?"),
    "framework.entry_point.E1": ("Aprovechar la urbanización para una prosperidad equitativa: acceso universal a "
                                 "la vivienda, la infraestructura y los servicios básicos"),
    "framework.entry_point.E2": ("Vivir en armonía con la naturaleza: mitigación, adaptación, biodiversidad y "
                                 "economía circular"),
    "framework.entry_point.E3": ("Aspectos de la migración y los desplazamientos relativos a los asentamientos "
                                 "humanos; reconstruir mejor tras los conflictos y los desastres"),
    "framework.swot.strength": "¿Qué hace bien ONU-Hábitat en lo que debería basarse el próximo plan?",
    "framework.swot.weakness": "¿En qué se ha quedado corto ONU-Hábitat y qué lecciones debería extraer el plan?",
    "framework.swot.opportunity": "¿Qué tendencias o alianzas podría aprovechar el plan?",
    "framework.swot.threat": "¿Qué podría impedir que el plan dé resultados?",
    # -- cli: what the commands themselves refuse
    "cli.no_such_id": "No existe ningún elemento “{kind}” {wanted} en {where}.",
    "cli.ambiguous_id": ("{wanted} podría corresponder a {count} elementos “{kind}” en {where}; indique una parte "
                         "mayor del id."),
    "cli.results_rule_breaks": ("{name} contiene {count} papeleta(s) que la aplicación no pudo haber escrito "
                                "({problem}), por lo que sus resultados serían erróneos; véase "
                                "`workshop-app check {name}`."),
    "cli.no_session": "{name} aún no contiene ninguna sesión, así que no hay nada que analizar.",
    "cli.resolve_needs_both": "Indique tanto --keep ID como --version winner|other para resolver un conflicto.",
    # -- cli: what main() says when a command stops
    "cli.demo_exists": ("{path} ya existe; añada --open para abrirlo o --fresh para sustituirlo por una nueva "
                        "demostración."),
    "cli.aborted": "anulado.",
    "cli.interrupted": "interrumpido.",
    "cli.damaged_rows": "el archivo está dañado y no se puede leer ({reason}).",
    "cli.nested_too_deep": ("el archivo está dañado: contiene un valor con muchos más niveles de anidamiento que "
                            "cualquier cosa que escriba la aplicación."),
    # -- host: what a person reads about a bug
    "failure.unexpected": "Error inesperado ({kind}: {error}); detalles en {log}",
    # -- phones: the facilitator's side of the phone server
    "phones.cannot_listen": "El servidor de teléfonos no puede escuchar en {host}:{port} ({reason}).",
    "phones.failed_to_start": "El servidor de teléfonos se detuvo al iniciarse; consulte el registro.",
    "phones.stopped": "El servidor de teléfonos se detuvo de forma inesperada; consulte el registro.",
    "phones.not_an_address": "“{host}” no es una dirección IP: indique la dirección de una interfaz de red.",
    "phones.every_network": "{host} escucharía en todas las redes: indique la dirección de una sola interfaz.",
    "phones.bad_registration": "El registro debe ser uno de {choices}, no “{mode}”.",
    "phones.no_question": "No existe la pregunta {question} en esta sesión.",
    "phones.no_session": "No existe la sesión {session} en {name}.",
    "phones.no_session_yet": "{name} aún no contiene ninguna sesión: no hay nada que responder.",
    "phones.several_sessions": "{name} contiene {count} sesiones: indique cuál con --session.",
    "phones.no_private_address": ("Esta computadora no tiene ninguna dirección de red privada (192.168.x.y, "
                                  "10.x.y.z, 172.16-31.x.y): conéctese a la red wifi de la sala o active un punto "
                                  "de acceso, o indique una con --host."),
    "phones.several_addresses": ("Esta computadora tiene varias direcciones privadas: {addresses}. "
                                 "Indique la de la red de la sala con --host."),
    # -- what a record is, as a word inside another message ("remite a un elemento “{target}”")
    "record.frameworks": "marco",
    "record.sessions": "sesión",
    "record.questions": "pregunta",
    "record.options": "opción",
    "record.participants": "participante",
    "record.ballots": "papeleta",
    "record.comments": "comentario",
    "record.key_messages": "mensaje clave",
    "copy.export": "exportación",
    "copy.handover": "copia de entrega",
    # -- `workshop-app check` (storage/check.py)
    "check.shown": "{items}",
    "check.shown_more": "{items}; y {count} más",
    "check.unreadable_record": "{table} {id}: no se puede leer",
    "check.altered": ("registros modificados fuera de la aplicación (su contenido ya no coincide con su hash): "
                      "{count}; {shown}"),
    "check.rule_breaks": ("papeletas que infringen las reglas que aplican todas las importaciones y fusiones: "
                          "{count}; {shown}"),
    "check.seal_broken": "el sello no coincide con el contenido: el archivo se modificó después de su entrega",
    "check.integrity_ok": ("integridad: correcta (quick_check); identificador de aplicación y esquema (versión "
                           "{version}): correctos"),
    "check.older_version": "el archivo es de una versión anterior; al abrirlo en la aplicación se actualizará",
    "check.stray_wal": ("{name} está junto a él, pero no contiene nada que SQLite acepte para este archivo (restos "
                        "de otra copia o de un ciclo anterior): se ignora, como lo ignora SQLite, y se reutilizará "
                        "en el próximo cambio"),
    "check.no_seal": "sello: ninguno (un archivo de trabajo; `handover` escribe una copia sellada)",
    "check.seal_ok": "sello: correcto ({digest}…)",
    "check.holds": "contiene: {counts}",
    "check.holds_nothing": "aún no contiene ninguna sesión",
    "check.count.frameworks": "marcos: {n}",
    "check.count.sessions": "sesiones: {n}",
    "check.count.questions": "preguntas: {n}",
    "check.count.options": "opciones: {n}",
    "check.count.participants": "participantes: {n}",
    "check.count.ballots": "papeletas: {n}",
    "check.count.comments": "comentarios: {n}",
    "check.count.key_messages": "mensajes clave: {n}",
    "check.count.consolidations": "síntesis consolidadas: {n}",
    "check.unusable": "{error}",
    "check.lock_file": ("hay un archivo de bloqueo junto a él: puede que el archivo esté abierto en la aplicación "
                        "en este momento"),
    # -- imports: Word notes edited in Word
    "import.word_edits": ("{name}: mensajes clave cuyo texto en Word difiere de los datos de la nota: {count}; "
                          "los datos se han importado tal como los escribió la aplicación."),
    "import.word_edits_hint": ("Para conservar el texto tal como se editó en Word, vuelva a importar la nota con "
                               "--take-word-text."),
    "import.word_edits_taken": ("{name}: mensajes clave cuyo texto editado en Word se ha conservado, como nuevas "
                                "revisiones: {count}."),
    # -- imports: what an import did
    "import.summary": ("Importación de {name}: registros añadidos: {added}; sin cambios (ya estaban): {unchanged}; "
                       "actualizados por avance rápido: {fast_forwarded}; obsoletos: {stale}; conflictos: "
                       "{conflicts}.{then}"),
    "import.conflicts_kept": (" Registros editados por separado aquí y en {name}: {count}; se conservan ambas "
                              "versiones y se muestra una; revíselos con: workshop-app conflicts {file}"),
    "import.conflicts_open": " Conflictos aún abiertos en {file}: {count} (workshop-app conflicts {file}).",
    # -- imports: what a sheet import did, each note after it
    "sheet.added_ballots": "Papeletas añadidas a “{title}” desde {name}: {count}.",
    "sheet.added_ballots_per_question": "Papeletas añadidas a “{title}” desde {name}: {count} ({counts}).",
    "sheet.question_count": "pregunta {question}: {count}",
    "sheet.question_counts": "{counts}; pregunta {question}: {count}",
    "sheet.added_participants": "Participantes añadidos a “{title}” desde {name}: {count}.",
    "sheet.with_note": "{text} {note}",
    "sheet.duplicates": "Omitidos por estar ya en la sesión (mismo nombre y organización): {count}.",
    "sheet.unknown_groups": ("Con un grupo de partes interesadas no reconocido, asignados a “Otros”: {count} "
                             "({shown})."),
    "sheet.quoted": "“{text}”",
    "sheet.blank": "(vacío)",
    "sheet.no_answer": "Filas sin respuesta omitidas: {count}.",
    "sheet.worksheet": "Se ha leído la hoja de cálculo “{sheet}”.",
    "sheet.read_as_cp1252": ("{name} no está en UTF-8; se ha leído como Windows-1252 (Europa occidental). "
                             "Compruebe las letras acentuadas; para otras escrituras, guárdelo como “CSV UTF-8”."),
    "sheet.first_row_empty": "nada",
    # -- imports: a row that cannot be imported, named by its number
    "sheet.which_question": ("Añada una columna “Question” que indique a qué pregunta responde cada papeleta (su "
                             "número); a estas columnas corresponde más de una pregunta de esta sesión, o ninguna."),
    "sheet.row_no_person": ("Fila {row}: no tiene nombre, organización ni asiento; rellene uno de ellos o elimine "
                            "la fila."),
    "sheet.row_consent": ("Fila {row}: “{value}” en la columna “{header}” no es ni sí ni no (también se entienden "
                          "yes/no, oui/non, 1/0 o x)."),
    "sheet.row_not_whole": "Fila {row}: “{value}” en la columna “{header}” no es un número entero.",
    "sheet.row_no_question": "Fila {row}: indique a qué pregunta responde esta papeleta (su número).",
    "sheet.row_no_such_question": ("Fila {row}: no existe la pregunta {number}; las preguntas de la sesión están "
                                   "numeradas del 1 al {count}."),
    "sheet.row_unknown_question": ("Fila {row}: “{text}” no corresponde a ninguna pregunta de esta sesión; use su "
                                   "número."),
    "sheet.row_open_question": ("Fila {row}: la pregunta {number} es una pregunta abierta; admite comentarios, no "
                                "papeletas."),
    "sheet.row_no_participant": ("Fila {row}: no hay ningún participante “{text}” en esta sesión; importe primero "
                                 "la hoja de asistencia o deje la celda vacía para una papeleta anónima."),
    "sheet.row_same_name": ("Fila {row}: hay {count} participantes que se llaman “{text}”; use su asiento en su "
                            "lugar."),
    "sheet.row_not_option": ("Fila {row}: “{token}” en la columna “{header}” no es una opción de la pregunta "
                             "{number}; use su número (del 1 al {count}) o su etiqueta."),
    "sheet.row_not_option_keys": ("Fila {row}: “{token}” en la columna “{header}” no es una opción de la pregunta "
                                  "{number}; use su número (del 1 al {count}), su clave ({keys}) o su etiqueta."),
    "sheet.row_ballot": "Fila {row}: {error}",
    "sheet.row_voted": "Fila {row}: {person} ya tiene una papeleta para la pregunta {number} en esta sesión.",
    "sheet.row_voted_twice": "Fila {row}: {person} ya tiene una papeleta para la pregunta {number} en la fila {first}.",
    # -- attendance sheets read by the Participants view
    "attendance.is_ballots": "{name} es una hoja de papeletas, no una hoja de asistencia; impórtela con Archivo ▸ Importar.",
    "attendance.no_header": "{name}: no se encontró ningún encabezado de columna “Nombre” u “Organización”; añada una fila de encabezados.",
    # -- merge notes (merge/)
    "merge.note.not_sealed": "sin sellar (un archivo de trabajo, no una copia de entrega): no se puede demostrar que no se haya alterado desde su registro",
    "merge.note.word_note": "una nota de Word: fusionada a partir de sus datos incrustados, sin sello",
    "merge.note.json_file": "un archivo JSON: fusionado a partir de sus datos, sin sello",
    "merge.note.mapping_differs": "“{label}” corresponde a {source} en el origen, pero aquí a {master}; se conserva la decisión del archivo maestro",
    "merge.note.kept_separate": "ninguna clave (se mantiene por separado)",
    "merge.note.merged_before": "este mismo archivo ya se fusionó anteriormente ({when})",
    "merge.note.merged_before_nothing_new": "este mismo archivo ya se fusionó anteriormente ({when}); no aportó nada nuevo",
    "value.yes": "sí",
    "value.no": "no",
    "consolidation.empty_message": "Un mensaje clave no puede estar vacío.",
    "consolidation.not_text": "Un mensaje clave debe ser texto.",
    "consolidation.too_long": "Este texto tiene {length:,} caracteres; puede contener como máximo {limit:,}.",
    "record.consolidations": "síntesis consolidada",
    "cli.consolidation_two_conclusions": "Indique las conclusiones una sola vez: --conclusions o --conclusions-file, no ambas.",
    "cli.consolidation_two_lists": "Indique --key-message o --no-key-messages, no ambas.",
    "cli.consolidation_saved": "Se guardó la síntesis consolidada de {name} (revisión {rev}); abre la síntesis de sus diálogos.",
    "cli.consolidation_none": "{name} aún no tiene una síntesis consolidada propia: redáctela con --title, --key-message y --conclusions.",
    "cli.consolidation_title": "Título: {title}",
    "cli.consolidation_key_messages": "Mensajes clave ({n}):",
    "cli.consolidation_conclusions": "Conclusiones:",
}
