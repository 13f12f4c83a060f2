namespace SummEval.Extractive.Selection;

/// <summary>
/// Where a text cut after whole tokens may end so that the piece stands alone: not on a function word that needs
/// what follows (<c>的</c>, <c>与</c>, <c>对</c>, <c>在</c>, ...), nor on a token that ends in one (Jieba's <c>现状及</c>,
/// <c>用于</c>), not on a list mark, not inside brackets, not inside the last item of a <c>、</c> list the source continues.
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

    // Characters that bind to what follows when they end a longer token: Jieba keeps "现状及" and "有助于" whole.
    private const string OpenEndChars = "及与和或并的于以之";

    // Words that end in one of those characters and are complete themselves (nouns, adjectives, finished verbs).
    private static readonly HashSet<string> ClosedEndings =
    [
        "参与", "赠与", "饱和", "总和", "之和", "中和", "调和", "缓和", "温和", "共和", "平和", "涉及", "普及", "危及", "遍及",
        "提及", "波及", "埃及", "不及", "合并", "兼并", "吞并", "归并", "目的",
    ];

    // Looked up by span: a check runs for every candidate cut, so it must not allocate.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenEnderLookup = OpenEnders.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClosedEndingLookup = ClosedEndings.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words after which a list item is complete: the next item, the end of the list, a conjunction, or a function
    // word that follows a noun phrase ("经验深度对..." ends its item before 对; not classifiers: "优势|种" goes on).
    private static readonly HashSet<string> ItemEnders =
    [
        ".", "、", "和", "与", "及", "及其", "以及", "或", "或者", "等", "等等", "的", "之", "对", "对于", "在", "于", "为", "是", "并", "而", "且",
        "中", "上", "下", "间", "之间", "地", "得", "将", "被", "由", "从", "以", "向", "了",
    ];

    // Conjunctions that open the last item of a 、 list ("A、B及C").
    private static readonly HashSet<string> Conjunctions = ["和", "与", "及", "及其", "以及", "或", "或者"];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConjunctionLookup = Conjunctions.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ItemEnderLookup = ItemEnders.GetAlternateLookup<ReadOnlySpan<char>>();

    // Characters that end a list item where they stand: clause punctuation, brackets and quotes.
    private const string ItemBreaks = "，,；;：:。！!？?、（([【《“「‘〈{）)]】》”」’〉}";

    private const string Openers = "（([【《“「‘〈{";
    private const string Closers = "）)]】》”」’〉}";

    /// <summary>
    /// The largest token count ≤ <paramref name="count"/> whose prefix ends well: <paramref name="ends"/> are token end
    /// offsets into <paramref name="text"/>. 0 when no prefix ends well.
    /// </summary>
    /// <param name="text">The text being cut.</param>
    /// <param name="ends">Token end offsets (UTF-16) into the text.</param>
    /// <param name="count">Tokens that fit the budget.</param>
    /// <param name="tokenEndings">Also back off a token that ends in a function character (<c>现状及</c>, <c>有助于</c>).</param>
    /// <param name="listItems">
    /// Also back off to before the last <c>、</c> when the item after it is cut short: the next token (from
    /// <paramref name="ends"/>, which may go past <paramref name="count"/>) continues it (<c>不动杆菌属、气</c> of
    /// <c>气单胞菌属</c>), or to before the conjunction that opens a <c>、</c> list's last item (<c>A、B及最小</c>). An item followed by a list mark, a conjunction, <c>等</c>, a function word (<c>的</c>, <c>对</c>, ...),
    /// punctuation or the text's end is whole.
    /// </param>
    public static int Count(string text, IReadOnlyList<int> ends, int count, bool tokenEndings = true, bool listItems = true)
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
            if (last.Length == 0 || OpenEnderLookup.Contains(last) || (tokenEndings && EndsOpen(last)) ||
                (!HasLetterOrDigit(last) && !Closers.Contains(last[^1], StringComparison.Ordinal)))
            {
                count--;
                continue;
            }

            if (listItems && ItemCutShort(text, ends, count) is var mark and >= 0)
            {
                while (count > 0 && ends[count - 1] > mark)
                {
                    count--;
                }

                continue;
            }

            return count;
        }

        return 0;
    }

    /// <summary>
    /// A token of two or more characters ending in a binding character (<c>现状及</c>, <c>用于</c>, <c>难以</c>, <c>小小的</c>),
    /// unless its last two characters are a complete word (<c>参与</c>, <c>不饱和</c>, <c>目的</c>).
    /// </summary>
    public static bool EndsOpen(ReadOnlySpan<char> token) =>
        token.Length >= 2 && OpenEndChars.Contains(token[^1]) && !ClosedEndingLookup.Contains(token[^2..]);

    // Offset of the kept text's last 、 (or of the conjunction that opens the list's last item) when the item after it
    // is cut short (the source continues it), or -1.
    private static int ItemCutShort(string text, IReadOnlyList<int> ends, int count)
    {
        var end = ends[count - 1];
        var next = count;
        while (next < ends.Count && text.AsSpan(ends[next - 1], ends[next] - ends[next - 1]).IsWhiteSpace())
        {
            next++;
        }

        if (next == ends.Count || EndsListItem(text.AsSpan(ends[next - 1], ends[next] - ends[next - 1]).Trim()))
        {
            return -1;
        }

        var mark = text.LastIndexOf('、', end - 1);
        if (mark < 0)
        {
            return -1;
        }

        // A conjunction after the mark opens the list's last item ("支持向量机法、神经网络法及最小|二乘"): back off to
        // before it. Any other break means the list already ended before the cut ("A、B和C的研究", "(Cd2+、Pb2+)的吸附").
        for (var t = count - 1; t >= 0; t--)
        {
            var start = t == 0 ? 0 : ends[t - 1];
            if (start <= mark)
            {
                break;
            }

            var token = text.AsSpan(start, ends[t] - start).Trim();
            if (OpensListItem(token))
            {
                return start;
            }

            if (EndsListItem(token))
            {
                return -1;
            }
        }

        return mark;
    }

    /// <summary>
    /// A (trimmed) token after which a <c>、</c> list item is whole: the next list mark, a conjunction, <c>等</c>, a
    /// function word that follows a noun phrase (<c>的</c>, <c>对</c>, ...), or punctuation.
    /// </summary>
    public static bool EndsListItem(ReadOnlySpan<char> token) =>
        token.Length > 0 && (ItemEnderLookup.Contains(token) || token.IndexOfAny(ItemBreaks) >= 0);

    /// <summary>A conjunction that opens the last item of a <c>、</c> list (<c>及</c> in <c>A、B及C</c>).</summary>
    public static bool OpensListItem(ReadOnlySpan<char> token) => ConjunctionLookup.Contains(token);

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

    /// <summary>Offset of the last bracket opened and not closed in <paramref name="text"/>, or -1 (no allocation).</summary>
    public static int UnclosedBracket(ReadOnlySpan<char> text)
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
