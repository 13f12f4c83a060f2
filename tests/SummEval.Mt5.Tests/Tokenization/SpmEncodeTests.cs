using System.Diagnostics;
using System.Text;
using System.Text.Json;
using SummEval.Mt5.Tests.Conformance;
using SummEval.Mt5.Tokenization;
using SummEval.Testing;
using Xunit;

namespace SummEval.Mt5.Tests.Tokenization;

/// <summary>
/// A fact that needs ../shared and Debian's <c>spm_encode</c> (package sentencepiece): skipped visibly otherwise, and
/// failing with the reason under CI=true (<see cref="TestRequirements"/>).
/// </summary>
public sealed class SpmEncodeFactAttribute : FactAttribute, IRequirementAttribute
{
    public SpmEncodeFactAttribute() => Skip = TestRequirements.SkipReason(Missing);

    public string? Missing => TestRequirements.FirstMissing(
        SharedData.Missing,
        SpmEncodeTests.SpmEncode is null ? "spm_encode is not on PATH (Debian: apt-get install sentencepiece, or run .ci/provision)." : null);
}

/// <summary>Token ids against SentencePiece's own command-line encoder on the CSL texts.</summary>
public sealed class SpmEncodeTests
{
    public static string? SpmEncode { get; } = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(d => Path.Combine(d, "spm_encode"))
        .FirstOrDefault(File.Exists);

    [SpmEncodeFact]
    public void Ids_equal_spm_encode_on_every_csl_abstract_and_title()
    {
        var texts = new List<string>();
        foreach (var file in new[] { "test.jsonl", "train.jsonl" })
        {
            foreach (var line in File.ReadLines(SharedData.PathOf("data", "csl", file)))
            {
                using var doc = JsonDocument.Parse(line);
                foreach (var field in new[] { "content", "title" })
                {
                    if (doc.RootElement.TryGetProperty(field, out var v) && v.GetString() is { } s && !s.Contains('\n') && !s.Contains('\r'))
                    {
                        texts.Add(s);
                    }
                }
            }
        }

        AssertSameAsSpmEncode(texts);
    }

    [SpmEncodeFact]
    public void Ids_equal_spm_encode_on_unknown_runs_spaces_and_width_variants()
    {
        AssertSameAsSpmEncode(
        [
            "ÆØÅ𠮷𠮷x  abc", "  hello   world ", "😀😀😀中", "①②ｶﾞ　Ａ", "a\tb\u200bc", "全角，标点！？", "ＡＢＣ１２３", "x😀😀😀😀😀y",
            "基于BERT的中文NER", "e.g. 3.14%", "Ⅻ ㍿ ﬁ", "\u00a0前后\u3000空格\u00a0",
        ]);
    }

    private static void AssertSameAsSpmEncode(IReadOnlyList<string> texts)
    {
        var tokenizer = Mt5Tokenizer.Load(Path.Combine(Mt5Tiny.Folder, "spiece.model"));
        var expected = RunSpmEncode(texts);
        Assert.Equal(texts.Count, expected.Count);
        var mismatches = new List<string>();
        for (var i = 0; i < texts.Count; i++)
        {
            var ids = string.Join(' ', tokenizer.EncodePieces(texts[i]));
            if (ids != expected[i])
            {
                mismatches.Add($"'{texts[i]}': got [{ids}] spm_encode [{expected[i]}]");
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {texts.Count} differ:\n" + string.Join("\n", mismatches.Take(10)));
    }

    private static List<string> RunSpmEncode(IReadOnlyList<string> texts)
    {
        var input = Path.GetTempFileName();
        try
        {
            File.WriteAllText(input, string.Join('\n', texts) + "\n", new UTF8Encoding(false));
            var psi = new ProcessStartInfo(SpmEncode!)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                UseShellExecute = false,
            };
            psi.ArgumentList.Add("--model=" + Path.Combine(Mt5Tiny.Folder, "spiece.model"));
            psi.ArgumentList.Add("--output_format=id");
            psi.ArgumentList.Add(input);
            using var process = Process.Start(psi)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var lines = new List<string>();
            while (process.StandardOutput.ReadLine() is { } line)
            {
                lines.Add(line.Trim());
            }

            process.WaitForExit();
            Assert.True(process.ExitCode == 0, "spm_encode failed: " + stderr.Result);
            return lines;
        }
        finally
        {
            File.Delete(input);
        }
    }
}
