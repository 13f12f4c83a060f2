using System.Reflection;
using SummEval.Testing;
using Xunit.Sdk;

// Compiled into every test assembly (tests/Directory.Build.props), so one attribute covers every test.
[assembly: FailMissingRequirementsInCi]

namespace SummEval.Testing;

/// <summary>
/// A test attribute whose test needs something outside the repository (../shared, a provisioned tool).
/// <see cref="Missing"/> says what is absent, or is null when everything is there.
/// </summary>
public interface IRequirementAttribute
{
    /// <summary>What is missing, as a sentence that tells how to provide it; null when nothing is.</summary>
    string? Missing { get; }
}

/// <summary>
/// How a test with a missing requirement behaves: locally it is skipped with the reason shown; under <c>CI=true</c>
/// it is not skipped but fails with the reason (<see cref="FailMissingRequirementsInCiAttribute"/>), because CI
/// provisions everything and a check switched off there must not pass blind.
/// </summary>
public static class TestRequirements
{
    /// <summary>Whether the tests run under CI (<c>CI=true</c>, as GitHub Actions, GitLab and .ci/run set it).</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first non-null reason of <paramref name="missing"/>, or null when every requirement is met.</summary>
    public static string? FirstMissing(params string?[] missing) => missing.FirstOrDefault(m => m is not null);

    /// <summary>The skip reason for an attribute's <c>Skip</c>: the reason locally, null (run, then fail) under CI.</summary>
    public static string? SkipReason(string? missing) => missing is null || InCi ? null : missing;
}

/// <summary>
/// Before every test, fails it under <c>CI=true</c> when an <see cref="IRequirementAttribute"/> on it reports something
/// missing, with that reason as the failure message (locally those tests were skipped at discovery).
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class FailMissingRequirementsInCiAttribute : BeforeAfterTestAttribute
{
    /// <inheritdoc />
    public override void Before(MethodInfo methodUnderTest)
    {
        ArgumentNullException.ThrowIfNull(methodUnderTest);
        foreach (var requirement in methodUnderTest.GetCustomAttributes(inherit: true).OfType<IRequirementAttribute>())
        {
            if (requirement.Missing is { } missing)
            {
                throw new InvalidOperationException($"CI=true and a requirement of this test is missing (tests never skip in CI): {missing}");
            }
        }
    }
}
