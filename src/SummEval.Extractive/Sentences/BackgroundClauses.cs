namespace SummEval.Extractive.Sentences;

/// <summary>
/// A clause that only sets the scene for the next one: a cause by which something is affected (<c>受高空槽和地面冷锋共同影响，…</c>)
/// or a setting (<c>在媒介同质化日益加剧的形势下，…</c>, <c>在全球气候变暖的背景下，…</c>). Alone it says what the text is set against,
/// not what it says (stop 64's weather probe: <c>受高空槽和地面冷锋共同影响</c> at 20).
/// </summary>
internal static class BackgroundClauses
{
    // What a setting's 在 clause ends on.
    private static readonly string[] Settings = ["背景下", "形势下", "趋势下", "浪潮下", "时代下"];

    /// <summary>Whether <paramref name="clause"/> (text between commas) is such a clause.</summary>
    internal static bool IsBackground(ReadOnlySpan<char> clause)
    {
        clause = clause.Trim();
        if (clause.Length < 3)
        {
            return false;
        }

        return clause[0] switch
        {
            '受' => clause.EndsWith("影响", StringComparison.Ordinal),
            '在' => EndsOnASetting(clause),
            _ => false,
        };
    }

    /// <summary>
    /// The length of a sentence's opening background clause with its comma, when more follows it, else 0: the opening sentence
    /// as one candidate goes without it, as its clauses do.
    /// </summary>
    internal static int OpeningLength(string sentence)
    {
        var comma = sentence.AsSpan().IndexOfAny('，', ',');
        return comma > 0 && comma + 1 < sentence.Length && IsBackground(sentence.AsSpan(0, comma)) ? comma + 1 : 0;
    }

    private static bool EndsOnASetting(ReadOnlySpan<char> clause)
    {
        foreach (var setting in Settings)
        {
            if (clause.EndsWith(setting, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
