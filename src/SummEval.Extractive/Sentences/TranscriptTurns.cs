using SummEval.Extractive.Normalization;

namespace SummEval.Extractive.Sentences;

/// <summary>
/// The turns of a transcript, an interview or a question-and-answer text whose turns a speaker's label opens
/// (<c>问：…答：…</c>, <c>记者：…张三：…</c>), or a meeting's record whose turns only names open (<c>张三：…李四：…张三：…</c>). Its questions name the topic in the asker's words and its answers say what
/// the text has to say, so summarizers choose from the answers and let the questions vote; a speaker's name, like a
/// label (<see cref="SectionLabels"/> knows <c>问</c>, <c>答</c>, <c>记者</c>…), is no part of a summary.
/// </summary>
public static class TranscriptTurns
{
    // The labels of the one who asks; a text is a transcript when one of them, with its colon, opens a sentence.
    private static readonly string[] Askers = ["问", "Q", "记者", "主持人", "提问", "采访者", "患者提问", "网友提问", "用户提问", "读者提问", "面试官", "考官"];

    /// <summary>The most Han characters a speaker's name has (复姓 and a given name of two).</summary>
    public const int MaxNameLength = 4;

    /// <summary>The fewest turns that names open in a meeting's record (a transcript with no asker's label: <c>张三：…李四：…张三：…</c>).</summary>
    public const int MinRecordTurns = 3;

    /// <summary>
    /// Which of <paramref name="sentences"/> no summary is taken from: the questions of a transcript (sentences ending
    /// in <c>？</c> or <c>?</c> in a text where an asker's label, <c>问：</c> <c>记者：</c> <c>主持人：</c>…, opens a
    /// sentence); null for a text that is no transcript or asks nothing but questions.
    /// </summary>
    public static bool[]? Questions(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        if (!IsTranscript(sentences))
        {
            return null;
        }

        var questions = new bool[sentences.Count];
        var answered = false;
        for (var k = 0; k < questions.Length; k++)
        {
            questions[k] = IsQuestion(sentences[k]) || IsAskersRequest(sentences[k]);
            answered |= !questions[k];
        }

        return answered ? questions : null;
    }

    /// <summary>
    /// The length, in UTF-16 units, of the speaker's name and colon that open each of <paramref name="sentences"/> in a
    /// transcript (<c>张三：</c>): up to <see cref="MaxNameLength"/> Han characters that open two or more of its sentences
    /// with a colon, so a single <c>研究发现：</c> is no speaker, or in a meeting's record every name that opens a turn; 0 elsewhere. Null for a text that is no transcript or names
    /// no speaker.
    /// </summary>
    public static int[]? Names(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        // In a meeting's record (no asker) every turn's speaker goes, however often each speaks.
        var record = !HasAsker(sentences);
        var talkers = record ? Talkers(sentences) : NoTalkers;
        if (record && !IsRecord(sentences, talkers))
        {
            return null;
        }

        var lengths = new int[sentences.Count];
        var names = new string?[sentences.Count];
        var opened = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < lengths.Length; k++)
        {
            if (Name(sentences[k], out var length) is { } name)
            {
                lengths[k] = length;
                names[k] = name;
                opened[name] = opened.GetValueOrDefault(name) + 1;
            }
        }

        var any = false;
        // Whether the turn before was the asker's: the name that opens the next turn answers, however seldom it speaks
        // (主持人：…⏎王教授：…, 记者：…？⏎张三：…).
        var answers = false;
        for (var k = 0; k < lengths.Length; k++)
        {
            if (lengths[k] > 0 && (record ? Speaker(sentences[k], talkers) is null : opened[names[k]!] < 2 && !answers))
            {
                lengths[k] = 0;
            }

            answers = !record && (OpensWithAsker(sentences[k]) || (answers && names[k] is null));
            any |= lengths[k] > 0;
        }

        return any ? lengths : null;
    }

    /// <summary>Whether <paramref name="sentence"/> is a question: it ends in <c>？</c> or <c>?</c>, before any closing quote or bracket.</summary>
    public static bool IsQuestion(ReadOnlySpan<char> sentence)
    {
        var text = sentence.TrimEnd().TrimEnd("”’」』）)\"'");
        return !text.IsEmpty && text[^1] is '？' or '?';
    }

    // A transcript: an asker's label opens a sentence (问：, 记者：), or it is a meeting's record (IsRecord).
    private static bool IsTranscript(IReadOnlyList<string> sentences) => HasAsker(sentences) || IsRecord(sentences, Talkers(sentences));

    // A meeting's or a talk's record, whose turns speakers' names open with no asker among them (张三：…李四：…张三：…): two or
    // more names open MinRecordTurns or more turns. A résumé's or an infobox's lines (姓名：张三, 中文名：大熊猫) are a form's, and a
    // structured abstract's labels (目的：, 方法：) its sections'; neither opens a turn.
    private static bool IsRecord(IReadOnlyList<string> sentences, HashSet<string> talkers)
    {
        var turns = 0;
        string? first = null;
        var others = false;
        foreach (var sentence in sentences)
        {
            if (Speaker(sentence, talkers) is { } name)
            {
                turns++;
                first ??= name;
                others |= name != first;
            }
        }

        return others && turns >= MinRecordTurns;
    }

    // The name that opens sentence as a turn: no section's label, and the sentence no form's line, or said by a talker.
    private static string? Speaker(string sentence, HashSet<string> talkers) =>
        Name(sentence, out _) is { } name && SectionLabels.LabelLength(sentence) == 0 && (talkers.Contains(name) || !FormLines.IsAny(sentence)) ? name : null;

    // No one talks: a transcript with an asker's label needs no talkers (its speakers are the names that open two turns),
    // and most texts name no one.
    private static readonly HashSet<string> NoTalkers = new(StringComparer.Ordinal);

    // The names that open a turn no form's line could be (张三：今天主要讨论…，先请各位汇报。): one who talks at length somewhere
    // says a short line elsewhere as a turn too (母亲：但愿吧。, 李四：同意。), not as a form's field. A résumé's labels
    // (姓名：张三) open nothing but its fields, so none of them talks.
    private static HashSet<string> Talkers(IReadOnlyList<string> sentences)
    {
        // Most texts name no one: they get the shared empty set, and allocate nothing.
        // Indexed, not foreach: enumerating the list through its interface would allocate for every text.
        HashSet<string>? talkers = null;
        for (var k = 0; k < sentences.Count; k++)
        {
            var sentence = sentences[k];
            // A label (目的：) opens many texts: the name is made a string only once it is known to talk.
            if (NameRange(sentence, out var length) is var (start, end) && length > 0 && SectionLabels.LabelLength(sentence) == 0 && !FormLines.IsAny(sentence))
            {
                (talkers ??= new HashSet<string>(StringComparer.Ordinal)).Add(sentence[start..end]);
            }
        }

        return talkers ?? NoTalkers;
    }

    private static bool HasAsker(IReadOnlyList<string> sentences)
    {
        foreach (var sentence in sentences)
        {
            if (OpensWithAsker(sentence))
            {
                return true;
            }
        }

        return false;
    }

    // Whether an asker's label and its colon open sentence (问：, 主持人：).
    private static bool OpensWithAsker(string sentence) => AskerLength(sentence) > 0;

    // An asker's request, which asks as a question does with no question mark (面试官：请简单介绍一下你自己。, 记者：请您谈谈…。).
    private static bool IsAskersRequest(string sentence) => AskerLength(sentence) is > 0 and var length && sentence.AsSpan(length).TrimStart().StartsWith('请');

    // The length of the asker's label and its colon that open sentence; 0 when none does.
    private static int AskerLength(string sentence)
    {
        var text = sentence.AsSpan().TrimStart();
        var offset = sentence.Length - text.Length;
        foreach (var asker in Askers)
        {
            if (text.StartsWith(asker, StringComparison.Ordinal) && text[asker.Length..].TrimStart() is [':' or '：', ..] rest)
            {
                return offset + (text.Length - rest.Length) + 1;
            }
        }

        return 0;
    }

    // The Han name a sentence opens with before its colon (张三：), its length with the colon and the spaces after it.
    private static string? Name(string sentence, out int length)
    {
        var (start, end) = NameRange(sentence, out length);
        return length > 0 ? sentence[start..end] : null;
    }

    // Where that name starts and ends, without making a string of it; length 0 when there is none.
    private static (int Start, int End) NameRange(string sentence, out int length)
    {
        length = 0;
        var i = 0;
        while (i < sentence.Length && char.IsWhiteSpace(sentence[i]))
        {
            i++;
        }

        var start = i;
        while (i < sentence.Length && i - start <= MaxNameLength && HanScript.IsHan(sentence[i]))
        {
            i++;
        }

        if (i - start is < 2 or > MaxNameLength || i >= sentence.Length || sentence[i] is not (':' or '：'))
        {
            return (0, 0);
        }

        length = i + 1;
        while (length < sentence.Length && char.IsWhiteSpace(sentence[length]))
        {
            length++;
        }

        return (start, i);
    }
}
