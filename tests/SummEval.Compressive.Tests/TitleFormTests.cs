using SummEval.Compressive.Decoding;
using SummEval.Compressive.Features;
using Xunit;

namespace SummEval.Compressive.Tests;

public sealed class TitleFormTests
{
    // The other-field titles and abstracts written for the tests: the title model learns noun phrases, the background
    // the abstracts' clauses (本文 …, 结果表明 …).
    private static readonly Lazy<TitleFormModel> Model = new(() =>
    {
        var pairs = OtherFields.Read().Select(r => r.Pair).ToList();
        return TitleFormModel.Build(
            pairs.Select(p => DocumentAnalyzer.Default.Analyze(p.Reference).Words),
            pairs.Select(p => DocumentAnalyzer.Default.Analyze(p.Source)));
    });

    private static double FormOf(string text) =>
        Model.Value.Score(DocumentAnalyzer.Default.Analyze(text).Words.Select(TitleFormModel.TokenOf).ToList());

    [Fact]
    public void TitleShapesScoreAboveClauseShapes()
    {
        // Unseen texts: the same topic as a title and as an abstract's clause.
        Assert.True(FormOf("基于注意力机制的文本分类方法研究") > FormOf("本文对文本分类方法进行了研究"));
        Assert.True(FormOf("气候变化对水稻产量的影响") > FormOf("结果表明气候变化显著提高了水稻产量"));
        Assert.True(FormOf("基于注意力机制的文本分类方法研究") > 0);
        Assert.True(FormOf("结果表明气候变化显著提高了水稻产量") < 0);
    }

    [Fact]
    public void FunctionWordsAreTokensThemselvesAndOtherWordsTheirTags()
    {
        var words = DocumentAnalyzer.Default.Analyze("基于图神经网络的推荐").Words;
        Assert.Equal(["基于", words[1].Flag, words[2].Flag, "的", words[4].Flag], words.Select(TitleFormModel.TokenOf));
    }

    [Fact]
    public void WrittenModelsReadBackToTheSameScoresAndBytes()
    {
        using var first = new StringWriter();
        Model.Value.Write(first);
        var read = TitleFormModel.Read(new StringReader(first.ToString()), "test");
        using var second = new StringWriter();
        read.Write(second);
        Assert.Equal(first.ToString(), second.ToString());

        var tokens = DocumentAnalyzer.Default.Analyze("本文对文本分类方法进行了研究").Words.Select(TitleFormModel.TokenOf).ToList();
        Assert.Equal(Model.Value.Score(tokens), read.Score(tokens));

        // Another version is refused with retrain advice.
        var other = first.ToString().Replace($"# title-form {TitleFormModel.Version}", "# title-form 0", StringComparison.Ordinal);
        var error = Assert.Throws<InvalidDataException>(() => TitleFormModel.Read(new StringReader(other), "m.zip!titleform.tsv"));
        Assert.Contains("Retrain", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheWeightMovesTheChoiceTowardsTheTitleShapedCandidate()
    {
        // The likely words open with the abstract's own voice (本文 研究 了 …): by probabilities alone the choice keeps it.
        var document = DocumentAnalyzer.Default.Analyze("本文研究了气候变化对水稻产量的影响。");
        var likely = new Dictionary<string, double> { ["本文"] = 0.2, ["研究"] = 0.2, ["了"] = 0.2, ["气候变化"] = 0.9, ["对"] = 0.5, ["水稻"] = 0.9, ["产量"] = 0.9, ["的"] = 0.6, ["影响"] = 0.9 };
        var p = document.Words.Select(w => likely.GetValueOrDefault(w.Text)).ToArray();
        var off = new CandidateSelection(15, 0.7, 0.02, SentenceCost: 0.01, ConsensusWeight: 0.5, LocalCandidates: true);
        var on = off with { TitleFormWeight = 0.05 };

        var plain = SummaryDecoder.Summarize(document, p, 20, off);
        var formed = SummaryDecoder.Summarize(document, p, 20, on, Model.Value);
        Assert.Equal(plain, SummaryDecoder.Summarize(document, p, 20, off, Model.Value));
        Assert.Equal("本文研究了气候变化对水稻产量的影响", plain);
        Assert.Equal("气候变化对水稻产量的影响", formed);
        Assert.True(FormOf(formed) > FormOf(plain), $"{formed} should look more like a title than {plain}");

        // A floor above every candidate prunes nothing; a floor between them keeps only the title-shaped ones.
        Assert.Equal(plain, SummaryDecoder.Summarize(document, p, 20, off with { TitleFormFloor = 100 }, Model.Value));
        var floored = SummaryDecoder.Summarize(document, p, 20, off with { TitleFormFloor = FormOf(plain) + 1e-9 }, Model.Value);
        Assert.NotEqual(plain, floored);
        Assert.True(FormOf(floored) > FormOf(plain), $"{floored} should pass the floor {plain} fails");

        // A selection that weighs the form cannot run without the model.
        Assert.Throws<ArgumentException>(() => SummaryDecoder.Summarize(document, p, 20, on));
    }
}
