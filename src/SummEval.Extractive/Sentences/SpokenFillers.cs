using SummEval.Extractive.Normalization;

namespace SummEval.Extractive.Sentences;

/// <summary>
/// Spoken fillers: a clause of a transcript, a chat or a speech that greets, acknowledges or hesitates (<c>大家好</c>,
/// <c>好的</c>, <c>嗯</c>, <c>是的</c>, <c>谢谢大家</c>), or of a post that only calls for attention (<c>重磅！</c>, <c>突发！</c>,
/// <c>划重点</c>), and says nothing of the topic. No summary holds one: the topic is in the clauses after it
/// (<c>大家好，今天我们主要讨论第二季度的销售计划</c> reads <c>今天我们主要讨论第二季度的销售计划</c>).
/// </summary>
public static class SpokenFillers
{
    /// <summary>The most characters a filler has.</summary>
    public const int MaxLength = 6;

    // Greetings, acknowledgements, hesitations and thanks, and a post's calls for attention, each a whole clause. Not 可以,
    // 那么 or 然后, which open a clause of a paper too, nor 了解 (为了解…), nor 注意 (注意，…: what follows is what to mind).
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "大家好", "各位好", "你好", "您好", "你们好", "大家上午好", "大家下午好", "大家晚上好", "大家早上好", "各位早上好",
        "好的", "好", "好吧", "好嘞", "好好", "嗯", "嗯嗯", "嗯好", "呃", "啊", "哦", "噢", "喔", "唉", "诶", "欸",
        "对", "对的", "对对", "对对对", "是的", "没错", "没问题", "收到", "明白", "明白了", "知道了",
        "谢谢", "谢谢大家", "谢谢你", "谢谢您", "感谢大家", "OK", "okay",
        "重磅", "突发", "快讯", "速看", "必看", "好消息", "官宣", "划重点", "干货",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether <paramref name="clause"/> (text between commas) is nothing but a filler, perhaps with a modal particle after it
    /// (<c>好的呀</c>) and a mark that ends it (<c>谢谢！</c>), or a greeting with the one it greets (<c>医生您好</c>).
    /// </summary>
    public static bool IsFiller(ReadOnlySpan<char> clause)
    {
        var text = clause.Trim().TrimEnd("。！？!?…~～");
        if (text.Length is 0 or > MaxLength)
        {
            return false;
        }

        // 医生您好, 王老师你好: a greeting with the one it greets.
        return Lookup.Contains(text) || (text.Length > 1 && text[^1] is '啊' or '呀' or '吧' or '哈' or '嘛' && Lookup.Contains(text[..^1]))
            || (text.Length > 2 && (text.EndsWith("您好", StringComparison.Ordinal) || text.EndsWith("你好", StringComparison.Ordinal)) && HanScript.IsHan(text[0]));
    }

    /// <summary>
    /// Whether <paramref name="sentence"/> is nothing but fillers (<c>重磅！</c>, <c>嗯，对，好的。</c>): it says nothing, and is
    /// no sentence to choose, nor the opening one that stands for the text.
    /// </summary>
    public static bool IsOnlyFillers(ReadOnlySpan<char> sentence)
    {
        var opening = OpeningLength(sentence);
        return IsFiller(sentence[opening..]);
    }

    /// <summary>
    /// The length of the fillers that open <paramref name="sentence"/> (<c>好的，</c>, <c>嗯，对，</c>) with the comma and spaces
    /// after each; 0 when none does, or nothing follows them.
    /// </summary>
    public static int OpeningLength(ReadOnlySpan<char> sentence)
    {
        var at = 0;
        while (sentence[at..].IndexOfAny("，,") is var comma and > 0 && IsFiller(sentence.Slice(at, comma)))
        {
            at += comma + 1;
            while (at < sentence.Length && char.IsWhiteSpace(sentence[at]))
            {
                at++;
            }
        }

        return at < sentence.Length ? at : 0;
    }
}
