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

        AssertProbesAgree(table, model, random, alphabet);
    }

    [Fact]
    public void ProbeFlagsFollowLaterWordsAndDeletions()
    {
        var table = new WordTable(capacity: 16);
        var model = new Dictionary<string, long>(StringComparer.Ordinal);
        void Set(string word, long freq)
        {
            table.SetWord(word, new PrefixDictionary.Entry(freq));
            model[word] = freq;
            foreach (var prefix in Prefixes(word))
            {
                model.TryAdd(prefix, 0);
            }
        }

        // A word no key extends, then a longer word from it (extended from then on), then deleted (frequency 0:
        // still a key, no longer a word), a word of one code point outside the BMP, and a word ending inside one.
        Set("北京", 5);
        AssertProbe(table, model, "北京");
        Set("北京大学", 7);
        AssertProbe(table, model, "北京");
        AssertProbe(table, model, "北京大");
        Set("北京", 0);
        AssertProbe(table, model, "北京");
        Set("𠀀", 3);
        Set("𠀀".Substring(0, 1), 2);
        AssertProbe(table, model, "𠀀");
        AssertProbe(table, model, "𠀀"[..1]);
        AssertProbesAgree(table, model, new Random(7), "北京大学𠀀");
    }

    // Probe, walked one character at a time as the route walks, says what the model says of every key and of
    // absent strings: a key, log(freq or 1), a word (frequency not 0), and whether a longer key starts with it.
    private static void AssertProbesAgree(WordTable table, Dictionary<string, long> model, Random random, string alphabet)
    {
        var extended = ExtendedKeys(model);
        foreach (var key in model.Keys)
        {
            AssertProbe(table, model, key, extended);
        }

        for (var n = 0; n < 5_000; n++)
        {
            AssertProbe(table, model, RandomWord(random, alphabet), extended);
        }
    }

    // Every string a longer key starts with (cut at any UTF-16 unit).
    private static HashSet<string> ExtendedKeys(Dictionary<string, long> model)
    {
        var extended = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in model.Keys)
        {
            for (var i = 1; i < key.Length; i++)
            {
                extended.Add(key[..i]);
            }
        }

        return extended;
    }

    private static void AssertProbe(WordTable table, Dictionary<string, long> model, string key, HashSet<string>? extendedKeys = null)
    {
        var state = WordTable.ProbeState.Start;
        for (var i = 1; i < key.Length; i++)
        {
            table.Probe(key.AsSpan(0, i), ref state, out _, out _, out _);
        }

        var found = table.Probe(key, ref state, out var logFreq, out var word, out var extended);
        Assert.Equal(model.ContainsKey(key), found);
        if (found)
        {
            var freq = model[key];
            Assert.Equal(new PrefixDictionary.Entry(freq).LogFreq, logFreq);
            Assert.Equal(freq != 0, word);
            Assert.Equal((extendedKeys ?? ExtendedKeys(model)).Contains(key), extended);
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
