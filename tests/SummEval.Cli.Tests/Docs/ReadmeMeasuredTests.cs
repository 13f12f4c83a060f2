using System.Text.Json;
using SummEval.Testing;
using Xunit;

namespace SummEval.Cli.Tests.Docs;

/// <summary>
/// The README's quality table against the gate's committed runs (<c>eval-data/baselines/</c>, written by
/// <c>bash .ci/gate --update</c>): a baseline refresh that leaves the README behind fails here, and so does a hand-edited
/// figure. The sample column is held to a live run by <c>RunCommandTests</c>.
/// </summary>
public sealed class ReadmeMeasuredTests
{
    private const string CslTest = "eval-data/baselines/csl-test-20.json";
    private const string MultiDomainDev = "eval-data/baselines/csl-md-dev-20.json";

    [Fact]
    public void The_csl_test_columns_are_the_committed_gate_run()
    {
        var pairs = ReadmeMeasuredTable.Column("CSL test R-1 / R-2");
        var rougeL = ReadmeMeasuredTable.Column("CSL test ROUGE-L [95 % CI]");
        Assert.NotEmpty(rougeL);
        foreach (var (name, cell) in rougeL)
        {
            var entry = Entry(CslTest, name);
            AssertShown([F(entry, "rouge1"), F(entry, "rouge2")], pairs[name], name);
            AssertShown([F(entry, "rougeL"), .. Ci(entry, "rougeL")], cell, name);
        }
    }

    [Fact]
    public void The_multi_domain_column_is_the_committed_gate_run_except_the_trained_models_k_fold_figure()
    {
        var column = ReadmeMeasuredTable.Column("multi-domain dev ROUGE-L [95 % CI]");
        Assert.NotEmpty(column);
        foreach (var (name, cell) in column)
        {
            if (name == "compressive")
            {
                // Trained on multi-domain dev: the README shows its 5-fold held-out figure, not the in-sample run.
                Assert.Contains("(5-fold)", cell);
                continue;
            }

            var entry = Entry(MultiDomainDev, name);
            AssertShown([F(entry, "rougeL"), .. Ci(entry, "rougeL")], cell, name);
        }
    }

    [Fact]
    public void Adherence_and_mean_lengths_are_the_committed_gate_runs()
    {
        var adherence = ReadmeMeasuredTable.Column("adherence");
        var chars = ReadmeMeasuredTable.Column("mean chars (test / md)");
        foreach (var (name, cell) in chars)
        {
            var test = Entry(CslTest, name).GetProperty("length");
            var md = Entry(MultiDomainDev, name).GetProperty("length");
            Assert.Equal(test.GetProperty("adherence").GetDouble() == 1 && md.GetProperty("adherence").GetDouble() == 1 ? "100 %" : "?", adherence[name]);
            var shown = ReadmeMeasuredTable.Figures(cell);
            Assert.True(shown.Length == 2 && shown[0] == Math.Round(test.GetProperty("meanChars").GetDouble(), 1), $"{name}: README shows '{cell}', CSL test's mean is {test.GetProperty("meanChars").GetDouble():0.00}");
            if (name != "compressive")
            {
                Assert.True(shown[1] == Math.Round(md.GetProperty("meanChars").GetDouble(), 1), $"{name}: README shows '{cell}', multi-domain dev's mean is {md.GetProperty("meanChars").GetDouble():0.00}");
            }
        }
    }

    private static void AssertShown(double[] expected, string cell, string name)
    {
        var shown = ReadmeMeasuredTable.Figures(cell);
        Assert.True(shown.SequenceEqual(expected.Select(x => Math.Round(x, 3))), $"{name}: README shows '{cell}', the committed run gives {string.Join(", ", expected.Select(x => x.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture)))}");
    }

    private static double F(JsonElement entry, string metric) => entry.GetProperty(metric).GetProperty("f").GetDouble();

    private static double[] Ci(JsonElement entry, string metric) =>
        entry.GetProperty(metric).GetProperty("ci").EnumerateArray().Select(x => x.GetDouble()).ToArray();

    private static JsonElement Entry(string relativePath, string summarizer)
    {
        var path = Path.Combine(SharedData.RepositoryRoot, relativePath);
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var entry in document.RootElement.GetProperty("entries").EnumerateArray())
        {
            if (entry.GetProperty("summarizer").GetString() == summarizer)
            {
                return entry.Clone();
            }
        }

        throw new InvalidDataException($"{path} has no entry for '{summarizer}', which README.md's Measured table lists.");
    }
}
