using System.Globalization;
using System.Text.RegularExpressions;
using SummEval.Testing;

namespace SummEval.Cli.Tests.Docs;

/// <summary>
/// The quality table under the README's "Measured" heading, read from the README itself, so tests can hold the figures
/// shown to users to the runs and baselines they come from.
/// </summary>
internal static partial class ReadmeMeasuredTable
{
    /// <summary>The header of the sample column (<c>summeval run</c> with no arguments).</summary>
    public const string Sample = "sample (40) ROUGE-L";

    /// <summary>Each row's summarizer (its first backticked name) and its cell in the column headed <paramref name="header"/>.</summary>
    public static IReadOnlyDictionary<string, string> Column(string header)
    {
        var path = Path.Combine(SharedData.RepositoryRoot, "README.md");
        var lines = File.ReadAllLines(path);
        var row = Array.FindIndex(lines, l => l.StartsWith('|') && Cells(l).Contains(header));
        if (row < 0)
        {
            throw new InvalidDataException($"{path}: no table with a \"{header}\" column.");
        }

        var column = Cells(lines[row]).IndexOf(header);
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(row + 2).TakeWhile(l => l.StartsWith('|')))
        {
            var rowCells = Cells(line);
            if (Name().Match(rowCells[0]) is { Success: true } name)
            {
                cells[name.Groups[1].Value] = rowCells[column];
            }
        }

        return cells;
    }

    /// <summary>The figures of a cell, in order, with emphasis and brackets dropped (<c>**0.502** [0.485, 0.518]</c>: 0.502, 0.485, 0.518).</summary>
    public static double[] Figures(string cell) =>
        Figure().Matches(cell).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToArray();

    private static List<string> Cells(string row) => row.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToList();

    [GeneratedRegex("^`([a-z0-9-]+)`")]
    private static partial Regex Name();

    [GeneratedRegex(@"\d+\.\d+")]
    private static partial Regex Figure();
}
