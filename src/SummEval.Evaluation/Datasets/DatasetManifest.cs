using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SummEval.Datasets;

/// <summary>
/// What <c>summeval data pull</c> fetches for one named dataset: upstream files (URL, sha256) and the canonical
/// JSON Lines file each becomes. Manifests live in <c>eval-data/datasets/</c> and are embedded in this assembly.
/// </summary>
public sealed record DatasetManifest
{
    private const string ResourcePrefix = "SummEval.Datasets.Manifests.";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly Lazy<IReadOnlyList<DatasetManifest>> Embedded = new(LoadEmbedded);

    /// <summary>Dataset name, the part before the colon in <c>csl:test</c>.</summary>
    public required string Name { get; init; }

    /// <summary>One line saying what the data is.</summary>
    public required string Description { get; init; }

    /// <summary>Licence of the upstream data.</summary>
    public required string License { get; init; }

    /// <summary>Where the data comes from (project page).</summary>
    public required string Homepage { get; init; }

    /// <summary>The splits, one upstream file each.</summary>
    public required IReadOnlyList<ManifestFile> Files { get; init; }

    /// <summary>The manifests built into SummEval.</summary>
    public static IReadOnlyList<DatasetManifest> All => Embedded.Value;

    /// <summary>The built-in manifest called <paramref name="name"/>, or null.</summary>
    public static DatasetManifest? Find(string name) => All.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The split called <paramref name="split"/>, or null.</summary>
    public ManifestFile? Split(string split) => Files.FirstOrDefault(f => string.Equals(f.Split, split, StringComparison.OrdinalIgnoreCase));

    /// <summary>Parses a manifest; errors name <paramref name="origin"/>.</summary>
    public static DatasetManifest Parse(string json, string origin)
    {
        try
        {
            return JsonSerializer.Deserialize<DatasetManifest>(json, JsonOptions)
                ?? throw new DatasetException(origin, null, null, "the manifest is empty.");
        }
        catch (JsonException ex)
        {
            throw new DatasetException(origin, (int?)(ex.LineNumber + 1), ex.Path, "invalid manifest: " + ex.Message, ex);
        }
    }

    private static IReadOnlyList<DatasetManifest> LoadEmbedded()
    {
        var assembly = typeof(DatasetManifest).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => Parse(ReadResource(assembly, n), n))
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ToList();
    }

    internal static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"resource {name} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>One upstream file of a manifest and how it is converted.</summary>
public sealed record ManifestFile
{
    /// <summary>Split name (<c>train</c>, <c>test</c>): the part after the colon.</summary>
    public required string Split { get; init; }

    /// <summary>Upstream file name, also what <c>--from DIR</c> looks for.</summary>
    public required string Upstream { get; init; }

    /// <summary>Download URL (pinned to a commit).</summary>
    public required string Url { get; init; }

    /// <summary>Lower-case hex SHA-256 of the upstream bytes.</summary>
    public required string Sha256 { get; init; }

    /// <summary>Upstream format; only <c>tsv</c> is used so far.</summary>
    public required string Format { get; init; }

    /// <summary>Column names of the upstream TSV.</summary>
    public required IReadOnlyList<string> Columns { get; init; }

    /// <summary>Converted file name inside the dataset's data folder.</summary>
    public required string Output { get; init; }

    /// <summary>Prefix of generated ids; ids are the prefix plus the 0-based line number, four digits.</summary>
    public required string IdPrefix { get; init; }

    /// <summary>Fields of the converted records, in output order (<c>id</c> is generated).</summary>
    public required IReadOnlyList<string> Fields { get; init; }
}
