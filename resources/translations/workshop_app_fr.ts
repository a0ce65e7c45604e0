<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>App</name>
    <message>
        <source>{file} does not exist; create it with “New session from template”.</source>
        <translation>{file} n’existe pas ; créez-le avec « Nouvelle séance à partir d’un modèle ».</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Import attendance sheet</source>
        <translation>Importer une feuille de présence</translation>
    </message>
    <message numerus="yes">
        <source>%n people found in {file}.</source>
        <translation>
            <numerusform>%n personne trouvée dans {file}.</numerusform>
            <numerusform>%n personnes trouvées dans {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty rows left out.</source>
        <translation>
            <numerusform>%n ligne vide omise.</numerusform>
            <numerusform>%n lignes vides omises.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n participants</source>
        <translation>
            <numerusform>Ajouter %n participant</numerusform>
            <numerusform>Ajouter %n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns used: {found}</source>
        <translation>Colonnes utilisées : {found}</translation>
    </message>
    <message>
        <source>Check the stakeholder groups: they are guessed from the sheet and can be corrected in the table afterwards.</source>
        <translation>Vérifiez les groupes de parties prenantes : ils sont déduits de la feuille et pourront être corrigés ensuite dans le tableau.</translation>
    </message>
</context>
<context>
    <name>BallotsModel</name>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Save a copy elsewhere…</source>
        <translation>Enregistrer une copie ailleurs…</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
    <message>
        <source>What you typed is still on screen. Save a copy of the file somewhere that works (another USB stick, the laptop&apos;s disk), then press Enter again to save your entry there.</source>
        <translation>Votre saisie est toujours à l’écran. Enregistrez une copie du fichier à un emplacement qui fonctionne (une autre clé USB, le disque de l’ordinateur), puis appuyez de nouveau sur Entrée pour y enregistrer votre saisie.</translation>
    </message>
</context>
<context>
    <name>CaptureView</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Anonymous participant</source>
        <translation>Participant anonyme</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Go to Comments</source>
        <translation>Aller aux commentaires</translation>
    </message>
    <message>
        <source>This question is answered in discussion: capture what people say under Comments.</source>
        <translation>Cette question se traite en discussion : consignez les propos dans Commentaires.</translation>
    </message>
    <message>
        <source>Save ballot  (Enter)</source>
        <translation>Enregistrer le bulletin  (Entrée)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Ballots entered</source>
        <translation>Bulletins saisis</translation>
    </message>
    <message>
        <source>Delete ballot</source>
        <translation>Supprimer le bulletin</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Question</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Participant</translation>
    </message>
    <message>
        <source>Capture answers</source>
        <translation>Saisie des réponses</translation>
    </message>
    <message>
        <source>Top {n} only.</source>
        <translation>Les {n} premières options seulement.</translation>
    </message>
    <message>
        <source>Editing the ballot of {who} already entered: Enter replaces it.</source>
        <translation>Modification du bulletin déjà saisi de {who} : Entrée le remplace.</translation>
    </message>
    <message>
        <source>Editing an anonymous ballot already entered: Enter replaces it.</source>
        <translation>Modification d’un bulletin anonyme déjà saisi : Entrée le remplace.</translation>
    </message>
    <message>
        <source>Everyone listed has a ballot for this question: this is a new anonymous ballot. To change someone&apos;s, pick them (Alt+P) or their ballot in the list.</source>
        <translation>Toutes les personnes inscrites ont un bulletin pour cette question : ceci est un nouveau bulletin anonyme. Pour modifier celui d’une personne, sélectionnez-la (Alt+P) ou sélectionnez son bulletin dans la liste.</translation>
    </message>
    <message>
        <source>New anonymous ballot.</source>
        <translation>Nouveau bulletin anonyme.</translation>
    </message>
    <message>
        <source>Saved an anonymous ballot.</source>
        <translation>Bulletin anonyme enregistré.</translation>
    </message>
    <message>
        <source>New ballot.</source>
        <translation>Nouveau bulletin.</translation>
    </message>
    <message numerus="yes">
        <source>%n ballots</source>
        <translation>
            <numerusform>%n bulletin</numerusform>
            <numerusform>%n bulletins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{a} of %n participants answered</source>
        <translation>
            <numerusform>Réponses : {a} sur %n participant</numerusform>
            <numerusform>Réponses : {a} sur %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants match “{typed}”: type more of the name, or pick one with the Down arrow key.</source>
        <translation>
            <numerusform>%n participant correspond à « {typed} » : saisissez davantage du nom, ou sélectionnez-le avec la touche Flèche bas.</numerusform>
            <numerusform>%n participants correspondent à « {typed} » : saisissez davantage du nom, ou sélectionnez-en un avec la touche Flèche bas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The changes to the ballot of {who} have not been saved yet.</source>
        <translation>Les modifications du bulletin de {who} ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <source>an anonymous participant</source>
        <translation>un participant anonyme</translation>
    </message>
    <message>
        <source>The ballot typed for {who} has not been saved yet.</source>
        <translation>Le bulletin saisi pour {who} n’est pas encore enregistré.</translation>
    </message>
    <message>
        <source>The anonymous ballot typed has not been saved yet.</source>
        <translation>Le bulletin anonyme saisi n’est pas encore enregistré.</translation>
    </message>
    <message>
        <source>Ballot of {who}</source>
        <translation>Bulletin de {who}</translation>
    </message>
    <message>
        <source>Anonymous ballot</source>
        <translation>Bulletin anonyme</translation>
    </message>
    <message>
        <source>The ballot was NOT saved.</source>
        <translation>Le bulletin n’a PAS été enregistré.</translation>
    </message>
    <message>
        <source>Saved the ballot of {who}.</source>
        <translation>Bulletin de {who} enregistré.</translation>
    </message>
    <message>
        <source>Delete ballot of {who}</source>
        <translation>Supprimer le bulletin de {who}</translation>
    </message>
    <message>
        <source>No participant matches “{typed}”; add them under Participants.</source>
        <translation>Aucun participant ne correspond à « {typed} » ; ajoutez la personne dans Participants.</translation>
    </message>
</context>
<context>
    <name>ChartWords</name>
    <message>
        <source>Borda score</source>
        <translation>Score de Borda</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Bulletins</translation>
    </message>
    <message>
        <source>Total points</source>
        <translation>Total des points</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
</context>
<context>
    <name>CommentEntry</name>
    <message>
        <source>Type what is said… Enter saves, Shift+Enter starts a new line</source>
        <translation>Saisissez les propos… Entrée enregistre, Maj+Entrée passe à la ligne</translation>
    </message>
    <message>
        <source>Comment text</source>
        <translation>Texte du commentaire</translation>
    </message>
    <message>
        <source>Linked question</source>
        <translation>Question liée</translation>
    </message>
    <message>
        <source>Linked option</source>
        <translation>Option liée</translation>
    </message>
    <message>
        <source>Alt+{letter}</source>
        <translation>Alt+{letter}</translation>
    </message>
    <message>
        <source>Key quote</source>
        <translation>Citation clé</translation>
    </message>
    <message>
        <source>Alt+K</source>
        <translation>Alt+K</translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation>Aucun intervenant</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Save comment  (Enter)</source>
        <translation>Enregistrer le commentaire  (Entrée)</translation>
    </message>
    <message>
        <source>Cancel edit  (Esc)</source>
        <translation>Annuler la modification  (Échap)</translation>
    </message>
    <message>
        <source>Question (Alt+Q)</source>
        <translation>Question (Alt+Q)</translation>
    </message>
    <message>
        <source>Option (Alt+1…9)</source>
        <translation>Option (Alt+1…9)</translation>
    </message>
    <message>
        <source>Speaker (Alt+P)</source>
        <translation>Intervenant (Alt+P)</translation>
    </message>
    <message>
        <source>Tags (Alt+G)</source>
        <translation>Étiquettes (Alt+G)</translation>
    </message>
    <message numerus="yes">
        <source>%n participants match “{typed}”: type more of the name, or pick one with the Down arrow key.</source>
        <translation>
            <numerusform>%n participant correspond à « {typed} » : saisissez davantage du nom, ou sélectionnez-le avec la touche Flèche bas.</numerusform>
            <numerusform>%n participants correspondent à « {typed} » : saisissez davantage du nom, ou sélectionnez-en un avec la touche Flèche bas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No participant matches “{typed}”; add them under Participants.</source>
        <translation>Aucun participant ne correspond à « {typed} » ; ajoutez la personne dans Participants.</translation>
    </message>
    <message>
        <source>No question</source>
        <translation>Aucune question</translation>
    </message>
    <message>
        <source>No option</source>
        <translation>Aucune option</translation>
    </message>
    <message>
        <source>Save changes  (Enter)</source>
        <translation>Enregistrer les modifications  (Entrée)</translation>
    </message>
</context>
<context>
    <name>CommentsModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Q{n}</source>
        <translation>Q{n}</translation>
    </message>
</context>
<context>
    <name>CommentsView</name>
    <message>
        <source>Search all comments (Ctrl+F)</source>
        <translation>Rechercher dans tous les commentaires (Ctrl+F)</translation>
    </message>
    <message>
        <source>Key quotes only</source>
        <translation>Citations clés uniquement</translation>
    </message>
    <message>
        <source>All SWOT</source>
        <translation>Toutes catégories SWOT</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>All comments</source>
        <translation>Tous les commentaires</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Key quote</source>
        <translation>Citation clé</translation>
    </message>
    <message>
        <source>Make the selected comment a key quote, or not</source>
        <translation>Faire du commentaire sélectionné une citation clé, ou non</translation>
    </message>
    <message>
        <source>Edit the selected comment (Enter)</source>
        <translation>Modifier le commentaire sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>Delete the selected comment (Delete)</source>
        <translation>Supprimer le commentaire sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Alt+1…9 option · Alt+Q question · Alt+0 no link · Alt+S/W/O/T SWOT · Alt+K key quote · Alt+P speaker · Alt+G tags · F1 all shortcuts</source>
        <translation>Alt+1…9 option · Alt+Q question · Alt+0 aucun lien · Alt+S/W/O/T SWOT (forces, faiblesses, opportunités, menaces) · Alt+K citation clé · Alt+P intervenant · Alt+G étiquettes · F1 tous les raccourcis</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation>
            <numerusform>%n commentaire</numerusform>
            <numerusform>%n commentaires</numerusform>
        </translation>
    </message>
    <message>
        <source>showing {shown} of</source>
        <translation>{shown} affichés sur</translation>
    </message>
    <message>
        <source>The comment box is empty: type what was said, then press Enter.</source>
        <translation>La zone de commentaire est vide : saisissez les propos, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Modifier le commentaire</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Ajouter un commentaire</translation>
    </message>
    <message>
        <source>The comment was NOT saved.</source>
        <translation>Le commentaire n’a PAS été enregistré.</translation>
    </message>
    <message>
        <source>Comment saved.</source>
        <translation>Commentaire enregistré.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Modifications enregistrées.</translation>
    </message>
    <message>
        <source>Save (Enter) or clear the comment being typed before editing another one.</source>
        <translation>Enregistrez (Entrée) ou effacez le commentaire en cours de saisie avant d’en modifier un autre.</translation>
    </message>
    <message>
        <source>Editing a saved comment: Enter saves the changes, Esc cancels.</source>
        <translation>Modification d’un commentaire enregistré : Entrée enregistre les modifications, Échap les annule.</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Supprimer le commentaire</translation>
    </message>
    <message>
        <source>Comment deleted. Undo with Ctrl+Z.</source>
        <translation>Commentaire supprimé. Annulez avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Key quote on</source>
        <translation>Citation clé activée</translation>
    </message>
    <message>
        <source>Key quote off</source>
        <translation>Citation clé désactivée</translation>
    </message>
</context>
<context>
    <name>ConflictFieldsModel</name>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Key quote</source>
        <translation>Citation clé</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Groupe de parties prenantes</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Consents to be named</source>
        <translation>Consent à la mention de son nom</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>Framework key</source>
        <translation>Code du cadre</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Shown now (revision {rev})</source>
        <translation>Affichée (révision {rev})</translation>
    </message>
    <message>
        <source>Other version (revision {rev})</source>
        <translation>Autre version (révision {rev})</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>Framework</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>Message clé</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>Diffère par</translation>
    </message>
    <message>
        <source>same content</source>
        <translation>même contenu</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Merge conflicts</source>
        <translation>Conflits de fusion</translation>
    </message>
    <message>
        <source>Only the fields that differ</source>
        <translation>Seulement les champs qui diffèrent</translation>
    </message>
    <message>
        <source>Keep the version shown</source>
        <translation>Conserver la version affichée</translation>
    </message>
    <message>
        <source>Keep the other version</source>
        <translation>Conserver l’autre version</translation>
    </message>
    <message>
        <source>Both versions stay stored. Your choice is saved as a new version that descends from both, so it also settles this conflict wherever the master is merged.</source>
        <translation>Les deux versions restent enregistrées. Votre choix est enregistré comme une nouvelle version issue des deux ; il règle donc aussi ce conflit partout où le fichier maître est fusionné.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflicts in {file}</source>
        <translation>
            <numerusform>%n conflit ouvert dans {file}</numerusform>
            <numerusform>%n conflits ouverts dans {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts in {file}.</source>
        <translation>Aucun conflit ouvert dans {file}.</translation>
    </message>
    <message>
        <source> in “{session}”</source>
        <translation> dans « {session} »</translation>
    </message>
    <message>
        <source>The {which} came from {files}.</source>
        <translation>{which} provient de {files}.</translation>
    </message>
    <message>
        <source>The {which} was made in this file (or before files were recorded).</source>
        <translation>{which} a été créée dans ce fichier (ou avant que les fichiers ne soient consignés).</translation>
    </message>
    <message>
        <source>version shown</source>
        <translation>La version affichée</translation>
    </message>
    <message>
        <source>other version</source>
        <translation>L’autre version</translation>
    </message>
    <message>
        <source>{what}{where}: two versions edited apart; the one with the higher revision is shown until you decide.</source>
        <translation>{what}{where} : deux versions modifiées séparément ; celle dont la révision est la plus élevée est affichée jusqu’à votre décision.</translation>
    </message>
</context>
<context>
    <name>ConsolidationPanel</name>
    <message>
        <source>Consolidated synthesis</source>
        <translation>Synthèse consolidée</translation>
    </message>
    <message>
        <source>Your own words over all the dialogues of this file: they open its synthesis (the title, then the key messages and conclusions of its summary).</source>
        <translation>Vos propres mots sur l’ensemble des dialogues de ce fichier : ils ouvrent sa synthèse (le titre, puis les messages clés et les conclusions de son résumé).</translation>
    </message>
    <message>
        <source>Consultations on the strategic plan</source>
        <translation>Consultations sur le plan stratégique</translation>
    </message>
    <message>
        <source>One key message per line</source>
        <translation>Un message clé par ligne</translation>
    </message>
    <message>
        <source>What the dialogues concluded, together</source>
        <translation>Ce que les dialogues ont conclu, ensemble</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Key messages (one per line)</source>
        <translation>&amp;Messages clés (un par ligne)</translation>
    </message>
    <message>
        <source>Co&amp;nclusions</source>
        <translation>Co&amp;nclusions</translation>
    </message>
    <message>
        <source>Edit consolidated synthesis</source>
        <translation>Modifier la synthèse consolidée</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something unexpected went wrong ({kind}: {error}). Your saved entries are safe in the file; anything not yet saved is still on screen.

The details are in the log file:
{log}
Please send it to whoever supports the app.</source>
        <translation>Une erreur inattendue s’est produite ({kind} : {error}). Vos saisies enregistrées sont en sécurité dans le fichier ; ce qui n’est pas encore enregistré est toujours à l’écran.

Les détails figurent dans le fichier journal :
{log}
Veuillez l’envoyer à la personne chargée de l’assistance pour l’application.</translation>
    </message>
    <message>
        <source>Workshop App: unexpected error</source>
        <translation>Workshop App : erreur inattendue</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Cette séance</translation>
    </message>
    <message>
        <source>All sessions in the file</source>
        <translation>Toutes les séances du fichier</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Portée :</translation>
    </message>
    <message>
        <source>Name people only with their consent</source>
        <translation>Nommer les personnes uniquement avec leur consentement</translation>
    </message>
    <message>
        <source>By organisation, nobody named</source>
        <translation>Par organisation, personne n’est nommé</translation>
    </message>
    <message>
        <source>Anonymous: stakeholder groups only</source>
        <translation>Anonyme : groupes de parties prenantes uniquement</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Participants :</translation>
    </message>
    <message>
        <source>The session&apos;s language</source>
        <translation>La langue de la séance</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Full note</source>
        <translation>Note complète</translation>
    </message>
    <message>
        <source>Short note: summary, results tables and key quotes</source>
        <translation>Note abrégée : résumé, tableaux de résultats et citations clés</translation>
    </message>
    <message>
        <source>Le&amp;ngth:</source>
        <translation>Lo&amp;ngueur :</translation>
    </message>
    <message>
        <source>Only in a consolidated note (several dialogues)</source>
        <translation>Uniquement dans une note consolidée (plusieurs dialogues)</translation>
    </message>
    <message>
        <source>Include it</source>
        <translation>L’inclure</translation>
    </message>
    <message>
        <source>Leave it out</source>
        <translation>L’omettre</translation>
    </message>
    <message>
        <source>&amp;Methodology annex:</source>
        <translation>Annexe &amp;méthodologique :</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Ballots (rankings)</source>
        <translation>Bulletins (classements)</translation>
    </message>
    <message>
        <source>Scores (points and ratings)</source>
        <translation>Scores (points et notes)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Messages clés</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>CSV &amp;table:</source>
        <translation>&amp;Table CSV :</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>Enregi&amp;strer sous :</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>{fmt} files (*.{fmt})</source>
        <translation>Fichiers {fmt} (*.{fmt})</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Choisissez où enregistrer l’exportation.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Fichier écrit : {path}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>Word synthesis (.docx)</source>
        <translation>Synthèse Word (.docx)</translation>
    </message>
    <message>
        <source>The Word document carries its data, so headquarters can import it. People who declined to be named are in neither its text nor its data; the session file keeps their names.</source>
        <translation>Le document Word contient ses données, afin que le siège puisse les importer. Les personnes qui n’ont pas souhaité être nommées ne figurent ni dans son texte ni dans ses données ; le fichier de séance conserve leur nom.</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>One sheet per table, for staff; names appear as the option below allows, never of people who declined.</source>
        <translation>Une feuille par table, à l’usage du personnel ; les noms apparaissent selon l’option ci-dessous, jamais ceux des personnes qui ont refusé.</translation>
    </message>
    <message>
        <source>CSV table (.csv)</source>
        <translation>Table CSV (.csv)</translation>
    </message>
    <message>
        <source>One table, UTF-8 with byte-order mark so that Excel reads Arabic and Chinese.</source>
        <translation>Une seule table, en UTF-8 avec indicateur d’ordre des octets (BOM) pour qu’Excel lise l’arabe et le chinois.</translation>
    </message>
    <message>
        <source>REFI-QDA project (.qdpx)</source>
        <translation>Projet REFI-QDA (.qdpx)</translation>
    </message>
    <message>
        <source>The comments for qualitative analysis in QualCoder, NVivo, MAXQDA or ATLAS.ti: one text per dialogue, coded by question, SWOT and tag; participants as cases, named only with their consent.</source>
        <translation>Les commentaires pour l’analyse qualitative dans QualCoder, NVivo, MAXQDA ou ATLAS.ti : un texte par dialogue, codé par question, catégorie SWOT et étiquette ; les participants comme cas, nommés uniquement avec leur consentement.</translation>
    </message>
    <message>
        <source>Interchange data (.json)</source>
        <translation>Données d’échange (.json)</translation>
    </message>
    <message>
        <source>Everything in the file, lossless and with every name, like a handover copy: for merging or other tools, not for sharing.</source>
        <translation>Tout le contenu du fichier, sans perte et avec tous les noms, comme une copie de remise : pour la fusion ou d’autres outils, pas pour le partage.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Choose a file, or drop one on this window</source>
        <translation>Choisissez un fichier ou déposez-en un sur cette fenêtre</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;Keep the key messages as edited in Word</source>
        <translation>&amp;Conserver les messages clés tels que modifiés dans Word</translation>
    </message>
    <message>
        <source>Each becomes a new revision of its key message; unticked, the note&apos;s data is imported as the app wrote it.</source>
        <translation>Chacun devient une nouvelle révision de son message clé ; sinon, les données de la note sont importées telles que l’application les a écrites.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import into {file}</source>
        <translation>Importer dans {file}</translation>
    </message>
    <message>
        <source>Interchange JSON, a Word note written by this app, or an attendance or ballots sheet (.xlsx, .csv). Nothing is added until you press Import, and then all of it or nothing.</source>
        <translation>JSON d’échange, note Word écrite par cette application, ou feuille de présence ou de bulletins (.xlsx, .csv). Rien n’est ajouté avant que vous n’appuyiez sur Importer, et alors tout est ajouté ou rien ne l’est.</translation>
    </message>
    <message>
        <source>{file}: an interchange JSON document</source>
        <translation>{file} : un document JSON d’échange</translation>
    </message>
    <message>
        <source>{file}: a Word note with its data</source>
        <translation>{file} : une note Word avec ses données</translation>
    </message>
    <message>
        <source>{file}: an attendance sheet, for this session</source>
        <translation>{file} : une feuille de présence, pour cette séance</translation>
    </message>
    <message>
        <source>{file}: a ballots sheet, for this session</source>
        <translation>{file} : une feuille de bulletins, pour cette séance</translation>
    </message>
    <message>
        <source>{file}</source>
        <translation>{file}</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Cadres</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Bulletins</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Messages clés</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Rows in the sheet</source>
        <translation>Lignes de la feuille</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>À ajouter</translation>
    </message>
    <message>
        <source>New here</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Different here</source>
        <translation>Différents</translation>
    </message>
    <message>
        <source>Importing would do this: {summary}</source>
        <translation>L’importation aurait l’effet suivant : {summary}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more rows with problems.</source>
        <translation>
            <numerusform>… et %n autre ligne présentant des problèmes.</numerusform>
            <numerusform>… et %n autres lignes présentant des problèmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key message(s) read differently in Word than in the note&apos;s data:</source>
        <translation>
            <numerusform>%n message clé diffère dans Word des données de la note :</numerusform>
            <numerusform>%n messages clés diffèrent dans Word des données de la note :</numerusform>
        </translation>
    </message>
    <message>
        <source>In the data: {text}</source>
        <translation>Dans les données : {text}</translation>
    </message>
    <message>
        <source>In Word: {text}</source>
        <translation>Dans Word : {text}</translation>
    </message>
    <message>
        <source>Data to import (*.json *.docx *.xlsx *.csv);;All files (*)</source>
        <translation>Données à importer (*.json *.docx *.xlsx *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importation de {file}…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>KeyMessageEditor</name>
    <message>
        <source>Write a key message: what did participants conclude?</source>
        <translation>Rédigez un message clé : quelles conclusions les participants ont-ils tirées ?</translation>
    </message>
    <message>
        <source>Edit key message</source>
        <translation>Modifier le message clé</translation>
    </message>
</context>
<context>
    <name>KeyMessagesPanel</name>
    <message>
        <source>Add key message</source>
        <translation>Ajouter un message clé</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Workshop App</source>
        <translation>Workshop App</translation>
    </message>
    <message>
        <source>Open a session file</source>
        <translation>Ouvrir un fichier de séance</translation>
    </message>
    <message>
        <source>Session files (*.workshop)</source>
        <translation>Fichiers de séance (*.workshop)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Workshop App</source>
        <translation>Workshop App</translation>
    </message>
    <message>
        <source>Open to phones</source>
        <translation>Ouvrir aux téléphones</translation>
    </message>
    <message>
        <source>Participants answer from their own phones (Ctrl+Shift+P)</source>
        <translation>Les participants répondent depuis leur propre téléphone (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>New session from template…</source>
        <translation>Nouvelle séance à partir d’un modèle…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open demo session</source>
        <translation>Ouvrir la séance de démonstration</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Open to phones…</source>
        <translation>Ouvrir aux téléphones…</translation>
    </message>
    <message>
        <source>Handover copy…</source>
        <translation>Copie de remise…</translation>
    </message>
    <message>
        <source>Save a copy elsewhere…</source>
        <translation>Enregistrer une copie ailleurs…</translation>
    </message>
    <message>
        <source>Merge files…</source>
        <translation>Fusionner des fichiers…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Préférences…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Presenter window</source>
        <translation>Fenêtre de présentation</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About Workshop App</source>
        <translation>À propos de Workshop App</translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballots</source>
        <translation>
            <numerusform>%n bulletin</numerusform>
            <numerusform>%n bulletins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation>
            <numerusform>%n commentaire</numerusform>
            <numerusform>%n commentaires</numerusform>
        </translation>
    </message>
    <message>
        <source>Ballot not saved</source>
        <translation>Bulletin non enregistré</translation>
    </message>
    <message>
        <source>Comment not saved</source>
        <translation>Commentaire non enregistré</translation>
    </message>
    <message>
        <source>The comment in the box has not been saved yet.</source>
        <translation>Le commentaire saisi dans la zone n’est pas encore enregistré.</translation>
    </message>
    <message>
        <source>&amp;Save it</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>&amp;Ne pas enregistrer</translation>
    </message>
    <message>
        <source>no session</source>
        <translation>aucune séance</translation>
    </message>
    <message>
        <source>Save a copy elsewhere</source>
        <translation>Enregistrer une copie ailleurs</translation>
    </message>
    <message>
        <source>Session files (*.workshop)</source>
        <translation>Fichiers de séance (*.workshop)</translation>
    </message>
    <message>
        <source>Now working in {file}. Anything still on screen is not saved yet: press Enter in that view to save it.</source>
        <translation>Vous travaillez désormais dans {file}. Ce qui est encore à l’écran n’est pas enregistré : appuyez sur Entrée dans la vue concernée pour l’enregistrer.</translation>
    </message>
    <message>
        <source>Handover copy</source>
        <translation>Copie de remise</translation>
    </message>
    <message>
        <source>Sealed copy written to {file} (seal {seal}…)</source>
        <translation>Copie scellée écrite dans {file} (sceau {seal}…)</translation>
    </message>
    <message>
        <source>Add a session from the framework</source>
        <translation>Ajouter une séance à partir du cadre</translation>
    </message>
    <message>
        <source>Workshop App runs structured dialogues offline: rankings and comments are saved on every keystroke that confirms them, in {file}.</source>
        <translation>Workshop App permet de mener des dialogues structurés hors ligne : les classements et les commentaires sont enregistrés dans {file} à chaque touche qui les valide.</translation>
    </message>
</context>
<context>
    <name>MappingView</name>
    <message>
        <source>Framework mapping</source>
        <translation>Correspondance avec le cadre</translation>
    </message>
    <message>
        <source>Options with the same framework key are the same priority in every session. These options were added at a venue without a key: say which priority each counts as, or keep it separate. The decision is kept in the master and reused for later files.</source>
        <translation>Les options portant le même code du cadre correspondent à la même priorité dans toutes les séances. Les options ci-dessous ont été ajoutées sur un site sans code : indiquez à quelle priorité chacune correspond, ou conservez-la séparément. La décision est conservée dans le fichier maître et réutilisée pour les fichiers suivants.</translation>
    </message>
    <message>
        <source>Counts as:</source>
        <translation>Correspond à :</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Undo decision</source>
        <translation>Annuler la décision</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Keep separate (its own option)</source>
        <translation>Conserver séparément (option distincte)</translation>
    </message>
    <message numerus="yes">
        <source>%n option labels to decide, {total} in all</source>
        <translation>
            <numerusform>%n libellé d’option à trancher, {total} au total</numerusform>
            <numerusform>%n libellés d’options à trancher, {total} au total</numerusform>
        </translation>
    </message>
    <message>
        <source>Every option carries a framework key: nothing to map.</source>
        <translation>Toutes les options portent un code du cadre : aucune correspondance à établir.</translation>
    </message>
</context>
<context>
    <name>MergeWindow</name>
    <message>
        <source>Merge session files</source>
        <translation>Fusionner des fichiers de séance</translation>
    </message>
    <message>
        <source>Master file:</source>
        <translation>Fichier maître :</translation>
    </message>
    <message>
        <source>Choose the master file that collects every session</source>
        <translation>Choisissez le fichier maître qui rassemble toutes les séances</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>New master…</source>
        <translation>Nouveau fichier maître…</translation>
    </message>
    <message>
        <source>Drop .workshop files, Word notes (.docx) or JSON exports here, or add them with “Add files…”. Preview shows what each would add before anything changes.</source>
        <translation>Déposez ici des fichiers .workshop, des notes Word (.docx) ou des exportations JSON, ou ajoutez-les avec « Ajouter des fichiers… ». L’aperçu indique ce que chacun ajouterait avant toute modification.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Review conflicts…</source>
        <translation>Examiner les conflits…</translation>
    </message>
    <message>
        <source>Framework mapping…</source>
        <translation>Correspondance avec le cadre…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose the master file</source>
        <translation>Choisir le fichier maître</translation>
    </message>
    <message>
        <source>Session files (*.workshop)</source>
        <translation>Fichiers de séance (*.workshop)</translation>
    </message>
    <message>
        <source>New master file</source>
        <translation>Nouveau fichier maître</translation>
    </message>
    <message>
        <source>Add files to merge</source>
        <translation>Ajouter des fichiers à fusionner</translation>
    </message>
    <message>
        <source>Session files, Word notes and JSON (*.workshop *.docx *.json);;All files (*)</source>
        <translation>Fichiers de séance, notes Word et JSON (*.workshop *.docx *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>Vérification des fichiers…</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Fusion en cours…</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Arrêt après le fichier en cours…</translation>
    </message>
    <message>
        <source>File {n} of {total}: {name}</source>
        <translation>Fichier {n} sur {total} : {name}</translation>
    </message>
    <message numerus="yes">
        <source>Preview: {ok} of %n files would merge; nothing has changed yet.</source>
        <translation>
            <numerusform>Aperçu : fusion possible pour {ok} fichier sur %n ; rien n’a encore été modifié.</numerusform>
            <numerusform>Aperçu : fusion possible pour {ok} des %n fichiers ; rien n’a encore été modifié.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged {ok} of %n files.</source>
        <translation>
            <numerusform>Fusion effectuée pour {ok} fichier sur %n.</numerusform>
            <numerusform>Fusion effectuée pour {ok} des %n fichiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <comment>three counts</comment>
        <translation>%1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n records added</source>
        <translation>
            <numerusform>%n enregistrement ajouté</numerusform>
            <numerusform>%n enregistrements ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files refused or not merged: the master holds nothing of them.</source>
        <translation>
            <numerusform>%n fichier refusé ou non fusionné : le fichier maître n’en contient rien.</numerusform>
            <numerusform>%n fichiers refusés ou non fusionnés : le fichier maître n’en contient rien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the files after the current one were not merged.</source>
        <translation>Annulé : les fichiers suivant le fichier en cours n’ont pas été fusionnés.</translation>
    </message>
    <message>
        <source>Backup of the master: {file}</source>
        <translation>Sauvegarde du fichier maître : {file}</translation>
    </message>
    <message>
        <source>Merge conflicts</source>
        <translation>Conflits de fusion</translation>
    </message>
    <message>
        <source>Framework mapping</source>
        <translation>Correspondance avec le cadre</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session from a template</source>
        <translation>Nouvelle séance à partir d’un modèle</translation>
    </message>
    <message>
        <source>UN-Habitat strategic plan 2026–2029 (priorities P1–P5)</source>
        <translation>Plan stratégique d’ONU-Habitat 2026-2029 (priorités P1 à P5)</translation>
    </message>
    <message>
        <source>Questions of {file}</source>
        <translation>Questions de {file}</translation>
    </message>
    <message>
        <source>Another .workshop file…</source>
        <translation>Autre fichier .workshop…</translation>
    </message>
    <message>
        <source>e.g. Dialogue with civil society on the strategic plan</source>
        <translation>p. ex. Dialogue avec la société civile sur le plan stratégique</translation>
    </message>
    <message>
        <source>e.g. Africa Urban Forum</source>
        <translation>p. ex. Forum urbain africain</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Create session</source>
        <translation>Créer la séance</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>The template gives the questions and the priorities to rank. Only the title is needed now; the rest can wait for Setup.</source>
        <translation>Le modèle fournit les questions et les priorités à classer. Seul le titre est nécessaire pour l’instant ; le reste peut attendre l’étape Préparation.</translation>
    </message>
    <message>
        <source>Use the questions of</source>
        <translation>Utiliser les questions de</translation>
    </message>
    <message>
        <source>Session files (*.workshop)</source>
        <translation>Fichiers de séance (*.workshop)</translation>
    </message>
    <message>
        <source>Save the new session as</source>
        <translation>Enregistrer la nouvelle séance sous</translation>
    </message>
    <message>
        <source>Give the session a title.</source>
        <translation>Donnez un titre à la séance.</translation>
    </message>
    <message>
        <source>{file} already exists; choose another name.</source>
        <translation>{file} existe déjà ; choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>OptionGroupsModel</name>
    <message>
        <source>To decide</source>
        <translation>À trancher</translation>
    </message>
    <message>
        <source>Kept separate</source>
        <translation>Conservées séparément</translation>
    </message>
    <message>
        <source>Option label</source>
        <translation>Libellé de l’option</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Correspond à</translation>
    </message>
</context>
<context>
    <name>OptionsModel</name>
    <message>
        <source>Key</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Edit option</source>
        <translation>Modifier l’option</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Groupe de parties prenantes</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>May be named</source>
        <translation>Mention du nom autorisée</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>A répondu</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>(anonyme)</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Modifier le participant</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <source>Filter participants</source>
        <translation>Filtrer les participants</translation>
    </message>
    <message>
        <source>Import attendance sheet…</source>
        <translation>Importer une feuille de présence…</translation>
    </message>
    <message>
        <source>Add anonymous seats…</source>
        <translation>Ajouter des places anonymes…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n inscrit</numerusform>
            <numerusform>%n inscrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n participants</source>
        <translation>
            <numerusform>Supprimer %n participant</numerusform>
            <numerusform>Supprimer %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n seats</source>
        <translation>
            <numerusform>Ajouter %n place</numerusform>
            <numerusform>Ajouter %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n anonymous seats.</source>
        <translation>
            <numerusform>%n place anonyme ajoutée.</numerusform>
            <numerusform>%n places anonymes ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n participants</source>
        <translation>
            <numerusform>Importer %n participant</numerusform>
            <numerusform>Importer %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n participants from {file}.</source>
        <translation>
            <numerusform>%n participant ajouté depuis {file}.</numerusform>
            <numerusform>%n participants ajoutés depuis {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type at least a name, an organisation or a country; for people who stay anonymous use “Add anonymous seats”.</source>
        <translation>Saisissez au moins un nom, une organisation ou un pays ; pour les personnes qui restent anonymes, utilisez « Ajouter des places anonymes ».</translation>
    </message>
    <message>
        <source>Add participant {who}</source>
        <translation>Ajouter le participant {who}</translation>
    </message>
    <message>
        <source>The participant was NOT saved.</source>
        <translation>Le participant n’a PAS été enregistré.</translation>
    </message>
    <message>
        <source>Added {who}.</source>
        <translation>Participant ajouté : {who}.</translation>
    </message>
    <message>
        <source>Delete participant {who}</source>
        <translation>Supprimer le participant {who}</translation>
    </message>
    <message>
        <source>Import attendance sheet</source>
        <translation>Importer une feuille de présence</translation>
    </message>
    <message>
        <source>Attendance sheets (*.xlsx *.csv)</source>
        <translation>Feuilles de présence (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>The import was NOT saved.</source>
        <translation>L’importation n’a PAS été enregistrée.</translation>
    </message>
</context>
<context>
    <name>PhonesPanel</name>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>Ethernet</source>
        <translation>Ethernet</translation>
    </message>
    <message>
        <source>This laptop only (for a test) — {address}</source>
        <translation>Cet ordinateur uniquement (pour un essai) — {address}</translation>
    </message>
    <message>
        <source>Open to phones</source>
        <translation>Ouvrir aux téléphones</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Optional: people may say who they are</source>
        <translation>Facultative : les personnes peuvent indiquer qui elles sont</translation>
    </message>
    <message>
        <source>Required before answering</source>
        <translation>Obligatoire avant de répondre</translation>
    </message>
    <message>
        <source>Off: every answer is anonymous</source>
        <translation>Désactivée : toutes les réponses sont anonymes</translation>
    </message>
    <message>
        <source>Every question of the session</source>
        <translation>Toutes les questions de la séance</translation>
    </message>
    <message>
        <source>One at a time: the question selected in the app</source>
        <translation>Une à la fois : la question sélectionnée dans l’application</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>&amp;Close answers</source>
        <translation>&amp;Clore les réponses</translation>
    </message>
    <message>
        <source>&amp;Reopen answers</source>
        <translation>&amp;Rouvrir les réponses</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>Ré&amp;seau :</translation>
    </message>
    <message>
        <source>&amp;Registration:</source>
        <translation>&amp;Inscription :</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Questions :</translation>
    </message>
    <message>
        <source>QR code of the join address</source>
        <translation>Code QR de l’adresse de connexion</translation>
    </message>
    <message>
        <source>Answers received</source>
        <translation>Réponses reçues</translation>
    </message>
    <message>
        <source>Which network?</source>
        <translation>Quel réseau ?</translation>
    </message>
    <message>
        <source>Phones must reach this laptop directly; no internet is needed.

• Small room: turn on this laptop&apos;s own hotspot and ask people to join it (Windows&apos; hotspot takes about 8 phones).

• Large room: bring a travel router, connect the laptop and the phones to it.

• Venue or hotel Wi-Fi often keeps phones from reaching each other: try it with your own phone before the session.

• Android may warn that the network has no internet: tap “Stay connected”.</source>
        <translation>Les téléphones doivent pouvoir joindre directement cet ordinateur ; aucune connexion Internet n’est nécessaire.

• Petite salle : activez le point d’accès de cet ordinateur et invitez les participants à s’y connecter (le point d’accès de Windows accepte environ 8 téléphones).

• Grande salle : apportez un routeur de voyage et connectez-y l’ordinateur et les téléphones.

• Le Wi-Fi du lieu ou de l’hôtel empêche souvent les téléphones de communiquer entre eux : essayez avec votre propre téléphone avant la séance.

• Android peut signaler que le réseau n’a pas d’accès à Internet : touchez « Rester connecté ».</translation>
    </message>
    <message>
        <source>Join code: {code}</source>
        <translation>Code d’accès : {code}</translation>
    </message>
    <message>
        <source>The work goes on in another file: press Start to open it to phones.</source>
        <translation>Le travail se poursuit dans un autre fichier : appuyez sur Démarrer pour l’ouvrir aux téléphones.</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>Redé&amp;marrer</translation>
    </message>
    <message>
        <source>Choose the network the phones are on, then press Start.</source>
        <translation>Choisissez le réseau auquel les téléphones sont connectés, puis appuyez sur Démarrer.</translation>
    </message>
    <message>
        <source>Open: phones can answer. Scan the code or type the address.</source>
        <translation>Ouvert : les téléphones peuvent répondre. Scannez le code ou saisissez l’adresse.</translation>
    </message>
    <message>
        <source>Closed: phones can no longer answer.</source>
        <translation>Clos : les téléphones ne peuvent plus répondre.</translation>
    </message>
    <message>
        <source>Open, but no question is selected: choose one in Capture or Results.</source>
        <translation>Ouvert, mais aucune question n’est sélectionnée : choisissez-en une dans Saisie ou Résultats.</translation>
    </message>
    <message>
        <source>Open: phones can answer question {n} only; it follows the question selected in the app.</source>
        <translation>Ouvert : les téléphones ne peuvent répondre qu’à la question {n} ; elle suit la question sélectionnée dans l’application.</translation>
    </message>
    <message>
        <source>Phones joined: {n}</source>
        <translation>Téléphones connectés : {n}</translation>
    </message>
    <message>
        <source>{n}. {prompt} — {count}</source>
        <translation>{n}. {prompt} — {count}</translation>
    </message>
    <message>
        <source>Comments: {n}</source>
        <translation>Commentaires : {n}</translation>
    </message>
</context>
<context>
    <name>PointsEntry</name>
    <message>
        <source>Share the points</source>
        <translation>Répartissez les points</translation>
    </message>
    <message numerus="yes">
        <source>%n points over the budget of {budget}</source>
        <translation>
            <numerusform>%n point au-delà du budget de {budget}</numerusform>
            <numerusform>%n points au-delà du budget de {budget}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n points given</source>
        <translation>
            <numerusform>Budget entièrement attribué : %n point</numerusform>
            <numerusform>Budget entièrement attribué : %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{left} of %n points left</source>
        <translation>
            <numerusform>Reste à attribuer : {left} sur %n point</numerusform>
            <numerusform>Reste à attribuer : {left} sur %n points</numerusform>
        </translation>
    </message>
    <message>
        <source>{total} points given, {over} over the budget of {budget}: take some away before saving.</source>
        <translation>{total} points attribués, soit {over} au-delà du budget de {budget} : retirez-en avant d’enregistrer.</translation>
    </message>
    <message>
        <source>{total} points given; the budget is {budget}, so {left} are still to give.</source>
        <translation>{total} points attribués ; le budget est de {budget}, il en reste donc {left} à attribuer.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>&amp;Language of the interface:</source>
        <translation>&amp;Langue de l’interface :</translation>
    </message>
    <message>
        <source>A session&apos;s own language (its questions, its Word synthesis) is set when the session is created, in Setup.</source>
        <translation>La langue propre à une séance (ses questions, sa synthèse Word) est définie lors de la création de la séance, dans Préparation.</translation>
    </message>
    <message>
        <source>The new language applies from the next time Workshop App opens.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de Workshop App.</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Presenter view</source>
        <translation>Vue de présentation</translation>
    </message>
    <message>
        <source>R or Space: show or hide results · B: black screen · F: full screen · Esc: leave full screen</source>
        <translation>R ou Espace : afficher ou masquer les résultats · B : écran noir · F : plein écran · Échap : quitter le plein écran</translation>
    </message>
    <message>
        <source>No question yet</source>
        <translation>Aucune question pour l’instant</translation>
    </message>
    <message>
        <source>Results will appear here.</source>
        <translation>Les résultats s’afficheront ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation>
            <numerusform>%n commentaire</numerusform>
            <numerusform>%n commentaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n responses</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>Open discussion</source>
        <translation>Discussion ouverte</translation>
    </message>
    <message>
        <source>Results will be shown shortly.</source>
        <translation>Les résultats seront présentés sous peu.</translation>
    </message>
    <message>
        <source>No responses yet.</source>
        <translation>Aucune réponse pour l’instant.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Groupe de parties prenantes</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>May be named</source>
        <translation>Mention du nom autorisée</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Retirer la question</translation>
    </message>
    <message>
        <source>Move question up</source>
        <translation>Monter la question</translation>
    </message>
    <message>
        <source>Move question down</source>
        <translation>Descendre la question</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Texte de la question</translation>
    </message>
    <message>
        <source>all options</source>
        <translation>toutes les options</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Double-click (or F2) to edit an option&apos;s key or text</source>
        <translation>Double-cliquez (ou F2) pour modifier le code ou le texte d’une option</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Ajouter une option</translation>
    </message>
    <message>
        <source>From framework</source>
        <translation>Depuis le cadre</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>Retirer l’option</translation>
    </message>
    <message>
        <source>Move option up</source>
        <translation>Monter l’option</translation>
    </message>
    <message>
        <source>Move option down</source>
        <translation>Descendre l’option</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Rank the top</source>
        <translation>Nombre d’options à classer</translation>
    </message>
    <message>
        <source>Points to share</source>
        <translation>Points à répartir</translation>
    </message>
    <message>
        <source>Rating scale 1 to</source>
        <translation>Échelle de notation de 1 à</translation>
    </message>
    <message>
        <source>This question already has ballots; its kind cannot change. Add a new question instead.</source>
        <translation>Cette question a déjà des bulletins ; son type ne peut plus changer. Ajoutez plutôt une nouvelle question.</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Modifier la question</translation>
    </message>
    <message>
        <source>Rank these options, most important first.</source>
        <translation>Classez ces options, de la plus importante à la moins importante.</translation>
    </message>
    <message>
        <source>Share the points between these options.</source>
        <translation>Répartissez les points entre ces options.</translation>
    </message>
    <message>
        <source>How relevant is each of these? (1 = not at all, 5 = essential)</source>
        <translation>Quelle est la pertinence de chacun de ces éléments ? (1 = aucune, 5 = essentielle)</translation>
    </message>
    <message>
        <source>What should the plan learn from your experience?</source>
        <translation>Quels enseignements le plan devrait-il tirer de votre expérience ?</translation>
    </message>
    <message>
        <source>Move question</source>
        <translation>Déplacer la question</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>Nouvelle option</translation>
    </message>
    <message>
        <source>Move option</source>
        <translation>Déplacer l’option</translation>
    </message>
    <message>
        <source>All framework priorities are already options</source>
        <translation>Toutes les priorités du cadre sont déjà des options</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Add options from the framework</source>
        <translation>Ajouter des options depuis le cadre</translation>
    </message>
</context>
<context>
    <name>QuickAddRow</name>
    <message>
        <source>Name (optional)</source>
        <translation>Nom (facultatif)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>May be named</source>
        <translation>Mention du nom autorisée</translation>
    </message>
    <message>
        <source>The person agrees to be named in the notes and quotes</source>
        <translation>La personne accepte que son nom figure dans les notes et les citations</translation>
    </message>
    <message>
        <source>Add  (Enter)</source>
        <translation>Ajouter  (Entrée)</translation>
    </message>
    <message>
        <source>Quick add</source>
        <translation>Ajout rapide</translation>
    </message>
</context>
<context>
    <name>RankingEntry</name>
    <message>
        <source>Type option numbers, e.g. 3 1 5 — “=” for a tie: 3=1 5</source>
        <translation>Saisissez les numéros des options, p. ex. 3 1 5 — « = » pour un ex aequo : 3=1 5</translation>
    </message>
    <message>
        <source>Order typed as option numbers</source>
        <translation>Ordre saisi sous forme de numéros d’options</translation>
    </message>
    <message>
        <source>Tie next click</source>
        <translation>Ex aequo au prochain clic</translation>
    </message>
    <message>
        <source>The next option clicked ties with the one before (or Shift+click)</source>
        <translation>La prochaine option cliquée est à égalité avec la précédente (ou Maj+clic)</translation>
    </message>
    <message>
        <source>Ranked options</source>
        <translation>Options classées</translation>
    </message>
    <message>
        <source>Options not ranked</source>
        <translation>Options non classées</translation>
    </message>
    <message>
        <source>Click in order</source>
        <translation>Cliquez dans l’ordre</translation>
    </message>
    <message>
        <source>Ranked</source>
        <translation>Classées</translation>
    </message>
    <message>
        <source>Drag to reorder; drop onto an option to tie.</source>
        <translation>Faites glisser pour réordonner ; déposez sur une option pour la mettre à égalité.</translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation>Non classées</translation>
    </message>
    <message>
        <source>Type the order</source>
        <translation>Tapez l’ordre</translation>
    </message>
    <message>
        <source>The ranking is empty: put at least one option first.</source>
        <translation>Le classement est vide : placez au moins une option en tête.</translation>
    </message>
</context>
<context>
    <name>RankingState</name>
    <message>
        <source>This question asks for the top {n} only.</source>
        <translation>Cette question ne demande que les {n} premières options.</translation>
    </message>
</context>
<context>
    <name>RatingEntry</name>
    <message>
        <source>Rate each option</source>
        <translation>Notez chaque option</translation>
    </message>
    <message>
        <source>Type {lo}–{hi} on each row (focus moves to the next), then Enter to save; 0 clears.</source>
        <translation>Tapez {lo}–{hi} sur chaque ligne (le curseur passe à la suivante), puis Entrée pour enregistrer ; 0 efface.</translation>
    </message>
    <message>
        <source>No option is rated yet: type a number on each row.</source>
        <translation>Aucune option n’est encore notée : tapez un chiffre sur chaque ligne.</translation>
    </message>
</context>
<context>
    <name>ResultWords</name>
    <message>
        <source>very weak agreement</source>
        <translation>accord très faible</translation>
    </message>
    <message>
        <source>weak agreement</source>
        <translation>accord faible</translation>
    </message>
    <message>
        <source>moderate agreement</source>
        <translation>accord modéré</translation>
    </message>
    <message>
        <source>strong agreement</source>
        <translation>accord fort</translation>
    </message>
    <message>
        <source>very strong agreement</source>
        <translation>accord très fort</translation>
    </message>
    <message numerus="yes">
        <source>Agreement (Kendall&apos;s W) needs at least 3 complete ballots; there are %n.</source>
        <translation>
            <numerusform>Le degré d’accord (W de Kendall) nécessite au moins 3 bulletins complets ; il y en a %n.</numerusform>
            <numerusform>Le degré d’accord (W de Kendall) nécessite au moins 3 bulletins complets ; il y en a %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kendall&apos;s W = %1: %2 (%3, over %Ln complete ballots).</source>
        <translation>
            <numerusform>W de Kendall = %1 : %2 (%3, sur %Ln bulletin complet).</numerusform>
            <numerusform>W de Kendall = %1 : %2 (%3, sur %Ln bulletins complets).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballots from groups smaller than %1 are not shown separately.</source>
        <translation>
            <numerusform>%n bulletin provenant de groupes de moins de %1 personnes n’est pas présenté séparément.</numerusform>
            <numerusform>%n bulletins provenant de groupes de moins de %1 personnes ne sont pas présentés séparément.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only one option: there is nothing to agree on.</source>
        <translation>Une seule option : il n’y a rien sur quoi s’accorder.</translation>
    </message>
    <message>
        <source>Every complete ballot ties all options: agreement cannot be measured.</source>
        <translation>Chaque bulletin complet place toutes les options à égalité : le degré d’accord ne peut pas être mesuré.</translation>
    </message>
    <message>
        <source>p &lt; 0.001</source>
        <translation>p &lt; 0,001</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message numerus="yes">
        <source>%n ballots</source>
        <translation>
            <numerusform>%n bulletin</numerusform>
            <numerusform>%n bulletins</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups smaller than %1 are not shown on their own; they are counted in “Other”.</source>
        <translation>Les groupes de moins de %1 personnes ne sont pas présentés séparément ; ils sont comptés dans « Autre ».</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Borda score</source>
        <translation>Score de Borda</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Rangs</translation>
    </message>
    <message>
        <source>How many ballots put each option 1st, 2nd, 3rd…</source>
        <translation>Nombre de bulletins plaçant chaque option en 1re, 2e, 3e position…</translation>
    </message>
    <message numerus="yes">
        <source>%n ballots hold nothing usable for this question and are not counted.</source>
        <translation>
            <numerusform>%n bulletin ne contient rien d’exploitable pour cette question et n’est pas pris en compte.</numerusform>
            <numerusform>%n bulletins ne contiennent rien d’exploitable pour cette question et ne sont pas pris en compte.</numerusform>
        </translation>
    </message>
    <message>
        <source>“divided”: participants placed this option very differently.</source>
        <translation>« partagé » : les participants ont placé cette option à des rangs très différents.</translation>
    </message>
</context>
<context>
    <name>ResultsTableModel</name>
    <message>
        <source>Position</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Final position (by Borda score, ties broken by Schulze)</source>
        <translation>Rang final (selon le score de Borda, ex aequo départagés selon Schulze)</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Borda</source>
        <translation>Borda</translation>
    </message>
    <message>
        <source>One point for every option it was ranked above, on each ballot</source>
        <translation>Un point pour chaque option qu’elle devance, sur chaque bulletin</translation>
    </message>
    <message>
        <source>Mean rank</source>
        <translation>Rang moyen</translation>
    </message>
    <message>
        <source>Average position among those who ranked it (1 = first)</source>
        <translation>Rang moyen parmi les personnes qui l’ont classée (1 = premier)</translation>
    </message>
    <message>
        <source>First preferences</source>
        <translation>Premiers choix</translation>
    </message>
    <message>
        <source>How many ballots put it first</source>
        <translation>Nombre de bulletins qui la placent en tête</translation>
    </message>
    <message>
        <source>Schulze</source>
        <translation>Schulze</translation>
    </message>
    <message>
        <source>Position under the Schulze method (pairwise comparisons)</source>
        <translation>Rang selon la méthode de Schulze (comparaisons par paires)</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Divergence</translation>
    </message>
    <message>
        <source>Divided: participants placed it very differently</source>
        <translation>Avis partagés : les participants l’ont placée à des rangs très différents</translation>
    </message>
    <message>
        <source>divided</source>
        <translation>partagé</translation>
    </message>
    <message>
        <source>Order by total (points) or mean (rating)</source>
        <translation>Ordre selon le total (points) ou la moyenne (notation)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Points given to it on all ballots</source>
        <translation>Points qui lui ont été attribués sur l’ensemble des bulletins</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Share of all points given</source>
        <translation>Part de l’ensemble des points attribués</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersion</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Écart type</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Participants were divided on this option: their positions for it are widely spread.</source>
        <translation>Les avis des participants sont partagés sur cette option : les rangs qu’ils lui ont attribués sont très dispersés.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>By stakeholder group</source>
        <translation>Par groupe de parties prenantes</translation>
    </message>
    <message>
        <source>Show the results of each stakeholder group; groups smaller than 3 are folded into “Other” or left out.</source>
        <translation>Afficher les résultats de chaque groupe de parties prenantes ; les groupes de moins de 3 personnes sont regroupés sous « Autre » ou omis.</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Question :</translation>
    </message>
    <message>
        <source>Everyone (%1)</source>
        <translation>Ensemble (%1)</translation>
    </message>
    <message>
        <source>Open or create a session with questions to see results here.</source>
        <translation>Ouvrez ou créez une séance comportant des questions pour voir ici les résultats.</translation>
    </message>
    <message>
        <source>No ballots yet for this question. Results appear here as ballots are saved.</source>
        <translation>Aucun bulletin pour cette question. Les résultats s’affichent ici à mesure que les bulletins sont enregistrés.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>two counts</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation>
            <numerusform>%n commentaire</numerusform>
            <numerusform>%n commentaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred</source>
        <translation>
            <numerusform>%n marqué d’une étoile</numerusform>
            <numerusform>%n marqués d’une étoile</numerusform>
        </translation>
    </message>
    <message>
        <source>Open discussion: no ranking to show.</source>
        <translation>Discussion ouverte : aucun classement à afficher.</translation>
    </message>
    <message>
        <source>By SWOT category:</source>
        <translation>Par catégorie SWOT :</translation>
    </message>
    <message>
        <source>Most used tags:</source>
        <translation>Étiquettes les plus utilisées :</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <source>All changes saved · last change {time}</source>
        <translation>Toutes les modifications sont enregistrées · dernière modification {time}</translation>
    </message>
    <message>
        <source>All changes saved · {time}</source>
        <translation>Toutes les modifications sont enregistrées · {time}</translation>
    </message>
    <message>
        <source>Last change NOT saved</source>
        <translation>Dernière modification NON enregistrée</translation>
    </message>
</context>
<context>
    <name>SeatsDialog</name>
    <message>
        <source>Add anonymous seats</source>
        <translation>Ajouter des places anonymes</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>First seat</source>
        <translation>Première place</translation>
    </message>
    <message>
        <source>Number of seats</source>
        <translation>Nombre de places</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Groupe de parties prenantes</translation>
    </message>
    <message>
        <source>Each seat becomes a participant without a name, so ballots and comments can be linked to it.</source>
        <translation>Chaque place devient un participant sans nom, afin que bulletins et commentaires puissent y être rattachés.</translation>
    </message>
    <message>
        <source>Table {table}, seat {seat}</source>
        <translation>Table {table}, place {seat}</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>e.g. Dialogue with civil society on the strategic plan</source>
        <translation>p. ex. Dialogue avec la société civile sur le plan stratégique</translation>
    </message>
    <message>
        <source>e.g. Twelfth session of the World Urban Forum (WUF12)</source>
        <translation>p. ex. Douzième session du Forum urbain mondial (WUF12)</translation>
    </message>
    <message>
        <source>e.g. Room 3, Egypt International Exhibition Center</source>
        <translation>p. ex. Salle 3, Egypt International Exhibition Center</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Détails de la séance</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, e.g. 2024-11-05.</source>
        <translation>Indiquez la date sous la forme année-mois-jour, p. ex. 2024-11-05.</translation>
    </message>
    <message>
        <source>Edit session {field}</source>
        <translation>Modifier la séance ({field})</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <source>Session setup</source>
        <translation>Préparation de la séance</translation>
    </message>
    <message>
        <source>Every change is saved as soon as you leave the field.</source>
        <translation>Chaque modification est enregistrée dès que vous quittez le champ.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Setup, Participants, Capture, Comments, Results, Synthesis</source>
        <translation>Préparation, Participants, Saisie, Commentaires, Résultats, Synthèse</translation>
    </message>
    <message>
        <source>Undo / redo the last saved change (any view); in a field with typing of its own, its typing first</source>
        <translation>Annuler / rétablir la dernière modification enregistrée (dans toute vue) ; dans un champ qui a sa propre saisie, d’abord cette saisie</translation>
    </message>
    <message>
        <source>Open a file / new session from a template</source>
        <translation>Ouvrir un fichier / nouvelle séance à partir d’un modèle</translation>
    </message>
    <message>
        <source>Import ballot sheets, interchange JSON or Word notes, with a preview</source>
        <translation>Importer des feuilles de bulletins, du JSON d’échange ou des notes Word, avec aperçu</translation>
    </message>
    <message>
        <source>Close this window / quit (each asks about anything typed and not saved)</source>
        <translation>Fermer cette fenêtre / quitter (une confirmation est demandée pour toute saisie non enregistrée)</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Cette liste</translation>
    </message>
    <message>
        <source>Presenter window (live results for the projector)</source>
        <translation>Fenêtre de présentation (résultats en direct pour le projecteur)</translation>
    </message>
    <message>
        <source>Export (Word, Excel, CSV)</source>
        <translation>Exporter (Word, Excel, CSV)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Add the person typed in the quick-add row; the cursor stays there</source>
        <translation>Ajouter la personne saisie dans la ligne d’ajout rapide ; le curseur y reste</translation>
    </message>
    <message>
        <source>Delete the selected participants</source>
        <translation>Supprimer les participants sélectionnés</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Go to the question / participant box</source>
        <translation>Aller à la zone question / participant</translation>
    </message>
    <message>
        <source>Type the order as option numbers; “3=1 5” ties options 3 and 1</source>
        <translation>Saisir l’ordre sous forme de numéros d’options ; « 3=1 5 » place les options 3 et 1 à égalité</translation>
    </message>
    <message>
        <source>Shift+click</source>
        <translation>Maj+clic</translation>
    </message>
    <message>
        <source>Tie the clicked option with the one before</source>
        <translation>Mettre l’option cliquée à égalité avec la précédente</translation>
    </message>
    <message>
        <source>In the ranked list: move, tie, un-rank</source>
        <translation>Dans la liste classée : déplacer, mettre à égalité, retirer du classement</translation>
    </message>
    <message>
        <source>Rating rows: rate and move to the next row; 0 clears</source>
        <translation>Lignes de notation : noter et passer à la ligne suivante ; 0 efface</translation>
    </message>
    <message>
        <source>a name, Enter</source>
        <translation>un nom, Entrée</translation>
    </message>
    <message>
        <source>In the participant box: pick the person typed (part of the name is enough)</source>
        <translation>Dans la zone participant : sélectionner la personne saisie (une partie du nom suffit)</translation>
    </message>
    <message>
        <source>Save the ballot and move to the next participant</source>
        <translation>Enregistrer le bulletin et passer au participant suivant</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Save the comment / new line</source>
        <translation>Enregistrer le commentaire / nouvelle ligne</translation>
    </message>
    <message>
        <source>Link option 1…9 of the linked question (no question: question 1…9)</source>
        <translation>Lier l’option 1…9 de la question liée (sans question : question 1…9)</translation>
    </message>
    <message>
        <source>Link the next question / remove the links</source>
        <translation>Lier la question suivante / supprimer les liens</translation>
    </message>
    <message>
        <source>Strength, weakness, opportunity, threat</source>
        <translation>Force, faiblesse, opportunité, menace (SWOT)</translation>
    </message>
    <message>
        <source>Key quote (star)</source>
        <translation>Citation clé (étoile)</translation>
    </message>
    <message>
        <source>Pick the speaker / type tags (with completion)</source>
        <translation>Choisir l’intervenant / saisir des étiquettes (avec complétion)</translation>
    </message>
    <message>
        <source>Search all comments</source>
        <translation>Rechercher dans tous les commentaires</translation>
    </message>
    <message>
        <source>On the list: edit / delete the selected comment</source>
        <translation>Dans la liste : modifier / supprimer le commentaire sélectionné</translation>
    </message>
    <message>
        <source>Cancel editing a saved comment</source>
        <translation>Annuler la modification d’un commentaire enregistré</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <source>Fast-forwarded</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Obsolètes</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Sceau</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Would merge</source>
        <translation>Serait fusionné</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionné</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Non fusionné</translation>
    </message>
    <message>
        <source>Word note</source>
        <translation>Note Word</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>Fichier JSON</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Not sealed</source>
        <translation>Non scellé</translation>
    </message>
    <message>
        <source>merged before, on {date}</source>
        <translation>déjà fusionné le {date}</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>Workshop App</source>
        <translation>Workshop App</translation>
    </message>
    <message>
        <source>Run a structured dialogue offline: register participants, capture their rankings and comments, and hand over one safe file. Every entry is saved the moment you confirm it.</source>
        <translation>Menez un dialogue structuré hors ligne : inscrivez les participants, saisissez leurs classements et leurs commentaires, et remettez un seul fichier sûr. Chaque saisie est enregistrée dès que vous la validez.</translation>
    </message>
    <message>
        <source>New session from template…</source>
        <translation>Nouvelle séance à partir d’un modèle…</translation>
    </message>
    <message>
        <source>The UN-Habitat framework, or the questions of an earlier file</source>
        <translation>Le cadre d’ONU-Habitat, ou les questions d’un fichier antérieur</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>A .workshop file</source>
        <translation>Un fichier .workshop</translation>
    </message>
    <message>
        <source>Open the demo session</source>
        <translation>Ouvrir la séance de démonstration</translation>
    </message>
    <message>
        <source>A realistic session to try everything; a new copy each time</source>
        <translation>Une séance réaliste pour tout essayer ; une nouvelle copie à chaque fois</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>Language of the interface (a session&apos;s own language is set in the session)</source>
        <translation>Langue de l’interface (la langue propre à une séance se définit dans la séance)</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <source>No recent files yet.</source>
        <translation>Aucun fichier récent pour l’instant.</translation>
    </message>
    <message>
        <source>Drop a .workshop file here to open it</source>
        <translation>Déposez ici un fichier .workshop pour l’ouvrir</translation>
    </message>
</context>
<context>
    <name>SynthesisCommentsModel</name>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Star this comment as a key quote</source>
        <translation>Marquer ce commentaire d’une étoile comme citation clé</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Retirer l’étoile</translation>
    </message>
    <message>
        <source>Add this quote to the key message being written</source>
        <translation>Ajouter cette citation au message clé en cours de rédaction</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citer</translation>
    </message>
</context>
<context>
    <name>SynthesisView</name>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>All SWOT categories</source>
        <translation>Toutes catégories SWOT</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Marqués d’une étoile uniquement</translation>
    </message>
    <message>
        <source>Overall conclusions</source>
        <translation>Conclusions générales</translation>
    </message>
    <message>
        <source>All dialogues: consolidated synthesis</source>
        <translation>Tous les dialogues : synthèse consolidée</translation>
    </message>
    <message>
        <source>Overall conclusions of the session</source>
        <translation>Conclusions générales de la séance</translation>
    </message>
    <message>
        <source>Key messages on this question</source>
        <translation>Messages clés sur cette question</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>two counts</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation>
            <numerusform>%n commentaire</numerusform>
            <numerusform>%n commentaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred</source>
        <translation>
            <numerusform>%n marqué d’une étoile</numerusform>
            <numerusform>%n marqués d’une étoile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Question %1: %n key messages written</source>
        <translation>
            <numerusform>Question %1 : %n message clé rédigé</numerusform>
            <numerusform>Question %1 : %n messages clés rédigés</numerusform>
        </translation>
    </message>
    <message>
        <source>Open discussion.</source>
        <translation>Discussion ouverte.</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Aucune séance</translation>
    </message>
    <message numerus="yes">
        <source>All %n dialogues of this file</source>
        <translation>
            <numerusform>Le %n dialogue de ce fichier</numerusform>
            <numerusform>Les %n dialogues de ce fichier</numerusform>
        </translation>
    </message>
    <message>
        <source>Each dialogue&apos;s overall conclusions:</source>
        <translation>Conclusions générales de chaque dialogue :</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more dialogues</source>
        <translation>
            <numerusform>… et %n autre dialogue</numerusform>
            <numerusform>… et %n autres dialogues</numerusform>
        </translation>
    </message>
    <message>
        <source>; first: %1</source>
        <translation> ; en tête : %1</translation>
    </message>
    <message>
        <source>Star comment</source>
        <translation>Marquer le commentaire d’une étoile</translation>
    </message>
    <message>
        <source>Unstar comment</source>
        <translation>Retirer l’étoile du commentaire</translation>
    </message>
</context>
<context>
    <name>UndoLink</name>
    <message>
        <source>Undone: {step}.</source>
        <translation>Annulé : {step}.</translation>
    </message>
    <message>
        <source>Redone: {step}.</source>
        <translation>Rétabli : {step}.</translation>
    </message>
    <message>
        <source>Undo: {step} ({keys})</source>
        <translation>Annuler : {step} ({keys})</translation>
    </message>
    <message>
        <source>Redo: {step} ({keys})</source>
        <translation>Rétablir : {step} ({keys})</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Member State</source>
        <translation>État membre</translation>
    </message>
    <message>
        <source>UN system entity</source>
        <translation>Entité du système des Nations Unies</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <source>Professional association</source>
        <translation>Association professionnelle</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Milieux universitaires</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Secteur privé</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation>Collectivité locale</translation>
    </message>
    <message>
        <source>UN-Habitat staff</source>
        <translation>Personnel d’ONU-Habitat</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Force</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Faiblesse</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Notation</translation>
    </message>
    <message>
        <source>Open discussion</source>
        <translation>Discussion ouverte</translation>
    </message>
</context>
</TS>
