using System.Text.RegularExpressions;

namespace SummEval.Extractive.Sentences;

/// <summary>
/// The lines an official document (公文: a notice, an opinion, a letter to parents) sets around its body: its title
/// (<c>关于做好春季农业生产工作的通知</c>), its number (<c>国办发〔2021〕12号</c>), its salutation (<c>各省、自治区…农业农村厅（局）：</c>,
/// <c>尊敬的各位家长：</c>), the issuer over the date that sign it (<c>农业农村部办公厅</c> over <c>2021年2月8日</c>) and the note on
/// its publication (<c>（此件公开发布）</c>). Each is a
/// line of its own; all but the title, which names what the document says, are fields no summary is taken from.
/// </summary>
public static partial class OfficialDocuments
{
    /// <summary>
    /// Whether <paramref name="line"/> is an official document's title: <c>关于</c>, its matter and the document's kind
    /// (<c>…的通知</c>, <c>…的意见</c>, <c>…的决定</c>…), the issuer perhaps before it, with no punctuation of a sentence and no
    /// title marks (<c>《关于…的通知》</c> is a reference to one).
    /// </summary>
    public static bool IsTitle(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        return text.Length is > 4 and <= 80 && text.Contains("关于", StringComparison.Ordinal) && Title().IsMatch(text);
    }

    /// <summary>Whether <paramref name="line"/> is an official document's number: its issuer's short name, the year in brackets and the number (<c>国办发〔2021〕12号</c>).</summary>
    public static bool IsNumber(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        return text.Length is > 6 and <= 24 && text[^1] == '号' && Number().IsMatch(text);
    }

    /// <summary>
    /// Whether <paramref name="line"/> is a salutation: at most 40 characters ending in a colon, Chinese words and their
    /// full-width punctuation only, with no sentence's end in it (<c>各省、自治区、直辖市人民政府，国务院各部委：</c>,
    /// <c>尊敬的各位家长：</c>). Summarizers take it for one only where a document opens it (first, or after the title or the
    /// number), as a wrapped line may end in a colon too (<c>…一个是微腔有机电致发光器件(MOLED):</c>).
    /// </summary>
    public static bool IsSalutation(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        return text.Length is > 2 and <= 40 && text[^1] is '：' or ':' && text[..^1].IndexOfAny("。！？；：") < 0 && !text[..^1].ContainsAnyInRange('!', '~');
    }

    /// <summary>
    /// Whether <paramref name="line"/> is a date alone, in Arabic or Chinese numerals (<c>2021年2月8日</c>, <c>二〇二一年一月十五日</c>,
    /// <c>11月30日</c>, <c>2026.11.30</c>), with the weekday and the weather a diary or a notice may set beside it
    /// (<c>2026年11月30日 星期一 阴</c>, <c>12月1日（周二）</c>).
    /// </summary>
    public static bool IsDate(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        return text.Length is >= 4 and <= 30 && (char.IsAsciiDigit(text[0]) || "〇零○一二三四五六七八九十".Contains(text[0])) && Date().IsMatch(text);
    }

    /// <summary>
    /// Whether <paramref name="line"/> may be the issuer that signs over a date: at most 30 characters and no punctuation but
    /// brackets (<c>农业农村部办公厅</c>, <c>某某小学</c>), or one who signs with a role (<c>学生：李明</c>, <c>申请人：张三</c>).
    /// </summary>
    public static bool IsIssuer(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        return text.Length is >= 2 and <= 30 && Normalization.HanScript.Contains(text)
            && (text.IndexOfAny("。！？!?，,；;：:、") < 0 || SignedName().IsMatch(text));
    }

    // A role and a name, as a note or an application is signed (学生：李明, 申请人：张三).
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,6}[：:][\ \u3000]*\p{IsCJKUnifiedIdeographs}{2,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex SignedName();

    // Whether sentence k of a text (a line each where it has lines) is an official document's field: its number, its
    // salutation where the document opens it (first, or right after the title, the number or a heading that names the
    // kind of letter: 倡议书⏎亲爱的同学们：), a date alone, the issuer
    // right over that date (not over a schedule's day, whose slots follow it: …会议日程⏎12月10日（星期四）⏎08:30-09:00 开幕式), and the
    // note on its publication.
    internal static bool IsField(IReadOnlyList<string> sentences, int k)
    {
        var line = sentences[k].AsSpan();
        return IsNumber(line) || IsDate(line) || IsPublicationNote(line)
            || (k + 1 < sentences.Count && IsIssuer(line) && IsDate(sentences[k + 1]) && !(k + 2 < sentences.Count && FormLines.IsTimetableLine(sentences[k + 2])))
            || OpensWithSalutation(line, k == 0 ? [] : sentences[k - 1]);
    }

    // Whether line is a salutation where the document opens it: first (previous empty), or under its title, its number, a
    // reply's subject or a heading that names the letter's kind. The layout reader asks it of lines, the fields of sentences.
    internal static bool OpensWithSalutation(ReadOnlySpan<char> line, ReadOnlySpan<char> previous) =>
        IsSalutation(line) && (previous.IsEmpty || IsTitle(previous) || IsNumber(previous) || Letters.IsReplySubject(previous) || KindHeadings.Is(previous));

    // The note under a signed document on whether it is published (（此件公开发布）, （此件主动公开）, （此件不予公开）).
    private static bool IsPublicationNote(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        return text.Length is > 5 and <= 16 && text[0] is '（' or '(' && text[^1] is '）' or ')' && text[1..].StartsWith("此件", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^[^。！？!?，,；;：:《》]{0,40}关于[^。！？!?；;：:《》]{2,80}的(通知|通报|意见|决定|报告|请示|批复|复函|函|公告|通告|办法|规定|方案|纪要|规划|细则|决议|指示|命令)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Title();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,12}[〔\[［（(][0-9]{4}[〕\]］）)][0-9]{1,4}号$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Number();

    // The date (the year may be left out: 11月30日), then a weekday (星期一, （周二）) and the weather (晴, 多云转小雨), each
    // set off by spaces or a comma.
    [GeneratedRegex("""
        ^(?:(?:(?:[0-9]{4}|[〇零○一二三四五六七八九]{4})\s*年\s*)?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*日
          | [0-9]{4}[.\-/][0-9]{1,2}[.\-/][0-9]{1,2})
        (?:[\s,，、]*[（(]?(?:星期|周|礼拜)[一二三四五六日天][）)]?)?
        (?:[\s,，、]*(?:天气[：:]?)?(?:晴|阴|多云|[小中大暴阵]?雨|雷阵雨|[小中大暴]?雪|雨夹雪|雾|霾|大风)(?:转(?:晴|阴|多云|[小中大暴阵]?雨|雷阵雨|[小中大暴]?雪|雨夹雪|雾|霾|大风))?)?$
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex Date();
}
