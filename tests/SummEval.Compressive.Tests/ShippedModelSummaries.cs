using SummEval.Compressive.Features;
using SummEval.Compressive.Model;
using SummEval.Compressive.Training;
using SummEval.Jieba.Keywords;
using SummEval.Testing;

namespace SummEval.Compressive.Tests;

// The shipped model's 20-character summaries of the sample, CSL test and multi-domain dev, for tests that hold a property
// of all of them (needs ../shared).
internal static class ShippedModelSummaries
{
    public static IEnumerable<(string Set, int Index, string Source, string Summary)> All()
    {
        var sets = new (string Name, IReadOnlyList<TrainingPair> Pairs)[]
        {
            ("sample", CslPairs.ReadFile(Path.Combine(SharedData.RepositoryRoot, "eval-data", "sample", "sample.jsonl"))),
            ("csl-test", CslPairs.Read("test")),
            ("csl-md-dev", CslPairs.ReadFile(SharedData.PathOf("data", "csl-md", "dev.jsonl"))),
        };
        var summarizer = new CompressiveSummarizer(DefaultModel.LoadShipped(), DocumentAnalyzer.Default, TfidfKeywordExtractor.Default.Idf);
        foreach (var (name, pairs) in sets)
        {
            for (var i = 0; i < pairs.Count; i++)
            {
                yield return (name, i, pairs[i].Source, summarizer.Summarize(pairs[i].Source, 20));
            }
        }
    }
}
