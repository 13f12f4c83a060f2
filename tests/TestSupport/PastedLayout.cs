using System.Text;

namespace SummEval.Testing;

/// <summary>Plain text laid out as users paste it: wrapped at a column as a PDF or an editor wraps it, or as HTML.</summary>
public static class PastedLayout
{
    private const string NoLineStart = "，。、；：！？）】》」』”’,.;:!?)]}>+/|";
    private const string NoLineEnd = "（【《「『“‘([{<";

    /// <summary>
    /// <paramref name="text"/> wrapped at <paramref name="columns"/> (a Han character or full-width form takes two),
    /// breaking only where a layout engine would: never inside an ASCII word or number, never before a space (a space
    /// at the margin ends its line), never before closing punctuation or after an opening bracket.
    /// </summary>
    public static string Wrap(string text, int columns, string newline = "\n")
    {
        var wrapped = new StringBuilder(text.Length + (text.Length / 8));
        var width = 0;
        var i = 0;
        while (i < text.Length)
        {
            var end = i + 1;
            while (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '.' or '-' or '%')
            {
                if (end == text.Length || !(char.IsAsciiLetterOrDigit(text[end]) || text[end] is '.' or '-' or '%'))
                {
                    break;
                }

                end++;
            }

            var unit = text.AsSpan(i, end - i);
            var unitWidth = 0;
            foreach (var c in unit)
            {
                unitWidth += c >= '\u2E80' ? 2 : 1;
            }

            // Line-breaking rules as layout engines apply them (kinsoku): no line opens with a closing bracket or
            // punctuation mark, none ends with an opening bracket.
            if (width > 0 && width + unitWidth > columns && unit[0] != ' ' && !NoLineStart.Contains(unit[0]) && !NoLineEnd.Contains(text[i - 1]))
            {
                wrapped.Append(newline);
                width = 0;
            }

            wrapped.Append(unit);
            width += unitWidth;
            i = end;
        }

        return wrapped.ToString();
    }

    /// <summary>
    /// <paramref name="text"/> letter-spaced as a PDF copies it: a space between every two Han characters or Chinese marks
    /// (本 文 研 究 了 …), none beside a Latin word or a number.
    /// </summary>
    public static string LetterSpaced(string text)
    {
        var spaced = new StringBuilder(text.Length * 2);
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && IsChinese(text[i - 1]) && IsChinese(text[i]))
            {
                spaced.Append(' ');
            }

            spaced.Append(text[i]);
        }

        return spaced.ToString();
    }

    private static bool IsChinese(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') || "，。、；：！？“”‘’（）《》【】".Contains(c);

    /// <summary>Each sentence (ended by 。) of <paramref name="text"/> as an HTML paragraph, as a web page or an export writes it.</summary>
    public static string Paragraphs(string text, bool escaped = false)
    {
        var (open, close) = escaped ? ("&lt;p class=&quot;abs&quot;&gt;", "&lt;/p&gt;") : ("<p class=\"abs\">", "</p>");
        var html = new StringBuilder();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('。', start);
            end = end < 0 ? text.Length : end + 1;
            html.Append(open).Append(text, start, end - start).Append(close);
            start = end;
        }

        return html.ToString();
    }
}
