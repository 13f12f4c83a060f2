namespace SummEval.Testing;

/// <summary>Texts that print a statement about themselves every time: a listed company's announcement (either exchange's guarantee), an analyst's report, a reposted article.</summary>
public static class DisclaimerTexts
{
    /// <summary>A Shanghai-listed company's announcement: the guarantee under its title, then the matter.</summary>
    public const string Announcement = "证券代码：600000 证券简称：某某银行 公告编号：临2026-058\n某某银行股份有限公司关于董事辞职的公告\n本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性承担法律责任。\n本公司董事会于近日收到董事张某的书面辞职报告，张某因工作调整原因辞去公司董事职务。";

    /// <summary>A Shenzhen-listed company's report: the exchange's other wording of the guarantee.</summary>
    public const string Report = "某某银行股份有限公司2026年第三季度报告\n本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。\n2026年前三季度，本行实现营业收入1200亿元，同比增长3.2%；实现净利润380亿元，同比增长2.1%。";

    /// <summary>An analyst's report on one paragraph (no line breaks): the forecast, the risks, the disclaimer and the risk warning.</summary>
    public const string Analyst = "我们预计公司2026-2028年归母净利润分别为12.5亿元、15.3亿元和18.6亿元，对应PE分别为25倍、20倍和17倍，维持“买入”评级。风险提示：原材料价格大幅波动；下游需求不及预期。免责声明：本报告仅供参考，不构成投资建议。投资有风险，入市需谨慎。";

    /// <summary>A reposted article with the platform's statement and the copyright note after it.</summary>
    public const string Repost = "近日，某研究团队在《自然》杂志发表论文，首次揭示了睡眠不足影响记忆巩固的神经机制。研究发现，深度睡眠期间海马体与皮层之间的慢波振荡同步是记忆巩固的关键。\n声明：本文仅代表作者个人观点，不代表本平台立场。\n版权归原作者所有，如有侵权请联系删除。";

    /// <summary>Every text above.</summary>
    public static readonly IReadOnlyList<string> All = [Announcement, Report, Analyst, Repost];

    /// <summary>Whether <paramref name="summary"/> holds text that only a statement about the text holds.</summary>
    public static bool TakesFromAStatement(string summary) => Array.Exists(StatementOnly, summary.Contains);

    private static readonly string[] StatementOnly = ["保证", "虚假记载", "真实、准确", "仅供参考", "投资建议", "有风险", "谨慎", "仅代表", "立场", "版权", "侵权", "删除"];
}
