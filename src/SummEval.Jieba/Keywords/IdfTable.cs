using System.Globalization;

namespace SummEval.Jieba.Keywords;

/// <summary>jieba.analyse's IDF table (<c>word idf</c> per line) and its median, the IDF of unseen words.</summary>
public sealed class IdfTable
{
    private IdfTable(Dictionary<string, double> idf, double median)
    {
        Values = idf;
        Median = median;
    }

    /// <summary>IDF per word.</summary>
    public IReadOnlyDictionary<string, double> Values { get; }

    /// <summary><c>sorted(values)[len // 2]</c>, used for words the table lacks.</summary>
    public double Median { get; }

    /// <summary>Loads a table; a malformed line fails with its file and line number.</summary>
    public static IdfTable Load(string path)
    {
        var idf = new Dictionary<string, double>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var space = line.IndexOf(' ');
            if (space <= 0 || line.IndexOf(' ', space + 1) >= 0
                || !double.TryParse(line.AsSpan(space + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new FormatException($"{path}, line {lineNumber}: expected 'word idf', got '{line}'.");
            }

            idf[line[..space]] = value;
        }

        var sorted = idf.Values.ToArray();
        Array.Sort(sorted);
        return new IdfTable(idf, sorted.Length == 0 ? 0 : sorted[sorted.Length / 2]);
    }

    /// <summary>The IDF of <paramref name="word"/>, or <see cref="Median"/>.</summary>
    public double Of(string word) => Values.TryGetValue(word, out var v) ? v : Median;
}
