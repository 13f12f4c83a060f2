using Xunit;

namespace SummEval.Jieba.Tests;

/// <summary>Debian's python3-jieba folder, used to cross-check the bundled data against jieba's own files.</summary>
public static class PythonJieba
{
    /// <summary>Where <c>bash .ci/provision</c> installs jieba 0.42.1.</summary>
    public const string Folder = "/usr/lib/python3/dist-packages/jieba";

    /// <summary>The message a skipped cross-check shows.</summary>
    public const string MissingMessage = "python3-jieba is not installed (" + Folder + "); run bash .ci/provision for the cross-check.";

    /// <summary>Whether jieba's own files are there.</summary>
    public static bool IsInstalled => File.Exists(Path.Combine(Folder, "dict.txt")) && File.Exists(Path.Combine(Folder, "finalseg", "prob_emit.py"));
}

/// <summary>A fact that needs python3-jieba's files: skipped with a visible reason when they are absent; failing under CI=true.</summary>
public sealed class PythonJiebaFactAttribute : FactAttribute, Testing.IRequirementAttribute
{
    /// <summary>Skips (locally) when python3-jieba is missing.</summary>
    public PythonJiebaFactAttribute() => Skip = Testing.TestRequirements.SkipReason(Missing);

    /// <inheritdoc />
    public string? Missing => PythonJieba.IsInstalled ? null : PythonJieba.MissingMessage;
}

/// <summary>A theory that needs python3-jieba's files and ../shared: skipped with a visible reason when either is absent; failing under CI=true.</summary>
public sealed class PythonJiebaSharedTheoryAttribute : TheoryAttribute, Testing.IRequirementAttribute
{
    /// <summary>Skips (locally) when python3-jieba or ../shared is missing.</summary>
    public PythonJiebaSharedTheoryAttribute() => Skip = Testing.TestRequirements.SkipReason(Missing);

    /// <inheritdoc />
    public string? Missing => Testing.TestRequirements.FirstMissing(PythonJieba.IsInstalled ? null : PythonJieba.MissingMessage, Testing.SharedData.Missing);
}
