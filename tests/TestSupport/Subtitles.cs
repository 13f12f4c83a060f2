namespace SummEval.Testing;

/// <summary>A video's subtitles as their files hold them: SRT (numbered cues, a cue's text wrapped over two lines) and WebVTT (a header, cues without punctuation).</summary>
public static class Subtitles
{
    /// <summary>An SRT file.</summary>
    public const string Srt = "1\n00:00:01,000 --> 00:00:03,500\n大家好，欢迎收看本期节目。\n\n2\n00:00:03,500 --> 00:00:07,000\n今天我们来聊一聊数字普惠金融\n对农户收入的影响。\n\n3\n00:00:07,000 --> 00:00:11,000\n研究发现，数字普惠金融显著促进了\n农户收入增长。\n";

    /// <summary>The SRT file's text as prose.</summary>
    public const string SrtProse = "大家好，欢迎收看本期节目。今天我们来聊一聊数字普惠金融对农户收入的影响。研究发现，数字普惠金融显著促进了农户收入增长。";

    /// <summary>A WebVTT file whose cues have no punctuation, as Chinese subtitles often are; its first cue has an identifier.</summary>
    public const string Vtt = "WEBVTT\n\n开场白\n00:00:01.000 --> 00:00:03.500\n大家好 欢迎收看本期节目\n\n00:00:03.500 --> 00:00:07.000\n今天我们来聊一聊数字普惠金融\n\n00:00:07.000 --> 00:00:11.000 align:start\n研究发现 数字普惠金融显著促进了农户收入增长\n\n00:11.000 --> 00:15.000\n而且这种作用在中西部地区更为明显\n";

    /// <summary>Every file above.</summary>
    public static readonly IReadOnlyList<string> All = [Srt, Vtt];

    /// <summary>Whether <paramref name="summary"/> holds a cue's number, timing or a file's header.</summary>
    public static bool TakesFromTiming(string summary) =>
        summary.Contains("-->", StringComparison.Ordinal) || summary.Contains("WEBVTT", StringComparison.Ordinal) || summary.Contains(':') || summary.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
}
