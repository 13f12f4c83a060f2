using System.Globalization;
using SummEval.Summarizers;
using SummEval.Text;

namespace SummEval.OpenAI.LengthPolicies;

/// <summary>One model answer for a prompt, with its token usage and whether it came from the cache.</summary>
public sealed record ModelAnswer(string Text, TokenUsage Usage, bool Cached);

/// <summary>Applies a <see cref="LengthPolicy"/> around a model call, summing usage over all attempts.</summary>
public static class LengthEnforcer
{
    /// <summary>
    /// Asks <paramref name="ask"/> with <paramref name="prompt"/> and, under <see cref="LengthPolicy.Retry"/>, asks again
    /// (with the previous answer, its measured length and the budget) while the answer is too long.
    /// </summary>
    public static async Task<SummaryResult> RunAsync(
        string prompt,
        int? maxChars,
        LengthPolicy policy,
        int retries,
        Func<string, CancellationToken, Task<ModelAnswer>> ask,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ask);
        var attempts = new LengthAttempts(prompt, maxChars, policy, retries);
        while (attempts.NextPrompt is { } next)
        {
            attempts.Add(await ask(next, cancellationToken).ConfigureAwait(false));
        }

        return attempts.Result();
    }

    /// <summary>The follow-up prompt: the original request, the too-long answer, its length and the budget.</summary>
    public static string RetryPrompt(string originalPrompt, string previousAnswer, int maxChars) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{originalPrompt}\n\n上一次的总结是：{previousAnswer}\n它有{TextLength.Chars(previousAnswer)}个字，超过了{maxChars}个字的限制。请重新总结，字数不超过{maxChars}个字，只输出总结。");
}
