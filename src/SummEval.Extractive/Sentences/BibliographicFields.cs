using System.Buffers;
using System.Text.RegularExpressions;

namespace SummEval.Extractive.Sentences;

/// <summary>
/// The fields a journal page prints around an abstract and a copy takes along (<c>关键词：…</c>, <c>【中图分类号】…</c>,
/// <c>基金项目：…</c>, <c>作者简介：…</c>, <c>Key words: …</c>, its bylines, running head and reference list), those of a
/// patent's or a thesis's page (<c>申请号：…</c>, <c>主权项：…</c>, <c>指导教师：…</c>), and those a news page prints around a story
/// (<c>原标题：…</c>, <c>来源：…</c>, <c>（责任编辑：…）</c>): metadata, not prose: no summarizer takes a summary from one.
/// </summary>
public static partial class BibliographicFields
{
    // Words every label holds: a text with none of them (most abstracts) has no field, so no sentence of it is matched.
    // A news page's labels are common words in prose (来源解析, 编辑距离), so they count here only with their colon or bracket.
    // A web page's calls count by their own words (点击下方, 二维码): an advertisement of one line holds one.
    private static readonly SearchValues<string> LabelWords = SearchValues.Create(
        ["关键", "关 键", "分类号", "基金", "基 金", "作者", "文献标", "文章编号", "收稿", "修回", "录用", "接受日期", "网络出版", "网络首发", "引用", "引文", "资助", "单位", "在线", "出版", "发表", "专辑", "专题", "刊名", "期刊", "页码", "页数", "DOI", "ISSN",
         "原标题", "原文标题", "画面", "镜头", "编辑：", "编辑:", "编辑】", "来源：", "来源:", "来源】", "注：", "注:", "摄影：", "摄影:", "校对：", "校对:", "审核：", "审核:", "监制：", "监制:", " 摄", "\u3000摄", " 供图", "回复：", "回复:", "图为",
         "联系", "mail", "邮箱", "信箱", "转载", "转自", "摘自", "选自", "来源于", "点击上方", "点击下方", "点击蓝字", "点击关注", "阅读原文", "二维码", "扫码", "关注我们", "关注公众号", "分享给更多人",
         "申请", "公开号", "公开日", "公告", "发明人", "设计人", "专利权人", "代理", "优先权", "主权项", "权利要求", "国省代码",
         "题目", "姓名", "导师", "指导教师", "学科", "专业", "学位", "学号", "培养单位", "答辩", "密级", "参考文献", "参 考", "[J]", "［J］", "[M]", "[D]", "[C]", "[EB/OL]", "references", "bibliography",
         "key word", "keyword", "index term", "CLC", "document code", "article ID", "foundation", "biograph", "received", "revised", "accepted", "cite this", "corresponding"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether <paramref name="text"/> may hold a field (one vectorised search for the labels' words, one for a line
    /// break: an author or affiliation line is a line of its own), so callers test its sentences with
    /// <see cref="Fields"/> only then.
    /// </summary>
    public static bool MayHave(string text) =>
        text is not null && (text.AsSpan().IndexOfAny(LabelWords) >= 0 || text.AsSpan().IndexOfAny('\n', '\r') >= 0 || Letters.MayHave(text) || Disclaimers.MayHave(text) || Speeches.MayHave(text));

    /// <summary>
    /// Whether <paramref name="sentence"/> is a field: it opens with a field label (<see cref="Opens"/>), is an author or
    /// affiliation line (<see cref="IsByline"/>), a journal's running head (<see cref="IsRunningHead"/>), or part of a
    /// reference list (<see cref="IsReference"/>).
    /// </summary>
    public static bool IsField(ReadOnlySpan<char> sentence) => Opens(sentence) || IsByline(sentence) || IsRunningHead(sentence) || IsReference(sentence);

    /// <summary>
    /// Which of a text's <paramref name="sentences"/> no summary is taken from: each field by
    /// <see cref="IsField(ReadOnlySpan{char})"/>, a heading or caption of a paper's body (<see cref="PaperHeadings"/>), a table of contents' heading (<c>目录</c>) and a line repeating a numbered heading's words, a row of a form's fields (<c>证券代码：600519　证券简称：贵州茅台</c>), a label and its code (<c>项目编号：MMXY-2026-088</c>) or a date (<c>更新时间：2026年12月1日</c>), a form's
    /// line or a timetable's beside another or under its day's date (<c>12月11日（星期五）</c>⏎<c>09:00-11:30 青年学者论坛</c>) and the heading over two of them (<see cref="FormLines"/>: <c>会议时间：…</c>, <c>中文名：…</c>,
    /// <c>开幕式 9:00</c>, <c>会议议程</c>) or a label whose value is the lines under it (<c>作用机制：</c>), an official document's number, salutation,
    /// issuer, date and note on publication (<see cref="OfficialDocuments"/>), a judgment's heading, case number, parties and signatures
    /// (<see cref="CourtDocuments"/>), a web page's calls to follow or share and a review's reaction counts, rating and the shop's reply (<see cref="WebPageChrome"/>), a letter's greeting or thanks and the stock phrase it ends its message on (<see cref="Letters"/>: <c>如有问题，请随时与我联系</c>), a statement a kind of text prints every time about itself (<see cref="Disclaimers"/>: <c>投资有风险，入市需谨慎</c>), an aside a bracket holds whole (<c>（幕启。…）</c>, <c>（完）</c>), an exam's or a questionnaire's items (<see cref="ExamItems"/>), a script's directions to the next label (<c>【画面】清晨的西湖…</c>), a heading that only names a notice's kind (<see cref="KindHeadings"/>: <c>致歉声明</c>, <c>征稿启事</c>), a news photo's caption (<see cref="PhotoCaptions"/>: <c>图为…</c>); a line of
    /// names without marks (<c>张三，李四</c>) right before an affiliation line (alone, as likely a list's words; before the
    /// institutions, the paper's authors); and every sentence after a reference list's heading (<c>参考文献</c>) or a patent's
    /// claims (<c>主权项：</c>, <c>权利要求书：</c>), a web page's list of other articles (<c>往期推荐：</c>) or a letter's closing formula (<c>此致</c>), which a splitter
    /// breaks at their full stops (<c>[1] 张三, 李四.</c> |
    /// <c>施氮量对…的影响[J].</c> | <c>中国农业科学, 2018…</c>; <c>主权项：1.</c> | <c>一种…方法，其特征在于…</c>).
    /// </summary>
    public static bool[] Fields(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var fields = new bool[sentences.Count];
        // Set from a reference list's heading or a patent's claims on: each runs to the end of the text.
        var toTheEnd = false;
        // The words of the numbered headings so far: a line of them alone is a heading too (a table of contents lists
        // 1 人物生平, and the section opens on 人物生平).
        HashSet<string>? headings = null;
        // Set from a script's direction (【画面】, 【镜头】) to the next label: what is seen or heard, not what is said.
        var directing = false;
        for (var k = 0; k < fields.Length; k++)
        {
            var sentence = sentences[k].AsSpan();
            if (SectionLabels.LabelLength(sentence) is var label and > 0)
            {
                directing = IsDirection(sentence[..label]);
            }

            toTheEnd |= IsReferenceHeading(sentence) || Claims().IsMatch(sentence) || WebPageChrome.IsListHeading(sentence) || Letters.IsClosing(sentence);
            var heading = PaperHeadings.Is(sentence);
            if (heading && PaperHeadings.Words(sentence) is { Length: > 0 } words)
            {
                (headings ??= new(StringComparer.Ordinal)).Add(words.ToString());
            }

            fields[k] = toTheEnd || directing || IsField(sentence) || heading || PaperHeadings.IsContents(sentence) || (headings is not null && !heading && headings.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Trim()))
                || (k + 1 < fields.Length && IsNames(sentence) && IsAffiliation(sentences[k + 1].AsSpan().Trim()))
                || (k > 0 && FormLines.IsTimetableLine(sentence) && OfficialDocuments.IsDate(sentences[k - 1]))
                || FormLines.IsBareLabel(sentence) || FormLines.IsFieldRow(sentence) || FormLines.IsCode(sentence) || FormLines.IsDated(sentence) || FormLines.IsIngredients(sentence) || (FormLines.IsAny(sentence) && !FormLines.IsTitle(sentence) && ((k > 0 && FormLines.IsAny(sentences[k - 1])) || (k + 1 < fields.Length && FormLines.IsAny(sentences[k + 1]))))
                || (k + 2 < fields.Length && FormLines.IsHeading(sentence) && !FormLines.IsAgreementTitle(sentence) && FormLines.IsAny(sentences[k + 1]) && FormLines.IsAny(sentences[k + 2]))
                || OfficialDocuments.IsField(sentences, k) || CourtDocuments.IsField(sentence) || WebPageChrome.IsCall(sentence) || WebPageChrome.IsReactionLine(sentence) || WebPageChrome.IsSellersReply(sentence) || WebPageChrome.IsByline(sentence) || Letters.IsGreeting(sentence) || Letters.IsStockPhrase(sentence) || Letters.IsQuoteHeader(sentence) || Disclaimers.Is(sentence) || Speeches.IsStep(sentence) || Asides.Is(sentence) || KindHeadings.Is(sentence) || PhotoCaptions.Is(sentence)
                || ExamItems.IsField(sentences, k);
        }

        return fields;
    }

    // A script's labels for what the camera shows and the track plays (【画面】, 镜头：, 【音效】, 【字幕】), as against its narration's
    // (【解说】, 旁白：), which says what the script is about.
    private static bool IsDirection(ReadOnlySpan<char> label) =>
        label.Trim().Trim("【】[]（）()：: \t\u3000") is var name && (name.SequenceEqual("画面") || name.SequenceEqual("镜头") || name.SequenceEqual("音效")
            || name.SequenceEqual("字幕") || name.SequenceEqual("特写") || name.SequenceEqual("空镜"));

    /// <summary>
    /// Whether <paramref name="sentence"/> belongs to a reference list: its heading (<c>参考文献</c>, <c>【参考文献】</c>,
    /// <c>References</c>), or an entry, known by its GB/T 7714 document type (<c>…的影响[J].</c>, <c>[M]</c>, <c>[D]</c>,
    /// <c>[EB/OL]</c>) or by its number before the authors (<c>[1] 张三, 李四.</c>).
    /// </summary>
    public static bool IsReference(ReadOnlySpan<char> sentence) =>
        IsReferenceHeading(sentence) || ReferenceEntry().IsMatch(sentence.Trim());

    private static bool IsReferenceHeading(ReadOnlySpan<char> sentence) => sentence.Trim() is { Length: > 0 and <= 24 } heading && ReferenceHeading().IsMatch(heading);

    /// <summary>
    /// Whether <paramref name="line"/> is one a journal page prints around its abstract and a copy keeps as a line of its
    /// own: a byline, a running head, or names (<c>张三，李四</c>) over the affiliation line <paramref name="next"/>. A line
    /// break before or after such a line is never a wrap inside a sentence (a title is not joined to the authors under it).
    /// </summary>
    internal static bool IsPageLine(ReadOnlySpan<char> line, ReadOnlySpan<char> next) =>
        IsByline(line) || IsRunningHead(line) || (IsNames(line) && IsAffiliation(next.Trim()));

    /// <summary>
    /// Whether <paramref name="sentence"/> is a journal's running head: its name, year, volume, issue and pages
    /// (<c>中国农业科学 2020，53（4）：123-130</c>, <c>农业工程学报, 2019, 35(2): 1-10</c>), or a page's number as a header or
    /// footer prints it (<c>第 1 页 共 3 页</c>, <c>- 2 -</c>, <c>Page 2 of 5</c>), which a document pasted whole keeps between its paragraphs.
    /// </summary>
    public static bool IsRunningHead(ReadOnlySpan<char> sentence)
    {
        var text = sentence.Trim();
        return !text.IsEmpty && text.Length <= 80 && (RunningHead().IsMatch(text) || (text.Length <= 20 && PageNumber().IsMatch(text)));
    }

    /// <summary>
    /// Whether <paramref name="sentence"/> is a paper's author line (<c>张三1，李四2*</c>: Chinese names, each marked with
    /// its affiliation's number or an asterisk) or affiliation line (<c>（1.山东大学 经济学院，山东 济南 250100；…）</c>:
    /// bracketed, naming an institution, with a postal code or a province or city).
    /// </summary>
    public static bool IsByline(ReadOnlySpan<char> sentence)
    {
        var text = sentence.Trim();
        if (text.IsEmpty || text.Length > 300)
        {
            return false;
        }

        return IsAffiliation(text) || (text.IndexOfAny("0123456789*∗†‡¹²³⁴⁵⁶⁷⁸⁹⁰") >= 0 && Authors().IsMatch(text));
    }

    // Bracketed, naming an institution and a place; or unbracketed, naming an institution and ending with its postal code
    // (复旦大学附属儿科医院，上海 201102), as many journals print it.
    private static bool IsAffiliation(ReadOnlySpan<char> text) =>
        !text.IsEmpty && (text[0] is '（' or '(' && text[^1] is '）' or ')' ? Affiliation().IsMatch(text) : PostalAffiliation().IsMatch(text));

    private static bool IsNames(ReadOnlySpan<char> text) => text.Trim() is { Length: > 0 and <= 120 } names && Authors().IsMatch(names);

    /// <summary>
    /// Whether <paramref name="sentence"/> opens with a field label set off as one (<c>关键词：</c>, <c>【中图分类号】</c>,
    /// <c>Key words:</c>): the sentence is the field's value, not prose.
    /// </summary>
    public static bool Opens(ReadOnlySpan<char> sentence) => Label().IsMatch(sentence.TrimStart());

    // Two to eight names of two to four Chinese characters (a space may split a two-character name: 张 三), each but
    // perhaps one followed by marks (1, 1,2, *), separated by commas, 、 or spaces.
    [GeneratedRegex(@"^(?:\p{IsCJKUnifiedIdeographs}(?:\s?\p{IsCJKUnifiedIdeographs}){1,3}[0-9*∗†‡¹²³⁴⁵⁶⁷⁸⁹⁰,，]*\s*[，,、;；\s]\s*){1,7}\p{IsCJKUnifiedIdeographs}(?:\s?\p{IsCJKUnifiedIdeographs}){1,3}[0-9*∗†‡¹²³⁴⁵⁶⁷⁸⁹⁰,]*$")]
    private static partial Regex Authors();

    // An institution, and a postal code or a province or city.
    [GeneratedRegex(@"(?:大学|学院|研究所|研究院|研究中心|医院|实验室|公司|中心)(?:.*?(?:[0-9]{6}|省|市|自治区)|.*?[0-9]{6})")]
    private static partial Regex Affiliation();

    // An institution, then a six-digit postal code that ends the line (or its first part, before ；).
    [GeneratedRegex(@"^[^。！？]{0,60}?(?:大学|学院|研究所|研究院|研究中心|医院|实验室|公司|中心)[^。！？]{0,40}?(?<![0-9])[0-9]{6}(?:[；;]|$)")]
    private static partial Regex PostalAffiliation();

    // A journal's name (up to 30 characters with no sentence punctuation), then year, volume, issue and pages: the whole line.
    [GeneratedRegex(@"^[^，。,;；：:]{2,30}?[\s,，]*(?:19|20)[0-9]{2}\s*年?\s*[,，]?\s*(?:第\s*)?(?:[Vv]ol\.?\s*)?[0-9]{1,4}\s*卷?\s*[（(]\s*[0-9]{1,3}\s*[)）]\s*期?\s*[:：]\s*[0-9]{1,5}\s*[-–—~～]\s*[0-9]{1,5}\s*[.．。]?$")]
    private static partial Regex RunningHead();

    // 第 1 页 共 3 页, 第1页/共3页, 共3页 第1页, — 2 —, Page 2 of 5; alone on the line.
    [GeneratedRegex(@"^(?:第\s*[0-9]{1,4}\s*页(?:\s*[，,/／]?\s*共\s*[0-9]{1,4}\s*页)?|共\s*[0-9]{1,4}\s*页\s*[，,/／]?\s*第\s*[0-9]{1,4}\s*页|[-—–]{1,2}\s*[0-9]{1,4}\s*[-—–]{1,2}|(?i:page)\s*[0-9]{1,4}(?:\s*(?i:of)\s*[0-9]{1,4})?)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PageNumber();

    // A patent's claims: the field that opens them, after which every sentence is a claim.
    [GeneratedRegex(@"^\s*(?:[【\[]\s*(?:主权项|权利要求(?:书)?)\s*[】\]]|(?:主权项|权利要求(?:书)?)\s*[:：])")]
    private static partial Regex Claims();

    // 参考文献, 【参考文献】, 主要参考文献：, 参 考 文 献, References, Bibliography: a line of its own.
    [GeneratedRegex(@"^(?:[【\[［(（]\s*)?(?:主要)?参\s*考\s*文\s*献(?:\s*[】\]］)）])?\s*[:：]?$|^(?:references?|bibliography|literature\s+cited)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceHeading();

    // A GB/T 7714 document type after a title ([J] journal, [M] book, [C] proceedings, [D] thesis, [R] report, [N]
    // newspaper, [S] standard, [P] patent, [EB/OL] web page ...), then its full stop, the //, or the end; or an entry
    // number before nothing but authors' names and a full stop ([1] 张三, 李四. / [3] Zhang S, Li S Y, et al.); a citation
    // mark that opens a sentence ([1]或许是出于…, md dev 0024) is followed by text, not names.
    [GeneratedRegex("""
        [\[［](?:J|M|C|D|R|N|S|P|Z|G|A|EB/OL|J/OL|M/OL|C/OL|N/OL|DB/OL|CP/DK)[\]］]\s*(?:[.．。,，]|//|$)
        | ^[\[［]\s*[0-9]{1,3}\s*[\]］]\s*
          (?:(?:\p{IsCJKUnifiedIdeographs}{2,4}|[A-Z][A-Za-z'\-]+(?:\s+[A-Z][A-Za-z\-]*){0,3})\s*[,，、]\s*){0,7}
          (?:\p{IsCJKUnifiedIdeographs}{2,4}|[A-Z][A-Za-z'\-]+(?:\s+[A-Z][A-Za-z\-]*){0,3}|等|et\s+al)\s*[.．]$
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex ReferenceEntry();

    // A field label set off as a label: bracketed (【关键词】) or followed by a colon (关键词：, Key words:).
    [GeneratedRegex("""
        ^(?:[【\[（(]\s*)?
        (?:关\s*键\s*[词字] | 中图法?分类号 | 中国图书(?:资料)?分类号 | 分类号 | 文献标[志识]码 | 文章编号 | 基金项目 | 基金资助 | 资助项目 | 资助基金 | 项目基金 | 基\s*金
          | (?:第一)?作者简介 | (?:第一)?作者(?:单位)? | 作者信息 | 单位 | 通[信讯]作者 | 通[信讯]地址 | 联系方式 | 联系人 | 联系电话 | 电子(?:邮件|邮箱|信箱) | E-?mail
          | 收稿日期 | 修回日期 | 录用日期 | 接受日期
          | 申请(?:\(专利\)|（专利）)?号 | 申请(?:公布)?日 | 申请公布号 | (?:授权)?公(?:开|告)(?:号|日) | 申请人(?:地址)? | 专利权人 | 发明(?:人|设计人) | 设计人
          | (?:专利)?代理(?:人|机构) | 优先权(?:日|号)? | (?:主|IPC)分类号 | 主权项 | 权利要求(?:书)? | 国省代码 | 地址
          | (?:学位|毕业)?论文题目 | (?:中|英)文题目 | (?:作者|学生|研究生|导师)姓名 | 指导(?:教师|老师) | (?:合作)?导师 | 学科(?:专业|门类)? | 专业(?:名称)? | 研究方向
          | 学位(?:类别|级别|类型|授予单位) | 授予学位单位 | 培养单位 | 答辩(?:日期|时间) | 论文提交日期 | 学号 | 学校代码 | 密级
          | 网络(?:出版|首发)(?:时间|地址|日期) | 在线(?:公开|出版)(?:时间|日期) | 出版日期 | 发表时间 | 专辑 | 专题 | 刊名 | 期刊名称 | 页码 | 页数 | DOI | ISSN
          | (?:本文)?引[用文]格式 | 引用本文
          | (?:责任|值班|实习)?编辑 | (?:新闻|稿件|文章|信息|数据|资料)?来源 | 备?注 | 原(?:文)?标题 | 摄影 | 校对 | 审核 | 监制
          | key\s*words? | index\s+terms | CLC\s+(?:number|No\.?) | document\s+code | article\s+ID | foundation\s+items?
          | (?:authors?'?s?\s+)?biograph(?:y|ies) | corresponding\s+authors? | (?:received|revised|accepted)(?:\s+date)? | cite\s+this\s+article)
        \s*(?:[】\]]\s*[:：]? | [:：])
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex Label();
}
