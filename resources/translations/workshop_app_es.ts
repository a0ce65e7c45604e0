<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>App</name>
    <message>
        <source>{file} does not exist; create it with “New session from template”.</source>
        <translation>{file} no existe; créelo con “Nueva sesión a partir de una plantilla”.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Import attendance sheet</source>
        <translation>Importar hoja de asistencia</translation>
    </message>
    <message numerus="yes">
        <source>%n people found in {file}.</source>
        <translation>
            <numerusform>Se ha encontrado %n persona en {file}.</numerusform>
            <numerusform>Se han encontrado %n personas en {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty rows left out.</source>
        <translation>
            <numerusform>Se ha omitido %n fila vacía.</numerusform>
            <numerusform>Se han omitido %n filas vacías.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n participants</source>
        <translation>
            <numerusform>Añadir %n participante</numerusform>
            <numerusform>Añadir %n participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns used: {found}</source>
        <translation>Columnas utilizadas: {found}</translation>
    </message>
    <message>
        <source>Check the stakeholder groups: they are guessed from the sheet and can be corrected in the table afterwards.</source>
        <translation>Compruebe los grupos de partes interesadas: se deducen de la hoja y pueden corregirse después en la tabla.</translation>
    </message>
</context>
<context>
    <name>BallotsModel</name>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Save a copy elsewhere…</source>
        <translation>Guardar una copia en otro lugar…</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar este mensaje</translation>
    </message>
    <message>
        <source>What you typed is still on screen. Save a copy of the file somewhere that works (another USB stick, the laptop&apos;s disk), then press Enter again to save your entry there.</source>
        <translation>Lo que ha escrito sigue en pantalla. Guarde una copia del archivo en un lugar que funcione (otra memoria USB, el disco de la computadora portátil) y vuelva a pulsar Enter para guardar allí su entrada.</translation>
    </message>
</context>
<context>
    <name>CaptureView</name>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Anonymous participant</source>
        <translation>Participante anónimo</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Go to Comments</source>
        <translation>Ir a Comentarios</translation>
    </message>
    <message>
        <source>This question is answered in discussion: capture what people say under Comments.</source>
        <translation>Esta pregunta se responde en el debate: registre lo que se dice en Comentarios.</translation>
    </message>
    <message>
        <source>Save ballot  (Enter)</source>
        <translation>Guardar papeleta  (Enter)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Ballots entered</source>
        <translation>Papeletas introducidas</translation>
    </message>
    <message>
        <source>Delete ballot</source>
        <translation>Eliminar papeleta</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>P&amp;regunta</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Participante</translation>
    </message>
    <message>
        <source>Capture answers</source>
        <translation>Registrar respuestas</translation>
    </message>
    <message numerus="yes">
        <source>%n ballots</source>
        <translation>
            <numerusform>%n papeleta</numerusform>
            <numerusform>%n papeletas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{a} of %n participants answered</source>
        <translation>
            <numerusform>Respuestas: {a} de %n participante</numerusform>
            <numerusform>Respuestas: {a} de %n participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants match “{typed}”: type more of the name, or pick one with the Down arrow key.</source>
        <translation>
            <numerusform>%n participante coincide con “{typed}”: escriba más letras del nombre o selecciónelo con la tecla de flecha abajo.</numerusform>
            <numerusform>%n participantes coinciden con “{typed}”: escriba más letras del nombre o elija uno con la tecla de flecha abajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No participant matches “{typed}”; add them under Participants.</source>
        <translation>Ningún participante coincide con “{typed}”; añádalo en Participantes.</translation>
    </message>
    <message>
        <source>Top {n} only.</source>
        <translation>Solo las {n} primeras.</translation>
    </message>
    <message>
        <source>Editing the ballot of {who} already entered: Enter replaces it.</source>
        <translation>Modificando la papeleta ya introducida de {who}: Enter la sustituye.</translation>
    </message>
    <message>
        <source>Editing an anonymous ballot already entered: Enter replaces it.</source>
        <translation>Modificando una papeleta anónima ya introducida: Enter la sustituye.</translation>
    </message>
    <message>
        <source>Everyone listed has a ballot for this question: this is a new anonymous ballot. To change someone&apos;s, pick them (Alt+P) or their ballot in the list.</source>
        <translation>Todas las personas de la lista tienen una papeleta para esta pregunta: esta es una nueva papeleta anónima. Para cambiar la de alguien, elija a esa persona (Alt+P) o su papeleta en la lista.</translation>
    </message>
    <message>
        <source>New anonymous ballot.</source>
        <translation>Nueva papeleta anónima.</translation>
    </message>
    <message>
        <source>New ballot.</source>
        <translation>Nueva papeleta.</translation>
    </message>
    <message>
        <source>The changes to the ballot of {who} have not been saved yet.</source>
        <translation>Los cambios en la papeleta de {who} aún no se han guardado.</translation>
    </message>
    <message>
        <source>an anonymous participant</source>
        <translation>un participante anónimo</translation>
    </message>
    <message>
        <source>The ballot typed for {who} has not been saved yet.</source>
        <translation>La papeleta escrita para {who} aún no se ha guardado.</translation>
    </message>
    <message>
        <source>The anonymous ballot typed has not been saved yet.</source>
        <translation>La papeleta anónima escrita aún no se ha guardado.</translation>
    </message>
    <message>
        <source>Ballot of {who}</source>
        <translation>Papeleta de {who}</translation>
    </message>
    <message>
        <source>Anonymous ballot</source>
        <translation>Papeleta anónima</translation>
    </message>
    <message>
        <source>The ballot was NOT saved.</source>
        <translation>La papeleta NO se ha guardado.</translation>
    </message>
    <message>
        <source>Saved the ballot of {who}.</source>
        <translation>Se ha guardado la papeleta de {who}.</translation>
    </message>
    <message>
        <source>Saved an anonymous ballot.</source>
        <translation>Se ha guardado una papeleta anónima.</translation>
    </message>
    <message>
        <source>Delete ballot of {who}</source>
        <translation>Eliminar la papeleta de {who}</translation>
    </message>
</context>
<context>
    <name>ChartWords</name>
    <message>
        <source>Borda score</source>
        <translation>Puntuación de Borda</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Papeletas</translation>
    </message>
    <message>
        <source>Total points</source>
        <translation>Total de puntos</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Respuestas</translation>
    </message>
</context>
<context>
    <name>CommentEntry</name>
    <message>
        <source>Type what is said… Enter saves, Shift+Enter starts a new line</source>
        <translation>Escriba lo que se dice… Enter guarda, Shift+Enter inicia una nueva línea</translation>
    </message>
    <message>
        <source>Comment text</source>
        <translation>Texto del comentario</translation>
    </message>
    <message>
        <source>Linked question</source>
        <translation>Pregunta vinculada</translation>
    </message>
    <message>
        <source>Linked option</source>
        <translation>Opción vinculada</translation>
    </message>
    <message>
        <source>Alt+{letter}</source>
        <translation>Alt+{letter}</translation>
    </message>
    <message>
        <source>Key quote</source>
        <translation>Cita destacada</translation>
    </message>
    <message>
        <source>Alt+K</source>
        <translation>Alt+K</translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation>Sin orador</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Save comment  (Enter)</source>
        <translation>Guardar comentario  (Enter)</translation>
    </message>
    <message>
        <source>Cancel edit  (Esc)</source>
        <translation>Cancelar edición  (Esc)</translation>
    </message>
    <message>
        <source>Question (Alt+Q)</source>
        <translation>Pregunta (Alt+Q)</translation>
    </message>
    <message>
        <source>Option (Alt+1…9)</source>
        <translation>Opción (Alt+1…9)</translation>
    </message>
    <message>
        <source>Speaker (Alt+P)</source>
        <translation>Orador (Alt+P)</translation>
    </message>
    <message>
        <source>Tags (Alt+G)</source>
        <translation>Etiquetas (Alt+G)</translation>
    </message>
    <message numerus="yes">
        <source>%n participants match “{typed}”: type more of the name, or pick one with the Down arrow key.</source>
        <translation>
            <numerusform>%n participante coincide con “{typed}”: escriba más letras del nombre o selecciónelo con la tecla de flecha abajo.</numerusform>
            <numerusform>%n participantes coinciden con “{typed}”: escriba más letras del nombre o elija uno con la tecla de flecha abajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No participant matches “{typed}”; add them under Participants.</source>
        <translation>Ningún participante coincide con “{typed}”; añádalo en Participantes.</translation>
    </message>
    <message>
        <source>No question</source>
        <translation>Sin pregunta</translation>
    </message>
    <message>
        <source>No option</source>
        <translation>Sin opción</translation>
    </message>
    <message>
        <source>Save changes  (Enter)</source>
        <translation>Guardar cambios  (Enter)</translation>
    </message>
</context>
<context>
    <name>CommentsModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Vinculado a</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>FODA</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Q{n}</source>
        <translation>Preg. {n}</translation>
    </message>
</context>
<context>
    <name>CommentsView</name>
    <message>
        <source>Search all comments (Ctrl+F)</source>
        <translation>Buscar comentarios (Ctrl+F)</translation>
    </message>
    <message>
        <source>Key quotes only</source>
        <translation>Solo citas destacadas</translation>
    </message>
    <message>
        <source>All SWOT</source>
        <translation>Todas las categorías FODA</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>All comments</source>
        <translation>Todos los comentarios</translation>
    </message>
    <message>
        <source>Edit the selected comment (Enter)</source>
        <translation>Editar el comentario seleccionado (Enter)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Make the selected comment a key quote, or not</source>
        <translation>Marcar o desmarcar el comentario seleccionado como cita destacada</translation>
    </message>
    <message>
        <source>Key quote</source>
        <translation>Cita destacada</translation>
    </message>
    <message>
        <source>Delete the selected comment (Delete)</source>
        <translation>Eliminar el comentario seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Alt+1…9 option · Alt+Q question · Alt+0 no link · Alt+S/W/O/T SWOT · Alt+K key quote · Alt+P speaker · Alt+G tags · F1 all shortcuts</source>
        <translation>Alt+1…9 opción · Alt+Q pregunta · Alt+0 sin vínculo · Alt+S/W/O/T FODA · Alt+K cita destacada · Alt+P orador · Alt+G etiquetas · F1 todos los atajos</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation>
            <numerusform>%n comentario</numerusform>
            <numerusform>%n comentarios</numerusform>
        </translation>
    </message>
    <message>
        <source>showing {shown} of</source>
        <translation>se muestran {shown} de</translation>
    </message>
    <message>
        <source>The comment box is empty: type what was said, then press Enter.</source>
        <translation>El cuadro de comentario está vacío: escriba lo que se dijo y pulse Enter.</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Editar comentario</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Añadir comentario</translation>
    </message>
    <message>
        <source>The comment was NOT saved.</source>
        <translation>El comentario NO se ha guardado.</translation>
    </message>
    <message>
        <source>Comment saved.</source>
        <translation>Comentario guardado.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Cambios guardados.</translation>
    </message>
    <message>
        <source>Save (Enter) or clear the comment being typed before editing another one.</source>
        <translation>Guarde (Enter) o borre el comentario que está escribiendo antes de editar otro.</translation>
    </message>
    <message>
        <source>Editing a saved comment: Enter saves the changes, Esc cancels.</source>
        <translation>Editando un comentario guardado: Enter guarda los cambios, Esc los cancela.</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Eliminar comentario</translation>
    </message>
    <message>
        <source>Comment deleted. Undo with Ctrl+Z.</source>
        <translation>Comentario eliminado. Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Key quote on</source>
        <translation>Cita destacada activada</translation>
    </message>
    <message>
        <source>Key quote off</source>
        <translation>Cita destacada desactivada</translation>
    </message>
</context>
<context>
    <name>ConflictFieldsModel</name>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Enunciado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Key quote</source>
        <translation>Cita destacada</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>FODA</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Grupo de partes interesadas</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Consents to be named</source>
        <translation>Consiente en ser nombrado</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Asiento</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Framework key</source>
        <translation>Clave del marco</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Shown now (revision {rev})</source>
        <translation>Versión mostrada (revisión {rev})</translation>
    </message>
    <message>
        <source>Other version (revision {rev})</source>
        <translation>Otra versión (revisión {rev})</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>Framework</source>
        <translation>Marco</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>Papeleta</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>Mensaje clave</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>Difiere en</translation>
    </message>
    <message>
        <source>same content</source>
        <translation>mismo contenido</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Merge conflicts</source>
        <translation>Conflictos de fusión</translation>
    </message>
    <message>
        <source>Only the fields that differ</source>
        <translation>Solo los campos que difieren</translation>
    </message>
    <message>
        <source>Keep the version shown</source>
        <translation>Conservar la versión mostrada</translation>
    </message>
    <message>
        <source>Keep the other version</source>
        <translation>Conservar la otra versión</translation>
    </message>
    <message>
        <source>Both versions stay stored. Your choice is saved as a new version that descends from both, so it also settles this conflict wherever the master is merged.</source>
        <translation>Ambas versiones quedan almacenadas. Su elección se guarda como una nueva versión que desciende de las dos, de modo que también resuelve este conflicto dondequiera que se fusione el archivo maestro.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflicts in {file}</source>
        <translation>
            <numerusform>%n conflicto abierto en {file}</numerusform>
            <numerusform>%n conflictos abiertos en {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts in {file}.</source>
        <translation>No hay conflictos abiertos en {file}.</translation>
    </message>
    <message>
        <source> in “{session}”</source>
        <translation> en “{session}”</translation>
    </message>
    <message>
        <source>The {which} came from {files}.</source>
        <translation>La {which} procede de {files}.</translation>
    </message>
    <message>
        <source>The {which} was made in this file (or before files were recorded).</source>
        <translation>La {which} se creó en este archivo (o antes de que se registraran los archivos).</translation>
    </message>
    <message>
        <source>version shown</source>
        <translation>versión mostrada</translation>
    </message>
    <message>
        <source>other version</source>
        <translation>otra versión</translation>
    </message>
    <message>
        <source>{what}{where}: two versions edited apart; the one with the higher revision is shown until you decide.</source>
        <translation>{what}{where}: dos versiones modificadas por separado; se muestra la de revisión más alta hasta que usted decida.</translation>
    </message>
</context>
<context>
    <name>ConsolidationPanel</name>
    <message>
        <source>Consolidated synthesis</source>
        <translation>Síntesis consolidada</translation>
    </message>
    <message>
        <source>Your own words over all the dialogues of this file: they open its synthesis (the title, then the key messages and conclusions of its summary).</source>
        <translation>Sus propias palabras sobre todos los diálogos de este archivo: abren su síntesis (el título y, luego, los mensajes clave y las conclusiones de su resumen).</translation>
    </message>
    <message>
        <source>Consultations on the strategic plan</source>
        <translation>Consultas sobre el plan estratégico</translation>
    </message>
    <message>
        <source>One key message per line</source>
        <translation>Un mensaje clave por línea</translation>
    </message>
    <message>
        <source>What the dialogues concluded, together</source>
        <translation>Lo que concluyeron los diálogos, en conjunto</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Key messages (one per line)</source>
        <translation>&amp;Mensajes clave (uno por línea)</translation>
    </message>
    <message>
        <source>Co&amp;nclusions</source>
        <translation>Co&amp;nclusiones</translation>
    </message>
    <message>
        <source>Edit consolidated synthesis</source>
        <translation>Editar la síntesis consolidada</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something unexpected went wrong ({kind}: {error}). Your saved entries are safe in the file; anything not yet saved is still on screen.

The details are in the log file:
{log}
Please send it to whoever supports the app.</source>
        <translation>Se ha producido un error inesperado ({kind}: {error}). Las entradas guardadas están a salvo en el archivo; lo que aún no se ha guardado sigue en pantalla.

Los detalles figuran en el archivo de registro:
{log}
Envíelo a quien preste asistencia técnica para la aplicación.</translation>
    </message>
    <message>
        <source>Workshop App: unexpected error</source>
        <translation>Workshop App: error inesperado</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Esta sesión</translation>
    </message>
    <message>
        <source>All sessions in the file</source>
        <translation>Todas las sesiones del archivo</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Alcance:</translation>
    </message>
    <message>
        <source>Name people only with their consent</source>
        <translation>Nombrar a las personas solo con su consentimiento</translation>
    </message>
    <message>
        <source>By organisation, nobody named</source>
        <translation>Por organización, sin nombrar a nadie</translation>
    </message>
    <message>
        <source>Anonymous: stakeholder groups only</source>
        <translation>Anónimo: solo grupos de partes interesadas</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Participantes:</translation>
    </message>
    <message>
        <source>The session&apos;s language</source>
        <translation>El idioma de la sesión</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Full note</source>
        <translation>Nota completa</translation>
    </message>
    <message>
        <source>Short note: summary, results tables and key quotes</source>
        <translation>Nota breve: resumen, cuadros de resultados y citas destacadas</translation>
    </message>
    <message>
        <source>Le&amp;ngth:</source>
        <translation>E&amp;xtensión:</translation>
    </message>
    <message>
        <source>Only in a consolidated note (several dialogues)</source>
        <translation>Solo en una nota consolidada (varios diálogos)</translation>
    </message>
    <message>
        <source>Include it</source>
        <translation>Incluirlo</translation>
    </message>
    <message>
        <source>Leave it out</source>
        <translation>Omitirlo</translation>
    </message>
    <message>
        <source>&amp;Methodology annex:</source>
        <translation>&amp;Anexo metodológico:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Ballots (rankings)</source>
        <translation>Papeletas (clasificaciones)</translation>
    </message>
    <message>
        <source>Scores (points and ratings)</source>
        <translation>Puntuaciones (puntos y valoraciones)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Mensajes clave</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>CSV &amp;table:</source>
        <translation>&amp;Tabla CSV:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>{fmt} files (*.{fmt})</source>
        <translation>Archivos {fmt} (*.{fmt})</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Elija dónde guardar la exportación.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Se ha escrito {path}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>Word synthesis (.docx)</source>
        <translation>Síntesis en Word (.docx)</translation>
    </message>
    <message>
        <source>The Word document carries its data, so headquarters can import it. People who declined to be named are in neither its text nor its data; the session file keeps their names.</source>
        <translation>El documento de Word lleva sus datos incorporados, de modo que la sede puede importarlo. Las personas que no aceptaron ser nombradas no figuran ni en su texto ni en sus datos; el archivo de sesión conserva sus nombres.</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>One sheet per table, for staff; names appear as the option below allows, never of people who declined.</source>
        <translation>Una hoja por tabla, para el personal; los nombres aparecen según lo permita la opción de abajo, nunca los de las personas que no lo aceptaron.</translation>
    </message>
    <message>
        <source>CSV table (.csv)</source>
        <translation>Tabla CSV (.csv)</translation>
    </message>
    <message>
        <source>One table, UTF-8 with byte-order mark so that Excel reads Arabic and Chinese.</source>
        <translation>Una sola tabla, en UTF-8 con marca de orden de bytes para que Excel lea el árabe y el chino.</translation>
    </message>
    <message>
        <source>REFI-QDA project (.qdpx)</source>
        <translation>Proyecto REFI-QDA (.qdpx)</translation>
    </message>
    <message>
        <source>The comments for qualitative analysis in QualCoder, NVivo, MAXQDA or ATLAS.ti: one text per dialogue, coded by question, SWOT and tag; participants as cases, named only with their consent.</source>
        <translation>Los comentarios, para el análisis cualitativo en QualCoder, NVivo, MAXQDA o ATLAS.ti: un texto por diálogo, codificado por pregunta, categoría FODA y etiqueta; los participantes como casos, nombrados solo con su consentimiento.</translation>
    </message>
    <message>
        <source>Interchange data (.json)</source>
        <translation>Datos de intercambio (.json)</translation>
    </message>
    <message>
        <source>Everything in the file, lossless and with every name, like a handover copy: for merging or other tools, not for sharing.</source>
        <translation>Todo el contenido del archivo, sin pérdidas y con todos los nombres, como una copia de entrega: para fusionar o usar en otras herramientas, no para compartir.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Choose a file, or drop one on this window</source>
        <translation>Elija un archivo o suéltelo en esta ventana</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>&amp;Keep the key messages as edited in Word</source>
        <translation>&amp;Conservar los mensajes clave tal como se editaron en Word</translation>
    </message>
    <message>
        <source>Each becomes a new revision of its key message; unticked, the note&apos;s data is imported as the app wrote it.</source>
        <translation>Cada uno pasa a ser una nueva revisión de su mensaje clave; sin marcar, los datos de la nota se importan tal como los escribió la aplicación.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import into {file}</source>
        <translation>Importar a {file}</translation>
    </message>
    <message>
        <source>Interchange JSON, a Word note written by this app, or an attendance or ballots sheet (.xlsx, .csv). Nothing is added until you press Import, and then all of it or nothing.</source>
        <translation>JSON de intercambio, una nota de Word escrita por esta aplicación o una hoja de asistencia o de papeletas (.xlsx, .csv). No se añade nada hasta que pulse Importar, y entonces se añade todo o nada.</translation>
    </message>
    <message>
        <source>{file}: an interchange JSON document</source>
        <translation>{file}: un documento JSON de intercambio</translation>
    </message>
    <message>
        <source>{file}: a Word note with its data</source>
        <translation>{file}: una nota de Word con sus datos</translation>
    </message>
    <message>
        <source>{file}: an attendance sheet, for this session</source>
        <translation>{file}: una hoja de asistencia, para esta sesión</translation>
    </message>
    <message>
        <source>{file}: a ballots sheet, for this session</source>
        <translation>{file}: una hoja de papeletas, para esta sesión</translation>
    </message>
    <message>
        <source>{file}</source>
        <translation>{file}</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Marcos</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Papeletas</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Mensajes clave</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Rows in the sheet</source>
        <translation>Filas de la hoja</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>Por añadir</translation>
    </message>
    <message>
        <source>New here</source>
        <translation>Nuevos aquí</translation>
    </message>
    <message>
        <source>Different here</source>
        <translation>Distintos aquí</translation>
    </message>
    <message>
        <source>Importing would do this: {summary}</source>
        <translation>La importación haría lo siguiente: {summary}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more rows with problems.</source>
        <translation>
            <numerusform>… y %n fila más con problemas.</numerusform>
            <numerusform>… y %n filas más con problemas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key message(s) read differently in Word than in the note&apos;s data:</source>
        <translation>
            <numerusform>%n mensaje clave difiere en Word de los datos de la nota:</numerusform>
            <numerusform>%n mensajes clave difieren en Word de los datos de la nota:</numerusform>
        </translation>
    </message>
    <message>
        <source>In the data: {text}</source>
        <translation>En los datos: {text}</translation>
    </message>
    <message>
        <source>In Word: {text}</source>
        <translation>En Word: {text}</translation>
    </message>
    <message>
        <source>Data to import (*.json *.docx *.xlsx *.csv);;All files (*)</source>
        <translation>Datos para importar (*.json *.docx *.xlsx *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>KeyMessageEditor</name>
    <message>
        <source>Write a key message: what did participants conclude?</source>
        <translation>Escriba un mensaje clave: ¿a qué conclusiones llegaron los participantes?</translation>
    </message>
    <message>
        <source>Edit key message</source>
        <translation>Editar mensaje clave</translation>
    </message>
</context>
<context>
    <name>KeyMessagesPanel</name>
    <message>
        <source>Add key message</source>
        <translation>Añadir mensaje clave</translation>
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
        <translation>Abrir un archivo de sesión</translation>
    </message>
    <message>
        <source>Session files (*.workshop)</source>
        <translation>Archivos de sesión (*.workshop)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>Síntesis</translation>
    </message>
    <message>
        <source>Workshop App</source>
        <translation>Workshop App</translation>
    </message>
    <message>
        <source>Open to phones</source>
        <translation>Abrir a los teléfonos</translation>
    </message>
    <message>
        <source>Participants answer from their own phones (Ctrl+Shift+P)</source>
        <translation>Los participantes responden desde sus propios teléfonos (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>New session from template…</source>
        <translation>Nueva sesión a partir de una plantilla…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Open demo session</source>
        <translation>Abrir la sesión de demostración</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Open to phones…</source>
        <translation>Abrir a los teléfonos…</translation>
    </message>
    <message>
        <source>Handover copy…</source>
        <translation>Copia de entrega…</translation>
    </message>
    <message>
        <source>Save a copy elsewhere…</source>
        <translation>Guardar una copia en otro lugar…</translation>
    </message>
    <message>
        <source>Merge files…</source>
        <translation>Fusionar archivos…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Preferencias…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Presenter window</source>
        <translation>Ventana de presentación</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About Workshop App</source>
        <translation>Acerca de Workshop App</translation>
    </message>
    <message>
        <source>no session</source>
        <translation>ninguna sesión</translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballots</source>
        <translation>
            <numerusform>%n papeleta</numerusform>
            <numerusform>%n papeletas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation>
            <numerusform>%n comentario</numerusform>
            <numerusform>%n comentarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a copy elsewhere</source>
        <translation>Guardar una copia en otro lugar</translation>
    </message>
    <message>
        <source>Session files (*.workshop)</source>
        <translation>Archivos de sesión (*.workshop)</translation>
    </message>
    <message>
        <source>Now working in {file}. Anything still on screen is not saved yet: press Enter in that view to save it.</source>
        <translation>Ahora se trabaja en {file}. Lo que sigue en pantalla aún no se ha guardado: pulse Enter en esa vista para guardarlo.</translation>
    </message>
    <message>
        <source>Handover copy</source>
        <translation>Copia de entrega</translation>
    </message>
    <message>
        <source>Sealed copy written to {file} (seal {seal}…)</source>
        <translation>Copia sellada escrita en {file} (sello {seal}…)</translation>
    </message>
    <message>
        <source>Add a session from the framework</source>
        <translation>Añadir una sesión a partir del marco</translation>
    </message>
    <message>
        <source>Workshop App runs structured dialogues offline: rankings and comments are saved on every keystroke that confirms them, in {file}.</source>
        <translation>Workshop App permite celebrar diálogos estructurados sin conexión: las clasificaciones y los comentarios se guardan en {file} cada vez que se confirman con una tecla.</translation>
    </message>
    <message>
        <source>Ballot not saved</source>
        <translation>Papeleta no guardada</translation>
    </message>
    <message>
        <source>Comment not saved</source>
        <translation>Comentario no guardado</translation>
    </message>
    <message>
        <source>The comment in the box has not been saved yet.</source>
        <translation>El comentario del cuadro aún no se ha guardado.</translation>
    </message>
    <message>
        <source>&amp;Save it</source>
        <translation>&amp;Guardarlo</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>&amp;Descartarlo</translation>
    </message>
</context>
<context>
    <name>MappingView</name>
    <message>
        <source>Framework mapping</source>
        <translation>Correspondencia con el marco</translation>
    </message>
    <message>
        <source>Options with the same framework key are the same priority in every session. These options were added at a venue without a key: say which priority each counts as, or keep it separate. The decision is kept in the master and reused for later files.</source>
        <translation>Las opciones con la misma clave del marco corresponden a la misma prioridad en todas las sesiones. Estas opciones se añadieron en un lugar de reunión sin clave: indique a qué prioridad corresponde cada una o manténgala por separado. La decisión se conserva en el archivo maestro y se reutiliza para archivos posteriores.</translation>
    </message>
    <message>
        <source>Counts as:</source>
        <translation>Corresponde a:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Undo decision</source>
        <translation>Deshacer la decisión</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Keep separate (its own option)</source>
        <translation>Mantener por separado (opción propia)</translation>
    </message>
    <message numerus="yes">
        <source>%n option labels to decide, {total} in all</source>
        <translation>
            <numerusform>%n etiqueta de opción por decidir, {total} en total</numerusform>
            <numerusform>%n etiquetas de opción por decidir, {total} en total</numerusform>
        </translation>
    </message>
    <message>
        <source>Every option carries a framework key: nothing to map.</source>
        <translation>Todas las opciones tienen una clave del marco: no hay nada que hacer corresponder.</translation>
    </message>
</context>
<context>
    <name>MergeWindow</name>
    <message>
        <source>Merge session files</source>
        <translation>Fusionar archivos de sesión</translation>
    </message>
    <message>
        <source>Master file:</source>
        <translation>Archivo maestro:</translation>
    </message>
    <message>
        <source>Choose the master file that collects every session</source>
        <translation>Elija el archivo maestro que reúne todas las sesiones</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>New master…</source>
        <translation>Nuevo archivo maestro…</translation>
    </message>
    <message>
        <source>Drop .workshop files, Word notes (.docx) or JSON exports here, or add them with “Add files…”. Preview shows what each would add before anything changes.</source>
        <translation>Suelte aquí archivos .workshop, notas de Word (.docx) o exportaciones JSON, o añádalos con “Añadir archivos…”. La vista previa muestra lo que añadiría cada uno antes de que cambie nada.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Review conflicts…</source>
        <translation>Revisar conflictos…</translation>
    </message>
    <message>
        <source>Framework mapping…</source>
        <translation>Correspondencia con el marco…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Choose the master file</source>
        <translation>Elija el archivo maestro</translation>
    </message>
    <message>
        <source>Session files (*.workshop)</source>
        <translation>Archivos de sesión (*.workshop)</translation>
    </message>
    <message>
        <source>New master file</source>
        <translation>Nuevo archivo maestro</translation>
    </message>
    <message>
        <source>Add files to merge</source>
        <translation>Añadir archivos para fusionar</translation>
    </message>
    <message>
        <source>Session files, Word notes and JSON (*.workshop *.docx *.json);;All files (*)</source>
        <translation>Archivos de sesión, notas de Word y JSON (*.workshop *.docx *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>Comprobando los archivos…</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Fusionando…</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Deteniendo después del archivo actual…</translation>
    </message>
    <message>
        <source>File {n} of {total}: {name}</source>
        <translation>Archivo {n} de {total}: {name}</translation>
    </message>
    <message numerus="yes">
        <source>Preview: {ok} of %n files would merge; nothing has changed yet.</source>
        <translation>
            <numerusform>Vista previa: se fusionaría {ok} de %n archivo; todavía no ha cambiado nada.</numerusform>
            <numerusform>Vista previa: se fusionarían {ok} de %n archivos; todavía no ha cambiado nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged {ok} of %n files.</source>
        <translation>
            <numerusform>Se ha fusionado {ok} de %n archivo.</numerusform>
            <numerusform>Se han fusionado {ok} de %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <comment>three counts</comment>
        <translation>%1, %2 y %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n records added</source>
        <translation>
            <numerusform>%n registro añadido</numerusform>
            <numerusform>%n registros añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files refused or not merged: the master holds nothing of them.</source>
        <translation>
            <numerusform>%n archivo rechazado o no fusionado: el archivo maestro no contiene nada de él.</numerusform>
            <numerusform>%n archivos rechazados o no fusionados: el archivo maestro no contiene nada de ellos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the files after the current one were not merged.</source>
        <translation>Cancelado: los archivos posteriores al actual no se han fusionado.</translation>
    </message>
    <message>
        <source>Backup of the master: {file}</source>
        <translation>Copia de seguridad del archivo maestro: {file}</translation>
    </message>
    <message>
        <source>Merge conflicts</source>
        <translation>Conflictos de fusión</translation>
    </message>
    <message>
        <source>Framework mapping</source>
        <translation>Correspondencia con el marco</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session from a template</source>
        <translation>Nueva sesión a partir de una plantilla</translation>
    </message>
    <message>
        <source>UN-Habitat strategic plan 2026–2029 (priorities P1–P5)</source>
        <translation>Plan estratégico de ONU-Hábitat para 2026–2029 (prioridades P1–P5)</translation>
    </message>
    <message>
        <source>Questions of {file}</source>
        <translation>Preguntas de {file}</translation>
    </message>
    <message>
        <source>Another .workshop file…</source>
        <translation>Otro archivo .workshop…</translation>
    </message>
    <message>
        <source>e.g. Dialogue with civil society on the strategic plan</source>
        <translation>p. ej., Diálogo con la sociedad civil sobre el plan estratégico</translation>
    </message>
    <message>
        <source>e.g. Africa Urban Forum</source>
        <translation>p. ej., Foro Urbano Africano</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Create session</source>
        <translation>Crear sesión</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>The template gives the questions and the priorities to rank. Only the title is needed now; the rest can wait for Setup.</source>
        <translation>La plantilla proporciona las preguntas y las prioridades que clasificar. Ahora solo se necesita el título; el resto puede esperar a la Configuración.</translation>
    </message>
    <message>
        <source>Use the questions of</source>
        <translation>Usar las preguntas de</translation>
    </message>
    <message>
        <source>Session files (*.workshop)</source>
        <translation>Archivos de sesión (*.workshop)</translation>
    </message>
    <message>
        <source>Save the new session as</source>
        <translation>Guardar la nueva sesión como</translation>
    </message>
    <message>
        <source>Give the session a title.</source>
        <translation>Indique un título para la sesión.</translation>
    </message>
    <message>
        <source>{file} already exists; choose another name.</source>
        <translation>{file} ya existe; elija otro nombre.</translation>
    </message>
</context>
<context>
    <name>OptionGroupsModel</name>
    <message>
        <source>To decide</source>
        <translation>Por decidir</translation>
    </message>
    <message>
        <source>Kept separate</source>
        <translation>Mantenida por separado</translation>
    </message>
    <message>
        <source>Option label</source>
        <translation>Etiqueta de la opción</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Corresponde a</translation>
    </message>
</context>
<context>
    <name>OptionsModel</name>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Edit option</source>
        <translation>Editar opción</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Partes interesadas</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>May be named</source>
        <translation>Consiente</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Asiento</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>(anónimo)</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Editar participante</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <source>Filter participants</source>
        <translation>Filtrar participantes</translation>
    </message>
    <message>
        <source>Import attendance sheet…</source>
        <translation>Importar hoja de asistencia…</translation>
    </message>
    <message>
        <source>Add anonymous seats…</source>
        <translation>Añadir asientos anónimos…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n inscrito</numerusform>
            <numerusform>%n inscritos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n participants</source>
        <translation>
            <numerusform>Eliminar %n participante</numerusform>
            <numerusform>Eliminar %n participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n seats</source>
        <translation>
            <numerusform>Añadir %n asiento</numerusform>
            <numerusform>Añadir %n asientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n anonymous seats.</source>
        <translation>
            <numerusform>Se ha añadido %n asiento anónimo.</numerusform>
            <numerusform>Se han añadido %n asientos anónimos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n participants</source>
        <translation>
            <numerusform>Importar %n participante</numerusform>
            <numerusform>Importar %n participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n participants from {file}.</source>
        <translation>
            <numerusform>Se ha añadido %n participante de {file}.</numerusform>
            <numerusform>Se han añadido %n participantes de {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type at least a name, an organisation or a country; for people who stay anonymous use “Add anonymous seats”.</source>
        <translation>Escriba al menos un nombre, una organización o un país; para las personas que permanecen anónimas, use “Añadir asientos anónimos”.</translation>
    </message>
    <message>
        <source>Add participant {who}</source>
        <translation>Añadir participante {who}</translation>
    </message>
    <message>
        <source>The participant was NOT saved.</source>
        <translation>El participante NO se ha guardado.</translation>
    </message>
    <message>
        <source>Added {who}.</source>
        <translation>Se ha añadido a {who}.</translation>
    </message>
    <message>
        <source>Delete participant {who}</source>
        <translation>Eliminar participante {who}</translation>
    </message>
    <message>
        <source>Import attendance sheet</source>
        <translation>Importar hoja de asistencia</translation>
    </message>
    <message>
        <source>Attendance sheets (*.xlsx *.csv)</source>
        <translation>Hojas de asistencia (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>The import was NOT saved.</source>
        <translation>La importación NO se ha guardado.</translation>
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
        <translation>Solo esta computadora portátil (para una prueba) — {address}</translation>
    </message>
    <message>
        <source>Open to phones</source>
        <translation>Abrir a los teléfonos</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Optional: people may say who they are</source>
        <translation>Opcional: las personas pueden indicar quiénes son</translation>
    </message>
    <message>
        <source>Required before answering</source>
        <translation>Obligatorio antes de responder</translation>
    </message>
    <message>
        <source>Off: every answer is anonymous</source>
        <translation>Desactivado: todas las respuestas son anónimas</translation>
    </message>
    <message>
        <source>Every question of the session</source>
        <translation>Todas las preguntas de la sesión</translation>
    </message>
    <message>
        <source>One at a time: the question selected in the app</source>
        <translation>Una a una: la pregunta seleccionada en la aplicación</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>&amp;Close answers</source>
        <translation>&amp;Cerrar respuestas</translation>
    </message>
    <message>
        <source>&amp;Reopen answers</source>
        <translation>&amp;Reabrir respuestas</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>Re&amp;d:</translation>
    </message>
    <message>
        <source>&amp;Registration:</source>
        <translation>Re&amp;gistro:</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Preguntas:</translation>
    </message>
    <message>
        <source>QR code of the join address</source>
        <translation>Código QR de la dirección de acceso</translation>
    </message>
    <message>
        <source>Answers received</source>
        <translation>Respuestas recibidas</translation>
    </message>
    <message>
        <source>Which network?</source>
        <translation>¿Qué red?</translation>
    </message>
    <message>
        <source>Phones must reach this laptop directly; no internet is needed.

• Small room: turn on this laptop&apos;s own hotspot and ask people to join it (Windows&apos; hotspot takes about 8 phones).

• Large room: bring a travel router, connect the laptop and the phones to it.

• Venue or hotel Wi-Fi often keeps phones from reaching each other: try it with your own phone before the session.

• Android may warn that the network has no internet: tap “Stay connected”.</source>
        <translation>Los teléfonos deben llegar directamente a esta computadora portátil; no se necesita internet.

• Sala pequeña: active el punto de acceso de la propia computadora portátil y pida a las personas que se conecten a él (el punto de acceso de Windows admite unos 8 teléfonos).

• Sala grande: traiga un router de viaje y conecte a él la computadora portátil y los teléfonos.

• La red wifi del lugar o del hotel a menudo impide que los teléfonos se comuniquen entre sí: pruébela con su propio teléfono antes de la sesión.

• Android puede advertir de que la red no tiene internet: toque “Mantener conexión”.</translation>
    </message>
    <message>
        <source>Join code: {code}</source>
        <translation>Código de acceso: {code}</translation>
    </message>
    <message>
        <source>The work goes on in another file: press Start to open it to phones.</source>
        <translation>El trabajo continúa en otro archivo: pulse Iniciar para abrirlo a los teléfonos.</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>Rei&amp;niciar</translation>
    </message>
    <message>
        <source>Choose the network the phones are on, then press Start.</source>
        <translation>Elija la red a la que están conectados los teléfonos y pulse Iniciar.</translation>
    </message>
    <message>
        <source>Open: phones can answer. Scan the code or type the address.</source>
        <translation>Abierto: los teléfonos pueden responder. Escanee el código o escriba la dirección.</translation>
    </message>
    <message>
        <source>Closed: phones can no longer answer.</source>
        <translation>Cerrado: los teléfonos ya no pueden responder.</translation>
    </message>
    <message>
        <source>Open, but no question is selected: choose one in Capture or Results.</source>
        <translation>Abierto, pero no hay ninguna pregunta seleccionada: elija una en Registro o Resultados.</translation>
    </message>
    <message>
        <source>Open: phones can answer question {n} only; it follows the question selected in the app.</source>
        <translation>Abierto: los teléfonos solo pueden responder a la pregunta {n}; sigue a la pregunta seleccionada en la aplicación.</translation>
    </message>
    <message>
        <source>Phones joined: {n}</source>
        <translation>Teléfonos conectados: {n}</translation>
    </message>
    <message>
        <source>{n}. {prompt} — {count}</source>
        <translation>{n}. {prompt} — {count}</translation>
    </message>
    <message>
        <source>Comments: {n}</source>
        <translation>Comentarios: {n}</translation>
    </message>
</context>
<context>
    <name>PointsEntry</name>
    <message>
        <source>Share the points</source>
        <translation>Repartir los puntos</translation>
    </message>
    <message numerus="yes">
        <source>%n points over the budget of {budget}</source>
        <translation>
            <numerusform>%n punto más que el total de {budget}</numerusform>
            <numerusform>%n puntos más que el total de {budget}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n points given</source>
        <translation>
            <numerusform>Se ha asignado el total de %n punto</numerusform>
            <numerusform>Se han asignado los %n puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{left} of %n points left</source>
        <translation>
            <numerusform>Por asignar: {left} de %n punto</numerusform>
            <numerusform>Por asignar: {left} de %n puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>{total} points given, {over} over the budget of {budget}: take some away before saving.</source>
        <translation>Se han asignado {total} puntos, {over} más que el total de {budget}: quite algunos antes de guardar.</translation>
    </message>
    <message>
        <source>{total} points given; the budget is {budget}, so {left} are still to give.</source>
        <translation>Se han asignado {total} puntos; el total es {budget}, así que quedan {left} por asignar.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>&amp;Language of the interface:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>A session&apos;s own language (its questions, its Word synthesis) is set when the session is created, in Setup.</source>
        <translation>El idioma propio de una sesión (sus preguntas, su síntesis en Word) se establece al crear la sesión, en Configuración.</translation>
    </message>
    <message>
        <source>The new language applies from the next time Workshop App opens.</source>
        <translation>El nuevo idioma se aplicará a partir de la próxima vez que se abra Workshop App.</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Presenter view</source>
        <translation>Vista de presentación</translation>
    </message>
    <message>
        <source>R or Space: show or hide results · B: black screen · F: full screen · Esc: leave full screen</source>
        <translation>R o Espacio: mostrar u ocultar los resultados · B: pantalla en negro · F: pantalla completa · Esc: salir de la pantalla completa</translation>
    </message>
    <message>
        <source>No question yet</source>
        <translation>Aún no hay ninguna pregunta</translation>
    </message>
    <message>
        <source>Results will appear here.</source>
        <translation>Los resultados aparecerán aquí.</translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation>
            <numerusform>%n comentario</numerusform>
            <numerusform>%n comentarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n responses</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>Open discussion</source>
        <translation>Debate abierto</translation>
    </message>
    <message>
        <source>Results will be shown shortly.</source>
        <translation>Los resultados se mostrarán en breve.</translation>
    </message>
    <message>
        <source>No responses yet.</source>
        <translation>Aún no hay respuestas.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Grupo de partes interesadas</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>May be named</source>
        <translation>Consiente</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Asiento</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Añadir pregunta</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Quitar pregunta</translation>
    </message>
    <message>
        <source>Move question up</source>
        <translation>Subir pregunta</translation>
    </message>
    <message>
        <source>Move question down</source>
        <translation>Bajar pregunta</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Texto de la pregunta</translation>
    </message>
    <message>
        <source>all options</source>
        <translation>todas las opciones</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Double-click (or F2) to edit an option&apos;s key or text</source>
        <translation>Haga doble clic (o pulse F2) para editar la clave o el texto de una opción</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Añadir opción</translation>
    </message>
    <message>
        <source>From framework</source>
        <translation>Del marco</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>Quitar opción</translation>
    </message>
    <message>
        <source>Move option up</source>
        <translation>Subir opción</translation>
    </message>
    <message>
        <source>Move option down</source>
        <translation>Bajar opción</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Rank the top</source>
        <translation>Clasificar las primeras</translation>
    </message>
    <message>
        <source>Points to share</source>
        <translation>Puntos que repartir</translation>
    </message>
    <message>
        <source>Rating scale 1 to</source>
        <translation>Escala de valoración de 1 a</translation>
    </message>
    <message>
        <source>This question already has ballots; its kind cannot change. Add a new question instead.</source>
        <translation>Esta pregunta ya tiene papeletas; su tipo no puede cambiar. Añada una nueva pregunta.</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Editar pregunta</translation>
    </message>
    <message>
        <source>Rank these options, most important first.</source>
        <translation>Clasifique estas opciones, de la más importante a la menos importante.</translation>
    </message>
    <message>
        <source>Share the points between these options.</source>
        <translation>Reparta los puntos entre estas opciones.</translation>
    </message>
    <message>
        <source>How relevant is each of these? (1 = not at all, 5 = essential)</source>
        <translation>¿Qué pertinencia tiene cada una de ellas? (1 = ninguna, 5 = esencial)</translation>
    </message>
    <message>
        <source>What should the plan learn from your experience?</source>
        <translation>¿Qué debería aprender el plan de su experiencia?</translation>
    </message>
    <message>
        <source>Move question</source>
        <translation>Mover pregunta</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>Nueva opción</translation>
    </message>
    <message>
        <source>Move option</source>
        <translation>Mover opción</translation>
    </message>
    <message>
        <source>All framework priorities are already options</source>
        <translation>Todas las prioridades del marco ya son opciones</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Add options from the framework</source>
        <translation>Añadir opciones del marco</translation>
    </message>
</context>
<context>
    <name>QuickAddRow</name>
    <message>
        <source>Name (optional)</source>
        <translation>Nombre (opcional)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>May be named</source>
        <translation>Puede ser nombrado</translation>
    </message>
    <message>
        <source>The person agrees to be named in the notes and quotes</source>
        <translation>La persona acepta ser nombrada en las notas y las citas</translation>
    </message>
    <message>
        <source>Add  (Enter)</source>
        <translation>Añadir  (Enter)</translation>
    </message>
    <message>
        <source>Quick add</source>
        <translation>Adición rápida</translation>
    </message>
</context>
<context>
    <name>RankingEntry</name>
    <message>
        <source>Type option numbers, e.g. 3 1 5 — “=” for a tie: 3=1 5</source>
        <translation>Escriba los números de las opciones, p. ej., 3 1 5 — “=” para un empate: 3=1 5</translation>
    </message>
    <message>
        <source>Order typed as option numbers</source>
        <translation>Orden escrito como números de opción</translation>
    </message>
    <message>
        <source>Tie next click</source>
        <translation>Empate en el próximo clic</translation>
    </message>
    <message>
        <source>The next option clicked ties with the one before (or Shift+click)</source>
        <translation>La próxima opción en la que se haga clic empata con la anterior (o Shift+clic)</translation>
    </message>
    <message>
        <source>Ranked options</source>
        <translation>Opciones clasificadas</translation>
    </message>
    <message>
        <source>Options not ranked</source>
        <translation>Opciones sin clasificar</translation>
    </message>
    <message>
        <source>Click in order</source>
        <translation>Hacer clic en orden</translation>
    </message>
    <message>
        <source>Ranked</source>
        <translation>Clasificadas</translation>
    </message>
    <message>
        <source>Drag to reorder; drop onto an option to tie.</source>
        <translation>Arrastre para reordenar; suelte sobre una opción para empatar.</translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation>Sin clasificar</translation>
    </message>
    <message>
        <source>Type the order</source>
        <translation>Escribir el orden</translation>
    </message>
    <message>
        <source>The ranking is empty: put at least one option first.</source>
        <translation>La clasificación está vacía: coloque al menos una opción en primer lugar.</translation>
    </message>
</context>
<context>
    <name>RankingState</name>
    <message>
        <source>This question asks for the top {n} only.</source>
        <translation>Esta pregunta solo pide las {n} primeras opciones.</translation>
    </message>
</context>
<context>
    <name>RatingEntry</name>
    <message>
        <source>Rate each option</source>
        <translation>Valorar cada opción</translation>
    </message>
    <message>
        <source>Type {lo}–{hi} on each row (focus moves to the next), then Enter to save; 0 clears.</source>
        <translation>Escriba {lo}–{hi} en cada fila (el foco avanza solo); Enter guarda, 0 borra.</translation>
    </message>
    <message>
        <source>No option is rated yet: type a number on each row.</source>
        <translation>Aún no se ha valorado ninguna opción: escriba un número en cada fila.</translation>
    </message>
</context>
<context>
    <name>ResultWords</name>
    <message>
        <source>very weak agreement</source>
        <translation>acuerdo muy débil</translation>
    </message>
    <message>
        <source>weak agreement</source>
        <translation>acuerdo débil</translation>
    </message>
    <message>
        <source>moderate agreement</source>
        <translation>acuerdo moderado</translation>
    </message>
    <message>
        <source>strong agreement</source>
        <translation>acuerdo fuerte</translation>
    </message>
    <message>
        <source>very strong agreement</source>
        <translation>acuerdo muy fuerte</translation>
    </message>
    <message numerus="yes">
        <source>Agreement (Kendall&apos;s W) needs at least 3 complete ballots; there are %n.</source>
        <translation>
            <numerusform>Para medir el grado de acuerdo (W de Kendall) se necesitan al menos 3 papeletas completas; hay %n.</numerusform>
            <numerusform>Para medir el grado de acuerdo (W de Kendall) se necesitan al menos 3 papeletas completas; hay %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kendall&apos;s W = %1: %2 (%3, over %Ln complete ballots).</source>
        <translation>
            <numerusform>W de Kendall = %1: %2 (%3, sobre %Ln papeleta completa).</numerusform>
            <numerusform>W de Kendall = %1: %2 (%3, sobre %Ln papeletas completas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballots from groups smaller than %1 are not shown separately.</source>
        <translation>
            <numerusform>%n papeleta de grupos de menos de %1 no se muestra por separado.</numerusform>
            <numerusform>%n papeletas de grupos de menos de %1 no se muestran por separado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only one option: there is nothing to agree on.</source>
        <translation>Solo hay una opción: no hay nada sobre lo que ponerse de acuerdo.</translation>
    </message>
    <message>
        <source>Every complete ballot ties all options: agreement cannot be measured.</source>
        <translation>Todas las papeletas completas empatan todas las opciones: no se puede medir el grado de acuerdo.</translation>
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
            <numerusform>%n papeleta</numerusform>
            <numerusform>%n papeletas</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups smaller than %1 are not shown on their own; they are counted in “Other”.</source>
        <translation>Los grupos de menos de %1 no se muestran por separado; se contabilizan en “Otros”.</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Borda score</source>
        <translation>Puntuación de Borda</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Posiciones</translation>
    </message>
    <message>
        <source>How many ballots put each option 1st, 2nd, 3rd…</source>
        <translation>Cuántas papeletas sitúan cada opción en 1.º, 2.º, 3.er lugar…</translation>
    </message>
    <message numerus="yes">
        <source>%n ballots hold nothing usable for this question and are not counted.</source>
        <translation>
            <numerusform>%n papeleta no contiene nada utilizable para esta pregunta y no se cuenta.</numerusform>
            <numerusform>%n papeletas no contienen nada utilizable para esta pregunta y no se cuentan.</numerusform>
        </translation>
    </message>
    <message>
        <source>“divided”: participants placed this option very differently.</source>
        <translation>“dividida”: los participantes situaron esta opción en posiciones muy distintas.</translation>
    </message>
</context>
<context>
    <name>ResultsTableModel</name>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Final position (by Borda score, ties broken by Schulze)</source>
        <translation>Posición final (por puntuación de Borda; los empates se resuelven por el método de Schulze)</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Borda</source>
        <translation>Borda</translation>
    </message>
    <message>
        <source>One point for every option it was ranked above, on each ballot</source>
        <translation>Un punto por cada opción por encima de la cual se clasificó, en cada papeleta</translation>
    </message>
    <message>
        <source>Mean rank</source>
        <translation>Posición media</translation>
    </message>
    <message>
        <source>Average position among those who ranked it (1 = first)</source>
        <translation>Posición media entre quienes la clasificaron (1 = primera)</translation>
    </message>
    <message>
        <source>First preferences</source>
        <translation>Primeras preferencias</translation>
    </message>
    <message>
        <source>How many ballots put it first</source>
        <translation>Cuántas papeletas la sitúan en primer lugar</translation>
    </message>
    <message>
        <source>Schulze</source>
        <translation>Schulze</translation>
    </message>
    <message>
        <source>Position under the Schulze method (pairwise comparisons)</source>
        <translation>Posición según el método de Schulze (comparaciones por pares)</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Disenso</translation>
    </message>
    <message>
        <source>Divided: participants placed it very differently</source>
        <translation>Dividida: los participantes la situaron en posiciones muy distintas</translation>
    </message>
    <message>
        <source>divided</source>
        <translation>dividida</translation>
    </message>
    <message>
        <source>Order by total (points) or mean (rating)</source>
        <translation>Ordenar por total (puntos) o media (valoración)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Points given to it on all ballots</source>
        <translation>Puntos que recibió en todas las papeletas</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Share of all points given</source>
        <translation>Proporción del total de puntos asignados</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersión</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Desviación típica</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Participants were divided on this option: their positions for it are widely spread.</source>
        <translation>Los participantes estuvieron divididos sobre esta opción: sus posiciones para ella están muy dispersas.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>By stakeholder group</source>
        <translation>Por grupo de partes interesadas</translation>
    </message>
    <message>
        <source>Show the results of each stakeholder group; groups smaller than 3 are folded into “Other” or left out.</source>
        <translation>Mostrar los resultados de cada grupo de partes interesadas; los grupos de menos de 3 se agrupan en “Otros” o se omiten.</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Pregunta:</translation>
    </message>
    <message>
        <source>Everyone (%1)</source>
        <translation>Todos (%1)</translation>
    </message>
    <message>
        <source>Open or create a session with questions to see results here.</source>
        <translation>Abra o cree una sesión con preguntas para ver aquí los resultados.</translation>
    </message>
    <message>
        <source>No ballots yet for this question. Results appear here as ballots are saved.</source>
        <translation>Aún no hay papeletas para esta pregunta. Los resultados aparecen aquí a medida que se guardan las papeletas.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>two counts</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation>
            <numerusform>%n comentario</numerusform>
            <numerusform>%n comentarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred</source>
        <translation>
            <numerusform>%n destacado</numerusform>
            <numerusform>%n destacados</numerusform>
        </translation>
    </message>
    <message>
        <source>Open discussion: no ranking to show.</source>
        <translation>Debate abierto: no hay clasificación que mostrar.</translation>
    </message>
    <message>
        <source>By SWOT category:</source>
        <translation>Por categoría FODA:</translation>
    </message>
    <message>
        <source>Most used tags:</source>
        <translation>Etiquetas más utilizadas:</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <source>All changes saved · last change {time}</source>
        <translation>Todos los cambios guardados · último cambio {time}</translation>
    </message>
    <message>
        <source>All changes saved · {time}</source>
        <translation>Todos los cambios guardados · {time}</translation>
    </message>
    <message>
        <source>Last change NOT saved</source>
        <translation>El último cambio NO se ha guardado</translation>
    </message>
</context>
<context>
    <name>SeatsDialog</name>
    <message>
        <source>Add anonymous seats</source>
        <translation>Añadir asientos anónimos</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Mesa</translation>
    </message>
    <message>
        <source>First seat</source>
        <translation>Primer asiento</translation>
    </message>
    <message>
        <source>Number of seats</source>
        <translation>Número de asientos</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Grupo de partes interesadas</translation>
    </message>
    <message>
        <source>Each seat becomes a participant without a name, so ballots and comments can be linked to it.</source>
        <translation>Cada asiento se convierte en un participante sin nombre, para poder vincularle papeletas y comentarios.</translation>
    </message>
    <message>
        <source>Table {table}, seat {seat}</source>
        <translation>Mesa {table}, asiento {seat}</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderación</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Relatoría</translation>
    </message>
    <message>
        <source>e.g. Dialogue with civil society on the strategic plan</source>
        <translation>p. ej., Diálogo con la sociedad civil sobre el plan estratégico</translation>
    </message>
    <message>
        <source>e.g. Twelfth session of the World Urban Forum (WUF12)</source>
        <translation>p. ej., 12º período de sesiones del Foro Urbano Mundial (WUF12)</translation>
    </message>
    <message>
        <source>e.g. Room 3, Egypt International Exhibition Center</source>
        <translation>p. ej., Sala 3, Centro Internacional de Exposiciones de Egipto</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Datos de la sesión</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, e.g. 2024-11-05.</source>
        <translation>Escriba la fecha como año-mes-día, p. ej., 2024-11-05.</translation>
    </message>
    <message>
        <source>Edit session {field}</source>
        <translation>Editar {field} de la sesión</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <source>Session setup</source>
        <translation>Configuración de la sesión</translation>
    </message>
    <message>
        <source>Every change is saved as soon as you leave the field.</source>
        <translation>Cada cambio se guarda en cuanto sale del campo.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>Setup, Participants, Capture, Comments, Results, Synthesis</source>
        <translation>Configuración, Participantes, Registro, Comentarios, Resultados, Síntesis</translation>
    </message>
    <message>
        <source>Undo / redo the last saved change (any view); in a field with typing of its own, its typing first</source>
        <translation>Deshacer / rehacer el último cambio guardado (en cualquier vista); en un campo con su propia escritura, primero esa escritura</translation>
    </message>
    <message>
        <source>Open a file / new session from a template</source>
        <translation>Abrir un archivo / nueva sesión a partir de una plantilla</translation>
    </message>
    <message>
        <source>Import ballot sheets, interchange JSON or Word notes, with a preview</source>
        <translation>Importar hojas de papeletas, JSON de intercambio o notas de Word, con vista previa</translation>
    </message>
    <message>
        <source>Close this window / quit (each asks about anything typed and not saved)</source>
        <translation>Cerrar esta ventana / salir (cada una pregunta por lo escrito y no guardado)</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <source>Presenter window (live results for the projector)</source>
        <translation>Ventana de presentación (resultados en directo para el proyector)</translation>
    </message>
    <message>
        <source>Export (Word, Excel, CSV)</source>
        <translation>Exportar (Word, Excel, CSV)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Add the person typed in the quick-add row; the cursor stays there</source>
        <translation>Añadir a la persona escrita en la fila de adición rápida; el cursor permanece allí</translation>
    </message>
    <message>
        <source>Delete the selected participants</source>
        <translation>Eliminar los participantes seleccionados</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Go to the question / participant box</source>
        <translation>Ir al cuadro de pregunta / de participante</translation>
    </message>
    <message>
        <source>Type the order as option numbers; “3=1 5” ties options 3 and 1</source>
        <translation>Escribir el orden como números de opción; “3=1 5” empata las opciones 3 y 1</translation>
    </message>
    <message>
        <source>Shift+click</source>
        <translation>Shift+clic</translation>
    </message>
    <message>
        <source>Tie the clicked option with the one before</source>
        <translation>Empatar la opción en la que se hace clic con la anterior</translation>
    </message>
    <message>
        <source>In the ranked list: move, tie, un-rank</source>
        <translation>En la lista clasificada: mover, empatar, quitar de la clasificación</translation>
    </message>
    <message>
        <source>Rating rows: rate and move to the next row; 0 clears</source>
        <translation>Filas de valoración: valorar y pasar a la fila siguiente; 0 borra</translation>
    </message>
    <message>
        <source>a name, Enter</source>
        <translation>un nombre, Enter</translation>
    </message>
    <message>
        <source>In the participant box: pick the person typed (part of the name is enough)</source>
        <translation>En el cuadro de participante: elegir a la persona escrita (basta con parte del nombre)</translation>
    </message>
    <message>
        <source>Save the ballot and move to the next participant</source>
        <translation>Guardar la papeleta y pasar al participante siguiente</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Save the comment / new line</source>
        <translation>Guardar el comentario / nueva línea</translation>
    </message>
    <message>
        <source>Link option 1…9 of the linked question (no question: question 1…9)</source>
        <translation>Vincular la opción 1…9 de la pregunta vinculada (sin pregunta: la pregunta 1…9)</translation>
    </message>
    <message>
        <source>Link the next question / remove the links</source>
        <translation>Vincular la pregunta siguiente / quitar los vínculos</translation>
    </message>
    <message>
        <source>Strength, weakness, opportunity, threat</source>
        <translation>Fortaleza, debilidad, oportunidad, amenaza</translation>
    </message>
    <message>
        <source>Key quote (star)</source>
        <translation>Cita destacada (estrella)</translation>
    </message>
    <message>
        <source>Pick the speaker / type tags (with completion)</source>
        <translation>Elegir al orador / escribir etiquetas (con autocompletado)</translation>
    </message>
    <message>
        <source>Search all comments</source>
        <translation>Buscar en todos los comentarios</translation>
    </message>
    <message>
        <source>On the list: edit / delete the selected comment</source>
        <translation>En la lista: editar / eliminar el comentario seleccionado</translation>
    </message>
    <message>
        <source>Cancel editing a saved comment</source>
        <translation>Cancelar la edición de un comentario guardado</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadidos</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Fast-forwarded</source>
        <translation>Avance rápido</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Obsoletos</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Sello</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Would merge</source>
        <translation>Se fusionaría</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionado</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>No fusionado</translation>
    </message>
    <message>
        <source>Word note</source>
        <translation>Nota de Word</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>Archivo JSON</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Not sealed</source>
        <translation>Sin sellar</translation>
    </message>
    <message>
        <source>merged before, on {date}</source>
        <translation>fusionado anteriormente, el {date}</translation>
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
        <translation>Celebre un diálogo estructurado sin conexión: inscriba a los participantes, registre sus clasificaciones y comentarios y entregue un único archivo seguro. Cada entrada se guarda en el momento en que la confirma.</translation>
    </message>
    <message>
        <source>New session from template…</source>
        <translation>Nueva sesión a partir de una plantilla…</translation>
    </message>
    <message>
        <source>The UN-Habitat framework, or the questions of an earlier file</source>
        <translation>El marco de ONU-Hábitat o las preguntas de un archivo anterior</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>Abrir un archivo…</translation>
    </message>
    <message>
        <source>A .workshop file</source>
        <translation>Un archivo .workshop</translation>
    </message>
    <message>
        <source>Open the demo session</source>
        <translation>Abrir la sesión de demostración</translation>
    </message>
    <message>
        <source>A realistic session to try everything; a new copy each time</source>
        <translation>Una sesión realista para probarlo todo; una copia nueva cada vez</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Language of the interface (a session&apos;s own language is set in the session)</source>
        <translation>Idioma de la interfaz (el idioma propio de una sesión se establece en la sesión)</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Archivos recientes</translation>
    </message>
    <message>
        <source>No recent files yet.</source>
        <translation>Aún no hay archivos recientes.</translation>
    </message>
    <message>
        <source>Drop a .workshop file here to open it</source>
        <translation>Suelte aquí un archivo .workshop para abrirlo</translation>
    </message>
</context>
<context>
    <name>SynthesisCommentsModel</name>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Vinculado a</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>FODA</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Star this comment as a key quote</source>
        <translation>Marcar este comentario como cita destacada</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Quitar destacado</translation>
    </message>
    <message>
        <source>Add this quote to the key message being written</source>
        <translation>Añadir esta cita al mensaje clave que se está redactando</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citar</translation>
    </message>
</context>
<context>
    <name>SynthesisView</name>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>All SWOT categories</source>
        <translation>FODA (todas)</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Destacados</translation>
    </message>
    <message>
        <source>Overall conclusions</source>
        <translation>Conclusiones generales</translation>
    </message>
    <message>
        <source>All dialogues: consolidated synthesis</source>
        <translation>Todos los diálogos: síntesis consolidada</translation>
    </message>
    <message>
        <source>Overall conclusions of the session</source>
        <translation>Conclusiones generales de la sesión</translation>
    </message>
    <message>
        <source>Key messages on this question</source>
        <translation>Mensajes clave sobre esta pregunta</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Grupos (todos)</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Etiquetas (todas)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>two counts</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation>
            <numerusform>%n comentario</numerusform>
            <numerusform>%n comentarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred</source>
        <translation>
            <numerusform>%n destacado</numerusform>
            <numerusform>%n destacados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Question %1: %n key messages written</source>
        <translation>
            <numerusform>Pregunta %1: %n mensaje clave redactado</numerusform>
            <numerusform>Pregunta %1: %n mensajes clave redactados</numerusform>
        </translation>
    </message>
    <message>
        <source>Open discussion.</source>
        <translation>Debate abierto.</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Ninguna sesión</translation>
    </message>
    <message numerus="yes">
        <source>All %n dialogues of this file</source>
        <translation>
            <numerusform>El %n diálogo de este archivo</numerusform>
            <numerusform>Los %n diálogos de este archivo</numerusform>
        </translation>
    </message>
    <message>
        <source>Each dialogue&apos;s overall conclusions:</source>
        <translation>Conclusiones generales de cada diálogo:</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more dialogues</source>
        <translation>
            <numerusform>… y %n diálogo más</numerusform>
            <numerusform>… y %n diálogos más</numerusform>
        </translation>
    </message>
    <message>
        <source>; first: %1</source>
        <translation>; el primero: %1</translation>
    </message>
    <message>
        <source>Star comment</source>
        <translation>Destacar comentario</translation>
    </message>
    <message>
        <source>Unstar comment</source>
        <translation>Quitar destacado del comentario</translation>
    </message>
</context>
<context>
    <name>UndoLink</name>
    <message>
        <source>Undone: {step}.</source>
        <translation>Deshecho: {step}.</translation>
    </message>
    <message>
        <source>Redone: {step}.</source>
        <translation>Rehecho: {step}.</translation>
    </message>
    <message>
        <source>Undo: {step} ({keys})</source>
        <translation>Deshacer: {step} ({keys})</translation>
    </message>
    <message>
        <source>Redo: {step} ({keys})</source>
        <translation>Rehacer: {step} ({keys})</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Member State</source>
        <translation>Estado Miembro</translation>
    </message>
    <message>
        <source>UN system entity</source>
        <translation>Entidad del sistema de la ONU</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Sociedad civil</translation>
    </message>
    <message>
        <source>Professional association</source>
        <translation>Asociación profesional</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Mundo académico</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Sector privado</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation>Gobierno local</translation>
    </message>
    <message>
        <source>UN-Habitat staff</source>
        <translation>Personal de ONU-Hábitat</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Fortaleza</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Debilidad</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Amenaza</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Open discussion</source>
        <translation>Debate abierto</translation>
    </message>
</context>
</TS>
