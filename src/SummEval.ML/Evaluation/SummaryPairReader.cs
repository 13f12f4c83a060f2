using Microsoft.ML;
using Microsoft.ML.Data;

namespace SummEval.ML.Evaluation;

/// <summary>Reads (summary, references) pairs from an <see cref="IDataView"/>: a text summary column and a label column of one text or a vector of texts.</summary>
internal static class SummaryPairReader
{
    public static List<(string Id, string Candidate, IReadOnlyList<string> References)> Read(IDataView data, string labelColumnName, string summaryColumnName)
    {
        ArgumentNullException.ThrowIfNull(data);
        var label = Column(data, labelColumnName, nameof(labelColumnName));
        var summary = Column(data, summaryColumnName, nameof(summaryColumnName));
        if (summary.Type is not TextDataViewType)
        {
            throw new ArgumentOutOfRangeException(nameof(summaryColumnName), $"Summary column '{summaryColumnName}' must be text, found {summary.Type}.");
        }

        var labelIsVector = label.Type is VectorDataViewType { ItemType: TextDataViewType };
        if (!labelIsVector && label.Type is not TextDataViewType)
        {
            throw new ArgumentOutOfRangeException(nameof(labelColumnName), $"Label column '{labelColumnName}' must be text or a vector of text, found {label.Type}.");
        }

        var pairs = new List<(string, string, IReadOnlyList<string>)>();
        using var cursor = data.GetRowCursor([label, summary]);
        var summaryGetter = cursor.GetGetter<ReadOnlyMemory<char>>(summary);
        var textGetter = labelIsVector ? null : cursor.GetGetter<ReadOnlyMemory<char>>(label);
        var vectorGetter = labelIsVector ? cursor.GetGetter<VBuffer<ReadOnlyMemory<char>>>(label) : null;
        ReadOnlyMemory<char> text = default;
        VBuffer<ReadOnlyMemory<char>> vector = default;
        while (cursor.MoveNext())
        {
            summaryGetter(ref text);
            var candidate = text.ToString();
            IReadOnlyList<string> references;
            if (vectorGetter is not null)
            {
                vectorGetter(ref vector);
                references = vector.DenseValues().Select(r => r.ToString()).ToArray();
            }
            else
            {
                textGetter!(ref text);
                references = [text.ToString()];
            }

            pairs.Add((pairs.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), candidate, references));
        }

        return pairs;
    }

    private static DataViewSchema.Column Column(IDataView data, string name, string parameter) =>
        data.Schema.GetColumnOrNull(name ?? throw new ArgumentNullException(parameter))
        ?? throw new ArgumentOutOfRangeException(parameter, $"Column '{name}' is not in the data (columns: {string.Join(", ", data.Schema.Select(c => c.Name))}).");
}
