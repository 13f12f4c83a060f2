namespace SummEval.Extractive.Sentences;

/// <summary>
/// Splits Chinese (and mixed Chinese/English) scientific text into sentences: Chinese and ASCII terminators, with
/// care for decimals, abbreviations and initials, formulas, brackets, quotes, ellipses and newlines.
/// </summary>
public static class SentenceSplitter
{
    // Lower-case abbreviations that end with a dot but rarely end a sentence.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "al", "e.g", "i.e", "etc", "vs", "fig", "figs", "eq", "eqs", "no", "dr", "mr", "mrs", "ms", "prof", "cf", "approx", "ref", "refs", "vol", "pp",
    };

    /// <summary>Splits <paramref name="text"/> into trimmed, non-empty sentences in source order.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<string>();
        var depth = 0;
        var start = 0;
        // Whether the text opens with a label or a field: looked at once something is set off, which most texts never have.
        bool? structured = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (depth == 0 && i > start && (c == '【' || (IsSpace(text[i - 1]) && !IsSpace(c))) && OpensSection(text, start, i, structured ??= IsStructured(text)))
            {
                Add(text, start, i, result);
                start = i;
            }

            if (IsOpening(c))
            {
                depth++;
                continue;
            }

            if (IsClosing(c))
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            if (c is '\n' or '\r')
            {
                // A line break always ends a sentence (and resets bracket tracking, so one unbalanced bracket
                // cannot swallow the rest of the document).
                Add(text, start, i, result);
                start = i + 1;
                depth = 0;
                continue;
            }

            if (depth > 0 || !IsTerminator(text, i))
            {
                continue;
            }

            // Runs of terminators (?!, ……, ...) and closing quotes/brackets stay with the sentence.
            var end = i + 1;
            while (end < text.Length && (IsTerminatorChar(text[end]) || IsClosing(text[end])))
            {
                end++;
            }

            Add(text, start, end, result);
            start = end;
            i = end - 1;
        }

        Add(text, start, text.Length, result);
        return result;
    }

    // A structured abstract or a page copied with its fields, written without full stops between its parts (目的 探讨…
    // 方法 回顾性分析…; 作者：王五 单位：… 摘要：本文…) opens a sentence at each section label set off by whitespace, and
    // any text at a label in its own 【】 or at a field label set off by whitespace (…驱动因素 关键词：…); the labels that
    // open a section together (摘要 目的 …) stay one heading. Called at text[i] set off by whitespace or a 【.
    private static bool OpensSection(string text, int start, int i, bool structured)
    {
        var bracket = text[i] == '【';
        // Any heading in 【】 only in a text that opens with one (【裁判要旨】…【基本案情】…): elsewhere 【】 may set off a term.
        var section = (structured || bracket) && SectionLabels.LabelLength(text.AsSpan(i), structured: true, headings: structured) > 0;
        var field = !section && IsSpace(text[i - 1]) && BibliographicFields.Opens(text.AsSpan(i));
        return (section || field) && !SectionLabels.IsLabelOnly(text.AsSpan(start, i - start));
    }

    // char.IsWhiteSpace, with the Han characters most of a text is made of answered by one comparison (this runs on every
    // character).
    private static bool IsSpace(char c) => c < '\u1680' ? char.IsWhiteSpace(c) : c is '\u3000' || (c <= '\u205F' && char.IsWhiteSpace(c));

    // A structured text opens with a section label or a field.
    private static bool IsStructured(string text) => SectionLabels.LabelLength(text) > 0 || BibliographicFields.Opens(text);

    private static bool IsTerminatorChar(char c) => c is '。' or '！' or '？' or '!' or '?' or '.' or '…';

    private static bool IsTerminator(string text, int i)
    {
        var c = text[i];
        if (c is '。' or '！' or '？' or '!' or '?' or '…')
        {
            return true;
        }

        if (c != '.')
        {
            return false;
        }

        var prev = i > 0 ? text[i - 1] : '\0';
        var next = i + 1 < text.Length ? text[i + 1] : '\0';

        // Decimals and version numbers: 3.5, v1.2.3; formulas such as x=1.2.
        if (char.IsAsciiDigit(prev) && char.IsAsciiDigit(next))
        {
            return false;
        }

        // CSL writes '.' as the full stop after Chinese text ("应用.ClassRBM是...").
        if (prev > '\u007f' && !char.IsWhiteSpace(prev))
        {
            return true;
        }

        // Ellipsis "..." ends a sentence only at its last dot.
        if (next == '.')
        {
            return false;
        }

        // Dots inside ASCII tokens (e.g. file.txt, www.a.com, U.S.A) do not end sentences.
        if (char.IsAsciiLetterOrDigit(prev) && char.IsAsciiLetterOrDigit(next))
        {
            return false;
        }

        if (char.IsAsciiLetter(prev))
        {
            var wordStart = i;
            while (wordStart > 0 && (char.IsAsciiLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
            {
                wordStart--;
            }

            var word = text[wordStart..i];
            var lastDot = word.LastIndexOf('.');
            var lastPart = lastDot >= 0 ? word[(lastDot + 1)..] : word;

            // Initials (J. Smith, U.S.) and known abbreviations (et al., e.g.) are followed by more sentence.
            var followedByText = NextNonSpace(text, i + 1) is var n && n != '\0';
            if (followedByText && (lastPart.Length == 1 && char.IsAsciiLetterUpper(lastPart[0]) || Abbreviations.Contains(word) || Abbreviations.Contains(lastPart)))
            {
                // "et al." at the end of a clause followed by Chinese text still continues the sentence.
                return false;
            }
        }

        // In CSL, '.' is used as a full stop between Chinese sentences; an English full stop is followed by a
        // space or the end. Anything else (".5", "f(x).g") is part of a token.
        return next == '\0' || char.IsWhiteSpace(next) || !char.IsAscii(next) || IsClosing(next) || IsOpening(next) || next is '"' or '\'';
    }

    private static char NextNonSpace(string text, int from)
    {
        for (var j = from; j < text.Length; j++)
        {
            if (!char.IsWhiteSpace(text[j]))
            {
                return text[j];
            }
        }

        return '\0';
    }

    // The brackets and quotes a sentence goes on inside: a subset of Normalization.Brackets (not braces, angle or
    // tortoise-shell brackets), kept as it is because the shipped compressive model was trained on these sentences
    // (the full set changes the sentences of four training abstracts, and with them the model's bytes).
    private static bool IsOpening(char c) => c is '（' or '(' or '“' or '「' or '『' or '《' or '【' or '[' or '‘';

    private static bool IsClosing(char c) => c is '）' or ')' or '”' or '」' or '』' or '》' or '】' or ']' or '’';

    private static void Add(string text, int start, int end, List<string> result)
    {
        var span = text.AsSpan(start, end - start).Trim();
        if (!span.IsEmpty)
        {
            result.Add(span.ToString());
        }
    }
}
