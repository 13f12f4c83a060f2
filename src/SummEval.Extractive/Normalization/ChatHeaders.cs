using System.Text.RegularExpressions;

namespace SummEval.Extractive.Normalization;

/// <summary>
/// A chat's message headers, as a copied or exported conversation (WeChat, QQ, DingTalk, Slack) sets each over its
/// message: the sender and the time (<c>张三 10:32</c>, <c>张三 2021/3/5 10:32</c>, <c>2021-03-05 10:32:11 张三(123456)</c>). They say
/// who sent a message and when, not what it says.
/// </summary>
internal static partial class ChatHeaders
{
    /// <summary>The most characters a header line has.</summary>
    internal const int MaxLength = 48;

    /// <summary>Whether <paramref name="text"/> may hold a header (one vectorised search for a time's colon).</summary>
    internal static bool MayHave(string text) => text.Contains(':', StringComparison.Ordinal);

    /// <summary>
    /// The header lines of <paramref name="text"/> (<paramref name="lines"/>, its <see cref="TextLines.Of"/>): lines of a sender and a time, when two
    /// or more of them each stand over a line of message. One such line alone, or a run of them with no message between
    /// (a timetable: <c>开幕式 9:00</c>⏎<c>主旨报告 9:30</c>), is text.
    /// </summary>
    internal static List<(int Start, int End)> LeftOut(string text, List<(int Start, int End)> lines) => TextLines.HeadersOver(text, lines, Header(), MaxLength);

    // A sender (a name with a letter in it, perhaps an account number in brackets; not a time of day, and not words that
    // lead to the time: 会议于 上午 9:30) and a time, perhaps after a date or a day; or a full date and time before the sender (QQ's export). The time has no range after it (9:00-9:30 is a slot).
    [GeneratedRegex("""
        ^(?:(?!(?:上午|下午|晚上|凌晨|中午|今天|昨天|明天|前天|星期|周)[\s0-9])(?<name>\[?(?=[^\s\[\]]*\p{L})[\p{L}\p{N}_.·\-\ ]{1,20}?(?<![于在从至到自为是约和及与])\]?(?:[（(][\p{L}\p{N}_@.\-]{1,30}[)）])?)[\ \t,，]+\[?(?:(?<date>[0-9]{4}[\-/.年][0-9]{1,2}[\-/.月][0-9]{1,2}日?|[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2}/[0-9]{1,2}|昨天|今天|前天|星期[一二三四五六日天]|周[一二三四五六日天])[\ \t]*)?(?<time>(?:上午|下午|晚上|凌晨|中午)?[\ \t]*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[\ \t]*[AaPp]\.?[Mm]\.?)?)\]?
          | [0-9]{4}[\-/.年][0-9]{1,2}[\-/.月][0-9]{1,2}日?[\ \t]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[\ \t]+(?=[^\s]*\p{L})[\p{L}\p{N}_.·\-\ ]{1,20}?(?:[（(][\p{L}\p{N}_@.\-]{1,30}[)）])?)
        [\ \t]*[:：]?$
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex Header();
}
