using System.Text.RegularExpressions;

namespace SummEval.Extractive.Sentences;

/// <summary>
/// A news story's attribution: the clause that says where the reporter heard the story (<c>记者从省农业农村厅获悉</c>,
/// <c>11月20日，记者从…了解到</c>, <c>据新华社报道</c>, <c>据悉</c>), not what it says. No summary is made of one: the story is in the
/// clauses after it (<c>今年我省粮食总产量达到1350亿斤</c>).
/// </summary>
public static partial class NewsAttributions
{
    /// <summary>The most characters an attribution has.</summary>
    public const int MaxLength = 40;

    /// <summary>
    /// Whether <paramref name="clause"/> (text between commas) is nothing but an attribution: a reporter, or a source after
    /// 从 or 自, and the verb of hearing (<c>获悉</c>, <c>了解到</c>, <c>得知</c>, <c>获知</c>), or 据 and a source's telling
    /// (<c>据介绍</c>, <c>据…报道</c>, <c>据…消息</c>, <c>据了解</c>, <c>据悉</c>), perhaps after a date (<c>近日</c>, <c>3日</c>). A finding's
    /// source (<c>分析以上基本信息得知</c>) is no attribution: it names no reporter and no source.
    /// </summary>
    public static bool IsAttribution(ReadOnlySpan<char> clause)
    {
        var text = clause.Trim();
        return text.Length is >= 2 and <= MaxLength && Verbs.Contains(text[^1]) && Attribution().IsMatch(text);
    }

    /// <summary>
    /// The length of the attribution that opens <paramref name="sentence"/>, with a date alone before it
    /// (<c>11月20日，记者从省农业农村厅获悉，</c>) and the comma and spaces after it; 0 when none does, or nothing follows it.
    /// </summary>
    public static int OpeningLength(ReadOnlySpan<char> sentence)
    {
        var at = 0;
        for (var k = 0; k < 2; k++)
        {
            var comma = sentence[at..].IndexOfAny("，,");
            if (comma < 0)
            {
                return 0;
            }

            var clause = sentence.Slice(at, comma);
            var next = at + comma + 1;
            if (IsAttribution(clause))
            {
                var rest = sentence[next..].TrimStart();
                return rest.IsEmpty ? 0 : sentence.Length - rest.Length;
            }

            if (k > 0 || !Date().IsMatch(clause.Trim()))
            {
                return 0;
            }

            at = next;
        }

        return 0;
    }

    /// <summary>Whether <paramref name="text"/> may hold an attribution (one vectorised search for the words they end on), so its clauses are tested only then.</summary>
    public static bool MayHave(ReadOnlySpan<char> text) => text.IndexOfAny(Words) >= 0;

    // What every attribution holds: its verb of hearing, or 据 and its telling (据…报道, 据…消息; 据 alone is in 数据, 根据).
    private static readonly System.Buffers.SearchValues<string> Words = System.Buffers.SearchValues.Create(
        ["获悉", "了解到", "得知", "获知", "据悉", "据介绍", "据了解", "报道", "消息", "通报", "透露", "披露"], StringComparison.Ordinal);

    // The characters every attribution ends on, its verb's (悉, 到, 知) or 据's telling's (绍, 道, 息, 解, 报, 露): one look at a clause's
    // last character passes over almost every clause of a paper.
    private static readonly System.Buffers.SearchValues<char> Verbs = System.Buffers.SearchValues.Create("悉到知绍道息解报露");

    [GeneratedRegex("""
        ^(?:[0-9一二三四五六七八九十]{1,3}月)?(?:[0-9一二三四五六七八九十]{1,3}日)?(?:近日|日前|昨天|今天|昨日|今日|上午|下午|晚间)?\ ?
        (?:(?:本报|本台|本刊)?记者[^，,。！？；;:：]{0,24}?(?:获悉|了解到|得知|获知)
          | (?:从|自)[^，,。！？；;:：]{2,24}?(?:获悉|了解到|得知|获知)
          | 据[^，,。！？；;:：]{0,20}?(?:介绍|报道|消息|了解|悉|通报|透露|披露))$
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex Attribution();

    // A date alone, as a story's opening clause (11月20日, 2021年3月5日上午, 近日).
    [GeneratedRegex(@"^(?:(?:[0-9]{4}年)?(?:[0-9一二三四五六七八九十]{1,3}月)?[0-9一二三四五六七八九十]{1,3}日(?:上午|下午|晚间)?|近日|日前|昨天|今天|昨日|今日)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Date();
}
