using SummEval.Extractive.Selection;
using SummEval.Jieba;

namespace SummEval.Benchmarks;

/// <summary>
/// Finds summaries that end inside the last item of a <c>、</c> list which the source continues (<c>不动杆菌属、气</c>
/// of <c>气单胞菌属</c>), judged on the source's own Jieba tokens, independently of <c>WellFormedCut</c>'s token ends but
/// with its definition of what ends an item (a list mark, a conjunction, a function word, punctuation, a predicate).
/// </summary>
internal static class ListItemCuts
{
    private const string Breaks = "，,；;：:。.！!？?、（([【《“「‘〈{）)]】》”」’〉}";

    /// <summary>The summary's last <c>、</c> item (after a conjunction that opens it, if any) has no break in it and the source token after the summary continues it (or the summary splits a source token).</summary>
    public static bool EndsInside(string source, string summary)
    {
        var mark = summary.LastIndexOf('、');
        if (mark < 0)
        {
            return false;
        }

        // The last item starts after the last 、 or after a conjunction following it (A、B及C).
        var item = summary[(mark + 1)..];
        var tokens = JiebaSegmenter.Default.Cut(item);
        var opened = tokens.FindLastIndex(t => WellFormedCut.OpensListItem(t));
        if (item.Length == 0 || item.IndexOfAny(Breaks.ToCharArray()) >= 0 || tokens.Skip(opened + 1).Any(t => WellFormedCut.EndsListItem(t)))
        {
            return false;
        }

        // The summary's last piece ends where its text from the last 、 ends in the source.
        var tail = summary[mark..];
        var at = source.IndexOf(summary, StringComparison.Ordinal) is var whole and >= 0 ? whole + mark : source.IndexOf(tail, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        var end = at + tail.Length;
        var rest = source.AsSpan(end).TrimStart();
        if (rest.IsEmpty || Breaks.Contains(rest[0], StringComparison.Ordinal))
        {
            return false;
        }

        // The source's clause around the cut, tokenized as a whole: a cut that splits a source token or stops before
        // a token that is not a follower ends inside the item.
        var clauseStart = source.AsSpan(0, end).LastIndexOfAny("，,；;：:。.！!？?") + 1;
        var position = clauseStart;
        var around = JiebaSegmenter.Default.Cut(source[clauseStart..Math.Min(source.Length, end + 12)]);
        for (var t = 0; t < around.Count; t++)
        {
            var token = around[t];
            if (position == end)
            {
                // Round 8: a predicate after the item (属性|进行) ends it too.
                var after = t + 1 < around.Count ? around[t + 1].Trim() : string.Empty;
                return token.Trim().Length > 0 && !WellFormedCut.EndsListItem(token.Trim()) && !WellFormedCut.OpensPredicate(token.Trim(), after);
            }

            if (position + token.Length > end)
            {
                return true;
            }

            position += token.Length;
        }

        return false;
    }
}
