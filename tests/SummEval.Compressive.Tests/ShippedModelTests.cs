using System.Security.Cryptography;
using SummEval.Compressive.Features;
using SummEval.Compressive.Model;
using SummEval.Compressive.Training;
using SummEval.Testing;
using Xunit;

namespace SummEval.Compressive.Tests;

/// <summary>
/// The model shipped in models/compressive/ (embedded in the assembly): its manifest matches its bytes, the current
/// feature schema and today's default training options, and names the data it came from. Retraining it byte for
/// byte is .ci/gate's job (a minute); these checks take milliseconds.
/// </summary>
public sealed class ShippedModelTests
{
    private static byte[] Embedded(string resource)
    {
        using var stream = DefaultModel.OpenShipped(resource);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static ModelManifest Manifest() =>
        ModelManifest.Parse(System.Text.Encoding.UTF8.GetString(Embedded(DefaultModel.ShippedManifestResource)), DefaultModel.ShippedManifestResource);

    [Fact]
    public void TheManifestDescribesTheShippedBytesTheCurrentSchemaAndTheDefaultOptions()
    {
        var bytes = Embedded(DefaultModel.ShippedResource);
        var manifest = Manifest();
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), manifest.ModelSha256);
        Assert.Equal(bytes.LongLength, manifest.ModelBytes);
        Assert.InRange(bytes.Length, 10_000, 1_000_000);
        Assert.Equal(WordFeatures.SchemaVersion, manifest.FeatureSchemaVersion);

        // Changing a default without retraining the shipped model (or the reverse) fails here, not in the gate.
        Assert.Equal(new TrainingOptions(), manifest.Options);
        var metadata = DefaultModel.LoadShipped().Metadata;
        Assert.Equal(manifest.Options.Threshold, metadata.Threshold);
        Assert.Equal(manifest.Options.SegmentPenalty, metadata.SegmentPenalty);
        Assert.Equal(manifest.Options.CutPenalty, metadata.CutPenalty);
        Assert.Equal(manifest.Options.Seed, metadata.Seed);
        Assert.Equal(WordFeatures.SchemaVersion, metadata.FeatureSchemaVersion);
        Assert.Equal(manifest.Data.Sum(d => d.Pairs), metadata.TrainingDocuments);
        Assert.Equal(["csl:train", "csl-md:dev"], manifest.Data.Select(d => d.Name.EndsWith("csl-md/dev.jsonl", StringComparison.Ordinal) ? "csl-md:dev" : d.Name));
        Assert.All(manifest.Data, d => Assert.Matches("^[0-9a-f]{64}$", d.Sha256));
        Assert.StartsWith("summeval train compressive --train csl:train --train ", manifest.Command, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCommittedFilesAreTheEmbeddedOnes()
    {
        var folder = Path.Combine(SharedData.RepositoryRoot, "models", "compressive");
        Assert.Equal(File.ReadAllBytes(Path.Combine(folder, "model.zip")), Embedded(DefaultModel.ShippedResource));
        Assert.Equal(File.ReadAllBytes(Path.Combine(folder, "manifest.json")), Embedded(DefaultModel.ShippedManifestResource));
    }

    [SharedFact]
    public void TheManifestsDataHashesAreThoseOfTheSharedData()
    {
        var manifest = Manifest();
        Assert.Equal(manifest.Data[0].Sha256, new TrainingSet("csl:train", CslPairs.Read("train")).Sha256());
        Assert.Equal(manifest.Data[1].Sha256, new TrainingSet("csl-md:dev", CslPairs.ReadFile(SharedData.PathOf("data", "csl-md", "dev.jsonl"))).Sha256());
    }
}
