<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>App</name>
    <message>
        <source>{file} does not exist; create it with “New session from template”.</source>
        <translation>Файл {file} не существует; создайте его командой «Новая сессия по шаблону».</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Import attendance sheet</source>
        <translation>Импорт списка участников</translation>
    </message>
    <message numerus="yes">
        <source>%n people found in {file}.</source>
        <translation>
            <numerusform>В {file} найден %n человек.</numerusform>
            <numerusform>В {file} найдено %n человека.</numerusform>
            <numerusform>В {file} найдено %n человек.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty rows left out.</source>
        <translation>
            <numerusform>%n пустая строка пропущена.</numerusform>
            <numerusform>%n пустые строки пропущены.</numerusform>
            <numerusform>%n пустых строк пропущено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n participants</source>
        <translation>
            <numerusform>Добавить %n участника</numerusform>
            <numerusform>Добавить %n участников</numerusform>
            <numerusform>Добавить %n участников</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns used: {found}</source>
        <translation>Использованные столбцы: {found}</translation>
    </message>
    <message>
        <source>Check the stakeholder groups: they are guessed from the sheet and can be corrected in the table afterwards.</source>
        <translation>Проверьте группы заинтересованных сторон: они определены по таблице автоматически, и их можно исправить в таблице позже.</translation>
    </message>
</context>
<context>
    <name>BallotsModel</name>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Анонимно</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Save a copy elsewhere…</source>
        <translation>Сохранить копию в другом месте…</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Скрыть это сообщение</translation>
    </message>
    <message>
        <source>What you typed is still on screen. Save a copy of the file somewhere that works (another USB stick, the laptop&apos;s disk), then press Enter again to save your entry there.</source>
        <translation>Введенные данные по-прежнему на экране. Сохраните копию файла в исправном месте (на другом USB-накопителе, на диске ноутбука), затем снова нажмите Enter, чтобы сохранить там свою запись.</translation>
    </message>
</context>
<context>
    <name>CaptureView</name>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Anonymous participant</source>
        <translation>Анонимный участник</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Go to Comments</source>
        <translation>Перейти к замечаниям</translation>
    </message>
    <message>
        <source>This question is answered in discussion: capture what people say under Comments.</source>
        <translation>Ответы на этот вопрос даются в ходе обсуждения: записывайте высказывания в разделе «Замечания».</translation>
    </message>
    <message>
        <source>Save ballot  (Enter)</source>
        <translation>Сохранить бюллетень  (Enter)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Ballots entered</source>
        <translation>Введенные бюллетени</translation>
    </message>
    <message>
        <source>Delete ballot</source>
        <translation>Удалить бюллетень</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Вопрос</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Участник</translation>
    </message>
    <message>
        <source>Capture answers</source>
        <translation>Ввод ответов</translation>
    </message>
    <message numerus="yes">
        <source>%n ballots</source>
        <translation>
            <numerusform>%n бюллетень</numerusform>
            <numerusform>%n бюллетеня</numerusform>
            <numerusform>%n бюллетеней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{a} of %n participants answered</source>
        <translation>
            <numerusform>Ответили {a} из %n участника</numerusform>
            <numerusform>Ответили {a} из %n участников</numerusform>
            <numerusform>Ответили {a} из %n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants match “{typed}”: type more of the name, or pick one with the Down arrow key.</source>
        <translation>
            <numerusform>«{typed}» соответствует %n участник: введите имя полнее или выберите участника клавишей со стрелкой вниз.</numerusform>
            <numerusform>«{typed}» соответствуют %n участника: введите имя полнее или выберите участника клавишей со стрелкой вниз.</numerusform>
            <numerusform>«{typed}» соответствуют %n участников: введите имя полнее или выберите участника клавишей со стрелкой вниз.</numerusform>
        </translation>
    </message>
    <message>
        <source>No participant matches “{typed}”; add them under Participants.</source>
        <translation>Нет участника, соответствующего «{typed}»; добавьте его в разделе «Участники».</translation>
    </message>
    <message>
        <source>Top {n} only.</source>
        <translation>Только первые {n}.</translation>
    </message>
    <message>
        <source>Editing the ballot of {who} already entered: Enter replaces it.</source>
        <translation>Изменение уже введенного бюллетеня участника {who}: Enter заменит его.</translation>
    </message>
    <message>
        <source>Editing an anonymous ballot already entered: Enter replaces it.</source>
        <translation>Изменение уже введенного анонимного бюллетеня: Enter заменит его.</translation>
    </message>
    <message>
        <source>Everyone listed has a ballot for this question: this is a new anonymous ballot. To change someone&apos;s, pick them (Alt+P) or their ballot in the list.</source>
        <translation>У всех участников из списка уже есть бюллетень по этому вопросу: это новый анонимный бюллетень. Чтобы изменить бюллетень участника, выберите участника (Alt+P) или его бюллетень в списке.</translation>
    </message>
    <message>
        <source>New anonymous ballot.</source>
        <translation>Новый анонимный бюллетень.</translation>
    </message>
    <message>
        <source>New ballot.</source>
        <translation>Новый бюллетень.</translation>
    </message>
    <message>
        <source>The changes to the ballot of {who} have not been saved yet.</source>
        <translation>Изменения в бюллетене участника {who} еще не сохранены.</translation>
    </message>
    <message>
        <source>an anonymous participant</source>
        <translation>анонимный участник</translation>
    </message>
    <message>
        <source>The ballot typed for {who} has not been saved yet.</source>
        <translation>Бюллетень, введенный для участника {who}, еще не сохранен.</translation>
    </message>
    <message>
        <source>The anonymous ballot typed has not been saved yet.</source>
        <translation>Введенный анонимный бюллетень еще не сохранен.</translation>
    </message>
    <message>
        <source>Ballot of {who}</source>
        <translation>Бюллетень участника {who}</translation>
    </message>
    <message>
        <source>Anonymous ballot</source>
        <translation>Анонимный бюллетень</translation>
    </message>
    <message>
        <source>The ballot was NOT saved.</source>
        <translation>Бюллетень НЕ сохранен.</translation>
    </message>
    <message>
        <source>Saved the ballot of {who}.</source>
        <translation>Бюллетень участника {who} сохранен.</translation>
    </message>
    <message>
        <source>Saved an anonymous ballot.</source>
        <translation>Анонимный бюллетень сохранен.</translation>
    </message>
    <message>
        <source>Delete ballot of {who}</source>
        <translation>Удаление бюллетеня участника {who}</translation>
    </message>
</context>
<context>
    <name>ChartWords</name>
    <message>
        <source>Borda score</source>
        <translation>Баллы Борда</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Бюллетени</translation>
    </message>
    <message>
        <source>Total points</source>
        <translation>Сумма баллов</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Ответы</translation>
    </message>
</context>
<context>
    <name>CommentEntry</name>
    <message>
        <source>Type what is said… Enter saves, Shift+Enter starts a new line</source>
        <translation>Введите высказывание… Enter — сохранить, Shift+Enter — новая строка</translation>
    </message>
    <message>
        <source>Comment text</source>
        <translation>Текст замечания</translation>
    </message>
    <message>
        <source>Linked question</source>
        <translation>Связанный вопрос</translation>
    </message>
    <message>
        <source>Linked option</source>
        <translation>Связанный вариант</translation>
    </message>
    <message>
        <source>Alt+{letter}</source>
        <translation>Alt+{letter}</translation>
    </message>
    <message>
        <source>Key quote</source>
        <translation>Ключевое высказывание</translation>
    </message>
    <message>
        <source>Alt+K</source>
        <translation>Alt+K</translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation>Выступающий не указан</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Метки через запятую</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Save comment  (Enter)</source>
        <translation>Сохранить  (Enter)</translation>
    </message>
    <message>
        <source>Cancel edit  (Esc)</source>
        <translation>Отменить изменение  (Esc)</translation>
    </message>
    <message>
        <source>Question (Alt+Q)</source>
        <translation>Вопрос (Alt+Q)</translation>
    </message>
    <message>
        <source>Option (Alt+1…9)</source>
        <translation>Вариант (Alt+1…9)</translation>
    </message>
    <message>
        <source>Speaker (Alt+P)</source>
        <translation>Выступающий (Alt+P)</translation>
    </message>
    <message>
        <source>Tags (Alt+G)</source>
        <translation>Метки (Alt+G)</translation>
    </message>
    <message numerus="yes">
        <source>%n participants match “{typed}”: type more of the name, or pick one with the Down arrow key.</source>
        <translation>
            <numerusform>«{typed}» соответствует %n участник: введите имя полнее или выберите участника клавишей со стрелкой вниз.</numerusform>
            <numerusform>«{typed}» соответствуют %n участника: введите имя полнее или выберите участника клавишей со стрелкой вниз.</numerusform>
            <numerusform>«{typed}» соответствуют %n участников: введите имя полнее или выберите участника клавишей со стрелкой вниз.</numerusform>
        </translation>
    </message>
    <message>
        <source>No participant matches “{typed}”; add them under Participants.</source>
        <translation>Нет участника, соответствующего «{typed}»; добавьте его в разделе «Участники».</translation>
    </message>
    <message>
        <source>No question</source>
        <translation>Без вопроса</translation>
    </message>
    <message>
        <source>No option</source>
        <translation>Без варианта</translation>
    </message>
    <message>
        <source>Save changes  (Enter)</source>
        <translation>Сохранить изменения  (Enter)</translation>
    </message>
</context>
<context>
    <name>CommentsModel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Q{n}</source>
        <translation>В{n}</translation>
    </message>
</context>
<context>
    <name>CommentsView</name>
    <message>
        <source>Search all comments (Ctrl+F)</source>
        <translation>Поиск по всем замечаниям (Ctrl+F)</translation>
    </message>
    <message>
        <source>Key quotes only</source>
        <translation>Только отмеченные</translation>
    </message>
    <message>
        <source>All SWOT</source>
        <translation>Все SWOT</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>All comments</source>
        <translation>Все замечания</translation>
    </message>
    <message>
        <source>Edit the selected comment (Enter)</source>
        <translation>Изменить выбранное замечание (Enter)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Make the selected comment a key quote, or not</source>
        <translation>Отметить выбранное замечание как ключевое высказывание или снять отметку</translation>
    </message>
    <message>
        <source>Key quote</source>
        <translation>Ключевое высказывание</translation>
    </message>
    <message>
        <source>Delete the selected comment (Delete)</source>
        <translation>Удалить выбранное замечание (Delete)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>Alt+1…9 option · Alt+Q question · Alt+0 no link · Alt+S/W/O/T SWOT · Alt+K key quote · Alt+P speaker · Alt+G tags · F1 all shortcuts</source>
        <translation>Alt+1…9 вариант · Alt+Q вопрос · Alt+0 без связи · Alt+S/W/O/T SWOT · Alt+K ключевое высказывание · Alt+P выступающий · Alt+G метки · F1 все сочетания клавиш</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation>
            <numerusform>%n замечание</numerusform>
            <numerusform>%n замечания</numerusform>
            <numerusform>%n замечаний</numerusform>
        </translation>
    </message>
    <message>
        <source>showing {shown} of</source>
        <translation>Показано: {shown} ·</translation>
    </message>
    <message>
        <source>The comment box is empty: type what was said, then press Enter.</source>
        <translation>Поле замечания пусто: введите высказывание и нажмите Enter.</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Изменение замечания</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Добавление замечания</translation>
    </message>
    <message>
        <source>The comment was NOT saved.</source>
        <translation>Замечание НЕ сохранено.</translation>
    </message>
    <message>
        <source>Comment saved.</source>
        <translation>Замечание сохранено.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Изменения сохранены.</translation>
    </message>
    <message>
        <source>Save (Enter) or clear the comment being typed before editing another one.</source>
        <translation>Прежде чем изменять другое замечание, сохраните (Enter) или очистите вводимое.</translation>
    </message>
    <message>
        <source>Editing a saved comment: Enter saves the changes, Esc cancels.</source>
        <translation>Изменение сохраненного замечания: Enter — сохранить изменения, Esc — отменить.</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Удаление замечания</translation>
    </message>
    <message>
        <source>Comment deleted. Undo with Ctrl+Z.</source>
        <translation>Замечание удалено. Отменить: Ctrl+Z.</translation>
    </message>
    <message>
        <source>Key quote on</source>
        <translation>Отметка ключевого высказывания</translation>
    </message>
    <message>
        <source>Key quote off</source>
        <translation>Снятие отметки ключевого высказывания</translation>
    </message>
</context>
<context>
    <name>ConflictFieldsModel</name>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Формулировка</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Key quote</source>
        <translation>Ключевое высказывание</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ранжирование</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Группа заинтересованных сторон</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Consents to be named</source>
        <translation>Согласие на указание имени</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <source>Framework key</source>
        <translation>Ключ рамочной структуры</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Shown now (revision {rev})</source>
        <translation>Показанная версия (редакция {rev})</translation>
    </message>
    <message>
        <source>Other version (revision {rev})</source>
        <translation>Другая версия (редакция {rev})</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>Framework</source>
        <translation>Рамочная структура</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>Бюллетень</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>Ключевой тезис</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>Различия</translation>
    </message>
    <message>
        <source>same content</source>
        <translation>одинаковое содержание</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Merge conflicts</source>
        <translation>Конфликты при объединении</translation>
    </message>
    <message>
        <source>Only the fields that differ</source>
        <translation>Только различающиеся поля</translation>
    </message>
    <message>
        <source>Keep the version shown</source>
        <translation>Сохранить показанную версию</translation>
    </message>
    <message>
        <source>Keep the other version</source>
        <translation>Сохранить другую версию</translation>
    </message>
    <message>
        <source>Both versions stay stored. Your choice is saved as a new version that descends from both, so it also settles this conflict wherever the master is merged.</source>
        <translation>Обе версии остаются в файле. Ваш выбор сохраняется как новая версия, производная от обеих, поэтому он урегулирует этот конфликт и при любом последующем объединении основного файла.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflicts in {file}</source>
        <translation>
            <numerusform>В {file} %n открытый конфликт</numerusform>
            <numerusform>В {file} %n открытых конфликта</numerusform>
            <numerusform>В {file} %n открытых конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts in {file}.</source>
        <translation>В {file} нет открытых конфликтов.</translation>
    </message>
    <message>
        <source> in “{session}”</source>
        <translation> в сессии «{session}»</translation>
    </message>
    <message>
        <source>The {which} came from {files}.</source>
        <translation>Источник ({which}): {files}.</translation>
    </message>
    <message>
        <source>The {which} was made in this file (or before files were recorded).</source>
        <translation>Источник ({which}): этот файл (или запись создана до того, как начали учитываться файлы).</translation>
    </message>
    <message>
        <source>version shown</source>
        <translation>показанная версия</translation>
    </message>
    <message>
        <source>other version</source>
        <translation>другая версия</translation>
    </message>
    <message>
        <source>{what}{where}: two versions edited apart; the one with the higher revision is shown until you decide.</source>
        <translation>{what}{where}: две версии изменены независимо; пока вы не примете решение, показывается версия с более поздней редакцией.</translation>
    </message>
</context>
<context>
    <name>ConsolidationPanel</name>
    <message>
        <source>Consolidated synthesis</source>
        <translation>Сводный обзор</translation>
    </message>
    <message>
        <source>Your own words over all the dialogues of this file: they open its synthesis (the title, then the key messages and conclusions of its summary).</source>
        <translation>Ваш собственный текст обо всех диалогах этого файла: он открывает его обзор (заголовок, затем ключевые тезисы и выводы резюме).</translation>
    </message>
    <message>
        <source>Consultations on the strategic plan</source>
        <translation>Консультации по стратегическому плану</translation>
    </message>
    <message>
        <source>One key message per line</source>
        <translation>По одному ключевому тезису в строке</translation>
    </message>
    <message>
        <source>What the dialogues concluded, together</source>
        <translation>К чему пришли диалоги вместе</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <source>&amp;Key messages (one per line)</source>
        <translation>&amp;Ключевые тезисы (по одному в строке)</translation>
    </message>
    <message>
        <source>Co&amp;nclusions</source>
        <translation>&amp;Выводы</translation>
    </message>
    <message>
        <source>Edit consolidated synthesis</source>
        <translation>Изменение сводного обзора</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something unexpected went wrong ({kind}: {error}). Your saved entries are safe in the file; anything not yet saved is still on screen.

The details are in the log file:
{log}
Please send it to whoever supports the app.</source>
        <translation>Произошла непредвиденная ошибка ({kind}: {error}). Сохраненные записи в файле не пострадали; все несохраненное по-прежнему на экране.

Подробности — в файле журнала:
{log}
Отправьте его тому, кто поддерживает приложение.</translation>
    </message>
    <message>
        <source>Workshop App: unexpected error</source>
        <translation>Workshop App: непредвиденная ошибка</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Эта сессия</translation>
    </message>
    <message>
        <source>All sessions in the file</source>
        <translation>Все сессии в файле</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Охват:</translation>
    </message>
    <message>
        <source>Name people only with their consent</source>
        <translation>Указывать имена только с согласия</translation>
    </message>
    <message>
        <source>By organisation, nobody named</source>
        <translation>По организациям, без имен</translation>
    </message>
    <message>
        <source>Anonymous: stakeholder groups only</source>
        <translation>Анонимно: только группы заинтересованных сторон</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Участники:</translation>
    </message>
    <message>
        <source>The session&apos;s language</source>
        <translation>Язык сессии</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Full note</source>
        <translation>Полная записка</translation>
    </message>
    <message>
        <source>Short note: summary, results tables and key quotes</source>
        <translation>Краткая записка: резюме, таблицы результатов и ключевые высказывания</translation>
    </message>
    <message>
        <source>Le&amp;ngth:</source>
        <translation>&amp;Объем:</translation>
    </message>
    <message>
        <source>Only in a consolidated note (several dialogues)</source>
        <translation>Только в сводной записке (несколько диалогов)</translation>
    </message>
    <message>
        <source>Include it</source>
        <translation>Включить</translation>
    </message>
    <message>
        <source>Leave it out</source>
        <translation>Не включать</translation>
    </message>
    <message>
        <source>&amp;Methodology annex:</source>
        <translation>&amp;Методологическое приложение:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Ballots (rankings)</source>
        <translation>Бюллетени (ранжирование)</translation>
    </message>
    <message>
        <source>Scores (points and ratings)</source>
        <translation>Оценки (баллы и оценки по шкале)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сессии</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Ключевые тезисы</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>CSV &amp;table:</source>
        <translation>&amp;Таблица CSV:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Сохранить как:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Экспорт в</translation>
    </message>
    <message>
        <source>{fmt} files (*.{fmt})</source>
        <translation>Файлы {fmt} (*.{fmt})</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Выберите, где сохранить экспортируемый файл.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Идет экспорт…</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Записано: {path}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отменяется…</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>Word synthesis (.docx)</source>
        <translation>Обобщение в Word (.docx)</translation>
    </message>
    <message>
        <source>The Word document carries its data, so headquarters can import it. People who declined to be named are in neither its text nor its data; the session file keeps their names.</source>
        <translation>Документ Word содержит свои данные, поэтому штаб-квартира может их импортировать. Лица, не давшие согласия на указание имени, не упоминаются ни в тексте, ни в данных; их имена остаются в файле сессии.</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Книга Excel (.xlsx)</translation>
    </message>
    <message>
        <source>One sheet per table, for staff; names appear as the option below allows, never of people who declined.</source>
        <translation>По листу на каждую таблицу, для сотрудников; имена указываются в соответствии с параметром ниже, но никогда — имена лиц, не давших согласия.</translation>
    </message>
    <message>
        <source>CSV table (.csv)</source>
        <translation>Таблица CSV (.csv)</translation>
    </message>
    <message>
        <source>One table, UTF-8 with byte-order mark so that Excel reads Arabic and Chinese.</source>
        <translation>Одна таблица в UTF-8 с меткой порядка байтов, чтобы Excel правильно читал арабский и китайский текст.</translation>
    </message>
    <message>
        <source>REFI-QDA project (.qdpx)</source>
        <translation>Проект REFI-QDA (.qdpx)</translation>
    </message>
    <message>
        <source>The comments for qualitative analysis in QualCoder, NVivo, MAXQDA or ATLAS.ti: one text per dialogue, coded by question, SWOT and tag; participants as cases, named only with their consent.</source>
        <translation>Замечания для качественного анализа в QualCoder, NVivo, MAXQDA или ATLAS.ti: по одному тексту на диалог, с кодированием по вопросу, категории SWOT и метке; участники как случаи, с указанием имени только с их согласия.</translation>
    </message>
    <message>
        <source>Interchange data (.json)</source>
        <translation>Данные для обмена (.json)</translation>
    </message>
    <message>
        <source>Everything in the file, lossless and with every name, like a handover copy: for merging or other tools, not for sharing.</source>
        <translation>Все содержимое файла без потерь и со всеми именами, как в копии для передачи: для объединения или других инструментов, но не для распространения.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Choose a file, or drop one on this window</source>
        <translation>Выберите файл или перетащите его в это окно</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Keep the key messages as edited in Word</source>
        <translation>&amp;Сохранить ключевые тезисы в редакции Word</translation>
    </message>
    <message>
        <source>Each becomes a new revision of its key message; unticked, the note&apos;s data is imported as the app wrote it.</source>
        <translation>Каждый станет новой редакцией своего ключевого тезиса; без отметки данные записки импортируются в том виде, в каком их записало приложение.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Import into {file}</source>
        <translation>Импорт в {file}</translation>
    </message>
    <message>
        <source>Interchange JSON, a Word note written by this app, or an attendance or ballots sheet (.xlsx, .csv). Nothing is added until you press Import, and then all of it or nothing.</source>
        <translation>JSON для обмена, записка Word, созданная этим приложением, или список участников либо таблица бюллетеней (.xlsx, .csv). Ничего не добавляется, пока вы не нажмете «Импортировать», и тогда добавляется либо все, либо ничего.</translation>
    </message>
    <message>
        <source>{file}: an interchange JSON document</source>
        <translation>{file}: документ JSON для обмена</translation>
    </message>
    <message>
        <source>{file}: a Word note with its data</source>
        <translation>{file}: записка Word с данными</translation>
    </message>
    <message>
        <source>{file}: an attendance sheet, for this session</source>
        <translation>{file}: список участников для этой сессии</translation>
    </message>
    <message>
        <source>{file}: a ballots sheet, for this session</source>
        <translation>{file}: таблица бюллетеней для этой сессии</translation>
    </message>
    <message>
        <source>{file}</source>
        <translation>{file}</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сессии</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Рамочные структуры</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Варианты</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Бюллетени</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Ключевые тезисы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Rows in the sheet</source>
        <translation>Строки в таблице</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>В файле</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>Будет добавлено</translation>
    </message>
    <message>
        <source>New here</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Different here</source>
        <translation>Отличаются</translation>
    </message>
    <message>
        <source>Importing would do this: {summary}</source>
        <translation>Результат импорта: {summary}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more rows with problems.</source>
        <translation>
            <numerusform>… и еще %n строка с проблемами.</numerusform>
            <numerusform>… и еще %n строки с проблемами.</numerusform>
            <numerusform>… и еще %n строк с проблемами.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key message(s) read differently in Word than in the note&apos;s data:</source>
        <translation>
            <numerusform>%n ключевой тезис в Word отличается от данных записки:</numerusform>
            <numerusform>%n ключевых тезиса в Word отличаются от данных записки:</numerusform>
            <numerusform>%n ключевых тезисов в Word отличаются от данных записки:</numerusform>
        </translation>
    </message>
    <message>
        <source>In the data: {text}</source>
        <translation>В данных: {text}</translation>
    </message>
    <message>
        <source>In Word: {text}</source>
        <translation>В Word: {text}</translation>
    </message>
    <message>
        <source>Data to import (*.json *.docx *.xlsx *.csv);;All files (*)</source>
        <translation>Данные для импорта (*.json *.docx *.xlsx *.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Чтение {file}…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Импорт {file}…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>KeyMessageEditor</name>
    <message>
        <source>Write a key message: what did participants conclude?</source>
        <translation>Сформулируйте ключевой тезис: к какому выводу пришли участники?</translation>
    </message>
    <message>
        <source>Edit key message</source>
        <translation>Изменение ключевого тезиса</translation>
    </message>
</context>
<context>
    <name>KeyMessagesPanel</name>
    <message>
        <source>Add key message</source>
        <translation>Добавить ключевой тезис</translation>
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
        <translation>Открыть файл сессии</translation>
    </message>
    <message>
        <source>Session files (*.workshop)</source>
        <translation>Файлы сессий (*.workshop)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Подготовка</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Ввод ответов</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>Обобщение</translation>
    </message>
    <message>
        <source>Workshop App</source>
        <translation>Workshop App</translation>
    </message>
    <message>
        <source>Open to phones</source>
        <translation>Доступ с телефонов</translation>
    </message>
    <message>
        <source>Participants answer from their own phones (Ctrl+Shift+P)</source>
        <translation>Участники отвечают со своих телефонов (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>New session from template…</source>
        <translation>Новая сессия по шаблону…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <source>Open demo session</source>
        <translation>Открыть демонстрационную сессию</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Open to phones…</source>
        <translation>Открыть для телефонов…</translation>
    </message>
    <message>
        <source>Handover copy…</source>
        <translation>Копия для передачи…</translation>
    </message>
    <message>
        <source>Save a copy elsewhere…</source>
        <translation>Сохранить копию в другом месте…</translation>
    </message>
    <message>
        <source>Merge files…</source>
        <translation>Объединить файлы…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Параметры…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Presenter window</source>
        <translation>Окно презентации</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>About Workshop App</source>
        <translation>О программе Workshop App</translation>
    </message>
    <message>
        <source>no session</source>
        <translation>нет сессии</translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballots</source>
        <translation>
            <numerusform>%n бюллетень</numerusform>
            <numerusform>%n бюллетеня</numerusform>
            <numerusform>%n бюллетеней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation>
            <numerusform>%n замечание</numerusform>
            <numerusform>%n замечания</numerusform>
            <numerusform>%n замечаний</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a copy elsewhere</source>
        <translation>Сохранить копию в другом месте</translation>
    </message>
    <message>
        <source>Session files (*.workshop)</source>
        <translation>Файлы сессий (*.workshop)</translation>
    </message>
    <message>
        <source>Now working in {file}. Anything still on screen is not saved yet: press Enter in that view to save it.</source>
        <translation>Теперь работа ведется в {file}. Все, что еще на экране, пока не сохранено: нажмите Enter в соответствующем разделе, чтобы сохранить.</translation>
    </message>
    <message>
        <source>Handover copy</source>
        <translation>Копия для передачи</translation>
    </message>
    <message>
        <source>Sealed copy written to {file} (seal {seal}…)</source>
        <translation>Запечатанная копия записана в {file} (печать {seal}…)</translation>
    </message>
    <message>
        <source>Add a session from the framework</source>
        <translation>Добавить сессию по рамочной структуре</translation>
    </message>
    <message>
        <source>Workshop App runs structured dialogues offline: rankings and comments are saved on every keystroke that confirms them, in {file}.</source>
        <translation>Workshop App позволяет проводить структурированные диалоги без подключения к интернету: ранжирования и замечания сохраняются в {file} при каждом подтверждении.</translation>
    </message>
    <message>
        <source>Ballot not saved</source>
        <translation>Бюллетень не сохранен</translation>
    </message>
    <message>
        <source>Comment not saved</source>
        <translation>Замечание не сохранено</translation>
    </message>
    <message>
        <source>The comment in the box has not been saved yet.</source>
        <translation>Замечание в поле ввода еще не сохранено.</translation>
    </message>
    <message>
        <source>&amp;Save it</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>&amp;Не сохранять</translation>
    </message>
</context>
<context>
    <name>MappingView</name>
    <message>
        <source>Framework mapping</source>
        <translation>Сопоставление с рамочной структурой</translation>
    </message>
    <message>
        <source>Options with the same framework key are the same priority in every session. These options were added at a venue without a key: say which priority each counts as, or keep it separate. The decision is kept in the master and reused for later files.</source>
        <translation>Варианты с одинаковым ключом рамочной структуры считаются одним и тем же приоритетом во всех сессиях. Эти варианты были добавлены на месте проведения без ключа: укажите, каким приоритетом считать каждый из них, или оставьте его отдельным. Решение сохраняется в основном файле и применяется к последующим файлам.</translation>
    </message>
    <message>
        <source>Counts as:</source>
        <translation>Считать как:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>Undo decision</source>
        <translation>Отменить решение</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Keep separate (its own option)</source>
        <translation>Оставить отдельным (самостоятельный вариант)</translation>
    </message>
    <message numerus="yes">
        <source>%n option labels to decide, {total} in all</source>
        <translation>
            <numerusform>%n название варианта требует решения, всего {total}</numerusform>
            <numerusform>%n названия вариантов требуют решения, всего {total}</numerusform>
            <numerusform>%n названий вариантов требуют решения, всего {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>Every option carries a framework key: nothing to map.</source>
        <translation>У каждого варианта есть ключ рамочной структуры: сопоставлять нечего.</translation>
    </message>
</context>
<context>
    <name>MergeWindow</name>
    <message>
        <source>Merge session files</source>
        <translation>Объединение файлов сессий</translation>
    </message>
    <message>
        <source>Master file:</source>
        <translation>Основной файл:</translation>
    </message>
    <message>
        <source>Choose the master file that collects every session</source>
        <translation>Выберите основной файл, в котором собираются все сессии</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>New master…</source>
        <translation>Новый основной файл…</translation>
    </message>
    <message>
        <source>Drop .workshop files, Word notes (.docx) or JSON exports here, or add them with “Add files…”. Preview shows what each would add before anything changes.</source>
        <translation>Перетащите сюда файлы .workshop, записки Word (.docx) или экспортированные файлы JSON либо добавьте их кнопкой «Добавить файлы…». Предварительный просмотр покажет, что добавит каждый файл, прежде чем что-либо изменится.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Review conflicts…</source>
        <translation>Просмотреть конфликты…</translation>
    </message>
    <message>
        <source>Framework mapping…</source>
        <translation>Сопоставление с рамочной структурой…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Предварительный просмотр</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Choose the master file</source>
        <translation>Выбор основного файла</translation>
    </message>
    <message>
        <source>Session files (*.workshop)</source>
        <translation>Файлы сессий (*.workshop)</translation>
    </message>
    <message>
        <source>New master file</source>
        <translation>Новый основной файл</translation>
    </message>
    <message>
        <source>Add files to merge</source>
        <translation>Добавление файлов для объединения</translation>
    </message>
    <message>
        <source>Session files, Word notes and JSON (*.workshop *.docx *.json);;All files (*)</source>
        <translation>Файлы сессий, записки Word и JSON (*.workshop *.docx *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>Проверка файлов…</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Идет объединение…</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Остановка после текущего файла…</translation>
    </message>
    <message>
        <source>File {n} of {total}: {name}</source>
        <translation>Файл {n} из {total}: {name}</translation>
    </message>
    <message numerus="yes">
        <source>Preview: {ok} of %n files would merge; nothing has changed yet.</source>
        <translation>
            <numerusform>Предварительный просмотр: будет объединено {ok} из %n файла; пока ничего не изменено.</numerusform>
            <numerusform>Предварительный просмотр: будет объединено {ok} из %n файлов; пока ничего не изменено.</numerusform>
            <numerusform>Предварительный просмотр: будет объединено {ok} из %n файлов; пока ничего не изменено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged {ok} of %n files.</source>
        <translation>
            <numerusform>Объединено {ok} из %n файла.</numerusform>
            <numerusform>Объединено {ok} из %n файлов.</numerusform>
            <numerusform>Объединено {ok} из %n файлов.</numerusform>
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
            <numerusform>%n запись добавлена</numerusform>
            <numerusform>%n записи добавлены</numerusform>
            <numerusform>%n записей добавлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n обновлена</numerusform>
            <numerusform>%n обновлены</numerusform>
            <numerusform>%n обновлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
            <numerusform>%n конфликтов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files refused or not merged: the master holds nothing of them.</source>
        <translation>
            <numerusform>%n файл отклонен или не объединен: в основном файле нет ничего из него.</numerusform>
            <numerusform>%n файла отклонены или не объединены: в основном файле нет ничего из них.</numerusform>
            <numerusform>%n файлов отклонено или не объединено: в основном файле нет ничего из них.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the files after the current one were not merged.</source>
        <translation>Отменено: файлы после текущего не объединены.</translation>
    </message>
    <message>
        <source>Backup of the master: {file}</source>
        <translation>Резервная копия основного файла: {file}</translation>
    </message>
    <message>
        <source>Merge conflicts</source>
        <translation>Конфликты при объединении</translation>
    </message>
    <message>
        <source>Framework mapping</source>
        <translation>Сопоставление с рамочной структурой</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session from a template</source>
        <translation>Новая сессия по шаблону</translation>
    </message>
    <message>
        <source>UN-Habitat strategic plan 2026–2029 (priorities P1–P5)</source>
        <translation>Стратегический план ООН-Хабитат на 2026–2029 годы (приоритеты P1–P5)</translation>
    </message>
    <message>
        <source>Questions of {file}</source>
        <translation>Вопросы из {file}</translation>
    </message>
    <message>
        <source>Another .workshop file…</source>
        <translation>Другой файл .workshop…</translation>
    </message>
    <message>
        <source>e.g. Dialogue with civil society on the strategic plan</source>
        <translation>например, Диалог с гражданским обществом по стратегическому плану</translation>
    </message>
    <message>
        <source>e.g. Africa Urban Forum</source>
        <translation>например, Африканский городской форум</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <source>Create session</source>
        <translation>Создать сессию</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Новая сессия</translation>
    </message>
    <message>
        <source>The template gives the questions and the priorities to rank. Only the title is needed now; the rest can wait for Setup.</source>
        <translation>Шаблон задает вопросы и приоритеты для ранжирования. Сейчас нужно только название; остальное можно указать позже в разделе «Подготовка».</translation>
    </message>
    <message>
        <source>Use the questions of</source>
        <translation>Использовать вопросы из</translation>
    </message>
    <message>
        <source>Session files (*.workshop)</source>
        <translation>Файлы сессий (*.workshop)</translation>
    </message>
    <message>
        <source>Save the new session as</source>
        <translation>Сохранение новой сессии</translation>
    </message>
    <message>
        <source>Give the session a title.</source>
        <translation>Укажите название сессии.</translation>
    </message>
    <message>
        <source>{file} already exists; choose another name.</source>
        <translation>Файл {file} уже существует; выберите другое имя.</translation>
    </message>
</context>
<context>
    <name>OptionGroupsModel</name>
    <message>
        <source>To decide</source>
        <translation>Требуют решения</translation>
    </message>
    <message>
        <source>Kept separate</source>
        <translation>Оставлены отдельными</translation>
    </message>
    <message>
        <source>Option label</source>
        <translation>Название варианта</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Варианты</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сессии</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Считать как</translation>
    </message>
</context>
<context>
    <name>OptionsModel</name>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>Edit option</source>
        <translation>Изменение варианта</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>May be named</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>(анонимно)</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Изменение данных участника</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <source>Filter participants</source>
        <translation>Фильтр участников</translation>
    </message>
    <message>
        <source>Import attendance sheet…</source>
        <translation>Импорт списка участников…</translation>
    </message>
    <message>
        <source>Add anonymous seats…</source>
        <translation>Добавить анонимные места…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n зарегистрирован</numerusform>
            <numerusform>%n зарегистрированы</numerusform>
            <numerusform>%n зарегистрировано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n participants</source>
        <translation>
            <numerusform>Удалить %n участника</numerusform>
            <numerusform>Удалить %n участников</numerusform>
            <numerusform>Удалить %n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n seats</source>
        <translation>
            <numerusform>Добавить %n место</numerusform>
            <numerusform>Добавить %n места</numerusform>
            <numerusform>Добавить %n мест</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n anonymous seats.</source>
        <translation>
            <numerusform>Добавлено %n анонимное место.</numerusform>
            <numerusform>Добавлено %n анонимных места.</numerusform>
            <numerusform>Добавлено %n анонимных мест.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n participants</source>
        <translation>
            <numerusform>Импортировать %n участника</numerusform>
            <numerusform>Импортировать %n участников</numerusform>
            <numerusform>Импортировать %n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n participants from {file}.</source>
        <translation>
            <numerusform>Из {file} добавлен %n участник.</numerusform>
            <numerusform>Из {file} добавлено %n участника.</numerusform>
            <numerusform>Из {file} добавлено %n участников.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type at least a name, an organisation or a country; for people who stay anonymous use “Add anonymous seats”.</source>
        <translation>Введите хотя бы имя, организацию или страну; для лиц, желающих остаться анонимными, используйте «Добавить анонимные места».</translation>
    </message>
    <message>
        <source>Add participant {who}</source>
        <translation>Добавление участника {who}</translation>
    </message>
    <message>
        <source>The participant was NOT saved.</source>
        <translation>Участник НЕ сохранен.</translation>
    </message>
    <message>
        <source>Added {who}.</source>
        <translation>Добавлен участник {who}.</translation>
    </message>
    <message>
        <source>Delete participant {who}</source>
        <translation>Удаление участника {who}</translation>
    </message>
    <message>
        <source>Import attendance sheet</source>
        <translation>Импорт списка участников</translation>
    </message>
    <message>
        <source>Attendance sheets (*.xlsx *.csv)</source>
        <translation>Списки участников (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>The import was NOT saved.</source>
        <translation>Импорт НЕ сохранен.</translation>
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
        <translation>Только этот ноутбук (для проверки) — {address}</translation>
    </message>
    <message>
        <source>Open to phones</source>
        <translation>Открыть для телефонов</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Optional: people may say who they are</source>
        <translation>Необязательна: участники могут представиться</translation>
    </message>
    <message>
        <source>Required before answering</source>
        <translation>Обязательна перед ответом</translation>
    </message>
    <message>
        <source>Off: every answer is anonymous</source>
        <translation>Отключена: все ответы анонимны</translation>
    </message>
    <message>
        <source>Every question of the session</source>
        <translation>Все вопросы сессии</translation>
    </message>
    <message>
        <source>One at a time: the question selected in the app</source>
        <translation>По одному: вопрос, выбранный в приложении</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Запустить</translation>
    </message>
    <message>
        <source>&amp;Close answers</source>
        <translation>&amp;Остановить прием ответов</translation>
    </message>
    <message>
        <source>&amp;Reopen answers</source>
        <translation>&amp;Возобновить прием ответов</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Сеть:</translation>
    </message>
    <message>
        <source>&amp;Registration:</source>
        <translation>&amp;Регистрация:</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>Во&amp;просы:</translation>
    </message>
    <message>
        <source>QR code of the join address</source>
        <translation>QR-код адреса для подключения</translation>
    </message>
    <message>
        <source>Answers received</source>
        <translation>Получено ответов</translation>
    </message>
    <message>
        <source>Which network?</source>
        <translation>Какая сеть?</translation>
    </message>
    <message>
        <source>Phones must reach this laptop directly; no internet is needed.

• Small room: turn on this laptop&apos;s own hotspot and ask people to join it (Windows&apos; hotspot takes about 8 phones).

• Large room: bring a travel router, connect the laptop and the phones to it.

• Venue or hotel Wi-Fi often keeps phones from reaching each other: try it with your own phone before the session.

• Android may warn that the network has no internet: tap “Stay connected”.</source>
        <translation>Телефоны должны напрямую связываться с этим ноутбуком; интернет не нужен.

• Небольшой зал: включите точку доступа на самом ноутбуке и попросите участников подключиться к ней (точка доступа Windows выдерживает около 8 телефонов).

• Большой зал: возьмите с собой портативный маршрутизатор и подключите к нему ноутбук и телефоны.

• Сеть Wi-Fi места проведения или гостиницы часто не позволяет телефонам связываться друг с другом: проверьте ее со своим телефоном до начала сессии.

• Android может предупредить, что в сети нет доступа к интернету: нажмите «Не отключаться».</translation>
    </message>
    <message>
        <source>Join code: {code}</source>
        <translation>Код подключения: {code}</translation>
    </message>
    <message>
        <source>The work goes on in another file: press Start to open it to phones.</source>
        <translation>Работа продолжается в другом файле: нажмите «Запустить», чтобы открыть его для телефонов.</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>Пере&amp;запустить</translation>
    </message>
    <message>
        <source>Choose the network the phones are on, then press Start.</source>
        <translation>Выберите сеть, к которой подключены телефоны, и нажмите «Запустить».</translation>
    </message>
    <message>
        <source>Open: phones can answer. Scan the code or type the address.</source>
        <translation>Открыто: телефоны могут отвечать. Отсканируйте код или введите адрес.</translation>
    </message>
    <message>
        <source>Closed: phones can no longer answer.</source>
        <translation>Закрыто: телефоны больше не могут отвечать.</translation>
    </message>
    <message>
        <source>Open, but no question is selected: choose one in Capture or Results.</source>
        <translation>Открыто, но вопрос не выбран: выберите его в разделе «Ввод ответов» или «Результаты».</translation>
    </message>
    <message>
        <source>Open: phones can answer question {n} only; it follows the question selected in the app.</source>
        <translation>Открыто: с телефонов можно отвечать только на вопрос {n}; он меняется вслед за вопросом, выбранным в приложении.</translation>
    </message>
    <message>
        <source>Phones joined: {n}</source>
        <translation>Подключено телефонов: {n}</translation>
    </message>
    <message>
        <source>{n}. {prompt} — {count}</source>
        <translation>{n}. {prompt} — {count}</translation>
    </message>
    <message>
        <source>Comments: {n}</source>
        <translation>Замечаний: {n}</translation>
    </message>
</context>
<context>
    <name>PointsEntry</name>
    <message>
        <source>Share the points</source>
        <translation>Распределите баллы</translation>
    </message>
    <message numerus="yes">
        <source>%n points over the budget of {budget}</source>
        <translation>
            <numerusform>На %n балл больше бюджета ({budget})</numerusform>
            <numerusform>На %n балла больше бюджета ({budget})</numerusform>
            <numerusform>На %n баллов больше бюджета ({budget})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n points given</source>
        <translation>
            <numerusform>Распределены все баллы: %n</numerusform>
            <numerusform>Распределены все баллы: %n</numerusform>
            <numerusform>Распределены все баллы: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{left} of %n points left</source>
        <translation>
            <numerusform>Осталось {left} из %n балла</numerusform>
            <numerusform>Осталось {left} из %n баллов</numerusform>
            <numerusform>Осталось {left} из %n баллов</numerusform>
        </translation>
    </message>
    <message>
        <source>{total} points given, {over} over the budget of {budget}: take some away before saving.</source>
        <translation>Распределено баллов: {total}, что на {over} больше бюджета ({budget}): прежде чем сохранять, уберите лишние.</translation>
    </message>
    <message>
        <source>{total} points given; the budget is {budget}, so {left} are still to give.</source>
        <translation>Распределено баллов: {total}; бюджет — {budget}, осталось распределить: {left}.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>&amp;Language of the interface:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <source>A session&apos;s own language (its questions, its Word synthesis) is set when the session is created, in Setup.</source>
        <translation>Собственный язык сессии (язык ее вопросов и обобщения в Word) задается при создании сессии, в разделе «Подготовка».</translation>
    </message>
    <message>
        <source>The new language applies from the next time Workshop App opens.</source>
        <translation>Новый язык будет применен при следующем запуске Workshop App.</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Presenter view</source>
        <translation>Режим презентации</translation>
    </message>
    <message>
        <source>R or Space: show or hide results · B: black screen · F: full screen · Esc: leave full screen</source>
        <translation>R или пробел — показать или скрыть результаты · B — черный экран · F — полноэкранный режим · Esc — выйти из полноэкранного режима</translation>
    </message>
    <message>
        <source>No question yet</source>
        <translation>Вопросов пока нет</translation>
    </message>
    <message>
        <source>Results will appear here.</source>
        <translation>Здесь появятся результаты.</translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation>
            <numerusform>%n замечание</numerusform>
            <numerusform>%n замечания</numerusform>
            <numerusform>%n замечаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n responses</source>
        <translation>
            <numerusform>%n ответ</numerusform>
            <numerusform>%n ответа</numerusform>
            <numerusform>%n ответов</numerusform>
        </translation>
    </message>
    <message>
        <source>Open discussion</source>
        <translation>Открытое обсуждение</translation>
    </message>
    <message>
        <source>Results will be shown shortly.</source>
        <translation>Результаты будут показаны в ближайшее время.</translation>
    </message>
    <message>
        <source>No responses yet.</source>
        <translation>Ответов пока нет.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>May be named</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Добавить вопрос</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Удалить вопрос</translation>
    </message>
    <message>
        <source>Move question up</source>
        <translation>Переместить вопрос вверх</translation>
    </message>
    <message>
        <source>Move question down</source>
        <translation>Переместить вопрос вниз</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Текст вопроса</translation>
    </message>
    <message>
        <source>all options</source>
        <translation>все варианты</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Варианты</translation>
    </message>
    <message>
        <source>Double-click (or F2) to edit an option&apos;s key or text</source>
        <translation>Дважды щелкните (или нажмите F2), чтобы изменить ключ или текст варианта</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Добавить вариант</translation>
    </message>
    <message>
        <source>From framework</source>
        <translation>Из рамочной структуры</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>Удалить вариант</translation>
    </message>
    <message>
        <source>Move option up</source>
        <translation>Переместить вариант вверх</translation>
    </message>
    <message>
        <source>Move option down</source>
        <translation>Переместить вариант вниз</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Rank the top</source>
        <translation>Ранжировать первые</translation>
    </message>
    <message>
        <source>Points to share</source>
        <translation>Распределяемые баллы</translation>
    </message>
    <message>
        <source>Rating scale 1 to</source>
        <translation>Шкала оценок от 1 до</translation>
    </message>
    <message>
        <source>This question already has ballots; its kind cannot change. Add a new question instead.</source>
        <translation>По этому вопросу уже есть бюллетени; его тип изменить нельзя. Вместо этого добавьте новый вопрос.</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Изменение вопроса</translation>
    </message>
    <message>
        <source>Rank these options, most important first.</source>
        <translation>Расположите эти варианты в порядке значимости, начиная с наиболее важного.</translation>
    </message>
    <message>
        <source>Share the points between these options.</source>
        <translation>Распределите баллы между этими вариантами.</translation>
    </message>
    <message>
        <source>How relevant is each of these? (1 = not at all, 5 = essential)</source>
        <translation>Насколько актуален каждый из них? (1 — совсем не актуален, 5 — крайне важен)</translation>
    </message>
    <message>
        <source>What should the plan learn from your experience?</source>
        <translation>Какие уроки из вашего опыта следует учесть в плане?</translation>
    </message>
    <message>
        <source>Move question</source>
        <translation>Перемещение вопроса</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>Новый вариант</translation>
    </message>
    <message>
        <source>Move option</source>
        <translation>Перемещение варианта</translation>
    </message>
    <message>
        <source>All framework priorities are already options</source>
        <translation>Все приоритеты рамочной структуры уже есть среди вариантов</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Add options from the framework</source>
        <translation>Добавить варианты из рамочной структуры</translation>
    </message>
</context>
<context>
    <name>QuickAddRow</name>
    <message>
        <source>Name (optional)</source>
        <translation>Имя (необязательно)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>May be named</source>
        <translation>Согласие на указание имени</translation>
    </message>
    <message>
        <source>The person agrees to be named in the notes and quotes</source>
        <translation>Участник согласен на указание своего имени в записках и цитатах</translation>
    </message>
    <message>
        <source>Add  (Enter)</source>
        <translation>Добавить  (Enter)</translation>
    </message>
    <message>
        <source>Quick add</source>
        <translation>Быстрое добавление</translation>
    </message>
</context>
<context>
    <name>RankingEntry</name>
    <message>
        <source>Type option numbers, e.g. 3 1 5 — “=” for a tie: 3=1 5</source>
        <translation>Введите номера вариантов, например 3 1 5; «=» — равные места: 3=1 5</translation>
    </message>
    <message>
        <source>Order typed as option numbers</source>
        <translation>Порядок, введенный номерами вариантов</translation>
    </message>
    <message>
        <source>Tie next click</source>
        <translation>Разделить место</translation>
    </message>
    <message>
        <source>The next option clicked ties with the one before (or Shift+click)</source>
        <translation>Следующий выбранный щелчком вариант получает то же место, что и предыдущий (или Shift+щелчок)</translation>
    </message>
    <message>
        <source>Ranked options</source>
        <translation>Ранжированные варианты</translation>
    </message>
    <message>
        <source>Options not ranked</source>
        <translation>Неранжированные варианты</translation>
    </message>
    <message>
        <source>Click in order</source>
        <translation>Щелкайте по порядку</translation>
    </message>
    <message>
        <source>Ranked</source>
        <translation>Ранжированы</translation>
    </message>
    <message>
        <source>Drag to reorder; drop onto an option to tie.</source>
        <translation>Перетаскивание меняет порядок; на вариант — равное место.</translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation>Не ранжированы</translation>
    </message>
    <message>
        <source>Type the order</source>
        <translation>Введите порядок</translation>
    </message>
    <message>
        <source>The ranking is empty: put at least one option first.</source>
        <translation>Ранжирование пусто: поставьте на первое место хотя бы один вариант.</translation>
    </message>
</context>
<context>
    <name>RankingState</name>
    <message>
        <source>This question asks for the top {n} only.</source>
        <translation>В этом вопросе требуется назвать только первые {n}.</translation>
    </message>
</context>
<context>
    <name>RatingEntry</name>
    <message>
        <source>Rate each option</source>
        <translation>Оцените каждый вариант</translation>
    </message>
    <message>
        <source>Type {lo}–{hi} on each row (focus moves to the next), then Enter to save; 0 clears.</source>
        <translation>Введите {lo}–{hi} в каждой строке (фокус перейдет дальше), Enter — сохранить, 0 — очистить.</translation>
    </message>
    <message>
        <source>No option is rated yet: type a number on each row.</source>
        <translation>Ни один вариант еще не оценен: введите число в каждой строке.</translation>
    </message>
</context>
<context>
    <name>ResultWords</name>
    <message>
        <source>very weak agreement</source>
        <translation>очень слабое согласие</translation>
    </message>
    <message>
        <source>weak agreement</source>
        <translation>слабое согласие</translation>
    </message>
    <message>
        <source>moderate agreement</source>
        <translation>умеренное согласие</translation>
    </message>
    <message>
        <source>strong agreement</source>
        <translation>сильное согласие</translation>
    </message>
    <message>
        <source>very strong agreement</source>
        <translation>очень сильное согласие</translation>
    </message>
    <message numerus="yes">
        <source>Agreement (Kendall&apos;s W) needs at least 3 complete ballots; there are %n.</source>
        <translation>
            <numerusform>Для оценки согласия (W Кендалла) нужно не менее 3 полных бюллетеней; сейчас имеется %n.</numerusform>
            <numerusform>Для оценки согласия (W Кендалла) нужно не менее 3 полных бюллетеней; сейчас имеется %n.</numerusform>
            <numerusform>Для оценки согласия (W Кендалла) нужно не менее 3 полных бюллетеней; сейчас имеется %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kendall&apos;s W = %1: %2 (%3, over %Ln complete ballots).</source>
        <translation>
            <numerusform>W Кендалла = %1: %2 (%3, по %Ln полному бюллетеню).</numerusform>
            <numerusform>W Кендалла = %1: %2 (%3, по %Ln полным бюллетеням).</numerusform>
            <numerusform>W Кендалла = %1: %2 (%3, по %Ln полным бюллетеням).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballots from groups smaller than %1 are not shown separately.</source>
        <translation>
            <numerusform>%n бюллетень из групп численностью менее %1 отдельно не показывается.</numerusform>
            <numerusform>%n бюллетеня из групп численностью менее %1 отдельно не показываются.</numerusform>
            <numerusform>%n бюллетеней из групп численностью менее %1 отдельно не показываются.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only one option: there is nothing to agree on.</source>
        <translation>Только один вариант: согласовывать нечего.</translation>
    </message>
    <message>
        <source>Every complete ballot ties all options: agreement cannot be measured.</source>
        <translation>Во всех полных бюллетенях все варианты стоят на равных местах: согласие измерить нельзя.</translation>
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
            <numerusform>%n бюллетень</numerusform>
            <numerusform>%n бюллетеня</numerusform>
            <numerusform>%n бюллетеней</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups smaller than %1 are not shown on their own; they are counted in “Other”.</source>
        <translation>Группы численностью менее %1 отдельно не показываются; они учитываются в категории «Другие».</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Borda score</source>
        <translation>Баллы Борда</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>How many ballots put each option 1st, 2nd, 3rd…</source>
        <translation>Сколько бюллетеней ставят каждый вариант на 1-е, 2-е, 3-е… место</translation>
    </message>
    <message numerus="yes">
        <source>%n ballots hold nothing usable for this question and are not counted.</source>
        <translation>
            <numerusform>%n бюллетень не содержит пригодных данных по этому вопросу и не учитывается.</numerusform>
            <numerusform>%n бюллетеня не содержат пригодных данных по этому вопросу и не учитываются.</numerusform>
            <numerusform>%n бюллетеней не содержат пригодных данных по этому вопросу и не учитываются.</numerusform>
        </translation>
    </message>
    <message>
        <source>“divided”: participants placed this option very differently.</source>
        <translation>«мнения разделились»: участники ставили этот вариант на очень разные места.</translation>
    </message>
</context>
<context>
    <name>ResultsTableModel</name>
    <message>
        <source>Position</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Final position (by Borda score, ties broken by Schulze)</source>
        <translation>Итоговое место (по баллам Борда; при равенстве — по методу Шульце)</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>Borda</source>
        <translation>Борда</translation>
    </message>
    <message>
        <source>One point for every option it was ranked above, on each ballot</source>
        <translation>В каждом бюллетене — один балл за каждый вариант, который он опережает</translation>
    </message>
    <message>
        <source>Mean rank</source>
        <translation>Средний ранг</translation>
    </message>
    <message>
        <source>Average position among those who ranked it (1 = first)</source>
        <translation>Среднее место среди тех, кто его ранжировал (1 — первое)</translation>
    </message>
    <message>
        <source>First preferences</source>
        <translation>Первые места</translation>
    </message>
    <message>
        <source>How many ballots put it first</source>
        <translation>Сколько бюллетеней ставят его на первое место</translation>
    </message>
    <message>
        <source>Schulze</source>
        <translation>Шульце</translation>
    </message>
    <message>
        <source>Position under the Schulze method (pairwise comparisons)</source>
        <translation>Место по методу Шульце (попарные сравнения)</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Разногласия</translation>
    </message>
    <message>
        <source>Divided: participants placed it very differently</source>
        <translation>Мнения разделились: участники ставили его на очень разные места</translation>
    </message>
    <message>
        <source>divided</source>
        <translation>мнения разделились</translation>
    </message>
    <message>
        <source>Order by total (points) or mean (rating)</source>
        <translation>Упорядочить по сумме (баллы) или по среднему (оценки)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Points given to it on all ballots</source>
        <translation>Баллы, отданные ему во всех бюллетенях</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Share of all points given</source>
        <translation>Доля от всех распределенных баллов</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Разброс</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Стандартное отклонение</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Participants were divided on this option: their positions for it are widely spread.</source>
        <translation>Мнения участников по этому варианту разделились: места, на которые они его ставили, сильно различаются.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>By stakeholder group</source>
        <translation>По группам заинтересованных сторон</translation>
    </message>
    <message>
        <source>Show the results of each stakeholder group; groups smaller than 3 are folded into “Other” or left out.</source>
        <translation>Показать результаты каждой группы заинтересованных сторон; группы численностью менее 3 включаются в категорию «Другие» или не показываются.</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Вопрос:</translation>
    </message>
    <message>
        <source>Everyone (%1)</source>
        <translation>Все (%1)</translation>
    </message>
    <message>
        <source>Open or create a session with questions to see results here.</source>
        <translation>Откройте или создайте сессию с вопросами, чтобы увидеть здесь результаты.</translation>
    </message>
    <message>
        <source>No ballots yet for this question. Results appear here as ballots are saved.</source>
        <translation>По этому вопросу бюллетеней пока нет. Результаты появятся здесь по мере сохранения бюллетеней.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>two counts</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation>
            <numerusform>%n замечание</numerusform>
            <numerusform>%n замечания</numerusform>
            <numerusform>%n замечаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred</source>
        <translation>
            <numerusform>%n ключевое высказывание</numerusform>
            <numerusform>%n ключевых высказывания</numerusform>
            <numerusform>%n ключевых высказываний</numerusform>
        </translation>
    </message>
    <message>
        <source>Open discussion: no ranking to show.</source>
        <translation>Открытое обсуждение: ранжирование не проводится.</translation>
    </message>
    <message>
        <source>By SWOT category:</source>
        <translation>По категориям SWOT:</translation>
    </message>
    <message>
        <source>Most used tags:</source>
        <translation>Самые частые метки:</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>All changes saved</source>
        <translation>Все изменения сохранены</translation>
    </message>
    <message>
        <source>All changes saved · last change {time}</source>
        <translation>Все изменения сохранены · последнее изменение в {time}</translation>
    </message>
    <message>
        <source>All changes saved · {time}</source>
        <translation>Все изменения сохранены · {time}</translation>
    </message>
    <message>
        <source>Last change NOT saved</source>
        <translation>Последнее изменение НЕ сохранено</translation>
    </message>
</context>
<context>
    <name>SeatsDialog</name>
    <message>
        <source>Add anonymous seats</source>
        <translation>Добавление анонимных мест</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Стол</translation>
    </message>
    <message>
        <source>First seat</source>
        <translation>Первое место</translation>
    </message>
    <message>
        <source>Number of seats</source>
        <translation>Число мест</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Группа заинтересованных сторон</translation>
    </message>
    <message>
        <source>Each seat becomes a participant without a name, so ballots and comments can be linked to it.</source>
        <translation>Каждое место становится участником без имени, чтобы с ним можно было связать бюллетени и замечания.</translation>
    </message>
    <message>
        <source>Table {table}, seat {seat}</source>
        <translation>Стол {table}, место {seat}</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Модератор</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <source>e.g. Dialogue with civil society on the strategic plan</source>
        <translation>например, Диалог с гражданским обществом по стратегическому плану</translation>
    </message>
    <message>
        <source>e.g. Twelfth session of the World Urban Forum (WUF12)</source>
        <translation>например, двенадцатая сессия Всемирного форума городов (ВФГ12)</translation>
    </message>
    <message>
        <source>e.g. Room 3, Egypt International Exhibition Center</source>
        <translation>например, зал 3, Египетский международный выставочный центр</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Целевая аудитория</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Сведения о сессии</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, e.g. 2024-11-05.</source>
        <translation>Укажите дату в формате год-месяц-день, например 2024-11-05.</translation>
    </message>
    <message>
        <source>Edit session {field}</source>
        <translation>Изменение сессии: {field}</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <source>Session setup</source>
        <translation>Подготовка сессии</translation>
    </message>
    <message>
        <source>Every change is saved as soon as you leave the field.</source>
        <translation>Каждое изменение сохраняется, как только вы покидаете поле.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Везде</translation>
    </message>
    <message>
        <source>Setup, Participants, Capture, Comments, Results, Synthesis</source>
        <translation>Подготовка, Участники, Ввод ответов, Замечания, Результаты, Обобщение</translation>
    </message>
    <message>
        <source>Undo / redo the last saved change (any view); in a field with typing of its own, its typing first</source>
        <translation>Отменить / повторить последнее сохраненное изменение (в любом разделе); в поле ввода — сначала его ввод</translation>
    </message>
    <message>
        <source>Open a file / new session from a template</source>
        <translation>Открыть файл / новая сессия по шаблону</translation>
    </message>
    <message>
        <source>Import ballot sheets, interchange JSON or Word notes, with a preview</source>
        <translation>Импорт таблиц бюллетеней, JSON для обмена или записок Word (с предпросмотром)</translation>
    </message>
    <message>
        <source>Close this window / quit (each asks about anything typed and not saved)</source>
        <translation>Закрыть окно / выйти (с вопросом о несохраненном вводе)</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Этот список</translation>
    </message>
    <message>
        <source>Presenter window (live results for the projector)</source>
        <translation>Окно презентации (результаты в реальном времени для проектора)</translation>
    </message>
    <message>
        <source>Export (Word, Excel, CSV)</source>
        <translation>Экспорт (Word, Excel, CSV)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Add the person typed in the quick-add row; the cursor stays there</source>
        <translation>Добавить лицо из строки быстрого добавления; курсор остается в ней</translation>
    </message>
    <message>
        <source>Delete the selected participants</source>
        <translation>Удалить выбранных участников</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Ввод ответов</translation>
    </message>
    <message>
        <source>Go to the question / participant box</source>
        <translation>Перейти в поле вопроса / участника</translation>
    </message>
    <message>
        <source>Type the order as option numbers; “3=1 5” ties options 3 and 1</source>
        <translation>Введите порядок номерами вариантов; «3=1 5» — варианты 3 и 1 на равном месте</translation>
    </message>
    <message>
        <source>Shift+click</source>
        <translation>Shift+щелчок</translation>
    </message>
    <message>
        <source>Tie the clicked option with the one before</source>
        <translation>Поставить выбранный щелчком вариант на одно место с предыдущим</translation>
    </message>
    <message>
        <source>In the ranked list: move, tie, un-rank</source>
        <translation>В списке ранжированных: переместить, поставить на равное место, исключить</translation>
    </message>
    <message>
        <source>Rating rows: rate and move to the next row; 0 clears</source>
        <translation>Строки оценок: оценить и перейти к следующей строке; 0 — очистить</translation>
    </message>
    <message>
        <source>a name, Enter</source>
        <translation>имя, Enter</translation>
    </message>
    <message>
        <source>In the participant box: pick the person typed (part of the name is enough)</source>
        <translation>В поле участника: выбрать введенное лицо (достаточно части имени)</translation>
    </message>
    <message>
        <source>Save the ballot and move to the next participant</source>
        <translation>Сохранить бюллетень и перейти к следующему участнику</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>Save the comment / new line</source>
        <translation>Сохранить замечание / новая строка</translation>
    </message>
    <message>
        <source>Link option 1…9 of the linked question (no question: question 1…9)</source>
        <translation>Связать с вариантом 1…9 связанного вопроса (без вопроса — с вопросом 1…9)</translation>
    </message>
    <message>
        <source>Link the next question / remove the links</source>
        <translation>Связать со следующим вопросом / удалить связи</translation>
    </message>
    <message>
        <source>Strength, weakness, opportunity, threat</source>
        <translation>Сильная сторона, слабая сторона, возможность, угроза</translation>
    </message>
    <message>
        <source>Key quote (star)</source>
        <translation>Ключевое высказывание (звездочка)</translation>
    </message>
    <message>
        <source>Pick the speaker / type tags (with completion)</source>
        <translation>Выбрать выступающего / ввести метки (с автодополнением)</translation>
    </message>
    <message>
        <source>Search all comments</source>
        <translation>Поиск по всем замечаниям</translation>
    </message>
    <message>
        <source>On the list: edit / delete the selected comment</source>
        <translation>В списке: изменить / удалить выбранное замечание</translation>
    </message>
    <message>
        <source>Cancel editing a saved comment</source>
        <translation>Отменить изменение сохраненного замечания</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Fast-forwarded</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Устарело</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Would merge</source>
        <translation>Будет объединен</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Объединен</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отклонен</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Не объединен</translation>
    </message>
    <message>
        <source>Word note</source>
        <translation>Записка Word</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>Файл JSON</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Проверена</translation>
    </message>
    <message>
        <source>Not sealed</source>
        <translation>Без печати</translation>
    </message>
    <message>
        <source>merged before, on {date}</source>
        <translation>объединен ранее, {date}</translation>
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
        <translation>Проводите структурированный диалог без подключения к интернету: регистрируйте участников, вводите их ранжирования и замечания и передавайте один надежный файл. Каждая запись сохраняется сразу после подтверждения.</translation>
    </message>
    <message>
        <source>New session from template…</source>
        <translation>Новая сессия по шаблону…</translation>
    </message>
    <message>
        <source>The UN-Habitat framework, or the questions of an earlier file</source>
        <translation>Рамочная структура ООН-Хабитат или вопросы из ранее созданного файла</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>Открыть файл…</translation>
    </message>
    <message>
        <source>A .workshop file</source>
        <translation>Файл .workshop</translation>
    </message>
    <message>
        <source>Open the demo session</source>
        <translation>Открыть демонстрационную сессию</translation>
    </message>
    <message>
        <source>A realistic session to try everything; a new copy each time</source>
        <translation>Реалистичная сессия, чтобы опробовать все функции; каждый раз новая копия</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>Language of the interface (a session&apos;s own language is set in the session)</source>
        <translation>Язык интерфейса (собственный язык сессии задается в самой сессии)</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Недавние файлы</translation>
    </message>
    <message>
        <source>No recent files yet.</source>
        <translation>Недавних файлов пока нет.</translation>
    </message>
    <message>
        <source>Drop a .workshop file here to open it</source>
        <translation>Перетащите сюда файл .workshop, чтобы открыть его</translation>
    </message>
</context>
<context>
    <name>SynthesisCommentsModel</name>
    <message>
        <source>Comment</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Star this comment as a key quote</source>
        <translation>Отметить это замечание звездочкой как ключевое высказывание</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Снять отметку</translation>
    </message>
    <message>
        <source>Add this quote to the key message being written</source>
        <translation>Добавить эту цитату в составляемый ключевой тезис</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитировать</translation>
    </message>
</context>
<context>
    <name>SynthesisView</name>
    <message>
        <source>Comments</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>All SWOT categories</source>
        <translation>Все SWOT</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Только отмеченные</translation>
    </message>
    <message>
        <source>Overall conclusions</source>
        <translation>Общие выводы</translation>
    </message>
    <message>
        <source>All dialogues: consolidated synthesis</source>
        <translation>Все диалоги: сводный обзор</translation>
    </message>
    <message>
        <source>Overall conclusions of the session</source>
        <translation>Общие выводы сессии</translation>
    </message>
    <message>
        <source>Key messages on this question</source>
        <translation>Ключевые тезисы по этому вопросу</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Все группы</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Все метки</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>two counts</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation>
            <numerusform>%n замечание</numerusform>
            <numerusform>%n замечания</numerusform>
            <numerusform>%n замечаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred</source>
        <translation>
            <numerusform>%n ключевое высказывание</numerusform>
            <numerusform>%n ключевых высказывания</numerusform>
            <numerusform>%n ключевых высказываний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Question %1: %n key messages written</source>
        <translation>
            <numerusform>Вопрос %1: сформулирован %n ключевой тезис</numerusform>
            <numerusform>Вопрос %1: сформулировано %n ключевых тезиса</numerusform>
            <numerusform>Вопрос %1: сформулировано %n ключевых тезисов</numerusform>
        </translation>
    </message>
    <message>
        <source>Open discussion.</source>
        <translation>Открытое обсуждение.</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Нет сессии</translation>
    </message>
    <message numerus="yes">
        <source>All %n dialogues of this file</source>
        <translation>
            <numerusform>%n диалог этого файла</numerusform>
            <numerusform>%n диалога этого файла</numerusform>
            <numerusform>%n диалогов этого файла</numerusform>
        </translation>
    </message>
    <message>
        <source>Each dialogue&apos;s overall conclusions:</source>
        <translation>Общие выводы каждого диалога:</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more dialogues</source>
        <translation>
            <numerusform>… и ещё %n диалог</numerusform>
            <numerusform>… и ещё %n диалога</numerusform>
            <numerusform>… и ещё %n диалогов</numerusform>
        </translation>
    </message>
    <message>
        <source>; first: %1</source>
        <translation>; на первом месте: %1</translation>
    </message>
    <message>
        <source>Star comment</source>
        <translation>Отметить замечание</translation>
    </message>
    <message>
        <source>Unstar comment</source>
        <translation>Снять отметку с замечания</translation>
    </message>
</context>
<context>
    <name>UndoLink</name>
    <message>
        <source>Undone: {step}.</source>
        <translation>Отменено: {step}.</translation>
    </message>
    <message>
        <source>Redone: {step}.</source>
        <translation>Повторено: {step}.</translation>
    </message>
    <message>
        <source>Undo: {step} ({keys})</source>
        <translation>Отменить: {step} ({keys})</translation>
    </message>
    <message>
        <source>Redo: {step} ({keys})</source>
        <translation>Повторить: {step} ({keys})</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Member State</source>
        <translation>Государство-член</translation>
    </message>
    <message>
        <source>UN system entity</source>
        <translation>Структура системы ООН</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Гражданское общество</translation>
    </message>
    <message>
        <source>Professional association</source>
        <translation>Профессиональная ассоциация</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Академические круги</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Частный сектор</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation>Местные органы власти</translation>
    </message>
    <message>
        <source>UN-Habitat staff</source>
        <translation>Сотрудники ООН-Хабитат</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другие</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Сильная сторона</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Слабая сторона</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Возможность</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Угроза</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ранжирование</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Open discussion</source>
        <translation>Открытое обсуждение</translation>
    </message>
</context>
</TS>
