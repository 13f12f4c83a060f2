namespace SummEval.Testing;

/// <summary>Conversations copied or exported from a chat app, each message under a header of its sender and time: WeChat's, QQ's export (date, time, sender and account), Slack's.</summary>
public static class Chats
{
    /// <summary>WeChat: a sender and a time over each message.</summary>
    public const string WeChat = "张三 10:32\n大家看一下这篇论文，数字普惠金融对农户收入的影响。\n李四 10:35\n我觉得结论挺有意思，数字普惠金融显著促进了农户收入增长。\n王五 10:40\n但样本只有中西部地区，外部有效性存疑。";

    /// <summary>WeChat's conversation as prose: its messages.</summary>
    public const string WeChatProse = "大家看一下这篇论文，数字普惠金融对农户收入的影响。我觉得结论挺有意思，数字普惠金融显著促进了农户收入增长。但样本只有中西部地区，外部有效性存疑。";

    /// <summary>QQ's export: date, time, sender and account number, a blank line between messages without punctuation at their ends.</summary>
    public const string Qq = "2021-03-05 10:32:11 张三(123456789)\n大家看一下这篇论文\n\n2021-03-05 10:35:02 李四(987654321)\n数字普惠金融显著促进了农户收入增长，结论挺有意思\n\n2021-03-05 10:40:45 王五(555555)\n但样本只有中西部地区，外部有效性存疑";

    /// <summary>Slack: an English name and a twelve-hour time.</summary>
    public const string Slack = "Zhang San  10:32 AM\n大家看一下这篇论文，讨论数字普惠金融对农户收入的影响\nLi Si  10:35 AM\n数字普惠金融显著促进了农户收入增长，结论挺有意思\n";

    /// <summary>Every conversation above.</summary>
    public static readonly IReadOnlyList<string> All = [WeChat, Qq, Slack];

    /// <summary>Whether <paramref name="summary"/> holds a sender's name or a time.</summary>
    public static bool TakesFromAHeader(string summary) =>
        summary.Contains(':') || summary.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || Array.Exists(Senders, summary.Contains);

    private static readonly string[] Senders = ["张三", "李四", "王五", "Zhang", "Li Si", "AM"];
}
