namespace SummEval.Reports.Html;

/// <summary>Rejects models the page could not show faithfully, naming the entry or document at fault.</summary>
internal static class ReportModelCheck
{
    /// <summary>Checks everything but the documents, which <see cref="Documents"/> checks as they stream.</summary>
    public static void Validate(HtmlReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Require(model.Dataset is not null, "Dataset is null.");
        Require(model.Entries is not null, "Entries is null.");
        Require(model.Documents is not null, "Documents is null.");
        Require(model.MaxChars is null or >= 0, "MaxChars must not be negative.");
        Require(model.ConfidencePercent is > 0 and < 100, "ConfidencePercent must be between 0 and 100 (exclusive).");

        var specs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < model.Entries!.Count; i++)
        {
            var entry = model.Entries[i];
            Require(entry is not null, $"Entries[{i}] is null.");
            Require(entry!.Spec is not null, $"Entries[{i}].Spec is null.");
            Require(entry.Rouge1 is not null && entry.Rouge2 is not null && entry.RougeL is not null, $"Entries[{i}] ('{entry.Spec}') has a null ROUGE score.");
            Require(entry.SummaryLengths is not null, $"Entries[{i}] ('{entry.Spec}').SummaryLengths is null.");
            Require(entry.SummaryLengths!.All(n => n >= 0), $"Entries[{i}] ('{entry.Spec}').SummaryLengths has a negative length.");
            Require(specs.Add(entry.Spec!), $"Entries[{i}]: summarizer '{entry.Spec}' appears twice; entries are labelled by spec, which must be unique.");
        }
    }

    /// <summary>Checks the documents one at a time as the page is written (they may be a lazy sequence read once).</summary>
    public sealed class Documents(HtmlReportModel model)
    {
        private readonly HashSet<string> _specs = model.Entries.Select(e => e.Spec).ToHashSet(StringComparer.Ordinal);
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
        private int _count;

        public void Validate(HtmlReportDocument? document)
        {
            var d = _count++;
            Require(document is not null, $"Documents[{d}] is null.");
            Require(document!.Id is not null, $"Documents[{d}].Id is null.");
            Require(_ids.Add(document.Id!), $"Documents[{d}]: id '{document.Id}' appears twice.");
            Require(document.Source is not null, $"Document '{document.Id}': Source is null.");
            Require(document.References is not null && document.References.All(r => r is not null), $"Document '{document.Id}': References is null or holds a null.");
            Require(document.Summaries is not null, $"Document '{document.Id}': Summaries is null.");
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var summary in document.Summaries!)
            {
                Require(summary is not null && summary.Spec is not null, $"Document '{document.Id}': a summary or its Spec is null.");
                Require(_specs.Contains(summary!.Spec!), $"Document '{document.Id}': summary for '{summary.Spec}', which is not one of the entries.");
                Require(seen.Add(summary.Spec!), $"Document '{document.Id}': two summaries for '{summary.Spec}'.");
            }
        }
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException("HTML report model: " + message, "model");
        }
    }
}
