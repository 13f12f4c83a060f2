using System.Text.Json;
using SummEval.Jieba.Dictionary;
using SummEval.Jieba.PosTagging;
using SummEval.Testing;
using Xunit;
using Xunit.Abstractions;

namespace SummEval.Jieba.Tests.Segmentation;

/// <summary>
/// Token-for-token parity with jieba 0.42.1's lcut over every CSL document (../shared conformance): with the
/// default data (the bundled jieba.NET files), with the bundled folder named explicitly, and with Debian's
/// python3-jieba folder when it is installed.
/// </summary>
public sealed class CslParityTests(ITestOutputHelper output)
{
    private static readonly Lazy<JiebaSegmenter> Bundled = new(() => JiebaSegmenter.Load(DictionaryLocator.BundledFolder));
    private static readonly Lazy<JiebaSegmenter> Python = new(() => JiebaSegmenter.Load(PythonJieba.Folder));

    [SharedTheory]
    [InlineData("train", true)]
    [InlineData("train", false)]
    [InlineData("test", true)]
    [InlineData("test", false)]
    public void EveryDocumentMatchesJieba(string split, bool hmm)
    {
        // The default must be the bundled data, so this is the parity every fresh machine gets.
        Assert.Equal(JiebaDataKind.JiebaNet, JiebaSegmenter.Default.Data.Kind);
        CheckParity(JiebaSegmenter.Default, split, hmm);
    }

    [SharedTheory]
    [InlineData("test", true)]
    [InlineData("test", false)]
    public void TheBundledFolderNamedExplicitlyMatchesJieba(string split, bool hmm)
    {
        Assert.Equal(JiebaDataKind.JiebaNet, Bundled.Value.Data.Kind);
        CheckParity(Bundled.Value, split, hmm);
    }

    [PythonJiebaSharedTheory]
    [InlineData("test", true)]
    [InlineData("test", false)]
    public void PythonJiebasFolderMatchesJieba(string split, bool hmm)
    {
        Assert.Equal(JiebaDataKind.Jieba, Python.Value.Data.Kind);
        CheckParity(Python.Value, split, hmm);
    }

    [PythonJiebaSharedTheory]
    [InlineData(true)]
    [InlineData(false)]
    public void PossegTagsAreTheSameFromBothLayouts(bool hmm)
    {
        // posseg's expected tags for a few texts are in PosTaggerTests; here every CSL test document is tagged
        // from the JSON tables and from jieba's .py tables, which must agree word for word and flag for flag.
        var fromJson = new PosTagger(Bundled.Value);
        var fromPython = new PosTagger(Python.Value);
        var differing = new List<string>();
        foreach (var (id, content) in Contents("test"))
        {
            if (!fromJson.Cut(content, hmm).SequenceEqual(fromPython.Cut(content, hmm)))
            {
                differing.Add(id);
            }
        }

        Assert.True(differing.Count == 0, $"posseg differs between layouts (hmm={hmm}) for: {string.Join(", ", differing)}");
    }

    private void CheckParity(JiebaSegmenter segmenter, string split, bool hmm)
    {
        var contents = Contents(split);
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
        output.WriteLine($"{segmenter.Data.Source}, csl-{split} hmm={hmm}: {total - differing.Count}/{total} identical ({rate:P3}); differing: {string.Join(", ", differing)}");
        Assert.Equal(1000, total);
        // README and docs/jieba.md claim 100 % token identity, so every document must match.
        Assert.True(differing.Count == 0, $"{differing.Count} of {total} csl-{split} documents (hmm={hmm}) differ from jieba ({rate:P3} identical): {string.Join(", ", differing)}");
    }

    private static Dictionary<string, string> Contents(string split)
    {
        var contents = new Dictionary<string, string>();
        foreach (var line in File.ReadLines(SharedData.PathOf("data", "csl", split + ".jsonl")))
        {
            using var doc = JsonDocument.Parse(line);
            contents[doc.RootElement.GetProperty("id").GetString()!] = doc.RootElement.GetProperty("content").GetString()!;
        }

        return contents;
    }
}
