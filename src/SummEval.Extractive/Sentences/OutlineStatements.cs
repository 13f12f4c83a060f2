using System.Text.RegularExpressions;

namespace SummEval.Extractive.Sentences;

/// <summary>
/// A text's statement of its own outline: how many chapters or parts it has (<c>本论文共分为五章。</c>, <c>全文共分三个部分。</c>,
/// <c>本书由八章组成。</c>). It says how the text is laid out, not what it is about: its words still vote, and no summary is taken
/// from it (a thesis's topic is in what its chapters do).
/// </summary>
public static partial class OutlineStatements
{
    /// <summary>Whether <paramref name="sentence"/> is nothing but such a statement.</summary>
    public static bool Is(ReadOnlySpan<char> sentence)
    {
        var text = sentence.Trim();
        return text.Length is >= 5 and <= 24 && text[0] is '本' or '全' or '该' && Outline().IsMatch(text);
    }

    // The text (本文, 本论文, 全文, 本书, 本报告, 该论文 ...), perhaps 共, then 分为 / 分 / 包括 / 包含 / 由 a count of chapters, parts or
    // sections (五章, 三个部分, 6节), perhaps 组成 or 构成, and its full stop.
    [GeneratedRegex(@"^(?:本|全|该)(?:文|论文|学位论文|书|报告|研究|教材)[\ \t]*(?:共|一共|总共)?(?:分为|分成|划分为|分|包括|包含|由)[\ \t]*[一二三四五六七八九十两0-9]+[\ \t]*个?(?:章|部分|节|篇|单元|大部分)(?:组成|构成|内容)?[。.；;]?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Outline();
}
