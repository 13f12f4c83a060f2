namespace SummEval.Datasets;

/// <summary>The fields (or TSV/CSV columns) a dataset's documents were read from.</summary>
/// <param name="Source">The source text's field.</param>
/// <param name="References">The reference summaries' fields, in order; empty when none were read.</param>
public sealed record DatasetFields(string Source, IReadOnlyList<string> References)
{
    /// <summary>For messages: <c>source 'content', reference 'title'</c>.</summary>
    public override string ToString() =>
        $"source '{Source}', " + (References.Count == 0 ? "no reference" : $"reference {string.Join(" + ", References.Select(r => $"'{r}'"))}");
}
