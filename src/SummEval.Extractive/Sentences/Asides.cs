namespace SummEval.Extractive.Sentences;

/// <summary>
/// A line or a sentence that one bracket holds whole: a play's stage direction (<c>（幕启。客厅里，母亲正在收拾桌子。）</c>), a
/// photo's credit (<c>（图片来源：网络）</c>), a story's end (<c>（完）</c>). It is set apart from what the text says: a line of its
/// own, never a wrap, and no candidate (its words still vote).
/// </summary>
internal static class Asides
{
    // A wrap that split a sentence rarely falls right after a bracket its line opened with; (1) 对…(见表1) opens and closes two.
    public static bool Is(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.Length < 3 || text[0] is not ('（' or '(') || text[^1] is not ('）' or ')'))
        {
            return false;
        }

        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] is '（' or '(' ? 1 : text[i] is '）' or ')' ? -1 : 0;
            if (depth == 0)
            {
                return i == text.Length - 1;
            }
        }

        return false;
    }
}
