using Microsoft.ML;
using Microsoft.ML.Data;
using SummEval.Documents;
using SummEval.Summarizers;

namespace SummEval.ML.Summarization;

/// <summary>
/// The row mapping behind <c>mlContext.Transforms.Text.Summarize</c>: each source text through an
/// <see cref="ISummarizer"/> under the budget. It holds a live summarizer, so a pipeline containing it is used in
/// memory and not saved with <c>Model.Save</c> (save the summarizer's own model instead).
/// </summary>
internal static class SummarizeMapping
{
    private const string InputColumn = "__SummEval_Summarize_Source";
    private const string OutputColumn = "__SummEval_Summarize_Summary";

    /// <summary>Copies <paramref name="inputColumnName"/> in, summarizes, copies the summary out to <paramref name="outputColumnName"/>.</summary>
    public static IEstimator<ITransformer> Create(MLContext context, string outputColumnName, string inputColumnName, Func<string, string> summarize)
    {
        void Map(Input input, Output output) => output.Summary = summarize(input.Source ?? string.Empty);
        return context.Transforms.CopyColumns(InputColumn, inputColumnName)
            .Append(context.Transforms.CustomMapping<Input, Output>(Map, contractName: null))
            .Append(context.Transforms.CopyColumns(outputColumnName, OutputColumn))
            .Append(context.Transforms.DropColumns(InputColumn, OutputColumn));
    }

    /// <summary>A function summarizing one source with <paramref name="summarizer"/> under <paramref name="maxChars"/>.</summary>
    public static Func<string, string> With(ISummarizer summarizer, int? maxChars)
    {
        ArgumentNullException.ThrowIfNull(summarizer);
        var options = SummaryOptions.WithBudget(maxChars);

        // ML.NET row mappings are synchronous; summarizers are asynchronous because some call services.
        return source => summarizer.SummarizeAsync(Document.Unlabelled(string.Empty, source), options).GetAwaiter().GetResult().Text;
    }

    /// <summary>The mapping's input row.</summary>
    public sealed class Input
    {
        [ColumnName(InputColumn)]
        public string? Source { get; set; }
    }

    /// <summary>The mapping's output row.</summary>
    public sealed class Output
    {
        [ColumnName(OutputColumn)]
        public string Summary { get; set; } = string.Empty;
    }
}
