using System.Text.RegularExpressions;

namespace SummEval.Extractive.Sentences;

/// <summary>
/// A mathematical text's premise: a sentence that opens by naming its objects (<c>设G是有限群，H是G的子群。</c>, <c>令x为…</c>,
/// <c>假设A满足…</c>). It fixes notation for what follows and says nothing a title would: its words still vote, and no summary is
/// taken from it.
/// </summary>
public static partial class MathPremises
{
    /// <summary>Whether <paramref name="sentence"/> opens with a premise (设, 令, 记 or 假设 before a variable and what it is).</summary>
    public static bool Opens(ReadOnlySpan<char> sentence)
    {
        var text = sentence.TrimStart();
        return text.Length > 2 && text[0] is '设' or '令' or '记' or '假' && Premise().IsMatch(text);
    }

    // 设 and one or more variables (a Latin or Greek letter, perhaps with digits, primes or a subscript mark), then what they
    // are (是, 为, 表示, 满足, ∈, =, ⊂, ≥ ...). Not 设计… or 记录…: a Han character after 设 or 记 is a word of its own.
    [GeneratedRegex(@"^(?:设|令|记|假设|假定)[\ \t]*[A-Za-z\p{IsGreek}][A-Za-z0-9_′'\p{IsGreek}]*(?:[\ \t]*[,，、和与及][\ \t]*[A-Za-z\p{IsGreek}][A-Za-z0-9_′'\p{IsGreek}]*)*[\ \t]*(?:是|为|表示|满足|∈|=|⊂|⊆|≥|≤|>|<)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Premise();
}
