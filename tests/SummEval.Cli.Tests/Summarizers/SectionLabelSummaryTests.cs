using SummEval.Cli.Summarizers;
using SummEval.Datasets;
using SummEval.Documents;
using SummEval.Extractive.Normalization;
using SummEval.Extractive.Sentences;
using SummEval.Summarizers;
using SummEval.Testing;
using Xunit;
using Xunit.Abstractions;

namespace SummEval.Cli.Tests.Summarizers;

/// <summary>
/// Every shipped local summarizer over CSL test, CSL multi-domain dev and the sample: no summary contains a section
/// label standing alone (<c>结果</c>, <c>【目的】</c>, a glued <c>结果结论</c>), and textrank never opens with one.
/// </summary>
public sealed class SectionLabelSummaryTests(ITestOutputHelper output)
{
    private const int Budget = 20;

    private static readonly char[] PieceEnds = ['，', ',', '；', ';', '。', '！', '？', '!', '?'];

    private static readonly string[] CoreLabels = ["目的", "方法", "结果", "结论", "背景", "摘要", "目标", "对象", "意义"];

    // Specs whose summaries must not even open with a label (they strip labels by design).
    private static readonly string[] LabelFree = ["textrank", "textrank:similarity=bm25", "textrank:unit=clause", "textrank:unit=sentence", "textrank:tokenizer=bigram", "textrank:centrality=directed"];

    [SharedFact]
    public async Task NoSummaryHasASectionLabelStandingAlone()
    {
        var datasets = new[]
        {
            DatasetLoader.LoadSample(),
            DatasetLoader.LoadFile(SharedData.PathOf("data", "csl", "test.jsonl")),
            DatasetLoader.LoadFile(SharedData.PathOf("data", "csl-md", "dev.jsonl")),
        };
        var catalog = SummarizerCatalog.CreateDefault();
        var specs = new List<string> { "lead-1", "lead-chars", "oracle-sentence", "oracle-lcs" };
        specs.AddRange(LabelFree);
        // The shipped default model: a fresh clone summarizes with it, so it is checked like any other.
        specs.Add("compressive");

        var failures = new List<string>();
        foreach (var spec in specs)
        {
            var (summarizer, _, _) = catalog.Create(spec);
            var count = 0;
            foreach (var dataset in datasets)
            {
                foreach (var document in dataset.Documents)
                {
                    var summary = (await summarizer.SummarizeAsync(document, new SummaryOptions { MaxChars = Budget })).Text;
                    count++;
                    if (Problem(summary, strict: LabelFree.Contains(spec), IsStructured(document.Source)) is { } problem)
                    {
                        failures.Add($"{spec} on {dataset.Name}/{document.Id}: {problem} in \"{summary}\"");
                    }
                }
            }

            // Abstracts written in Traditional Chinese (結果, 結論): checked in their simplified form, as they are analysed
            // (they have no titles, which the oracles need).
            foreach (var (traditional, _) in spec.StartsWith("oracle", StringComparison.Ordinal) ? [] : TraditionalAbstracts.All)
            {
                var summary = (await summarizer.SummarizeAsync(new Document("traditional", traditional, []), new SummaryOptions { MaxChars = Budget })).Text;
                count++;
                var simplified = AnalysisText.Of(traditional);
                if (Problem(simplified.ShadowOf(summary), strict: LabelFree.Contains(spec), IsStructured(simplified.Shadow)) is { } problem)
                {
                    failures.Add($"{spec} on a traditional abstract: {problem} in \"{summary}\"");
                }
            }

            output.WriteLine($"{spec}: {count} summaries checked");
        }

        Assert.True(failures.Count == 0, $"{failures.Count} summaries with a label standing alone:\n{string.Join('\n', failures.Take(30))}");
    }

    // A user's structured abstract without full stops between its sections: labels set off by spaces, on lines of their
    // own, in 【】 glued to the text, with colons. No label-free summarizer writes a label anywhere in a summary, at any
    // budget, and textrank's whole sentences are never glued into one (each piece comes from one section).
    [Fact]
    public async Task NoLabelReachesASummaryOfAnUnpunctuatedStructuredAbstract()
    {
        string[] sections = ["探讨儿童哮喘患者的肺功能与空气污染暴露的相关性", "回顾性分析412例哮喘儿童的病历资料", "高暴露组的第一秒用力呼气量显著低于低暴露组", "空气污染暴露与肺功能下降有关"];
        string[] labels = ["目的", "方法", "结果", "结论"];
        string Layout(Func<string, string, string> section, string between) =>
            string.Join(between, labels.Zip(sections, section));
        var layouts = new[]
        {
            Layout((l, t) => $"{l} {t}", " "),
            Layout((l, t) => $"{l}\n{t}", "\n"),
            Layout((l, t) => $"【{l}】{t}", string.Empty),
            Layout((l, t) => $"【{l}】{t}", " "),
            Layout((l, t) => $"{l}:{t}", " "),
            Layout((l, t) => $"{l}　{t}", "　"),
            "背景 空气污染是儿童哮喘的重要诱因 " + Layout((l, t) => $"{l} {t}", " "),
            string.Concat(labels.Zip(["Objective", "Methods", "Results", "Conclusion"], sections).Select(s => $"{s.First} {s.Second} {s.Third}。")), // bilingual
        };
        var catalog = SummarizerCatalog.CreateDefault();
        var failures = new List<string>();
        foreach (var spec in LabelFree.Append("compressive"))
        {
            var (summarizer, _, _) = catalog.Create(spec);
            foreach (var layout in layouts)
            {
                foreach (var budget in new[] { 20, 40, 60, 120 })
                {
                    var summary = (await summarizer.SummarizeAsync(new Document("structured", layout, []), new SummaryOptions { MaxChars = budget })).Text;
                    if (labels.Concat(["背景", "Objective", "Methods", "Results", "Conclusion"]).FirstOrDefault(l => summary.Contains(l, StringComparison.Ordinal)) is { } label)
                    {
                        failures.Add($"{spec} at {budget}: \"{label}\" in \"{summary}\"");
                    }

                    if (spec == "textrank" && summary.Split(['。', '，'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(p => !layout.Contains(p, StringComparison.Ordinal) && !sections.Any(t => t.Contains(p, StringComparison.Ordinal))) is { } glued)
                    {
                        failures.Add($"textrank at {budget}: \"{glued}\" glues sections in \"{summary}\"");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    // A copy from a journal's PDF whose font wrote the colon after each label as the ratio sign ∶ or a vertical form: the
    // label and its colon stay out of every summary, at every budget.
    [Theory]
    [InlineData('\u2236')]
    [InlineData('\uFE30')]
    [InlineData('\uFE55')]
    public async Task AColonAPdfWroteAsARatioSignStaysWithItsLabel(char colon)
    {
        string[] sections = ["探讨儿童哮喘患者的肺功能与空气污染暴露的相关性", "回顾性分析412例哮喘儿童的病历资料", "高暴露组的第一秒用力呼气量显著低于低暴露组", "空气污染暴露与肺功能下降有关"];
        var source = string.Concat(new[] { "目的", "方法", "结果", "结论" }.Zip(sections, (l, t) => $"{l}{colon}{t}。")) + $"关键词{colon}空气污染；哮喘；肺功能";
        var catalog = SummarizerCatalog.CreateDefault();
        var failures = new List<string>();
        foreach (var spec in new[] { "textrank", "compressive" })
        {
            var (summarizer, _, _) = catalog.Create(spec);
            foreach (var budget in new[] { 20, 40, 60, 120 })
            {
                var summary = (await summarizer.SummarizeAsync(new Document("pdf", source, []), new SummaryOptions { MaxChars = budget })).Text;
                if (summary.Contains(colon) || summary.Contains("关键词", StringComparison.Ordinal) || SectionLabels.LabelLength(summary) > 0 || !char.IsLetterOrDigit(summary[0]))
                {
                    failures.Add($"{spec} at {budget}: \"{summary}\"");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Theory]
    [InlineData("目的分析木薯蚕蛹6种维生素含量结果结论", false)]
    [InlineData("建立测定当归芍药散中芍药苷含量的方法方法", false)]
    [InlineData("方法 将患者随机分为观察组与对照组", true)]
    [InlineData("结果 治愈91例好转57例", true)]
    [InlineData("补肾活血汤，结论", false)]
    [InlineData("【目的】", false)]
    public void TheCheckCatchesTheIssuesExamples(string summary, bool strict) =>
        Assert.NotNull(Problem(summary, strict));

    // md dev 0126 and 0871 (目的…。方法对49例TIA患者…): the methods label glued to a preposition, in a structured abstract.
    [Fact]
    public void TheCheckCatchesAMethodsLabelBeforeAPreposition()
    {
        Assert.NotNull(Problem("方法对49例TIA患者在其末次发作后平均", strict: true, structured: true));
        Assert.Null(Problem("方法对噪声不敏感", strict: true, structured: false));
        Assert.True(IsStructured("目的探讨短暂性脑缺血发作后是否遗留记忆障碍.方法对49例TIA患者进行测试."));
        Assert.False(IsStructured("本文提出一种新方法.方法对噪声不敏感."));
    }

    [Theory]
    [InlineData("建立测定当归芍药散中芍药苷含量的方法")]
    [InlineData("补肾活血汤对老年高血压患者的影响")]
    [InlineData("结果表明该方法有效")]
    public void TheCheckLeavesTitlesAlone(string summary) =>
        Assert.Null(Problem(summary, strict: true));

    // A structured abstract: some sentence opens with a section label.
    private static bool IsStructured(string text) =>
        text.Split(['。', '．', '.', '！', '!', '？', '?', '\n'], StringSplitOptions.RemoveEmptyEntries).Any(s => SectionLabels.LabelLength(s) > 0);

    private static string? Problem(string summary, bool strict, bool structured = false)
    {
        if (strict && SectionLabels.LabelLength(summary, structured) > 0)
        {
            return "opens with a label";
        }

        // Pieces end at clause punctuation, not at a label's own colon or space: "目的：观察..." is a label with its
        // content (lead-1 keeps the first sentence as it is), "观察...，结论" is a label standing alone.
        foreach (var piece in summary.Split(PieceEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (SectionLabels.IsLabelOnly(piece))
            {
                return $"label \"{piece}\"";
            }

            // Budget filling that glued bare labels: "...含量结果结论", "...的方法方法".
            foreach (var last in CoreLabels)
            {
                foreach (var before in CoreLabels)
                {
                    if (piece.EndsWith(before + last, StringComparison.Ordinal))
                    {
                        return $"glued labels \"{before}{last}\"";
                    }
                }
            }
        }

        return null;
    }
}
