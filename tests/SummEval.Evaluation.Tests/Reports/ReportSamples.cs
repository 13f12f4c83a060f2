using SummEval.Reports.Html;

namespace SummEval.Evaluation.Tests.Reports;

/// <summary>Report models for the tests: a small Chinese one, a hostile one and a large synthetic one.</summary>
public static class ReportSamples
{
    public const string Hostile = "</script><script>alert(1)</script><!-- <img src=x onerror=alert(2)> & \"'";

    public const string ChineseSummary = "基于深度学习的中文摘要生成方法研究";

    public static HtmlReportModel Small() => new(
        "csl:test",
        20,
        3,
        [
            Entry("lead-1", false, 0.288, [18, 20, 20]),
            Entry("textrank:similarity=bm25", false, 0.3388, [17, 19, 20]),
            Entry("oracle-lcs", true, 0.897, [12, 16, 20]),
        ],
        [
            new HtmlReportDocument(
                "csl-0001",
                "本文提出一种基于深度学习的中文摘要生成方法。实验表明，该方法在CSL数据集上取得了3.5%的提升。",
                ["基于深度学习的中文摘要生成"],
                [
                    new HtmlDocumentSummary("lead-1", "本文提出一种基于深度学习的中文摘要生", 0.61, 0.52, 0.6),
                    new HtmlDocumentSummary("textrank:similarity=bm25", ChineseSummary, 0.8, 0.7, 0.78),
                    new HtmlDocumentSummary("oracle-lcs", "基于深度学习的中文摘要生成", 1, 1, 1),
                ]),
            new HtmlReportDocument(
                "csl-0002",
                "针对图神经网络的过平滑问题，本文设计了残差连接。",
                ["图神经网络过平滑问题研究", "残差图神经网络"],
                [
                    new HtmlDocumentSummary("lead-1", "针对图神经网络的过平滑问题，本文设计了", 0.5, 0.4, 0.45),
                    new HtmlDocumentSummary("textrank:similarity=bm25", null, 0, 0, 0, "timeout after 30 s"),
                ]),
            new HtmlReportDocument(
                "csl-0003",
                "量子计算中的纠错码。",
                ["量子纠错码"],
                [new HtmlDocumentSummary("lead-1", "量子计算中的纠错码。", 0.6, 0.5, 0.6)]),
        ]);

    /// <summary>Hostile text in every string a user controls.</summary>
    public static HtmlReportModel HostileModel() => new(
        Hostile,
        20,
        1,
        [Entry(Hostile, false, 0.3, [5])],
        [new HtmlReportDocument(Hostile, Hostile, [Hostile], [new HtmlDocumentSummary(Hostile, Hostile, 0.1, 0.1, 0.1)])]);

    /// <summary>A deterministic synthetic model of CSL's shape: abstracts of about 250 characters, 20-character titles.</summary>
    public static HtmlReportModel Large(int documents, int summarizers)
    {
        const string Alphabet = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质";
        var specs = Enumerable.Range(0, summarizers).Select(s => s == summarizers - 1 ? "oracle-lcs" : "summarizer-" + s + ":k=" + s).ToArray();
        var docs = new List<HtmlReportDocument>(documents);
        for (var d = 0; d < documents; d++)
        {
            string Text(int length, int salt) => new(Enumerable.Range(0, length).Select(i => Alphabet[((d * 31) + (i * 7) + salt) % Alphabet.Length]).ToArray());
            docs.Add(new HtmlReportDocument(
                "csl-" + d.ToString("D5", System.Globalization.CultureInfo.InvariantCulture),
                Text(250, 0),
                [Text(20, 3)],
                specs.Select((spec, k) => new HtmlDocumentSummary(spec, Text(15 + ((d + k) % 6), k), 0.3 + (k * 0.01), 0.2, 0.31 + (d % 7 * 0.01))).ToArray()));
        }

        var entries = specs.Select((spec, k) => Entry(spec, k == summarizers - 1, 0.25 + (k * 0.02), Enumerable.Range(0, documents).Select(d => 15 + ((d + k) % 6)).ToArray())).ToArray();
        return new HtmlReportModel("csl:test", 20, documents, entries, docs);
    }

    public static HtmlReportEntry Entry(string spec, bool oracle, double rougeL, int[] lengths) => new(
        spec,
        oracle,
        new HtmlRougeScore(Math.Min(1, rougeL + 0.1), rougeL + 0.08, rougeL + 0.09, rougeL + 0.07, Math.Min(1, rougeL + 0.11)),
        new HtmlRougeScore(rougeL - 0.05, rougeL - 0.07, rougeL - 0.06, rougeL - 0.08, rougeL - 0.04),
        new HtmlRougeScore(rougeL + 0.01, rougeL - 0.01, rougeL, rougeL - 0.02, rougeL + 0.02),
        lengths.Count(n => n <= 20) / (double)Math.Max(1, lengths.Length),
        lengths.Length == 0 ? 0 : lengths.Average(),
        lengths.Length == 0 ? 0 : lengths.Order().ElementAt(lengths.Length / 2),
        lengths.Length == 0 ? 0 : lengths.Max(),
        0,
        0.12,
        0.31,
        lengths);
}
