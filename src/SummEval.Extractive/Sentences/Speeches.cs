using System.Text.RegularExpressions;

namespace SummEval.Extractive.Sentences;

/// <summary>
/// The steps of a speech that speak of the meeting rather than its matter: the speaker's nod to those who spoke before
/// (<c>刚才，几位同志作了很好的发言，我都同意。</c>, <c>我完全赞同。</c>) and the announcement of what comes next
/// (<c>下面，我再讲三点意见。</c>, <c>最后，我再强调一点。</c>). No summary is taken from them: a speech's topic is in what it says, and
/// a leader's speech (讲话稿) says both in every meeting.
/// </summary>
public static partial class Speeches
{
    /// <summary>Whether <paramref name="sentence"/> is nothing but such a step.</summary>
    public static bool IsStep(ReadOnlySpan<char> sentence)
    {
        var text = sentence.Trim();
        return text.Length is >= 4 and <= 80 && MayHave(text) && (Nod().IsMatch(text) || Announcement().IsMatch(text));
    }

    /// <summary>Whether <paramref name="text"/> may hold such a step (one search for the words they share), so its sentences are tested only then.</summary>
    public static bool MayHave(ReadOnlySpan<char> text) => text.IndexOfAny(Words) >= 0;

    private static readonly System.Buffers.SearchValues<string> Words = System.Buffers.SearchValues.Create(
        ["刚才", "刚刚", "同意", "赞同", "赞成", "我讲", "我谈", "我强调", "我说", "我提", "我再", "我就", "我先", "我想", "我简要", "我简单", "我着重", "我重点", "我主要", "我还"],
        StringComparison.Ordinal);

    // A nod to those who spoke: what they did (作了很好的发言, 通报了有关情况, 作了全面部署) and perhaps the speaker's agreement
    // (我都同意, 讲得很好); or the agreement alone. Not a sentence that goes on to its matter: the tail after the comma is short.
    [GeneratedRegex("""
        ^(?:(?:刚才|刚刚)[，,\ ]*[^。！？!?]{0,40}?(?:作|做|进行)了[^。！？!?，,]{0,12}?(?:发言|讲话|报告|汇报|介绍|点评|部署|通报)
              (?:[，,\ ]*[^。！？!?，,]{0,16})?
          | 我(?:都|也|完全|非常|十分|表示)?(?:同意|赞同|赞成)[^。！？!?，,]{0,12})
        [。！!]?$
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex Nod();

    // What the speaker goes on to: some points, views or requirements, counted or not (下面，我讲三点意见; 我再强调几点; 最后，我再说一下).
    [GeneratedRegex("""
        ^(?:(?:下面|接下来|最后|现在|这里|在此|借此机会)[，,\ ]*)?
        我(?:再|就|先|想|也|还|简要|简单|着重|重点|主要)*(?:讲|谈|强调|说|提)(?:一下|一讲|一谈|一点)?
        (?:(?:几|一|两|三|四|五|六|七|八)(?:点|个方面|个问题|条)(?:的?(?:意见|看法|体会|想法|要求|认识|建议|问题))?
          | (?:几点|一些|个人的)?(?:意见|看法|体会|想法|建议))?
        [。：:！!]?$
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex Announcement();
}
