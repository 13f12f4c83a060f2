using System.Globalization;
using SummEval.Summarizers;
using SummEval.Text;

namespace SummEval.OpenAI.LengthPolicies;

/// <summary>
/// One document's way through a <see cref="LengthPolicy"/>: which prompt to ask next (if any), the answers so far and
/// the summary they make. Live mode asks one document at a time; batch mode asks every document's next prompt at once.
/// </summary>
public sealed class LengthAttempts
{
    private readonly string _prompt;
    private readonly int? _maxChars;
    private readonly LengthPolicy _policy;
    private readonly int _retries;
    private ModelAnswer? _answer;
    private TokenUsage? _usage;
    private bool _allCached = true;

    /// <summary>Attempts for <paramref name="prompt"/> under <paramref name="policy"/> with up to <paramref name="retries"/> more asks.</summary>
    public LengthAttempts(string prompt, int? maxChars, LengthPolicy policy, int retries)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        _prompt = prompt;
        _maxChars = maxChars;
        _policy = policy;
        _retries = retries;
        NextPrompt = prompt;
    }

    /// <summary>The prompt to ask next, or null when the summary is settled.</summary>
    public string? NextPrompt { get; private set; }

    /// <summary>Model calls so far.</summary>
    public int Attempts { get; private set; }

    /// <summary>Takes the answer to <see cref="NextPrompt"/> and decides whether to ask again (only under <see cref="LengthPolicy.Retry"/>, while too long).</summary>
    public void Add(ModelAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (NextPrompt is null)
        {
            throw new InvalidOperationException("No prompt is pending.");
        }

        _answer = answer;
        _usage = _usage is null ? answer.Usage : _usage + answer.Usage;
        _allCached &= answer.Cached;
        Attempts++;
        NextPrompt = _policy == LengthPolicy.Retry && _maxChars is { } budget && !TextLength.Fits(answer.Text, budget) && Attempts <= _retries
            ? LengthEnforcer.RetryPrompt(_prompt, answer.Text, budget)
            : null;
    }

    /// <summary>The summary: the last answer (cut to the budget under <see cref="LengthPolicy.Truncate"/>), usage summed over all attempts.</summary>
    public SummaryResult Result()
    {
        if (_answer is null || NextPrompt is not null)
        {
            throw new InvalidOperationException("The summary is not settled yet.");
        }

        var text = _answer.Text;
        var truncated = false;
        if (_policy == LengthPolicy.Truncate && _maxChars is { } limit && !TextLength.Fits(text, limit))
        {
            text = TextLength.Truncate(text, limit);
            truncated = true;
        }

        return new SummaryResult(text)
        {
            Usage = _usage,
            Attempts = Attempts,
            Cached = _allCached,
            Metadata = new Dictionary<string, string>
            {
                ["policy"] = _policy.ToString().ToLowerInvariant(),
                ["rawChars"] = TextLength.Chars(_answer.Text).ToString(CultureInfo.InvariantCulture),
                ["truncated"] = truncated ? "true" : "false",
            },
        };
    }
}
