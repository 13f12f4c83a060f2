using System.Text.RegularExpressions;

namespace SummEval.Extractive.Normalization;

/// <summary>
/// Reference marks printed after a sentence's stop, as encyclopedia pages and some journals set them
/// (<c>…核心方向。[1]近年来…</c>): in the analysis text they go before the stop (<c>…核心方向[1]。</c>), so a mark closes its
/// own sentence, where a mark is looked for, instead of opening the next one (<c>[5]然而，…</c>).
/// </summary>
internal static partial class MarksAfterStops
{
    /// <summary>
    /// <paramref name="text"/> with every run of marks after a stop moved before it; <paramref name="origin"/>, the source
    /// offset of each character (null: the text's own offsets), moved with them. The same instance when there is none.
    /// </summary>
    public static string Move(string text, ref int[]? origin)
    {
        if (text.AsSpan().IndexOfAny("[［") < 0)
        {
            return text;
        }

        var marks = Mark().Matches(text);
        if (marks.Count == 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        var offsets = origin is null ? Enumerable.Range(0, text.Length).ToArray() : (int[])origin.Clone();
        foreach (Match m in marks)
        {
            // The stop goes after the marks: a rotation by one within the match, of the characters and their offsets alike.
            Rotate(chars.AsSpan(m.Index, m.Length));
            Rotate(offsets.AsSpan(m.Index, m.Length));
        }

        origin = offsets;
        return new string(chars);
    }

    private static void Rotate<T>(Span<T> span)
    {
        var first = span[0];
        span[1..].CopyTo(span);
        span[^1] = first;
    }

    /// <summary>
    /// One numbered reference in square brackets (<c>[1]</c>, <c>[2-4]</c>, <c>[3,6]</c>, <c>［1］</c>), as a regular expression:
    /// the mark moved here, and the one <see cref="Selection.CitationMarks"/> finds after a word.
    /// </summary>
    internal const string NumberedReference = @"[\[［]\d{1,3}(?:\s*[-–—~～,，、]\s*\d{1,3})*[\]］]";

    // A full stop, a question or an exclamation mark, then one or more numbered references that the next sentence follows at
    // once: after a space the number opens an entry of a reference list (参考文献。[1] 张三, 李四.).
    [GeneratedRegex(@"[。！？](?>(?:" + NumberedReference + @")+)(?!\s)", RegexOptions.CultureInvariant)]
    private static partial Regex Mark();
}
