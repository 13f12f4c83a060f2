using SummEval.Jieba.Dictionary;
using Xunit;

namespace SummEval.Jieba.Tests.Dictionary;

/// <summary>
/// The span-keyed table against a plain <see cref="Dictionary{TKey, TValue}"/> model: growth from a tiny
/// capacity, keys sharing their first four characters, long keys, surrogate pairs and overwrites.
/// </summary>
public sealed class WordTableTests
{
    [Fact]
    public void AgreesWithADictionaryModelThroughManyGrowths()
    {
        var random = new Random(20261129);
        var table = new WordTable(capacity: 1);
        var model = new Dictionary<string, long>(StringComparer.Ordinal);
        var alphabet = "的一是了我不在人有他这中大来上个国和到说们为子𠀀𠀁ab";
        for (var n = 0; n < 20_000; n++)
        {
            var word = RandomWord(random, alphabet);
            var freq = (long)random.Next(0, 1000);
            table.SetWord(word, new PrefixDictionary.Entry(freq));
            model[word] = freq;
            foreach (var prefix in Prefixes(word))
            {
                model.TryAdd(prefix, 0);
            }
        }

        Assert.Equal(model.Count, table.Count);
        foreach (var (key, freq) in model)
        {
            var node = table.Find(key);
            Assert.True(node >= 0, key);
            Assert.Equal(freq, table.EntryAt(node).Freq);
        }

        for (var n = 0; n < 20_000; n++)
        {
            var probe = RandomWord(random, alphabet);
            Assert.Equal(model.ContainsKey(probe), table.Find(probe) >= 0);
        }
    }

    [Fact]
    public void KeysSharingTheirFirstFourCharactersStayDistinct()
    {
        var table = new WordTable(capacity: 4);
        string[] words = ["中华人民", "中华人民共", "中华人民共和国", "中华人民共和国国务院总理办公室秘书处", "中华人民共和国国务院总理办公室秘书科"];
        for (var i = 0; i < words.Length; i++)
        {
            table.SetWord(words[i], new PrefixDictionary.Entry(i + 1));
        }

        for (var i = 0; i < words.Length; i++)
        {
            Assert.Equal(i + 1, table.EntryAt(table.Find(words[i])).Freq);
        }

        Assert.Equal(0, table.EntryAt(table.Find("中华人民共和")).Freq);
        Assert.Equal(-1, table.Find("中华人民共和国国务院总理办公室秘书"[..^1] + "x"));
        Assert.Equal(-1, table.Find("中华人民共和国国务院总理办公室秘书所"));
        Assert.Equal(-1, table.Find("华"));
    }

    [Fact]
    public void APrefixNeverOverwritesAWordAndAWordOverwritesAPrefix()
    {
        var table = new WordTable(capacity: 16);
        table.SetWord("北京", new PrefixDictionary.Entry(5));
        table.SetWord("北京大学", new PrefixDictionary.Entry(7));
        Assert.Equal(5, table.EntryAt(table.Find("北京")).Freq);
        Assert.Equal(0, table.EntryAt(table.Find("北京大")).Freq);
        table.SetWord("北京大", new PrefixDictionary.Entry(3));
        Assert.Equal(3, table.EntryAt(table.Find("北京大")).Freq);
        Assert.Equal(4, table.Count);
    }

    [Fact]
    public void PrefixesStopAtCodePointBoundaries()
    {
        var table = new WordTable(capacity: 16);
        table.SetWord("𠀀𠀁", new PrefixDictionary.Entry(2));
        Assert.True(table.Find("𠀀") >= 0);
        Assert.Equal(-1, table.Find("𠀀𠀁".AsSpan(0, 1)));
        Assert.Equal(-1, table.Find("𠀀𠀁".AsSpan(0, 3)));
        Assert.Equal(2, table.Count);
    }

    private static string RandomWord(Random random, string alphabet)
    {
        var elements = System.Globalization.StringInfo.GetTextElementEnumerator(alphabet);
        var units = new List<string>();
        while (elements.MoveNext())
        {
            units.Add((string)elements.Current);
        }

        var length = random.Next(1, random.Next(2) == 0 ? 4 : 18);
        return string.Concat(Enumerable.Range(0, length).Select(_ => units[random.Next(units.Count)]));
    }

    private static IEnumerable<string> Prefixes(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (!char.IsHighSurrogate(word[i - 1]))
            {
                yield return word[..i];
            }
        }
    }
}
