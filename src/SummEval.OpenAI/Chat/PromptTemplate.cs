using System.Globalization;

namespace SummEval.OpenAI.Chat;

/// <summary>A summarization prompt with <c>{text}</c> and <c>{maxChars}</c> placeholders.</summary>
public static class PromptTemplate
{
    /// <summary>The tutorial's prompt, with the budget as a placeholder instead of the fixed 20.</summary>
    public const string Default = "请对以下文本进行总结，注意总结的凝炼性，将总结字数控制在{maxChars}个字以内:\n{text}";

    /// <summary>The budget used for <c>{maxChars}</c> when the run has none (the tutorial's 20).</summary>
    public const int DefaultMaxChars = 20;

    /// <summary>Fills the placeholders; a template without <c>{text}</c> gets the text appended on a new line.</summary>
    public static string Fill(string template, string text, int? maxChars)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(text);
        var budget = (maxChars ?? DefaultMaxChars).ToString(CultureInfo.InvariantCulture);
        var filled = template.Replace("\\n", "\n", StringComparison.Ordinal).Replace("{maxChars}", budget, StringComparison.Ordinal);
        return filled.Contains("{text}", StringComparison.Ordinal)
            ? filled.Replace("{text}", text, StringComparison.Ordinal)
            : filled + "\n" + text;
    }
}
