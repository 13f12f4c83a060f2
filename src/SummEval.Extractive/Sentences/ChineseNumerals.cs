namespace SummEval.Extractive.Sentences;

// The numerals a heading or a list item is numbered with (一、, （二）, 十一、).
internal static class ChineseNumerals
{
    public static bool Is(char c) => c is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十';
}
