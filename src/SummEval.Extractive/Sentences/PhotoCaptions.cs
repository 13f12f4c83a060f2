using System.Text.RegularExpressions;

namespace SummEval.Extractive.Sentences;

/// <summary>
/// A news photo's caption set in a story's text (<c>图为工人在检修输电线路。</c>, <c>上图：市民在地铁站内排队乘车</c>): it says what
/// the picture shows, while the story says what happened.
/// </summary>
internal static partial class PhotoCaptions
{
    /// <summary>Whether <paramref name="sentence"/> opens as a caption does: <c>图为</c>, <c>上图为</c>, <c>图中为</c>, <c>上图：</c>, <c>题图：</c>.</summary>
    public static bool Is(ReadOnlySpan<char> sentence)
    {
        var text = sentence.TrimStart();
        return text.Length > 3 && Opening().IsMatch(text);
    }

    // 图为 at a sentence's start is a caption's (mid-sentence, 以…子图为指引 is a paper's words); a picture's place before a colon.
    [GeneratedRegex(@"^(?:[上下左右]?图(?:中|片)?为|(?:[上下左右]|题|配)图[\s　]*[：:])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Opening();
}
