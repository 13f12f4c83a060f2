using SummEval.Datasets;
using SummEval.Testing;
using Xunit;

namespace SummEval.Evaluation.Tests.Datasets;

/// <summary>The pull path end to end against a loopback HTTP server serving ../shared/data/csl/upstream.</summary>
public sealed class DatasetPullerTests : IDisposable
{
    private readonly TempFiles _files = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public void Dispose()
    {
        _http.Dispose();
        _files.Dispose();
    }

    private static DatasetManifest Csl => DatasetManifest.Find("csl")!;

    private static string Upstream => SharedData.PathOf("data", "csl", "upstream");

    [Fact]
    public void TheCslManifestIsEmbeddedAndPinsTheUpstreamFiles()
    {
        var manifest = Csl;
        Assert.Equal(["train", "test"], manifest.Files.Select(f => f.Split));
        Assert.Equal(["val.tsv", "test.tsv"], manifest.Files.Select(f => f.Upstream));
        Assert.All(manifest.Files, f =>
        {
            Assert.Matches("^[0-9a-f]{64}$", f.Sha256);
            Assert.StartsWith("https://raw.githubusercontent.com/CLUEbenchmark/CLGE/2fb38e170310698193780fdcd532190dfe6fc5ce/", f.Url);
        });
        var onDisk = DatasetManifest.Parse(File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "eval-data", "datasets", "csl.json")), "csl.json");
        Assert.Equal(onDisk.Files, manifest.Files, (a, b) => a.Url == b.Url && a.Sha256 == b.Sha256 && a.Output == b.Output);
    }

    [SharedFact]
    public async Task DownloadVerifiesConvertsAndMatchesTheReferenceConversionByteForByte()
    {
        using var server = new LoopbackHttpServer(Upstream);
        var progress = new List<PullProgress>();
        var pulled = await new DatasetPuller(_http).PullAsync(Csl, _files.Folder, mirrorUrl: server.BaseUrl, progress: new SyncProgress(progress));

        Assert.Equal(["csl:train", "csl:test"], pulled.Select(p => p.Name));
        Assert.Equal([1000, 1000], pulled.Select(p => p.Documents));
        Assert.Equal(["/val.tsv", "/test.tsv"], server.Requests);
        Assert.Equal(File.ReadAllBytes(SharedData.PathOf("data", "csl", "train.jsonl")), File.ReadAllBytes(pulled[0].Path));
        Assert.Equal(File.ReadAllBytes(SharedData.PathOf("data", "csl", "test.jsonl")), File.ReadAllBytes(pulled[1].Path));
        Assert.Contains(progress, p => p.Stage == "download" && p.TotalBytes == 798635 && p.Bytes == 798635);
        Assert.Contains(progress, p => p.Stage == "verify");
        Assert.Empty(Directory.GetFiles(_files.Folder, "*.partial", SearchOption.AllDirectories));

        // Named resolution now finds the pulled files.
        var test = DatasetLoader.Load("csl:test", new DatasetLoadOptions { DataDirectory = _files.Folder });
        Assert.Equal("csl:test", test.Name);
        Assert.Equal(1000, test.Documents.Count);
        Assert.Equal("csl-test-0000", test.Documents[0].Id);

        // A second pull uses the verified cache and does not download again.
        progress.Clear();
        await new DatasetPuller(_http).PullAsync(Csl, _files.Folder, mirrorUrl: server.BaseUrl, progress: new SyncProgress(progress));
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(2, progress.Count(p => p.Stage == "cached"));
    }

    [SharedFact]
    public async Task ChecksumMismatchIsAClearErrorAndLeavesNothingBehind()
    {
        using var server = new LoopbackHttpServer(Upstream);
        var manifest = Csl with { Files = [Csl.Files[0] with { Sha256 = new string('0', 64) }] };
        var ex = await Assert.ThrowsAsync<DatasetException>(() => new DatasetPuller(_http).PullAsync(manifest, _files.Folder, mirrorUrl: server.BaseUrl));
        Assert.Contains("checksum mismatch for val.tsv", ex.Message);
        Assert.Contains("expected sha256 0000", ex.Message);
        Assert.Contains("got aed8978b525412bff2b92576622fbe546448a40409b542e4e75bfad3ee039558", ex.Message);
        Assert.Empty(Directory.GetFiles(_files.Folder, "*", SearchOption.AllDirectories));
    }

    [SharedFact]
    public async Task NotFoundIsAClearError()
    {
        using var server = new LoopbackHttpServer(Upstream);
        var manifest = Csl with { Files = [Csl.Files[0] with { Upstream = "missing.tsv" }] };
        var ex = await Assert.ThrowsAsync<DatasetException>(() => new DatasetPuller(_http).PullAsync(manifest, _files.Folder, mirrorUrl: server.BaseUrl));
        Assert.Contains("HTTP 404", ex.Message);
        Assert.Contains(server.BaseUrl + "missing.tsv", ex.Message);
        Assert.Empty(Directory.GetFiles(_files.Folder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task UnreachableServerIsAClearError()
    {
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }

        var ex = await Assert.ThrowsAsync<DatasetException>(() => new DatasetPuller(_http).PullAsync(Csl, _files.Folder, mirrorUrl: new Uri($"http://127.0.0.1:{port}/")));
        Assert.Contains("download failed", ex.Message);
        Assert.Contains("--from", ex.Message);
    }

    [SharedFact]
    public async Task FromCopiesALocalMirrorWithoutTheNetwork()
    {
        var pulled = await new DatasetPuller(_http).PullAsync(Csl, _files.Folder, fromDirectory: SharedData.PathOf("data", "csl"));
        Assert.Equal(File.ReadAllBytes(SharedData.PathOf("data", "csl", "train.jsonl")), File.ReadAllBytes(pulled[0].Path));
        Assert.Equal(File.ReadAllBytes(SharedData.PathOf("data", "csl", "test.jsonl")), File.ReadAllBytes(pulled[1].Path));
        Assert.EndsWith(Path.Combine("upstream", "val.tsv"), pulled[0].Source);
    }

    [SharedFact]
    public async Task FromATamperedMirrorFailsTheChecksum()
    {
        var mirror = Path.Combine(_files.Folder, "mirror");
        Directory.CreateDirectory(mirror);
        var bytes = File.ReadAllBytes(Path.Combine(Upstream, "val.tsv"));
        bytes[100] ^= 1;
        File.WriteAllBytes(Path.Combine(mirror, "val.tsv"), bytes);
        var data = Path.Combine(_files.Folder, "data");
        var ex = await Assert.ThrowsAsync<DatasetException>(() => new DatasetPuller(_http).PullAsync(Csl, data, fromDirectory: mirror));
        Assert.Contains("checksum mismatch", ex.Message);
        Assert.Empty(Directory.GetFiles(data, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task FromAFolderWithoutTheFilesSaysWhatIsMissing()
    {
        var ex = await Assert.ThrowsAsync<DatasetException>(() => new DatasetPuller(_http).PullAsync(Csl, _files.Folder, fromDirectory: _files.Folder));
        Assert.Contains("val.tsv is not in the --from folder", ex.Message);
    }

    [Fact]
    public void ConversionTrimsFieldsEscapesLikePythonAndNumbersIds()
    {
        var upstream = _files.Write("x.tsv", " 标题 \t内容含\"引号\"与\\反斜杠\u0001 \n题二\t内容二\n");
        var output = Path.Combine(_files.Folder, "out", "x.jsonl");
        var count = DatasetPuller.Convert(Csl.Files[1], upstream, output);
        Assert.Equal(2, count);
        Assert.Equal(
            "{\"id\": \"csl-test-0000\", \"title\": \"标题\", \"content\": \"内容含\\\"引号\\\"与\\\\反斜杠\\u0001\"}\n" +
            "{\"id\": \"csl-test-0001\", \"title\": \"题二\", \"content\": \"内容二\"}\n",
            File.ReadAllText(output));
    }

    [Fact]
    public void NamedDatasetThatIsNotPulledSaysHowToPullIt()
    {
        var ex = Assert.Throws<DatasetException>(() => DatasetLoader.Load("csl:test", new DatasetLoadOptions { DataDirectory = _files.Folder }));
        Assert.Contains("run `summeval data pull csl`", ex.Message);
        Assert.Contains(Path.Combine(_files.Folder, "datasets", "csl", "test.jsonl"), ex.Message);
    }

    [Fact]
    public void UnknownSplitListsTheSplits()
    {
        var ex = Assert.Throws<DatasetException>(() => DatasetLoader.Load("csl:dev", new DatasetLoadOptions { DataDirectory = _files.Folder }));
        Assert.Contains("splits: train, test", ex.Message);
    }

    [Fact]
    public void KnownNamesIncludeSampleAndEveryManifestSplit() => Assert.Equal(["sample", "csl:train", "csl:test", "csl-md:dev"], DatasetLoader.KnownNames());

    [Fact]
    public void TheMultiDomainManifestIsEmbeddedAndPinsTheUpstreamFile()
    {
        var file = Assert.Single(CslMd.Files);
        Assert.Equal(("dev", "dev.tsv", "dev.jsonl", "cslmd-dev-"), (file.Split, file.Upstream, file.Output, file.IdPrefix));
        Assert.Equal("https://raw.githubusercontent.com/ydli-ai/CSL/0f1ac0626d584cd3c72f8be26d329eb4f967cfd0/benchmark/ts/dev.tsv", file.Url);
        Assert.Equal(CslMdUpstreamSha256, file.Sha256);
        var onDisk = DatasetManifest.Parse(File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "eval-data", "datasets", "csl-md.json")), "csl-md.json");
        Assert.Equal(onDisk.Files, CslMd.Files, (a, b) => a.Url == b.Url && a.Sha256 == b.Sha256 && a.Output == b.Output);
    }

    [SharedFact]
    public void MultiDomainConversionIsByteIdenticalToTheSharedDevFile()
    {
        // The sha256 values are those ../shared/data/csl-md/README.md states for upstream/dev.tsv and dev.jsonl.
        var upstream = SharedData.PathOf("data", "csl-md", "upstream", "dev.tsv");
        Assert.Equal(CslMdUpstreamSha256, Sha256Of(upstream));
        var output = Path.Combine(_files.Folder, "dev.jsonl");
        Assert.Equal(1000, DatasetPuller.Convert(CslMd.Files[0], upstream, output));
        Assert.Equal("4c1840d135e123654035c0dd37f0ed36619555e3c9f538216ab0b221040565ab", Sha256Of(output));
        Assert.Equal(File.ReadAllBytes(SharedData.PathOf("data", "csl-md", "dev.jsonl")), File.ReadAllBytes(output));
    }

    [SharedFact]
    public async Task MultiDomainDownloadFromTheManifestPathAndFromAFolder()
    {
        // --mirror asks a loopback server for the manifest's upstream file name; --from copies it from a folder.
        using var server = new LoopbackHttpServer(SharedData.PathOf("data", "csl-md", "upstream"));
        var pulled = Assert.Single(await new DatasetPuller(_http).PullAsync(CslMd, Path.Combine(_files.Folder, "a"), mirrorUrl: server.BaseUrl));
        Assert.Equal(("csl-md:dev", 1000), (pulled.Name, pulled.Documents));
        Assert.Equal(["/dev.tsv"], server.Requests);
        Assert.Equal(File.ReadAllBytes(SharedData.PathOf("data", "csl-md", "dev.jsonl")), File.ReadAllBytes(pulled.Path));

        var copied = Assert.Single(await new DatasetPuller(_http).PullAsync(CslMd, Path.Combine(_files.Folder, "b"), fromDirectory: SharedData.PathOf("data", "csl-md")));
        Assert.Equal(File.ReadAllBytes(pulled.Path), File.ReadAllBytes(copied.Path));

        var dev = DatasetLoader.Load("csl-md:dev", new DatasetLoadOptions { DataDirectory = Path.Combine(_files.Folder, "b") });
        Assert.Equal(("csl-md:dev", 1000, "cslmd-dev-0000"), (dev.Name, dev.Documents.Count, dev.Documents[0].Id));
        Assert.Equal([dev.Documents[0].References[0]], DatasetLoader.Load(SharedData.PathOf("data", "csl-md", "dev.jsonl")).Documents[0].References);
    }

    [SharedFact]
    public async Task MultiDomainTamperedMirrorFailsTheChecksum()
    {
        var mirror = Path.Combine(_files.Folder, "mirror");
        Directory.CreateDirectory(mirror);
        var bytes = File.ReadAllBytes(SharedData.PathOf("data", "csl-md", "upstream", "dev.tsv"));
        bytes[^2] ^= 1;
        File.WriteAllBytes(Path.Combine(mirror, "dev.tsv"), bytes);
        var ex = await Assert.ThrowsAsync<DatasetException>(() => new DatasetPuller(_http).PullAsync(CslMd, Path.Combine(_files.Folder, "data"), fromDirectory: mirror));
        Assert.Contains("checksum mismatch for dev.tsv: expected sha256 " + CslMdUpstreamSha256, ex.Message);
    }

    private const string CslMdUpstreamSha256 = "63fc67552bdad69b392e89295c8055e2c1b8d5e8acf6fec614738056451ccb45";

    private static DatasetManifest CslMd => DatasetManifest.Find("csl-md")!;

    private static string Sha256Of(string path) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));

    private sealed class SyncProgress(List<PullProgress> into) : IProgress<PullProgress>
    {
        public void Report(PullProgress value) => into.Add(value);
    }
}
