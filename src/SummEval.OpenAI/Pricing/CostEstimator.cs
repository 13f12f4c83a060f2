using System.Collections.Concurrent;
using Microsoft.ML.Tokenizers;
using SummEval.Documents;
using SummEval.OpenAI.Caching;
using SummEval.OpenAI.Chat;
using SummEval.OpenAI.FineTuning;
using SummEval.Summarizers;
using SummEval.Text;

namespace SummEval.OpenAI.Pricing;

/// <summary>
/// Estimates what summarizing documents will cost before anything is sent: prompt tokens counted with the model's
/// Tiktoken encoding (as OpenAI bills them), completion tokens assuming one answer that fills the budget, documents
/// whose first request is already cached left out, priced live and at the Batch API's half price.
/// </summary>
public static class CostEstimator
{
    /// <summary>Tokens a chat request adds around one user message (3 per message, 1 for the role, 3 to prime the reply).</summary>
    public const int ChatMessageOverhead = 7;

    /// <summary>The Batch API's price as a share of the live price.</summary>
    public const decimal BatchDiscount = 0.5m;

    private static readonly ConcurrentDictionary<string, Tokenizer> Tokenizers = new(StringComparer.Ordinal);

    /// <summary>The Tiktoken tokenizer OpenAI uses for <paramref name="model"/> (cached per encoding).</summary>
    public static Tokenizer TokenizerFor(string model) =>
        Tokenizers.GetOrAdd(TrainingDataPreparer.TokenizerModelFor(model), name => TiktokenTokenizer.CreateForModel(name));

    /// <summary>
    /// The estimate for <paramref name="documents"/>: <paramref name="sent"/> turns a filled prompt into what goes over
    /// the wire, <paramref name="cacheKey"/> names its cache entry, <paramref name="overhead"/> is added per request.
    /// </summary>
    public static CostEstimate Estimate(
        IReadOnlyList<Document> documents,
        SummaryOptions options,
        ModelCallSettings settings,
        Func<string, string> sent,
        Func<string, string> cacheKey,
        ResponseCache? cache,
        int overhead)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(sent);
        ArgumentNullException.ThrowIfNull(cacheKey);
        var tokenizer = TokenizerFor(settings.Model);
        var budget = options.MaxChars ?? PromptTemplate.DefaultMaxChars;
        int cached = 0;
        long prompt = 0, completion = 0;
        foreach (var document in documents)
        {
            var request = sent(PromptTemplate.Fill(settings.Prompt, document.Source, options.MaxChars));
            if (cache?.TryGet(cacheKey(request)) is not null)
            {
                cached++;
                continue;
            }

            prompt += tokenizer.CountTokens(request) + overhead;
            // An answer as long as the budget, in the document's own script (Chinese costs more tokens per character).
            var expected = tokenizer.CountTokens(TextLength.Truncate(document.Source, budget));
            completion += settings.MaxTokens is { } max ? Math.Min(max, expected) : expected;
        }

        var live = settings.Prices.Price(settings.Model, prompt, completion).CostUsd;
        return new CostEstimate(documents.Count, cached, prompt, completion, live, live * BatchDiscount);
    }
}
