using System.Globalization;
using System.Text;
using SummEval.Documents;
using SummEval.Regression;
using SummEval.Text;

namespace SummEval.Reports.Regression;

/// <summary>
/// <c>regression.md</c>: the verdict, every figure with its delta and paired interval, and per summarizer the documents
/// that lost most (source, reference, summary before and after, ROUGE-L and length), new failures and new budget
/// violations. <see cref="Table"/> alone is what <c>--format github</c> puts in the job summary.
/// </summary>
public static class RegressionMarkdown
{
    private const int SourceChars = 400;

    /// <summary>The whole report; <paramref name="documents"/> (by id) adds sources and references when the dataset is at hand.</summary>
    public static string Render(RegressionResult result, IReadOnlyDictionary<string, Document>? documents, string? datasetNote = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var md = new StringBuilder();
        md.Append("# SummEval regression report\n\n");
        md.Append(Table(result));
        if (datasetNote is not null)
        {
            md.Append("\n> ").Append(datasetNote).Append('\n');
        }

        foreach (var changes in result.Changes.Where(c => c.LostCount > 0 || c.NewFailures.Count > 0 || c.NewViolations.Count > 0))
        {
            md.Append("\n## `").Append(changes.Summarizer).Append('`').Append(changes.Regressed ? " (REGRESSED)" : string.Empty).Append("\n\n")
                .Append(Summary(changes)).Append("\n");
            if (changes.Lost.Count > 0)
            {
                md.Append("\n### Documents that lost most\n");
                var rank = 0;
                foreach (var change in changes.Lost)
                {
                    AppendDocument(md, ++rank, change, result.MaxChars, documents);
                }
            }

            if (changes.NewFailures.Count > 0)
            {
                md.Append("\n### New failures\n\n| document | error |\n| --- | --- |\n");
                foreach (var change in changes.NewFailures)
                {
                    md.Append("| ").Append(Cell(change.After.Id)).Append(" | ").Append(Cell(change.After.Failure)).Append(" |\n");
                }
            }

            if (changes.NewViolations.Count > 0)
            {
                md.Append("\n### New budget violations\n\n| document | length before | length now | summary now |\n| --- | ---: | ---: | --- |\n");
                foreach (var change in changes.NewViolations)
                {
                    md.Append("| ").Append(Cell(change.After.Id)).Append(" | ").Append(change.Before.Chars.ToString(CultureInfo.InvariantCulture))
                        .Append(" | ").Append(change.After.Chars.ToString(CultureInfo.InvariantCulture)).Append(" | ").Append(Cell(change.After.Summary)).Append(" |\n");
                }
            }
        }

        return md.ToString();
    }

    /// <summary>The verdict, the table of figures and the problems (the GitHub job summary).</summary>
    public static string Table(RegressionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var md = new StringBuilder();
        md.Append(result.Failed ? "**Regression check failed**" : "**Regression check passed**").Append(": dataset `").Append(result.Dataset).Append("`, ")
            .Append(result.PerDocument
                ? $"{Quantity.Of(result.SharedDocuments, "shared document")} (baseline {result.BaselineDocuments}, current {result.CurrentDocuments})"
                : Quantity.Of(result.CurrentDocuments, "document"))
            .Append(", budget ").Append(result.MaxChars is { } b ? Quantity.Of(b, "character") : "none").Append(".\n\n")
            .Append("Rule: ").Append(result.RuleDescription).Append(".\n\n");
        var level = RegressionFormat.Level(result.Options);
        md.Append("| summarizer | metric | baseline | current | delta | ").Append(level).Append(" % interval | p | status |\n")
            .Append("| --- | --- | ---: | ---: | ---: | --- | ---: | --- |\n");
        foreach (var f in result.Figures)
        {
            md.Append("| `").Append(Cell(f.Summarizer)).Append("` | ").Append(f.Metric).Append(" | ").Append(RegressionFormat.Value(f, f.Baseline))
                .Append(" | ").Append(RegressionFormat.Value(f, f.Current)).Append(" | ").Append(RegressionFormat.Delta(f))
                .Append(" | ").Append(RegressionFormat.Interval(f)).Append(" | ").Append(RegressionFormat.PValue(f))
                .Append(" | ").Append(f.Regressed ? "**REGRESSED**" : RegressionFormat.Status(f)).Append(" |\n");
        }

        if (result.Problems.Count > 0)
        {
            md.Append("\nProblems:\n\n");
            foreach (var problem in result.Problems)
            {
                md.Append("- ").Append(problem).Append('\n');
            }
        }

        var warnings = result.Figures.Where(f => f.Warning is not null).ToList();
        if (warnings.Count > 0)
        {
            md.Append("\nWarnings (not failing):\n\n");
            foreach (var figure in warnings)
            {
                md.Append("- ").Append(figure.Message).Append('\n');
            }
        }

        return md.ToString();
    }

    /// <summary>One line about a summarizer's documents.</summary>
    public static string Summary(SummarizerChanges changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{changes.Changed} of {Quantity.Of(changes.Shared, "summary", "summaries")} changed; {Quantity.Of(changes.LostCount, "document")} lost ROUGE-L; {Quantity.Of(changes.NewFailures.Count, "new failure")}; {Quantity.Of(changes.NewViolations.Count, "new budget violation")}.");
    }

    private static void AppendDocument(StringBuilder md, int rank, DocumentChange change, int? maxChars, IReadOnlyDictionary<string, Document>? documents)
    {
        var document = documents is not null && documents.TryGetValue(change.After.Id, out var d) ? d : null;
        md.Append("\n#### ").Append(rank.ToString(CultureInfo.InvariantCulture)).Append(". `").Append(change.After.Id).Append("`: ROUGE-L ")
            .Append(RegressionFormat.Score(change.Before.RougeL)).Append(" → ").Append(RegressionFormat.Score(change.After.RougeL))
            .Append(" (").Append(RegressionFormat.Signed(change.RougeLDelta)).Append(")\n\n");
        if (document is not null)
        {
            var source = document.Source.Length > SourceChars ? document.Source[..SourceChars] + "…" : document.Source;
            md.Append("- source: ").Append(Line(source)).Append('\n');
            foreach (var reference in document.References)
            {
                md.Append("- reference: ").Append(Line(reference)).Append('\n');
            }
        }

        md.Append("- before (").Append(Length(change.Before, maxChars)).Append("): ").Append(Said(change.Before)).Append('\n')
            .Append("- after (").Append(Length(change.After, maxChars)).Append("): ").Append(Said(change.After)).Append('\n');
    }

    private static string Said(DocumentRecord record) => record.Failure is not null ? $"*failed: {Line(record.Failure)}*" : record.Summary.Length == 0 ? "*(empty)*" : Line(record.Summary);

    /// <summary>The length against the budget, e.g. <c>18/20 chars</c> or <c>25/20 chars, over budget</c>.</summary>
    public static string Length(DocumentRecord record, int? maxChars)
    {
        ArgumentNullException.ThrowIfNull(record);
        var text = record.Chars.ToString(CultureInfo.InvariantCulture) + (maxChars is { } m ? "/" + m.ToString(CultureInfo.InvariantCulture) : string.Empty) + " chars";
        return record.WithinBudget(maxChars) ? text : text + ", over budget";
    }

    private static string Line(string? text) => (text ?? string.Empty).ReplaceLineEndings(" ");

    private static string Cell(string? text) => Line(text).Replace("|", "\\|", StringComparison.Ordinal);
}
