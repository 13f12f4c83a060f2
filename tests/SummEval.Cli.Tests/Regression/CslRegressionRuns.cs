using System.Collections.Concurrent;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SummEval.Datasets;
using SummEval.Documents;
using SummEval.Testing;

namespace SummEval.Cli.Tests.Regression;

/// <summary>
/// Real runs of the real CLI over CSL test (1000 documents from ../shared): the lead-1 and textrank summaries once, then
/// variants of them run as <c>file:path=sys.jsonl</c> (the same spec in every folder, so the gate matches them), each in
/// its own folder and computed once per test class.
/// </summary>
public sealed class CslRegressionRuns : IDisposable
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _runs = new(StringComparer.Ordinal);
    private readonly Lazy<Task<Reference>> _reference;

    public CslRegressionRuns()
    {
        _reference = new Lazy<Task<Reference>>(ComputeReferenceAsync);
    }

    /// <summary>The scratch folder of this test class.</summary>
    public string Folder { get; } = Directory.CreateTempSubdirectory("summeval-regression-").FullName;

    public static string DatasetPath => SharedData.PathOf("data", "csl", "test.jsonl");

    /// <summary>The spec every variant runs under.</summary>
    public const string Spec = "file:path=sys.jsonl";

    public Task<Reference> ReferenceAsync() => _reference.Value;

    /// <summary>Runs <paramref name="predictions"/> (id → summary; a missing id fails) as <see cref="Spec"/> into folder <paramref name="name"/>; returns the run folder.</summary>
    public Task<string> RunAsync(string name, Func<Reference, IReadOnlyDictionary<string, string>> predictions, params string[] extra) =>
        _runs.GetOrAdd(name, _ => new Lazy<Task<string>>(async () =>
        {
            var reference = await ReferenceAsync();
            var work = Path.Combine(Folder, name);
            Directory.CreateDirectory(work);
            var lines = new StringBuilder();
            var summaries = predictions(reference);
            foreach (var document in reference.Documents)
            {
                if (summaries.TryGetValue(document.Id, out var summary))
                {
                    lines.Append(JsonSerializer.Serialize(new { id = document.Id, summary }, Json)).Append('\n');
                }
            }

            await File.WriteAllTextAsync(Path.Combine(work, "sys.jsonl"), lines.ToString());
            var result = await CliRunner.RunAsync(["run", "-d", DatasetPath, "-s", Spec, "--out", "out", .. extra], workingDirectory: work);
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"run {name} failed: {result}");
            }

            return Path.Combine(work, "out");
        })).Value;

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private async Task<Reference> ComputeReferenceAsync()
    {
        var output = Path.Combine(Folder, "reference");
        var result = await CliRunner.RunAsync("run", "-d", DatasetPath, "-s", "lead-1", "-s", "textrank", "--out", output);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("reference run failed: " + result);
        }

        return new Reference(
            DatasetLoader.Load(DatasetPath).Documents,
            Read(Path.Combine(output, "predictions", "lead-1.jsonl")),
            Read(Path.Combine(output, "predictions", "textrank.jsonl")));
    }

    private static Dictionary<string, string> Read(string path) => PredictionsReader.Read(path).ToDictionary(p => p.Id, p => p.Summary, StringComparer.Ordinal);

    /// <summary>CSL test and what two real summarizers made of it.</summary>
    public sealed record Reference(IReadOnlyList<Document> Documents, IReadOnlyDictionary<string, string> Lead1, IReadOnlyDictionary<string, string> TextRank)
    {
        /// <summary><paramref name="count"/> document ids drawn without replacement by <c>new Random(seed)</c>.</summary>
        public IReadOnlySet<string> Pick(int count, int seed)
        {
            var random = new Random(seed);
            return Documents.Select(d => d.Id).OrderBy(_ => random.Next()).Take(count).ToHashSet(StringComparer.Ordinal);
        }

        /// <summary>lead-1's summaries with <paramref name="replace"/> applied to the documents in <paramref name="ids"/>.</summary>
        public Dictionary<string, string> Lead1With(IReadOnlySet<string> ids, Func<Document, string?> replace)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var document in Documents)
            {
                var summary = ids.Contains(document.Id) ? replace(document) : Lead1[document.Id];
                if (summary is not null)
                {
                    result[document.Id] = summary;
                }
            }

            return result;
        }
    }
}
