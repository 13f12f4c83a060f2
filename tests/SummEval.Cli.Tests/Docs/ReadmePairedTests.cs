using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using SummEval.Metrics;
using SummEval.Testing;
using Xunit;

namespace SummEval.Cli.Tests.Docs;

/// <summary>
/// The README's paired differences (issue 13's "significantly ahead" claims) recomputed from the per-document scores
/// the gate committed (<c>eval-data/baselines/*.baseline.json.gz</c>) with the leaderboard's paired bootstrap
/// (10,000 resamples, seed 42), to the decimals the README shows.
/// </summary>
public sealed partial class ReadmePairedTests
{
    [Theory]
    [InlineData("CSL test", "compressive", "textrank", "csl-test-20")]
    [InlineData("CSL test", "textrank", "lead-1", "csl-test-20")]
    [InlineData("multi-domain dev", "compressive", "textrank", "csl-md-dev-20")]
    [InlineData("multi-domain dev", "textrank", "lead-1", "csl-md-dev-20")]
    public void A_paired_difference_in_the_readme_is_the_committed_runs_bootstrap(string dataset, string a, string b, string baseline)
    {
        // Paragraphs wrap anywhere, so line breaks read as spaces.
        var readme = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "README.md")).ReplaceLineEndings(" ");
        // The paragraph names each dataset once, then its differences: "CSL test compressive − textrank **+d** [...], textrank − lead-1 ...".
        var section = readme.IndexOf("Paired bootstrap on per-document ROUGE-L F1", StringComparison.Ordinal);
        var from = section < 0 ? -1 : readme.IndexOf(dataset + " ", section, StringComparison.Ordinal);
        var anchor = $"{a} − {b}";
        var at = from < 0 ? -1 : readme.IndexOf(anchor, from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"README.md no longer says '{anchor}' after '{dataset}' in its paired-bootstrap paragraph");
        var shown = Claim().Match(readme, at + anchor.Length);
        Assert.True(shown.Success && shown.Index == at + anchor.Length, $"README.md: no '**+d** [low, high]' right after '{anchor}'");

        var result = PairedTest.Bootstrap(RougeL(baseline, a), RougeL(baseline, b), samples: 10000, seed: 42);
        foreach (var (text, value) in new[] { (shown.Groups[1].Value, result.MeanDifference), (shown.Groups[2].Value, result.CiLow), (shown.Groups[3].Value, result.CiHigh) })
        {
            var decimals = text.Length - text.IndexOf('.') - 1;
            Assert.True(double.Parse(text, CultureInfo.InvariantCulture) == Math.Round(value, decimals),
                $"{a} − {b} ({baseline}): README shows {shown.Value}; the committed runs give {result.MeanDifference:+0.0000} [{result.CiLow:0.0000}, {result.CiHigh:0.0000}], p = {result.PValue:0.0000}");
        }

        Assert.True(result.PValue < 0.05, $"{a} − {b} ({baseline}): p = {result.PValue}");
    }

    private static double[] RougeL(string baseline, string summarizer)
    {
        var path = Path.Combine(SharedData.RepositoryRoot, "eval-data", "baselines", baseline + ".baseline.json.gz");
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var document = JsonDocument.Parse(gzip);
        var entry = document.RootElement.GetProperty("summarizers").EnumerateArray()
            .Single(s => s.GetProperty("summarizer").GetString() == summarizer);
        return entry.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("rougeL").GetDouble()).ToArray();
    }

    [GeneratedRegex(@" \*\*\+(\d\.\d+)\*\* \[(\d\.\d+), (\d\.\d+)\]")]
    private static partial Regex Claim();
}
