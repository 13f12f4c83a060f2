using System.Globalization;
using SummEval.Documents;
using SummEval.Mt5.Generation;
using SummEval.Summarizers;

namespace SummEval.Mt5;

/// <summary>
/// The generative summarizer of the tutorial: an mT5 (e.g. <c>csebuetnlp/mT5_multilingual_XLSum</c>) exported to ONNX,
/// decoded as Hugging Face's <c>generate()</c>. A character budget is enforced inside the search, so summaries are
/// never cut afterwards. Sessions are shared by all documents; concurrent calls are safe.
/// </summary>
public sealed class Mt5Summarizer : ISummarizer, IDisposable
{
    private readonly Mt5Generator _generator;
    private readonly GenerationSettings _settings;

    public Mt5Summarizer(string name, Mt5Generator generator, GenerationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(settings);
        Name = name;
        _generator = generator;
        _settings = settings;
    }

    public string Name { get; }

    /// <summary>The resolved generation settings every document uses.</summary>
    public GenerationSettings Settings => _settings;

    public Task<SummaryResult> SummarizeAsync(Document document, SummaryOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        return Task.Run(
            () =>
            {
                var input = _generator.Encode(document.Source);
                var output = _generator.Generate(input, _settings, options.MaxChars, cancellationToken);
                var text = _generator.Tokenizer.Decode(output.Ids);
                return new SummaryResult(text)
                {
                    Usage = new TokenUsage(input.Length, output.Ids.Length - 1),
                    Metadata = output.Score is { } s
                        ? new Dictionary<string, string> { ["sequenceScore"] = s.ToString("R", CultureInfo.InvariantCulture) }
                        : null,
                };
            },
            cancellationToken);
    }

    public void Dispose() => _generator.Dispose();
}
