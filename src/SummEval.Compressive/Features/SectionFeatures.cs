using SummEval.Extractive.Sentences;

namespace SummEval.Compressive.Features;

/// <summary>
/// Where a word sits in a structured abstract (<c>目的：… 方法：… 结果：… 结论：…</c>): the kind of the section it is in,
/// whether it belongs to the label itself, how far into the section it is and how many sections came before. Medical
/// and agricultural abstracts state their topic in the objective section, which a CS-trained model cannot know.
/// </summary>
internal static class SectionFeatures
{
    private const int MaxLabelChars = 40;

    /// <summary>Section kinds, in the order of a structured abstract; -1 before any label.</summary>
    private static readonly (string Keyword, int Kind)[] Kinds =
    [
        ("目的", 0), ("目标", 0), ("objective", 0), ("purpose", 0), ("aim", 0),
        ("背景", 1), ("引言", 1), ("前言", 1), ("概述", 1), ("简介", 1), ("摘要", 1), ("提要", 1), ("导语", 1), ("正文", 1), ("background", 1), ("abstract", 1),
        ("方法", 2), ("材料", 2), ("资料", 2), ("对象", 2), ("设计", 2), ("method", 2),
        ("结果", 3), ("result", 3),
        ("结论", 4), ("讨论", 4), ("意义", 4), ("conclusion", 4),
    ];

    /// <summary>The four section features of every word of <paramref name="document"/>.</summary>
    public static float[][] Of(AnalyzedDocument document)
    {
        var words = document.Words;
        var result = new float[words.Count][];
        int kind = -1, since = 30, ordinal = 0, labelEnd = -1, offset = 0;
        for (var i = 0; i < words.Count; i++)
        {
            // A label opens the text or follows punctuation or whitespace; a bracketed one (【摘要】) starts at its bracket.
            if (offset >= labelEnd && (i == 0 || words[i - 1].IsPunctuation) && LabelAt(document, i, offset) is { Length: > 0 } label)
            {
                kind = KindOf(label);
                labelEnd = offset + label.Length;
                since = -1;
                ordinal++;
            }

            var inLabel = offset < labelEnd;
            if (!inLabel && !words[i].IsPunctuation)
            {
                since = Math.Min(30, since + 1);
            }

            result[i] = [kind, inLabel ? 1 : 0, inLabel ? -1 : since, Math.Min(ordinal, 8)];
            offset += words[i].Text.Length;
        }

        return result;
    }

    /// <summary>
    /// Whether each word of <paramref name="document"/> belongs to a section label, for the decoder's hard rule. Stricter
    /// than the features (what the shipped model was trained on): a label starts the text, a sentence or a clause
    /// (<c>前景/背景界限</c>, <c>(DIC)方法的应用</c> are no sections) unless a <c>【</c> opens it, and one glued to its content without a colon, bracket or
    /// space (<c>目的探讨…</c>) counts only in a structured abstract, one with two labels or more (<c>，结果准确度较高</c> is a
    /// sentence).
    /// </summary>
    public static bool[] LabelWords(AnalyzedDocument document)
    {
        var words = document.Words;
        var runs = new List<(int First, int Last, bool Delimited)>();
        int labelEnd = -1, offset = 0;
        // Any heading in 【】 is a label in a text that opens with one (【裁判要旨】…【基本案情】…), a known one elsewhere.
        var headed = SectionLabels.LabelLength(document.Source) > 0;
        for (var i = 0; i < words.Count; i++)
        {
            // After a label, a sentence may open with the methods label before a preposition (目的…。方法对49例…).
            var structured = runs.Count > 0 && i > 0 && IsSentenceEnd(words[i - 1].Text);
            // A heading in 【】 is one wherever it stands (…连带责任【基本案情】原告…).
            if (offset >= labelEnd && (i == 0 || IsSectionBoundary(words[i - 1].Text) || words[i].Text == "【") && LabelAt(document, i, offset, structured, headed) is { Length: > 0 } label)
            {
                labelEnd = offset + label.Length;
                runs.Add((i, i, !char.IsLetterOrDigit(label[^1])));
            }

            if (offset < labelEnd)
            {
                runs[^1] = runs[^1] with { Last = i };
            }

            offset += words[i].Text.Length;
        }

        var labels = new bool[words.Count];
        foreach (var (first, last, delimited) in runs)
        {
            if (delimited || runs.Count >= 2)
            {
                labels.AsSpan(first, last - first + 1).Fill(true);
            }
        }

        return labels;
    }

    // The label chain starting at word i (offset in UTF-16 units), empty when none or when nothing follows it.
    private static ReadOnlySpan<char> LabelAt(AnalyzedDocument document, int i, int offset, bool structured = false, bool headings = true)
    {
        if (document.Words[i].IsPunctuation && !IsOpeningBracket(document.Words[i].Text))
        {
            return [];
        }

        var window = document.Source.AsSpan(offset, Math.Min(MaxLabelChars, document.Source.Length - offset));
        var length = SectionLabels.LabelLength(window, structured, headings);
        return length > 0 && length < window.Length ? window[..length] : [];
    }

    private static bool IsOpeningBracket(string word) => word.Length == 1 && SectionLabels.IsLabelBracket(word[0]);

    // A section starts the text, a sentence or a clause: 前景/背景 or (DIC)方法 is no section.
    private static bool IsSectionBoundary(string word) =>
        string.IsNullOrWhiteSpace(word) || word[^1] is '。' or '．' or '.' or '！' or '!' or '？' or '?' or '；' or ';' or '，' or ',' or '：' or ':' or '、' || char.IsWhiteSpace(word[^1]);

    private static bool IsSentenceEnd(string word) =>
        word.Length > 0 && (word[^1] is '。' or '．' or '.' or '！' or '!' or '？' or '?' || char.IsWhiteSpace(word[^1]));

    private static int KindOf(ReadOnlySpan<char> label)
    {
        // The separator after a label (目的 观察…) is no part of it; only a space inside one is read through.
        label = label.Trim();
        if (label.ContainsAny(' ', '\u3000', '\u00A0'))
        {
            // A letter-spaced label (目 的：) is the same section as the label it spells.
            label = string.Concat(label.ToString().Split([' ', '\u3000', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
        }

        var kind = -1;
        var at = -1;
        foreach (var (keyword, k) in Kinds)
        {
            // The last keyword in a compound label decides ("材料与方法" is methods, "结果与结论" a conclusion).
            var position = label.LastIndexOf(keyword, StringComparison.OrdinalIgnoreCase);
            if (position > at)
            {
                (kind, at) = (k, position);
            }
        }

        return kind;
    }
}
