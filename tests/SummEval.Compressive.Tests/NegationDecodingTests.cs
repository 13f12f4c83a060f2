using SummEval.Compressive.Decoding;
using SummEval.Compressive.Features;
using SummEval.Compressive.Model;
using SummEval.Jieba.Keywords;
using Xunit;

namespace SummEval.Compressive.Tests;

/// <summary>
/// What the source denies is never asserted (stop 61's negation probe; before: <c>二甲双胍降低非糖尿病人群的心血管事件风险</c> at 20
/// from <c>目前尚未发现二甲双胍能够降低…</c>; held out, md dev <c>离子型造影剂…</c> from <c>非离子型造影剂…</c>).
/// </summary>
public sealed class NegationDecodingTests
{
    private const string Metformin = "目前尚未发现二甲双胍能够降低非糖尿病人群的心血管事件风险。本研究纳入了12项随机对照试验共计8960名受试者进行Meta分析，"
        + "结果表明二甲双胍并不能显著降低非糖尿病人群主要不良心血管事件的发生率(RR=0.94，95%CI:0.82～1.08)，但可轻度降低体重。";

    private const string Contrast = "目的 比较离子型与非离子型造影剂在支气管造影中的效果。方法 将120例患者分为两组，分别使用离子型造影剂和非离子型造影剂。"
        + "结果 非离子型造影剂组不良反应发生率明显低于离子型造影剂组。结论 非离子型造影剂更安全。";

    // A false claim (stop 62's court probes): without 冒充 or 谎称 the summary accuses the police or states the lie.
    private const string Impostor = "2022年5月至2023年1月，被告人刘某冒充公安机关工作人员，以被害人涉嫌洗钱需要配合调查为由，诱骗多名被害人将资金转入其指定的“安全账户”，"
        + "共计骗取人民币126万元。案发后，被告人刘某在亲属陪同下投案自首。本院认为，被告人刘某的行为已构成诈骗罪，依法应予惩处。";

    private const string Fund = "近日，某地警方破获一起以投资理财为幌子非法吸收公众存款的案件。犯罪嫌疑人谎称其公司代理境外高收益基金，承诺年化收益率达18%，"
        + "先后吸收200余名群众存款3000余万元。目前，该案已移送检察机关审查起诉，警方提醒广大群众警惕高息诱惑。";

    // What the source says is hard to do (stop 62; before: 调动学生学习局部解剖学的积极性 at every budget from 16 to 30).
    // Stop 63's rumor probe: before, 某地将于下周实施限行 at 20 and 40, the rumor as fact.
    private const string Rumor = "据网传消息，某地将于下周实施限行。记者从交管部门获悉，该消息为谣言，当地并无限行计划。";

    // Stop 63's coffee probe: the belief set off by a comma.
    private const string Coffee = "长期以来，人们普遍认为，喝咖啡会诱发心律失常。一项纳入38万余人的队列研究发现，适量饮用咖啡并不会增加心律失常的风险，每天多喝一杯咖啡，心律失常风险反而降低3%。";

    // Stop 63's health-advice probe: before, 多吃维生素C预防感冒 at 20 and 40, the myth the text refutes stated as fact.
    private const string Myth = "许多人认为多吃维生素C可以预防感冒。然而，多项随机对照试验的荟萃分析表明，对普通人群而言，常规补充维生素C并不能降低感冒的发生率，只能使感冒病程略微缩短。"
        + "只有在马拉松运动员等极端体力负荷人群中，维生素C才显示出预防作用。";

    private const string Anatomy = "传统课堂以教师讲授为主，学生处于被动接受地位，教师很难调动学生学习局部解剖学的积极性。本文在局部解剖学教学中引入以病例为基础的教学方法，"
        + "并对两届学生的考试成绩和问卷调查结果进行了比较。结果表明，新方法提高了学生的学习兴趣和考试成绩。";

    [Fact]
    public void WhatIsHardlyDoneLackedOrPreventedIsNegated()
    {
        // jieba's tagger keeps 难以, 缺乏 and 避免 whole and cuts 很难 into 很|难; 难 at a clause's end is an adjective.
        foreach (var (text, negation) in new[] { ("常规方法很难求解该网络。", "难"), ("成浆性差，难以制备水煤浆。", "难以"), ("普遍缺乏有效的监督机制。", "缺乏"), ("避免过度治疗。", "避免"), ("商家拒绝退货。", "拒绝"), ("使用不到一个月就出现故障。", "不到"), ("占比不足30%。", "不足"), ("不利于植物生长。", "不利于") })
        {
            var words = DocumentAnalyzer.Default.Analyze(text).Words;
            Assert.Equal([negation], Negations.Of(words)!.Select(i => words[i].Text));
        }

        Assert.Null(Negations.Of(DocumentAnalyzer.Default.Analyze("这个问题很难。").Words));
        Assert.Null(Negations.Of(DocumentAnalyzer.Default.Analyze("弥补了传统方法的不足之处。").Words)); // a noun
    }

    [Fact]
    public void AFalseClaimIsANegation()
    {
        var words = DocumentAnalyzer.Default.Analyze("刘某冒充公安机关工作人员实施诈骗。").Words;
        var claim = words.ToList().FindIndex(w => w.Text == "冒充");
        var police = words.ToList().FindIndex(w => w.Text == "公安机关");
        var clauseEnd = words.ToList().FindIndex(w => w.Text == "。");
        Assert.Equal([claim], Negations.Of(words)!);
        Assert.Equal((claim + 1, clauseEnd), Negations.Violation(words, Negations.Of(words), [police], 0, words.Count));
    }

    [Fact]
    public void APopularBeliefIsANegation()
    {
        var words = DocumentAnalyzer.Default.Analyze("许多人认为多吃维生素C可以预防感冒。").Words;
        var belief = words.ToList().FindIndex(w => w.Text == "认为");
        var cold = words.ToList().FindIndex(w => w.Text == "感冒");
        var clauseEnd = words.ToList().FindIndex(w => w.Text == "。");
        Assert.Equal([belief], Negations.Of(words)!);
        Assert.Equal((belief + 1, clauseEnd), Negations.Violation(words, Negations.Of(words), [cold], 0, words.Count));

        // The people it is given to are kept with it (人认为… names no one); the author's own view is framing.
        Assert.Equal(0, Negations.BelieverAt(words, belief));
        Assert.True(Compounds.IsBound(Compounds.Bonds(words), 0) && Compounds.IsBound(Compounds.Bonds(words), belief));
        Assert.Null(Negations.Of(DocumentAnalyzer.Default.Analyze("本文认为，老龄化推高了医疗支出。").Words));
        Assert.NotNull(Negations.Of(DocumentAnalyzer.Default.Analyze("很多人都以为感冒要吃抗生素。").Words));
        Assert.NotNull(Negations.Of(DocumentAnalyzer.Default.Analyze("人们普遍认为老龄化推高医疗支出。").Words));

        // With a comma after the verb, what is believed is the clause after it.
        var comma = DocumentAnalyzer.Default.Analyze("许多人认为，多吃维生素C可以预防感冒。").Words;
        var verb = comma.ToList().FindIndex(w => w.Text == "认为");
        var more = comma.ToList().FindIndex(w => w.Text == "多");
        Assert.Equal((verb + 2, comma.Count - 1), Negations.Violation(comma, Negations.Of(comma), [more], 0, comma.Count));
        Assert.Equal((verb + 1, verb + 1), Negations.Violation(comma, Negations.Of(comma), [0, 1, verb], 0, comma.Count));
        Assert.Equal((-1, -1), Negations.Violation(comma, Negations.Of(comma), [0, 1, verb, more], 0, comma.Count));

        // A rumor's word, its 称 or 消息, and its comma (有传言称，|某品牌奶粉…).
        var rumor = DocumentAnalyzer.Default.Analyze("有传言称，某品牌奶粉含有三聚氰胺。").Words;
        var word = rumor.ToList().FindIndex(w => w.Text == "传言");
        var milk = rumor.ToList().FindIndex(w => w.Text == "奶粉");
        Assert.Equal([word], Negations.Of(rumor)!);
        Assert.Equal((word + 3, rumor.Count - 1), Negations.Violation(rumor, Negations.Of(rumor), [milk], 0, rumor.Count));
    }

    [Fact]
    public void AScopeKeptWithoutItsNegationIsAViolation()
    {
        var words = DocumentAnalyzer.Default.Analyze("尚未发现该药能够降低风险。").Words;
        var negation = words.ToList().FindIndex(w => w.Text == "尚未");
        var negations = Negations.Of(words);
        Assert.Equal([negation], negations!);
        var lower = words.ToList().FindIndex(w => w.Text == "降低");
        var clauseEnd = words.ToList().FindIndex(w => w.Text == "。");

        Assert.Equal((negation + 1, clauseEnd), Negations.Violation(words, negations, [lower, lower + 1], 0, words.Count));
        Assert.Equal((negation + 1, negation + 1), Negations.Violation(words, negations, [negation, lower], 0, words.Count)); // 尚未 without 发现
        Assert.Equal((-1, -1), Negations.Violation(words, negations, [negation, negation + 1, lower], 0, words.Count));
        Assert.Equal((-1, -1), Negations.Violation(words, negations, [lower], lower, words.Count)); // a window after the negation
        Assert.Null(Negations.Of(DocumentAnalyzer.Default.Analyze("不同温度下的非线性模型与无线网络。").Words)); // words of their own
    }

    [Fact]
    public void TheShippedModelNeverDropsANegationItsSummaryNeeds()
    {
        var summarizer = new CompressiveSummarizer(DefaultModel.LoadShipped(), DocumentAnalyzer.Default, TfidfKeywordExtractor.Default.Idf);
        for (var budget = 8; budget <= 40; budget += 2)
        {
            var metformin = summarizer.Summarize(Metformin, budget);
            Assert.False(metformin.Contains("降低非糖尿病", StringComparison.Ordinal) && !metformin.Contains('未') && !metformin.Contains("不能", StringComparison.Ordinal), $"{budget}: {metformin}");

            var impostor = summarizer.Summarize(Impostor, budget);
            Assert.False(impostor.Contains("公安机关", StringComparison.Ordinal) && !impostor.Contains("冒充公安机关", StringComparison.Ordinal), $"{budget}: {impostor}");
            var fund = summarizer.Summarize(Fund, budget);
            Assert.False(fund.Contains("代理境外", StringComparison.Ordinal) && !fund.Contains("谎称", StringComparison.Ordinal), $"{budget}: {fund}");

            var anatomy = summarizer.Summarize(Anatomy, budget);
            Assert.False(anatomy.Contains("调动学生", StringComparison.Ordinal) && !anatomy.Contains("难调动学生", StringComparison.Ordinal), $"{budget}: {anatomy}");

            var myth = summarizer.Summarize(Myth, budget);
            var rumor = summarizer.Summarize(Rumor, budget);
            Assert.False(rumor.Contains("实施限行", StringComparison.Ordinal) && !rumor.Contains("网传", StringComparison.Ordinal), $"{budget}: {rumor}");
            var coffee = summarizer.Summarize(Coffee, budget);
            Assert.False(coffee.Contains("喝咖啡会诱发", StringComparison.Ordinal) && !coffee.Contains("认为", StringComparison.Ordinal), $"{budget}: {coffee}");
            Assert.False(myth.Contains("预防感冒", StringComparison.Ordinal) && !myth.Contains("许多人认为", StringComparison.Ordinal) && !myth.Contains("不能", StringComparison.Ordinal), $"{budget}: {myth}");

            var contrast = summarizer.Summarize(Contrast, budget);
            Assert.False(contrast.Contains("离子型造影剂组不良反应", StringComparison.Ordinal) && !contrast.Contains("非离子型造影剂组", StringComparison.Ordinal), $"{budget}: {contrast}");
            Assert.False(contrast.Contains("离子型造影剂更安全", StringComparison.Ordinal) && !contrast.Contains("非离子型造影剂更安全", StringComparison.Ordinal), $"{budget}: {contrast}");
        }
    }
}
