namespace SummEval.Extractive.Normalization;

/// <summary>
/// The text a summarizer analyses in place of its source: full-width letters and digits as ASCII and, when the source
/// is written in Traditional Chinese, every character in its simplified form (OpenCC's character table), so jieba's
/// dictionary and the rule lists (section labels, discourse markers, trigger words) apply to it. The shadow keeps
/// every offset of the source, and <see cref="Restore"/> gives a summary made from it back the source's characters.
/// </summary>
public sealed class AnalysisText
{
    /// <summary>A source is Traditional Chinese with at least this many traditional characters ...</summary>
    public const int MinTraditionalCharacters = 3;

    /// <summary>... that are also at least this share of its Han characters.</summary>
    /// <remarks>
    /// Simplified text quotes a traditional name or uses a character both scripts share (乾, 後) now and then; only a
    /// text written in the traditional script is converted, so simplified sources are analysed exactly as written.
    /// </remarks>
    public const double MinTraditionalShare = 0.05;

    private AnalysisText(string source, string shadow, bool isTraditional)
    {
        Source = source;
        Shadow = shadow;
        IsTraditional = isTraditional;
    }

    /// <summary>The text as given.</summary>
    public string Source { get; }

    /// <summary>The text to analyse: the same length and offsets as <see cref="Source"/>; the same instance when nothing changes.</summary>
    public string Shadow { get; }

    /// <summary>Whether the source was judged Traditional Chinese and its characters simplified in the shadow.</summary>
    public bool IsTraditional { get; }

    /// <summary>Whether the shadow differs from the source.</summary>
    public bool IsShadowed => !ReferenceEquals(Source, Shadow);

    /// <summary>The analysis text of <paramref name="source"/>.</summary>
    public static AnalysisText Of(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        int han = 0, traditional = 0, wide = 0;
        foreach (var c in source)
        {
            if (IsHan(c))
            {
                han++;
                traditional += TraditionalCharacters.Simplify(c) != c ? 1 : 0;
            }
            else
            {
                wide += IsWideLetterOrDigit(c) ? 1 : 0;
            }
        }

        var isTraditional = traditional >= MinTraditionalCharacters && traditional >= MinTraditionalShare * han;
        return isTraditional || wide > 0
            ? new AnalysisText(source, Convert(source, isTraditional), isTraditional)
            : new AnalysisText(source, source, false);
    }

    /// <summary>
    /// <paramref name="text"/> converted as the source was (a reference summary of it, say), so both are compared in
    /// the same script; unchanged when the source was not shadowed.
    /// </summary>
    public string ShadowOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsShadowed ? Convert(text, IsTraditional) : text;
    }

    /// <summary>
    /// A summary made from <see cref="Shadow"/>, written with the source's own characters: each run of it is found in
    /// the shadow (in order, longest first, else anywhere) and copied from the same offsets of the source; characters
    /// the summarizer added are kept as they are.
    /// </summary>
    public string Restore(string summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (!IsShadowed || summary.Length == 0)
        {
            return summary;
        }

        var restored = summary.ToCharArray();
        int next = 0, j = 0;
        while (j < summary.Length)
        {
            var (at, length) = LongestMatch(summary, j, next, Shadow.Length);
            if (length == 0)
            {
                (at, length) = LongestMatch(summary, j, 0, next);
            }

            if (length == 0)
            {
                j++;
                continue;
            }

            Source.CopyTo(at, restored, j, length);
            j += length;
            next = at + length;
        }

        return new string(restored);
    }

    private (int At, int Length) LongestMatch(string summary, int j, int from, int to)
    {
        int bestAt = -1, best = 0;
        var wanted = summary.AsSpan(j);
        for (var i = from; i < to; i++)
        {
            var length = Shadow.AsSpan(i).CommonPrefixLength(wanted);
            if (length > best)
            {
                (bestAt, best) = (i, length);
                if (best == wanted.Length)
                {
                    break;
                }
            }
        }

        return (bestAt, best);
    }

    private static string Convert(string text, bool traditional) =>
        string.Create(text.Length, (text, traditional), static (span, state) =>
        {
            var (text, traditional) = state;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                span[i] = IsWideLetterOrDigit(c) ? (char)(c - 0xFEE0)
                    : traditional ? TraditionalCharacters.Simplify(c)
                    : c;
            }
        });

    private static bool IsHan(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');

    // Full-width digits and Latin letters only: full-width punctuation (，：（）) is ordinary Chinese text.
    private static bool IsWideLetterOrDigit(char c) => c is (>= '\uFF10' and <= '\uFF19') or (>= '\uFF21' and <= '\uFF3A') or (>= '\uFF41' and <= '\uFF5A');
}
