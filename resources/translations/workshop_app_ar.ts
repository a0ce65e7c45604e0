<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>App</name>
    <message>
        <source>{file} does not exist; create it with “New session from template”.</source>
        <translation>الملف {file} غير موجود؛ أنشئه باستخدام «جلسة جديدة من نموذج».</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Import attendance sheet</source>
        <translation>استيراد كشف الحضور</translation>
    </message>
    <message numerus="yes">
        <source>%n people found in {file}.</source>
        <translation>
            <numerusform>لم يُعثر على أي شخص (%n) في {file}.</numerusform>
            <numerusform>عُثر على شخص واحد (%n) في {file}.</numerusform>
            <numerusform>عُثر على شخصين (%n) في {file}.</numerusform>
            <numerusform>عُثر على %n أشخاص في {file}.</numerusform>
            <numerusform>عُثر على %n شخصًا في {file}.</numerusform>
            <numerusform>عُثر على %n شخص في {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty rows left out.</source>
        <translation>
            <numerusform>لم يُستبعد أي صف فارغ (%n).</numerusform>
            <numerusform>استُبعد صف فارغ واحد (%n).</numerusform>
            <numerusform>استُبعد صفان فارغان (%n).</numerusform>
            <numerusform>استُبعدت %n صفوف فارغة.</numerusform>
            <numerusform>استُبعد %n صفًا فارغًا.</numerusform>
            <numerusform>استُبعد %n صف فارغ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n participants</source>
        <translation>
            <numerusform>إضافة %n مشارك</numerusform>
            <numerusform>إضافة مشارك واحد (%n)</numerusform>
            <numerusform>إضافة مشاركَين اثنين (%n)</numerusform>
            <numerusform>إضافة %n مشاركين</numerusform>
            <numerusform>إضافة %n مشاركًا</numerusform>
            <numerusform>إضافة %n مشارك</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns used: {found}</source>
        <translation>الأعمدة المستخدمة: {found}</translation>
    </message>
    <message>
        <source>Check the stakeholder groups: they are guessed from the sheet and can be corrected in the table afterwards.</source>
        <translation>تحقَّق من فئات أصحاب المصلحة: فهي مستنتجة من الكشف ويمكن تصحيحها في الجدول لاحقًا.</translation>
    </message>
</context>
<context>
    <name>BallotsModel</name>
    <message>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>مجهول الهوية</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Save a copy elsewhere…</source>
        <translation>حفظ نسخة في مكان آخر…</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>إخفاء هذه الرسالة</translation>
    </message>
    <message>
        <source>What you typed is still on screen. Save a copy of the file somewhere that works (another USB stick, the laptop&apos;s disk), then press Enter again to save your entry there.</source>
        <translation>ما كتبته لا يزال على الشاشة. احفظ نسخة من الملف في مكان يعمل (ذاكرة USB أخرى، أو قرص الحاسوب المحمول)، ثم اضغط Enter مرة أخرى لحفظ ما أدخلته هناك.</translation>
    </message>
</context>
<context>
    <name>CaptureView</name>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Anonymous participant</source>
        <translation>مشارك مجهول الهوية</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Go to Comments</source>
        <translation>الانتقال إلى التعليقات</translation>
    </message>
    <message>
        <source>This question is answered in discussion: capture what people say under Comments.</source>
        <translation>يُجاب عن هذا السؤال بالمناقشة: سجِّل ما يقوله المشاركون في «التعليقات».</translation>
    </message>
    <message>
        <source>Save ballot  (Enter)</source>
        <translation>حفظ بطاقة الاقتراع  (Enter)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Ballots entered</source>
        <translation>بطاقات الاقتراع المُدخلة</translation>
    </message>
    <message>
        <source>Delete ballot</source>
        <translation>حذف بطاقة الاقتراع</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>السؤال (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>المشارك (&amp;P)</translation>
    </message>
    <message>
        <source>Capture answers</source>
        <translation>إدخال الإجابات</translation>
    </message>
    <message numerus="yes">
        <source>%n ballots</source>
        <translation>
            <numerusform>لا توجد بطاقات اقتراع (%n)</numerusform>
            <numerusform>بطاقة اقتراع واحدة (%n)</numerusform>
            <numerusform>بطاقتا اقتراع (%n)</numerusform>
            <numerusform>%n بطاقات اقتراع</numerusform>
            <numerusform>%n بطاقة اقتراع</numerusform>
            <numerusform>%n بطاقة اقتراع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{a} of %n participants answered</source>
        <translation>
            <numerusform>أجاب {a} من أصل %n مشارك</numerusform>
            <numerusform>أجاب {a} من أصل مشارك واحد (%n)</numerusform>
            <numerusform>أجاب {a} من أصل مشاركَين اثنين (%n)</numerusform>
            <numerusform>أجاب {a} من أصل %n مشاركين</numerusform>
            <numerusform>أجاب {a} من أصل %n مشاركًا</numerusform>
            <numerusform>أجاب {a} من أصل %n مشارك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants match “{typed}”: type more of the name, or pick one with the Down arrow key.</source>
        <translation>
            <numerusform>لا يطابق «{typed}» أي مشارك (%n): اكتب جزءًا أكبر من الاسم، أو اختر أحدهم بمفتاح السهم لأسفل.</numerusform>
            <numerusform>يطابق «{typed}» مشارك واحد (%n): اكتب جزءًا أكبر من الاسم، أو اختر أحدهم بمفتاح السهم لأسفل.</numerusform>
            <numerusform>يطابق «{typed}» مشاركان (%n): اكتب جزءًا أكبر من الاسم، أو اختر أحدهم بمفتاح السهم لأسفل.</numerusform>
            <numerusform>يطابق «{typed}» %n مشاركين: اكتب جزءًا أكبر من الاسم، أو اختر أحدهم بمفتاح السهم لأسفل.</numerusform>
            <numerusform>يطابق «{typed}» %n مشاركًا: اكتب جزءًا أكبر من الاسم، أو اختر أحدهم بمفتاح السهم لأسفل.</numerusform>
            <numerusform>يطابق «{typed}» %n مشارك: اكتب جزءًا أكبر من الاسم، أو اختر أحدهم بمفتاح السهم لأسفل.</numerusform>
        </translation>
    </message>
    <message>
        <source>No participant matches “{typed}”; add them under Participants.</source>
        <translation>لا يطابق «{typed}» أي مشارك؛ أضِفه في «المشاركون».</translation>
    </message>
    <message>
        <source>Top {n} only.</source>
        <translation>الخيارات الـ{n} الأولى فقط.</translation>
    </message>
    <message>
        <source>Editing the ballot of {who} already entered: Enter replaces it.</source>
        <translation>تحرير بطاقة اقتراع {who} المُدخلة سابقًا: يؤدي الضغط على Enter إلى استبدالها.</translation>
    </message>
    <message>
        <source>Editing an anonymous ballot already entered: Enter replaces it.</source>
        <translation>تحرير بطاقة اقتراع مجهولة الهوية مُدخلة سابقًا: يؤدي الضغط على Enter إلى استبدالها.</translation>
    </message>
    <message>
        <source>Everyone listed has a ballot for this question: this is a new anonymous ballot. To change someone&apos;s, pick them (Alt+P) or their ballot in the list.</source>
        <translation>لكل المدرجين في القائمة بطاقة اقتراع لهذا السؤال: هذه بطاقة اقتراع جديدة مجهولة الهوية. لتغيير بطاقة أحدهم، اختره (Alt+P) أو اختر بطاقته في القائمة.</translation>
    </message>
    <message>
        <source>New anonymous ballot.</source>
        <translation>بطاقة اقتراع جديدة مجهولة الهوية.</translation>
    </message>
    <message>
        <source>New ballot.</source>
        <translation>بطاقة اقتراع جديدة.</translation>
    </message>
    <message>
        <source>The changes to the ballot of {who} have not been saved yet.</source>
        <translation>لم تُحفظ بعد التغييرات على بطاقة اقتراع {who}.</translation>
    </message>
    <message>
        <source>an anonymous participant</source>
        <translation>مشارك مجهول الهوية</translation>
    </message>
    <message>
        <source>The ballot typed for {who} has not been saved yet.</source>
        <translation>لم تُحفظ بعد بطاقة الاقتراع المكتوبة لـ{who}.</translation>
    </message>
    <message>
        <source>The anonymous ballot typed has not been saved yet.</source>
        <translation>لم تُحفظ بعد بطاقة الاقتراع المجهولة الهوية المكتوبة.</translation>
    </message>
    <message>
        <source>Ballot of {who}</source>
        <translation>بطاقة اقتراع {who}</translation>
    </message>
    <message>
        <source>Anonymous ballot</source>
        <translation>بطاقة اقتراع مجهولة الهوية</translation>
    </message>
    <message>
        <source>The ballot was NOT saved.</source>
        <translation>لم تُحفظ بطاقة الاقتراع.</translation>
    </message>
    <message>
        <source>Saved the ballot of {who}.</source>
        <translation>حُفظت بطاقة اقتراع {who}.</translation>
    </message>
    <message>
        <source>Saved an anonymous ballot.</source>
        <translation>حُفظت بطاقة اقتراع مجهولة الهوية.</translation>
    </message>
    <message>
        <source>Delete ballot of {who}</source>
        <translation>حذف بطاقة اقتراع {who}</translation>
    </message>
</context>
<context>
    <name>ChartWords</name>
    <message>
        <source>Borda score</source>
        <translation>نقاط بوردا</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>بطاقات الاقتراع</translation>
    </message>
    <message>
        <source>Total points</source>
        <translation>مجموع النقاط</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>الإجابات</translation>
    </message>
</context>
<context>
    <name>CommentEntry</name>
    <message>
        <source>Type what is said… Enter saves, Shift+Enter starts a new line</source>
        <translation>اكتب ما يُقال… Enter للحفظ، وShift+Enter لبدء سطر جديد</translation>
    </message>
    <message>
        <source>Comment text</source>
        <translation>نص التعليق</translation>
    </message>
    <message>
        <source>Linked question</source>
        <translation>السؤال المرتبط</translation>
    </message>
    <message>
        <source>Linked option</source>
        <translation>الخيار المرتبط</translation>
    </message>
    <message>
        <source>Alt+{letter}</source>
        <translation>Alt+{letter}</translation>
    </message>
    <message>
        <source>Key quote</source>
        <translation>اقتباس رئيسي</translation>
    </message>
    <message>
        <source>Alt+K</source>
        <translation>Alt+K</translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation>دون متحدث</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>الوسوم، مفصولة بفواصل</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Save comment  (Enter)</source>
        <translation>حفظ التعليق  (Enter)</translation>
    </message>
    <message>
        <source>Cancel edit  (Esc)</source>
        <translation>إلغاء التحرير  (Esc)</translation>
    </message>
    <message>
        <source>Question (Alt+Q)</source>
        <translation>السؤال (Alt+Q)</translation>
    </message>
    <message>
        <source>Option (Alt+1…9)</source>
        <translation>الخيار (Alt+1…9)</translation>
    </message>
    <message>
        <source>Speaker (Alt+P)</source>
        <translation>المتحدث (Alt+P)</translation>
    </message>
    <message>
        <source>Tags (Alt+G)</source>
        <translation>الوسوم (Alt+G)</translation>
    </message>
    <message numerus="yes">
        <source>%n participants match “{typed}”: type more of the name, or pick one with the Down arrow key.</source>
        <translation>
            <numerusform>لا يطابق «{typed}» أي مشارك (%n): اكتب جزءًا أكبر من الاسم، أو اختر أحدهم بمفتاح السهم لأسفل.</numerusform>
            <numerusform>يطابق «{typed}» مشارك واحد (%n): اكتب جزءًا أكبر من الاسم، أو اختر أحدهم بمفتاح السهم لأسفل.</numerusform>
            <numerusform>يطابق «{typed}» مشاركان (%n): اكتب جزءًا أكبر من الاسم، أو اختر أحدهم بمفتاح السهم لأسفل.</numerusform>
            <numerusform>يطابق «{typed}» %n مشاركين: اكتب جزءًا أكبر من الاسم، أو اختر أحدهم بمفتاح السهم لأسفل.</numerusform>
            <numerusform>يطابق «{typed}» %n مشاركًا: اكتب جزءًا أكبر من الاسم، أو اختر أحدهم بمفتاح السهم لأسفل.</numerusform>
            <numerusform>يطابق «{typed}» %n مشارك: اكتب جزءًا أكبر من الاسم، أو اختر أحدهم بمفتاح السهم لأسفل.</numerusform>
        </translation>
    </message>
    <message>
        <source>No participant matches “{typed}”; add them under Participants.</source>
        <translation>لا يطابق «{typed}» أي مشارك؛ أضِفه في «المشاركون».</translation>
    </message>
    <message>
        <source>No question</source>
        <translation>دون سؤال</translation>
    </message>
    <message>
        <source>No option</source>
        <translation>دون خيار</translation>
    </message>
    <message>
        <source>Save changes  (Enter)</source>
        <translation>حفظ التغييرات  (Enter)</translation>
    </message>
</context>
<context>
    <name>CommentsModel</name>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <source>About</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Q{n}</source>
        <translation>س{n}</translation>
    </message>
</context>
<context>
    <name>CommentsView</name>
    <message>
        <source>Search all comments (Ctrl+F)</source>
        <translation>البحث في جميع التعليقات (Ctrl+F)</translation>
    </message>
    <message>
        <source>Key quotes only</source>
        <translation>الاقتباسات الرئيسية فقط</translation>
    </message>
    <message>
        <source>All SWOT</source>
        <translation>جميع فئات SWOT</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>All comments</source>
        <translation>جميع التعليقات</translation>
    </message>
    <message>
        <source>Edit the selected comment (Enter)</source>
        <translation>تحرير التعليق المحدد (Enter)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>Make the selected comment a key quote, or not</source>
        <translation>جعل التعليق المحدد اقتباسًا رئيسيًا، أو إلغاء ذلك</translation>
    </message>
    <message>
        <source>Key quote</source>
        <translation>اقتباس رئيسي</translation>
    </message>
    <message>
        <source>Delete the selected comment (Delete)</source>
        <translation>حذف التعليق المحدد (Delete)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Alt+1…9 option · Alt+Q question · Alt+0 no link · Alt+S/W/O/T SWOT · Alt+K key quote · Alt+P speaker · Alt+G tags · F1 all shortcuts</source>
        <translation>Alt+1…9 الخيار · Alt+Q السؤال · Alt+0 دون ربط · Alt+S/W/O/T تحليل SWOT · Alt+K اقتباس رئيسي · Alt+P المتحدث · Alt+G الوسوم · F1 جميع الاختصارات</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>جميع اللغات</translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation>
            <numerusform>لا توجد تعليقات (%n)</numerusform>
            <numerusform>تعليق واحد (%n)</numerusform>
            <numerusform>تعليقان (%n)</numerusform>
            <numerusform>%n تعليقات</numerusform>
            <numerusform>%n تعليقًا</numerusform>
            <numerusform>%n تعليق</numerusform>
        </translation>
    </message>
    <message>
        <source>showing {shown} of</source>
        <translation>المعروض {shown} من</translation>
    </message>
    <message>
        <source>The comment box is empty: type what was said, then press Enter.</source>
        <translation>مربع التعليق فارغ: اكتب ما قيل، ثم اضغط Enter.</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>تحرير التعليق</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>إضافة تعليق</translation>
    </message>
    <message>
        <source>The comment was NOT saved.</source>
        <translation>لم يُحفظ التعليق.</translation>
    </message>
    <message>
        <source>Comment saved.</source>
        <translation>حُفظ التعليق.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>حُفظت التغييرات.</translation>
    </message>
    <message>
        <source>Save (Enter) or clear the comment being typed before editing another one.</source>
        <translation>احفظ التعليق الجاري كتابته (Enter) أو امسحه قبل تحرير تعليق آخر.</translation>
    </message>
    <message>
        <source>Editing a saved comment: Enter saves the changes, Esc cancels.</source>
        <translation>تحرير تعليق محفوظ: Enter لحفظ التغييرات، وEsc للإلغاء.</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>حذف التعليق</translation>
    </message>
    <message>
        <source>Comment deleted. Undo with Ctrl+Z.</source>
        <translation>حُذف التعليق. للتراجع اضغط Ctrl+Z.</translation>
    </message>
    <message>
        <source>Key quote on</source>
        <translation>تعيين كاقتباس رئيسي</translation>
    </message>
    <message>
        <source>Key quote off</source>
        <translation>إلغاء الاقتباس الرئيسي</translation>
    </message>
</context>
<context>
    <name>ConflictFieldsModel</name>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>نص السؤال</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Key quote</source>
        <translation>اقتباس رئيسي</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>الخيار</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>فئة أصحاب المصلحة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Consents to be named</source>
        <translation>يوافق على ذكر اسمه</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>المقعد</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>الاقتباسات</translation>
    </message>
    <message>
        <source>Framework key</source>
        <translation>مفتاح الإطار</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Shown now (revision {rev})</source>
        <translation>المعروض حاليًا (المراجعة {rev})</translation>
    </message>
    <message>
        <source>Other version (revision {rev})</source>
        <translation>الإصدار الآخر (المراجعة {rev})</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>Framework</source>
        <translation>الإطار</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>الخيار</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>بطاقة الاقتراع</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>الرسالة الرئيسية</translation>
    </message>
    <message>
        <source>What</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>مواضع الاختلاف</translation>
    </message>
    <message>
        <source>same content</source>
        <translation>المحتوى نفسه</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Merge conflicts</source>
        <translation>تعارضات الدمج</translation>
    </message>
    <message>
        <source>Only the fields that differ</source>
        <translation>الحقول المختلفة فقط</translation>
    </message>
    <message>
        <source>Keep the version shown</source>
        <translation>الاحتفاظ بالإصدار المعروض</translation>
    </message>
    <message>
        <source>Keep the other version</source>
        <translation>الاحتفاظ بالإصدار الآخر</translation>
    </message>
    <message>
        <source>Both versions stay stored. Your choice is saved as a new version that descends from both, so it also settles this conflict wherever the master is merged.</source>
        <translation>يبقى الإصداران كلاهما مخزَّنين. يُحفظ اختيارك إصدارًا جديدًا ينحدر من كليهما، فيحسم هذا التعارض أيضًا أينما دُمج الملف الرئيسي.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflicts in {file}</source>
        <translation>
            <numerusform>لا توجد تعارضات مفتوحة (%n) في {file}</numerusform>
            <numerusform>تعارض مفتوح واحد (%n) في {file}</numerusform>
            <numerusform>تعارضان مفتوحان (%n) في {file}</numerusform>
            <numerusform>%n تعارضات مفتوحة في {file}</numerusform>
            <numerusform>%n تعارضًا مفتوحًا في {file}</numerusform>
            <numerusform>%n تعارض مفتوح في {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts in {file}.</source>
        <translation>لا توجد تعارضات مفتوحة في {file}.</translation>
    </message>
    <message>
        <source> in “{session}”</source>
        <translation> في «{session}»</translation>
    </message>
    <message>
        <source>The {which} came from {files}.</source>
        <translation>ورد {which} من {files}.</translation>
    </message>
    <message>
        <source>The {which} was made in this file (or before files were recorded).</source>
        <translation>أُنشئ {which} في هذا الملف (أو قبل تسجيل الملفات).</translation>
    </message>
    <message>
        <source>version shown</source>
        <translation>الإصدار المعروض</translation>
    </message>
    <message>
        <source>other version</source>
        <translation>الإصدار الآخر</translation>
    </message>
    <message>
        <source>{what}{where}: two versions edited apart; the one with the higher revision is shown until you decide.</source>
        <translation>{what}{where}: حُرِّر إصداران كلٌّ على حدة؛ ويُعرض الإصدار صاحب المراجعة الأعلى إلى أن تقرر.</translation>
    </message>
</context>
<context>
    <name>ConsolidationPanel</name>
    <message>
        <source>Consolidated synthesis</source>
        <translation>الخلاصة الموحدة</translation>
    </message>
    <message>
        <source>Your own words over all the dialogues of this file: they open its synthesis (the title, then the key messages and conclusions of its summary).</source>
        <translation>كلماتك أنت عن جميع حوارات هذا الملف: تتصدر خلاصته (العنوان، ثم الرسائل الرئيسية والاستنتاجات في ملخصه).</translation>
    </message>
    <message>
        <source>Consultations on the strategic plan</source>
        <translation>مشاورات بشأن الخطة الاستراتيجية</translation>
    </message>
    <message>
        <source>One key message per line</source>
        <translation>رسالة رئيسية واحدة في كل سطر</translation>
    </message>
    <message>
        <source>What the dialogues concluded, together</source>
        <translation>ما خلصت إليه الحوارات مجتمعةً</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;Key messages (one per line)</source>
        <translation>ال&amp;رسائل الرئيسية (واحدة في كل سطر)</translation>
    </message>
    <message>
        <source>Co&amp;nclusions</source>
        <translation>الا&amp;ستنتاجات</translation>
    </message>
    <message>
        <source>Edit consolidated synthesis</source>
        <translation>تعديل الخلاصة الموحدة</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something unexpected went wrong ({kind}: {error}). Your saved entries are safe in the file; anything not yet saved is still on screen.

The details are in the log file:
{log}
Please send it to whoever supports the app.</source>
        <translation>حدث خطأ غير متوقع ({kind}: {error}). ما حفظته من إدخالات آمن في الملف؛ وما لم يُحفظ بعد لا يزال على الشاشة.

ترد التفاصيل في ملف السجل:
{log}
يُرجى إرساله إلى الجهة المسؤولة عن دعم التطبيق.</translation>
    </message>
    <message>
        <source>Workshop App: unexpected error</source>
        <translation>Workshop App: خطأ غير متوقع</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>هذه الجلسة</translation>
    </message>
    <message>
        <source>All sessions in the file</source>
        <translation>جميع الجلسات الواردة في الملف</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>النطاق:</translation>
    </message>
    <message>
        <source>Name people only with their consent</source>
        <translation>ذكر الأسماء بموافقة أصحابها فقط</translation>
    </message>
    <message>
        <source>By organisation, nobody named</source>
        <translation>حسب المنظمة، دون ذكر أي اسم</translation>
    </message>
    <message>
        <source>Anonymous: stakeholder groups only</source>
        <translation>مجهولو الهوية: فئات أصحاب المصلحة فقط</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>الم&amp;شاركون:</translation>
    </message>
    <message>
        <source>The session&apos;s language</source>
        <translation>لغة الجلسة</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>الل&amp;غة:</translation>
    </message>
    <message>
        <source>Full note</source>
        <translation>مذكرة كاملة</translation>
    </message>
    <message>
        <source>Short note: summary, results tables and key quotes</source>
        <translation>مذكرة موجزة: الموجز وجداول النتائج والاقتباسات الرئيسية</translation>
    </message>
    <message>
        <source>Le&amp;ngth:</source>
        <translation>ال&amp;طول:</translation>
    </message>
    <message>
        <source>Only in a consolidated note (several dialogues)</source>
        <translation>في المذكرة الموحدة فقط (عدة حوارات)</translation>
    </message>
    <message>
        <source>Include it</source>
        <translation>إدراجه</translation>
    </message>
    <message>
        <source>Leave it out</source>
        <translation>حذفه</translation>
    </message>
    <message>
        <source>&amp;Methodology annex:</source>
        <translation>مرفق الم&amp;نهجية:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Ballots (rankings)</source>
        <translation>بطاقات الاقتراع (الترتيبات)</translation>
    </message>
    <message>
        <source>Scores (points and ratings)</source>
        <translation>الدرجات (النقاط والتقييمات)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>الرسائل الرئيسية</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>CSV &amp;table:</source>
        <translation>&amp;جدول CSV:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;حفظ باسم:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <source>{fmt} files (*.{fmt})</source>
        <translation>ملفات {fmt} (*.{fmt})</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>اختر مكان حفظ الملف المُصدَّر.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>كُتب {path}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>Word synthesis (.docx)</source>
        <translation>خلاصة Word ‏(‎.docx)</translation>
    </message>
    <message>
        <source>The Word document carries its data, so headquarters can import it. People who declined to be named are in neither its text nor its data; the session file keeps their names.</source>
        <translation>يحمل مستند Word بياناته، لكي يتمكن المقر من استيرادها. ولا يَرِد الأشخاص الذين رفضوا ذكر أسمائهم في نصه ولا في بياناته؛ ويحتفظ ملف الجلسة بأسمائهم.</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>مصنف Excel ‏(‎.xlsx)</translation>
    </message>
    <message>
        <source>One sheet per table, for staff; names appear as the option below allows, never of people who declined.</source>
        <translation>ورقة لكل جدول، للموظفين؛ تظهر الأسماء وفقًا لما يسمح به الخيار أدناه، ولا تظهر أبدًا أسماء من رفضوا ذكرها.</translation>
    </message>
    <message>
        <source>CSV table (.csv)</source>
        <translation>جدول CSV ‏(‎.csv)</translation>
    </message>
    <message>
        <source>One table, UTF-8 with byte-order mark so that Excel reads Arabic and Chinese.</source>
        <translation>جدول واحد، بترميز UTF-8 مع علامة ترتيب البايتات حتى يقرأ Excel النصوص العربية والصينية.</translation>
    </message>
    <message>
        <source>REFI-QDA project (.qdpx)</source>
        <translation>مشروع REFI-QDA ‏(‎.qdpx)</translation>
    </message>
    <message>
        <source>The comments for qualitative analysis in QualCoder, NVivo, MAXQDA or ATLAS.ti: one text per dialogue, coded by question, SWOT and tag; participants as cases, named only with their consent.</source>
        <translation>التعليقات لأغراض التحليل النوعي في QualCoder أو NVivo أو MAXQDA أو ATLAS.ti: نص واحد لكل حوار، مرمَّز حسب السؤال وفئة SWOT والوسم؛ والمشاركون بوصفهم حالات، لا تُذكر أسماؤهم إلا بموافقتهم.</translation>
    </message>
    <message>
        <source>Interchange data (.json)</source>
        <translation>بيانات التبادل (‎.json)</translation>
    </message>
    <message>
        <source>Everything in the file, lossless and with every name, like a handover copy: for merging or other tools, not for sharing.</source>
        <translation>كل ما في الملف، دون أي فقدان ومع جميع الأسماء، كنسخة التسليم: لأغراض الدمج أو الأدوات الأخرى، لا للتداول.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Choose a file, or drop one on this window</source>
        <translation>اختر ملفًا، أو أفلته على هذه النافذة</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>&amp;Keep the key messages as edited in Word</source>
        <translation>الإبقاء على الرسائل الرئيسية كما عُدِّلت في Word (&amp;K)</translation>
    </message>
    <message>
        <source>Each becomes a new revision of its key message; unticked, the note&apos;s data is imported as the app wrote it.</source>
        <translation>تصبح كل رسالة مراجعةً جديدة لرسالتها الرئيسية؛ وإن لم يُحدَّد هذا الخيار، تُستورد بيانات المذكرة كما كتبها التطبيق.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Import into {file}</source>
        <translation>الاستيراد إلى {file}</translation>
    </message>
    <message>
        <source>Interchange JSON, a Word note written by this app, or an attendance or ballots sheet (.xlsx, .csv). Nothing is added until you press Import, and then all of it or nothing.</source>
        <translation>ملف JSON للتبادل، أو مذكرة Word كتبها هذا التطبيق، أو كشف حضور أو جدول بطاقات اقتراع (‎.xlsx، ‎.csv). لا يُضاف أي شيء حتى تضغط «استيراد»، وعندئذ يُضاف كله أو لا يُضاف شيء.</translation>
    </message>
    <message>
        <source>{file}: an interchange JSON document</source>
        <translation>{file}: مستند تبادل بصيغة JSON</translation>
    </message>
    <message>
        <source>{file}: a Word note with its data</source>
        <translation>{file}: مذكرة Word مع بياناتها</translation>
    </message>
    <message>
        <source>{file}: an attendance sheet, for this session</source>
        <translation>{file}: كشف حضور، لهذه الجلسة</translation>
    </message>
    <message>
        <source>{file}: a ballots sheet, for this session</source>
        <translation>{file}: جدول بطاقات اقتراع، لهذه الجلسة</translation>
    </message>
    <message>
        <source>{file}</source>
        <translation>{file}</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>الأُطر</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>بطاقات الاقتراع</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>الرسائل الرئيسية</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Rows in the sheet</source>
        <translation>الصفوف في الجدول</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>في الملف</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>للإضافة</translation>
    </message>
    <message>
        <source>New here</source>
        <translation>جديد هنا</translation>
    </message>
    <message>
        <source>Different here</source>
        <translation>مختلف هنا</translation>
    </message>
    <message>
        <source>Importing would do this: {summary}</source>
        <translation>سيؤدي الاستيراد إلى ما يلي: {summary}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more rows with problems.</source>
        <translation>
            <numerusform>… ولا توجد صفوف أخرى بها مشكلات (%n).</numerusform>
            <numerusform>… وصف آخر واحد (%n) به مشكلات.</numerusform>
            <numerusform>… وصفان آخران (%n) بهما مشكلات.</numerusform>
            <numerusform>… و%n صفوف أخرى بها مشكلات.</numerusform>
            <numerusform>… و%n صفًا آخر بها مشكلات.</numerusform>
            <numerusform>… و%n صف آخر بها مشكلات.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key message(s) read differently in Word than in the note&apos;s data:</source>
        <translation>
            <numerusform>لا توجد رسائل رئيسية (%n) يختلف نصها في Word عن بيانات المذكرة:</numerusform>
            <numerusform>رسالة رئيسية واحدة (%n) يختلف نصها في Word عن بيانات المذكرة:</numerusform>
            <numerusform>رسالتان رئيسيتان (%n) يختلف نصهما في Word عن بيانات المذكرة:</numerusform>
            <numerusform>%n رسائل رئيسية يختلف نصها في Word عن بيانات المذكرة:</numerusform>
            <numerusform>%n رسالة رئيسية يختلف نصها في Word عن بيانات المذكرة:</numerusform>
            <numerusform>%n رسالة رئيسية يختلف نصها في Word عن بيانات المذكرة:</numerusform>
        </translation>
    </message>
    <message>
        <source>In the data: {text}</source>
        <translation>في البيانات: {text}</translation>
    </message>
    <message>
        <source>In Word: {text}</source>
        <translation>في Word: {text}</translation>
    </message>
    <message>
        <source>Data to import (*.json *.docx *.xlsx *.csv);;All files (*)</source>
        <translation>بيانات للاستيراد (*.json *.docx *.xlsx *.csv);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>جارٍ قراءة {file}…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>جارٍ استيراد {file}…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>KeyMessageEditor</name>
    <message>
        <source>Write a key message: what did participants conclude?</source>
        <translation>اكتب رسالة رئيسية: ما الذي خلص إليه المشاركون؟</translation>
    </message>
    <message>
        <source>Edit key message</source>
        <translation>تحرير الرسالة الرئيسية</translation>
    </message>
</context>
<context>
    <name>KeyMessagesPanel</name>
    <message>
        <source>Add key message</source>
        <translation>إضافة رسالة رئيسية</translation>
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
        <translation>فتح ملف جلسة</translation>
    </message>
    <message>
        <source>Session files (*.workshop)</source>
        <translation>ملفات الجلسات (*.workshop)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>التنقل</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>الإعداد</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>الإدخال</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>الخلاصة</translation>
    </message>
    <message>
        <source>Workshop App</source>
        <translation>Workshop App</translation>
    </message>
    <message>
        <source>Open to phones</source>
        <translation>الإجابة عبر الهواتف</translation>
    </message>
    <message>
        <source>Participants answer from their own phones (Ctrl+Shift+P)</source>
        <translation>يجيب المشاركون من هواتفهم (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>New session from template…</source>
        <translation>جلسة جديدة من نموذج…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>فتح…</translation>
    </message>
    <message>
        <source>Open demo session</source>
        <translation>فتح جلسة العرض التوضيحي</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>Open to phones…</source>
        <translation>الإجابة عبر الهواتف…</translation>
    </message>
    <message>
        <source>Handover copy…</source>
        <translation>نسخة التسليم…</translation>
    </message>
    <message>
        <source>Save a copy elsewhere…</source>
        <translation>حفظ نسخة في مكان آخر…</translation>
    </message>
    <message>
        <source>Merge files…</source>
        <translation>دمج الملفات…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>التفضيلات…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Presenter window</source>
        <translation>نافذة العرض</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>About Workshop App</source>
        <translation>حول Workshop App</translation>
    </message>
    <message>
        <source>no session</source>
        <translation>لا توجد جلسة</translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>لا يوجد مشاركون (%n)</numerusform>
            <numerusform>مشارك واحد (%n)</numerusform>
            <numerusform>مشاركان (%n)</numerusform>
            <numerusform>%n مشاركين</numerusform>
            <numerusform>%n مشاركًا</numerusform>
            <numerusform>%n مشارك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballots</source>
        <translation>
            <numerusform>لا توجد بطاقات اقتراع (%n)</numerusform>
            <numerusform>بطاقة اقتراع واحدة (%n)</numerusform>
            <numerusform>بطاقتا اقتراع (%n)</numerusform>
            <numerusform>%n بطاقات اقتراع</numerusform>
            <numerusform>%n بطاقة اقتراع</numerusform>
            <numerusform>%n بطاقة اقتراع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation>
            <numerusform>لا توجد تعليقات (%n)</numerusform>
            <numerusform>تعليق واحد (%n)</numerusform>
            <numerusform>تعليقان (%n)</numerusform>
            <numerusform>%n تعليقات</numerusform>
            <numerusform>%n تعليقًا</numerusform>
            <numerusform>%n تعليق</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a copy elsewhere</source>
        <translation>حفظ نسخة في مكان آخر</translation>
    </message>
    <message>
        <source>Session files (*.workshop)</source>
        <translation>ملفات الجلسات (*.workshop)</translation>
    </message>
    <message>
        <source>Now working in {file}. Anything still on screen is not saved yet: press Enter in that view to save it.</source>
        <translation>يجري العمل الآن في {file}. ما لا يزال على الشاشة لم يُحفظ بعد: اضغط Enter في تلك الشاشة لحفظه.</translation>
    </message>
    <message>
        <source>Handover copy</source>
        <translation>نسخة التسليم</translation>
    </message>
    <message>
        <source>Sealed copy written to {file} (seal {seal}…)</source>
        <translation>كُتبت نسخة مختومة في {file} (الختم {seal}…)</translation>
    </message>
    <message>
        <source>Add a session from the framework</source>
        <translation>إضافة جلسة من الإطار</translation>
    </message>
    <message>
        <source>Workshop App runs structured dialogues offline: rankings and comments are saved on every keystroke that confirms them, in {file}.</source>
        <translation>يدير Workshop App حوارات منظَّمة دون اتصال بالإنترنت: تُحفظ الترتيبات والتعليقات في {file} عند كل ضغطة مفتاح تؤكدها.</translation>
    </message>
    <message>
        <source>Ballot not saved</source>
        <translation>لم تُحفظ بطاقة الاقتراع</translation>
    </message>
    <message>
        <source>Comment not saved</source>
        <translation>لم يُحفظ التعليق</translation>
    </message>
    <message>
        <source>The comment in the box has not been saved yet.</source>
        <translation>لم يُحفظ بعد التعليق الموجود في المربع.</translation>
    </message>
    <message>
        <source>&amp;Save it</source>
        <translation>ا&amp;حفظه</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>&amp;تجاهله</translation>
    </message>
</context>
<context>
    <name>MappingView</name>
    <message>
        <source>Framework mapping</source>
        <translation>مطابقة الإطار</translation>
    </message>
    <message>
        <source>Options with the same framework key are the same priority in every session. These options were added at a venue without a key: say which priority each counts as, or keep it separate. The decision is kept in the master and reused for later files.</source>
        <translation>الخيارات التي تحمل مفتاح الإطار نفسه تمثل الأولوية نفسها في كل جلسة. وقد أُضيفت هذه الخيارات في أحد أماكن الانعقاد دون مفتاح: حدِّد الأولوية التي يُحتسب كل منها ضمنها، أو أبقِه منفصلًا. يُحفظ القرار في الملف الرئيسي ويُعاد استخدامه للملفات اللاحقة.</translation>
    </message>
    <message>
        <source>Counts as:</source>
        <translation>يُحتسب ضمن:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;تطبيق</translation>
    </message>
    <message>
        <source>Undo decision</source>
        <translation>التراجع عن القرار</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Keep separate (its own option)</source>
        <translation>إبقاؤه منفصلًا (خيار مستقل)</translation>
    </message>
    <message numerus="yes">
        <source>%n option labels to decide, {total} in all</source>
        <translation>
            <numerusform>لا توجد تسميات خيارات قيد البت (%n)، من أصل {total}</numerusform>
            <numerusform>تسمية خيار واحدة قيد البت (%n)، من أصل {total}</numerusform>
            <numerusform>تسميتا خيار قيد البت (%n)، من أصل {total}</numerusform>
            <numerusform>%n تسميات خيارات قيد البت، من أصل {total}</numerusform>
            <numerusform>%n تسمية خيار قيد البت، من أصل {total}</numerusform>
            <numerusform>%n تسمية خيار قيد البت، من أصل {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>Every option carries a framework key: nothing to map.</source>
        <translation>يحمل كل خيار مفتاحًا من مفاتيح الإطار: لا يوجد ما تلزم مطابقته.</translation>
    </message>
</context>
<context>
    <name>MergeWindow</name>
    <message>
        <source>Merge session files</source>
        <translation>دمج ملفات الجلسات</translation>
    </message>
    <message>
        <source>Master file:</source>
        <translation>الملف الرئيسي:</translation>
    </message>
    <message>
        <source>Choose the master file that collects every session</source>
        <translation>اختر الملف الرئيسي الذي يجمع كل الجلسات</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>New master…</source>
        <translation>ملف رئيسي جديد…</translation>
    </message>
    <message>
        <source>Drop .workshop files, Word notes (.docx) or JSON exports here, or add them with “Add files…”. Preview shows what each would add before anything changes.</source>
        <translation>أفلت هنا ملفات ‎.workshop أو مذكرات Word ‏(‎.docx) أو ملفات JSON المُصدَّرة، أو أضفها باستخدام «إضافة ملفات…». تعرض المعاينة ما سيضيفه كل ملف قبل تغيير أي شيء.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Review conflicts…</source>
        <translation>مراجعة التعارضات…</translation>
    </message>
    <message>
        <source>Framework mapping…</source>
        <translation>مطابقة الإطار…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>م&amp;عاينة</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;دمج</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Choose the master file</source>
        <translation>اختر الملف الرئيسي</translation>
    </message>
    <message>
        <source>Session files (*.workshop)</source>
        <translation>ملفات الجلسات (*.workshop)</translation>
    </message>
    <message>
        <source>New master file</source>
        <translation>ملف رئيسي جديد</translation>
    </message>
    <message>
        <source>Add files to merge</source>
        <translation>إضافة ملفات للدمج</translation>
    </message>
    <message>
        <source>Session files, Word notes and JSON (*.workshop *.docx *.json);;All files (*)</source>
        <translation>ملفات الجلسات ومذكرات Word وملفات JSON (*.workshop *.docx *.json);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>جارٍ فحص الملفات…</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>جارٍ الدمج…</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>سيتوقف الدمج بعد الملف الحالي…</translation>
    </message>
    <message>
        <source>File {n} of {total}: {name}</source>
        <translation>الملف {n} من {total}: {name}</translation>
    </message>
    <message numerus="yes">
        <source>Preview: {ok} of %n files would merge; nothing has changed yet.</source>
        <translation>
            <numerusform>معاينة: يمكن دمج {ok} من أصل %n ملف؛ ولم يتغير أي شيء بعد.</numerusform>
            <numerusform>معاينة: يمكن دمج {ok} من أصل ملف واحد (%n)؛ ولم يتغير أي شيء بعد.</numerusform>
            <numerusform>معاينة: يمكن دمج {ok} من أصل ملفين (%n)؛ ولم يتغير أي شيء بعد.</numerusform>
            <numerusform>معاينة: يمكن دمج {ok} من أصل %n ملفات؛ ولم يتغير أي شيء بعد.</numerusform>
            <numerusform>معاينة: يمكن دمج {ok} من أصل %n ملفًا؛ ولم يتغير أي شيء بعد.</numerusform>
            <numerusform>معاينة: يمكن دمج {ok} من أصل %n ملف؛ ولم يتغير أي شيء بعد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged {ok} of %n files.</source>
        <translation>
            <numerusform>دُمج {ok} من أصل %n ملف.</numerusform>
            <numerusform>دُمج {ok} من أصل ملف واحد (%n).</numerusform>
            <numerusform>دُمج {ok} من أصل ملفين (%n).</numerusform>
            <numerusform>دُمج {ok} من أصل %n ملفات.</numerusform>
            <numerusform>دُمج {ok} من أصل %n ملفًا.</numerusform>
            <numerusform>دُمج {ok} من أصل %n ملف.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <comment>three counts</comment>
        <translation>%1، و%2، و%3.</translation>
    </message>
    <message numerus="yes">
        <source>%n records added</source>
        <translation>
            <numerusform>لم يُضف أي سجل (%n)</numerusform>
            <numerusform>أُضيف سجل واحد (%n)</numerusform>
            <numerusform>أُضيف سجلان (%n)</numerusform>
            <numerusform>أُضيفت %n سجلات</numerusform>
            <numerusform>أُضيف %n سجلًا</numerusform>
            <numerusform>أُضيف %n سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>لم يُحدَّث أي سجل (%n)</numerusform>
            <numerusform>حُدِّث سجل واحد (%n)</numerusform>
            <numerusform>حُدِّث سجلان (%n)</numerusform>
            <numerusform>حُدِّثت %n سجلات</numerusform>
            <numerusform>حُدِّث %n سجلًا</numerusform>
            <numerusform>حُدِّث %n سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>لا توجد تعارضات (%n)</numerusform>
            <numerusform>تعارض واحد (%n)</numerusform>
            <numerusform>تعارضان (%n)</numerusform>
            <numerusform>%n تعارضات</numerusform>
            <numerusform>%n تعارضًا</numerusform>
            <numerusform>%n تعارض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files refused or not merged: the master holds nothing of them.</source>
        <translation>
            <numerusform>لا توجد ملفات مرفوضة أو غير مدموجة (%n).</numerusform>
            <numerusform>ملف واحد (%n) مرفوض أو غير مدموج: لا يتضمن الملف الرئيسي شيئًا منه.</numerusform>
            <numerusform>ملفان (%n) مرفوضان أو غير مدموجين: لا يتضمن الملف الرئيسي شيئًا منهما.</numerusform>
            <numerusform>%n ملفات مرفوضة أو غير مدموجة: لا يتضمن الملف الرئيسي شيئًا منها.</numerusform>
            <numerusform>%n ملفًا مرفوضًا أو غير مدموج: لا يتضمن الملف الرئيسي شيئًا منها.</numerusform>
            <numerusform>%n ملف مرفوض أو غير مدموج: لا يتضمن الملف الرئيسي شيئًا منها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the files after the current one were not merged.</source>
        <translation>أُلغي الدمج: لم تُدمج الملفات التالية للملف الحالي.</translation>
    </message>
    <message>
        <source>Backup of the master: {file}</source>
        <translation>النسخة الاحتياطية من الملف الرئيسي: {file}</translation>
    </message>
    <message>
        <source>Merge conflicts</source>
        <translation>تعارضات الدمج</translation>
    </message>
    <message>
        <source>Framework mapping</source>
        <translation>مطابقة الإطار</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session from a template</source>
        <translation>جلسة جديدة من نموذج</translation>
    </message>
    <message>
        <source>UN-Habitat strategic plan 2026–2029 (priorities P1–P5)</source>
        <translation>الخطة الاستراتيجية لموئل الأمم المتحدة للفترة 2026–2029 (الأولويات P1–P5)</translation>
    </message>
    <message>
        <source>Questions of {file}</source>
        <translation>أسئلة {file}</translation>
    </message>
    <message>
        <source>Another .workshop file…</source>
        <translation>ملف ‎.workshop آخر…</translation>
    </message>
    <message>
        <source>e.g. Dialogue with civil society on the strategic plan</source>
        <translation>مثلًا: حوار مع المجتمع المدني بشأن الخطة الاستراتيجية</translation>
    </message>
    <message>
        <source>e.g. Africa Urban Forum</source>
        <translation>مثلًا: المنتدى الحضري الأفريقي</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الفعالية</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>الحفظ باسم</translation>
    </message>
    <message>
        <source>Create session</source>
        <translation>إنشاء الجلسة</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>جلسة جديدة</translation>
    </message>
    <message>
        <source>The template gives the questions and the priorities to rank. Only the title is needed now; the rest can wait for Setup.</source>
        <translation>يحدد النموذج الأسئلة والأولويات المطلوب ترتيبها. لا يلزم الآن سوى العنوان؛ ويمكن إرجاء الباقي إلى «الإعداد».</translation>
    </message>
    <message>
        <source>Use the questions of</source>
        <translation>استخدام أسئلة</translation>
    </message>
    <message>
        <source>Session files (*.workshop)</source>
        <translation>ملفات الجلسات (*.workshop)</translation>
    </message>
    <message>
        <source>Save the new session as</source>
        <translation>حفظ الجلسة الجديدة باسم</translation>
    </message>
    <message>
        <source>Give the session a title.</source>
        <translation>أدخل عنوانًا للجلسة.</translation>
    </message>
    <message>
        <source>{file} already exists; choose another name.</source>
        <translation>الملف {file} موجود بالفعل؛ اختر اسمًا آخر.</translation>
    </message>
</context>
<context>
    <name>OptionGroupsModel</name>
    <message>
        <source>To decide</source>
        <translation>قيد البت</translation>
    </message>
    <message>
        <source>Kept separate</source>
        <translation>أُبقي منفصلًا</translation>
    </message>
    <message>
        <source>Option label</source>
        <translation>تسمية الخيار</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>يُحتسب ضمن</translation>
    </message>
</context>
<context>
    <name>OptionsModel</name>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>الخيار</translation>
    </message>
    <message>
        <source>Edit option</source>
        <translation>تحرير الخيار</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>فئة أصحاب المصلحة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>May be named</source>
        <translation>يجوز ذكر اسمه</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>المقعد</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>أجاب</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>(مجهول الهوية)</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>تحرير المشارك</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <source>Filter participants</source>
        <translation>تصفية المشاركين</translation>
    </message>
    <message>
        <source>Import attendance sheet…</source>
        <translation>استيراد كشف الحضور…</translation>
    </message>
    <message>
        <source>Add anonymous seats…</source>
        <translation>إضافة مقاعد مجهولة الهوية…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>لا يوجد مشاركون مسجَّلون (%n)</numerusform>
            <numerusform>مشارك واحد مسجَّل (%n)</numerusform>
            <numerusform>مشاركان مسجَّلان (%n)</numerusform>
            <numerusform>%n مشاركين مسجَّلين</numerusform>
            <numerusform>%n مشاركًا مسجَّلًا</numerusform>
            <numerusform>%n مشارك مسجَّل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n participants</source>
        <translation>
            <numerusform>حذف %n مشارك</numerusform>
            <numerusform>حذف مشارك واحد (%n)</numerusform>
            <numerusform>حذف مشاركَين اثنين (%n)</numerusform>
            <numerusform>حذف %n مشاركين</numerusform>
            <numerusform>حذف %n مشاركًا</numerusform>
            <numerusform>حذف %n مشارك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n seats</source>
        <translation>
            <numerusform>إضافة %n مقعد</numerusform>
            <numerusform>إضافة مقعد واحد (%n)</numerusform>
            <numerusform>إضافة مقعدين اثنين (%n)</numerusform>
            <numerusform>إضافة %n مقاعد</numerusform>
            <numerusform>إضافة %n مقعدًا</numerusform>
            <numerusform>إضافة %n مقعد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n anonymous seats.</source>
        <translation>
            <numerusform>لم يُضف أي مقعد مجهول الهوية (%n).</numerusform>
            <numerusform>أُضيف مقعد واحد مجهول الهوية (%n).</numerusform>
            <numerusform>أُضيف مقعدان مجهولا الهوية (%n).</numerusform>
            <numerusform>أُضيفت %n مقاعد مجهولة الهوية.</numerusform>
            <numerusform>أُضيف %n مقعدًا مجهول الهوية.</numerusform>
            <numerusform>أُضيف %n مقعد مجهول الهوية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n participants</source>
        <translation>
            <numerusform>استيراد %n مشارك</numerusform>
            <numerusform>استيراد مشارك واحد (%n)</numerusform>
            <numerusform>استيراد مشاركَين اثنين (%n)</numerusform>
            <numerusform>استيراد %n مشاركين</numerusform>
            <numerusform>استيراد %n مشاركًا</numerusform>
            <numerusform>استيراد %n مشارك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n participants from {file}.</source>
        <translation>
            <numerusform>لم يُضف أي مشارك (%n) من {file}.</numerusform>
            <numerusform>أُضيف مشارك واحد (%n) من {file}.</numerusform>
            <numerusform>أُضيف مشاركان (%n) من {file}.</numerusform>
            <numerusform>أُضيف %n مشاركين من {file}.</numerusform>
            <numerusform>أُضيف %n مشاركًا من {file}.</numerusform>
            <numerusform>أُضيف %n مشارك من {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type at least a name, an organisation or a country; for people who stay anonymous use “Add anonymous seats”.</source>
        <translation>اكتب على الأقل اسمًا أو منظمة أو بلدًا؛ وللأشخاص الذين يبقون مجهولي الهوية استخدم «إضافة مقاعد مجهولة الهوية».</translation>
    </message>
    <message>
        <source>Add participant {who}</source>
        <translation>إضافة المشارك {who}</translation>
    </message>
    <message>
        <source>The participant was NOT saved.</source>
        <translation>لم يُحفظ المشارك.</translation>
    </message>
    <message>
        <source>Added {who}.</source>
        <translation>أُضيف {who}.</translation>
    </message>
    <message>
        <source>Delete participant {who}</source>
        <translation>حذف المشارك {who}</translation>
    </message>
    <message>
        <source>Import attendance sheet</source>
        <translation>استيراد كشف الحضور</translation>
    </message>
    <message>
        <source>Attendance sheets (*.xlsx *.csv)</source>
        <translation>كشوف الحضور (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>The import was NOT saved.</source>
        <translation>لم يُحفظ الاستيراد.</translation>
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
        <translation>إيثرنت</translation>
    </message>
    <message>
        <source>This laptop only (for a test) — {address}</source>
        <translation>هذا الحاسوب المحمول فقط (للاختبار) — {address}</translation>
    </message>
    <message>
        <source>Open to phones</source>
        <translation>الإجابة عبر الهواتف</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <source>Optional: people may say who they are</source>
        <translation>اختياري: يجوز للمشاركين التعريف بأنفسهم</translation>
    </message>
    <message>
        <source>Required before answering</source>
        <translation>إلزامي قبل الإجابة</translation>
    </message>
    <message>
        <source>Off: every answer is anonymous</source>
        <translation>معطَّل: كل الإجابات مجهولة الهوية</translation>
    </message>
    <message>
        <source>Every question of the session</source>
        <translation>جميع أسئلة الجلسة</translation>
    </message>
    <message>
        <source>One at a time: the question selected in the app</source>
        <translation>سؤال واحد في كل مرة: السؤال المحدد في التطبيق</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;بدء</translation>
    </message>
    <message>
        <source>&amp;Close answers</source>
        <translation>إ&amp;غلاق باب الإجابة</translation>
    </message>
    <message>
        <source>&amp;Reopen answers</source>
        <translation>إعادة &amp;فتح باب الإجابة</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>ال&amp;شبكة:</translation>
    </message>
    <message>
        <source>&amp;Registration:</source>
        <translation>الت&amp;سجيل:</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>الأسئ&amp;لة:</translation>
    </message>
    <message>
        <source>QR code of the join address</source>
        <translation>رمز QR لعنوان الانضمام</translation>
    </message>
    <message>
        <source>Answers received</source>
        <translation>الإجابات الواردة</translation>
    </message>
    <message>
        <source>Which network?</source>
        <translation>أي شبكة؟</translation>
    </message>
    <message>
        <source>Phones must reach this laptop directly; no internet is needed.

• Small room: turn on this laptop&apos;s own hotspot and ask people to join it (Windows&apos; hotspot takes about 8 phones).

• Large room: bring a travel router, connect the laptop and the phones to it.

• Venue or hotel Wi-Fi often keeps phones from reaching each other: try it with your own phone before the session.

• Android may warn that the network has no internet: tap “Stay connected”.</source>
        <translation>يجب أن تصل الهواتف إلى هذا الحاسوب المحمول مباشرة؛ ولا يلزم الاتصال بالإنترنت.

• القاعة الصغيرة: شغِّل نقطة الاتصال الخاصة بهذا الحاسوب المحمول واطلب من المشاركين الانضمام إليها (تستوعب نقطة الاتصال في Windows نحو 8 هواتف).

• القاعة الكبيرة: أحضر جهاز توجيه محمولًا، ووصِّل به الحاسوب المحمول والهواتف.

• كثيرًا ما تمنع شبكة Wi-Fi في مكان الانعقاد أو الفندق الهواتف من الوصول بعضها إلى بعض: جرِّبها بهاتفك قبل الجلسة.

• قد ينبّه نظام Android إلى أن الشبكة لا تتيح الاتصال بالإنترنت: اضغط «البقاء متصلًا».</translation>
    </message>
    <message>
        <source>Join code: {code}</source>
        <translation>رمز الانضمام: {code}</translation>
    </message>
    <message>
        <source>The work goes on in another file: press Start to open it to phones.</source>
        <translation>يجري العمل في ملف آخر: اضغط «بدء» لفتحه للإجابة عبر الهواتف.</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>إعادة ال&amp;تشغيل</translation>
    </message>
    <message>
        <source>Choose the network the phones are on, then press Start.</source>
        <translation>اختر الشبكة التي تتصل بها الهواتف، ثم اضغط «بدء».</translation>
    </message>
    <message>
        <source>Open: phones can answer. Scan the code or type the address.</source>
        <translation>مفتوح: يمكن الإجابة من الهواتف. امسح الرمز أو اكتب العنوان.</translation>
    </message>
    <message>
        <source>Closed: phones can no longer answer.</source>
        <translation>مغلق: لم يعد بالإمكان الإجابة من الهواتف.</translation>
    </message>
    <message>
        <source>Open, but no question is selected: choose one in Capture or Results.</source>
        <translation>مفتوح، لكن لم يُحدَّد أي سؤال: اختر سؤالًا في «الإدخال» أو «النتائج».</translation>
    </message>
    <message>
        <source>Open: phones can answer question {n} only; it follows the question selected in the app.</source>
        <translation>مفتوح: يمكن الإجابة من الهواتف عن السؤال {n} فقط؛ ويتبع ذلك السؤالَ المحدد في التطبيق.</translation>
    </message>
    <message>
        <source>Phones joined: {n}</source>
        <translation>الهواتف المنضمة: {n}</translation>
    </message>
    <message>
        <source>{n}. {prompt} — {count}</source>
        <translation>{n}. {prompt} — {count}</translation>
    </message>
    <message>
        <source>Comments: {n}</source>
        <translation>التعليقات: {n}</translation>
    </message>
</context>
<context>
    <name>PointsEntry</name>
    <message>
        <source>Share the points</source>
        <translation>توزيع النقاط</translation>
    </message>
    <message numerus="yes">
        <source>%n points over the budget of {budget}</source>
        <translation>
            <numerusform>لا توجد نقاط (%n) زائدة على الرصيد البالغ {budget}</numerusform>
            <numerusform>نقطة واحدة (%n) زائدة على الرصيد البالغ {budget}</numerusform>
            <numerusform>نقطتان (%n) زائدتان على الرصيد البالغ {budget}</numerusform>
            <numerusform>%n نقاط زائدة على الرصيد البالغ {budget}</numerusform>
            <numerusform>%n نقطة زائدة على الرصيد البالغ {budget}</numerusform>
            <numerusform>%n نقطة زائدة على الرصيد البالغ {budget}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n points given</source>
        <translation>
            <numerusform>مُنحت جميع النقاط (%n)</numerusform>
            <numerusform>مُنحت النقطة الوحيدة (%n)</numerusform>
            <numerusform>مُنحت النقطتان كلتاهما (%n)</numerusform>
            <numerusform>مُنحت جميع النقاط الـ%n</numerusform>
            <numerusform>مُنحت جميع النقاط الـ%n</numerusform>
            <numerusform>مُنحت جميع النقاط الـ%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{left} of %n points left</source>
        <translation>
            <numerusform>يتبقى {left} من أصل %n نقطة</numerusform>
            <numerusform>يتبقى {left} من أصل نقطة واحدة (%n)</numerusform>
            <numerusform>يتبقى {left} من أصل نقطتين (%n)</numerusform>
            <numerusform>يتبقى {left} من أصل %n نقاط</numerusform>
            <numerusform>يتبقى {left} من أصل %n نقطة</numerusform>
            <numerusform>يتبقى {left} من أصل %n نقطة</numerusform>
        </translation>
    </message>
    <message>
        <source>{total} points given, {over} over the budget of {budget}: take some away before saving.</source>
        <translation>مُنحت {total} نقطة، أي بزيادة {over} على الرصيد البالغ {budget}: اسحب بعضها قبل الحفظ.</translation>
    </message>
    <message>
        <source>{total} points given; the budget is {budget}, so {left} are still to give.</source>
        <translation>مُنحت {total} نقطة؛ والرصيد {budget}، فيتبقى {left} للتوزيع.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>&amp;Language of the interface:</source>
        <translation>ل&amp;غة الواجهة:</translation>
    </message>
    <message>
        <source>A session&apos;s own language (its questions, its Word synthesis) is set when the session is created, in Setup.</source>
        <translation>تُحدَّد لغة الجلسة نفسها (لغة أسئلتها وخلاصة Word الخاصة بها) عند إنشاء الجلسة، في «الإعداد».</translation>
    </message>
    <message>
        <source>The new language applies from the next time Workshop App opens.</source>
        <translation>تُطبَّق اللغة الجديدة اعتبارًا من المرة التالية التي يُفتح فيها Workshop App.</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Presenter view</source>
        <translation>نافذة العرض</translation>
    </message>
    <message>
        <source>R or Space: show or hide results · B: black screen · F: full screen · Esc: leave full screen</source>
        <translation>R أو Space: إظهار النتائج أو إخفاؤها · B: شاشة سوداء · F: ملء الشاشة · Esc: الخروج من ملء الشاشة</translation>
    </message>
    <message>
        <source>No question yet</source>
        <translation>لا يوجد سؤال بعد</translation>
    </message>
    <message>
        <source>Results will appear here.</source>
        <translation>ستظهر النتائج هنا.</translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation>
            <numerusform>لا توجد تعليقات (%n)</numerusform>
            <numerusform>تعليق واحد (%n)</numerusform>
            <numerusform>تعليقان (%n)</numerusform>
            <numerusform>%n تعليقات</numerusform>
            <numerusform>%n تعليقًا</numerusform>
            <numerusform>%n تعليق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n responses</source>
        <translation>
            <numerusform>لا توجد إجابات (%n)</numerusform>
            <numerusform>إجابة واحدة (%n)</numerusform>
            <numerusform>إجابتان (%n)</numerusform>
            <numerusform>%n إجابات</numerusform>
            <numerusform>%n إجابة</numerusform>
            <numerusform>%n إجابة</numerusform>
        </translation>
    </message>
    <message>
        <source>Open discussion</source>
        <translation>مناقشة مفتوحة</translation>
    </message>
    <message>
        <source>Results will be shown shortly.</source>
        <translation>ستُعرض النتائج بعد قليل.</translation>
    </message>
    <message>
        <source>No responses yet.</source>
        <translation>لا توجد إجابات بعد.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>فئة أصحاب المصلحة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>May be named</source>
        <translation>يجوز ذكر اسمه</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>المقعد</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>إضافة سؤال</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>إزالة السؤال</translation>
    </message>
    <message>
        <source>Move question up</source>
        <translation>نقل السؤال لأعلى</translation>
    </message>
    <message>
        <source>Move question down</source>
        <translation>نقل السؤال لأسفل</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>نص السؤال</translation>
    </message>
    <message>
        <source>all options</source>
        <translation>جميع الخيارات</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>Double-click (or F2) to edit an option&apos;s key or text</source>
        <translation>انقر نقرًا مزدوجًا (أو اضغط F2) لتحرير مفتاح الخيار أو نصه</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>إضافة خيار</translation>
    </message>
    <message>
        <source>From framework</source>
        <translation>من الإطار</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>إزالة الخيار</translation>
    </message>
    <message>
        <source>Move option up</source>
        <translation>نقل الخيار لأعلى</translation>
    </message>
    <message>
        <source>Move option down</source>
        <translation>نقل الخيار لأسفل</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Rank the top</source>
        <translation>عدد الخيارات الأولى المطلوب ترتيبها</translation>
    </message>
    <message>
        <source>Points to share</source>
        <translation>النقاط المطلوب توزيعها</translation>
    </message>
    <message>
        <source>Rating scale 1 to</source>
        <translation>سلّم التقييم من 1 إلى</translation>
    </message>
    <message>
        <source>This question already has ballots; its kind cannot change. Add a new question instead.</source>
        <translation>لهذا السؤال بطاقات اقتراع بالفعل؛ فلا يمكن تغيير نوعه. أضِف سؤالًا جديدًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>تحرير السؤال</translation>
    </message>
    <message>
        <source>Rank these options, most important first.</source>
        <translation>رتِّب هذه الخيارات، بدءًا بأهمها.</translation>
    </message>
    <message>
        <source>Share the points between these options.</source>
        <translation>وزِّع النقاط على هذه الخيارات.</translation>
    </message>
    <message>
        <source>How relevant is each of these? (1 = not at all, 5 = essential)</source>
        <translation>ما مدى أهمية كل من هذه الخيارات؟ (1 = غير مهم على الإطلاق، 5 = أساسي)</translation>
    </message>
    <message>
        <source>What should the plan learn from your experience?</source>
        <translation>ما الذي ينبغي أن تستفيده الخطة من تجربتك؟</translation>
    </message>
    <message>
        <source>Move question</source>
        <translation>نقل السؤال</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>خيار جديد</translation>
    </message>
    <message>
        <source>Move option</source>
        <translation>نقل الخيار</translation>
    </message>
    <message>
        <source>All framework priorities are already options</source>
        <translation>جميع أولويات الإطار مدرجة بالفعل بوصفها خيارات</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>جميعها</translation>
    </message>
    <message>
        <source>Add options from the framework</source>
        <translation>إضافة خيارات من الإطار</translation>
    </message>
</context>
<context>
    <name>QuickAddRow</name>
    <message>
        <source>Name (optional)</source>
        <translation>الاسم (اختياري)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>May be named</source>
        <translation>يجوز ذكر اسمه</translation>
    </message>
    <message>
        <source>The person agrees to be named in the notes and quotes</source>
        <translation>يوافق الشخص على ذكر اسمه في المذكرات والاقتباسات</translation>
    </message>
    <message>
        <source>Add  (Enter)</source>
        <translation>إضافة  (Enter)</translation>
    </message>
    <message>
        <source>Quick add</source>
        <translation>إضافة سريعة</translation>
    </message>
</context>
<context>
    <name>RankingEntry</name>
    <message>
        <source>Type option numbers, e.g. 3 1 5 — “=” for a tie: 3=1 5</source>
        <translation>اكتب أرقام الخيارات، مثلًا 3 1 5 — و«=» للتعادل: 3=1 5</translation>
    </message>
    <message>
        <source>Order typed as option numbers</source>
        <translation>الترتيب مكتوبًا بأرقام الخيارات</translation>
    </message>
    <message>
        <source>Tie next click</source>
        <translation>تعادل مع النقرة التالية</translation>
    </message>
    <message>
        <source>The next option clicked ties with the one before (or Shift+click)</source>
        <translation>يتعادل الخيار الذي يُنقر عليه بعد ذلك مع الخيار السابق (أو Shift+نقر)</translation>
    </message>
    <message>
        <source>Ranked options</source>
        <translation>الخيارات المرتبة</translation>
    </message>
    <message>
        <source>Options not ranked</source>
        <translation>الخيارات غير المرتبة</translation>
    </message>
    <message>
        <source>Click in order</source>
        <translation>النقر بالترتيب</translation>
    </message>
    <message>
        <source>Ranked</source>
        <translation>مرتبة</translation>
    </message>
    <message>
        <source>Drag to reorder; drop onto an option to tie.</source>
        <translation>اسحب لإعادة الترتيب؛ وأفلت على خيار لجعله متعادلًا معه.</translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation>غير مرتبة</translation>
    </message>
    <message>
        <source>Type the order</source>
        <translation>كتابة الترتيب</translation>
    </message>
    <message>
        <source>The ranking is empty: put at least one option first.</source>
        <translation>الترتيب فارغ: ضع خيارًا واحدًا على الأقل في المرتبة الأولى.</translation>
    </message>
</context>
<context>
    <name>RankingState</name>
    <message>
        <source>This question asks for the top {n} only.</source>
        <translation>يطلب هذا السؤال الخيارات الـ{n} الأولى فقط.</translation>
    </message>
</context>
<context>
    <name>RatingEntry</name>
    <message>
        <source>Rate each option</source>
        <translation>قيِّم كل خيار</translation>
    </message>
    <message>
        <source>Type {lo}–{hi} on each row (focus moves to the next), then Enter to save; 0 clears.</source>
        <translation>اكتب رقمًا من {lo} إلى {hi} في كل صف (ينتقل التركيز إلى الصف التالي)، ثم اضغط Enter للحفظ؛ و0 للمسح.</translation>
    </message>
    <message>
        <source>No option is rated yet: type a number on each row.</source>
        <translation>لم يُقيَّم أي خيار بعد: اكتب رقمًا في كل صف.</translation>
    </message>
</context>
<context>
    <name>ResultWords</name>
    <message>
        <source>very weak agreement</source>
        <translation>توافق ضعيف جدًا</translation>
    </message>
    <message>
        <source>weak agreement</source>
        <translation>توافق ضعيف</translation>
    </message>
    <message>
        <source>moderate agreement</source>
        <translation>توافق متوسط</translation>
    </message>
    <message>
        <source>strong agreement</source>
        <translation>توافق قوي</translation>
    </message>
    <message>
        <source>very strong agreement</source>
        <translation>توافق قوي جدًا</translation>
    </message>
    <message numerus="yes">
        <source>Agreement (Kendall&apos;s W) needs at least 3 complete ballots; there are %n.</source>
        <translation>
            <numerusform>يتطلب قياس التوافق (معامل W لكندال) 3 بطاقات اقتراع كاملة على الأقل؛ ولا توجد أي بطاقة كاملة (%n).</numerusform>
            <numerusform>يتطلب قياس التوافق (معامل W لكندال) 3 بطاقات اقتراع كاملة على الأقل؛ وتوجد بطاقة واحدة فقط (%n).</numerusform>
            <numerusform>يتطلب قياس التوافق (معامل W لكندال) 3 بطاقات اقتراع كاملة على الأقل؛ وتوجد بطاقتان فقط (%n).</numerusform>
            <numerusform>يتطلب قياس التوافق (معامل W لكندال) 3 بطاقات اقتراع كاملة على الأقل؛ وتوجد %n بطاقات.</numerusform>
            <numerusform>يتطلب قياس التوافق (معامل W لكندال) 3 بطاقات اقتراع كاملة على الأقل؛ وتوجد %n بطاقة.</numerusform>
            <numerusform>يتطلب قياس التوافق (معامل W لكندال) 3 بطاقات اقتراع كاملة على الأقل؛ وتوجد %n بطاقة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kendall&apos;s W = %1: %2 (%3, over %Ln complete ballots).</source>
        <translation>
            <numerusform>معامل W لكندال = %1: %2 (%3، استنادًا إلى %Ln بطاقة اقتراع كاملة).</numerusform>
            <numerusform>معامل W لكندال = %1: %2 (%3، استنادًا إلى بطاقة اقتراع كاملة واحدة (%Ln)).</numerusform>
            <numerusform>معامل W لكندال = %1: %2 (%3، استنادًا إلى بطاقتي اقتراع كاملتين (%Ln)).</numerusform>
            <numerusform>معامل W لكندال = %1: %2 (%3، استنادًا إلى %Ln بطاقات اقتراع كاملة).</numerusform>
            <numerusform>معامل W لكندال = %1: %2 (%3، استنادًا إلى %Ln بطاقة اقتراع كاملة).</numerusform>
            <numerusform>معامل W لكندال = %1: %2 (%3، استنادًا إلى %Ln بطاقة اقتراع كاملة).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballots from groups smaller than %1 are not shown separately.</source>
        <translation>
            <numerusform>لا تُعرض منفردةً أي بطاقة اقتراع (%n) من الفئات التي يقل حجمها عن %1.</numerusform>
            <numerusform>لا تُعرض منفردةً بطاقة اقتراع واحدة (%n) من الفئات التي يقل حجمها عن %1.</numerusform>
            <numerusform>لا تُعرض منفردةً بطاقتا اقتراع (%n) من الفئات التي يقل حجمها عن %1.</numerusform>
            <numerusform>لا تُعرض منفردةً %n بطاقات اقتراع من الفئات التي يقل حجمها عن %1.</numerusform>
            <numerusform>لا تُعرض منفردةً %n بطاقة اقتراع من الفئات التي يقل حجمها عن %1.</numerusform>
            <numerusform>لا تُعرض منفردةً %n بطاقة اقتراع من الفئات التي يقل حجمها عن %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only one option: there is nothing to agree on.</source>
        <translation>خيار واحد فقط: لا يوجد ما يُتوافق عليه.</translation>
    </message>
    <message>
        <source>Every complete ballot ties all options: agreement cannot be measured.</source>
        <translation>كل بطاقات الاقتراع الكاملة تساوي بين جميع الخيارات: يتعذّر قياس التوافق.</translation>
    </message>
    <message>
        <source>p &lt; 0.001</source>
        <translation>⁦p &lt; 0.001⁩</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>⁦p = %1⁩</translation>
    </message>
    <message numerus="yes">
        <source>%n ballots</source>
        <translation>
            <numerusform>لا توجد بطاقات اقتراع</numerusform>
            <numerusform>بطاقة اقتراع واحدة</numerusform>
            <numerusform>بطاقتا اقتراع</numerusform>
            <numerusform>%n بطاقات اقتراع</numerusform>
            <numerusform>%n بطاقة اقتراع</numerusform>
            <numerusform>%n بطاقة اقتراع</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups smaller than %1 are not shown on their own; they are counted in “Other”.</source>
        <translation>لا تُعرض الفئات التي يقل حجمها عن %1 منفردةً؛ بل تُحتسب ضمن «أخرى».</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Borda score</source>
        <translation>نقاط بوردا</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>المراتب</translation>
    </message>
    <message>
        <source>How many ballots put each option 1st, 2nd, 3rd…</source>
        <translation>عدد بطاقات الاقتراع التي وضعت كل خيار في المرتبة الأولى والثانية والثالثة…</translation>
    </message>
    <message numerus="yes">
        <source>%n ballots hold nothing usable for this question and are not counted.</source>
        <translation>
            <numerusform>لا توجد بطاقات اقتراع (%n) خالية من البيانات الصالحة للاستخدام في هذا السؤال.</numerusform>
            <numerusform>بطاقة اقتراع واحدة (%n) لا تتضمن أي بيانات صالحة للاستخدام في هذا السؤال، ولذا لا تُحتسب.</numerusform>
            <numerusform>بطاقتا اقتراع (%n) لا تتضمنان أي بيانات صالحة للاستخدام في هذا السؤال، ولذا لا تُحتسبان.</numerusform>
            <numerusform>%n بطاقات اقتراع لا تتضمن أي بيانات صالحة للاستخدام في هذا السؤال، ولذا لا تُحتسب.</numerusform>
            <numerusform>%n بطاقة اقتراع لا تتضمن أي بيانات صالحة للاستخدام في هذا السؤال، ولذا لا تُحتسب.</numerusform>
            <numerusform>%n بطاقة اقتراع لا تتضمن أي بيانات صالحة للاستخدام في هذا السؤال، ولذا لا تُحتسب.</numerusform>
        </translation>
    </message>
    <message>
        <source>“divided”: participants placed this option very differently.</source>
        <translation>«متباينة»: وضع المشاركون هذا الخيار في مراتب متباعدة جدًا.</translation>
    </message>
</context>
<context>
    <name>ResultsTableModel</name>
    <message>
        <source>Position</source>
        <translation>المرتبة</translation>
    </message>
    <message>
        <source>Final position (by Borda score, ties broken by Schulze)</source>
        <translation>المرتبة النهائية (حسب نقاط بوردا، ويُفصل في التعادل بطريقة شولتسه)</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>الخيار</translation>
    </message>
    <message>
        <source>Borda</source>
        <translation>بوردا</translation>
    </message>
    <message>
        <source>One point for every option it was ranked above, on each ballot</source>
        <translation>نقطة واحدة عن كل خيار رُتِّب فوقه، في كل بطاقة اقتراع</translation>
    </message>
    <message>
        <source>Mean rank</source>
        <translation>متوسط الترتيب</translation>
    </message>
    <message>
        <source>Average position among those who ranked it (1 = first)</source>
        <translation>متوسط المرتبة لدى من رتَّبوه (1 = الأول)</translation>
    </message>
    <message>
        <source>First preferences</source>
        <translation>الخيارات الأولى</translation>
    </message>
    <message>
        <source>How many ballots put it first</source>
        <translation>عدد بطاقات الاقتراع التي وضعته في المرتبة الأولى</translation>
    </message>
    <message>
        <source>Schulze</source>
        <translation>شولتسه</translation>
    </message>
    <message>
        <source>Position under the Schulze method (pairwise comparisons)</source>
        <translation>المرتبة وفق طريقة شولتسه (المقارنات الزوجية)</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>تباين الآراء</translation>
    </message>
    <message>
        <source>Divided: participants placed it very differently</source>
        <translation>آراء متباينة: وضعه المشاركون في مراتب متباعدة جدًا</translation>
    </message>
    <message>
        <source>divided</source>
        <translation>متباينة</translation>
    </message>
    <message>
        <source>Order by total (points) or mean (rating)</source>
        <translation>الترتيب حسب المجموع (النقاط) أو المتوسط (التقييم)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Points given to it on all ballots</source>
        <translation>النقاط الممنوحة له في جميع بطاقات الاقتراع</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>Share of all points given</source>
        <translation>نسبته من مجموع النقاط الممنوحة</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>المتوسط</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>الوسيط</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>التشتت</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>الانحراف المعياري</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>Participants were divided on this option: their positions for it are widely spread.</source>
        <translation>تباينت آراء المشاركين بشأن هذا الخيار: فمراتبه لديهم متباعدة على نطاق واسع.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>By stakeholder group</source>
        <translation>حسب فئة أصحاب المصلحة</translation>
    </message>
    <message>
        <source>Show the results of each stakeholder group; groups smaller than 3 are folded into “Other” or left out.</source>
        <translation>عرض نتائج كل فئة من فئات أصحاب المصلحة؛ وتُدمج الفئات التي يقل حجمها عن 3 في «أخرى» أو تُستبعد.</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>السؤال:</translation>
    </message>
    <message>
        <source>Everyone (%1)</source>
        <translation>الجميع (%1)</translation>
    </message>
    <message>
        <source>Open or create a session with questions to see results here.</source>
        <translation>افتح جلسة تتضمن أسئلة أو أنشئها لعرض النتائج هنا.</translation>
    </message>
    <message>
        <source>No ballots yet for this question. Results appear here as ballots are saved.</source>
        <translation>لا توجد بطاقات اقتراع لهذا السؤال بعد. تظهر النتائج هنا كلما حُفظت بطاقات الاقتراع.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>two counts</comment>
        <translation>%1، %2</translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation>
            <numerusform>لا توجد تعليقات (%n)</numerusform>
            <numerusform>تعليق واحد (%n)</numerusform>
            <numerusform>تعليقان (%n)</numerusform>
            <numerusform>%n تعليقات</numerusform>
            <numerusform>%n تعليقًا</numerusform>
            <numerusform>%n تعليق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred</source>
        <translation>
            <numerusform>المميزة بنجمة: %n</numerusform>
            <numerusform>المميزة بنجمة: %n</numerusform>
            <numerusform>المميزة بنجمة: %n</numerusform>
            <numerusform>المميزة بنجمة: %n</numerusform>
            <numerusform>المميزة بنجمة: %n</numerusform>
            <numerusform>المميزة بنجمة: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Open discussion: no ranking to show.</source>
        <translation>مناقشة مفتوحة: لا يوجد ترتيب لعرضه.</translation>
    </message>
    <message>
        <source>By SWOT category:</source>
        <translation>حسب فئة تحليل SWOT:</translation>
    </message>
    <message>
        <source>Most used tags:</source>
        <translation>الوسوم الأكثر استخدامًا:</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>All changes saved</source>
        <translation>حُفظت جميع التغييرات</translation>
    </message>
    <message>
        <source>All changes saved · last change {time}</source>
        <translation>حُفظت جميع التغييرات · آخر تغيير {time}</translation>
    </message>
    <message>
        <source>All changes saved · {time}</source>
        <translation>حُفظت جميع التغييرات · {time}</translation>
    </message>
    <message>
        <source>Last change NOT saved</source>
        <translation>لم يُحفظ آخر تغيير</translation>
    </message>
</context>
<context>
    <name>SeatsDialog</name>
    <message>
        <source>Add anonymous seats</source>
        <translation>إضافة مقاعد مجهولة الهوية</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>الطاولة</translation>
    </message>
    <message>
        <source>First seat</source>
        <translation>المقعد الأول</translation>
    </message>
    <message>
        <source>Number of seats</source>
        <translation>عدد المقاعد</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>فئة أصحاب المصلحة</translation>
    </message>
    <message>
        <source>Each seat becomes a participant without a name, so ballots and comments can be linked to it.</source>
        <translation>يصبح كل مقعد مشاركًا دون اسم، لكي يمكن ربط بطاقات الاقتراع والتعليقات به.</translation>
    </message>
    <message>
        <source>Table {table}, seat {seat}</source>
        <translation>الطاولة {table}، المقعد {seat}</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الفعالية</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>الميسِّر</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>e.g. Dialogue with civil society on the strategic plan</source>
        <translation>مثلًا: حوار مع المجتمع المدني بشأن الخطة الاستراتيجية</translation>
    </message>
    <message>
        <source>e.g. Twelfth session of the World Urban Forum (WUF12)</source>
        <translation>مثلًا: الدورة الثانية عشرة للمنتدى الحضري العالمي</translation>
    </message>
    <message>
        <source>e.g. Room 3, Egypt International Exhibition Center</source>
        <translation>مثلًا: القاعة 3، مركز مصر الدولي للمعارض</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>الفئة المستهدفة</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>تفاصيل الجلسة</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, e.g. 2024-11-05.</source>
        <translation>اكتب التاريخ بالترتيب سنة-شهر-يوم، مثلًا 2024-11-05.</translation>
    </message>
    <message>
        <source>Edit session {field}</source>
        <translation>تحرير الجلسة: {field}</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <source>Session setup</source>
        <translation>إعداد الجلسة</translation>
    </message>
    <message>
        <source>Every change is saved as soon as you leave the field.</source>
        <translation>يُحفظ كل تغيير بمجرد مغادرة الحقل.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>الشاشة</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>الوظيفة</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>في كل مكان</translation>
    </message>
    <message>
        <source>Setup, Participants, Capture, Comments, Results, Synthesis</source>
        <translation>الإعداد، المشاركون، الإدخال، التعليقات، النتائج، الخلاصة</translation>
    </message>
    <message>
        <source>Undo / redo the last saved change (any view); in a field with typing of its own, its typing first</source>
        <translation>التراجع عن آخر تغيير محفوظ أو إعادته (في أي شاشة)؛ وفي حقل له سجل كتابة خاص به، يُبدأ بما كُتب فيه</translation>
    </message>
    <message>
        <source>Open a file / new session from a template</source>
        <translation>فتح ملف / جلسة جديدة من نموذج</translation>
    </message>
    <message>
        <source>Import ballot sheets, interchange JSON or Word notes, with a preview</source>
        <translation>استيراد جداول بطاقات الاقتراع أو ملفات JSON للتبادل أو مذكرات Word، مع معاينة</translation>
    </message>
    <message>
        <source>Close this window / quit (each asks about anything typed and not saved)</source>
        <translation>إغلاق هذه النافذة / إنهاء التطبيق (مع السؤال في كل حالة عن أي شيء مكتوب لم يُحفظ)</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>هذه القائمة</translation>
    </message>
    <message>
        <source>Presenter window (live results for the projector)</source>
        <translation>نافذة العرض (النتائج المباشرة لجهاز العرض)</translation>
    </message>
    <message>
        <source>Export (Word, Excel, CSV)</source>
        <translation>التصدير (Word، Excel، CSV)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Add the person typed in the quick-add row; the cursor stays there</source>
        <translation>إضافة الشخص المكتوب في صف الإضافة السريعة؛ ويبقى المؤشر فيه</translation>
    </message>
    <message>
        <source>Delete the selected participants</source>
        <translation>حذف المشاركين المحددين</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>الإدخال</translation>
    </message>
    <message>
        <source>Go to the question / participant box</source>
        <translation>الانتقال إلى مربع السؤال / المشارك</translation>
    </message>
    <message>
        <source>Type the order as option numbers; “3=1 5” ties options 3 and 1</source>
        <translation>كتابة الترتيب بأرقام الخيارات؛ «3=1 5» تجعل الخيارين 3 و1 متعادلين</translation>
    </message>
    <message>
        <source>Shift+click</source>
        <translation>Shift+نقر</translation>
    </message>
    <message>
        <source>Tie the clicked option with the one before</source>
        <translation>جعل الخيار المنقور عليه متعادلًا مع الخيار السابق</translation>
    </message>
    <message>
        <source>In the ranked list: move, tie, un-rank</source>
        <translation>في قائمة الخيارات المرتبة: نقل، تعادل، إلغاء الترتيب</translation>
    </message>
    <message>
        <source>Rating rows: rate and move to the next row; 0 clears</source>
        <translation>صفوف التقييم: التقييم والانتقال إلى الصف التالي؛ و0 للمسح</translation>
    </message>
    <message>
        <source>a name, Enter</source>
        <translation>اسم، Enter</translation>
    </message>
    <message>
        <source>In the participant box: pick the person typed (part of the name is enough)</source>
        <translation>في مربع المشارك: اختيار الشخص المكتوب (يكفي جزء من الاسم)</translation>
    </message>
    <message>
        <source>Save the ballot and move to the next participant</source>
        <translation>حفظ بطاقة الاقتراع والانتقال إلى المشارك التالي</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Save the comment / new line</source>
        <translation>حفظ التعليق / سطر جديد</translation>
    </message>
    <message>
        <source>Link option 1…9 of the linked question (no question: question 1…9)</source>
        <translation>ربط الخيار 1…9 من السؤال المرتبط (إن لم يكن هناك سؤال: السؤال 1…9)</translation>
    </message>
    <message>
        <source>Link the next question / remove the links</source>
        <translation>ربط السؤال التالي / إزالة الروابط</translation>
    </message>
    <message>
        <source>Strength, weakness, opportunity, threat</source>
        <translation>نقطة قوة، نقطة ضعف، فرصة، تهديد</translation>
    </message>
    <message>
        <source>Key quote (star)</source>
        <translation>اقتباس رئيسي (نجمة)</translation>
    </message>
    <message>
        <source>Pick the speaker / type tags (with completion)</source>
        <translation>اختيار المتحدث / كتابة الوسوم (مع الإكمال التلقائي)</translation>
    </message>
    <message>
        <source>Search all comments</source>
        <translation>البحث في جميع التعليقات</translation>
    </message>
    <message>
        <source>On the list: edit / delete the selected comment</source>
        <translation>في القائمة: تحرير التعليق المحدد / حذفه</translation>
    </message>
    <message>
        <source>Cancel editing a saved comment</source>
        <translation>إلغاء تحرير تعليق محفوظ</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>المضافة</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>Fast-forwarded</source>
        <translation>المحدَّثة</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>المتقادمة</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>الختم</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>Would merge</source>
        <translation>قابل للدمج</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>مدموج</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>غير مدموج</translation>
    </message>
    <message>
        <source>Word note</source>
        <translation>مذكرة Word</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>ملف JSON</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>تم التحقق منه</translation>
    </message>
    <message>
        <source>Not sealed</source>
        <translation>غير مختوم</translation>
    </message>
    <message>
        <source>merged before, on {date}</source>
        <translation>دُمج من قبل، في {date}</translation>
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
        <translation>أدِر حوارًا منظَّمًا دون اتصال بالإنترنت: سجِّل المشاركين، وأدخِل ترتيباتهم وتعليقاتهم، وسلِّم ملفًا واحدًا آمنًا. يُحفظ كل إدخال لحظة تأكيده.</translation>
    </message>
    <message>
        <source>New session from template…</source>
        <translation>جلسة جديدة من نموذج…</translation>
    </message>
    <message>
        <source>The UN-Habitat framework, or the questions of an earlier file</source>
        <translation>إطار موئل الأمم المتحدة، أو أسئلة ملف سابق</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>فتح ملف…</translation>
    </message>
    <message>
        <source>A .workshop file</source>
        <translation>ملف ‎.workshop</translation>
    </message>
    <message>
        <source>Open the demo session</source>
        <translation>فتح جلسة العرض التوضيحي</translation>
    </message>
    <message>
        <source>A realistic session to try everything; a new copy each time</source>
        <translation>جلسة واقعية لتجربة كل الوظائف؛ ونسخة جديدة في كل مرة</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>Language of the interface (a session&apos;s own language is set in the session)</source>
        <translation>لغة الواجهة (تُحدَّد لغة الجلسة نفسها داخل الجلسة)</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>الملفات الأخيرة</translation>
    </message>
    <message>
        <source>No recent files yet.</source>
        <translation>لا توجد ملفات أخيرة بعد.</translation>
    </message>
    <message>
        <source>Drop a .workshop file here to open it</source>
        <translation>أفلت ملف ‎.workshop هنا لفتحه</translation>
    </message>
</context>
<context>
    <name>SynthesisCommentsModel</name>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>About</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Star this comment as a key quote</source>
        <translation>تمييز هذا التعليق بنجمة بوصفه اقتباسًا رئيسيًا</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>إزالة النجمة</translation>
    </message>
    <message>
        <source>Add this quote to the key message being written</source>
        <translation>إضافة هذا الاقتباس إلى الرسالة الرئيسية الجاري كتابتها</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
</context>
<context>
    <name>SynthesisView</name>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>All SWOT categories</source>
        <translation>جميع فئات SWOT</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>المميزة بنجمة فقط</translation>
    </message>
    <message>
        <source>Overall conclusions</source>
        <translation>الاستنتاجات العامة</translation>
    </message>
    <message>
        <source>All dialogues: consolidated synthesis</source>
        <translation>جميع الحوارات: الخلاصة الموحدة</translation>
    </message>
    <message>
        <source>Overall conclusions of the session</source>
        <translation>الاستنتاجات العامة للجلسة</translation>
    </message>
    <message>
        <source>Key messages on this question</source>
        <translation>الرسائل الرئيسية بشأن هذا السؤال</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>جميع الفئات</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>two counts</comment>
        <translation>%1، %2</translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation>
            <numerusform>لا توجد تعليقات (%n)</numerusform>
            <numerusform>تعليق واحد (%n)</numerusform>
            <numerusform>تعليقان (%n)</numerusform>
            <numerusform>%n تعليقات</numerusform>
            <numerusform>%n تعليقًا</numerusform>
            <numerusform>%n تعليق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred</source>
        <translation>
            <numerusform>المميزة بنجمة: %n</numerusform>
            <numerusform>المميزة بنجمة: %n</numerusform>
            <numerusform>المميزة بنجمة: %n</numerusform>
            <numerusform>المميزة بنجمة: %n</numerusform>
            <numerusform>المميزة بنجمة: %n</numerusform>
            <numerusform>المميزة بنجمة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>لا يوجد مشاركون (%n)</numerusform>
            <numerusform>مشارك واحد (%n)</numerusform>
            <numerusform>مشاركان (%n)</numerusform>
            <numerusform>%n مشاركين</numerusform>
            <numerusform>%n مشاركًا</numerusform>
            <numerusform>%n مشارك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Question %1: %n key messages written</source>
        <translation>
            <numerusform>السؤال %1: لم تُكتب أي رسالة رئيسية (%n)</numerusform>
            <numerusform>السؤال %1: كُتبت رسالة رئيسية واحدة (%n)</numerusform>
            <numerusform>السؤال %1: كُتبت رسالتان رئيسيتان (%n)</numerusform>
            <numerusform>السؤال %1: كُتبت %n رسائل رئيسية</numerusform>
            <numerusform>السؤال %1: كُتبت %n رسالة رئيسية</numerusform>
            <numerusform>السؤال %1: كُتبت %n رسالة رئيسية</numerusform>
        </translation>
    </message>
    <message>
        <source>Open discussion.</source>
        <translation>مناقشة مفتوحة.</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>لا توجد جلسة</translation>
    </message>
    <message numerus="yes">
        <source>All %n dialogues of this file</source>
        <translation>
            <numerusform>لا حوارات في هذا الملف</numerusform>
            <numerusform>حوار واحد في هذا الملف</numerusform>
            <numerusform>حواران في هذا الملف</numerusform>
            <numerusform>جميع حوارات هذا الملف الـ %n</numerusform>
            <numerusform>جميع حوارات هذا الملف الـ %n</numerusform>
            <numerusform>جميع حوارات هذا الملف الـ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Each dialogue&apos;s overall conclusions:</source>
        <translation>الاستنتاجات العامة لكل حوار:</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more dialogues</source>
        <translation>
            <numerusform>… ولا حوارات أخرى</numerusform>
            <numerusform>… وحوار آخر</numerusform>
            <numerusform>… وحواران آخران</numerusform>
            <numerusform>… و%n حوارات أخرى</numerusform>
            <numerusform>… و%n حوارًا آخر</numerusform>
            <numerusform>… و%n حوار آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>; first: %1</source>
        <translation>؛ أولها: %1</translation>
    </message>
    <message>
        <source>Star comment</source>
        <translation>تمييز التعليق بنجمة</translation>
    </message>
    <message>
        <source>Unstar comment</source>
        <translation>إزالة النجمة من التعليق</translation>
    </message>
</context>
<context>
    <name>UndoLink</name>
    <message>
        <source>Undone: {step}.</source>
        <translation>تم التراجع: {step}.</translation>
    </message>
    <message>
        <source>Redone: {step}.</source>
        <translation>تمت الإعادة: {step}.</translation>
    </message>
    <message>
        <source>Undo: {step} ({keys})</source>
        <translation>تراجع: {step} ({keys})</translation>
    </message>
    <message>
        <source>Redo: {step} ({keys})</source>
        <translation>إعادة: {step} ({keys})</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Member State</source>
        <translation>دولة عضو</translation>
    </message>
    <message>
        <source>UN system entity</source>
        <translation>كيان تابع لمنظومة الأمم المتحدة</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>المجتمع المدني</translation>
    </message>
    <message>
        <source>Professional association</source>
        <translation>رابطة مهنية</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>الأوساط الأكاديمية</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>القطاع الخاص</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation>الحكومة المحلية</translation>
    </message>
    <message>
        <source>UN-Habitat staff</source>
        <translation>موظفو موئل الأمم المتحدة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجل</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>نقطة قوة</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>نقطة ضعف</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>فرصة</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>تهديد</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>ترتيب</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>نقاط</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>تقييم</translation>
    </message>
    <message>
        <source>Open discussion</source>
        <translation>مناقشة مفتوحة</translation>
    </message>
</context>
</TS>
