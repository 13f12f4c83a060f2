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
}
