using System.Text.RegularExpressions;

namespace SummEval.Extractive.Sentences;

/// <summary>
/// A heading that names only what kind of notice a text is, with at most a few words on its occasion
/// (<c>致歉声明</c>, <c>征稿启事</c>, <c>警情通报</c>, <c>停电通知</c>, <c>邀请函</c>, <c>请假条</c>, a shop's <c>商品评价</c>), or an open letter's
/// heading, which also names whom it is to (<c>致全体市民的一封信</c>): it says what the text is, not what it says, and
/// is no candidate (its words still vote). An official title with its matter (<c>关于…的通知</c>) says more and stays one.
/// </summary>
internal static partial class KindHeadings
{
    public static bool Is(ReadOnlySpan<char> sentence)
    {
        var text = sentence.Trim();
        return (text.Length is >= 2 and <= 10 && Kind().IsMatch(text)) || (text.Length is >= 4 and <= 30 && text[0] is '致' or '给' or '写' or '告' && Addressed().IsMatch(text));
    }

    /// <summary>
    /// The length of such a heading that opens <paramref name="text"/> before a colon (<c>召回公告：</c>, <c>停电通知:</c>), without the
    /// colon; 0 when none does.
    /// </summary>
    public static int BeforeColonLength(ReadOnlySpan<char> text)
    {
        // Run for every clause no known label opens: only the first eleven characters can hold such a heading's colon.
        var colon = text[..Math.Min(text.Length, 11)].IndexOfAny('：', ':');
        return colon is >= 2 and <= 10 && Kind().IsMatch(text[..colon]) ? colon : 0;
    }

    // At most four characters before the kind, its occasion (致歉, 征稿, 警情, 停电, 特此); more make a sentence (公司董事会发表声明).
    // No 的 or 关于 before it: with one the heading names its matter (关于放假的通知, 对消费者的致歉声明).
    [GeneratedRegex(@"^(?!.*(?:的|关于))\p{IsCJKUnifiedIdeographs}{0,4}(声明|启事|通知|公告|通告|通报|公示|告示|邀请函|倡议书|感谢信|表扬信|慰问信|公开信|告知书|承诺书|须知|喜报|讣告|评价|请假条|申请书|检讨书|保证书|介绍信|推荐信|辞职信|贺信)[。.]?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Kind();

    // An open letter's heading names whom it is to besides its kind (致全体市民的一封信, 给家长的一封信, 致全校师生的倡议书,
    // 告全市人民书; 告 with whom it is to, not 告诉他这本书): still not what it says.
    [GeneratedRegex(@"^(?:(?:致|给|写给)[^。！？!?，,；;：:]{1,20}的(?:一封|公开)?(?:信|公开信|倡议书|慰问信|感谢信|家书)|告[^。！？!?，,；;：:的]{0,8}(?:人民|同胞|市民|群众|居民|村民|家长|师生|同学|乡亲|朋友|患者|消费者|读者|会员|用户|员工|考生|学生|旅客)们?书)[。.]?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Addressed();
}
