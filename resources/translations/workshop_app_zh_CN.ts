<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>{file} does not exist; create it with “New session from template”.</source>
        <translation>{file}不存在；请用“从模板新建会议”创建。</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Import attendance sheet</source>
        <translation>导入出席名单表</translation>
    </message>
    <message numerus="yes">
        <source>%n people found in {file}.</source>
        <translation>
            <numerusform>在{file}中找到%n人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty rows left out.</source>
        <translation>
            <numerusform>已略去%n个空行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n participants</source>
        <translation>
            <numerusform>添加%n名参与者</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns used: {found}</source>
        <translation>使用的列：{found}</translation>
    </message>
    <message>
        <source>Check the stakeholder groups: they are guessed from the sheet and can be corrected in the table afterwards.</source>
        <translation>请核对利益攸关方群体：这些群体是根据表格推测的，之后可在表中更正。</translation>
    </message>
</context>
<context>
    <name>BallotsModel</name>
    <message>
        <source>Participant</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Save a copy elsewhere…</source>
        <translation>将副本保存到其他位置…</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
    <message>
        <source>What you typed is still on screen. Save a copy of the file somewhere that works (another USB stick, the laptop&apos;s disk), then press Enter again to save your entry there.</source>
        <translation>您输入的内容仍在屏幕上。请将文件副本保存到可正常写入的位置（另一个U盘或笔记本电脑的磁盘），然后再次按 Enter，将您的输入保存到那里。</translation>
    </message>
</context>
<context>
    <name>CaptureView</name>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Anonymous participant</source>
        <translation>匿名参与者</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Go to Comments</source>
        <translation>转到“意见”</translation>
    </message>
    <message>
        <source>This question is answered in discussion: capture what people say under Comments.</source>
        <translation>此问题通过讨论回答：请在“意见”中记录发言内容。</translation>
    </message>
    <message>
        <source>Save ballot  (Enter)</source>
        <translation>保存选票  (Enter)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Ballots entered</source>
        <translation>已录入的选票</translation>
    </message>
    <message>
        <source>Delete ballot</source>
        <translation>删除选票</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>问题(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>参与者(&amp;P)</translation>
    </message>
    <message>
        <source>Capture answers</source>
        <translation>录入回答</translation>
    </message>
    <message numerus="yes">
        <source>%n ballots</source>
        <translation>
            <numerusform>%n张选票</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{a} of %n participants answered</source>
        <translation>
            <numerusform>%n名参与者中已有{a}名作答</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants match “{typed}”: type more of the name, or pick one with the Down arrow key.</source>
        <translation>
            <numerusform>有%n名参与者与“{typed}”匹配：请继续输入姓名，或用向下方向键选择其中一名。</numerusform>
        </translation>
    </message>
    <message>
        <source>No participant matches “{typed}”; add them under Participants.</source>
        <translation>没有与“{typed}”匹配的参与者；请在“参与者”中添加。</translation>
    </message>
    <message>
        <source>Top {n} only.</source>
        <translation>仅限前{n}项。</translation>
    </message>
    <message>
        <source>Editing the ballot of {who} already entered: Enter replaces it.</source>
        <translation>正在编辑{who}已录入的选票：按 Enter 将其替换。</translation>
    </message>
    <message>
        <source>Editing an anonymous ballot already entered: Enter replaces it.</source>
        <translation>正在编辑已录入的匿名选票：按 Enter 将其替换。</translation>
    </message>
    <message>
        <source>Everyone listed has a ballot for this question: this is a new anonymous ballot. To change someone&apos;s, pick them (Alt+P) or their ballot in the list.</source>
        <translation>名单上的每个人都已对此问题投票：这是一张新的匿名选票。如要更改某人的选票，请选择此人（Alt+P）或在列表中选择其选票。</translation>
    </message>
    <message>
        <source>New anonymous ballot.</source>
        <translation>新的匿名选票。</translation>
    </message>
    <message>
        <source>New ballot.</source>
        <translation>新选票。</translation>
    </message>
    <message>
        <source>The changes to the ballot of {who} have not been saved yet.</source>
        <translation>对{who}选票的更改尚未保存。</translation>
    </message>
    <message>
        <source>an anonymous participant</source>
        <translation>一位匿名参与者</translation>
    </message>
    <message>
        <source>The ballot typed for {who} has not been saved yet.</source>
        <translation>为{who}输入的选票尚未保存。</translation>
    </message>
    <message>
        <source>The anonymous ballot typed has not been saved yet.</source>
        <translation>输入的匿名选票尚未保存。</translation>
    </message>
    <message>
        <source>Ballot of {who}</source>
        <translation>{who}的选票</translation>
    </message>
    <message>
        <source>Anonymous ballot</source>
        <translation>匿名选票</translation>
    </message>
    <message>
        <source>The ballot was NOT saved.</source>
        <translation>选票未保存。</translation>
    </message>
    <message>
        <source>Saved the ballot of {who}.</source>
        <translation>已保存{who}的选票。</translation>
    </message>
    <message>
        <source>Saved an anonymous ballot.</source>
        <translation>已保存一张匿名选票。</translation>
    </message>
    <message>
        <source>Delete ballot of {who}</source>
        <translation>删除{who}的选票</translation>
    </message>
</context>
<context>
    <name>ChartWords</name>
    <message>
        <source>Borda score</source>
        <translation>博尔达得分</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>选票</translation>
    </message>
    <message>
        <source>Total points</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>回答数</translation>
    </message>
</context>
<context>
    <name>CommentEntry</name>
    <message>
        <source>Type what is said… Enter saves, Shift+Enter starts a new line</source>
        <translation>输入发言内容… Enter 保存，Shift+Enter 换行</translation>
    </message>
    <message>
        <source>Comment text</source>
        <translation>意见文本</translation>
    </message>
    <message>
        <source>Linked question</source>
        <translation>关联问题</translation>
    </message>
    <message>
        <source>Linked option</source>
        <translation>关联选项</translation>
    </message>
    <message>
        <source>Alt+{letter}</source>
        <translation>Alt+{letter}</translation>
    </message>
    <message>
        <source>Key quote</source>
        <translation>重点引述</translation>
    </message>
    <message>
        <source>Alt+K</source>
        <translation>Alt+K</translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation>无发言人</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>标签，用逗号分隔</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Save comment  (Enter)</source>
        <translation>保存意见  (Enter)</translation>
    </message>
    <message>
        <source>Cancel edit  (Esc)</source>
        <translation>取消编辑  (Esc)</translation>
    </message>
    <message>
        <source>Question (Alt+Q)</source>
        <translation>问题 (Alt+Q)</translation>
    </message>
    <message>
        <source>Option (Alt+1…9)</source>
        <translation>选项 (Alt+1…9)</translation>
    </message>
    <message>
        <source>Speaker (Alt+P)</source>
        <translation>发言人 (Alt+P)</translation>
    </message>
    <message>
        <source>Tags (Alt+G)</source>
        <translation>标签 (Alt+G)</translation>
    </message>
    <message numerus="yes">
        <source>%n participants match “{typed}”: type more of the name, or pick one with the Down arrow key.</source>
        <translation>
            <numerusform>有%n名参与者与“{typed}”匹配：请继续输入姓名，或用向下方向键选择其中一名。</numerusform>
        </translation>
    </message>
    <message>
        <source>No participant matches “{typed}”; add them under Participants.</source>
        <translation>没有与“{typed}”匹配的参与者；请在“参与者”中添加。</translation>
    </message>
    <message>
        <source>No question</source>
        <translation>无问题</translation>
    </message>
    <message>
        <source>No option</source>
        <translation>无选项</translation>
    </message>
    <message>
        <source>Save changes  (Enter)</source>
        <translation>保存更改  (Enter)</translation>
    </message>
</context>
<context>
    <name>CommentsModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>About</source>
        <translation>涉及</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Q{n}</source>
        <translation>问题{n}</translation>
    </message>
</context>
<context>
    <name>CommentsView</name>
    <message>
        <source>Search all comments (Ctrl+F)</source>
        <translation>搜索所有意见 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Key quotes only</source>
        <translation>仅重点引述</translation>
    </message>
    <message>
        <source>All SWOT</source>
        <translation>全部SWOT类别</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>All comments</source>
        <translation>所有意见</translation>
    </message>
    <message>
        <source>Edit the selected comment (Enter)</source>
        <translation>编辑所选意见 (Enter)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Make the selected comment a key quote, or not</source>
        <translation>将所选意见设为或取消重点引述</translation>
    </message>
    <message>
        <source>Key quote</source>
        <translation>重点引述</translation>
    </message>
    <message>
        <source>Delete the selected comment (Delete)</source>
        <translation>删除所选意见 (Delete)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Alt+1…9 option · Alt+Q question · Alt+0 no link · Alt+S/W/O/T SWOT · Alt+K key quote · Alt+P speaker · Alt+G tags · F1 all shortcuts</source>
        <translation>Alt+1…9 选项 · Alt+Q 问题 · Alt+0 取消关联 · Alt+S/W/O/T SWOT · Alt+K 重点引述 · Alt+P 发言人 · Alt+G 标签 · F1 全部快捷键</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>所有语言</translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation>
            <numerusform>%n条意见</numerusform>
        </translation>
    </message>
    <message>
        <source>showing {shown} of</source>
        <translation>显示{shown}条，共</translation>
    </message>
    <message>
        <source>The comment box is empty: type what was said, then press Enter.</source>
        <translation>意见框为空：请输入发言内容，然后按 Enter。</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>编辑意见</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>添加意见</translation>
    </message>
    <message>
        <source>The comment was NOT saved.</source>
        <translation>意见未保存。</translation>
    </message>
    <message>
        <source>Comment saved.</source>
        <translation>意见已保存。</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>更改已保存。</translation>
    </message>
    <message>
        <source>Save (Enter) or clear the comment being typed before editing another one.</source>
        <translation>编辑另一条意见之前，请先保存（Enter）或清除正在输入的意见。</translation>
    </message>
    <message>
        <source>Editing a saved comment: Enter saves the changes, Esc cancels.</source>
        <translation>正在编辑已保存的意见：按 Enter 保存更改，按 Esc 取消。</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>删除意见</translation>
    </message>
    <message>
        <source>Comment deleted. Undo with Ctrl+Z.</source>
        <translation>意见已删除。按 Ctrl+Z 撤消。</translation>
    </message>
    <message>
        <source>Key quote on</source>
        <translation>设为重点引述</translation>
    </message>
    <message>
        <source>Key quote off</source>
        <translation>取消重点引述</translation>
    </message>
</context>
<context>
    <name>ConflictFieldsModel</name>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示语</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Key quote</source>
        <translation>重点引述</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>利益攸关方群体</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Consents to be named</source>
        <translation>同意具名</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>座位</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>引述</translation>
    </message>
    <message>
        <source>Framework key</source>
        <translation>框架键</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Shown now (revision {rev})</source>
        <translation>当前显示（修订号{rev}）</translation>
    </message>
    <message>
        <source>Other version (revision {rev})</source>
        <translation>另一版本（修订号{rev}）</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>Framework</source>
        <translation>框架</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>选票</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>关键信息</translation>
    </message>
    <message>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>差异所在</translation>
    </message>
    <message>
        <source>same content</source>
        <translation>内容相同</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Merge conflicts</source>
        <translation>合并冲突</translation>
    </message>
    <message>
        <source>Only the fields that differ</source>
        <translation>仅显示不同的字段</translation>
    </message>
    <message>
        <source>Keep the version shown</source>
        <translation>保留显示的版本</translation>
    </message>
    <message>
        <source>Keep the other version</source>
        <translation>保留另一版本</translation>
    </message>
    <message>
        <source>Both versions stay stored. Your choice is saved as a new version that descends from both, so it also settles this conflict wherever the master is merged.</source>
        <translation>两个版本均会保留。您的选择将保存为由两者派生的新版本，因此在合并此主文件的任何地方，这一冲突也随之解决。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflicts in {file}</source>
        <translation>
            <numerusform>{file}中有%n个未解决的冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts in {file}.</source>
        <translation>{file}中没有未解决的冲突。</translation>
    </message>
    <message>
        <source> in “{session}”</source>
        <translation>（位于“{session}”）</translation>
    </message>
    <message>
        <source>The {which} came from {files}.</source>
        <translation>{which}来自{files}。</translation>
    </message>
    <message>
        <source>The {which} was made in this file (or before files were recorded).</source>
        <translation>{which}是在本文件中生成的（或在记录文件来源之前生成）。</translation>
    </message>
    <message>
        <source>version shown</source>
        <translation>显示的版本</translation>
    </message>
    <message>
        <source>other version</source>
        <translation>另一版本</translation>
    </message>
    <message>
        <source>{what}{where}: two versions edited apart; the one with the higher revision is shown until you decide.</source>
        <translation>{what}{where}：两个版本被分别编辑；在您作出决定之前，显示修订号较高的版本。</translation>
    </message>
</context>
<context>
    <name>ConsolidationPanel</name>
    <message>
        <source>Consolidated synthesis</source>
        <translation>综合总结</translation>
    </message>
    <message>
        <source>Your own words over all the dialogues of this file: they open its synthesis (the title, then the key messages and conclusions of its summary).</source>
        <translation>您对本文件所有对话的总体表述：它们位于其总结的开头（标题，然后是摘要中的关键信息和结论）。</translation>
    </message>
    <message>
        <source>Consultations on the strategic plan</source>
        <translation>关于战略计划的磋商</translation>
    </message>
    <message>
        <source>One key message per line</source>
        <translation>每行一条关键信息</translation>
    </message>
    <message>
        <source>What the dialogues concluded, together</source>
        <translation>各场对话共同得出的结论</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Key messages (one per line)</source>
        <translation>关键信息（每行一条）(&amp;K)</translation>
    </message>
    <message>
        <source>Co&amp;nclusions</source>
        <translation>结论(&amp;N)</translation>
    </message>
    <message>
        <source>Edit consolidated synthesis</source>
        <translation>编辑综合总结</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something unexpected went wrong ({kind}: {error}). Your saved entries are safe in the file; anything not yet saved is still on screen.

The details are in the log file:
{log}
Please send it to whoever supports the app.</source>
        <translation>发生了意外错误（{kind}：{error}）。您已保存的条目在文件中安然无恙；尚未保存的内容仍在屏幕上。

详细信息在日志文件中：
{log}
请将其发送给本应用的技术支持人员。</translation>
    </message>
    <message>
        <source>Workshop App: unexpected error</source>
        <translation>Workshop App：意外错误</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>本场会议</translation>
    </message>
    <message>
        <source>All sessions in the file</source>
        <translation>文件中的所有会议</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Name people only with their consent</source>
        <translation>仅在本人同意时列出姓名</translation>
    </message>
    <message>
        <source>By organisation, nobody named</source>
        <translation>按组织列出，不列姓名</translation>
    </message>
    <message>
        <source>Anonymous: stakeholder groups only</source>
        <translation>匿名：仅列利益攸关方群体</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>参与者(&amp;P)：</translation>
    </message>
    <message>
        <source>The session&apos;s language</source>
        <translation>会议语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Full note</source>
        <translation>完整纪要</translation>
    </message>
    <message>
        <source>Short note: summary, results tables and key quotes</source>
        <translation>简要纪要：摘要、结果表和重点引述</translation>
    </message>
    <message>
        <source>Le&amp;ngth:</source>
        <translation>篇幅(&amp;N)：</translation>
    </message>
    <message>
        <source>Only in a consolidated note (several dialogues)</source>
        <translation>仅用于综合纪要（多场对话）</translation>
    </message>
    <message>
        <source>Include it</source>
        <translation>包括</translation>
    </message>
    <message>
        <source>Leave it out</source>
        <translation>不包括</translation>
    </message>
    <message>
        <source>&amp;Methodology annex:</source>
        <translation>方法附件(&amp;M)：</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Ballots (rankings)</source>
        <translation>选票（排序）</translation>
    </message>
    <message>
        <source>Scores (points and ratings)</source>
        <translation>得分（分数和评分）</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>关键信息</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>CSV &amp;table:</source>
        <translation>CSV 表格(&amp;T)：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>另存为(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>{fmt} files (*.{fmt})</source>
        <translation>{fmt} 文件 (*.{fmt})</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>请选择导出文件的保存位置。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>已写入{path}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>Word synthesis (.docx)</source>
        <translation>Word 综述 (.docx)</translation>
    </message>
    <message>
        <source>The Word document carries its data, so headquarters can import it. People who declined to be named are in neither its text nor its data; the session file keeps their names.</source>
        <translation>此 Word 文档内嵌其数据，总部可以导入。不愿具名者的姓名既不出现在其文本中，也不出现在其数据中；会议文件保留他们的姓名。</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <source>One sheet per table, for staff; names appear as the option below allows, never of people who declined.</source>
        <translation>每个表格一个工作表，供工作人员使用；姓名按下面的选项列出，不愿具名者的姓名一律不列出。</translation>
    </message>
    <message>
        <source>CSV table (.csv)</source>
        <translation>CSV 表格 (.csv)</translation>
    </message>
    <message>
        <source>One table, UTF-8 with byte-order mark so that Excel reads Arabic and Chinese.</source>
        <translation>单个表格，采用带字节顺序标记的 UTF-8 编码，以便 Excel 正确读取阿拉伯文和中文。</translation>
    </message>
    <message>
        <source>REFI-QDA project (.qdpx)</source>
        <translation>REFI-QDA 项目 (.qdpx)</translation>
    </message>
    <message>
        <source>The comments for qualitative analysis in QualCoder, NVivo, MAXQDA or ATLAS.ti: one text per dialogue, coded by question, SWOT and tag; participants as cases, named only with their consent.</source>
        <translation>供在 QualCoder、NVivo、MAXQDA 或 ATLAS.ti 中进行定性分析的意见：每场对话一个文本，按问题、SWOT 和标签编码；参与者作为个案，仅在本人同意时列出姓名。</translation>
    </message>
    <message>
        <source>Interchange data (.json)</source>
        <translation>交换数据 (.json)</translation>
    </message>
    <message>
        <source>Everything in the file, lossless and with every name, like a handover copy: for merging or other tools, not for sharing.</source>
        <translation>文件中的全部内容，无损且包含所有姓名，与移交副本相同：用于合并或其他工具，不用于分享。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Choose a file, or drop one on this window</source>
        <translation>请选择文件，或将文件拖放到此窗口</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>&amp;Keep the key messages as edited in Word</source>
        <translation>保留在 Word 中编辑后的关键信息(&amp;K)</translation>
    </message>
    <message>
        <source>Each becomes a new revision of its key message; unticked, the note&apos;s data is imported as the app wrote it.</source>
        <translation>每条都将成为其关键信息的新修订版；不勾选时，按本应用写入时的原样导入说明中的数据。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import into {file}</source>
        <translation>导入到{file}</translation>
    </message>
    <message>
        <source>Interchange JSON, a Word note written by this app, or an attendance or ballots sheet (.xlsx, .csv). Nothing is added until you press Import, and then all of it or nothing.</source>
        <translation>交换 JSON、由本应用写出的 Word 纪要，或出席名单表、选票表（.xlsx、.csv）。在您按“导入”之前不会添加任何内容，届时要么全部导入，要么全部不导入。</translation>
    </message>
    <message>
        <source>{file}: an interchange JSON document</source>
        <translation>{file}：交换 JSON 文档</translation>
    </message>
    <message>
        <source>{file}: a Word note with its data</source>
        <translation>{file}：内嵌数据的 Word 纪要</translation>
    </message>
    <message>
        <source>{file}: an attendance sheet, for this session</source>
        <translation>{file}：出席名单表，用于本场会议</translation>
    </message>
    <message>
        <source>{file}: a ballots sheet, for this session</source>
        <translation>{file}：选票表，用于本场会议</translation>
    </message>
    <message>
        <source>{file}</source>
        <translation>{file}</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>框架</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>选票</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>关键信息</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Rows in the sheet</source>
        <translation>表中行数</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>文件中已有</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>待添加</translation>
    </message>
    <message>
        <source>New here</source>
        <translation>本文件中新增</translation>
    </message>
    <message>
        <source>Different here</source>
        <translation>本文件中不同</translation>
    </message>
    <message>
        <source>Importing would do this: {summary}</source>
        <translation>导入将执行以下操作：{summary}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more rows with problems.</source>
        <translation>
            <numerusform>…另有%n行也有问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key message(s) read differently in Word than in the note&apos;s data:</source>
        <translation>
            <numerusform>有 %n 条关键信息在 Word 中的文字与说明中的数据不同：</numerusform>
        </translation>
    </message>
    <message>
        <source>In the data: {text}</source>
        <translation>数据中：{text}</translation>
    </message>
    <message>
        <source>In Word: {text}</source>
        <translation>Word 中：{text}</translation>
    </message>
    <message>
        <source>Data to import (*.json *.docx *.xlsx *.csv);;All files (*)</source>
        <translation>可导入的数据 (*.json *.docx *.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取{file}…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>正在导入{file}…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>KeyMessageEditor</name>
    <message>
        <source>Write a key message: what did participants conclude?</source>
        <translation>撰写一条关键信息：参与者得出了什么结论？</translation>
    </message>
    <message>
        <source>Edit key message</source>
        <translation>编辑关键信息</translation>
    </message>
</context>
<context>
    <name>KeyMessagesPanel</name>
    <message>
        <source>Add key message</source>
        <translation>添加关键信息</translation>
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
        <translation>打开会议文件</translation>
    </message>
    <message>
        <source>Session files (*.workshop)</source>
        <translation>会议文件 (*.workshop)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>录入</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>综述</translation>
    </message>
    <message>
        <source>Workshop App</source>
        <translation>Workshop App</translation>
    </message>
    <message>
        <source>Open to phones</source>
        <translation>向手机开放</translation>
    </message>
    <message>
        <source>Participants answer from their own phones (Ctrl+Shift+P)</source>
        <translation>参与者用自己的手机作答 (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>New session from template…</source>
        <translation>从模板新建会议…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Open demo session</source>
        <translation>打开演示会议</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Open to phones…</source>
        <translation>向手机开放…</translation>
    </message>
    <message>
        <source>Handover copy…</source>
        <translation>移交副本…</translation>
    </message>
    <message>
        <source>Save a copy elsewhere…</source>
        <translation>将副本保存到其他位置…</translation>
    </message>
    <message>
        <source>Merge files…</source>
        <translation>合并文件…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤消</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>首选项…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Presenter window</source>
        <translation>演示窗口</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About Workshop App</source>
        <translation>关于 Workshop App</translation>
    </message>
    <message>
        <source>no session</source>
        <translation>无会议</translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n名参与者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballots</source>
        <translation>
            <numerusform>%n张选票</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation>
            <numerusform>%n条意见</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a copy elsewhere</source>
        <translation>将副本保存到其他位置</translation>
    </message>
    <message>
        <source>Session files (*.workshop)</source>
        <translation>会议文件 (*.workshop)</translation>
    </message>
    <message>
        <source>Now working in {file}. Anything still on screen is not saved yet: press Enter in that view to save it.</source>
        <translation>现在在{file}中工作。屏幕上尚存的内容还未保存：请在相应视图中按 Enter 保存。</translation>
    </message>
    <message>
        <source>Handover copy</source>
        <translation>移交副本</translation>
    </message>
    <message>
        <source>Sealed copy written to {file} (seal {seal}…)</source>
        <translation>已将封印副本写入{file}（封印{seal}…）</translation>
    </message>
    <message>
        <source>Add a session from the framework</source>
        <translation>根据框架添加会议</translation>
    </message>
    <message>
        <source>Workshop App runs structured dialogues offline: rankings and comments are saved on every keystroke that confirms them, in {file}.</source>
        <translation>Workshop App 以离线方式开展结构化对话：每次确认输入时，排序和意见即保存到{file}中。</translation>
    </message>
    <message>
        <source>Ballot not saved</source>
        <translation>选票未保存</translation>
    </message>
    <message>
        <source>Comment not saved</source>
        <translation>意见未保存</translation>
    </message>
    <message>
        <source>The comment in the box has not been saved yet.</source>
        <translation>框中的意见尚未保存。</translation>
    </message>
    <message>
        <source>&amp;Save it</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>放弃(&amp;D)</translation>
    </message>
</context>
<context>
    <name>MappingView</name>
    <message>
        <source>Framework mapping</source>
        <translation>框架对应</translation>
    </message>
    <message>
        <source>Options with the same framework key are the same priority in every session. These options were added at a venue without a key: say which priority each counts as, or keep it separate. The decision is kept in the master and reused for later files.</source>
        <translation>框架键相同的选项在每场会议中都是同一优先事项。以下选项是在某一地点添加的，没有框架键：请指明每个选项算作哪个优先事项，或将其单独保留。该决定保存在主文件中，并用于以后的文件。</translation>
    </message>
    <message>
        <source>Counts as:</source>
        <translation>算作：</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Undo decision</source>
        <translation>撤消决定</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Keep separate (its own option)</source>
        <translation>单独保留（作为独立选项）</translation>
    </message>
    <message numerus="yes">
        <source>%n option labels to decide, {total} in all</source>
        <translation>
            <numerusform>%n个选项名称待决定，共{total}个</numerusform>
        </translation>
    </message>
    <message>
        <source>Every option carries a framework key: nothing to map.</source>
        <translation>每个选项都带有框架键：无需对应。</translation>
    </message>
</context>
<context>
    <name>MergeWindow</name>
    <message>
        <source>Merge session files</source>
        <translation>合并会议文件</translation>
    </message>
    <message>
        <source>Master file:</source>
        <translation>主文件：</translation>
    </message>
    <message>
        <source>Choose the master file that collects every session</source>
        <translation>选择汇集所有会议的主文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>New master…</source>
        <translation>新建主文件…</translation>
    </message>
    <message>
        <source>Drop .workshop files, Word notes (.docx) or JSON exports here, or add them with “Add files…”. Preview shows what each would add before anything changes.</source>
        <translation>将 .workshop 文件、Word 纪要 (.docx) 或 JSON 导出文件拖放到此处，或用“添加文件…”添加。预览会在作出任何更改之前显示每个文件将添加的内容。</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Review conflicts…</source>
        <translation>审查冲突…</translation>
    </message>
    <message>
        <source>Framework mapping…</source>
        <translation>框架对应…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose the master file</source>
        <translation>选择主文件</translation>
    </message>
    <message>
        <source>Session files (*.workshop)</source>
        <translation>会议文件 (*.workshop)</translation>
    </message>
    <message>
        <source>New master file</source>
        <translation>新建主文件</translation>
    </message>
    <message>
        <source>Add files to merge</source>
        <translation>添加要合并的文件</translation>
    </message>
    <message>
        <source>Session files, Word notes and JSON (*.workshop *.docx *.json);;All files (*)</source>
        <translation>会议文件、Word 纪要和 JSON (*.workshop *.docx *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>正在合并…</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>当前文件处理完后即停止…</translation>
    </message>
    <message>
        <source>File {n} of {total}: {name}</source>
        <translation>第{n}个文件，共{total}个：{name}</translation>
    </message>
    <message numerus="yes">
        <source>Preview: {ok} of %n files would merge; nothing has changed yet.</source>
        <translation>
            <numerusform>预览：%n个文件中有{ok}个可以合并；尚未作任何更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged {ok} of %n files.</source>
        <translation>
            <numerusform>已合并%n个文件中的{ok}个。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <comment>three counts</comment>
        <translation>%1，%2，%3。</translation>
    </message>
    <message numerus="yes">
        <source>%n records added</source>
        <translation>
            <numerusform>新增记录%n条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>更新%n条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>冲突%n个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files refused or not merged: the master holds nothing of them.</source>
        <translation>
            <numerusform>%n个文件被拒绝或未合并：主文件中不含这些文件的任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the files after the current one were not merged.</source>
        <translation>已取消：当前文件之后的文件未合并。</translation>
    </message>
    <message>
        <source>Backup of the master: {file}</source>
        <translation>主文件备份：{file}</translation>
    </message>
    <message>
        <source>Merge conflicts</source>
        <translation>合并冲突</translation>
    </message>
    <message>
        <source>Framework mapping</source>
        <translation>框架对应</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session from a template</source>
        <translation>从模板新建会议</translation>
    </message>
    <message>
        <source>UN-Habitat strategic plan 2026–2029 (priorities P1–P5)</source>
        <translation>人居署2026-2029年战略计划（优先事项 P1–P5）</translation>
    </message>
    <message>
        <source>Questions of {file}</source>
        <translation>{file}中的问题</translation>
    </message>
    <message>
        <source>Another .workshop file…</source>
        <translation>另一个 .workshop 文件…</translation>
    </message>
    <message>
        <source>e.g. Dialogue with civil society on the strategic plan</source>
        <translation>例如：关于战略计划的民间社会对话</translation>
    </message>
    <message>
        <source>e.g. Africa Urban Forum</source>
        <translation>例如：非洲城市论坛</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>Create session</source>
        <translation>创建会议</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>新建会议</translation>
    </message>
    <message>
        <source>The template gives the questions and the priorities to rank. Only the title is needed now; the rest can wait for Setup.</source>
        <translation>模板提供问题和待排序的优先事项。现在只需填写标题；其余内容可稍后在“设置”中填写。</translation>
    </message>
    <message>
        <source>Use the questions of</source>
        <translation>使用以下文件中的问题</translation>
    </message>
    <message>
        <source>Session files (*.workshop)</source>
        <translation>会议文件 (*.workshop)</translation>
    </message>
    <message>
        <source>Save the new session as</source>
        <translation>将新会议另存为</translation>
    </message>
    <message>
        <source>Give the session a title.</source>
        <translation>请为会议填写标题。</translation>
    </message>
    <message>
        <source>{file} already exists; choose another name.</source>
        <translation>{file}已存在；请另选名称。</translation>
    </message>
</context>
<context>
    <name>OptionGroupsModel</name>
    <message>
        <source>To decide</source>
        <translation>待决定</translation>
    </message>
    <message>
        <source>Kept separate</source>
        <translation>单独保留</translation>
    </message>
    <message>
        <source>Option label</source>
        <translation>选项名称</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>算作</translation>
    </message>
</context>
<context>
    <name>OptionsModel</name>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Edit option</source>
        <translation>编辑选项</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>利益攸关方群体</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>May be named</source>
        <translation>可具名</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>座位</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已回答</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>（匿名）</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>编辑参与者</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <source>Filter participants</source>
        <translation>筛选参与者</translation>
    </message>
    <message>
        <source>Import attendance sheet…</source>
        <translation>导入出席名单表…</translation>
    </message>
    <message>
        <source>Add anonymous seats…</source>
        <translation>添加匿名座位…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>已登记%n人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n participants</source>
        <translation>
            <numerusform>删除%n名参与者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n seats</source>
        <translation>
            <numerusform>添加%n个座位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n anonymous seats.</source>
        <translation>
            <numerusform>已添加%n个匿名座位。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n participants</source>
        <translation>
            <numerusform>导入%n名参与者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n participants from {file}.</source>
        <translation>
            <numerusform>已从{file}添加%n名参与者。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type at least a name, an organisation or a country; for people who stay anonymous use “Add anonymous seats”.</source>
        <translation>请至少输入姓名、组织或国家；对于保持匿名的人，请使用“添加匿名座位”。</translation>
    </message>
    <message>
        <source>Add participant {who}</source>
        <translation>添加参与者{who}</translation>
    </message>
    <message>
        <source>The participant was NOT saved.</source>
        <translation>参与者未保存。</translation>
    </message>
    <message>
        <source>Added {who}.</source>
        <translation>已添加{who}。</translation>
    </message>
    <message>
        <source>Delete participant {who}</source>
        <translation>删除参与者{who}</translation>
    </message>
    <message>
        <source>Import attendance sheet</source>
        <translation>导入出席名单表</translation>
    </message>
    <message>
        <source>Attendance sheets (*.xlsx *.csv)</source>
        <translation>出席名单表 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>The import was NOT saved.</source>
        <translation>导入未保存。</translation>
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
        <translation>以太网</translation>
    </message>
    <message>
        <source>This laptop only (for a test) — {address}</source>
        <translation>仅限这台笔记本电脑（用于测试）— {address}</translation>
    </message>
    <message>
        <source>Open to phones</source>
        <translation>向手机开放</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Optional: people may say who they are</source>
        <translation>可选：参与者可以表明身份</translation>
    </message>
    <message>
        <source>Required before answering</source>
        <translation>作答前必须登记</translation>
    </message>
    <message>
        <source>Off: every answer is anonymous</source>
        <translation>关闭：所有回答均为匿名</translation>
    </message>
    <message>
        <source>Every question of the session</source>
        <translation>本场会议的所有问题</translation>
    </message>
    <message>
        <source>One at a time: the question selected in the app</source>
        <translation>一次一个问题：应用中所选的问题</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close answers</source>
        <translation>关闭作答(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reopen answers</source>
        <translation>重新开放作答(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>网络(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Registration:</source>
        <translation>登记(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>问题(&amp;Q)：</translation>
    </message>
    <message>
        <source>QR code of the join address</source>
        <translation>加入地址的二维码</translation>
    </message>
    <message>
        <source>Answers received</source>
        <translation>已收到的回答</translation>
    </message>
    <message>
        <source>Which network?</source>
        <translation>使用哪个网络？</translation>
    </message>
    <message>
        <source>Phones must reach this laptop directly; no internet is needed.

• Small room: turn on this laptop&apos;s own hotspot and ask people to join it (Windows&apos; hotspot takes about 8 phones).

• Large room: bring a travel router, connect the laptop and the phones to it.

• Venue or hotel Wi-Fi often keeps phones from reaching each other: try it with your own phone before the session.

• Android may warn that the network has no internet: tap “Stay connected”.</source>
        <translation>手机必须能直接连接到这台笔记本电脑；不需要互联网。

• 小会场：打开这台笔记本电脑自身的热点，请大家连接（Windows 热点约可连接8部手机）。

• 大会场：携带一台便携式路由器，将笔记本电脑和手机都连接到路由器。

• 会场或酒店的 Wi-Fi 往往会阻止手机之间互相连接：请在会议开始前用您自己的手机试一试。

• Android 可能提示该网络无法访问互联网：请点按“保持连接”。</translation>
    </message>
    <message>
        <source>Join code: {code}</source>
        <translation>加入码：{code}</translation>
    </message>
    <message>
        <source>The work goes on in another file: press Start to open it to phones.</source>
        <translation>工作已转到另一个文件中进行：请按“启动”将其向手机开放。</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>重新启动(&amp;S)</translation>
    </message>
    <message>
        <source>Choose the network the phones are on, then press Start.</source>
        <translation>请选择手机所在的网络，然后按“启动”。</translation>
    </message>
    <message>
        <source>Open: phones can answer. Scan the code or type the address.</source>
        <translation>已开放：手机可以作答。请扫描二维码或输入地址。</translation>
    </message>
    <message>
        <source>Closed: phones can no longer answer.</source>
        <translation>已关闭：手机不能再作答。</translation>
    </message>
    <message>
        <source>Open, but no question is selected: choose one in Capture or Results.</source>
        <translation>已开放，但未选择问题：请在“录入”或“结果”中选择一个问题。</translation>
    </message>
    <message>
        <source>Open: phones can answer question {n} only; it follows the question selected in the app.</source>
        <translation>已开放：手机只能回答问题{n}；该问题随应用中所选的问题而变化。</translation>
    </message>
    <message>
        <source>Phones joined: {n}</source>
        <translation>已加入的手机：{n}</translation>
    </message>
    <message>
        <source>{n}. {prompt} — {count}</source>
        <translation>{n}. {prompt} — {count}</translation>
    </message>
    <message>
        <source>Comments: {n}</source>
        <translation>意见：{n}</translation>
    </message>
</context>
<context>
    <name>PointsEntry</name>
    <message>
        <source>Share the points</source>
        <translation>分配分数</translation>
    </message>
    <message numerus="yes">
        <source>%n points over the budget of {budget}</source>
        <translation>
            <numerusform>超出预算{budget}分%n分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n points given</source>
        <translation>
            <numerusform>%n分已全部分配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{left} of %n points left</source>
        <translation>
            <numerusform>%n分中尚有{left}分未分配</numerusform>
        </translation>
    </message>
    <message>
        <source>{total} points given, {over} over the budget of {budget}: take some away before saving.</source>
        <translation>已分配{total}分，超出预算{budget}分{over}分：请在保存前减去一些分数。</translation>
    </message>
    <message>
        <source>{total} points given; the budget is {budget}, so {left} are still to give.</source>
        <translation>已分配{total}分；预算为{budget}分，尚有{left}分未分配。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>&amp;Language of the interface:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A session&apos;s own language (its questions, its Word synthesis) is set when the session is created, in Setup.</source>
        <translation>会议本身的语言（其问题和 Word 综述所用的语言）在创建会议时设定，并可在“设置”中更改。</translation>
    </message>
    <message>
        <source>The new language applies from the next time Workshop App opens.</source>
        <translation>新语言将在下次打开 Workshop App 时生效。</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Presenter view</source>
        <translation>演示视图</translation>
    </message>
    <message>
        <source>R or Space: show or hide results · B: black screen · F: full screen · Esc: leave full screen</source>
        <translation>R 或空格键：显示或隐藏结果 · B：黑屏 · F：全屏 · Esc：退出全屏</translation>
    </message>
    <message>
        <source>No question yet</source>
        <translation>尚无问题</translation>
    </message>
    <message>
        <source>Results will appear here.</source>
        <translation>结果将显示在这里。</translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation>
            <numerusform>%n条意见</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n responses</source>
        <translation>
            <numerusform>%n份回答</numerusform>
        </translation>
    </message>
    <message>
        <source>Open discussion</source>
        <translation>开放式讨论</translation>
    </message>
    <message>
        <source>Results will be shown shortly.</source>
        <translation>结果即将显示。</translation>
    </message>
    <message>
        <source>No responses yet.</source>
        <translation>尚无回答。</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>利益攸关方群体</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>May be named</source>
        <translation>可具名</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>座位</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>删除问题</translation>
    </message>
    <message>
        <source>Move question up</source>
        <translation>上移问题</translation>
    </message>
    <message>
        <source>Move question down</source>
        <translation>下移问题</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>问题文本</translation>
    </message>
    <message>
        <source>all options</source>
        <translation>所有选项</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Double-click (or F2) to edit an option&apos;s key or text</source>
        <translation>双击（或按 F2）编辑选项的键或文本</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>添加选项</translation>
    </message>
    <message>
        <source>From framework</source>
        <translation>从框架添加</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>删除选项</translation>
    </message>
    <message>
        <source>Move option up</source>
        <translation>上移选项</translation>
    </message>
    <message>
        <source>Move option down</source>
        <translation>下移选项</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Rank the top</source>
        <translation>排出前几项</translation>
    </message>
    <message>
        <source>Points to share</source>
        <translation>可分配的分数</translation>
    </message>
    <message>
        <source>Rating scale 1 to</source>
        <translation>评分量表 1 至</translation>
    </message>
    <message>
        <source>This question already has ballots; its kind cannot change. Add a new question instead.</source>
        <translation>此问题已有选票；其类型不能更改。请改为添加一个新问题。</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>编辑问题</translation>
    </message>
    <message>
        <source>Rank these options, most important first.</source>
        <translation>请对这些选项进行排序，最重要的排在首位。</translation>
    </message>
    <message>
        <source>Share the points between these options.</source>
        <translation>请在这些选项之间分配分数。</translation>
    </message>
    <message>
        <source>How relevant is each of these? (1 = not at all, 5 = essential)</source>
        <translation>以下各项的相关程度如何？（1 = 完全不相关，5 = 至关重要）</translation>
    </message>
    <message>
        <source>What should the plan learn from your experience?</source>
        <translation>本计划应从您的经验中汲取什么？</translation>
    </message>
    <message>
        <source>Move question</source>
        <translation>移动问题</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>新选项</translation>
    </message>
    <message>
        <source>Move option</source>
        <translation>移动选项</translation>
    </message>
    <message>
        <source>All framework priorities are already options</source>
        <translation>所有框架优先事项均已是选项</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Add options from the framework</source>
        <translation>从框架添加选项</translation>
    </message>
</context>
<context>
    <name>QuickAddRow</name>
    <message>
        <source>Name (optional)</source>
        <translation>姓名（可选）</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>May be named</source>
        <translation>可具名</translation>
    </message>
    <message>
        <source>The person agrees to be named in the notes and quotes</source>
        <translation>此人同意在纪要和引述中列出其姓名</translation>
    </message>
    <message>
        <source>Add  (Enter)</source>
        <translation>添加  (Enter)</translation>
    </message>
    <message>
        <source>Quick add</source>
        <translation>快速添加</translation>
    </message>
</context>
<context>
    <name>RankingEntry</name>
    <message>
        <source>Type option numbers, e.g. 3 1 5 — “=” for a tie: 3=1 5</source>
        <translation>输入选项编号，例如 3 1 5 —— 并列用“=”：3=1 5</translation>
    </message>
    <message>
        <source>Order typed as option numbers</source>
        <translation>以选项编号输入的顺序</translation>
    </message>
    <message>
        <source>Tie next click</source>
        <translation>下次点击并列</translation>
    </message>
    <message>
        <source>The next option clicked ties with the one before (or Shift+click)</source>
        <translation>下一个点击的选项与前一个并列（或按住 Shift 点击）</translation>
    </message>
    <message>
        <source>Ranked options</source>
        <translation>已排序的选项</translation>
    </message>
    <message>
        <source>Options not ranked</source>
        <translation>未排序的选项</translation>
    </message>
    <message>
        <source>Click in order</source>
        <translation>依次点击</translation>
    </message>
    <message>
        <source>Ranked</source>
        <translation>已排序</translation>
    </message>
    <message>
        <source>Drag to reorder; drop onto an option to tie.</source>
        <translation>拖动以调整顺序；拖放到某个选项上即为并列。</translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation>未排序</translation>
    </message>
    <message>
        <source>Type the order</source>
        <translation>输入顺序</translation>
    </message>
    <message>
        <source>The ranking is empty: put at least one option first.</source>
        <translation>排序为空：请至少排入一个选项。</translation>
    </message>
</context>
<context>
    <name>RankingState</name>
    <message>
        <source>This question asks for the top {n} only.</source>
        <translation>此问题只要求排出前{n}项。</translation>
    </message>
</context>
<context>
    <name>RatingEntry</name>
    <message>
        <source>Rate each option</source>
        <translation>为每个选项评分</translation>
    </message>
    <message>
        <source>Type {lo}–{hi} on each row (focus moves to the next), then Enter to save; 0 clears.</source>
        <translation>在每一行输入{lo}–{hi}（焦点随即移至下一行），然后按 Enter 保存；输入0清除。</translation>
    </message>
    <message>
        <source>No option is rated yet: type a number on each row.</source>
        <translation>尚未为任何选项评分：请在每一行输入一个数字。</translation>
    </message>
</context>
<context>
    <name>ResultWords</name>
    <message>
        <source>very weak agreement</source>
        <translation>一致性很弱</translation>
    </message>
    <message>
        <source>weak agreement</source>
        <translation>一致性弱</translation>
    </message>
    <message>
        <source>moderate agreement</source>
        <translation>一致性中等</translation>
    </message>
    <message>
        <source>strong agreement</source>
        <translation>一致性强</translation>
    </message>
    <message>
        <source>very strong agreement</source>
        <translation>一致性很强</translation>
    </message>
    <message numerus="yes">
        <source>Agreement (Kendall&apos;s W) needs at least 3 complete ballots; there are %n.</source>
        <translation>
            <numerusform>衡量一致程度（肯德尔 W 系数）至少需要3张完整选票；目前有%n张。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kendall&apos;s W = %1: %2 (%3, over %Ln complete ballots).</source>
        <translation>
            <numerusform>肯德尔 W 系数 = %1：%2（%3，基于%Ln张完整选票）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballots from groups smaller than %1 are not shown separately.</source>
        <translation>
            <numerusform>来自选票少于%1张的群体的%n张选票未单独列出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only one option: there is nothing to agree on.</source>
        <translation>只有一个选项：无需衡量一致程度。</translation>
    </message>
    <message>
        <source>Every complete ballot ties all options: agreement cannot be measured.</source>
        <translation>每张完整选票都将所有选项并列：无法衡量一致程度。</translation>
    </message>
    <message>
        <source>p &lt; 0.001</source>
        <translation>p &lt; 0.001</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message numerus="yes">
        <source>%n ballots</source>
        <translation>
            <numerusform>%n张选票</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups smaller than %1 are not shown on their own; they are counted in “Other”.</source>
        <translation>选票少于%1张的群体不单独列出；其选票计入“其他”。</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Borda score</source>
        <translation>博尔达得分</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>名次分布</translation>
    </message>
    <message>
        <source>How many ballots put each option 1st, 2nd, 3rd…</source>
        <translation>各选项被多少张选票排在第1位、第2位、第3位…</translation>
    </message>
    <message numerus="yes">
        <source>%n ballots hold nothing usable for this question and are not counted.</source>
        <translation>
            <numerusform>有%n张选票不含此问题的可用内容，未予计入。</numerusform>
        </translation>
    </message>
    <message>
        <source>“divided”: participants placed this option very differently.</source>
        <translation>“意见分歧”：参与者对此选项的排位差异很大。</translation>
    </message>
</context>
<context>
    <name>ResultsTableModel</name>
    <message>
        <source>Position</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Final position (by Borda score, ties broken by Schulze)</source>
        <translation>最终名次（按博尔达得分，并列时按舒尔策法决定）</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Borda</source>
        <translation>博尔达</translation>
    </message>
    <message>
        <source>One point for every option it was ranked above, on each ballot</source>
        <translation>在每张选票上，每排在一个选项之前得一分</translation>
    </message>
    <message>
        <source>Mean rank</source>
        <translation>平均名次</translation>
    </message>
    <message>
        <source>Average position among those who ranked it (1 = first)</source>
        <translation>在对其排序的参与者中的平均名次（1 = 首位）</translation>
    </message>
    <message>
        <source>First preferences</source>
        <translation>首选次数</translation>
    </message>
    <message>
        <source>How many ballots put it first</source>
        <translation>有多少张选票将其排在首位</translation>
    </message>
    <message>
        <source>Schulze</source>
        <translation>舒尔策</translation>
    </message>
    <message>
        <source>Position under the Schulze method (pairwise comparisons)</source>
        <translation>按舒尔策法（两两比较）得出的名次</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>分歧</translation>
    </message>
    <message>
        <source>Divided: participants placed it very differently</source>
        <translation>意见分歧：参与者对其排位差异很大</translation>
    </message>
    <message>
        <source>divided</source>
        <translation>意见分歧</translation>
    </message>
    <message>
        <source>Order by total (points) or mean (rating)</source>
        <translation>按总分（分数）或平均值（评分）排序</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Points given to it on all ballots</source>
        <translation>所有选票给予它的分数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Share of all points given</source>
        <translation>在所有已分配分数中的占比</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>离散度</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>回答数</translation>
    </message>
    <message>
        <source>Participants were divided on this option: their positions for it are widely spread.</source>
        <translation>参与者对此选项意见分歧：他们给出的名次相差很大。</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>By stakeholder group</source>
        <translation>按利益攸关方群体</translation>
    </message>
    <message>
        <source>Show the results of each stakeholder group; groups smaller than 3 are folded into “Other” or left out.</source>
        <translation>显示各利益攸关方群体的结果；选票少于3张的群体并入“其他”或不予列出。</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Everyone (%1)</source>
        <translation>所有人 (%1)</translation>
    </message>
    <message>
        <source>Open or create a session with questions to see results here.</source>
        <translation>请打开或创建一个含有问题的会议，以便在此查看结果。</translation>
    </message>
    <message>
        <source>No ballots yet for this question. Results appear here as ballots are saved.</source>
        <translation>此问题尚无选票。保存选票后，结果将显示在这里。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>two counts</comment>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation>
            <numerusform>%n条意见</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred</source>
        <translation>
            <numerusform>%n条已加星标</numerusform>
        </translation>
    </message>
    <message>
        <source>Open discussion: no ranking to show.</source>
        <translation>开放式讨论：没有可显示的排序。</translation>
    </message>
    <message>
        <source>By SWOT category:</source>
        <translation>按 SWOT 类别：</translation>
    </message>
    <message>
        <source>Most used tags:</source>
        <translation>最常用的标签：</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>All changes saved</source>
        <translation>所有更改均已保存</translation>
    </message>
    <message>
        <source>All changes saved · last change {time}</source>
        <translation>所有更改均已保存 · 最近一次更改 {time}</translation>
    </message>
    <message>
        <source>All changes saved · {time}</source>
        <translation>所有更改均已保存 · {time}</translation>
    </message>
    <message>
        <source>Last change NOT saved</source>
        <translation>最近一次更改未保存</translation>
    </message>
</context>
<context>
    <name>SeatsDialog</name>
    <message>
        <source>Add anonymous seats</source>
        <translation>添加匿名座位</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>桌</translation>
    </message>
    <message>
        <source>First seat</source>
        <translation>起始座位</translation>
    </message>
    <message>
        <source>Number of seats</source>
        <translation>座位数</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>利益攸关方群体</translation>
    </message>
    <message>
        <source>Each seat becomes a participant without a name, so ballots and comments can be linked to it.</source>
        <translation>每个座位成为一名不具名的参与者，以便将选票和意见与其关联。</translation>
    </message>
    <message>
        <source>Table {table}, seat {seat}</source>
        <translation>第{table}桌，第{seat}座</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>报告员</translation>
    </message>
    <message>
        <source>e.g. Dialogue with civil society on the strategic plan</source>
        <translation>例如：关于战略计划的民间社会对话</translation>
    </message>
    <message>
        <source>e.g. Twelfth session of the World Urban Forum (WUF12)</source>
        <translation>例如：第十二届世界城市论坛（WUF12）</translation>
    </message>
    <message>
        <source>e.g. Room 3, Egypt International Exhibition Center</source>
        <translation>例如：埃及国际展览中心3号厅</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>参与对象</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>会议详细信息</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, e.g. 2024-11-05.</source>
        <translation>请按年-月-日格式填写日期，例如 2024-11-05。</translation>
    </message>
    <message>
        <source>Edit session {field}</source>
        <translation>编辑会议{field}</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <source>Session setup</source>
        <translation>会议设置</translation>
    </message>
    <message>
        <source>Every change is saved as soon as you leave the field.</source>
        <translation>每项更改在您离开该字段时即已保存。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>任何位置</translation>
    </message>
    <message>
        <source>Setup, Participants, Capture, Comments, Results, Synthesis</source>
        <translation>设置、参与者、录入、意见、结果、综述</translation>
    </message>
    <message>
        <source>Undo / redo the last saved change (any view); in a field with typing of its own, its typing first</source>
        <translation>撤消/重做最近保存的更改（任何视图）；字段内有输入时，先撤消/重做该输入</translation>
    </message>
    <message>
        <source>Open a file / new session from a template</source>
        <translation>打开文件/从模板新建会议</translation>
    </message>
    <message>
        <source>Import ballot sheets, interchange JSON or Word notes, with a preview</source>
        <translation>导入选票表、交换 JSON 或 Word 纪要，可预览</translation>
    </message>
    <message>
        <source>Close this window / quit (each asks about anything typed and not saved)</source>
        <translation>关闭此窗口/退出（均会询问已输入但未保存的内容）</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>本列表</translation>
    </message>
    <message>
        <source>Presenter window (live results for the projector)</source>
        <translation>演示窗口（供投影仪使用的实时结果）</translation>
    </message>
    <message>
        <source>Export (Word, Excel, CSV)</source>
        <translation>导出（Word、Excel、CSV）</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Add the person typed in the quick-add row; the cursor stays there</source>
        <translation>添加在快速添加行中输入的人员；光标留在该行</translation>
    </message>
    <message>
        <source>Delete the selected participants</source>
        <translation>删除所选参与者</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>录入</translation>
    </message>
    <message>
        <source>Go to the question / participant box</source>
        <translation>转到问题框/参与者框</translation>
    </message>
    <message>
        <source>Type the order as option numbers; “3=1 5” ties options 3 and 1</source>
        <translation>以选项编号输入顺序；“3=1 5”表示选项3和1并列</translation>
    </message>
    <message>
        <source>Shift+click</source>
        <translation>Shift+单击</translation>
    </message>
    <message>
        <source>Tie the clicked option with the one before</source>
        <translation>将点击的选项与前一个并列</translation>
    </message>
    <message>
        <source>In the ranked list: move, tie, un-rank</source>
        <translation>在已排序列表中：移动、并列、取消排序</translation>
    </message>
    <message>
        <source>Rating rows: rate and move to the next row; 0 clears</source>
        <translation>评分行：评分并移至下一行；0 清除</translation>
    </message>
    <message>
        <source>a name, Enter</source>
        <translation>姓名, Enter</translation>
    </message>
    <message>
        <source>In the participant box: pick the person typed (part of the name is enough)</source>
        <translation>在参与者框中：选择输入的人员（输入部分姓名即可）</translation>
    </message>
    <message>
        <source>Save the ballot and move to the next participant</source>
        <translation>保存选票并转到下一位参与者</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Save the comment / new line</source>
        <translation>保存意见/换行</translation>
    </message>
    <message>
        <source>Link option 1…9 of the linked question (no question: question 1…9)</source>
        <translation>关联所关联问题的选项1…9（无关联问题时：问题1…9）</translation>
    </message>
    <message>
        <source>Link the next question / remove the links</source>
        <translation>关联下一个问题/取消关联</translation>
    </message>
    <message>
        <source>Strength, weakness, opportunity, threat</source>
        <translation>优势、劣势、机遇、威胁</translation>
    </message>
    <message>
        <source>Key quote (star)</source>
        <translation>重点引述（星标）</translation>
    </message>
    <message>
        <source>Pick the speaker / type tags (with completion)</source>
        <translation>选择发言人/输入标签（自动补全）</translation>
    </message>
    <message>
        <source>Search all comments</source>
        <translation>搜索所有意见</translation>
    </message>
    <message>
        <source>On the list: edit / delete the selected comment</source>
        <translation>在列表中：编辑/删除所选意见</translation>
    </message>
    <message>
        <source>Cancel editing a saved comment</source>
        <translation>取消编辑已保存的意见</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Fast-forwarded</source>
        <translation>快进更新</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>已过时</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>封印</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Would merge</source>
        <translation>将合并</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>未合并</translation>
    </message>
    <message>
        <source>Word note</source>
        <translation>Word 纪要</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>JSON 文件</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核验</translation>
    </message>
    <message>
        <source>Not sealed</source>
        <translation>未封印</translation>
    </message>
    <message>
        <source>merged before, on {date}</source>
        <translation>已于{date}合并过</translation>
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
        <translation>以离线方式开展结构化对话：登记参与者，录入他们的排序和意见，并移交一个安全的文件。每项输入在您确认的那一刻即已保存。</translation>
    </message>
    <message>
        <source>New session from template…</source>
        <translation>从模板新建会议…</translation>
    </message>
    <message>
        <source>The UN-Habitat framework, or the questions of an earlier file</source>
        <translation>人居署框架，或以前某个文件中的问题</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <source>A .workshop file</source>
        <translation>.workshop 文件</translation>
    </message>
    <message>
        <source>Open the demo session</source>
        <translation>打开演示会议</translation>
    </message>
    <message>
        <source>A realistic session to try everything; a new copy each time</source>
        <translation>一场逼真的会议，可用于试用所有功能；每次都是新副本</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Language of the interface (a session&apos;s own language is set in the session)</source>
        <translation>界面语言（会议本身的语言在会议中设定）</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>最近使用的文件</translation>
    </message>
    <message>
        <source>No recent files yet.</source>
        <translation>尚无最近使用的文件。</translation>
    </message>
    <message>
        <source>Drop a .workshop file here to open it</source>
        <translation>将 .workshop 文件拖放到此处即可打开</translation>
    </message>
</context>
<context>
    <name>SynthesisCommentsModel</name>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>About</source>
        <translation>涉及</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Star this comment as a key quote</source>
        <translation>为此意见加星标，设为重点引述</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>取消星标</translation>
    </message>
    <message>
        <source>Add this quote to the key message being written</source>
        <translation>将此引述添加到正在撰写的关键信息中</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引述</translation>
    </message>
</context>
<context>
    <name>SynthesisView</name>
    <message>
        <source>Comments</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>All SWOT categories</source>
        <translation>全部SWOT类别</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>仅显示已加星标的</translation>
    </message>
    <message>
        <source>Overall conclusions</source>
        <translation>总体结论</translation>
    </message>
    <message>
        <source>All dialogues: consolidated synthesis</source>
        <translation>所有对话：综合总结</translation>
    </message>
    <message>
        <source>Overall conclusions of the session</source>
        <translation>本场会议的总体结论</translation>
    </message>
    <message>
        <source>Key messages on this question</source>
        <translation>关于此问题的关键信息</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>所有群体</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>two counts</comment>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation>
            <numerusform>%n条意见</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred</source>
        <translation>
            <numerusform>%n条已加星标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n名参与者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Question %1: %n key messages written</source>
        <translation>
            <numerusform>问题%1：已撰写%n条关键信息</numerusform>
        </translation>
    </message>
    <message>
        <source>Open discussion.</source>
        <translation>开放式讨论。</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>无会议</translation>
    </message>
    <message numerus="yes">
        <source>All %n dialogues of this file</source>
        <translation>
            <numerusform>本文件的全部%n场对话</numerusform>
        </translation>
    </message>
    <message>
        <source>Each dialogue&apos;s overall conclusions:</source>
        <translation>各场对话的总体结论：</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more dialogues</source>
        <translation>
            <numerusform>……另有%n场对话</numerusform>
        </translation>
    </message>
    <message>
        <source>; first: %1</source>
        <translation>；首位：%1</translation>
    </message>
    <message>
        <source>Star comment</source>
        <translation>为意见加星标</translation>
    </message>
    <message>
        <source>Unstar comment</source>
        <translation>取消意见星标</translation>
    </message>
</context>
<context>
    <name>UndoLink</name>
    <message>
        <source>Undone: {step}.</source>
        <translation>已撤消：{step}。</translation>
    </message>
    <message>
        <source>Redone: {step}.</source>
        <translation>已重做：{step}。</translation>
    </message>
    <message>
        <source>Undo: {step} ({keys})</source>
        <translation>撤消：{step}（{keys}）</translation>
    </message>
    <message>
        <source>Redo: {step} ({keys})</source>
        <translation>重做：{step}（{keys}）</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Member State</source>
        <translation>会员国</translation>
    </message>
    <message>
        <source>UN system entity</source>
        <translation>联合国系统实体</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>民间社会</translation>
    </message>
    <message>
        <source>Professional association</source>
        <translation>专业协会</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>学术界</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>私营部门</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation>地方政府</translation>
    </message>
    <message>
        <source>UN-Habitat staff</source>
        <translation>人居署工作人员</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>优势</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>劣势</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>机遇</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>威胁</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分数分配</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Open discussion</source>
        <translation>开放式讨论</translation>
    </message>
</context>
</TS>
