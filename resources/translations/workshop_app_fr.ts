<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>App</name>
    <message>
        <source>{file} does not exist; create it with “New session from template”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Import attendance sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} people found in {file}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} empty rows left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add {n} participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Columns used: {found}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the stakeholder groups: they are guessed from the sheet and can be corrected in the table afterwards.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BallotsModel</name>
    <message>
        <source>Participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>What you typed is still on screen. Save a copy of the file somewhere that works (another USB stick, the laptop's disk), then press Enter again to save your entry there.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaptureView</name>
    <message>
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anonymous participant</source>
        <translation>Participant anonyme</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to Comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This question is answered in discussion: capture what people say under Comments.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <source>{n} ballots · {a} of {p} participants answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top {n} only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Editing the ballot already entered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New ballot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ballot of {who}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ballot was NOT saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved the ballot of {who}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everyone listed has a ballot for this question.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete ballot of {who}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No participant matches “{typed}”; add them under Participants.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommentEntry</name>
    <message>
        <source>Type what is said… Enter saves, Shift+Enter starts a new line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linked question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linked option</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+{letter}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key quote</source>
        <translation>Citation clé</translation>
    </message>
    <message>
        <source>Alt+K</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save comment  (Enter)</source>
        <translation>Enregistrer le commentaire  (Entrée)</translation>
    </message>
    <message>
        <source>Cancel edit  (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question (Alt+Q)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Option (Alt+1…9)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speaker (Alt+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags (Alt+G)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No option</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save changes  (Enter)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommentsModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SWOT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Q{n}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommentsView</name>
    <message>
        <source>Search all comments (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key quotes only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All SWOT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make the selected comment a key quote, or not</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Alt+1…9 option · Alt+Q question · Alt+0 no link · Alt+S/W/O/T SWOT · Alt+K key quote · Alt+P speaker · Alt+G tags · F1 all shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>showing {shown} of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The comment box is empty: type what was said, then press Enter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The comment was NOT saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save (Enter) or clear the comment being typed before editing another one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Editing a saved comment: Enter saves the changes, Esc cancels.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment deleted. Undo with Ctrl+Z.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key quote on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key quote off</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something unexpected went wrong ({kind}: {error}). Your saved entries are safe in the file; anything not yet saved is still on screen.

The details are in the log file:
{log}
Please send it to whoever supports the app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workshop App: unexpected error</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Workshop App</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a session file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session files (*.workshop)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
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
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Presenter window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>This part of the app could not be loaded; see the log file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{p} participants · {b} ballots · {c} comments</source>
        <translation>{p} participants · {b} bulletins · {c} commentaires</translation>
    </message>
    <message>
        <source>Save a copy elsewhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session files (*.workshop)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now working in {file}. Anything still on screen is not saved yet: press Enter in that view to save it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handover copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sealed copy written to {file} (seal {seal}…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a session from the framework</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workshop App runs structured dialogues offline: rankings and comments are saved on every keystroke that confirms them, in {file}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session from a template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UN-Habitat strategic plan 2026–2029 (priorities P1–P5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Questions of {file}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another .workshop file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Dialogue with civil society on the strategic plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Africa Urban Forum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template gives the questions and the priorities to rank. Only the title is needed now; the rest can wait for Setup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the questions of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session files (*.workshop)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the new session as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the session a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file} already exists; choose another name.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OptionsModel</name>
    <message>
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit option</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>May be named</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(anonymous)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit participant</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <source>Filter participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import attendance sheet…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add anonymous seats…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>{n} registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type at least a name, an organisation or a country; for people who stay anonymous use “Add anonymous seats”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add participant {who}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The participant was NOT saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added {who}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete participant {who}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete {n} participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add {n} seats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added {n} anonymous seats.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import attendance sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attendance sheets (*.xlsx *.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import {n} participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import was NOT saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added {n} participants from {file}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PointsEntry</name>
    <message>
        <source>Share the points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{over} points over the budget of {budget}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All {budget} points given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{left} of {budget} points left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{total} points given, {over} over the budget of {budget}: take some away before saving.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{total} points given; the budget is {budget}, so {left} are still to give.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>May be named</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>Questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move question up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move question down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>all options</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add option</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From framework</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove option</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move option up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move option down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rank the top</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points to share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rating scale 1 to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Options (double-click to edit the key or the text)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This question already has ballots; its kind cannot change. Add a new question instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rank these options, most important first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share the points between these options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How relevant is each of these? (1 = not at all, 5 = essential)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What should the plan learn from your experience?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New option</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move option</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All framework priorities are already options</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All of them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add options from the framework</source>
        <translation type="unfinished" />
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
        <translation>Peut être nommé·e</translation>
    </message>
    <message>
        <source>The person agrees to be named in the notes and quotes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add  (Enter)</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order typed as option numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tie next click</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The next option clicked ties with the one before (or Shift+click)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ranked options</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Options not ranked</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RankingState</name>
    <message>
        <source>This question asks for the top {n} only.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RatingEntry</name>
    <message>
        <source>Rate each option</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type {lo}–{hi} on each row (focus moves to the next); 0 clears.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No option is rated yet: type a number on each row.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First seat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of seats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each seat becomes a participant without a name, so ballots and comments can be linked to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table {table}, seat {seat}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rapporteur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Dialogue with civil society on the strategic plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Twelfth session of the World Urban Forum (WUF12)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Room 3, Egypt International Exhibition Center</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session details</source>
        <translation>Détails de la séance</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, e.g. 2024-11-05.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit session {field}</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Setup, Participants, Capture, Comments, Results, Synthesis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo / redo the last change (any view)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a file / new session from a template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Presenter window (live results for the projector)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export (Word, Excel, CSV)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the person typed in the quick-add row; the cursor stays there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Capture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to the question / participant box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the order as option numbers; “3=1 5” ties options 3 and 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shift+click</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tie the clicked option with the one before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the ranked list: move, tie, un-rank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rating rows: rate and move to the next row; 0 clears</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the ballot and move to the next participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the comment / new line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link option 1…9 of the linked question (no question: question 1…9)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link the next question / remove the links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Strength, weakness, opportunity, threat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key quote (star)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick the speaker / type tags (with completion)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search all comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On the list: edit / delete the selected comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel editing a saved comment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>Workshop App</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run a structured dialogue offline: register participants, capture their rankings and comments, and hand over one safe file. Every entry is saved the moment you confirm it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New session from template…</source>
        <translation>Nouvelle séance à partir d’un modèle…</translation>
    </message>
    <message>
        <source>The UN-Habitat framework, or the questions of an earlier file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>A .workshop file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the demo session</source>
        <translation>Ouvrir la séance de démonstration</translation>
    </message>
    <message>
        <source>A realistic session to try everything; a new copy each time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <source>No recent files yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drop a .workshop file here to open it</source>
        <translation>Déposez ici un fichier .workshop pour l’ouvrir</translation>
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
        <translation>Milieu universitaire</translation>
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