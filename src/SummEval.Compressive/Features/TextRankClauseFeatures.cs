using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using SummEval.Jieba.Keywords;

namespace SummEval.Compressive.Features;

/// <summary>
/// textrank's clause analysis as word features (schema 4): the role of the word's clause as textrank infers it from
/// labels and framing, the clause's textrank value and its rank in the document, its forward and backward coverage,
/// and whether textrank's own summary at <see cref="SummaryBudget"/> keeps the word. These do not depend on the field's
/// vocabulary, and the trees see neither framing-inferred roles nor clause centrality with textrank's priors otherwise.
/// </summary>
public static class TextRankClauseFeatures
{
    /// <summary>The budget textrank's summary is made at: the project's 20 characters (features cannot see the caller's budget).</summary>
    public const int SummaryBudget = 20;

    /// <summary>Feature names, in the order <see cref="Of"/> fills them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["tr_role", "tr_value_relative", "tr_value_rank", "tr_forward", "tr_backward", "tr_in_summary"];

    // A clause counts as in the summary when at least this many of its leading characters are (or all, if shorter).
    private const int MinSummaryPrefix = 8;

    private static readonly Lazy<TextRankSummarizer> LazyTextRank = new(
        () => new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions(), TfidfKeywordExtractor.Default.Idf.Of),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The <see cref="Names"/> features of every word of <paramref name="document"/>.</summary>
    public static float[][] Of(AnalyzedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var words = document.Words;
        var result = new float[words.Count][];
        var textRank = LazyTextRank.Value;
        var analysis = textRank.Analyze(document.Source);
        var clauses = analysis.Clauses;
        var summary = string.Empty;
        IReadOnlyList<ClauseScore> scores = [];
        if (analysis.Sentences.Count > 0)
        {
            var centrality = SentenceCentrality.Compute(analysis.SentenceWords, analysis.Idf.Length, textRank.Options);
            scores = TextRankSummarizer.ScoreClauses(analysis, centrality, textRank.Options);
            summary = textRank.Summarize(analysis, centrality, SummaryBudget, textRank.Options);
        }

        // textrank's clauses have labels and framing stripped, so each is a substring of the source, in order.
        var starts = new int[clauses.Count];
        var summarized = new int[clauses.Count];
        var cursor = 0;
        for (var c = 0; c < clauses.Count; c++)
        {
            var at = document.Source.IndexOf(clauses[c].Text, cursor, StringComparison.Ordinal);
            starts[c] = at;
            if (at >= 0)
            {
                cursor = at + clauses[c].Text.Length;
                summarized[c] = SummarizedPrefix(clauses[c].Text, summary);
            }
        }

        var maxValue = scores.Count == 0 ? 1 : Math.Max(1e-12, scores.Max(s => s.Value));
        var rank = new int[scores.Count];
        var order = Enumerable.Range(0, scores.Count).OrderByDescending(c => scores[c].Value).ThenBy(c => c).ToArray();
        for (var r = 0; r < order.Length; r++)
        {
            rank[order[r]] = r;
        }

        var offset = 0;
        var clause = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var start = offset;
            offset += words[i].Text.Length;
            while (clause < clauses.Count && (starts[clause] < 0 || starts[clause] + clauses[clause].Text.Length <= start))
            {
                clause++;
            }

            // Words outside every clause are labels, framing or punctuation between clauses.
            if (clause >= clauses.Count || start < starts[clause])
            {
                result[i] = [-1, 0, 30, 0, 0, 0];
                continue;
            }

            var s = scores[clause];
            result[i] =
            [
                (float)s.Role,
                (float)(s.Value / maxValue),
                Math.Min(rank[clause], 30),
                (float)s.Forward,
                (float)s.Backward,
                start - starts[clause] < summarized[clause] ? 1 : 0,
            ];
        }

        return result;
    }

    // Length (UTF-16) of the longest prefix of the clause that the summary contains; 0 if shorter than MinSummaryPrefix
    // characters (and not the whole clause), so a coincidental short match does not count.
    private static int SummarizedPrefix(string clause, string summary)
    {
        var floor = Math.Min(MinSummaryPrefix, clause.Length);
        for (var length = Math.Min(clause.Length, summary.Length); length >= floor && length > 0; length--)
        {
            if (summary.Contains(clause.AsSpan(0, length), StringComparison.Ordinal))
            {
                return length;
            }
        }

        return 0;
    }
}
