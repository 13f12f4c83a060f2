using System.Text.Json;
using SummEval.Testing;
using Xunit;
using Xunit.Abstractions;

namespace SummEval.Jieba.Tests.Segmentation;

/// <summary>Token-for-token parity with jieba 0.42.1's lcut over every CSL document (../shared conformance).</summary>
public sealed class CslParityTests(ITestOutputHelper output)
{
    [SharedTheory]
    [InlineData("train", true)]
    [InlineData("train", false)]
    [InlineData("test", true)]
    [InlineData("test", false)]
    public void EveryDocumentMatchesJieba(string split, bool hmm)
    {
        var contents = new Dictionary<string, string>();
        foreach (var line in File.ReadLines(SharedData.PathOf("data", "csl", split + ".jsonl")))
        {
            using var doc = JsonDocument.Parse(line);
            contents[doc.RootElement.GetProperty("id").GetString()!] = doc.RootElement.GetProperty("content").GetString()!;
        }

        var segmenter = JiebaSegmenter.Default;
        var total = 0;
        var differing = new List<string>();
        foreach (var line in File.ReadLines(SharedData.PathOf("conformance", "jieba", $"csl-{split}.seg.jsonl")))
        {
            using var doc = JsonDocument.Parse(line);
            var id = doc.RootElement.GetProperty("id").GetString()!;
            var expected = doc.RootElement.GetProperty(hmm ? "hmm" : "nohmm").EnumerateArray().Select(e => e.GetString()!).ToList();
            var actual = segmenter.Cut(contents[id], hmm);
            total++;
            if (!expected.SequenceEqual(actual))
            {
                differing.Add(id);
                var at = expected.Zip(actual).TakeWhile(p => p.First == p.Second).Count();
                output.WriteLine($"{id}: first difference at token {at}: jieba [{string.Join("|", expected.Skip(at).Take(5))}] vs ours [{string.Join("|", actual.Skip(at).Take(5))}]");
            }
        }

        var rate = (total - differing.Count) / (double)total;
        output.WriteLine($"csl-{split} hmm={hmm}: {total - differing.Count}/{total} identical ({rate:P3}); differing: {string.Join(", ", differing)}");
        Assert.Equal(1000, total);
        Assert.True(rate >= 0.999, $"only {rate:P3} of csl-{split} documents (hmm={hmm}) match jieba; differing: {string.Join(", ", differing)}");
    }
}
