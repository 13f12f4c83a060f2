namespace SummEval.Extractive.Normalization;

/// <summary>
/// The text a summarizer analyses in place of its source: running prose (<see cref="IsReflowed"/>: the line breaks a
/// wrap put in a paragraph joined, markup tags, web and e-mail addresses, DOIs, zero-width spaces and a CSV field's escaping quotes left out, tabs as spaces), full-width
/// letters and digits as ASCII, a colon a PDF's font wrote as a look-alike (<c>目的∶</c>) as <c>：</c> and, when the source is written in Traditional Chinese, every character in its
/// simplified form (OpenCC's character table), so jieba's dictionary and the rule lists (section labels, discourse
/// markers, trigger words) apply to it. Every character of the shadow knows where it came from, and
/// <see cref="Restore"/> gives a summary made from it back the source's characters.
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

    private readonly bool converts;

    // The source offset of each shadow character (−1: a space or line break standing in for layout); null when the
    // shadow has the source's offsets.
    private readonly int[]? origin;

    private AnalysisText(string source, string shadow, bool isTraditional, bool converts, int[]? origin)
    {
        Source = source;
        Shadow = shadow;
        IsTraditional = isTraditional;
        this.converts = converts;
        this.origin = origin;
    }

    /// <summary>The text as given.</summary>
    public string Source { get; }

    /// <summary>The text to analyse: the same instance as <see cref="Source"/> when nothing changes.</summary>
    public string Shadow { get; }

    /// <summary>Whether the source was judged Traditional Chinese and its characters simplified in the shadow.</summary>
    public bool IsTraditional { get; }

    /// <summary>
    /// Whether the source's layout was taken out of the shadow: a wrapped line break (a line filled to the margin, the
    /// next not opening a section or list item), markup, an address or a DOI, a tab.
    /// </summary>
    public bool IsReflowed => origin is not null;

    /// <summary>Whether the shadow differs from the source.</summary>
    public bool IsShadowed => !ReferenceEquals(Source, Shadow);

    /// <summary>The analysis text of <paramref name="source"/>.</summary>
    public static AnalysisText Of(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var prose = ProseLayout.Of(source, out var origin);
        prose = MarksAfterStops.Move(prose, ref origin);
        int han = 0, traditional = 0, variants = 0;
        for (var i = 0; i < prose.Length; i++)
        {
            var c = prose[i];
            if (HanScript.IsHan(c))
            {
                han++;
                traditional += TraditionalCharacters.Simplify(c) != c ? 1 : 0;
            }
            else
            {
                variants += IsWideLetterOrDigit(c) || IsLookAlikeColon(prose, i) ? 1 : 0;
            }
        }

        var isTraditional = traditional >= MinTraditionalCharacters && traditional >= MinTraditionalShare * han;
        var converts = isTraditional || variants > 0;
        return new AnalysisText(source, converts ? Convert(prose, isTraditional) : prose, isTraditional, converts, origin);
    }

    /// <summary>
    /// <paramref name="text"/> converted as the source was (a reference summary of it, say), so both are compared in
    /// the same script; its own layout taken out the same way.
    /// </summary>
    public string ShadowOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var prose = ProseLayout.Of(text, out _);
        return converts ? Convert(prose, IsTraditional) : prose;
    }

    /// <summary>
    /// A summary made from <see cref="Shadow"/>, written with the source's own characters: each run of it is found in
    /// the shadow (in order, longest first, else anywhere) and each of its characters copied from the source character
    /// it came from; characters the summarizer added, and spaces standing in for layout, are kept as they are.
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

            if (origin is null)
            {
                Source.CopyTo(at, restored, j, length);
            }
            else
            {
                for (var k = 0; k < length; k++)
                {
                    restored[j + k] = origin[at + k] is var from and >= 0 ? Source[from] : Shadow[at + k];
                }
            }

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
                    : IsLookAlikeColon(text, i) ? '：'
                    : traditional ? TraditionalCharacters.Simplify(c)
                    : c;
            }
        });

    // PDFs of Chinese journals often encode the full-width colon after a label or field as the ratio sign ∶ (U+2236) or a
    // vertical form (︰ ︓ ﹕), and a copy keeps it (目的∶探讨…, 关键词∶…): read as the colon after Han text or a 】, where
    // no ratio stands; a ratio (1∶3, m(A)∶m(B), NaYF4∶Yb) stays as written.
    private static bool IsLookAlikeColon(string text, int i)
    {
        if (text[i] is not ('\u2236' or '\uFE30' or '\uFE13' or '\uFE55'))
        {
            return false;
        }

        var before = i - 1;
        while (before >= 0 && text[before] is ' ' or '\u3000')
        {
            before--;
        }

        return before >= 0 && (HanScript.IsHan(text[before]) || text[before] == '】');
    }

    // Full-width digits and Latin letters only: full-width punctuation (，：（）) is ordinary Chinese text.
    private static bool IsWideLetterOrDigit(char c) => c is (>= '\uFF10' and <= '\uFF19') or (>= '\uFF21' and <= '\uFF3A') or (>= '\uFF41' and <= '\uFF5A');
}
