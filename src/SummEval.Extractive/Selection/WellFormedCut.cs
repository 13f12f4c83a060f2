namespace SummEval.Extractive.Selection;

/// <summary>
/// Where a text cut after whole tokens may end so that the piece stands alone: not on a function word that needs
/// what follows (<c>的</c>, <c>与</c>, <c>对</c>, <c>在</c>, ...), not on a list mark, not inside brackets.
/// </summary>
public static class WellFormedCut
{
    // Words that bind to what follows them: a piece ending on one is a fragment ("...评价方法的", "...与").
    private static readonly HashSet<string> OpenEnders =
    [
        "的", "之", "与", "和", "及", "以及", "或", "或者", "并", "而", "且", "对", "对于", "在", "以", "于", "从", "把", "被", "将",
        "为", "由", "向", "给", "使", "让", "其", "及其", "地", "得", "是", "了解", "基于", "针对", "关于", "通过", "利用",
        "采用", "结合", "融合", "包括", "如", "即", "该", "这", "一种", "一个", "一类", "个", "种", "中的", "下的", "上的",
    ];

    // Looked up by span: a check runs for every candidate cut, so it must not allocate.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenEnderLookup = OpenEnders.GetAlternateLookup<ReadOnlySpan<char>>();

    private const string Openers = "（([【《“「‘〈{";
    private const string Closers = "）)]】》”」’〉}";

    /// <summary>
    /// The largest token count ≤ <paramref name="count"/> whose prefix ends well: <paramref name="ends"/> are token end
    /// offsets into <paramref name="text"/>. 0 when no prefix ends well.
    /// </summary>
    public static int Count(string text, IReadOnlyList<int> ends, int count)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(ends);
        while (count > 0)
        {
            var end = ends[count - 1];
            var open = UnclosedBracket(text.AsSpan(0, end));
            if (open >= 0)
            {
                // Back off to before the unclosed bracket.
                while (count > 0 && ends[count - 1] > open)
                {
                    count--;
                }

                continue;
            }

            var start = count == 1 ? 0 : ends[count - 2];
            var last = text.AsSpan(start, end - start).Trim();
            if (last.Length == 0 || OpenEnderLookup.Contains(last) || (!HasLetterOrDigit(last) && !Closers.Contains(last[^1], StringComparison.Ordinal)))
            {
                count--;
                continue;
            }

            return count;
        }

        return 0;
    }

    private static bool HasLetterOrDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    // Offset of the last bracket opened and not closed in text, or -1 (scanned backwards: no allocation).
    private static int UnclosedBracket(ReadOnlySpan<char> text)
    {
        var closed = 0;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (Closers.Contains(text[i], StringComparison.Ordinal))
            {
                closed++;
            }
            else if (Openers.Contains(text[i], StringComparison.Ordinal))
            {
                if (closed == 0)
                {
                    return i;
                }

                closed--;
            }
        }

        return -1;
    }
}
