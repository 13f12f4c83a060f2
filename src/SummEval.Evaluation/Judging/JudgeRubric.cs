namespace SummEval.Judging;

/// <summary>
/// The fixed Chinese rubric a judge model rates summaries with (docs/judging.md). Any change to its text is a new
/// <see cref="Version"/>: cached judgments and leaderboards name the version they were made with.
/// </summary>
public static class JudgeRubric
{
    /// <summary>The rubric's version, part of every judgment's cache key and shown next to judged scores.</summary>
    public const string Version = "zh-fi-1";

    /// <summary>The instructions; <c>{source}</c> and <c>{summary}</c> are replaced by the texts.</summary>
    public const string Template = """
        你是一名严格的中文摘要评审员。请阅读原文和摘要,按下面的标准分别打分(1-5 的整数)。

        忠实度(faithfulness):摘要中的每一条信息是否都能在原文中找到依据。
        5 = 全部信息都有原文依据;4 = 仅有措辞上的细微偏差;3 = 有一处原文没有的信息或轻微曲解;
        2 = 有多处原文没有的信息或明显曲解;1 = 主要内容与原文不符或是编造的。

        信息量(informativeness):摘要是否抓住了原文最重要的内容(研究对象、方法、结论)。
        5 = 涵盖全部要点;4 = 涵盖大部分要点;3 = 只涵盖部分要点;2 = 只涉及次要内容;1 = 几乎没有有用信息。

        只输出一行 JSON,不要输出其他内容,格式为:
        {"faithfulness": 整数, "informativeness": 整数, "reason": "一句话理由"}

        原文:
        {source}

        摘要:
        {summary}
        """;

    /// <summary>The prompt for one (source, summary) pair.</summary>
    public static string Prompt(string source, string summary)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(summary);

        // One pass, so a source that happens to contain "{summary}" is not filled in a second time.
        return Template.Replace("{source}", "\u0000S", StringComparison.Ordinal)
            .Replace("{summary}", "\u0000M", StringComparison.Ordinal)
            .Replace("\u0000S", source, StringComparison.Ordinal)
            .Replace("\u0000M", summary, StringComparison.Ordinal);
    }
}
