namespace SummEval.OpenAI.Completions;

/// <summary>
/// The tutorial's fine-tuning format: the prompt ends with <see cref="Separator"/>, the completion starts with a
/// space and ends at <see cref="Stop"/>.
/// </summary>
public static class CompletionFormat
{
    /// <summary>Appended to every prompt (training and inference alike).</summary>
    public const string Separator = " ->";

    /// <summary>Every completion ends with this; inference stops there.</summary>
    public const string Stop = "\n";

    /// <summary>The default completion prompt: just the text, then the separator.</summary>
    public const string DefaultPrompt = "{text}";

    /// <summary>The prompt sent to the model.</summary>
    public static string Prompt(string filledPrompt) =>
        filledPrompt.EndsWith(Separator, StringComparison.Ordinal) ? filledPrompt : filledPrompt + Separator;

    /// <summary>The summary from a completion: leading space and anything after the stop removed.</summary>
    public static string Clean(string completion)
    {
        ArgumentNullException.ThrowIfNull(completion);
        var stop = completion.IndexOf(Stop, StringComparison.Ordinal);
        var text = stop >= 0 ? completion[..stop] : completion;
        return text.Trim();
    }
}
