using SummEval.Documents;
using SummEval.Extractive.Selection;
using SummEval.Extractive.Sentences;
using SummEval.Summarizers;
using SummEval.Text;
using SummEval.Tokenization;

namespace SummEval.Extractive.TextRank;

/// <summary>
/// Sentence TextRank over word tokens followed by budgeted selection of sentences or, when sentences are too long
/// for the budget, of clauses scored by the centrality of the words they contain.
/// </summary>
public sealed class TextRankSummarizer(ITextTokenizer tokenizer, TextRankOptions options) : ISummarizer
{
    // Function words carry no topic; counting them would link every sentence to every other.
    private static readonly HashSet<string> StopWords =
    [
        "的", "了", "和", "与", "及", "或", "在", "是", "对", "为", "以", "将", "把", "被", "由", "于", "中", "上", "下", "等",
        "并", "而", "其", "该", "这", "此", "之", "也", "都", "又", "从", "到", "则", "但", "使", "所", "有", "个", "地", "得",
        "a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "is", "are", "by", "with",
    ];

    private const double PositionDecay = 0.2;

    /// <inheritdoc />
    public string Name => "textrank";

    /// <inheritdoc />
    public Task<SummaryResult> SummarizeAsync(Document document, SummaryOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        return Task.FromResult(new SummaryResult(Summarize(document.Source, options.MaxChars)));
    }

    /// <summary>The summary of <paramref name="source"/> within <paramref name="maxChars"/> code points (pure).</summary>
    public string Summarize(string source, int? maxChars)
    {
        ArgumentNullException.ThrowIfNull(source);
        var sentences = SentenceSplitter.Split(source);
        if (sentences.Count == 0)
        {
            return string.Empty;
        }

        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new int[sentences.Count][];
        for (var i = 0; i < sentences.Count; i++)
        {
            ids[i] = ToIds(sentences[i], vocabulary);
        }

        var weights = SentenceGraph.Weights(ids, vocabulary.Count, options.Similarity);
        var scores = SentenceGraph.PageRank(weights, sentences.Count, options.Damping);

        if (maxChars is not { } budget)
        {
            return sentences[ArgMax(scores)];
        }

        var top = ArgMax(scores);
        var useSentences = options.Unit == SelectionUnit.Sentence ||
            (options.Unit == SelectionUnit.Auto && TextLength.Chars(sentences[top]) <= budget);
        if (useSentences)
        {
            var lengths = sentences.Select(TextLength.Chars).ToArray();
            var chosen = BudgetedSelector.Select(lengths, scores, budget);
            return chosen.Length > 0 ? BudgetedSelector.Join(sentences, chosen, string.Empty, budget) : TextLength.Truncate(sentences[top], budget);
        }

        return SelectClauses(sentences, scores, vocabulary, budget);
    }

    private string SelectClauses(IReadOnlyList<string> sentences, double[] scores, Dictionary<string, int> vocabulary, int budget)
    {
        // Word centrality: a word is as important as the TextRank mass of the sentences using it.
        var wordWeight = new double[vocabulary.Count + 1];
        for (var i = 0; i < sentences.Count; i++)
        {
            foreach (var w in ToIds(sentences[i], vocabulary).Distinct())
            {
                wordWeight[w] += scores[i];
            }
        }

        var clauses = new List<string>();
        var values = new List<double>();
        var lengths = new List<int>();
        for (var i = 0; i < sentences.Count; i++)
        {
            foreach (var raw in ClauseSplitter.Split(sentences[i]))
            {
                var clause = DiscourseMarkers.Strip(raw);
                if (clause.Length == 0)
                {
                    continue;
                }

                double value = 0;
                foreach (var w in ToIds(clause, vocabulary).Distinct())
                {
                    value += w < wordWeight.Length ? wordWeight[w] : 0;
                }

                clauses.Add(clause);

                // Position prior: abstracts state their topic early, so earlier sentences' clauses weigh more.
                values.Add(value / (1 + (PositionDecay * i)));
                lengths.Add(TextLength.Chars(clause));
            }
        }

        var chosen = BudgetedSelector.Select(lengths, values, budget);
        if (chosen.Length > 0)
        {
            return BudgetedSelector.Join(clauses, chosen, string.Empty, budget);
        }

        if (clauses.Count == 0)
        {
            // Every clause was only a discourse marker: fall back to the top sentence itself.
            return TextLength.Truncate(sentences[ArgMax(scores)], budget);
        }

        // No clause fits: cut the clause with the highest value per character.
        var best = 0;
        for (var i = 1; i < clauses.Count; i++)
        {
            if (values[i] / Math.Max(1, lengths[i]) > values[best] / Math.Max(1, lengths[best]))
            {
                best = i;
            }
        }

        return TextLength.Truncate(clauses[best], budget);
    }

    private int[] ToIds(string text, Dictionary<string, int> vocabulary)
    {
        var tokens = tokenizer.Tokenize(text);
        var result = new List<int>(tokens.Count);
        foreach (var token in tokens)
        {
            var trimmed = token.Trim();
            if (trimmed.Length == 0 || StopWords.Contains(trimmed) || !trimmed.Any(char.IsLetterOrDigit))
            {
                continue;
            }

            if (!vocabulary.TryGetValue(trimmed, out var id))
            {
                id = vocabulary.Count;
                vocabulary[trimmed] = id;
            }

            result.Add(id);
        }

        return [.. result];
    }

    private static int ArgMax(double[] scores)
    {
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        return best;
    }
}
