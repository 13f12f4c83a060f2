using SummEval.Testing;
using Xunit;

namespace SummEval.Evaluation.Tests.Reports;

/// <summary>
/// A fact that drives Debian's Chromium. Skipped with a visible reason when no Chromium is installed, except in
/// CI (CI=true), where <c>.ci/provision</c> installs it and a missing browser fails with the reason rather than hide.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute, IRequirementAttribute
{
    public ChromiumFactAttribute() => Skip = TestRequirements.SkipReason(Missing);

    public string? Missing => Chromium.ExecutablePath is null ? Chromium.MissingMessage : null;
}

/// <summary>Where the system Chromium is: SUMMEVAL_CHROMIUM, else Debian's paths.</summary>
public static class Chromium
{
    public const string MissingMessage =
        "Chromium not found (set SUMMEVAL_CHROMIUM or install Debian's chromium and fonts-wqy-microhei: bash .ci/provision).";

    public static string? ExecutablePath
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable("SUMMEVAL_CHROMIUM");
            if (!string.IsNullOrEmpty(fromEnv))
            {
                return File.Exists(fromEnv) ? fromEnv : null;
            }

            return new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);
        }
    }
}
