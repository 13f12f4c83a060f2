using SummEval.Extractive.Tokenization;
using SummEval.Jieba;
using SummEval.Jieba.Keywords;
using SummEval.Summarizers;
using SummEval.Tokenization;

namespace SummEval.Extractive.TextRank;

/// <summary>
/// Creates <see cref="TextRankSummarizer"/> (<c>textrank</c>) from its spec parameters. Sentences are compared over
/// Jieba word tokens unless a tokenizer is given here or <c>tokenizer=bigram</c> is asked for.
/// </summary>
public sealed class TextRankFactory(ITextTokenizer? tokenizer = null) : ISummarizerFactory
{

    /// <inheritdoc />
    public string Name => "textrank";

    /// <inheritdoc />
    public string Description => "Sentence TextRank, then budgeted selection of clauses (labels stripped, long ones cut at a word) in source order.";

    /// <inheritdoc />
    public IReadOnlyList<SummarizerParameter> Parameters { get; } =
    [
        new("similarity", ParameterKind.Choice, "Edge similarity: word overlap (Mihalcea & Tarau) or BM25.", "overlap") { AllowedValues = ["overlap", "bm25"] },
        new("damping", ParameterKind.Number, "PageRank damping factor (0..1).", "0.85"),
        new("tokenizer", ParameterKind.Choice, "Word tokens for similarity: Jieba words, or CJK character bigrams (no dictionary needed).", "jieba") { AllowedValues = ["jieba", "bigram"] },
        new("centrality", ParameterKind.Choice, "Sentence centrality: PageRank (TextRank) or PacSum's position-aware directed degree.", "pagerank") { AllowedValues = ["pagerank", "directed"] },
        new("unit", ParameterKind.Choice, "Selection unit: sentences if the top sentence fits (auto), sentences, or clauses.", "auto") { AllowedValues = ["auto", "sentence", "clause"] },
    ];

    /// <inheritdoc />
    public ISummarizer Create(SummarizerArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var damping = arguments.GetDouble("damping") ?? 0.85;
        if (damping is < 0 or > 1 || double.IsNaN(damping))
        {
            throw new SummarizerSpecException($"textrank: damping must be between 0 and 1, got {damping}.");
        }

        var options = new TextRankOptions
        {
            Centrality = arguments.GetString("centrality") == "directed" ? CentralityKind.Directed : CentralityKind.PageRank,
            Similarity = arguments.GetString("similarity") == "bm25" ? SimilarityKind.Bm25 : SimilarityKind.Overlap,
            Damping = damping,
            Unit = arguments.GetString("unit") switch
            {
                "sentence" => SelectionUnit.Sentence,
                "clause" => SelectionUnit.Clause,
                _ => SelectionUnit.Auto,
            },
        };
        // Resolved here, not in the constructor, so listing summarizers never loads Jieba's dictionary.
        var words = arguments.GetString("tokenizer") == "bigram"
            ? CjkBigramTokenizer.Instance
            : tokenizer ?? JiebaSegmenter.Default;
        var idf = options.IdfExponent == 0 ? null : TfidfKeywordExtractor.Default.Idf;
        return new TextRankSummarizer(words, options, idf is null ? null : new IdfMemo(idf.Of).Of);
    }
}
