using System.Text.Json;
using System.Xml.Linq;
using SummEval.Testing;
using Xunit;

namespace SummEval.Cli.Tests.Packaging;

/// <summary>
/// Every package says what it is on nuget.org: a description of its own (before, six showed the SDK's "Package
/// Description") and a README beside its project, packed as the package README.
/// </summary>
public sealed class PackageMetadataTests
{
    public static TheoryData<string> Projects()
    {
        using var filter = JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "SummEval.Packages.slnf")));
        var data = new TheoryData<string>();
        foreach (var project in filter.RootElement.GetProperty("solution").GetProperty("projects").EnumerateArray())
        {
            data.Add(project.GetString()!.Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void APackageHasADescriptionTagsAndAReadme(string project)
    {
        var path = Path.Combine(SharedData.RepositoryRoot, project);
        var properties = XDocument.Load(path).Descendants().Where(e => e.Parent?.Name.LocalName == "PropertyGroup").ToList();
        var description = properties.SingleOrDefault(e => e.Name.LocalName == "Description")?.Value;
        Assert.False(string.IsNullOrWhiteSpace(description), $"{project} has no <Description>");
        Assert.True(description!.Length >= 60, $"{project}: '{description}' says too little");
        Assert.Contains(properties, e => e.Name.LocalName == "PackageTags" && e.Value.Length > 0);
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(path)!, "README.md")), $"{project} has no README.md (the package README)");
    }
}
