using System.Text.RegularExpressions;

namespace SummEval.Extractive.Sentences;

/// <summary>
/// The courtesies a letter or an e-mail wraps its message in: a greeting standing as a sentence (<c>您好！</c>,
/// <c>各位老师好！</c>, <c>Hi all,</c>), thanks alone (<c>谢谢！</c>), and a closing formula (<c>此致</c>⏎<c>敬礼！</c>, <c>顺颂商祺</c>,
/// <c>祝好</c>, <c>Best regards</c>) with the signature and date after it. They greet and sign; no summary is taken from them.
/// </summary>
public static partial class Letters
{
    /// <summary>Whether <paramref name="sentence"/> is nothing but a greeting or thanks (<c>您好！</c>, <c>大家好，</c>, <c>谢谢！</c>).</summary>
    public static bool IsGreeting(ReadOnlySpan<char> sentence) => Greeting().IsMatch(sentence.Trim());

    /// <summary>
    /// Whether <paramref name="sentence"/> is a closing formula alone (<c>此致</c>, <c>敬礼！</c>, <c>此致敬礼！</c>, <c>顺颂商祺</c>,
    /// <c>祝工作顺利！</c>, <c>Best regards,</c>): the letter's message has ended, and what follows signs it.
    /// </summary>
    public static bool IsClosing(ReadOnlySpan<char> sentence) => Closing().IsMatch(sentence.Trim());

    /// <summary>
    /// Whether <paramref name="line"/> is an e-mail's subject as a reply or a forward shows it over the message
    /// (<c>Re: 关于项目进度的讨论</c>, <c>Fwd: …</c>, <c>回复：…</c>): a line of its own, and the salutation under it opens the message.
    /// </summary>
    public static bool IsReplySubject(ReadOnlySpan<char> line) => ReplySubject().IsMatch(line.Trim());

    /// <summary>Whether <paramref name="text"/> may hold a courtesy (one search for the words they share), so its sentences are tested only then.</summary>
    public static bool MayHave(ReadOnlySpan<char> text) => text.IndexOfAny(Words) >= 0 || text.IndexOfAny(EnglishWords) >= 0;

    // Two searches: a case-blind one over Chinese words would fall back from the vectorised path.
    private static readonly System.Buffers.SearchValues<string> Words = System.Buffers.SearchValues.Create(
        ["您好", "你好", "们好", "大家好", "各位好", "老师好", "同学好", "同事好", "领导好", "专家好", "朋友好", "早上好", "上午好", "中午好", "下午好", "晚上好",
         "谢谢", "多谢", "感谢", "此致", "敬礼", "顺颂", "祝好", "祝安", "祝顺利", "祝工作", "祝身体", "祝研安", "祝一切", "祝生活"], StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<string> EnglishWords = System.Buffers.SearchValues.Create(
        ["regards", "sincerely", "best wishes", "hi ", "hi,", "hello", "dear "], StringComparison.OrdinalIgnoreCase);

    // 您好, 你好, 大家好, 各位老师好, 老师们好, 早上好; Hi/Hello/Dear and a name; thanks alone, or to the reader with a few words
    // (感谢您的支持与配合); not thanks to a named body (感谢国家自然科学基金的资助).
    [GeneratedRegex("""
        ^(?:(?:各位|尊敬的)?\p{IsCJKUnifiedIdeographs}{0,4}?(?:您|你|大家|们|各位|老师|同学|同事|领导|专家|朋友)好 | (?:早上|上午|中午|下午|晚上)好
          | (?:Hi|Hello|Dear)(?:\ [A-Za-z\p{IsCJKUnifiedIdeographs}.\ ]{1,30})? | (?:非常)?(?:谢谢|感谢|多谢)(?:(?:您|你|大家|各位)\p{IsCJKUnifiedIdeographs}{0,10})?)
        [！!，,。.～~\ ]*$
        """, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex Greeting();

    [GeneratedRegex("""
        ^(?:此致(?:[\ \t\u3000]*敬礼)? | 敬礼 | 顺颂(?:商祺|时祺|时绥|教祺|研安) | 祝(?:好|安|顺利|工作顺利|身体健康|研安|一切顺利|生活愉快)
          | (?:Best|Kind|Warm)\ regards | Regards | Sincerely(?:\ yours)? | Yours\ sincerely | Best\ wishes)
        [！!，,。.～~\ ]*$
        """, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex Closing();

    [GeneratedRegex(@"^(?:(?:Re|Fw|Fwd|答复|回复|转发)[ \t]*[:：][ \t]*)+\S", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex ReplySubject();
}
