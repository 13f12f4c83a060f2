using System.Text.Json;
using SummEval.Testing;
using Xunit;

namespace SummEval.Mt5.Tests.Conformance;

/// <summary>One Hugging Face <c>generate()</c> reference case from <c>mt5-tiny/references.jsonl</c>.</summary>
public sealed record ReferenceCase(
    string CaseId,
    string Setting,
    string Text,
    long[] InputIds,
    JsonElement GenerateKwargs,
    long[] OutputIds,
    double? SequenceScore,
    string Decoded,
    long[] OutputIds436,
    double? SequenceScore436,
    string Decoded436)
{
    public override string ToString() => CaseId;
}

/// <summary>The tiny random-weight mT5 conformance folder in ../shared and its reference files.</summary>
public static class Mt5Tiny
{
    private static readonly Lazy<IReadOnlyList<ReferenceCase>> Cases = new(LoadCases);

    public static string Folder => SharedData.PathOf("conformance", "mt5-tiny");

    public static IReadOnlyList<ReferenceCase> References => Cases.Value;

    public static ReferenceCase Case(string id) => References.Single(c => c.CaseId == id);

    /// <summary>Case ids for theories; empty (the theory is skipped by its attribute) when ../shared is absent.</summary>
    public static TheoryData<string> CaseIds(string? setting = null)
    {
        var data = new TheoryData<string>();
        if (SharedData.Folder is null)
        {
            data.Add("(no shared data)");
            return data;
        }

        foreach (var c in References.Where(c => setting is null || c.Setting == setting))
        {
            data.Add(c.CaseId);
        }

        return data;
    }

    public static IEnumerable<JsonElement> Numerics()
    {
        foreach (var line in File.ReadLines(Path.Combine(Folder, "numerics.jsonl")))
        {
            using var doc = JsonDocument.Parse(line);
            yield return doc.RootElement.Clone();
        }
    }

    private static IReadOnlyList<ReferenceCase> LoadCases()
    {
        var list = new List<ReferenceCase>();
        foreach (var line in File.ReadLines(Path.Combine(Folder, "references.jsonl")))
        {
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            list.Add(new ReferenceCase(
                r.GetProperty("case_id").GetString()!,
                r.GetProperty("setting").GetString()!,
                r.GetProperty("text").GetString()!,
                Ids(r.GetProperty("input_ids")),
                r.GetProperty("generate_kwargs").Clone(),
                Ids(r.GetProperty("output_ids")),
                Score(r.GetProperty("sequence_score")),
                r.GetProperty("decoded").GetString()!,
                Ids(r.GetProperty("output_ids_hf436plus")),
                Score(r.GetProperty("sequence_score_hf436plus")),
                r.GetProperty("decoded_hf436plus").GetString()!));
        }

        return list;
    }

    private static long[] Ids(JsonElement e) => e.EnumerateArray().Select(x => x.GetInt64()).ToArray();

    private static double? Score(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetDouble() : null;
}
