using CsCheck;
using SummEval.Extractive.Normalization;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using SummEval.Testing;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>
/// Traditional Chinese and full-width input: analysed in the form jieba and the rule lists know, summarized in the
/// source's own characters; simplified text (every shipped dataset) analysed exactly as written.
/// </summary>
public sealed class AnalysisTextTests
{
    private const string Simplified = "针对中文短文本特征稀疏的问题,提出一种融合字向量与词向量的双通道注意力分类模型。实验表明该方法有效。";

    [Fact]
    public void SimplifiedTextIsAnalysedAsWritten()
    {
        var text = AnalysisText.Of(Simplified);
        Assert.False(text.IsShadowed);
        Assert.False(text.IsTraditional);
        Assert.Same(Simplified, text.Shadow);
        var summary = "双通道注意力分类模型";
        Assert.Same(summary, text.Restore(summary));
        Assert.Same(summary, text.ShadowOf(summary));
    }

    [Theory]
    [InlineData("燃燒过程中的污染物排放特性研究:以某电厂为例,分析了烟气中颗粒物的粒径分布。")] // one traditional character (CSL train has this)
    [InlineData("清代乾隆时期的漕运制度研究,以档案为据,分析了漕粮征收与运输的组织方式及其演变。")] // 乾 is simplified usage too
    [InlineData("本文讨论了東亞區域合作问题,从贸易、投资与金融三个维度考察一体化进程,并提出政策建议:完善区域金融安全网,推动货币合作,加强基础设施互联互通,深化产业链分工。")] // three, under 5 %
    public void AFewTraditionalCharactersInSimplifiedTextLeaveItAlone(string source)
    {
        var text = AnalysisText.Of(source);
        Assert.False(text.IsShadowed);
        Assert.Same(source, text.Shadow);
    }

    [Fact]
    public void TraditionalAbstractsAreShadowedAsOpenCcSimplifiesTheirCharacters()
    {
        foreach (var (traditional, simplified) in TraditionalAbstracts.All)
        {
            var text = AnalysisText.Of(traditional);
            Assert.True(text.IsTraditional, traditional);
            Assert.Equal(simplified, text.Shadow);
            Assert.Equal(traditional, text.Restore(text.Shadow));
        }
    }

    [Theory]
    [InlineData("中", true)]
    [InlineData("\u3400", true)] // Extension A
    [InlineData("\uF900", true)] // a compatibility ideograph
    [InlineData("Abstract: 1.5%，（）", false)]
    [InlineData("\u9FFF", true)]
    [InlineData("\uA000", false)] // Yi, just past the block
    public void HanScriptCountsTheChineseBlocksOfTheBmp(string text, bool han) =>
        Assert.Equal(han, HanScript.Contains(text));

    [Fact]
    public void EveryPairOfTheEmbeddedTableIsApplied()
    {
        using var stream = typeof(AnalysisText).Assembly.GetManifestResourceStream("SummEval.Extractive.Normalization.ts-characters.txt");
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);
        var pairs = new List<(char Traditional, char Simplified)>();
        while (reader.ReadLine() is { } line)
        {
            if (!line.StartsWith('#'))
            {
                pairs.Add((line[0], line[2]));
            }
        }

        // OpenCC 1.1.6's TSCharacters: 4113 entries, 2956 of them BMP characters with another default simplified form.
        Assert.Equal(2956, pairs.Count);
        Assert.Equal(pairs.Count, pairs.Select(p => p.Traditional).Distinct().Count());
        Assert.All(pairs, p => Assert.NotEqual(p.Traditional, p.Simplified));
        Assert.Contains(('會', '会'), pairs);
        Assert.Contains(('績', '绩'), pairs);
        Assert.Contains(('後', '后'), pairs);

        var text = AnalysisText.Of(new string([.. pairs.Select(p => p.Traditional)]));
        Assert.True(text.IsTraditional);
        Assert.Equal(new string([.. pairs.Select(p => p.Simplified)]), text.Shadow);
    }

    [Fact]
    public void WideLettersAndDigitsAreAnalysedAsAsciiAndWrittenBackWide()
    {
        const string source = "ＣＯＶＩＤ－１９疫情期间，本研究调查了１２０名医护人员的心理健康状况，焦虑检出率为３２．５％。";
        var text = AnalysisText.Of(source);
        Assert.True(text.IsShadowed);
        Assert.False(text.IsTraditional);
        // Full-width punctuation (－ ． ％ ，) is ordinary Chinese text and stays.
        Assert.Equal("COVID－19疫情期间，本研究调查了120名医护人员的心理健康状况，焦虑检出率为32．5％。", text.Shadow);
        Assert.Equal("１２０名医护人员的心理健康状况", text.Restore("120名医护人员的心理健康状况"));
        Assert.Equal("COVID－19", text.ShadowOf("ＣＯＶＩＤ－１９"));
    }

    [Fact]
    public void AReferenceMarkAfterAStopIsAnalysedBeforeIt()
    {
        // As an encyclopedia page prints them (…核心方向。[1]近年来…): before, the mark opened the next sentence ([5]然而，…).
        const string source = "量子计算是核心方向。[1]相干时间提高到毫秒级！[2-4][5]然而仍面临挑战。";
        var text = AnalysisText.Of(source);
        Assert.Equal("量子计算是核心方向[1]。相干时间提高到毫秒级[2-4][5]！然而仍面临挑战。", text.Shadow);
        Assert.Equal("核心方向[1]。", text.Restore("核心方向[1]。"));
        Assert.Equal("然而仍面临挑战", text.Restore("然而仍面临挑战"));

        // A mark after a word, brackets after a stop that are no reference, and a reference list's entry stay where they are.
        foreach (var unchanged in new[] { "核心方向[1]。近年来", "区间为[0,1]。[a]是变量", "参考文献。[1] 张三, 李四.施氮量对冬小麦产量的影响[J].", "参考文献。[1][2] 张三." })
        {
            Assert.Same(unchanged, AnalysisText.Of(unchanged).Shadow);
        }
    }

    [Theory]
    [InlineData("目的∶探讨儿童哮喘的危险因素。关键词∶哮喘", "目的：探讨儿童哮喘的危险因素。关键词：哮喘")] // the ratio sign U+2236
    [InlineData("【目的】︰探讨儿童哮喘的危险因素", "【目的】：探讨儿童哮喘的危险因素")] // a vertical form
    [InlineData("目的 ﹕ 探讨儿童哮喘的危险因素", "目的 ： 探讨儿童哮喘的危险因素")] // the small colon
    public void AColonWrittenAsALookAlikeAfterHanTextIsAnalysedAsTheColon(string source, string shadow)
    {
        var text = AnalysisText.Of(source);
        Assert.Equal(shadow, text.Shadow);
        Assert.Equal(source, text.Restore(text.Shadow));
    }

    [Theory]
    [InlineData("按质量比1∶3混合,n(Nd)∶n(Al)=1∶30时活性最高。")]
    [InlineData("NaYF4∶Yb,Er纳米晶的上转换发光。")]
    public void ARatioSignBetweenQuantitiesStays(string source) =>
        Assert.Same(source, AnalysisText.Of(source).Shadow);

    [Fact]
    public void RestoreTellsCharactersWithOneSimplifiedFormApartByPosition()
    {
        // 后 (empress) and 後 (after) are both 后 in the shadow; each comes back as its source wrote it.
        const string source = "本研究考察清代皇后之冊封禮儀，並比較乾隆朝前後之變化。結果顯示，冊封之後禮儀趨於繁複。";
        var text = AnalysisText.Of(source);
        Assert.True(text.IsTraditional);
        Assert.Equal("清代皇后之冊封禮儀", text.Restore("清代皇后之册封礼仪"));
        Assert.Equal("冊封之後禮儀趨於繁複", text.Restore("册封之后礼仪趋于繁复"));
        Assert.Equal("皇后冊封之後", text.Restore("皇后册封之后"));
    }

    [Fact]
    public void RestoreKeepsCharactersTheSummarizerAdded()
    {
        var text = AnalysisText.Of(TraditionalAbstracts.All[1].Traditional);
        Assert.Equal("董事會性別…績效", text.Restore("董事会性别…绩效"));
        Assert.Equal("", text.Restore(""));
    }

    [Fact]
    public void AnySubsequenceOfTheShadowIsRestoredToTheSameCharactersOfTheSource()
    {
        var cases = Gen.Int[0, TraditionalAbstracts.All.Count - 1].SelectMany(i =>
            Gen.Select(Gen.Const(i), Gen.Int[0, TraditionalAbstracts.All[i].Traditional.Length - 1].Array[1, 12]));
        PropertyCheck.ForAll(cases, c =>
        {
            var (index, cuts) = c;
            var text = AnalysisText.Of(TraditionalAbstracts.All[index].Traditional);
            // Segments between sorted cut points, every other one kept: an in-order subsequence as the summarizers make.
            var points = cuts.Append(0).Append(text.Source.Length).Distinct().Order().ToArray();
            var kept = Enumerable.Range(0, points.Length - 1).Where(k => k % 2 == 0).Select(k => (points[k], points[k + 1] - points[k])).ToArray();
            var fromShadow = string.Concat(kept.Select(k => text.Shadow.Substring(k.Item1, k.Item2)));
            var fromSource = string.Concat(kept.Select(k => text.Source.Substring(k.Item1, k.Item2)));
            Assert.Equal(fromSource, text.Restore(fromShadow));
        }, seed: 13);
    }

    [Fact]
    public void TextRankSummarizesATraditionalAbstractAsItsSimplifiedFormInItsOwnCharacters()
    {
        var textrank = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        foreach (var (traditional, simplified) in TraditionalAbstracts.All)
        {
            foreach (var budget in new[] { 20, 35 })
            {
                var summary = textrank.Summarize(traditional, budget);
                var expected = AnalysisText.Of(traditional).Restore(textrank.Summarize(simplified, budget));
                Assert.Equal(expected, summary);
                Assert.All(summary, c => Assert.Contains(c, traditional));
            }
        }

        // jieba on the traditional characters cut 績效 in two and kept the section label 結果 in view.
        Assert.Equal("董事會性別多元化對企業社會責任績效之影響", textrank.Summarize(TraditionalAbstracts.All[1].Traditional, 20));
        var structured = textrank.Summarize(TraditionalAbstracts.All[0].Traditional, 35);
        Assert.DoesNotContain("結果", structured);
        Assert.DoesNotContain("結論", structured);
    }

    [SharedFact]
    public void NoDocumentOfTheSharedDatasetsOrTheSampleIsConvertedAndOnlyAddressesAndCsvEscapesAreLeftOut()
    {
        // So every gated figure and the shipped compressive model are those of the text as written, but for the 59 CSL
        // abstracts (19 train, 40 test) still escaped as a CSV field, read as the text they escape (stop 40), two of
        // which (test) are also analysed without the address they cite (www.cnki.net).
        var documents = CslData.Test()
            .Concat(CslData.Read("csl", "train.jsonl"))
            .Concat(CslData.Read("csl-md", "dev.jsonl"))
            .Concat(CslData.Sample())
            .Select(d => d.Source)
            .ToList();
        Assert.Equal(3040, documents.Count);
        var shadowed = documents.Select(AnalysisText.Of).Where(t => t.IsShadowed).ToList();
        Assert.Equal(59, shadowed.Count);
        Assert.Equal(2, shadowed.Count(t => t.Shadow != Unescaped(t.Source)));
        Assert.All(shadowed, t =>
        {
            Assert.True(t.IsReflowed);
            Assert.False(t.IsTraditional);
            Assert.StartsWith("\"", t.Source, StringComparison.Ordinal);
            Assert.Equal(Unescaped(t.Source).Replace("www.cnki.net", string.Empty, StringComparison.Ordinal).Replace("www.cnk.net", string.Empty, StringComparison.Ordinal), t.Shadow);
        });
    }

    private static string Unescaped(string field) => field[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal);
}
