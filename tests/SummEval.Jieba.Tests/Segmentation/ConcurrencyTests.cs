using Xunit;

namespace SummEval.Jieba.Tests.Segmentation;

/// <summary>The shared segmenter gives the same tokens from many threads at once, also while words are added.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public void ParallelCutsMatchSequentialCuts()
    {
        var segmenter = JiebaSegmenter.Load();
        var texts = Enumerable.Range(0, 200)
            .Select(i => $"第{i}次实验：小明硕士毕业于中国科学院计算所，后在日本京都大学深造，IEEE 802.11n 提升了{i}.5%的吞吐量。")
            .ToArray();
        var expected = texts.Select(t => segmenter.Cut(t)).ToArray();
        var actual = new List<string>[texts.Length];
        Parallel.For(0, texts.Length * 5, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var k = i % texts.Length;
            actual[k] = segmenter.Cut(texts[k]);
            if (i % 97 == 0)
            {
                // Writers take the lock; frequency 0 keeps the total (and so every route) unchanged.
                segmenter.AddWord("并发测试词" + i, 0);
            }
        });
        for (var k = 0; k < texts.Length; k++)
        {
            Assert.Equal(expected[k], actual[k]);
        }
    }

    [Fact]
    public async Task ReadersStayCorrectWhileAWriterGrowsTheTable()
    {
        var segmenter = JiebaSegmenter.Load();
        var before = segmenter.Dictionary.Count;
        var china = segmenter.Dictionary.FrequencyOf("中国");
        var texts = Enumerable.Range(0, 50).Select(i => $"小明硕士毕业于中国科学院计算所，第{i}组实验提升了吞吐量。").ToArray();
        var expected = texts.Select(t => segmenter.Cut(t)).ToArray();
        var writerDone = 0;
        var writer = Task.Run(() =>
        {
            // 60,000 words and their hexadecimal prefixes: about 64,000 new keys, past the points where the table
            // (sized for jieba's 498k keys) doubles its slots and nodes. Frequency 0 leaves every route unchanged.
            for (var i = 0; i < 60_000; i++)
            {
                segmenter.AddWord("增长测试" + i.ToString("x5", System.Globalization.CultureInfo.InvariantCulture), 0);
            }

            Volatile.Write(ref writerDone, 1);
        });
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            var rounds = 0;
            while (Volatile.Read(ref writerDone) == 0 || rounds < 5)
            {
                for (var k = 0; k < texts.Length; k++)
                {
                    Assert.Equal(expected[k], segmenter.Cut(texts[k]));
                }

                Assert.Equal(china, segmenter.Dictionary.FrequencyOf("中国"));
                Assert.Equal("ns", segmenter.Dictionary.TagOf("中国"));
                rounds++;
            }
        })).ToArray();
        await Task.WhenAll([writer, .. readers]);
        Assert.True(segmenter.Dictionary.Count > before + 60_000, $"{segmenter.Dictionary.Count - before} keys added");
        Assert.True(segmenter.Dictionary.TryGet("增长测试0ea5f", out var entry) && entry.Freq == 0);
        Assert.True(segmenter.Dictionary.TryGet("增长测试0ea5", out _));
        Assert.False(segmenter.Dictionary.TryGet("增长测试0ea60", out _));
        Assert.False(segmenter.Dictionary.TryGet("增长测试0ea6", out _));
        Assert.True(china > 0);
    }
}
