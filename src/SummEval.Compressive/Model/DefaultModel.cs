namespace SummEval.Compressive.Model;

/// <summary>
/// The model used when none is named: the one a user trained into the data folder (<c>&lt;data&gt;/models/compressive.zip</c>,
/// what <c>summeval train compressive</c> writes without <c>--out</c>), else the model shipped inside this assembly
/// (trained on CSL train + CSL multi-domain dev; <c>models/compressive/</c> in the repository, with its manifest).
/// </summary>
public static class DefaultModel
{
    /// <summary>Name of the embedded shipped model.</summary>
    public const string ShippedResource = "SummEval.Compressive.default-model.zip";

    /// <summary>Name of the embedded manifest of the shipped model.</summary>
    public const string ShippedManifestResource = "SummEval.Compressive.default-model.manifest.json";

    private static readonly Lazy<CompressiveModel> Shipped = new(() =>
    {
        using var stream = OpenShipped(ShippedResource);
        return CompressiveModel.Load(stream, "shipped model " + ShippedResource);
    });

    /// <summary>Where <c>summeval train compressive</c> writes a model without <c>--out</c>.</summary>
    public static string CachePath(string? dataDirectory = null) =>
        Path.Combine(Datasets.DataFolder.Resolve(dataDirectory), "models", "compressive.zip");

    /// <summary>The user's trained model in the data folder when there is a usable one, else the shipped model.</summary>
    public static CompressiveModel Load(string? dataDirectory = null, IProgress<string>? progress = null)
    {
        var path = CachePath(dataDirectory);
        if (File.Exists(path))
        {
            try
            {
                return CompressiveModel.Load(path);
            }
            catch (InvalidDataException e)
            {
                progress?.Report($"model {path} is unusable ({e.Message}); using the shipped model");
            }
        }

        return Shipped.Value;
    }

    /// <summary>The model shipped with SummEval.</summary>
    public static CompressiveModel LoadShipped() => Shipped.Value;

    /// <summary>Opens an embedded resource of the shipped model (<see cref="ShippedResource"/> or its manifest).</summary>
    public static Stream OpenShipped(string resource) =>
        typeof(DefaultModel).Assembly.GetManifestResourceStream(resource)
        ?? throw new InvalidOperationException($"this build of SummEval.Compressive has no {resource} (models/compressive/ was missing at build time).");
}
