namespace SummEval.Testing;

/// <summary>A court's judgment (裁判文书) as users paste it: the court and the document's kind, the case number, the parties, the case, the reasoning, the decision, the bench, the date and the clerk.</summary>
public static class CourtTexts
{
    /// <summary>An appeal's judgment, a line to each part.</summary>
    public const string Appeal = "某省某市中级人民法院\n民事判决书\n（2020）某01民终1234号\n上诉人（原审被告）：某某科技有限公司，住所地某市某区。\n法定代表人：孙七，该公司经理。\n被上诉人（原审原告）：张三，男，1980年1月1日出生，汉族。\n上诉人某某科技有限公司因与被上诉人张三劳动争议一案，不服某市某区人民法院（2019）某0102民初5678号民事判决，向本院提起上诉。本院依法组成合议庭审理了本案。\n本院认为，劳动者在用人单位连续工作满十年的，用人单位应当与劳动者订立无固定期限劳动合同。\n判决如下：驳回上诉，维持原判。\n审判长 李四\n审判员 王五\n二〇二〇年十二月一日\n书记员 赵六";

    /// <summary>The parties and the case on one line, as a database's page copies them.</summary>
    public const string OneLine = "上诉人（原审被告）：某某科技有限公司，住所地某市某区。被上诉人（原审原告）：张三，男，1980年1月1日出生，汉族。上诉人某某科技有限公司因与被上诉人张三劳动争议一案，不服一审判决，向本院提起上诉。本院认为，劳动者在用人单位连续工作满十年的，用人单位应当与劳动者订立无固定期限劳动合同。";

    /// <summary>Every judgment above.</summary>
    public static readonly IReadOnlyList<string> All = [Appeal, OneLine];

    /// <summary>Whether <paramref name="summary"/> holds text that only the heading, the case number, a party's line or a signature holds.</summary>
    public static bool TakesFromAField(string summary) => Array.Exists(FieldOnly, summary.Contains);

    private static readonly string[] FieldOnly =
    [
        "中级人民法院", "判决书", "民终", "原审", "住所地", "法定代表人", "孙七", "1980年", "汉族", "审判长", "审判员", "书记员", "二〇二〇", "李四", "王五", "赵六", "：",
    ];
}
