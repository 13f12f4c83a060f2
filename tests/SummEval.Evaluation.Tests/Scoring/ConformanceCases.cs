using System.Text.Json;
using SummEval.Metrics;
using SummEval.Testing;

namespace SummEval.Evaluation.Tests.Scoring;

/// <summary>One case of ../shared/conformance/rouge/conformance.jsonl and its ROUGE-1.5.5 (<c>-f A</c>) target.</summary>
public sealed record ConformanceCase(
    string Id,
    string Kind,
    string Tokenization,
    string Candidate,
    IReadOnlyList<string> References,
    IReadOnlyList<IReadOnlyList<string>>? CandidateTokens,
    IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>>? ReferencesTokens,
    RougeScores Expected,
    RougeScores? ExpectedBest)
{
    public override string ToString() => Id;
}

/// <summary>Reads the shared ROUGE conformance files.</summary>
public static class ConformanceCases
{
    private static readonly Lazy<IReadOnlyList<ConformanceCase>> All = new(() =>
        File.ReadLines(SharedData.PathOf("conformance", "rouge", "conformance.jsonl"))
            .Where(l => l.Length > 0)
            .Select(Parse)
            .ToList());

    public static IReadOnlyList<ConformanceCase> Load() => All.Value;

    public static RougeScores ReadScores(JsonElement element) => new(
        ReadPrf(element.GetProperty("rouge1")), ReadPrf(element.GetProperty("rouge2")), ReadPrf(element.GetProperty("rougeL")));

    public static PrfScore ReadPrf(JsonElement element) =>
        new(element.GetProperty("p").GetDouble(), element.GetProperty("r").GetDouble(), element.GetProperty("f").GetDouble());

    private static ConformanceCase Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var scores = root.GetProperty("scores");
        return new ConformanceCase(
            root.GetProperty("id").GetString()!,
            root.GetProperty("kind").GetString()!,
            root.GetProperty("tokenization").GetString()!,
            root.GetProperty("candidate").GetString()!,
            root.GetProperty("references").EnumerateArray().Select(r => r.GetString()!).ToList(),
            root.TryGetProperty("candidate_tokens", out var ct) ? Lines(ct) : null,
            root.TryGetProperty("references_tokens", out var rt) ? rt.EnumerateArray().Select(Lines).ToList() : null,
            ReadScores(scores.GetProperty("rouge155")),
            scores.TryGetProperty("rouge155_best", out var best) ? ReadScores(best) : null);
    }

    private static IReadOnlyList<IReadOnlyList<string>> Lines(JsonElement element) =>
        element.EnumerateArray().Select(l => (IReadOnlyList<string>)l.EnumerateArray().Select(t => t.GetString()!).ToList()).ToList();
}
