<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AttendanceDialog</name>
    <message numerus="yes">
        <source>%n people found in {file}.</source>
        <translation>
            <numerusform>%n person found in {file}.</numerusform>
            <numerusform>%n people found in {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty rows left out.</source>
        <translation>
            <numerusform>%n empty row left out.</numerusform>
            <numerusform>%n empty rows left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n participants</source>
        <translation>
            <numerusform>Add %n participant</numerusform>
            <numerusform>Add %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureView</name>
    <message numerus="yes">
        <source>%n ballots</source>
        <translation>
            <numerusform>%n ballot</numerusform>
            <numerusform>%n ballots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{a} of %n participants answered</source>
        <translation>
            <numerusform>{a} of %n participant answered</numerusform>
            <numerusform>{a} of %n participants answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants match “{typed}”: type more of the name, or pick one with the Down arrow key.</source>
        <translation>
            <numerusform>%n participant matches “{typed}”: type more of the name, or pick one with the Down arrow key.</numerusform>
            <numerusform>%n participants match “{typed}”: type more of the name, or pick one with the Down arrow key.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommentEntry</name>
    <message numerus="yes">
        <source>%n participants match “{typed}”: type more of the name, or pick one with the Down arrow key.</source>
        <translation>
            <numerusform>%n participant matches “{typed}”: type more of the name, or pick one with the Down arrow key.</numerusform>
            <numerusform>%n participants match “{typed}”: type more of the name, or pick one with the Down arrow key.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommentsView</name>
    <message numerus="yes">
        <source>%n comments</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message numerus="yes">
        <source>%n open conflicts in {file}</source>
        <translation>
            <numerusform>%n open conflict in {file}</numerusform>
            <numerusform>%n open conflicts in {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>… and %n more rows with problems.</source>
        <translation>
            <numerusform>… and %n more row with problems.</numerusform>
            <numerusform>… and %n more rows with problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key message(s) read differently in Word than in the note&apos;s data:</source>
        <translation>
            <numerusform>%n key message reads differently in Word than in the note&apos;s data:</numerusform>
            <numerusform>%n key messages read differently in Word than in the note&apos;s data:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
            <numerusform>%n ballot</numerusform>
            <numerusform>%n ballots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingView</name>
    <message numerus="yes">
        <source>%n option labels to decide, {total} in all</source>
        <translation>
            <numerusform>%n option label to decide, {total} in all</numerusform>
            <numerusform>%n option labels to decide, {total} in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeWindow</name>
    <message numerus="yes">
        <source>Preview: {ok} of %n files would merge; nothing has changed yet.</source>
        <translation>
            <numerusform>Preview: {ok} of %n file would merge; nothing has changed yet.</numerusform>
            <numerusform>Preview: {ok} of %n files would merge; nothing has changed yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged {ok} of %n files.</source>
        <translation>
            <numerusform>Merged {ok} of %n file.</numerusform>
            <numerusform>Merged {ok} of %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records added</source>
        <translation>
            <numerusform>%n record added</numerusform>
            <numerusform>%n records added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files refused or not merged: the master holds nothing of them.</source>
        <translation>
            <numerusform>%n file refused or not merged: the master holds nothing of it.</numerusform>
            <numerusform>%n files refused or not merged: the master holds nothing of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n registered</numerusform>
            <numerusform>%n registered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n participants</source>
        <translation>
            <numerusform>Delete %n participant</numerusform>
            <numerusform>Delete %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n seats</source>
        <translation>
            <numerusform>Add %n seat</numerusform>
            <numerusform>Add %n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n anonymous seats.</source>
        <translation>
            <numerusform>Added %n anonymous seat.</numerusform>
            <numerusform>Added %n anonymous seats.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n participants</source>
        <translation>
            <numerusform>Import %n participant</numerusform>
            <numerusform>Import %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n participants from {file}.</source>
        <translation>
            <numerusform>Added %n participant from {file}.</numerusform>
            <numerusform>Added %n participants from {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PointsEntry</name>
    <message numerus="yes">
        <source>%n points over the budget of {budget}</source>
        <translation>
            <numerusform>%n point over the budget of {budget}</numerusform>
            <numerusform>%n points over the budget of {budget}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n points given</source>
        <translation>
            <numerusform>All %n points given</numerusform>
            <numerusform>All %n points given</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{left} of %n points left</source>
        <translation>
            <numerusform>{left} of %n points left</numerusform>
            <numerusform>{left} of %n points left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message numerus="yes">
        <source>%n comments</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n responses</source>
        <translation>
            <numerusform>%n response</numerusform>
            <numerusform>%n responses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultWords</name>
    <message numerus="yes">
        <source>Agreement (Kendall&apos;s W) needs at least 3 complete ballots; there are %n.</source>
        <translation>
            <numerusform>Agreement (Kendall&apos;s W) needs at least 3 complete ballots; there is %n.</numerusform>
            <numerusform>Agreement (Kendall&apos;s W) needs at least 3 complete ballots; there are %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kendall&apos;s W = %1: %2 (%3, over %Ln complete ballots).</source>
        <translation>
            <numerusform>Kendall&apos;s W = %1: %2 (%3, over %Ln complete ballot).</numerusform>
            <numerusform>Kendall&apos;s W = %1: %2 (%3, over %Ln complete ballots).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballots</source>
        <translation>
            <numerusform>%n ballot</numerusform>
            <numerusform>%n ballots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballots from groups smaller than %1 are not shown separately.</source>
        <translation>
            <numerusform>%n ballot from groups smaller than %1 is not shown separately.</numerusform>
            <numerusform>%n ballots from groups smaller than %1 are not shown separately.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message numerus="yes">
        <source>%n ballots hold nothing usable for this question and are not counted.</source>
        <translation>
            <numerusform>%n ballot holds nothing usable for this question and is not counted.</numerusform>
            <numerusform>%n ballots hold nothing usable for this question and are not counted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message numerus="yes">
        <source>%n comments</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred</source>
        <translation>
            <numerusform>%n starred</numerusform>
            <numerusform>%n starred</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SynthesisView</name>
    <message numerus="yes">
        <source>%n comments</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred</source>
        <translation>
            <numerusform>%n starred</numerusform>
            <numerusform>%n starred</numerusform>
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
            <numerusform>Question %1: %n key message written</numerusform>
            <numerusform>Question %1: %n key messages written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n dialogues of this file</source>
        <translation>
            <numerusform>The %n dialogue of this file</numerusform>
            <numerusform>All %n dialogues of this file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more dialogues</source>
        <translation>
            <numerusform>… and %n more dialogue</numerusform>
            <numerusform>… and %n more dialogues</numerusform>
        </translation>
    </message>
</context>
</TS>
