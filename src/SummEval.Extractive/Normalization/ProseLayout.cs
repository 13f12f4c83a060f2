using System.Buffers;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using SummEval.Extractive.Sentences;

namespace SummEval.Extractive.Normalization;

/// <summary>
/// A source as running prose: the line breaks a PDF or an editor wrapped a paragraph at joined, markup tags, web
/// and e-mail addresses, DOIs, a news story's dateline, a pasted table's rows, zero-width spaces and a CSV field's escaping quotes left out, character entities (&amp;ldquo;, &amp;nbsp;) read as
/// what they stand for, tabs as spaces. Every character keeps the offset it came from, so a summary made from the prose
/// is written back with the source's own characters.
/// </summary>
internal static partial class ProseLayout
{
    /// <summary>
    /// A line at least this share of a full line's width reaches the margin, so a break after it is a wrap; a shorter
    /// line (a title, a heading, the end of a paragraph) ends where its author ended it.
    /// </summary>
    internal const double FullLineShare = 0.75;

    // Markup a paragraph, list item or cell ends with: a sentence boundary once the tag is gone.
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table", "thead", "tbody", "hr",
        "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article", "header", "footer", "title",
        "abstract", "sec", "para", "list-item",
    };

    /// <summary>
    /// The prose of <paramref name="text"/> and, when it differs, the source offset of each of its characters
    /// (−1 for a space or line break that stands in for layout); the same instance and null when nothing changes.
    /// </summary>
    internal static string Of(string text, out int[]? origin)
    {
        origin = null;
        var escapes = CsvQuotedText.EscapeMarks(text);
        if (escapes is null && !MayHaveLayout(text))
        {
            return text;
        }

        var (spans, entities) = Spans(text);
        if (escapes is null && spans.Count == 0 && entities.Count == 0 && text.AsSpan().IndexOfAny(LayoutOrInvisible) < 0)
        {
            // P&lt;0.05, esp@cenet, DOIS: a character that can start layout, but no layout.
            return text;
        }

        var fullWidth = FullWidth(text);
        var labelsRecur = BareLabelLines(text) >= 2;
        var latin = IsMostlyLatin(text);
        var prose = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        var spaces = new List<int>();
        int s = 0, e = 0, lineStart = 0, i = 0;
        // The line before the one at lineStart (a form's last line is one of its own after another).
        (int Start, int End) previous = (0, 0);
        // Whether the line at lineStart continues a sentence the break before it wrapped (a heading continues none).
        var continued = false;
        while (i < text.Length)
        {
            if (e < entities.Count && entities[e].Start == i)
            {
                // &ldquo; is “: the character it stands for, which the source does not hold, so written from the shadow.
                foreach (var c in entities[e].Text)
                {
                    prose.Append(c);
                    map.Add(-1);
                }

                i = entities[e++].End;
                continue;
            }

            if (!(s < spans.Count && spans[s].Start == i) && (Invisible.Contains(text[i]) || escapes?[i] == true))
            {
                // A zero-width space or joiner, a soft hyphen: text pasted from the web has them between words, where
                // they split a section label from its colon (目的\u200B：) and counted against a budget unseen. And the
                // quotes that escape a CSV field: they are not the text's own.
                i++;
                continue;
            }

            if (!(s < spans.Count && spans[s].Start == i) && !char.IsWhiteSpace(text[i]))
            {
                prose.Append(text[i]);
                map.Add(i);
                i++;
                continue;
            }

            // A gap: whitespace, line breaks and the spans left out, up to the next character of prose; the walk steps
            // over the spans, so the spaces it collects are the gap's own.
            int end = i, breaks = 0, firstBreak = -1;
            bool block = false, entitySpace = false;
            spaces.Clear();
            while (end < text.Length)
            {
                if (s < spans.Count && spans[s].Start == end)
                {
                    block |= spans[s].Kind == SpanKind.Block;
                    entitySpace |= spans[s].Kind == SpanKind.Space;
                    end = spans[s++].End;
                    continue;
                }

                var c = text[end];
                if (IsLineBreak(c))
                {
                    breaks += c == '\n' && end > 0 && text[end - 1] == '\r' ? 0 : 1;
                    firstBreak = firstBreak < 0 ? end : firstBreak;
                }
                else if (char.IsWhiteSpace(c))
                {
                    spaces.Add(end);
                }
                else
                {
                    break;
                }

                end++;
            }

            if (breaks == 0 && !block)
            {
                if (!AppendSpaces(text, spaces, prose, map) && entitySpace && prose.Length > 0 && end < text.Length)
                {
                    // 目的&nbsp;探讨: the space the entity stands for.
                    prose.Append(' ');
                    map.Add(-1);
                }
            }
            else if (prose.Length > 0 && end < text.Length)
            {
                var wrapped = !block && breaks == 1 && IsFullLine(text, lineStart, firstBreak, end, fullWidth) && !OpensBlock(text, end)
                    && !IsHeading(text, lineStart, firstBreak) && !EndsList(text, lineStart, previous.End, end) && !IsLabelHeading(prose[^1], text.AsSpan(lineStart, firstBreak - lineStart), Line(text, end), labelsRecur) && !StandsAlone(text.AsSpan(lineStart, firstBreak - lineStart), text.AsSpan(previous.Start, previous.End - previous.Start), Line(text, end), continued);
                continued = wrapped && prose[^1] is not ('。' or '！' or '？' or '…');
                if (wrapped)
                {
                    // Spaces written at the line end stay (目的 探讨); English words wrapped without one still need it.
                    if (!AppendSpaces(text, spaces, prose, map) && (entitySpace || JoinsWords(prose[^1], text[end], latin)))
                    {
                        prose.Append(' ');
                        map.Add(-1);
                    }
                }
                else if (prose[^1] is not ('。' or '！' or '？' or '…'))
                {
                    // A line its author ended is a sentence boundary; after 。 it is one already and adds nothing, so a
                    // paragraph reads as the same sentences, at the same offsets, however its lines fall.
                    prose.Append('\n');
                    map.Add(firstBreak >= 0 && text[firstBreak] == '\n' ? firstBreak : -1);
                }
            }

            if (breaks > 0 && firstBreak >= lineStart)
            {
                previous = (lineStart, firstBreak);
            }

            lineStart = breaks > 0 || block ? end : lineStart;
            i = end;
        }

        if (prose.Length == text.Length && prose.Equals(text.AsSpan()))
        {
            return text;
        }

        origin = [.. map];
        return prose.ToString();
    }

    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u0085\u2028\u2029");

    // Characters with no glyph and no letter in them: zero-width space, word joiner, zero-width no-break space (a BOM
    // inside the text), soft hyphen. Not the zero-width joiner, which holds emoji and Indic letters together.
    private static readonly SearchValues<char> Invisible = SearchValues.Create("\u200B\u2060\uFEFF\u00AD");

    // Whitespace that carries layout (line breaks, tabs, form feeds) and the invisible characters, in one set, so a text
    // with neither is passed over in one scan.
    private static readonly SearchValues<char> LayoutOrInvisible = SearchValues.Create("\n\r\t\v\f\u0085\u2028\u2029\u200B\u2060\uFEFF\u00AD");

    // Most sources have none of this; they are returned as they are without a regular expression run over them.
    private static bool MayHaveLayout(string text) =>
        text.AsSpan().IndexOfAny(LayoutOrInvisible) >= 0
        || text.AsSpan().IndexOfAny("<@&#") >= 0
        || text.Contains("://", StringComparison.Ordinal)
        || text.Contains("www.", StringComparison.OrdinalIgnoreCase)
        || text.Contains("doi", StringComparison.OrdinalIgnoreCase)
        || text.Contains("**", StringComparison.Ordinal)
        || text.Contains("](", StringComparison.Ordinal)
        || text.AsSpan().IndexOfAny(NewsMarks) >= 0
        || text.AsSpan().IndexOfAny(GlossCues) >= 0
        || text.AsSpan().IndexOfAny(AudienceCues) >= 0
        || (text.Contains(' ', StringComparison.Ordinal) && IsLetterSpaced(text))
        || text.AsSpan().IndexOfAny(PictographStarts) >= 0
        || text.AsSpan().IndexOfAny(ChatPlaceholders) >= 0
        || (text.AsSpan().TrimStart() is { Length: > 0 } start && (MarkerStarts.Contains(start[0]) || start[0] == '【' || IsEmojiOrSymbol(start[0])
            || (start.Length > 1 && start[0] is '[' or '(' or '（' && char.IsAsciiDigit(start[1]))
            || (char.IsAsciiDigit(start[0]) && start[..Math.Min(start.Length, 5)].Contains('楼'))));

    // What a chat's export writes for what it cannot show (the placeholder alternative of LeftOut).
    private static readonly SearchValues<string> ChatPlaceholders = SearchValues.Create(
        ["[图片]", "[表情]", "[动画表情]", "[语音]", "[视频]", "[文件]", "[链接]", "[位置]", "[红包]", "[转账]", "[语音通话]", "[视频通话]"], StringComparison.Ordinal);

    // The first character of an emoji or a symbol a post sets as a bullet (✅, ➡, ⭐, 📌, 👉): arrows, geometric shapes, the
    // other symbols' blocks and a pictograph's first character. Not ©, ° or ℃, which open a line of text.
    private static bool IsEmojiOrSymbol(char c) => c is (>= '\u2190' and <= '\u21FF') or (>= '\u25A0' and <= '\u25FF') or (>= '\u2B00' and <= '\u2BFF')
        || PictographStarts.Contains(c);

    // What a pictograph, an emoji a post sets in or after its phrases, starts with: a symbol or dingbat (☀ ✨ ➡) or the high
    // surrogate of an emoji plane's character (🔥 👉 📌). The expressions below spell the same ranges (Pictograph, PictographStart).
    private static readonly SearchValues<char> PictographStarts = SearchValues.Create(
        string.Concat(Enumerable.Range('\u2600', '\u27BF' - '\u2600' + 1).Concat(Enumerable.Range('\uD83C', 3)).Select(c => (char)c)));

    // One pictograph in an expression: a symbol or dingbat, or a character of the emoji planes (a surrogate pair). Not
    // the stars ★ and ☆, which a review sets in a row as its rating (物流评分：★★★★★): one opens a line as a bullet does, and a
    // row of them before the review's words (★★★★☆ 这家店的牛肉面…) is its rating, no part of what it says.
    private const string Pictograph = @"(?:[\u2600-\u2604\u2607-\u27BF]|[\uD83C-\uD83E][\uDC00-\uDFFF])";

    // The characters a pictograph starts with, inside an expression's class.
    private const string PictographStart = @"\u2600-\u27BF\uD83C-\uD83E";

    // What a news story's dateline or closing holds (新华社北京12月3日电, 本报讯, (完)).
    private static readonly SearchValues<string> NewsMarks = SearchValues.Create(["日电", "日讯", "报讯", "完）", "完)", "（本报记者", "(本报记者", "（记者", "(记者", "（通讯员", "(通讯员"], StringComparison.Ordinal);

    // What a transcript's note of the audience holds (（掌声）, [笑声], （鼓掌）, （笑）).
    private static readonly SearchValues<string> AudienceCues = SearchValues.Create(["掌声", "鼓掌", "笑声", "笑）", "笑)", "笑]", "笑】", "笑］", "欢呼", "喝彩"], StringComparison.Ordinal);

    // What a gloss in another language holds after its language's name (（英语：Great Wall）, （学名：Ailuropoda melanoleuca）).
    private static readonly SearchValues<string> GlossCues = SearchValues.Create(["语：", "语:", "語：", "語:", "文：", "文:", "名：", "名:"], StringComparison.Ordinal);

    // What a Markdown heading, bullet or quote marker starts with (a one-line text can open with one: ## 摘要 …); a
    // transcription's or a lyric's time in brackets can open one too ([00:00:05] 张三：…, [00:12.50]天青色…).
    private static readonly SearchValues<char> MarkerStarts = SearchValues.Create("#•●○◆■▪-*+>");

    private enum SpanKind
    {
        Inline,
        Block,
        Space,
    }

    // The spans left out (markup, addresses, entities for a space) and the entities read as the character they stand for.
    private static (List<(int Start, int End, SpanKind Kind)> Spans, List<(int Start, int End, string Text)> Entities) Spans(string text)
    {
        var spans = new List<(int Start, int End, SpanKind Kind)>();
        var entities = new List<(int Start, int End, string Text)>();
        var bold = new List<int>();
        foreach (Match m in LeftOut().Matches(text))
        {
            var end = m.Index + m.Length;
            if (m.Groups["name"].Success)
            {
                spans.Add((m.Index, end, BlockTags.Contains(m.Groups["name"].Value) ? SpanKind.Block : SpanKind.Inline));
                continue;
            }

            if (m.Groups["marker"].Success)
            {
                // A marker opens a line its author began: a heading, a list item, an emoji set as a bullet (✅ 2.5K高清护眼全面屏), a
                // transcript's time in brackets or to the second ([00:01:10] 王五：…, 00:01:10 王五：…; a timetable's 9:00 开幕式 is its item's).
                // An emoji a post sets between its phrases (…正式开启👉 全场满300减50) opens one as a bullet would, and takes the
                // comma after it along (…动物园🐼🦁，天气超级好: a phrase opening on a comma is no phrase).
                spans.Add((m.Index, end, SpanKind.Block));
                continue;
            }

            if (m.Groups["trailing"].Success)
            {
                // An emoji that ends a post's line (…记得提前加购哦～ ✨) decorates it, and is no part of what it says; its author
                // ended the line there, so the break after it is no wrap (这个面霜真的绝了😭⏎用了一个月…).
                spans.Add((m.Index, end, SpanKind.Block));
                continue;
            }

            if (m.Groups["placeholder"].Success)
            {
                // A chat's [图片] at a line's end stands for a message of its own: its author ended the line there, as after a
                // trailing emoji; inside a line it is left out as a mention is.
                var lineEnd = text.AsSpan(end).TrimStart(" \t") is var after && (after.IsEmpty || LineBreaks.Contains(after[0]));
                spans.Add((m.Index, end, lineEnd ? SpanKind.Block : SpanKind.Inline));
                continue;
            }

            if (m.Groups["repost"].Success)
            {
                // A repost's chain (太好看了//@影评人小王:《长安三万里》是…): each reposter's comment, then the post, is a message of
                // its own, as a chat's lines are, and the names that sign them go as a comment's author does.
                spans.Add((m.Index, end, SpanKind.Block));
                continue;
            }

            if (m.Groups["mention"].Success || m.Groups["author"].Success)
            {
                spans.Add((m.Index, end, SpanKind.Inline));
                continue;
            }

            if (m.Groups["bold"].Success)
            {
                bold.Add(m.Index);
                continue;
            }

            if (m.Groups["entity"].Success)
            {
                // &lt; and &gt; stay as written: CSL writes P&lt;0.05, and the shipped model was trained on that text.
                var decoded = WebUtility.HtmlDecode(m.Value);
                if (decoded != m.Value && !m.Value.Equals("&lt;", StringComparison.OrdinalIgnoreCase) && !m.Value.Equals("&gt;", StringComparison.OrdinalIgnoreCase)
                    && !decoded.Any(char.IsControl))
                {
                    if (decoded.All(char.IsWhiteSpace))
                    {
                        spans.Add((m.Index, end, SpanKind.Space));
                    }
                    else
                    {
                        entities.Add((m.Index, end, decoded));
                    }
                }

                continue;
            }

            // An address ends before the punctuation that follows it in the sentence ("见 www.x.org。", "(www.x.org)").
            while (end > m.Index && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '"'
                   || (text[end - 1] is ')' && text.AsSpan(m.Index, end - m.Index).Count('(') < text.AsSpan(m.Index, end - m.Index).Count(')')))
            {
                end--;
            }

            // An address in angle brackets (张三 <zhangsan@example.com>, <https://…>) takes them with it.
            var start = m.Index;
            if (start > 0 && text[start - 1] == '<' && end < text.Length && text[end] == '>')
            {
                (start, end) = (start - 1, end + 1);
            }

            spans.Add((start, end, SpanKind.Inline));
        }

        // Bold's asterisks set words off in pairs on one line (**目的**); one alone is something else (x**2).
        if (bold.Count > 0)
        {
            AddPairedBold(text, bold, spans);
        }

        if (text.Contains("](", StringComparison.Ordinal))
        {
            AddMatches(Link(), text, spans, SpanKind.Inline);
        }

        if (text.AsSpan().IndexOfAny(LineBreaks) >= 0)
        {
            var lines = TextLines.Of(text);
            AddLinesLeftOut(text, MarkdownBlocks.LeftOut(text, lines), spans, entities);
            if (SubtitleCues.MayHave(text))
            {
                AddLinesLeftOut(text, SubtitleCues.LeftOut(text, lines), spans, entities);
            }

            if (ChatHeaders.MayHave(text))
            {
                AddLinesLeftOut(text, ChatHeaders.LeftOut(text, lines), spans, entities);
            }

            if (ForumFloors.MayHave(text))
            {
                AddLinesLeftOut(text, ForumFloors.LeftOut(text, lines), spans, entities);
            }

            // A site's name follows a page's title over more text: a text of one line has none (a paper's K-means).
            if (text.AsSpan().IndexOfAny(SiteSeparators) >= 0)
            {
                AddSiteName(text, spans);
            }

            if (text.AsSpan().IndexOfAny(ColumnBars) >= 0)
            {
                AddColumnTags(text, spans);
            }

            if (text.Contains("编辑", StringComparison.Ordinal) || text.Contains("百科", StringComparison.Ordinal))
            {
                AddMatches(EncyclopediaTools(), text, spans, SpanKind.Block);
            }
        }

        if (text.AsSpan().IndexOfAny(NewsMarks) >= 0)
        {
            AddNewsMetadata(text, spans);
        }

        if (text.AsSpan().IndexOfAny('\t', '|') >= 0)
        {
            AddTableRows(text, spans);
        }

        if (text.Contains('#', StringComparison.Ordinal))
        {
            AddTopicMarks(text, spans);
            AddMatches(TagRun(), text, spans, SpanKind.Block);
        }

        if (text.Contains('【', StringComparison.Ordinal))
        {
            AddHeadlines(text, spans);
        }

        if (text.Contains('Q', StringComparison.Ordinal) && text.Contains('A', StringComparison.Ordinal))
        {
            AddTurnNumbers(text, spans);
        }

        if (text.AsSpan().IndexOfAny(GlossCues) >= 0)
        {
            AddMatches(Gloss(), text, spans, SpanKind.Inline);
        }

        if (text.AsSpan().IndexOfAny(AudienceCues) >= 0)
        {
            AddMatches(AudienceNote(), text, spans, SpanKind.Inline);
        }

        if (IsLetterSpaced(text))
        {
            AddMatches(LetterSpace(), text, spans, SpanKind.Inline);
        }

        return (spans, entities);
    }

    // Text a PDF letter-spaced, copied with a space between every two Han characters (本 文 研 究 了 施 氮 量 …): more Han
    // characters are set apart by one space than stand side by side, four or more times.
    private static bool IsLetterSpaced(string text)
    {
        int spaced = 0, adjacent = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (!HanScript.IsHan(text[i]))
            {
                continue;
            }

            if (HanScript.IsHan(text[i + 1]))
            {
                adjacent++;
            }
            else if (text[i + 1] == ' ' && i + 2 < text.Length && HanScript.IsHan(text[i + 2]))
            {
                spaced++;
            }
        }

        return spaced >= MinLetterSpaces && spaced > adjacent;
    }

    private const int MinLetterSpaces = 4;

    // In letter-spaced text, the space between two Han characters or Chinese marks (施 氮 量, 影 响 。 结 果) is left out; one
    // beside a Latin word or a number (为 180 kg/hm2 时) is a word's space, and stays.
    [GeneratedRegex(@"(?<=[\u4E00-\u9FFF\u3400-\u4DBF\uF900-\uFAFF，。、；：！？“”‘’（）《》【】]) (?=[\u4E00-\u9FFF\u3400-\u4DBF\uF900-\uFAFF，。、；：！？“”‘’（）《》【】])", RegexOptions.CultureInvariant)]
    private static partial Regex LetterSpace();

    // Adds a span of kind for each match of expression where no other span runs into it (TakeOver), then puts the spans
    // back in order: the walk over the text meets them in order.
    private static void AddMatches(Regex expression, string text, List<(int Start, int End, SpanKind Kind)> spans, SpanKind kind)
    {
        var added = false;
        foreach (Match m in expression.Matches(text))
        {
            added |= TakeOver(spans, m.Index, m.Index + m.Length, kind);
        }

        if (added)
        {
            spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    // A term's name in another language, in brackets after it (长城（英语：Great Wall），又称…; 大熊猫（学名：Ailuropoda
    // melanoleuca）): an encyclopedia's gloss for the reader, left out whole as no title keeps it. A bracket without the
    // language's name (卷积神经网络(CNN)) is the author's own abbreviation, and stays.
    [GeneratedRegex(@"[（(][\ \t]*(?:英语|英文|英語|拉丁语|拉丁文|拉丁語|学名|學名|日语|日文|日語|法语|法文|法語|德语|德文|德語|俄语|俄文|俄語|西班牙语|西班牙語|意大利语|意大利語|葡萄牙语|葡萄牙語|韩语|韩文|韓語|朝鲜语|阿拉伯语|阿拉伯語|希腊语|希臘語|梵语|梵語|藏语|蒙古语|维吾尔语)[\ \t]*[：:][^（）()\n\r]{1,100}[）)]", RegexOptions.CultureInvariant)]
    private static partial Regex Gloss();

    // A transcript's note of what the audience did (（掌声）, [热烈掌声], （笑）, 【掌声雷动】): the transcriber's, not the
    // speaker's words, left out as no title keeps it (…大家上午好！[掌声]⏎…过去十年…). One to three of the audience's doings
    // in one bracket (（掌声、笑声）), each perhaps with who and how (全场, 热烈, 长时间) before and how long after (雷动,
    // 经久不息); nothing else is in the bracket.
    [GeneratedRegex("""
        [（(\[【［][\ \t]*
        (?:(?:全场|现场|观众|听众|台下|众人?|热烈的?|长时间的?|持久的?|一片|会心的?)*(?:掌声|鼓掌|笑声|大笑|哄笑|欢笑|笑|欢呼声?|喝彩声?)(?:雷动|经久不息|不断|响起|四起|阵阵)?[、，,\ ]?){1,3}
        [\ \t]*[）)\]】］]
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex AudienceNote();

    // A Markdown image, left out whole, and a link's brackets and address ([数字普惠金融](https://…) reads 数字普惠金融), where no
    // other span runs into them. Their own expression, run only over a text with "](": the brackets it starts on are common in prose
    // ([1], [J]) and would stop the main one at each; the address inside the brackets, a span already (https://…), gives
    // its place to the link's. An image (![图1](fig1.png)), a link's opening bracket, and its closing bracket with the
    // address (an ASCII one, perhaps with a title: [1](第2页) is a citation and a note).
    [GeneratedRegex("""
        !\[[^\[\]\n\r]{0,200}\]\([\x21-\x27\x2A-\x7E]*(?:\s+"[^"\n\r]*")?\)
        | \[(?=[^\[\]\n\r]{1,200}\]\([\x21-\x27\x2A-\x7E]*(?:\s+"[^"\n\r]*")?\))
        | (?<=\[[^\[\]\n\r]{1,200})\]\([\x21-\x27\x2A-\x7E]*(?:\s+"[^"\n\r]*")?\)
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex Link();

    // Lines that are no prose (a Markdown text's subheadings, rules, code and tables; a subtitle file's timing; a chat's
    // message headers), left out whole with the marks and markup inside them; a line that markup opened on an earlier line
    // runs into stays.
    private static void AddLinesLeftOut(string text, List<(int Start, int End)> lines, List<(int Start, int End, SpanKind Kind)> spans, List<(int Start, int End, string Text)> entities)
    {
        var added = false;
        foreach (var (start, end) in lines)
        {
            if (TakeOver(spans, start, end, SpanKind.Block))
            {
                entities.RemoveAll(entity => start <= entity.Start && entity.End <= end);
                added = true;
            }
        }

        if (added)
        {
            spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    // Adds the span [start, end) in place of the spans inside it, unless one runs into it from outside; whether it was added.
    private static bool TakeOver(List<(int Start, int End, SpanKind Kind)> spans, int start, int end, SpanKind kind)
    {
        if (spans.Exists(span => span.Start < end && start < span.End && (span.Start < start || end < span.End)))
        {
            return false;
        }

        spans.RemoveAll(span => start <= span.Start && span.End <= end);
        spans.Add((start, end, kind));
        return true;
    }

    // A table pasted with the text: a line of three or more cells set off by tabs and no sentence in it (处理\t产量\t效率,
    // N180\t7650\t42.3) is a row, left out like markup; its cells are no sentence to summarize from. Two cells make rows
    // where two such lines stand together and each is a short label and its value (品牌\t小米⏎型号\tXiaomi 14, a page's
    // specifications); one alone, or a structured abstract's label and its text (目的\t探讨…), stays. Cells set off by pipes
    // with no delimiter row under the header (指标 | 数值 | 同比增长⏎GDP | 12.6万亿元 | 5.2%) make rows too where two such lines
    // stand together; one alone is a line of reactions (转发 1.2万 | 评论 3456 | 赞 2.3万) or of credits. A heading of a few Han
    // characters right over a table (产品参数, 基本信息) names the table and goes with it; a caption (表1 …) keeps its line.
    private static void AddTableRows(string text, List<(int Start, int End, SpanKind Kind)> spans)
    {
        // The lines that hold something: a blank line (or the empty "line" between \r and \n) sets no rows apart.
        var rows = new List<(int Start, int End)>();
        for (var start = 0; start < text.Length;)
        {
            var length = text.AsSpan(start).IndexOfAny(LineBreaks);
            var end = length < 0 ? text.Length : start + length;
            if (!text.AsSpan(start, end - start).Trim().IsEmpty)
            {
                rows.Add((start, end));
            }

            start = end + 1;
        }

        var added = false;
        for (var i = 0; i < rows.Count; i++)
        {
            var (start, end) = rows[i];
            if ((InTable(i) || (FormLines.IsHeading(Row(i)) && InTable(i + 1))) && !spans.Exists(span => span.Start < end && start < span.End))
            {
                spans.Add((start, end, SpanKind.Block));
                added = true;
            }
        }

        if (added)
        {
            spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        ReadOnlySpan<char> Row(int i) => i >= 0 && i < rows.Count ? text.AsSpan(rows[i].Start, rows[i].End - rows[i].Start).Trim() : default;

        bool InTable(int i) =>
            IsTableRow(Row(i)) || (IsPipedRow(Row(i)) && (IsPipedRow(Row(i - 1)) || IsPipedRow(Row(i + 1))))
            || (IsPairRow(Row(i)) && (IsPairRow(Row(i - 1)) || IsPairRow(Row(i + 1))));
    }

    // A social post's topic (#数字普惠金融#, #话题一##话题二#): its two #s are left out and its words stay, as they name what the
    // post is about. A # after a letter or digit is a name's (C#), after & an entity's.
    private static void AddTopicMarks(string text, List<(int Start, int End, SpanKind Kind)> spans)
    {
        var added = false;
        foreach (Match m in Topic().Matches(text))
        {
            int open = m.Index, close = m.Index + m.Length - 1;
            if (!spans.Exists(span => span.Start <= close && open < span.End))
            {
                spans.Add((open, open + 1, SpanKind.Inline));
                spans.Add((close, close + 1, SpanKind.Inline));
                added = true;
            }
        }

        if (added)
        {
            spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9&])\#(?=[^\#\s]{0,29}\p{IsCJKUnifiedIdeographs})[^\#\s]{1,30}\#", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Topic();

    // A post's tags (小红书, 抖音: #护肤分享 #面霜推荐): one or more # words, each opened by # alone with no closing one (a
    // microblog's #话题# is AddTopicMarks'), set apart by spaces, that end a line. They file the post, not say it, and
    // are left out whole, as a block: run into the sentence before, they would be its last words. Up to ten tags, each of
    // up to 20 characters with a Han one among them, after a line's start or a space, to the line's end; spaces before the
    // first go with them.
    [GeneratedRegex("""
        (?:(?<=\A|[\n\r\u0085\u2028\u2029])|[\ \t\u3000]+)
        (?:\#(?=[^\#\s]{0,19}\p{IsCJKUnifiedIdeographs})[^\#\s]{1,20}(?:[\ \t\u3000]+|(?=[\n\r\u0085\u2028\u2029]|\z))){1,10}
        (?=[\n\r\u0085\u2028\u2029]|\z)
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex TagRun();

    // An FAQ's numbered questions and answers (Q1：…⏎A1：…⏎Q2：…): the numbers go, so each line opens on a question's or an
    // answer's label as a transcript's turns do (Q：, A：). A Q with no A of its number is text (Q1：第一季度, a quarter).
    private static void AddTurnNumbers(string text, List<(int Start, int End, SpanKind Kind)> spans)
    {
        var turns = TurnNumber().Matches(text);
        if (turns.Count < 2)
        {
            return;
        }

        var questions = new HashSet<string>(StringComparer.Ordinal);
        var answers = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in turns)
        {
            (m.Groups["turn"].Value == "Q" ? questions : answers).Add(m.Groups["number"].Value);
        }

        if (!questions.Overlaps(answers))
        {
            return;
        }

        var added = false;
        foreach (Match m in turns)
        {
            var number = m.Groups["number"];
            added |= TakeOver(spans, number.Index, number.Index + number.Length, SpanKind.Inline);
        }

        if (added)
        {
            spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    [GeneratedRegex(@"(?<=^|[\n\r\u2028\u2029])[\ \t\u3000]*(?<turn>[QA])(?<number>[0-9]{1,2})(?=[\ \t\u3000]*[：:])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TurnNumber();

    // A headline in 【】 that opens a line, with its story after it on the line (【教育部：2022年高考报名人数1193万人】6月1日，教育部…,
    // a social post's or a news digest's): a title over its story, so its 【 is left out and its 】 ends the line. A label in
    // them (【摘要】, 【用法用量】, 【孕妇及哺乳期妇女用药】) names a section in a few words with no digit or mark; a headline says
    // something, in more.
    private static void AddHeadlines(string text, List<(int Start, int End, SpanKind Kind)> spans)
    {
        var added = false;
        foreach (Match m in Headline().Matches(text))
        {
            var inside = m.Groups["inside"].ValueSpan;
            int open = m.Groups["inside"].Index - 1, close = open + inside.Length + 1;
            if ((inside.Length > MaxHeadlineLabelLength || inside.ContainsAnyInRange('0', '9') || inside.IndexOfAny("：:，,！!？?、“”") >= 0)
                && !spans.Exists(span => (span.Start <= open && open < span.End) || (span.Start <= close && close < span.End)))
            {
                // Spans inside stay (a topic's #s: 【#教育部发布…#：1193万人】).
                spans.Add((open, open + 1, SpanKind.Inline));
                spans.Add((close, close + 1, SpanKind.Block));
                added = true;
            }
        }

        if (added)
        {
            spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    // The most characters inside the 【】 of a label with no digit or mark (【孕妇及哺乳期妇女用药】); more are a headline's.
    private const int MaxHeadlineLabelLength = 12;

    [GeneratedRegex(@"(?<=\A|[\n\r\u0085\u2028\u2029])[\ \t\u3000]*【(?<inside>[^【】\n\r]{8,60})】(?=[\ \t\u3000]*[^\s【])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Headline();

    private static void AddPairedBold(string text, List<int> bold, List<(int Start, int End, SpanKind Kind)> spans)
    {
        var added = false;
        for (var first = 0; first < bold.Count;)
        {
            // The markers on first's line: those before the next line break.
            var lineEnd = text.AsSpan(bold[first]).IndexOfAny(LineBreaks);
            lineEnd = lineEnd < 0 ? text.Length : bold[first] + lineEnd;
            var last = first + 1;
            while (last < bold.Count && bold[last] < lineEnd)
            {
                last++;
            }

            if ((last - first) % 2 == 0)
            {
                for (var k = first; k < last; k++)
                {
                    spans.Add((bold[k], bold[k] + 2, SpanKind.Inline));
                }

                added = true;
            }

            first = last;
        }

        if (added)
        {
            spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    // A web page's title copied over its article keeps the site's name after it (我国成功发射遥感四十三号卫星 | 新华网, …_澎湃新闻,
    // … - 知乎): the name says where the page was, not what it says. Only on the first line, over more text.
    private static void AddSiteName(string text, List<(int Start, int End, SpanKind Kind)> spans)
    {
        var m = SiteName().Match(text);
        // The line under the title holds text (the expression's $ stops before its break).
        if (m.Success && m.Groups["separator"] is { Success: true } separator && text.AsSpan(m.Index + m.Length) is var after
            && (after.StartsWith("\r\n", StringComparison.Ordinal) ? after[2..] : after.StartsWith('\n') ? after[1..] : []).TrimStart(" \t\u3000") is [var first, ..]
            && !char.IsWhiteSpace(first))
        {
            int start = separator.Index, end = m.Index + m.Length;
            if (!spans.Exists(span => span.Start < end && start < span.End))
            {
                spans.Add((start, end, SpanKind.Inline));
                spans.Sort((a, b) => a.Start.CompareTo(b.Start));
            }
        }
    }

    // A column's tag before a headline, as an official account or a news site sets it (一图读懂丨2027年个人所得税…, 丨深度丨县域经济
    // 如何突围？, 重磅｜…): the account's filing, not the headline's words, so it is left out. Not a piped table's cell (指标 | 数值 |
    // 同比增长), nor an article's credit (来源｜某某日报社新闻中心).
    private static void AddColumnTags(string text, List<(int Start, int End, SpanKind Kind)> spans)
    {
        var added = false;
        foreach (Match m in ColumnTag().Matches(text))
        {
            var line = Line(text, m.Index);
            if (!IsPipedRow(line) && !WebPageChrome.IsByline(line))
            {
                added |= TakeOver(spans, m.Index, m.Index + m.Length, SpanKind.Inline);
            }
        }

        if (added)
        {
            spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    private static readonly SearchValues<char> ColumnBars = SearchValues.Create("丨｜|");

    // At a line's start, perhaps after a bar, two to six Han characters and a bar, before a headline of six or more characters
    // and no other bar (作者｜王小明  编辑｜赵小红 is an article's credits).
    [GeneratedRegex(@"(?<=^|[\n\r\u2028\u2029])[\ \t\u3000]*(?:[丨｜|][\ \t\u3000]*)?\p{IsCJKUnifiedIdeographs}{2,6}[\ \t\u3000]*[丨｜|][\ \t\u3000]*(?=[^\s丨｜|][^\n\r丨｜|]{5,}(?:$|[\n\r\u2028\u2029]))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ColumnTag();

    // What an encyclopedia's page prints around its article, copied with it: its motto under the title (维基百科，自由的百科全书),
    // its tools (编辑 播报), and each section's heading with its edit link (历史[编辑]). Each is a line of its own, left out.
    [GeneratedRegex(@"(?<=^|[\n\r\u2028\u2029])[\ \t\u3000]*(?:维基百科，自由的百科全书|编辑[\ \t\u3000]*播报|播报[\ \t\u3000]*编辑|[^\n\r\[\]]{1,20}[\ \t\u3000]*\[[\ \t\u3000]*编辑[\ \t\u3000]*\])[\ \t\u3000]*(?=$|[\n\r\u2028\u2029])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex EncyclopediaTools();

    // Whether line is a page's title with its site's name (the first line, as SiteName finds it over the text).
    private static bool IsTitleWithSite(ReadOnlySpan<char> line) => SiteName().IsMatch(line.Trim());

    // What sets a site's name apart from a page's title: a bar, an underscore, or a dash with a space either side.
    private static readonly SearchValues<char> SiteSeparators = SearchValues.Create("|｜_-–—");

    // The title (six or more characters), the separator and a site's name (a Latin name, or one that ends as a site's,
    // a paper's or a platform's does: 新华网, 澎湃新闻, 知乎, 百度百科), then the first line's end. Not a subtitle (2026年工作计划 - 第一部分).
    [GeneratedRegex(@"\A[\ \t\u3000]*[^\n\r|｜_]{6,80}?(?<separator>[\ \t]*[|｜_][\ \t]*|[\ \t]+[\-–—][\ \t]+)(?:[^\s|｜_。！？!?，,；;：:、]{0,12}?(?:网|报|新闻|知乎|百科|博客|头条|论坛|社区|官网|客户端|财经|周刊|杂志|搜狐|网易|腾讯|新浪)|[A-Za-z][A-Za-z0-9.\-]*(?:\ [A-Za-z0-9.\-]+){0,3}(?:\ ?\p{IsCJKUnifiedIdeographs}{1,4})?)[\ \t]*(?=\r?$)", RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex SiteName();

    // A news story's dateline and closing, where no other span is; its own expression, so the one above keeps the short
    // list of characters a match can start with that lets it skip most of a text.
    private static void AddNewsMetadata(string text, List<(int Start, int End, SpanKind Kind)> spans)
    {
        var added = false;
        foreach (Match m in NewsMetadata().Matches(text))
        {
            if (m.Length > 0 && !spans.Exists(span => span.Start < m.Index + m.Length && m.Index < span.End))
            {
                spans.Add((m.Index, m.Index + m.Length, SpanKind.Inline));
                added = true;
            }
        }

        if (added)
        {
            spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    // The gap's spaces as written (a tab, vertical tab or form feed as a plain space); false when it has none.
    private static bool AppendSpaces(string text, List<int> spaces, StringBuilder prose, List<int> map)
    {
        foreach (var k in spaces)
        {
            var plain = text[k] is '\t' or '\v' or '\f';
            prose.Append(plain ? ' ' : text[k]);
            map.Add(plain ? -1 : k);
        }

        return spaces.Count > 0;
    }

    // The width a full line has: the median of the lines a paragraph can wrap (all but the last) when there are enough
    // of them to say, else the widest line (a title above a paragraph written on one line is short beside it). A median
    // narrower than MinWrapWidth is no margin: it is of a notice's title, issuer and date around one long paragraph
    // (警情通报⏎…⏎某市公安局⏎2026年12月2日) or a poem's title and author (静夜思⏎唐·李白⏎…), and the widest line says.
    // Nor is a median that one line alone reaches: lines wrapped at a margin end near it, and a label's short lines over
    // a caption (青铜器·何尊⏎西周早期⏎1963年陕西宝鸡出土⏎高38.8厘米，口径28.6厘米⏎尊内底…) only scatter around one.
    private static int FullWidth(string text)
    {
        var widths = new List<int>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || IsLineBreak(text[i]))
            {
                widths.Add(Width(text.AsSpan(start, i - start)));
                start = i + 1;
            }
        }

        var wrappable = widths.Take(widths.Count - 1).Where(w => w > 0).Order().ToList();
        var median = wrappable.Count >= 3 ? wrappable[wrappable.Count / 2] : 0;
        return median >= MinWrapWidth && wrappable.Count(w => w >= FullLineShare * median && w <= median + MarginSlack) >= 2 ? median : widths.Max();
    }

    // No editor, page or screen wraps prose at fewer than six Han characters (twelve columns) a line.
    private const int MinWrapWidth = 12;

    // How far past the margin a line wrapped at it may reach (two Han characters: a page's justified lines differ by the
    // digits and Latin letters they hold).
    private const int MarginSlack = 4;

    // How much wider than the margin a line wrapped at it may run.
    private const double MaxOverflow = 1.5;

    // Display width: a Han character or full-width form takes two columns, as a wrapping editor or PDF counts it.
    private static int Width(ReadOnlySpan<char> line)
    {
        var width = 0;
        foreach (var c in line.Trim())
        {
            width += c >= '\u2E80' ? 2 : 1;
        }

        return width;
    }

    // Whatever it ends with: a sentence ended at the margin is split again where it ends once the lines are joined.
    // A line shorter than that is full too when the next line's first word would not have fitted on it (a long English
    // word or formula moved down whole). A line half as wide again as the margin did not wrap at it: it is a sentence on a
    // line of its own among short ones (an invitation's 谨定于2027年1月1日（星期五）中午12:00⏎在某某大酒店三楼宴会厅举行婚礼 under
    // 新郎：王小明⏎新娘：李小红), as what line-breaking rules keep on a wrapped line overflows less (a closing mark, a Latin word
    // after a bracket: …(surflex-dock)). Nor did a line at the margin whose next line runs as far past it: a paragraph wrapped
    // there goes on within the margin (a slide's 第一页：项目背景 over its text on one line, among headings as wide).
    private static bool IsFullLine(string text, int start, int end, int next, int fullWidth)
    {
        var width = Width(text.AsSpan(start, end - start));
        if (width == 0 || width > MaxOverflow * fullWidth || Width(Line(text, next)) > MaxOverflow * fullWidth)
        {
            return false;
        }

        var word = next + 1;
        while (char.IsAsciiLetterOrDigit(text[next]) && word < text.Length && text[word] is > ' ' and <= '~')
        {
            word++;
        }

        return width >= FullLineShare * fullWidth || width + 1 + Width(text.AsSpan(next, word - next)) > fullWidth;
    }

    // A line that is a line of its own whatever its width (previous and next are the lines before and after it):
    // - a web page's title over its article with the site's name after it (…卫星 | 新华网), as the first line;
    // - a page's byline or running head, and a line of cells set off by tabs;
    // - a heading or caption of a paper's body (1.1 试验设计, 图1 …) or an itinerary's day (Day1：北京—西安) that opens a line
    //   (not continued: a wrap can put a number and a word at a line's start, 10 MW高温气冷…);
    // - a form's or a timetable's line beside another (会议时间：…⏎会议地点：…, 开幕式 9:00⏎主旨报告 9:30), and a heading over one;
    // - an official document's title, number, salutation, issuer and date, and a judgment's court, kind, case number,
    //   parties and signatures;
    // - a web page's call to follow or share, and the heading of its list of other articles.
    private static bool StandsAlone(ReadOnlySpan<char> line, ReadOnlySpan<char> previous, ReadOnlySpan<char> next, bool continued) =>
        (previous.IsEmpty && line.IndexOfAny(SiteSeparators) >= 0 && IsTitleWithSite(line)) || BibliographicFields.IsPageLine(line, next) || HasCells(line) || Asides.Is(line) || (!continued && PaperHeadings.Is(line))
        || (FormLines.IsAny(line) && (FormLines.IsAny(next) || FormLines.IsAny(previous))) || (FormLines.IsHeading(line) && FormLines.IsAny(next)) || IsOfficialLine(line, previous, next) || IsFieldLine(line);

    // An official document's title or a heading that names its kind, the issuer over its date, and the salutation where the
    // document opens it (or under a reply's subject, Re: …⏎王经理：, or a letter's kind, 请假条⏎尊敬的王老师：); a reply's subject.
    private static bool IsOfficialLine(ReadOnlySpan<char> line, ReadOnlySpan<char> previous, ReadOnlySpan<char> next) =>
        OfficialDocuments.IsTitle(line) || KindHeadings.Is(line) || (OfficialDocuments.IsIssuer(line) && OfficialDocuments.IsDate(next))
        || OfficialDocuments.OpensWithSalutation(line, previous)
        || Letters.IsReplySubject(line) || Letters.IsQuoteHeader(line);

    // A field that is a line of its own wherever it stands, before or after its break: an official document's number and
    // date, a judgment's heading, case number, party and signature, a web page's call and its list's heading, a review's
    // reaction counts and rating, an article's byline, a row of a form's fields, a label with its code or a date, and an exam
    // question's answer (答案：B).
    private static bool IsFieldLine(ReadOnlySpan<char> line) =>
        OfficialDocuments.IsNumber(line) || OfficialDocuments.IsDate(line) || CourtDocuments.IsField(line)
        || WebPageChrome.IsCall(line) || WebPageChrome.IsListHeading(line) || WebPageChrome.IsReactionLine(line) || WebPageChrome.IsByline(line) || FormLines.IsFieldRow(line) || FormLines.IsCode(line) || FormLines.IsDated(line) || FormLines.IsIngredients(line) || ExamItems.IsAnswer(line);

    // Cells set off by a tab inside the line: a table's row (IsTableRow, left out), or a label and its text (目的\t探讨…),
    // which keeps its breaks.
    private static bool HasCells(ReadOnlySpan<char> line) => line.Trim().Contains('\t');

    // A table's row: three or more cells set off by tabs, and no sentence in them.
    private static bool IsTableRow(ReadOnlySpan<char> row) => row.Count('\t') >= 2 && row.IndexOfAny("。！？!?") < 0;

    // Three or more cells set off by pipes, and no sentence in them.
    private static bool IsPipedRow(ReadOnlySpan<char> row) => row.Count('|') >= 2 && row.IndexOfAny("。！？!?") < 0;

    // A row of a table of two columns, as a page's specifications or a sheet copy them (品牌⇥小米): a label of up to six Han
    // characters, a tab and a value with no sentence in it; not a structured abstract's label and its text (目的⇥探讨…).
    private static bool IsPairRow(ReadOnlySpan<char> row) => row.Contains('\t') && PairRow().IsMatch(row) && SectionLabels.LabelLength(row) == 0;

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,6}\t+[^\t。！？!?]{1,44}$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PairRow();

    // The line that starts at start, without its break.
    private static ReadOnlySpan<char> Line(string text, int start)
    {
        var end = start < text.Length ? text.AsSpan(start).IndexOfAny(LineBreaks) : -1;
        return end < 0 ? text.AsSpan(Math.Min(start, text.Length)) : text.AsSpan(start, end);
    }

    private static bool OpensBlock(string text, int start)
    {
        var next = Line(text, start);
        var line = WithoutBold(next);
        // A section opens a line with its label set off (目的：, 【方法】, 结果 ); a bare label glued to the text
        // (方法、结构) is as likely a word the wrap moved to the next line. A line that is nothing but a label is its
        // section's heading (…的相关性\n方法\n回顾性分析…) unless a full stop ends it (…提出了一种新的\n方法。, the last
        // words of a wrapped sentence). A page's authors, affiliation or running head, a line of cells, a form's line
        // before another or before a label alone, an official document's number, issuer and date, a judgment's fields and
        // a web page's calls to follow are lines of their own.
        var label = SectionLabels.LabelLength(line);
        var following = Line(text, FollowingLine(text, start + next.Length));
        return (label > 0 && !char.IsLetterOrDigit(line[label - 1])) || IsBareHeading(line) || ListMarker().IsMatch(line) || IsPartHeading(line) || BibliographicFields.Opens(line)
            || BibliographicFields.IsPageLine(line, following) || HasCells(line) || (FormLines.IsAny(line) && (FormLines.IsAny(following) || FormLines.IsBareLabel(following)))
            || (OfficialDocuments.IsIssuer(line) && OfficialDocuments.IsDate(following)) || IsFieldLine(line);
    }

    // The last item of a list whose items keep to their lines (1. 元旦：…⏎2. 春节：…共7天⏎请各部门…): the line after it, with no
    // marker, is none of its. Its width says nothing here, since among lines this short it is what the margin would be read
    // from. An item that wrapped before it (2. …⏎…⏎3. …) shows a margin, and the last may wrap as well; so may one twice as
    // wide as the item before it (1. 加强组织领导⏎2. 完善制度建设，…落到实⏎处，确保取得实效。).
    private static bool EndsList(string text, int line, int previousEnd, int next)
    {
        if (previousEnd <= 0 || previousEnd > line)
        {
            return false;
        }

        var item = WholeLine(text, line);
        var previousItem = WholeLine(text, previousEnd - 1);
        return ListMarker().IsMatch(item) && ListMarker().IsMatch(previousItem) && Width(item) < 2 * Width(previousItem) && !ListMarker().IsMatch(WholeLine(text, next));
    }

    // The whole line around position at, with the list marker at its start that a span leaves out.
    private static ReadOnlySpan<char> WholeLine(string text, int at)
    {
        var start = Math.Min(at, text.Length);
        while (start > 0 && !IsLineBreak(text[start - 1]))
        {
            start--;
        }

        return Line(text, start);
    }

    // A label alone on its line (任职要求：) names the list or lines under it when a semicolon ended the line before (the
    // clause before it is whole: …输出分析报告；任职要求：) or when the text has another such label (岗位职责：…任职要求：,
    // 新增：…修复：…优化：): the break is its author's, not a wrap. One label after a line with no stop may be the last words of
    // a wrapped sentence (…主要优势在于⏎以下三点：), and is joined; not after a form's line (更新时间：2026年12月1日⏎更新内容：), whose
    // value ended with it.
    private static bool IsLabelHeading(char lastOfPrevious, ReadOnlySpan<char> previous, ReadOnlySpan<char> line, bool labelsRecur) =>
        (labelsRecur || lastOfPrevious is '；' or ';' || FormLines.IsAny(previous)) && FormLines.IsBareLabel(line);

    // How many lines, up to two, are a label alone (FormLines.IsBareLabel).
    private static int BareLabelLines(string text)
    {
        var count = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.Length <= 16 && FormLines.IsBareLabel(line) && ++count == 2)
            {
                break;
            }
        }

        return count;
    }

    // A chapter's, a section's or an article's heading (第一章 总则, 第三节 实证分析, 第一条 合同目的) opens a block: 第 and a number
    // before 章, 节 or 条 start no wrapped sentence's last words, as 2 结果 might (…为⏎10 MW高温气冷…).
    private static bool IsPartHeading(ReadOnlySpan<char> line) => line.TrimStart() is ['第', ..] && PaperHeadings.Is(line);

    // A line that is nothing but section labels (摘要, 【摘要】目的, Abstract:) is a heading its author ended, however
    // long: joined, the label would run into its section's first sentence (【摘要】目的探讨…).
    private static bool IsHeading(string text, int start, int end) => SectionLabels.IsLabelOnly(WithoutBold(text.AsSpan(start, end - start)));

    private static bool IsBareHeading(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimEnd();
        return !trimmed.IsEmpty && trimmed[^1] is not ('。' or '.' or '！' or '!' or '？' or '?' or '…') && SectionLabels.IsLabelOnly(trimmed);
    }

    // A line as its labels read without Markdown bold (**目的**：).
    private static ReadOnlySpan<char> WithoutBold(ReadOnlySpan<char> line) =>
        line.Contains("**", StringComparison.Ordinal) ? line.ToString().Replace("**", string.Empty, StringComparison.Ordinal) : line;

    // The start of the line after the break at (or the blank lines from) from.
    private static int FollowingLine(string text, int from)
    {
        while (from < text.Length && IsLineBreak(text[from]))
        {
            from++;
        }

        return from;
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    // Two words a wrap split where a space was: English words, or in English prose any two ASCII characters
    // ("0.05,|and"); in Chinese text ASCII punctuation is written without spaces ("Eu2+,|Dy3+", "kg/|hm2").
    private static bool JoinsWords(char before, char after, bool latin) =>
        latin ? before is > ' ' and <= '~' && after is > ' ' and <= '~' : char.IsAsciiLetterOrDigit(before) && char.IsAsciiLetterOrDigit(after);

    private static bool IsMostlyLatin(string text)
    {
        int latin = 0, han = 0;
        foreach (var c in text)
        {
            latin += char.IsAsciiLetter(c) ? 1 : 0;
            han += c >= '\u2E80' ? 1 : 0;
        }

        return latin > 2 * han;
    }

    // Markup (literal or escaped as &lt;...&gt;), web addresses, e-mail addresses, DOIs with their label, character entities,
    // and Markdown: a line's heading, bullet or quote marker and bold's asterisks (## 摘要, - 纳入…, **目的**：; a dash as a bullet,
    // — 明年预算增加10%, not a pair: —— 摘自…); a comment's
    // author with the colon after the name, opening its line (@小王同学：这个政策太好了…), or a forum thread's floor and poster
    // (1楼 张三：求推荐…; not 3楼会议室…, which has no colon after the floor or the name); and the @ before a name a social post
    // mentions (近日，@某某 发布…; not after a letter, digit or Han character: mAP@IoU, 制药厂@雅安…), a repost's //@name: before the
    // comment or post it passes on (with 转发微博, the words a repost without a comment of its own gets), or a group chat's mention of
    // everyone whole (@所有人 明天上午…); and what a chat's export writes for what it cannot show ([图片], [表情]).
    [GeneratedRegex($$"""
        (?:<|&lt;)/?(?<name>p|br|div|li|ul|ol|dl|dt|dd|tr|td|th|table|thead|tbody|hr|h[1-6]|blockquote|pre|section|article|header|footer|title|abstract|sec|para|list-item|a|b|i|u|s|img|em|strong|span|font|sup|sub|small|big|code|tt|mark|italic|bold|sc|underline|xref|inline-formula)(?:\s(?:(?!&[lg]t;)[^<>])*)?/?(?:>|&gt;)
        | (?:https?|ftp)://[A-Za-z0-9\-._~:/?\#\[\]@!$&'()*+,;=%]+
        | www\.[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+(?:[/?\#][A-Za-z0-9\-._~:/?\#\[\]@!$&'()*+,;=%]*)?
        | [A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}
        | (?<![A-Za-z])doi\s*[:：]?\s*10\.[0-9]{4,9}/[A-Za-z0-9\-._;()/:]+
        | (?<entity>&(?:\#[0-9]{1,7}|\#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)
        | (?<marker>(?<=^|[\n\r\u0085\u2028\u2029])[\ \t]*(?:[•●○◆■▪][\ \t]*|(?:\#{1,6}|[-*+>]|[—–](?![—–]))[\ \t]+|[★☆]{2,5}[\ \t]+(?=\S)|(?:(?:[\u2190-\u21FF\u25A0-\u25FF\u2B00-\u2BFF]|[★☆](?![★☆])|{{Pictograph}})\uFE0F?){1,3}[\ \t]*(?=\S)
             |[\[【(（][0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[.,][0-9]{1,3})?[\]】)）][\ \t]*(?=\S)|[0-9]{1,2}:[0-9]{2}:[0-9]{2}[\ \t]+(?=\S)))
        | (?<marker>(?<=[\p{L}\p{N}。！？!?～~，,])[\ \t]*(?:{{Pictograph}}[\uFE0F\u200D]?){1,3}[\ \t]*(?:[，,、；;][\ \t]*)?(?=[^\s{{PictographStart}}\uFE0F\u200D]))
        | (?<trailing>[\ \t]*(?:{{Pictograph}}[\uFE0F\u200D]?){1,3}[\ \t]*(?=[\n\r\u0085\u2028\u2029]|$))
        | (?<bold>(?<!\*)\*\*(?!\*))
        | (?<repost>(?:(?<=^|[\n\r\u0085\u2028\u2029])[\ \t]*(?:转发微博|轉發微博|Repost)[\ \t]*)?//[\ \t]*@[^\s@:：，,。！？/]{1,20}[：:][\ \t]*(?:(?:转发微博|轉發微博|Repost)[\ \t]*(?=//|$|[\n\r\u0085\u2028\u2029]))?)
        | (?<author>(?<=^|[\n\r\u0085\u2028\u2029])[\ \t]*@[^\s@:：，,。！？]{1,20}[：:][\ \t]*(?=\S))
        | (?<author>(?<=^|[\n\r\u0085\u2028\u2029])[\ \t]*[0-9]{1,4}楼(?:[\ \t]+[^\s@:：，,。！？]{1,20})?[：:][\ \t]*(?=\S))
        | (?<mention>@(?:所有人|全体成员)(?![\p{L}\p{N}])[\ \t]*)
        | (?<mention>(?<![\p{L}\p{N}])@(?=[\p{IsCJKUnifiedIdeographs}A-Za-z0-9_]))
        | (?<placeholder>\[(?:图片|表情|动画表情|语音|视频|文件|链接|位置|红包|转账|语音通话|视频通话)\])
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex LeftOut();

    // A news story's dateline (新华社北京12月3日电（记者 王敏）, 本报讯, a flash's 【财联社12月3日电】) at the start of a line, with its reporters and the space
    // or colon after it, or its reporters alone there (（本报记者 张三）12月1日，…), and its closing (完) at a line end. The
    // dateline needs a space, bracket or colon after its 电, so a sentence that opens on a date (3月5日电话随访…) is prose.
    [GeneratedRegex("""
        (?<=^|[\n\r\u0085\u2028\u2029])[\ \t\u3000]*
          (?:[\p{IsCJKUnifiedIdeographs}\ ]{0,16}?(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日[电讯](?=[\ \t\u3000（(：:/]) | 本报(?:\p{IsCJKUnifiedIdeographs}{2,6}[0-9]{1,2}月[0-9]{1,2}日)?讯
            | 【[\p{IsCJKUnifiedIdeographs}\ ]{1,16}?(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日[电讯]】)
          (?:[\ \t\u3000]*[：:/])?
          (?:[\ \t\u3000]*[（(][^（）()\n\r]{0,40}?(?:记者|通讯员)[^（）()\n\r]{0,40}[）)])?
          [\ \t\u3000]*
          | (?<=^|[\n\r\u0085\u2028\u2029])[\ \t\u3000]*[（(](?:本报|本台|本刊)?(?:记者|通讯员)[^（）()\n\r，,。]{1,30}[）)][\ \t\u3000]*(?=\S)
          | [（(]完[）)](?=[\ \t\u3000]*(?:$|[\n\r\u0085\u2028\u2029]))
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex NewsMetadata();

    // A line that opens a list item: （1）, (2), 3、, 4. (not 4.5), a thread's 5/ (not 5/8), 一、 (not 一、二级), ①, a step's S1、 or
    // 步骤1：, 第一步：, a day's Day1： or 第二天：, an exam's option A. before Chinese or a number (A. 22点前), a bullet (not ·, which joins a transliterated name).
    [GeneratedRegex(@"^\s*(?:[A-H][.．、][\ \t\u3000]?(?=[\p{IsCJKUnifiedIdeographs}“《（(]|[0-9][0-9.\-~～]{0,6}\p{IsCJKUnifiedIdeographs})|(?:[Ss]|步骤)[0-9]{1,2}[、.．:：](?=\p{IsCJKUnifiedIdeographs})|第[0-9一二三四五六七八九十]{1,2}[步天][、:：](?=\p{IsCJKUnifiedIdeographs})|(?i:day)\ ?[0-9]{1,2}[、.．:：](?=\p{IsCJKUnifiedIdeographs})|[（(]\s*[0-9一二三四五六七八九十]{1,2}\s*[)）]|[0-9]{1,2}\s*[、.．)）](?![0-9])|[0-9]{1,2}/[\ \t]|[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十])|[①-⑳]|[•●○◆■▪]|[\-–—*]\s)", RegexOptions.CultureInvariant)]
    private static partial Regex ListMarker();
}
