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

    // How many summaries were checked, and those that break the property (defective(source, summary)), named by set and index.
    public static (int Count, List<string> Failures) Check(Func<string, string, bool> defective)
    {
        var failures = new List<string>();
        var count = 0;
        foreach (var (name, i, source, summary) in All())
        {
            count++;
            if (defective(source, summary))
            {
                failures.Add($"{name} #{i}: \"{summary}\"");
            }
        }

        return (count, failures);
    }
}
