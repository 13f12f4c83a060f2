using System.Text.RegularExpressions;
using SummEval.Extractive.Normalization;

namespace SummEval.Extractive.Sentences;

/// <summary>
/// Spoken fillers: a clause of a transcript, a chat or a speech that greets, acknowledges or hesitates (<c>大家好</c>,
/// <c>好的</c>, <c>嗯</c>, <c>是的</c>, <c>谢谢大家</c>), or of a post that only calls for attention (<c>重磅！</c>, <c>突发！</c>,
/// <c>划重点</c>, <c>你知道吗？</c>) or laughs or cries out (<c>哈哈哈哈</c>, <c>笑死我了</c>, <c>啊啊啊啊！</c>), or of an answer that thanks for the invitation to give it (<c>谢邀</c>), and says nothing of the topic. No
/// summary holds one: the topic is in the clauses after it (<c>大家好，今天我们主要讨论第二季度的销售计划</c> reads
/// <c>今天我们主要讨论第二季度的销售计划</c>).
/// </summary>
public static partial class SpokenFillers
{
    /// <summary>The most characters a filler has (an address that names several: <c>尊敬的各位领导、各位来宾</c>).</summary>
    public const int MaxLength = 12;

    // The most characters a greeting, an acknowledgement or a call for attention has; only an address is longer.
    private const int MaxWordLength = 6;

    // A post's laughter or cry (哈哈哈, 呵呵, 嘻嘻, 嘿嘿, 啊啊啊, 哇哇, 呜呜), which a filler may follow; the most of it a filler
    // is looked for behind.
    private const string Laughs = "哈呵嘻嘿啊哇呜";
    private const int MaxLaughter = 12;

    // Greetings, acknowledgements, hesitations and thanks, and a post's calls for attention, each a whole clause. Not 可以,
    // 那么 or 然后, which open a clause of a paper too, nor 了解 (为了解…), nor 注意 (注意，…: what follows is what to mind).
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "大家好", "各位好", "你好", "您好", "你们好", "大家上午好", "大家下午好", "大家晚上好", "大家早上好", "各位早上好",
        "好的", "好", "好吧", "好嘞", "好好", "嗯", "嗯嗯", "嗯好", "呃", "啊", "哦", "噢", "喔", "唉", "诶", "欸",
        "对", "对的", "对对", "对对对", "是的", "没错", "没问题", "收到", "明白", "明白了", "知道了",
        "谢谢", "谢谢大家", "谢谢你", "谢谢您", "感谢大家", "谢谢主持人", "感谢主持人", "谢邀", "OK", "okay",
        "重磅", "突发", "快讯", "简讯", "短讯", "速看", "必看", "好消息", "官宣", "划重点", "干货",
        "笑死", "笑死了", "笑死我了", "你知道吗", "您知道吗",
        "请注意", "大家注意", "请大家注意", "大家请注意", "注意了", "注意啦", "大家注意了",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether <paramref name="clause"/> (text between commas) is nothing but a filler, perhaps with a modal particle after it
    /// (<c>好的呀</c>) and a mark that ends it (<c>谢谢！</c>), a greeting with the one it greets (<c>医生您好</c>), or a speech's
    /// address to its audience (<c>各位来宾</c>, <c>女士们、先生们</c>, <c>亲爱的同学们</c>).
    /// </summary>
    public static bool IsFiller(ReadOnlySpan<char> clause)
    {
        var text = clause.Trim().TrimEnd("。！？!?…~～");
        if (text.Length is 0 or > MaxLength + MaxLaughter)
        {
            return false;
        }

        // 哈哈哈哈, 哈哈哈笑死我了, 啊啊啊啊: laughter or a cry alone, or before what it laughs with.
        var laughter = text.Length - text.TrimStart(Laughs).Length;
        if (laughter >= 2)
        {
            text = text[laughter..];
            if (text.IsEmpty)
            {
                return true;
            }
        }

        if (text.Length > MaxLength)
        {
            return false;
        }

        if (text.Length > MaxWordLength)
        {
            return IsAddress(text) || IsCallToThose(text);
        }

        // 医生您好, 王老师你好: a greeting with the one it greets; 各位同学请注意: a call for attention to those it calls.
        return Lookup.Contains(text) || (text.Length > 5 && IsCallToThose(text)) || (text.Length > 1 && text[^1] is '啊' or '呀' or '吧' or '哈' or '嘛' && Lookup.Contains(text[..^1]))
            || (text.Length > 2 && (text.EndsWith("您好", StringComparison.Ordinal) || text.EndsWith("你好", StringComparison.Ordinal)) && HanScript.IsHan(text[0]))
            || IsAddress(text);
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
    /// The length of the fillers that open <paramref name="sentence"/> (<c>好的，</c>, <c>嗯，对，</c>, <c>各位同学请注意：</c>) with the
    /// comma or colon and spaces after each; 0 when none does, or nothing follows them.
    /// </summary>
    public static int OpeningLength(ReadOnlySpan<char> sentence)
    {
        var at = 0;
        while (sentence[at..].IndexOfAny("，,：:") is var comma and > 0 && IsFiller(sentence.Slice(at, comma)))
        {
            at += comma + 1;
            while (at < sentence.Length && char.IsWhiteSpace(sentence[at]))
            {
                at++;
            }
        }

        return at < sentence.Length ? at : 0;
    }

    // A call for attention to those it addresses (各位同学请注意).
    private static bool IsCallToThose(ReadOnlySpan<char> text) => text.EndsWith("请注意", StringComparison.Ordinal) && text.Length > 3 && IsAddress(text[..^3]);

    // Those a speech addresses by their role (来宾, 同学, 股东), with 各位 before them or 们 after them.
    private const string Audiences = "来宾|嘉宾|领导|同志|朋友|代表|老师|同学|家长|女士|先生|同仁|专家|学者|观众|听众|网友|乡亲|评委|校友|员工|战友|同胞|考生|选手|股东|会员|用户|委员";

    // Only an address's last word, or 们 after it, ends one: most clauses are passed over without the expression.
    private static bool IsAddress(ReadOnlySpan<char> text) =>
        text[^1] is '们' or '宾' or '导' or '志' or '友' or '表' or '师' or '学' or '长' or '士' or '生' or '仁' or '家' or '者' or '众' or '亲' or '委' or '工' or '胞' or '手' or '东' or '员' or '户'
        && Address().IsMatch(text);

    // One to three of those a speech addresses, joined by 、 or 和: with 各位, 诸位 or 全体 before them (各位来宾, 全体同学), or
    // 们 after them (同志们, 女士们, 小朋友们; a live stream's or a post's 家人们, 姐妹们), perhaps after 尊敬的 or 亲爱的. A bare
    // noun (领域专家) is a clause's subject or object.
    [GeneratedRegex($$"""
        ^(?:(?:尊敬的|亲爱的|敬爱的)?
            (?: (?:各位|诸位|全体)\p{IsCJKUnifiedIdeographs}{0,2}?(?:{{Audiences}})们?
              | \p{IsCJKUnifiedIdeographs}{0,2}?(?:{{Audiences}}|孩子|青年|伙伴|家人|姐妹|兄弟|宝子|宝宝|粉丝|亲)们 )
            (?:[、和]|$)){1,3}$
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex Address();
}
