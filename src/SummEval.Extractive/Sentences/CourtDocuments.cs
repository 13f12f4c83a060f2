using System.Text.RegularExpressions;

namespace SummEval.Extractive.Sentences;

/// <summary>
/// The lines a court's judgment or ruling (裁判文书) sets around what it decides: the court and the document's kind
/// (<c>某省某市中级人民法院</c> over <c>民事判决书</c>), the case number (<c>（2020）某01民终1234号</c>), a party's line
/// (<c>上诉人（原审被告）：某某科技有限公司，住所地…</c>), and the bench and clerk who sign it (<c>审判长 李四</c>), with its date
/// (<see cref="OfficialDocuments.IsDate"/>). Each is a line of its own and a field no summary is taken from: the case, the
/// court's reasoning and its decision are what the judgment says.
/// </summary>
public static partial class CourtDocuments
{
    /// <summary>Whether <paramref name="line"/> is a judgment's heading: the court (<c>…人民法院</c>) or the document's kind (<c>民事判决书</c>, <c>刑事裁定书</c>, <c>调解书</c>…).</summary>
    public static bool IsHeading(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        return text.Length is >= 3 and <= 30 && (text.EndsWith("法院", StringComparison.Ordinal) || text[^1] == '书') && Heading().IsMatch(text);
    }

    /// <summary>Whether <paramref name="line"/> is a case number: the year in brackets, the court's code and the case's kind and number (<c>（2020）某01民终1234号</c>).</summary>
    public static bool IsCaseNumber(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        return text.Length is > 6 and <= 30 && text[^1] == '号' && CaseNumber().IsMatch(text);
    }

    /// <summary>Whether <paramref name="line"/> opens with a party's role and its colon (<c>上诉人（原审被告）：</c>, <c>被告人：</c>, <c>委托诉讼代理人：</c>).</summary>
    public static bool IsParty(ReadOnlySpan<char> line) => Party().IsMatch(line.TrimStart());

    /// <summary>Whether <paramref name="line"/> is a signature of the bench or the clerk: the office and a name (<c>审判长 李四</c>, <c>书记员　赵六</c>).</summary>
    public static bool IsSignature(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        return text.Length is >= 4 and <= 14 && Signature().IsMatch(text);
    }

    // Whether a sentence (a line, where the text has lines) is one of a judgment's fields.
    internal static bool IsField(ReadOnlySpan<char> sentence) => IsHeading(sentence) || IsCaseNumber(sentence) || IsParty(sentence) || IsSignature(sentence);

    [GeneratedRegex(@"^(\p{IsCJKUnifiedIdeographs}{2,24}法院|(民事|刑事|行政|执行|国家赔偿)?(判决书|裁定书|调解书|决定书))$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^[（(〔\[][0-9]{4}[）)〕\]][\p{IsCJKUnifiedIdeographs}0-9]{1,20}号$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex CaseNumber();

    [GeneratedRegex(@"^(再审申请人|被申请人|申请人|被上诉人|上诉人|原告|被告人|被告|第三人|委托诉讼代理人|委托代理人|法定代理人|法定代表人|公诉机关|辩护人|被申诉人|申诉人|申请执行人|被执行人)(（[^）]{1,12}）|\([^)]{1,12}\))?\s*[：:]", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Party();

    [GeneratedRegex(@"^(审判长|审判员|代理审判员|人民陪审员|书记员|法官助理|执行员)[\s\u3000]*\p{IsCJKUnifiedIdeographs}{2,4}$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Signature();
}
