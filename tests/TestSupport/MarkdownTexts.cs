namespace SummEval.Testing;

/// <summary>Texts written in Markdown, as a note, a chat answer or a page's source writes them: a title over subheadings, rules, a table, a link, an image, code, and bold labels over lists.</summary>
public static class MarkdownTexts
{
    /// <summary>A note: a title, a quote, a rule, numbered subheadings, a linked word, a pipe table, a list, an image and a code block.</summary>
    public const string Note = "# 数字普惠金融对农户收入的影响\n\n> 本文基于中国家庭金融调查数据。\n\n---\n\n## 一、研究背景\n\n近年来，[数字普惠金融](https://example.com/dfi)在我国农村地区迅速发展，但其对农户收入的影响尚不清楚。\n\n"
        + "## 主要发现\n\n| 变量 | 系数 | 显著性 |\n| --- | :---: | --- |\n| 数字金融指数 | 0.21 | *** |\n\n1. 数字普惠金融**显著促进**了农户收入增长。\n2. 其作用在中西部地区更为明显。\n\n"
        + "![图1 研究区位置](fig1.png)\n\n```python\nimport pandas as pd\n## 不是标题\n```\n\n### 政策建议\n\n数字普惠金融是促进农户增收的有效途径，应加强农村数字基础设施建设。\n";

    /// <summary>The note as prose: its title, quote, list and paragraphs.</summary>
    public const string NoteProse = "数字普惠金融对农户收入的影响\n本文基于中国家庭金融调查数据。近年来，数字普惠金融在我国农村地区迅速发展，但其对农户收入的影响尚不清楚。1. 数字普惠金融显著促进了农户收入增长。2. 其作用在中西部地区更为明显。数字普惠金融是促进农户增收的有效途径，应加强农村数字基础设施建设。";

    /// <summary>A title and a section heading underlined with = and -.</summary>
    public const string Underlined = "数字普惠金融与农户收入\n====================\n\n研究背景\n--------\n\n近年来，数字普惠金融在我国农村地区迅速发展。本文发现，数字普惠金融显著促进了农户收入增长。\n";

    /// <summary>A chat answer's points: each bold label with its value, one over a bulleted list.</summary>
    public const string Answer = "好的，以下是这篇文章的要点：\n\n**核心观点**：数字普惠金融显著促进了农户收入增长。\n\n**作用机制**：\n* 缓解信贷约束\n* 促进非农就业\n\n**政策含义**：应加强农村数字基础设施建设，提升农户数字素养。\n\n希望对您有帮助！";

    /// <summary>Every text above.</summary>
    public static readonly IReadOnlyList<string> All = [Note, Underlined, Answer];

    /// <summary>Whether <paramref name="summary"/> holds Markdown's marks or text that only a subheading, a table, an image or code holds.</summary>
    public static bool TakesFromMarkup(string summary) =>
        summary.AsSpan().IndexOfAny("#|`[]()!*=") >= 0 || summary.Contains("--", StringComparison.Ordinal) || Array.Exists(MarkupOnly, summary.Contains);

    private static readonly string[] MarkupOnly = ["研究背景", "主要发现", "政策建议", "不是标题", "变量", "0.21", "图1", "pandas"];
}
