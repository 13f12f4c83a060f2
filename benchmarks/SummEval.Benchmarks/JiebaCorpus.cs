using System.Text.Json;

namespace SummEval.Benchmarks;

/// <summary>The CSL test contents the jieba benchmarks segment (from ../shared or SUMMEVAL_SHARED).</summary>
internal static class JiebaCorpus
{
    public static string[] CslTestContents()
    {
        var shared = Environment.GetEnvironmentVariable("SUMMEVAL_SHARED");
        if (string.IsNullOrEmpty(shared))
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SummEval.sln")))
            {
                dir = dir.Parent;
            }

            shared = Path.Combine(dir?.FullName ?? throw new InvalidOperationException("SummEval.sln not found; set SUMMEVAL_SHARED."), "..", "shared");
        }

        var path = Path.Combine(shared, "data", "csl", "test.jsonl");
        return File.ReadLines(path)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("content").GetString()!)
            .ToArray();
    }
}
