namespace SummEval.Extractive.Sentences;

/// <summary>
/// Quoted speech in a news story (<c>付凌晖表示：“总的来看，10月份国民经济延续恢复向好态势，…。”</c>): the quotation is what the
/// story reports, in clauses of its own, and the clause that names the speaker (<c>…在新闻发布会上表示</c>) says who spoke, not
/// what. A quoted term (<c>“双减”</c>, <c>“告知—同意”规则</c>), a saying and a line of dialogue no colon introduces stay quoted.
/// </summary>
public static class SpeechQuotes
{
    // What a speaker does before a quotation; not the verbs that report a finding (表明, 显示, 发现), which framing strips.
    private static readonly string[] SpeechVerbs =
    [
        "表示", "说", "说道", "指出", "强调", "称", "介绍", "坦言", "透露", "回应", "宣布", "提到", "谈到", "写道", "问道", "答道",
        "表态", "呼吁", "提醒", "解释", "认为",
    ];

    // The last characters of the speech verbs: one look at a clause's end passes over almost every clause.
    private static readonly System.Buffers.SearchValues<char> VerbEnds = System.Buffers.SearchValues.Create(string.Concat(SpeechVerbs.Select(v => v[^1])));

    // The marks inside a quotation that make it speech rather than a term.
    private static readonly System.Buffers.SearchValues<char> ClauseMarks = System.Buffers.SearchValues.Create("，,。；;！!？?");

    /// <summary>
    /// <paramref name="sentence"/> with the marks of every quotation that a colon introduces and that holds a clause mark removed
    /// (<c>表示：“总的来看，…。”</c> → <c>表示：总的来看，…。</c>), so its clauses are split and chosen as the story's own; the sentence
    /// itself when it has none.
    /// </summary>
    public static string Unquoted(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var open = sentence.IndexOf('“', StringComparison.Ordinal);
        if (open < 0)
        {
            return sentence;
        }

        System.Text.StringBuilder? unquoted = null;
        var copied = 0;
        while (open >= 0)
        {
            var close = sentence.IndexOf('”', open + 1);
            if (close < 0)
            {
                break;
            }

            // Only speech a colon introduces (表示：“…”): a line of dialogue (“你真的要走吗？”母亲站在门口) or a saying (被誉为“扩大的
            // 盆景，缩小的仙境”) reads as one only with its marks. A quotation inside another is left as it stands.
            var inner = sentence.AsSpan(open + 1, close - open - 1);
            if (AfterColon(sentence, open) && inner.IndexOf('“') < 0 && inner.IndexOfAny(ClauseMarks) >= 0)
            {
                unquoted ??= new System.Text.StringBuilder(sentence.Length);
                unquoted.Append(sentence, copied, open - copied).Append(inner);
                copied = close + 1;
            }

            open = sentence.IndexOf('“', close + 1);
        }

        return unquoted is null ? sentence : unquoted.Append(sentence, copied, sentence.Length - copied).ToString();
    }

    // The quotation's opening mark at `open` follows a colon, perhaps with spaces between.
    private static bool AfterColon(string sentence, int open)
    {
        var before = sentence.AsSpan(0, open).TrimEnd();
        return before.Length > 0 && before[^1] is '：' or ':';
    }

    /// <summary>
    /// Whether <paramref name="clause"/> names who speaks and ends on the verb of speaking (<c>…在新闻发布会上表示</c>, <c>他指出</c>), given
    /// the character that follows it in its sentence: a colon, which opens the speech.
    /// </summary>
    public static bool IsSpeaker(ReadOnlySpan<char> clause, char next)
    {
        if (next is not ('：' or ':'))
        {
            return false;
        }

        var text = clause.TrimEnd();
        if (text.IsEmpty || !VerbEnds.Contains(text[^1]))
        {
            return false;
        }

        foreach (var verb in SpeechVerbs)
        {
            if (text.EndsWith(verb, StringComparison.Ordinal) && text.Length > verb.Length)
            {
                return true;
            }
        }

        return false;
    }
}
