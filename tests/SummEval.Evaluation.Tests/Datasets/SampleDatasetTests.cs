using System.Globalization;
using System.Text.RegularExpressions;
using SummEval.Datasets;
using SummEval.Testing;
using SummEval.Text;
using Xunit;

namespace SummEval.Evaluation.Tests.Datasets;

public sealed class SampleDatasetTests
{
    [Fact]
    public void TheEmbeddedSampleLoadsByName()
    {
        var dataset = DatasetLoader.Load("sample");
        Assert.Equal("sample", dataset.Name);
        Assert.StartsWith("embedded:", dataset.Origin);
        Assert.True(dataset.Documents.Count >= 36);
        Assert.Equal(
            Enumerable.Range(0, dataset.Documents.Count).Select(i => $"sample-{i:D4}"),
            dataset.Documents.Select(d => d.Id));
    }

    [Fact]
    public void SampleTextsHaveTheAdvertisedShape()
    {
        var documents = DatasetLoader.LoadSample().Documents;
        Assert.All(documents, d =>
        {
            Assert.InRange(TextLength.Chars(d.Source), 150, 350);
            Assert.InRange(TextLength.Chars(d.References.Single()), 10, 25);
        });
        Assert.True(documents.Count(d => Regex.IsMatch(d.Source, "[A-Za-z]{2,}")) >= 20, "ASCII terms");
        Assert.True(documents.Count(d => Regex.IsMatch(d.Source, @"\d\.\d")) >= 20, "decimals");
        Assert.True(documents.Count(d => d.Source.Contains('%')) >= 10, "percentages");
        Assert.Contains(documents, d => d.Source.Contains("LSTM"));
        Assert.Contains(documents, d => d.Source.Contains("CNN"));
        Assert.Contains(documents, d => d.Source.Contains("GPS"));
        Assert.Contains(documents, d => d.Source.Contains("SO2"));
    }

    [Fact]
    public void TheFileOnDiskIsWhatIsEmbedded()
    {
        var fromDisk = DatasetLoader.Load(Path.Combine(SharedData.RepositoryRoot, "eval-data", "sample", "sample.jsonl"));
        Assert.Equal(DatasetLoader.LoadSample().Documents, fromDisk.Documents, (a, b) => a.Id == b.Id && a.Source == b.Source && a.References.SequenceEqual(b.References));
    }

    [Fact]
    public void TheReadmeStatisticsMatchTheFile()
    {
        var documents = DatasetLoader.LoadSample().Documents;
        var titles = documents.Select(d => (double)TextLength.Chars(d.References[0])).ToList();
        var contents = documents.Select(d => (double)TextLength.Chars(d.Source)).ToList();
        var row = string.Create(CultureInfo.InvariantCulture,
            $"| {documents.Count} | {titles.Average():F1} ({Sd(titles):F1}) | {titles.Min()} / {titles.Max()} | {100.0 * titles.Count(t => t <= 20) / titles.Count:F1} % | {contents.Average():F1} ({Sd(contents):F1}) | {contents.Min()} / {contents.Max()} |");
        var readme = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "eval-data", "sample", "README.md"));
        Assert.Contains(row, readme);
    }

    private static double Sd(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Count);
    }
}
