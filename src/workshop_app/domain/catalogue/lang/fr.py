"""The core messages in French: code -> str.format template (see __init__)."""

TEXTS: dict[str, str] = {
    "_list_separator": ", ",
    # -- records (domain/rules.py)
    "session.no_title": "Une séance doit avoir un titre.",
    "question.unknown_kind": "Le type de question doit être l’un des suivants : {choices}, et non {kind!r}.",
    "question.no_budget": "Une question à points doit avoir un budget de points positif.",
    "question.bad_top_n": "Le nombre d’options à classer doit être un nombre positif.",
    "question.bad_scale": "Une échelle de notation doit aller d’un nombre inférieur à un nombre supérieur.",
    "option.no_label": "Une option doit avoir un libellé.",
    "participant.unknown_group": ("Groupe de parties prenantes inconnu {group!r} ; utilisez l’un des suivants : "
                                  "{choices}."),
    "comment.empty": "Un commentaire ne peut pas être vide.",
    "comment.too_long": ("Ce commentaire compte {length:,} caractères ; un commentaire peut en contenir au plus "
                         "{limit:,}. Scindez-le en plusieurs commentaires."),
    "comment.unknown_swot": "La catégorie SWOT doit être l’une des suivantes : {choices}.",
    # -- ballots
    "ballot.not_one_kind": ("Un bulletin contient exactement l’un des éléments suivants : un classement, des points ou "
                            "des notes."),
    "ballot.open_question": "Une question ouverte reçoit des commentaires, et non des bulletins.",
    "ranking.missing": "Il s’agit d’une question de classement : saisissez un ordre des options.",
    "ranking.empty_position": "Un classement ne peut pas comporter de rang vide.",
    "ranking.unknown_option": "Le classement mentionne une option qui ne figure pas dans cette question ({option}).",
    "ranking.repeated_option": "Le classement mentionne « {option} » plus d’une fois.",
    "ranking.empty": "Le classement est vide : placez au moins une option en tête.",
    "ranking.over_top_n": ("Cette question ne demande que les {top_n} premières options ; le classement en "
                           "mentionne {count}."),
    "points.missing": "Il s’agit d’une question à points : répartissez le budget de points entre les options.",
    "points.unknown_option": "Les points mentionnent une option qui ne figure pas dans cette question ({option}).",
    "points.not_whole": "Les points doivent être des nombres entiers, égaux ou supérieurs à zéro.",
    "points.over_budget": "{total} points attribués, soit {over} au-delà du budget de {budget}.",
    "points.under_budget": "{total} points attribués ; le budget est de {budget}, il en reste donc {left} à attribuer.",
    "ratings.missing": "Il s’agit d’une question de notation : notez les options.",
    "ratings.unknown_option": "Les notes mentionnent une option qui ne figure pas dans cette question ({option}).",
    "ratings.out_of_scale": "Les notes vont de {low} à {high} ; « {option} » a reçu {value!r}.",
    # -- what a facilitator types (parse_typed_order)
    "typed.not_understood": ("Saisissez les numéros des options séparés par des espaces, « = » pour un ex aequo : "
                             "« {rest} » n’est pas compris."),
    "typed.no_such_option": "Il n’y a pas d’option {number} ; les options sont numérotées de 1 à {count}.",
    "typed.twice": "L’option {number} est saisie deux fois.",
    "typed.starts_with_tie": "Un classement ne peut pas commencer par « = ».",
    # -- a stored ballot that breaks the rules (ballot_problems), listed among others
    "ballot.breaks_rule": "bulletin {id} : {error}",
    "ballot.unreadable": "bulletin {id} : il est illisible",
    # -- storage: pieces given to other messages as parameters
    "list.and_more": " (et {count} autres)",
    "list.plus_more": " et {count} autres",
    # -- storage: a file as a whole
    "file.in_file": "{name} : {error}",
    "file.missing": "{name} n’existe pas.",
    "file.exists": "{name} existe déjà ; choisissez un autre nom.",
    "file.is_folder": "{name} est un dossier, et non un fichier de séance.",
    "file.is_link": ("{name} est un lien vers un autre fichier, et non un fichier de séance ; "
                     "utilisez le fichier lui-même."),
    "file.dangling_link": ("{name} est un lien qui ne mène nulle part (ou qui tourne en boucle), "
                           "et non un fichier de séance."),
    "file.companion_link": ("{extra}, à côté de {name}, est un lien vers un autre fichier ; utilisez le fichier "
                            "lui-même."),
    "file.stray_companion": ("{extra} se trouve à l’emplacement voisin de {name} (reste d’un autre fichier) ; "
                             "déplacez-le ou choisissez un autre nom."),
    "file.unreadable": "{name} ne peut pas être lu ({reason}).",
    "file.cannot_open": "{name} ne peut pas être ouvert ({reason}).",
    "file.damaged": "{name} est endommagé et ne peut pas être lu ({reason}).",
    "file.damaged_short": "{name} est endommagé et ne peut pas être lu.",
    "file.read_only_medium": ("{name} ne peut pas être ouvert en écriture (fichier ou dossier en lecture seule, "
                              "par exemple une clé USB verrouillée) ; copiez-le d’abord sur cet ordinateur."),
    "file.damaged_or_oversized": "{name} est endommagé ou trop volumineux et ne peut pas être lu ({reason}).",
    "file.empty": "{name} est vide : il ne contient aucune donnée.",
    "file.huge": "{name} fait {gigabytes:.1f} Go, bien plus que n’importe quel fichier de séance.",
    "file.too_large_mb": ("{name} fait {megabytes:,.0f} Mo, plus que n’importe quel fichier de séance "
                          "(la limite est de {limit:,.0f} Mo)."),
    "file.too_many_rows": "{name} contient {rows:,} lignes, bien plus que n’importe quel fichier de séance.",
    "file.not_sqlite": ("{name} n’est pas un fichier de séance Workshop App (ce n’est pas une base de données "
                        "SQLite)."),
    "file.header_truncated": "{name} est tronqué : il s’arrête au milieu de son propre en-tête.",
    "file.bad_page_size": "{name} est endommagé : son en-tête indique une taille de page impossible.",
    "file.partial_page": "{name} est tronqué ou endommagé : sa taille n’est pas un nombre entier de pages.",
    "file.truncated": ("{name} est tronqué : il devrait contenir {expected} pages, mais seules {present} sont "
                       "présentes."),
    "file.bad_header": "{name} est endommagé : son en-tête n’est pas un en-tête SQLite.",
    "file.other_sqlite": "{name} est une base de données SQLite, mais pas un fichier de séance Workshop App.",
    "file.other_application": ("{name} appartient à une autre application (identifiant d’application "
                               "{application_id:#x}), et non à Workshop App."),
    "file.newer_version": ("{name} a été écrit par une version plus récente de Workshop App (version de fichier "
                           "{version}, cette application lit jusqu’à la version {supported}) ; mettez l’application "
                           "à jour pour l’ouvrir."),
    "file.newer_version_short": ("{name} a été écrit par une version plus récente de Workshop App (version de "
                                 "fichier {version}) ; mettez l’application à jour."),
    "file.unfinished": "La création de {name} n’a jamais été achevée ; il ne contient aucun schéma.",
    "file.no_schema": "{name} ne contient aucun schéma.",
    "file.integrity": "{name} est endommagé : le contrôle d’intégrité de SQLite a relevé « {first} ».",
    "file.not_workshop": "{name} n’est pas un fichier de séance Workshop App.",
    "file.schema_differs": "{name} n’est pas fiable : {problem}.",
    "file.dangling_references": ("{name} n’est pas fiable : certains de ses enregistrements renvoient à des "
                                 "enregistrements qu’il ne contient pas."),
    "file.rule_breaks": ("{name} n’est pas fiable : {problem}{more} ; l’application n’écrit jamais un tel "
                         "enregistrement, le fichier a donc été créé ou modifié en dehors d’elle "
                         "(voir `workshop-app check {name}`)."),
    "file.untrusted_copy": ("{name} : {problem}. L’élément « {what} » n’a pas été écrit, afin qu’aucune copie ne "
                            "fasse passer ces données pour celles de l’application ; voir "
                            "`workshop-app check {name}`."),
    "file.cannot_upgrade": "{name} ne peut pas être mis à niveau vers cette version ({reason}).",
    "file.in_use": "{name} est déjà ouvert dans une autre fenêtre de Workshop App{who} ; fermez-le d’abord.",
    "session.not_in_file": "Il n’y a pas de séance {session} dans {name}.",
    "ballot.question_gone": "La question de ce bulletin n’existe plus.",
    # -- storage: writing
    "write.read_only": "{name} est en lecture seule ; choisissez un autre nom de fichier ou un autre dossier.",
    "write.folder": "Impossible d’écrire dans {folder} ({reason}) ; choisissez un autre dossier.",
    "write.cannot_replace": ("{name} ne peut pas être remplacé : il est en lecture seule ou ouvert dans un autre "
                             "programme (Word ?). Fermez-le ou choisissez un autre nom."),
    "write.failed_nothing_changed": "Impossible d’écrire {name} ({reason}) ; rien n’a été modifié.",
    "write.failed": "Impossible d’écrire {name} : {reason}.",
    "write.disk_full": ("Le disque contenant {name} est plein : la dernière modification n’a PAS été enregistrée. "
                        "Libérez de l’espace ou enregistrez une copie ailleurs."),
    "write.became_read_only": ("{name} est passé en lecture seule (clé USB verrouillée ou retirée ?) : la dernière "
                               "modification n’a PAS été enregistrée. Enregistrez une copie ailleurs."),
    "write.drive_gone": ("{name} ne peut pas être écrit (le lecteur a peut-être été retiré) : la dernière "
                         "modification n’a PAS été enregistrée. Enregistrez une copie ailleurs."),
    "write.not_saved": ("La modification n’a pas pu être enregistrée dans {name} ({reason}). Rien n’en a été "
                        "conservé."),
    "write.open_read_only": "{name} est ouvert en lecture seule ; rien ne peut être modifié.",
    "handover.same_file": "La copie de remise doit être un fichier différent de celui qui est ouvert.",
    # -- storage: interchange JSON
    "json.not_object": "Ce JSON n’est pas un document d’échange Workshop App (ce n’est pas un objet).",
    "json.other_format": "Ce document est au format {format} ; cette version de l’application lit {supported}.",
    "json.no_format": ("Ce JSON n’est pas un document d’échange Workshop App (pas de \"format\": "
                       "\"{supported}\")."),
    "json.not_list": "Dans {where}, « {key} » doit être une liste.",
    "json.table_not_list": "Dans le document, « {table} » doit être une liste.",
    "json.no_consolidation": "Dans le document, « consolidation » désigne {id}, qui ne figure pas parmi ses synthèses consolidées.",
    "json.record_not_object": "Dans le document, {where} n’est pas un objet.",
    "json.no_id": "Dans le document, {where} n’a pas d’« id » textuel.",
    "json.repeated_id": ("Dans le document, {where} a l’identifiant {id}, que {first} porte déjà : chaque "
                         "enregistrement doit avoir son propre identifiant, rien du document n’a donc été repris."),
    "json.record_problem": "Dans le document, {where} : {problem}.",
    "json.bad_sources": "Dans le document, {where} : « sources » doit être une liste de noms de fichiers.",
    "json.record_unreadable": "Dans le document, {where} ne peut pas être lu ({reason}).",
    "json.too_large": "Ce document JSON dépasse 1 Go ; scindez-le.",
    "json.invalid": "Ce n’est pas du JSON valide ({reason}).",
    "json.too_deep": "Ce JSON est trop profondément imbriqué pour être un document d’échange.",
    "json.ballot_question_missing": "un bulletin mentionne une question qui ne figure pas dans le document",
    "import.invalid_record": "Rien n’a été importé : {kind} {id} : {error}",
    "import.missing_reference": ("Rien n’a été importé : {kind} {id} renvoie à un élément « {target} » ({ref}) "
                                 "qui ne figure ni dans le document ni dans {name}."),
    # -- merge
    "merge.master_itself": "{name} est le fichier maître lui-même ; choisissez les fichiers à y fusionner.",
    "merge.missing_reference": ("{name} renvoie à un élément « {target} » ({ref}) qui ne figure ni dans ce fichier "
                                "ni dans le fichier maître ; rien de son contenu n’a été fusionné."),
    "merge.seal_mismatch": ("{name} a été modifié après sa remise : son sceau ne correspond pas à son contenu."),
    "merge.altered": ("{name} a été modifié en dehors de l’application : {count} enregistrement(s) ne "
                      "correspondent plus à leur empreinte de contenu ou portent un historique de versions que "
                      "l’application n’écrit jamais ({shown}{more})."),
    "merge.orphan_version": ("{name} n’est pas fiable : il conserve une version d’un élément « {table} » qu’il "
                             "ne contient pas."),
    "merge.unreadable_records": ("{name} n’est pas fiable : certaines de ses questions ou de ses bulletins sont "
                                 "illisibles."),
    "merge.rule_breaks": ("{name} n’est pas fiable : {problem}{more} ; l’application n’écrit jamais un tel "
                          "enregistrement."),
    "merge.not_utf8": "{name} n’est pas un texte UTF-8, et donc pas du JSON d’échange.",
    "merge.document_too_large": "{name} dépasse {megabytes} Mo ; ce n’est pas une note écrite par cette application.",
    "merge.cancelled_before": "annulé avant ce fichier",
    "merge.stopped": "la fusion s’est arrêtée : le fichier maître n’a pas pu être écrit",
    "merge.bad_review_data": ("{name} : ses données d’examen (conflits, provenance, correspondances) sont mal "
                              "formées ({reason})."),
    "conflict.not_found": ("Il n’y a pas de conflit ouvert {ident} dans {name} ; affichez-en la liste avec "
                           "`conflicts`."),
    "conflict.ambiguous": "{ident} désigne {count} conflits ; donnez une plus grande partie de l’identifiant.",
    "conflict.bad_keep": "Choisissez la version à conserver : {choices}, et non {keep!r}.",
    "conflict.already_resolved": "Ce conflit a déjà été résolu.",
    "mapping.no_key": "Choisissez un code du cadre, ou conservez l’option séparément.",
    # -- imports
    "import.unknown_kind": ("{name} : l’application importe le JSON d’échange (.json), les notes Word (.docx) "
                            "qu’elle a écrites et les feuilles .xlsx/.csv."),
    "sheet.no_session": "{name} ne contient encore aucune séance ; créez-en une avant d’importer une feuille.",
    "sheet.which_session": ("{name} contient {count} séances ; indiquez avec --session celle à laquelle la "
                            "feuille appartient : {listed}."),
    "sheet.nothing_imported": "Rien n’a été importé de {name} : {problem}{more}",
    "sheet.more_problems": " ({count} autre(s) ligne(s) présentent aussi des problèmes.)",
    "sheet.no_rows": "{name} n’a aucune ligne sous son en-tête ; rien n’a été ajouté.",
    "sheet.already_imported": ("Tous les bulletins de {name} figurent déjà dans cette séance (la feuille a-t-elle "
                               "déjà été importée ?) ; rien n’a été ajouté."),
    "sheet.too_many_rows": ("{name} compte plus de {limit:,} lignes ; ce ne sont pas les présences ou les "
                            "bulletins d’une seule séance. Scindez-la en feuilles plus petites."),
    "sheet.wrong_suffix": "{name} : les feuilles sont lues à partir de fichiers .xlsx ou .csv.",
    "sheet.unknown_kind": ("{name} n’est ni une feuille de présence (colonnes telles que Name, Organisation, "
                           "Stakeholder group, Country, Consent) ni une feuille de bulletins (colonnes 1, 2, 3… "
                           "ou une par option) ; sa première ligne indique {shown}."),
    "sheet.not_xlsx": ("{name} ne peut pas être lu comme un classeur Excel ({reason}) ; enregistrez-le de nouveau "
                       "depuis Excel au format .xlsx, ou au format CSV UTF-8."),
    "sheet.false_bom": "{name} est endommagé : il est marqué comme texte Unicode, mais n’en est pas.",
    "sheet.encoding": ("{name} n’est un texte ni UTF-8 ni Windows-1252 ; enregistrez-le depuis votre tableur au "
                       "format « CSV UTF-8 »."),
    "sheet.csv_too_large": "{name} dépasse {megabytes} Mo ; scindez-le.",
    "sheet.csv_unreadable": "{name} ne peut pas être lu comme CSV vers la ligne {line} ({reason}).",
    # -- exports: formats and options
    "export.unknown_format": "Format d’exportation inconnu « {name} » ; utilisez l’un des suivants : {choices}.",
    "export.unknown_language": ("La langue du document doit être l’une des suivantes : {choices}, et non « {language} "
                                "»."),
    "export.unknown_profile": "La longueur de la note doit être l’une des suivantes : {choices}, et non « {profile} ».",
    "export.unknown_anonymisation": "L’anonymisation doit être l’une des suivantes : {choices}, et non « {mode} ».",
    "export.unknown_table": "Il n’y a pas de table « {table} » ; choisissez l’une des suivantes : {choices}.",
    "export.no_such_session": "Il n’y a pas de séance {session} dans {name} ; voir workshop-app info.",
    "export.no_session": "{name} ne contient aucune séance à exporter.",
    "export.cancelled": "Exportation annulée ; rien n’a été écrit.",
    # -- exports: Word notes read back
    "note.too_large_to_read": "{name} est trop volumineux pour être lu.",
    "note.not_zip": "{name} n’est pas un document Word (.docx) : ce n’est pas une archive zip.",
    "note.zip_bomb": ("{name} se décompresse en un volume supérieur à ce que l’application accepte ; il a été "
                      "refusé sans être lu."),
    "note.not_word": "{name} est un fichier zip, mais pas un document Word (pas de word/document.xml).",
    "note.part_bomb": ("{name} : ses données intégrées se décompressent en un volume supérieur à ce que "
                       "l’application accepte ; refusé sans être lu."),
    "note.part_too_large": "{name} : ses données intégrées dépassent la taille que l’application accepte.",
    "note.no_data": ("{name} ne contient aucune donnée Workshop App : seules les notes Word écrites par cette "
                     "application (export --format docx, compile-notes) peuvent être importées."),
    "note.data_damaged": "{name} : ses données intégrées sont endommagées ({reason}).",
    "note.data_unknown": "{name} : ses données intégrées ne sont pas dans une forme que l’application lit.",
    "note.checksum": ("{name} : ses données intégrées ne correspondent pas à leur somme de contrôle ; elles ont "
                      "été endommagées ou modifiées."),
    "note.not_docx": "{name} ne peut pas être lu comme un document Word ({kind}).",
    "compile.no_notes": "Indiquez au moins une note Word à compiler.",
    "compile.too_many": "Au plus {limit} notes peuvent être compilées à la fois.",
    "compile.output_is_note": "Le document compilé doit être un nouveau fichier, et non l’une des notes.",
    # -- samples
    "sample.unknown": "Il n’y a pas d’exemple « {which} » ; choisissez l’un des suivants : demo, {choices}.",
    "template.unknown": ("Pas de modèle « {template} » : indiquez un fichier .workshop ou .json, ou l’un des "
                         "suivants : {choices}."),
    "template.no_session": "{name} ne contient aucune séance à utiliser comme modèle.",
    # -- samples: the UN-Habitat framework template, asked in the session's language
    "framework.session_title": "Dialogue sur le plan stratégique 2026-2029",
    "framework.prompt.ranking": ("Classez les cinq priorités du plan stratégique 2026-2029, de la plus importante "
                                 "à la moins importante."),
    "framework.prompt.points": ("Répartissez 100 points entre les priorités selon l’affectation souhaitée des "
                                "ressources."),
    "framework.prompt.rating": ("Quelle est la pertinence de chaque nouveau point d’entrée pour vos travaux ? "
                                "(1 = aucune, 5 = essentielle)"),
    "framework.prompt.open": ("Forces, faiblesses, opportunités et menaces : de quels enseignements le plan "
                              "devrait-il tirer parti ?"),
    "framework.entry_point.E1": ("Tirer parti de l’urbanisation au service d’une prospérité équitable : accès "
                                 "universel au logement, aux infrastructures et aux services de base"),
    "framework.entry_point.E2": ("Vivre en harmonie avec la nature : atténuation, adaptation, biodiversité et "
                                 "économie circulaire"),
    "framework.entry_point.E3": ("Dimensions des migrations et des déplacements liées aux établissements humains ; "
                                 "reconstruire en mieux après les conflits et les catastrophes"),
    "framework.swot.strength": ("Quels sont les points forts d’ONU-Habitat sur lesquels le prochain plan devrait "
                                "s’appuyer ?"),
    "framework.swot.weakness": ("Où ONU-Habitat n’a-t-il pas été à la hauteur, et quels enseignements le plan "
                                "devrait-il en tirer ?"),
    "framework.swot.opportunity": "Quelles tendances ou quels partenariats le plan pourrait-il mettre à profit ?",
    "framework.swot.threat": "Qu’est-ce qui pourrait empêcher le plan de produire ses résultats ?",
    # -- cli
    "cli.no_such_id": "Il n’y a pas d’élément « {kind} » {wanted} dans {where}.",
    "cli.ambiguous_id": ("{wanted} pourrait désigner l’un des {count} éléments de type « {kind} » dans {where} ; "
                         "donnez une plus grande partie de l’identifiant."),
    "cli.results_rule_breaks": ("{name} contient {count} bulletin(s) que l’application n’aurait pas pu écrire "
                                "({problem}), ses résultats seraient donc faux ; voir `workshop-app check {name}`."),
    "cli.no_session": "{name} ne contient encore aucune séance ; il n’y a donc rien à analyser.",
    "cli.resolve_needs_both": "Indiquez à la fois --keep ID et --version winner|other pour résoudre un conflit.",
    "cli.demo_exists": ("{path} existe déjà ; ajoutez --open pour l’ouvrir, ou --fresh pour le remplacer par une "
                        "nouvelle démonstration."),
    "cli.aborted": "opération abandonnée.",
    "cli.interrupted": "opération interrompue.",
    "cli.damaged_rows": "le fichier est endommagé et ne peut pas être lu ({reason}).",
    "cli.nested_too_deep": ("le fichier est endommagé : une valeur y est imbriquée bien plus profondément que tout "
                            "ce que l’application écrit."),
    # -- host
    "failure.unexpected": "Erreur inattendue ({kind} : {error}) ; détails dans {log}",
    # -- phones
    "phones.cannot_listen": "Le serveur pour téléphones ne peut pas écouter sur {host}:{port} ({reason}).",
    "phones.failed_to_start": "Le serveur pour téléphones s’est arrêté au démarrage ; voir le journal.",
    "phones.stopped": "Le serveur pour téléphones s’est arrêté de manière inattendue ; voir le journal.",
    "phones.not_an_address": ("« {host} » n’est pas une adresse IP : indiquez l’adresse d’une interface "
                              "réseau."),
    "phones.every_network": "{host} écouterait sur tous les réseaux : indiquez l’adresse d’une seule interface.",
    "phones.bad_registration": "L’inscription doit être l’une des suivantes : {choices}, et non « {mode} ».",
    "phones.no_question": "Il n’y a pas de question {question} dans cette séance.",
    "phones.no_session": "Il n’y a pas de séance {session} dans {name}.",
    "phones.no_session_yet": "{name} ne contient encore aucune séance : il n’y a rien à quoi répondre.",
    "phones.several_sessions": "{name} contient {count} séances : indiquez laquelle avec --session.",
    "phones.no_private_address": ("Cet ordinateur n’a pas d’adresse de réseau privé (192.168.x.y, 10.x.y.z, "
                                  "172.16-31.x.y) : connectez-vous au Wi-Fi de la salle ou ouvrez un point d’accès, "
                                  "ou indiquez une adresse avec --host."),
    "phones.several_addresses": ("Cet ordinateur a plusieurs adresses privées : {addresses}. "
                                 "Indiquez celle du réseau de la salle avec --host."),
    # -- what a record is, as a word inside another message ("renvoie à un élément « {target} »")
    "record.frameworks": "cadre",
    "record.sessions": "séance",
    "record.questions": "question",
    "record.options": "option",
    "record.participants": "participant",
    "record.ballots": "bulletin",
    "record.comments": "commentaire",
    "record.key_messages": "message clé",
    "copy.export": "exportation",
    "copy.handover": "copie de remise",
    # -- `workshop-app check` (storage/check.py)
    "check.shown": "{items}",
    "check.shown_more": "{items} ; et {count} autres",
    "check.unreadable_record": "{table} {id} : illisible",
    "check.altered": ("enregistrements modifiés en dehors de l’application (leur contenu ne correspond plus à leur "
                      "empreinte) : {count} — {shown}"),
    "check.rule_breaks": ("bulletins qui enfreignent les règles appliquées par toute importation et toute fusion : "
                          "{count} — {shown}"),
    "check.seal_broken": "le sceau ne correspond pas au contenu : le fichier a été modifié après sa remise",
    "check.integrity_ok": ("intégrité : ok (quick_check) ; identifiant d’application et schéma (version {version}) : "
                           "ok"),
    "check.older_version": "le fichier est d’une version antérieure ; l’ouvrir dans l’application le mettra à niveau",
    "check.stray_wal": ("{name} se trouve à côté, mais ne contient rien que SQLite accepte pour ce fichier (reste "
                        "d’une autre copie ou d’un cycle antérieur) : il est ignoré, comme SQLite l’ignore, et sera "
                        "réutilisé à la prochaine modification"),
    "check.no_seal": "sceau : aucun (un fichier de travail ; `handover` écrit une copie scellée)",
    "check.seal_ok": "sceau : ok ({digest}…)",
    "check.holds": "contient {counts}",
    "check.holds_nothing": "ne contient encore aucune séance",
    "check.count.frameworks": "{n} cadre(s)",
    "check.count.sessions": "{n} séance(s)",
    "check.count.questions": "{n} question(s)",
    "check.count.options": "{n} option(s)",
    "check.count.participants": "{n} participant(s)",
    "check.count.ballots": "{n} bulletin(s)",
    "check.count.comments": "{n} commentaire(s)",
    "check.count.key_messages": "{n} message(s) clé(s)",
    "check.count.consolidations": "{n} synthèse(s) consolidée(s)",
    "check.unusable": "{error}",
    "check.lock_file": ("un fichier de verrouillage se trouve à côté : le fichier est peut-être ouvert dans "
                        "l’application en ce moment"),
    # -- imports: Word notes edited in Word
    "import.word_edits": ("{name} : {count} message(s) clé(s) se lisent différemment dans le texte Word et dans les "
                          "données de la note ; les données ont été importées telles que l’application les a "
                          "écrites."),
    "import.word_edits_hint": ("Pour conserver le texte tel que modifié dans Word, importez de nouveau la note avec "
                               "--take-word-text."),
    "import.word_edits_taken": ("{name} : le texte modifié dans Word a été conservé pour {count} message(s) clé(s), "
                                "sous forme de nouvelles révisions."),
    # -- imports: what an import did
    "import.summary": ("Importation de {name} : enregistrements ajoutés : {added} ; inchangés (déjà présents) : "
                       "{unchanged} ; mis à jour (avance rapide) : {fast_forwarded} ; périmés : {stale} ; "
                       "conflits : {conflicts}.{then}"),
    "import.conflicts_kept": (" Enregistrements modifiés séparément ici et dans {name} : {count} ; les deux "
                              "versions sont conservées, une seule est affichée ; examinez-les avec : "
                              "workshop-app conflicts {file}"),
    "import.conflicts_open": " Conflits encore ouverts dans {file} : {count} (workshop-app conflicts {file}).",
    # -- imports: what a sheet import did, each note after it
    "sheet.added_ballots": "{count} bulletin(s) ajouté(s) à « {title} » depuis {name}.",
    "sheet.added_ballots_per_question": "{count} bulletin(s) ajouté(s) à « {title} » depuis {name} ({counts}).",
    "sheet.question_count": "question {question} : {count}",
    "sheet.question_counts": "{counts} ; question {question} : {count}",
    "sheet.added_participants": "{count} participant(s) ajouté(s) à « {title} » depuis {name}.",
    "sheet.with_note": "{text} {note}",
    "sheet.duplicates": "{count} déjà présent(s) dans la séance (même nom et même organisation), ignoré(s).",
    "sheet.unknown_groups": ("{count} avec un groupe de parties prenantes non reconnu, classé(s) dans « Autre » : "
                             "{shown}."),
    "sheet.quoted": "« {text} »",
    "sheet.blank": "(vide)",
    "sheet.no_answer": "{count} ligne(s) sans réponse, ignorée(s).",
    "sheet.worksheet": "Feuille de calcul lue : « {sheet} ».",
    "sheet.read_as_cp1252": ("{name} n’est pas en UTF-8 ; il a été lu en Windows-1252 (Europe occidentale). "
                             "Vérifiez les lettres accentuées ; pour d’autres écritures, enregistrez-le au format "
                             "« CSV UTF-8 »."),
    "sheet.first_row_empty": "rien",
    # -- imports: a row that cannot be imported, named by its number
    "sheet.which_question": ("Ajoutez une colonne « Question » indiquant à quelle question répond chaque bulletin "
                             "(son numéro) ; plusieurs questions de cette séance correspondent à ces colonnes, ou "
                             "aucune."),
    "sheet.row_no_person": ("Ligne {row} : ni nom, ni organisation, ni place ; remplissez l’un d’eux ou supprimez "
                            "la ligne."),
    "sheet.row_consent": ("Ligne {row} : « {value} » sous « {header} » n’est ni oui ni non (yes/no, 1/0 ou x sont "
                          "aussi compris)."),
    "sheet.row_not_whole": "Ligne {row} : « {value} » sous « {header} » n’est pas un nombre entier.",
    "sheet.row_no_question": "Ligne {row} : indiquez à quelle question répond ce bulletin (son numéro).",
    "sheet.row_no_such_question": ("Ligne {row} : il n’y a pas de question {number} ; les questions de la séance "
                                   "sont numérotées de 1 à {count}."),
    "sheet.row_unknown_question": ("Ligne {row} : « {text} » ne désigne aucune question de cette séance ; "
                                   "utilisez son numéro."),
    "sheet.row_open_question": ("Ligne {row} : la question {number} est une question ouverte ; elle reçoit des "
                                "commentaires, et non des bulletins."),
    "sheet.row_no_participant": ("Ligne {row} : il n’y a pas de participant « {text} » dans cette séance ; "
                                 "importez d’abord la feuille de présence, ou laissez la cellule vide pour un "
                                 "bulletin anonyme."),
    "sheet.row_same_name": "Ligne {row} : {count} participants s’appellent « {text} » ; utilisez plutôt leur place.",
    "sheet.row_not_option": ("Ligne {row} : « {token} » sous « {header} » n’est pas une option de la question "
                             "{number} ; utilisez son numéro (de 1 à {count}) ou son libellé."),
    "sheet.row_not_option_keys": ("Ligne {row} : « {token} » sous « {header} » n’est pas une option de la question "
                                  "{number} ; utilisez son numéro (de 1 à {count}), son code ({keys}) ou son "
                                  "libellé."),
    "sheet.row_ballot": "Ligne {row} : {error}",
    "sheet.row_voted": ("Ligne {row} : {person} a déjà un bulletin pour la question {number} dans cette "
                        "séance."),
    "sheet.row_voted_twice": ("Ligne {row} : {person} a déjà un bulletin pour la question {number} à la ligne "
                              "{first}."),
    # -- attendance sheets read by the Participants view
    "attendance.is_ballots": "{name} est une feuille de bulletins, pas une feuille de présence ; importez-la avec Fichier ▸ Importer.",
    "attendance.no_header": "{name} : aucun en-tête de colonne « Nom » ou « Organisation » ; ajoutez une ligne d’en-tête.",
    # -- merge notes (merge/)
    "merge.note.not_sealed": "non scellé (copie de travail, et non copie de remise) : impossible de démontrer qu’il n’a pas été modifié depuis la saisie",
    "merge.note.word_note": "note Word : fusionnée à partir de ses données intégrées, sans sceau",
    "merge.note.json_file": "fichier JSON : fusionné à partir de ses données, sans sceau",
    "merge.note.mapping_differs": "correspondance de « {label} » : {source} dans le fichier source, mais {master} ici ; la décision du fichier maître est conservée",
    "merge.note.kept_separate": "aucune (option conservée séparément)",
    "merge.note.merged_before": "ce même fichier a déjà été fusionné ({when})",
    "merge.note.merged_before_nothing_new": "ce même fichier a déjà été fusionné ({when}) ; il n’a rien apporté de nouveau",
    "value.yes": "oui",
    "value.no": "non",
    "consolidation.empty_message": "Un message clé ne peut pas être vide.",
    "consolidation.not_text": "Un message clé doit être du texte.",
    "consolidation.too_long": "Ce texte compte {length:,} caractères ; il peut en contenir au plus {limit:,}.",
    "record.consolidations": "synthèse consolidée",
    "cli.consolidation_two_conclusions": "Donnez les conclusions une seule fois : --conclusions ou --conclusions-file, pas les deux.",
    "cli.consolidation_two_lists": "Donnez --key-message ou --no-key-messages, pas les deux.",
    "cli.consolidation_saved": "Synthèse consolidée de {name} enregistrée (révision {rev}) ; elle ouvre la synthèse de ses dialogues.",
    "cli.consolidation_none": "{name} n’a pas encore de synthèse consolidée propre : rédigez-la avec --title, --key-message et --conclusions.",
    "cli.consolidation_title": "Titre : {title}",
    "cli.consolidation_key_messages": "Messages clés ({n}) :",
    "cli.consolidation_conclusions": "Conclusions :",
}
