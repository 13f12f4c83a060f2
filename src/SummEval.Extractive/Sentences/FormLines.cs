using System.Text.RegularExpressions;
using SummEval.Extractive.Normalization;

namespace SummEval.Extractive.Sentences;

/// <summary>
/// A line of a form: a short label and its value (<c>会议时间：2021年3月5日</c>, <c>中文名：大熊猫</c>, <c>参会人员：李四、王五</c>),
/// as minutes, an encyclopaedia's infobox or a product's specifications set them, one to a line, or a timetable's time and
/// item (<c>开幕式 9:00</c>). Two or more in a row are a form's fields: no summary is taken from them (their words still vote) and no break between them is a wrap.
/// </summary>
public static partial class FormLines
{
    /// <summary>The most Han characters a form's label has.</summary>
    public const int MaxLabelLength = 6;

    /// <summary>
    /// Whether <paramref name="line"/> is a form's line: up to <see cref="MaxLabelLength"/> Han characters, a colon and a
    /// value of at most 44 characters with no comma (but after a time's, a place's or a price's label: <c>门票：旺季60元，淡季40元</c>)
    /// and no sentence's end but a last full stop; a structured abstract's or
    /// a transcript's label (<c>方法：</c>, <c>问：</c>; <see cref="SectionLabels"/>) opens a section or a turn, not a field,
    /// unless a speaker's value ends no sentence (<c>主持人：张三</c> in minutes).
    /// </summary>
    public static bool Is(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        // A party's role may stand in brackets after the label (甲方（出租方）：).
        var colon = text.Length > 2 ? text[..Math.Min(text.Length, (2 * MaxLabelLength) + 4)].IndexOfAny(":：") : -1;
        return colon > 0 && (Line().IsMatch(text) || FactLine().IsMatch(text)) && (SectionLabels.LabelLength(text) == 0 || (SectionLabels.IsSpeaker(text[..colon].TrimEnd()) && text[^1] != '。'));
    }

    /// <summary>
    /// Whether <paramref name="line"/> is a label with no value on its line, up to <see cref="MaxLabelLength"/> Han
    /// characters and a colon (<c>作用机制：</c>, <c>主要结论如下：</c>): its value is the lines or list under it, which it
    /// names rather than says, so no summary is taken from it, and none glues it to a sentence (作用机制：。促进非农就业).
    /// </summary>
    public static bool IsBareLabel(ReadOnlySpan<char> line) => BareLabel().IsMatch(line.Trim());

    /// <summary>
    /// Whether <paramref name="line"/> is a timetable's line: a time or a slot (<c>9:00</c>, <c>14:00-15:30</c>, <c>上午 9:30</c>)
    /// and an item of at most 24 characters with no comma and no sentence's end, either way round (<c>开幕式 9:00</c>,
    /// <c>9:30-10:30 主旨报告：…</c>, whose item may hold a colon), as an agenda or a schedule sets them one to a line. Two or more in a row are fields as a
    /// form's lines are, and no break between them is a wrap.
    /// </summary>
    public static bool IsTimetableLine(ReadOnlySpan<char> line) => line.IndexOfAny(":：") > 0 && TimetableLine().IsMatch(line.Trim());

    /// <summary>
    /// Whether <paramref name="line"/> can head a form or a timetable: two to eight Han characters and nothing else
    /// (<c>会议议程</c>, <c>基本信息</c>). Over two of their lines it names them, and is a field as they are.
    /// </summary>
    public static bool IsHeading(ReadOnlySpan<char> line) => Heading().IsMatch(line.Trim());

    // A contract's title over its parties' lines (房屋租赁合同 over 甲方（出租方）：李四) says what they agree on, unlike a
    // form's heading (基本信息): it stays a candidate.
    internal static bool IsAgreementTitle(ReadOnlySpan<char> line) =>
        line.Trim() is var text && (text.EndsWith("合同", StringComparison.Ordinal) || text.EndsWith("合同书", StringComparison.Ordinal)
            || text.EndsWith("协议", StringComparison.Ordinal) || text.EndsWith("协议书", StringComparison.Ordinal));

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,8}$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Heading();

    /// <summary>
    /// Whether <paramref name="line"/> is a row of a form's fields: two or more labels of up to <see cref="MaxLabelLength"/> Han
    /// characters, each with its value (no comma, no sentence's end), side by side on one line (<c>证券代码：600519　证券简称：贵州茅台</c>
    /// over a listed company's announcement, <c>姓名：张三　性别：男　年龄：45岁</c> over a medical record). A row is a form by itself:
    /// no summary is taken from it and it is a line of its own, whatever its width. A row opened by a structured abstract's label
    /// (<c>结果：有效 结论：可行</c>) is its sections.
    /// </summary>
    public static bool IsFieldRow(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        return text.IndexOfAny(":：") > 0 && SectionLabels.LabelLength(text) == 0 && FieldRow().IsMatch(text);
    }

    /// <summary>
    /// Whether <paramref name="line"/> is a label and a code that identifies what the text is about: a number with or
    /// without Latin letters and no Han (<c>项目编号：MMXY-2026-088</c>, <c>订单号：20261201001</c>, <c>版本：v2.3.1</c>). It identifies
    /// and says nothing: a field and a line of its own wherever it stands, as a row of fields is; a structured abstract's
    /// label (<c>结果：95%</c>) opens its section.
    /// </summary>
    public static bool IsCode(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        return text.IndexOfAny(":：") > 0 && Code().IsMatch(text) && SectionLabels.LabelLength(text) == 0;
    }

    /// <summary>
    /// Whether <paramref name="line"/> is a recipe's list of what goes into it under its label (<c>食材：五花肉500克、冰糖30克、生抽2勺</c>,
    /// <c>原料：…</c>, <c>调料：…</c>): three or more short items, no sentence. It says what is used, not what is done, so it is a field
    /// and a line of its own wherever it stands.
    /// </summary>
    public static bool IsIngredients(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        var label = 0;
        if (text.Length <= 160 && text[..Math.Min(text.Length, 12)].IndexOfAny(":：") > 0)
        {
            foreach (var match in IngredientsLabel().EnumerateMatches(text))
            {
                label = match.Length;
            }
        }

        if (label == 0)
        {
            return false;
        }

        var items = text[label..].TrimEnd("。.；;");
        if (items.IndexOfAny("。！？!?") >= 0)
        {
            return false;
        }

        var count = 0;
        foreach (var range in items.SplitAny("、，,；; \t\u3000"))
        {
            var item = items[range];
            if (item.IsEmpty)
            {
                continue;
            }

            if (item.Length > 12)
            {
                return false;
            }

            count++;
        }

        return count >= 3;
    }

    /// <summary>
    /// Whether <paramref name="line"/> is a label and a date alone (<c>更新时间：2026年12月1日</c>, <c>发布日期：2026.11.30</c>): it says when,
    /// not what, so it is a field and a line of its own wherever it stands, as a label and a code is.
    /// </summary>
    public static bool IsDated(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        var colon = text.IndexOfAny(":：");
        return colon > 0 && colon <= MaxLabelLength + 1 && HanScript.IsAll(text[..colon].TrimEnd()) && SectionLabels.LabelLength(text) == 0
            && OfficialDocuments.IsDate(text[(colon + 1)..]);
    }

    /// <summary>
    /// The length of the label of a name or a title that opens <paramref name="text"/> (<c>通用名称：</c>, <c>项目名称：</c>, <c>名称：</c>,
    /// <c>报告题目：</c>, <c>主题：</c>) and the spaces after it; 0 when none does or nothing follows it. What follows is the name or
    /// the title, which says what the label would.
    /// </summary>
    public static int NameLabelLength(ReadOnlySpan<char> text) => NameLabel(text, out _);

    /// <summary>Whether <paramref name="text"/> may hold the label of a name or a title (one search for 名称, 题目, 标题, 主题), so its sentences are tested only then.</summary>
    public static bool MayHaveNameLabel(ReadOnlySpan<char> text) => text.IndexOfAny(NameWords) >= 0;

    /// <summary>
    /// Whether <paramref name="line"/> gives the title of what the text is about under a label (<c>报告题目：大语言模型的推理能力与局限</c>
    /// over a lecture's notice, <c>主题：关于下周项目评审会议的安排</c> over an e-mail): a line of a form, but its value is the text's own
    /// title, so a summary may be taken from it (without the label) where the form's other lines give none.
    /// </summary>
    internal static bool IsTitle(ReadOnlySpan<char> line) => NameLabel(line.Trim(), out var title) > 0 && title;

    // The label's words are at most four Han characters before 名称, 题目, 标题 or 主题 (not 名称解释), so only the first
    // six characters are searched.
    private static int NameLabel(ReadOnlySpan<char> text, out bool title)
    {
        var head = text[..Math.Min(text.Length, 6)];
        var name = head.IndexOfAny(NameWords);
        title = name >= 0 && head[name..] is not ['名', '称', ..];
        if (name < 0 || (name > 0 && !HanScript.IsAll(text[..name])))
        {
            return 0;
        }

        var rest = text[(name + 2)..].TrimStart(" \t");
        if (rest is not [':' or '：', ..])
        {
            return 0;
        }

        var value = rest[1..].TrimStart(" \t");
        return value.IsEmpty ? 0 : text.Length - value.Length;
    }

    private static readonly System.Buffers.SearchValues<string> NameWords = System.Buffers.SearchValues.Create(["名称", "题目", "标题", "主题"], StringComparison.Ordinal);

    /// <summary>
    /// Whether <paramref name="line"/> is an e-mail's header line, as a mail client copies it over a forwarded or quoted
    /// message: <c>From:</c>, <c>Sent:</c>, <c>To:</c>, <c>Cc:</c>, <c>Subject:</c>, <c>Date:</c> or their Chinese forms (<c>发件人：</c>,
    /// <c>发送时间：</c>, <c>收件人：</c>, <c>抄送：</c>, <c>主题：</c>), with any value of at most 150 characters (a date holds commas:
    /// <c>Sent: Friday, March 5, 2021 10:32 AM</c>). Two or more in a row are fields as a form's lines are.
    /// </summary>
    public static bool IsMailHeader(ReadOnlySpan<char> line) => line.IndexOfAny(":：") > 0 && MailHeader().IsMatch(line.Trim());

    /// <summary>
    /// Whether <paramref name="line"/> is a form's line (<see cref="Is"/>), a row of its fields (<see cref="IsFieldRow"/>), a
    /// timetable's line (<see cref="IsTimetableLine"/>) or an e-mail's header line (<see cref="IsMailHeader"/>).
    /// </summary>
    public static bool IsAny(ReadOnlySpan<char> line) => Is(line) || IsTimetableLine(line) || IsFieldRow(line) || IsMailHeader(line);

    [GeneratedRegex(@"^(?:From|Sent|To|Cc|Bcc|Date|Subject|Reply-To|发件人|收件人|抄送|密送|发送时间|主题)[\ \t]*[:：][\ \t]*\S.{0,150}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MailHeader();

    // Labels and values side by side: the space or comma before each label after the first sets the fields apart (a value
    // may hold a space of its own: 英文名称：Amoxicillin Capsules; 委托人：张三，身份证号：110101198001011234).
    [GeneratedRegex("""
        ^(?:\p{IsCJKUnifiedIdeographs}{1,6}[\ \t\u3000]*[：:][\ \t\u3000]*[^\s，,。！？；;：:][^，,。！？；;：:]{0,29}?(?:[\ \t\u3000]+|[\ \t\u3000]*[，,][\ \t\u3000]*)){1,7}
        \p{IsCJKUnifiedIdeographs}{1,6}[\ \t\u3000]*[：:][\ \t\u3000]*[^\s，,。！？；;：:][^，,。！？；;：:]{0,29}$
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex FieldRow();

    [GeneratedRegex("""
        ^(?:(?:上午|下午|晚上|中午|凌晨)?\ ?[0-9]{1,2}[:：][0-9]{2}(?:\ ?[\-–—~～至]\ ?(?:上午|下午|晚上|中午)?\ ?[0-9]{1,2}[:：][0-9]{2})?[\ \t\u3000]+[^\s，,。！？；;:：][^，,。！？；;]{0,23}
          | [^\s，,。！？；;:：0-9][^，,。！？；;:：]{0,23}?[\ \t\u3000]+(?:上午|下午|晚上|中午|凌晨)?\ ?[0-9]{1,2}[:：][0-9]{2}(?:\ ?[\-–—~～至]\ ?(?:上午|下午|晚上|中午)?\ ?[0-9]{1,2}[:：][0-9]{2})?)$
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex TimetableLine();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,6}[\ \t\u3000]*[：:][\ \t\u3000]*(?=[^0-9]{0,39}[0-9])[A-Za-z0-9][A-Za-z0-9\-_/.#]{0,39}$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Code();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,6}(?:[（(]\p{IsCJKUnifiedIdeographs}{1,6}[)）])?\s*[：:]$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex BareLabel();

    [GeneratedRegex(@"^(?:所需|准备|主要)?(?:食材|原料|材料|配料|主料|辅料|调料|用料|调味料)(?:准备|清单)?[\ \t\u3000]*[：:][\ \t\u3000]*", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex IngredientsLabel();

    // A label that asks for a time, a place, a price or a way to reach someone (开放时间：8:30-17:00，周一闭馆, 门票：旺季60元，淡季40元,
    // 地址：…，近地铁站) may have a value of parts a comma sets apart; a name's label may not (张三：好的，我们开始吧 is a turn).
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{0,4}(?:时间|日期|地点|地址|电话|门票|票价|价格|费用)\s*[：:]\s*[^，,。！？!?\r\n][^。！？!?\r\n]{0,43}。?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex FactLine();

    // A label may carry a party's role or a note in brackets (甲方（出租方）：李四, 委托人（签字）：).
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,6}(?:[（(]\p{IsCJKUnifiedIdeographs}{1,6}[)）])?\s*[：:]\s*[^，,。！？!?\r\n]{1,44}。?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Line();
}
