namespace SummEval.Jieba.Dictionary;

/// <summary>Where the dictionary came from and how closely it matches jieba 0.42.1.</summary>
public enum JiebaDataKind
{
    /// <summary>jieba's own files (Debian python3-jieba, pip jieba, or an explicit folder with the same layout).</summary>
    Jieba,

    /// <summary>cppjieba's files from npm nodejieba: usable, but not token-identical to jieba.</summary>
    CppJieba,

    /// <summary>
    /// jieba's data as the jieba.NET NuGet package ships it (bundled as <c>jieba-data/</c>): the same dict.txt
    /// (CRLF line ends), idf.txt, and HMM and posseg tables as JSON; token-identical to jieba 0.42.1.
    /// </summary>
    JiebaNet,
}

/// <summary>
/// A located set of jieba data files: the main dictionary, the finalseg HMM, and (where present) posseg's
/// tables and the IDF table. Produced by <see cref="DictionaryLocator"/>.
/// </summary>
public sealed record JiebaData
{
    /// <summary>sha256 of jieba 0.42.1's <c>dict.txt</c> (LF line ends; CRLF copies are normalised before hashing).</summary>
    public const string ExpectedDictSha256 = "7197c3211ddd98962b036cdf40324d1ea2bfaa12bd028e68faa70111a88e12a8";

    /// <summary>The folder the files were found in.</summary>
    public required string Folder { get; init; }

    /// <summary>The layout of <see cref="Folder"/>.</summary>
    public required JiebaDataKind Kind { get; init; }

    /// <summary>The main dictionary (<c>dict.txt</c> or <c>jieba.dict.utf8</c>).</summary>
    public required string DictionaryPath { get; init; }

    /// <summary>finalseg's folder (jieba), the folder of <c>prob_*.json</c> (jieba.NET) or <c>hmm_model.utf8</c> (cppjieba).</summary>
    public required string HmmPath { get; init; }

    /// <summary>
    /// posseg's folder with <c>char_state_tab.py</c> and <c>prob_*.py</c> (jieba) or <c>char_state_tab.json</c>
    /// and <c>pos_prob_*.json</c> (jieba.NET), when the layout has one.
    /// </summary>
    public string? PossegFolder { get; init; }

    /// <summary>The IDF table (<c>analyse/idf.txt</c> or <c>idf.utf8</c>), when present.</summary>
    public string? IdfPath { get; init; }

    /// <summary>Human-readable origin, e.g. "Debian python3-jieba".</summary>
    public required string Source { get; init; }

    /// <summary>Why results may differ from jieba 0.42.1 (fallback dictionary, checksum mismatch), or null.</summary>
    public string? Warning { get; init; }
}
