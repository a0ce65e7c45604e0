<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>App</name>
    <message>
        <source>{file} does not exist; create it with “New session from template”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Import attendance sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people found in {file}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty rows left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n participants</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Columns used: {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the stakeholder groups: they are guessed from the sheet and can be corrected in the table afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BallotsModel</name>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Save a copy elsewhere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed is still on screen. Save a copy of the file somewhere that works (another USB stick, the laptop&apos;s disk), then press Enter again to save your entry there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureView</name>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question is answered in discussion: capture what people say under Comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save ballot  (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ballots</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{a} of %n participants answered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants match “{typed}”: type more of the name, or pick one with the Down arrow key.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No participant matches “{typed}”; add them under Participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top {n} only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing the ballot of {who} already entered: Enter replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing an anonymous ballot already entered: Enter replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone listed has a ballot for this question: this is a new anonymous ballot. To change someone&apos;s, pick them (Alt+P) or their ballot in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New anonymous ballot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ballot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to the ballot of {who} have not been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an anonymous participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ballot typed for {who} has not been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anonymous ballot typed has not been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot of {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ballot was NOT saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the ballot of {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved an anonymous ballot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete ballot of {who}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartWords</name>
    <message>
        <source>Borda score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentEntry</name>
    <message>
        <source>Type what is said… Enter saves, Shift+Enter starts a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+{letter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save comment  (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel edit  (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question (Alt+Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option (Alt+1…9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker (Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags (Alt+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participants match “{typed}”: type more of the name, or pick one with the Down arrow key.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No participant matches “{typed}”; add them under Participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes  (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentsModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q{n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentsView</name>
    <message>
        <source>Search all comments (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key quotes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All SWOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected comment (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected comment a key quote, or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected comment (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+1…9 option · Alt+Q question · Alt+0 no link · Alt+S/W/O/T SWOT · Alt+K key quote · Alt+P speaker · Alt+G tags · F1 all shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>showing {shown} of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment box is empty: type what was said, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment was NOT saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Enter) or clear the comment being typed before editing another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing a saved comment: Enter saves the changes, Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment deleted. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key quote on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key quote off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictFieldsModel</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents to be named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown now (revision {rev})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other version (revision {rev})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same content</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Merge conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the fields that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the version shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both versions stay stored. Your choice is saved as a new version that descends from both, so it also settles this conflict wherever the master is merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open conflicts in {file}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in “{session}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {which} came from {files}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {which} was made in this file (or before files were recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}{where}: two versions edited apart; the one with the higher revision is shown until you decide.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something unexpected went wrong ({kind}: {error}). Your saved entries are safe in the file; anything not yet saved is still on screen.

The details are in the log file:
{log}
Please send it to whoever supports the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop App: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sessions in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name people only with their consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By organisation, nobody named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous: stakeholder groups only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short note: summary, results tables and key quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le&amp;ngth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in a consolidated note (several dialogues)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Methodology annex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots (rankings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores (points and ratings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV &amp;table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fmt} files (*.{fmt})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>Word synthesis (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Word document carries its data, so headquarters can import it. People who declined to be named are in neither its text nor its data; the session file keeps their names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sheet per table, for staff; names appear as the option below allows, never of people who declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One table, UTF-8 with byte-order mark so that Excel reads Arabic and Chinese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA project (.qdpx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comments for qualitative analysis in QualCoder, NVivo, MAXQDA or ATLAS.ti: one text per dialogue, coded by question, SWOT and tag; participants as cases, named only with their consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interchange data (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in the file, lossless and with every name, like a handover copy: for merging or other tools, not for sharing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file, or drop one on this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interchange JSON, a Word note written by this app, or an attendance or ballots sheet (.xlsx, .csv). Nothing is added until you press Import, and then all of it or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: an interchange JSON document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: a Word note with its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: an attendance sheet, for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: a ballots sheet, for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows in the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing would do this: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more rows with problems.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Data to import (*.json *.docx *.xlsx *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyMessageEditor</name>
    <message>
        <source>Write a key message: what did participants conclude?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit key message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyMessagesPanel</name>
    <message>
        <source>Add key message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Workshop App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a session file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session files (*.workshop)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants answer from their own phones (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session from template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open demo session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to phones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy elsewhere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Workshop App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballots</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save a copy elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session files (*.workshop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now working in {file}. Anything still on screen is not saved yet: press Enter in that view to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed copy written to {file} (seal {seal}…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a session from the framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop App runs structured dialogues offline: rankings and comments are saved on every keystroke that confirms them, in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment in the box has not been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingView</name>
    <message>
        <source>Framework mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options with the same framework key are the same priority in every session. These options were added at a venue without a key: say which priority each counts as, or keep it separate. The decision is kept in the master and reused for later files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep separate (its own option)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n option labels to decide, {total} in all</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every option carries a framework key: nothing to map.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeWindow</name>
    <message>
        <source>Merge session files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the master file that collects every session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New master…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop .workshop files, Word notes (.docx) or JSON exports here, or add them with “Add files…”. Preview shows what each would add before anything changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the master file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session files (*.workshop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New master file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session files, Word notes and JSON (*.workshop *.docx *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File {n} of {total}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preview: {ok} of %n files would merge; nothing has changed yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged {ok} of %n files.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <comment>three counts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n records added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files refused or not merged: the master holds nothing of them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the files after the current one were not merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of the master: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN-Habitat strategic plan 2026–2029 (priorities P1–P5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions of {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another .workshop file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dialogue with civil society on the strategic plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Africa Urban Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template gives the questions and the priorities to rank. Only the title is needed now; the rest can wait for Setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the questions of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session files (*.workshop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new session as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the session a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionGroupsModel</name>
    <message>
        <source>To decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept separate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsModel</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit option</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <source>Filter participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import attendance sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add anonymous seats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n participants</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n seats</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n anonymous seats.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n participants</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n participants from {file}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Type at least a name, an organisation or a country; for people who stay anonymous use “Add anonymous seats”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participant {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant was NOT saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete participant {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import attendance sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance sheets (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was NOT saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhonesPanel</name>
    <message>
        <source>Wi-Fi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethernet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop only (for a test) — {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: people may say who they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required before answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: every answer is anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every question of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One at a time: the question selected in the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the join address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which network?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones must reach this laptop directly; no internet is needed.

• Small room: turn on this laptop&apos;s own hotspot and ask people to join it (Windows&apos; hotspot takes about 8 phones).

• Large room: bring a travel router, connect the laptop and the phones to it.

• Venue or hotel Wi-Fi often keeps phones from reaching each other: try it with your own phone before the session.

• Android may warn that the network has no internet: tap “Stay connected”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join code: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work goes on in another file: press Start to open it to phones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the network the phones are on, then press Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: phones can answer. Scan the code or type the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: phones can no longer answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open, but no question is selected: choose one in Capture or Results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: phones can answer question {n} only; it follows the question selected in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones joined: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}. {prompt} — {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments: {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PointsEntry</name>
    <message>
        <source>Share the points</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n points over the budget of {budget}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n points given</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{left} of %n points left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{total} points given, {over} over the budget of {budget}: take some away before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} points given; the budget is {budget}, so {left} are still to give.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the interface:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session&apos;s own language (its questions, its Word synthesis) is set when the session is created, in Setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies from the next time Workshop App opens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Presenter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R or Space: show or hide results · B: black screen · F: full screen · Esc: leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No question yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n responses</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results will be shown shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No responses yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move question up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move question down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click (or F2) to edit an option&apos;s key or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move option up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move option down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating scale 1 to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question already has ballots; its kind cannot change. Add a new question instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank these options, most important first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the points between these options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How relevant is each of these? (1 = not at all, 5 = essential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the plan learn from your experience?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All framework priorities are already options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add options from the framework</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickAddRow</name>
    <message>
        <source>Name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person agrees to be named in the notes and quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add  (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingEntry</name>
    <message>
        <source>Type option numbers, e.g. 3 1 5 — “=” for a tie: 3=1 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order typed as option numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie next click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next option clicked ties with the one before (or Shift+click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options not ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to reorder; drop onto an option to tie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ranking is empty: put at least one option first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingState</name>
    <message>
        <source>This question asks for the top {n} only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingEntry</name>
    <message>
        <source>Rate each option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type {lo}–{hi} on each row (focus moves to the next), then Enter to save; 0 clears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No option is rated yet: type a number on each row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultWords</name>
    <message>
        <source>very weak agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very strong agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Agreement (Kendall&apos;s W) needs at least 3 complete ballots; there are %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kendall&apos;s W = %1: %2 (%3, over %Ln complete ballots).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballots from groups smaller than %1 are not shown separately.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Only one option: there is nothing to agree on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every complete ballot ties all options: agreement cannot be measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p &lt; 0.001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ballots</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Groups smaller than %1 are not shown on their own; they are counted in “Other”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Borda score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many ballots put each option 1st, 2nd, 3rd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ballots hold nothing usable for this question and are not counted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“divided”: participants placed this option very differently.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsTableModel</name>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final position (by Borda score, ties broken by Schulze)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One point for every option it was ranked above, on each ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average position among those who ranked it (1 = first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many ballots put it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schulze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position under the Schulze method (pairwise comparisons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divided: participants placed it very differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>divided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order by total (points) or mean (rating)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points given to it on all ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of all points given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants were divided on this option: their positions for it are widely spread.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>By stakeholder group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the results of each stakeholder group; groups smaller than 3 are folded into “Other” or left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a session with questions to see results here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ballots yet for this question. Results appear here as ballots are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>two counts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open discussion: no ranking to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By SWOT category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most used tags:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved · last change {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved · {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change NOT saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeatsDialog</name>
    <message>
        <source>Add anonymous seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each seat becomes a participant without a name, so ballots and comments can be linked to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table {table}, seat {seat}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dialogue with civil society on the strategic plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Twelfth session of the World Urban Forum (WUF12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Room 3, Egypt International Exhibition Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as year-month-day, e.g. 2024-11-05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit session {field}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <source>Session setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is saved as soon as you leave the field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup, Participants, Capture, Comments, Results, Synthesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo / redo the last saved change (any view); in a field with typing of its own, its typing first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file / new session from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import ballot sheets, interchange JSON or Word notes, with a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window / quit (each asks about anything typed and not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter window (live results for the projector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export (Word, Excel, CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the person typed in the quick-add row; the cursor stays there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the question / participant box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the order as option numbers; “3=1 5” ties options 3 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie the clicked option with the one before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the ranked list: move, tie, un-rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating rows: rate and move to the next row; 0 clears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the participant box: pick the person typed (part of the name is enough)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the ballot and move to the next participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the comment / new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link option 1…9 of the linked question (no question: question 1…9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the next question / remove the links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength, weakness, opportunity, threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key quote (star)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the speaker / type tags (with completion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the list: edit / delete the selected comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel editing a saved comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast-forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged before, on {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>Workshop App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a structured dialogue offline: register participants, capture their rankings and comments, and hand over one safe file. Every entry is saved the moment you confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session from template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UN-Habitat framework, or the questions of an earlier file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .workshop file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A realistic session to try everything; a new copy each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface (a session&apos;s own language is set in the session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a .workshop file here to open it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SynthesisCommentsModel</name>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star this comment as a key quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this quote to the key message being written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SynthesisView</name>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All SWOT categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall conclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall conclusions of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key messages on this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>two counts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Question %1: %n key messages written</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open discussion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstar comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoLink</name>
    <message>
        <source>Undone: {step}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: {step}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: {step} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: {step} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Member State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN system entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN-Habitat staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open discussion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
