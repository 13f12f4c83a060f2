namespace SummEval.Testing;

/// <summary>A law's and a contract's articles: numbered 第…条, in a statute with the article's text after an ideographic space, in a contract under a heading of its own.</summary>
public static class LegalTexts
{
    /// <summary>Two articles of a labour law.</summary>
    public const string Statute = "第十四条　劳动者在该用人单位连续工作满十年的，用人单位应当与劳动者订立无固定期限劳动合同。\n第十五条　用人单位违反本法规定不与劳动者订立无固定期限劳动合同的，自应当订立之日起向劳动者每月支付二倍的工资。";

    /// <summary>One article alone, as a user pastes the one they ask about.</summary>
    public const string Article = "第八十二条　用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同的，应当向劳动者每月支付二倍的工资。";

    /// <summary>A contract: each article's number and heading on a line over its text.</summary>
    public const string Contract = "第一条 合同目的\n为明确双方权利义务，甲乙双方就技术服务事宜达成如下协议。\n第二条 服务内容\n乙方为甲方提供数据分析服务，包括数据清洗、建模与报告撰写。\n第三条 服务费用\n服务费用总计人民币10万元，分两期支付。";

    /// <summary>A law's opening: its title, its first chapter's heading (as wide as the title), and two articles.</summary>
    public const string Code = "中华人民共和国个人信息保护法\n第一章 总则\n第一条 为了保护个人信息权益，规范个人信息处理活动，促进个人信息合理利用，根据宪法，制定本法。\n第二条 自然人的个人信息受法律保护，任何组织、个人不得侵害自然人的个人信息权益。";

    /// <summary>Every text above.</summary>
    public static readonly IReadOnlyList<string> All = [Statute, Article, Contract, Code];

    /// <summary>Whether <paramref name="summary"/> holds an article's number or a contract's heading.</summary>
    public static bool TakesFromANumberOrHeading(string summary) =>
        Array.Exists(NumberOrHeadingOnly, summary.Contains);

    private static readonly string[] NumberOrHeadingOnly = ["第十四条", "第十五条", "第八十二条", "第一条", "第二条", "第三条", "合同目的", "服务内容", "服务费用服务", "第一章", "总则"];
}
