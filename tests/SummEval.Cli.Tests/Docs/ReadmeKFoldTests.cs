using System.Text.Json;
using SummEval.Metrics;
using SummEval.Testing;
using Xunit;

namespace SummEval.Cli.Tests.Docs;

/// <summary>
/// The README's multi-domain figure for the shipped compressive recipe is a 5-fold held-out figure: this runs the command
/// the README names (about two minutes) and holds the table's cell to what it prints.
/// </summary>
public sealed class ReadmeKFoldTests
{
    [SharedFact]
    public async Task The_compressive_multi_domain_cell_is_the_five_fold_cross_validation()
    {
        var csl = Path.Combine(SharedData.Folder!, "data", "csl", "train.jsonl");
        var md = Path.Combine(SharedData.Folder!, "data", "csl-md", "dev.jsonl");
        using var dir = new TemporaryDirectory("summeval-kfold-");
        var dump = dir.File("held-out.jsonl");
        var cv = await CliRunner.RunAsync(
            ["train", "compressive", "--cv", "5", "--train", csl, "--train", md, "--min-mean-chars", "17.5", "--held-out-summaries", dump],
            timeout: TimeSpan.FromMinutes(15));
        Assert.True(cv.ExitCode == 0, cv.ToString());

        var items = File.ReadLines(dump)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(r => r.GetProperty("dataset").GetString() == md)
            .Select(r => (r.GetProperty("id").GetString()!, r.GetProperty("summary").GetString()!, (IReadOnlyList<string>)[r.GetProperty("title").GetString()!]))
            .ToList();
        Assert.Equal(1000, items.Count);
        var score = CorpusScorer.Score(items, new CorpusScoreOptions { MaxChars = 20 });

        var cell = ReadmeMeasuredTable.Column("multi-domain dev ROUGE-L [95 % CI]")["compressive"];
        double[] measured = [Math.Round(score.RougeL.F1, 3), Math.Round(score.RougeL.CiLow, 3), Math.Round(score.RougeL.CiHigh, 3)];
        Assert.True(ReadmeMeasuredTable.Figures(cell).SequenceEqual(measured), $"README shows '{cell}'; 5-fold held out: {score.RougeL.F1:0.0000} [{score.RougeL.CiLow:0.0000}, {score.RougeL.CiHigh:0.0000}]");
        var chars = ReadmeMeasuredTable.Figures(ReadmeMeasuredTable.Column("mean chars (test / md)")["compressive"]);
        Assert.Equal(Math.Round(score.Length.MeanChars, 1), chars[1]);

        // Issue 13's floor, which the README states; a cell rounded to 17.5 could hide 17.46.
        Assert.True(score.Length.MeanChars >= 17.5, $"5-fold held-out mean length {score.Length.MeanChars:0.000} < 17.5 characters");
        Assert.Equal(1.0, score.Length.Adherence);
    }
}
