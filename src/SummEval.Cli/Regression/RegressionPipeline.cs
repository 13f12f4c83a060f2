using System.Text;
using SummEval.Datasets;
using SummEval.Documents;
using SummEval.Regression;
using SummEval.Reports.Regression;
using SummEval.Runs;

namespace SummEval.Cli.Regression;

/// <summary>
/// What <c>summeval check</c> and <c>summeval compare</c> do between reading the command line and choosing the exit
/// code: open both sides, compare them (paired, or corpus-level for a plain leaderboard), print, and write the outputs.
/// </summary>
internal static class RegressionPipeline
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Opens and compares <paramref name="baselinePath"/> and <paramref name="currentPath"/>.</summary>
    public static RegressionResult Compare(string baselinePath, string currentPath, RegressionOptions options, bool plainBaselineLeaderboard)
    {
        var baseline = RegressionInput.Open(baselinePath, perDocumentBeside: !plainBaselineLeaderboard);
        var current = RegressionInput.Open(currentPath);
        if (baseline.PerDocument is null)
        {
            var board = current.Corpus ?? throw new RegressionInputException($"{currentPath}: the baseline {baselinePath} is a plain leaderboard.json, so the current side needs one too (give the run folder or its leaderboard.json).");
            Console.Out.WriteLine($"note: {baselinePath} is a plain leaderboard.json: corpus-level comparison only (no per-document data, no paired test; --fail-on and --alpha do not apply). Commit a per-document baseline (`summeval baseline --from OUT --out FILE`) for paired decisions.");
            return RegressionCheck.FromCorpus(baseline.Corpus!, board, options.Tolerance);
        }

        var run = current.PerDocument ?? throw new RegressionInputException($"{currentPath}: no per-document data (no run.db beside it) to compare with the per-document baseline {baselinePath}; give the run folder (`summeval run --out`).");
        return RegressionCheck.Compare(baseline.PerDocument, run, options);
    }

    /// <summary>The table of figures as aligned plain text (CI logs), then one line per problem and the verdict.</summary>
    public static void WriteText(TextWriter writer, RegressionResult result)
    {
        var rows = result.Figures.Select(f => new[]
        {
            f.Summarizer, f.Metric, RegressionFormat.Value(f, f.Baseline), RegressionFormat.Value(f, f.Current), RegressionFormat.Delta(f),
            RegressionFormat.Interval(f), RegressionFormat.PValue(f), RegressionFormat.Status(f),
        }).ToList();
        string[] header = ["summarizer", "metric", "baseline", "current", "delta", RegressionFormat.Level(result.Options) + " % interval", "p", "status"];

        // Plain aligned text, not a Spectre table: this is read in CI logs far more often than in a terminal. A
        // corpus-level comparison has no intervals, so it keeps the columns of earlier versions.
        var columns = result.PerDocument ? new[] { 0, 1, 2, 3, 4, 5, 6, 7 } : [0, 1, 2, 3, 4, 7];
        var widths = columns.Select(c => rows.Select(r => r[c].Length).Append(header[c].Length).Max()).ToArray();
        string Line(string[] cells) => string.Join("  ", columns.Select((c, i) => c <= 1 ? cells[c].PadRight(widths[i]) : c == 7 ? cells[c] : cells[c].PadLeft(widths[i])));
        writer.WriteLine(Line(header));
        foreach (var row in rows)
        {
            writer.WriteLine(Line(row));
        }

        foreach (var problem in result.Problems)
        {
            writer.WriteLine($"REGRESSION: {problem}");
        }

        foreach (var figure in result.Figures.Where(f => f.Warning is not null))
        {
            writer.WriteLine($"warning: {figure.Message}");
        }

        foreach (var changes in result.Changes.Where(c => c.Regressed))
        {
            writer.WriteLine($"{changes.Summarizer}: {RegressionMarkdown.Summary(changes)} Lost most: {string.Join(", ", changes.Lost.Take(5).Select(c => $"{c.After.Id} ({RegressionFormat.Signed(c.RougeLDelta)})"))}");
        }
    }

    /// <summary>The GitHub Actions output: annotations on stdout, the table appended to <c>$GITHUB_STEP_SUMMARY</c>.</summary>
    public static void WriteGithub(RegressionResult result)
    {
        foreach (var line in GithubAnnotations.Lines(result))
        {
            Console.Out.WriteLine(line);
        }

        var summary = Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY");
        if (string.IsNullOrEmpty(summary))
        {
            Console.Error.WriteLine("note: GITHUB_STEP_SUMMARY is not set (not on GitHub Actions?): no job summary written.");
            return;
        }

        File.AppendAllText(summary, "## SummEval regression check\n\n" + RegressionMarkdown.Table(result) + "\n", Utf8);
    }

    /// <summary>Writes <c>regression.md</c> and <c>regression.html</c> into <paramref name="folder"/>.</summary>
    public static void WriteReport(string folder, RegressionResult result, string currentPath, string? dataset, string? dataDir)
    {
        var (documents, note) = Documents(currentPath, result, dataset, dataDir);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "regression.md"), RegressionMarkdown.Render(result, documents, note), Utf8);
        RegressionHtml.Write(Path.Combine(folder, "regression.html"), result, documents, note);
        Console.Error.WriteLine($"Regression report: {Path.GetFullPath(Path.Combine(folder, "regression.html"))}");
    }

    // Sources and references come from the dataset itself (a run stores only ids and summaries); it is used only when
    // its checksum is the one the run recorded, so the page never pairs summaries with the wrong texts.
    private static (IReadOnlyDictionary<string, Document>? Documents, string? Note) Documents(string currentPath, RegressionResult result, string? dataset, string? dataDir)
    {
        if (!result.PerDocument)
        {
            return (null, null);
        }

        var run = RegressionInput.Open(currentPath).PerDocument!;
        var name = dataset ?? run.Dataset;
        try
        {
            var loaded = DatasetLoader.Load(name, new DatasetLoadOptions { DataDirectory = dataDir });
            var checksum = DatasetFingerprint.Compute(loaded.Documents);
            if (checksum != run.DatasetChecksum)
            {
                return (null, $"Sources and references are not shown: dataset '{name}' is not the one the run used (sha256 {checksum[..12]}..., the run recorded {run.DatasetChecksum[..12]}...).");
            }

            return (loaded.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal), null);
        }
        catch (DatasetException ex)
        {
            return (null, $"Sources and references are not shown: {ex.Message} (give --dataset and --data-dir).");
        }
    }
}
