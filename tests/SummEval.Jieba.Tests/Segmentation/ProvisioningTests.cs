using SummEval.Jieba.Dictionary;
using SummEval.Jieba.PosTagging;
using Xunit;

namespace SummEval.Jieba.Tests.Segmentation;

/// <summary>Dictionary location (order, layouts), checksum verification, and the messages for missing data.</summary>
public sealed class ProvisioningTests
{
    [Fact]
    public void DefaultLoadsTheBundledCopyOfJiebasDictionary()
    {
        var segmenter = JiebaSegmenter.Default;
        Assert.Equal(JiebaDataKind.JiebaNet, segmenter.Data.Kind);
        Assert.Equal(DictionaryLocator.BundledFolder, segmenter.Data.Folder);
        Assert.StartsWith("bundled jieba.NET 0.42.2 data", segmenter.Data.Source);
        Assert.Equal(JiebaData.ExpectedDictSha256, segmenter.DictionarySha256);
        Assert.Null(segmenter.Data.Warning);
        Assert.Equal(60_101_967, segmenter.Dictionary.Total);
        Assert.NotNull(segmenter.Data.PossegFolder);
        Assert.NotNull(segmenter.Data.IdfPath);
    }

    [Fact]
    public void TheBuildCopiesEveryBundledFile()
    {
        foreach (var file in DictionaryLocator.BundledFiles)
        {
            Assert.True(File.Exists(Path.Combine(DictionaryLocator.BundledFolder, file)), $"{file} missing from {DictionaryLocator.BundledFolder}");
        }

        // jieba.NET ships dict.txt with CRLF line ends: only the normalised hash is jieba's.
        var bytes = File.ReadAllBytes(Path.Combine(DictionaryLocator.BundledFolder, "dict.txt"));
        Assert.NotEqual(JiebaData.ExpectedDictSha256, DictionaryLocator.Sha256Of(bytes));
        Assert.Equal(JiebaData.ExpectedDictSha256, DictionaryLocator.NormalizedSha256Of(bytes));
    }

    [Fact]
    public void NormalisedHashTreatsCrlfAsLfOnly()
    {
        var lf = "a 1 n\nb 2 v\n"u8.ToArray();
        Assert.Equal(DictionaryLocator.Sha256Of(lf), DictionaryLocator.NormalizedSha256Of("a 1 n\r\nb 2 v\r\n"u8));
        Assert.Equal(DictionaryLocator.Sha256Of(lf), DictionaryLocator.NormalizedSha256Of(lf));
        // A lone CR is content, not a line end.
        Assert.NotEqual(DictionaryLocator.Sha256Of(lf), DictionaryLocator.NormalizedSha256Of("a 1 n\rb 2 v\r\n"u8));
    }

    [Fact]
    public void AnExplicitFolderComesBeforeTheBundledOne()
    {
        using var folder = TempFolder.WithBundledCopy();
        var data = DictionaryLocator.Locate(folder.Path);
        Assert.Equal(folder.Path, data.Folder);
        Assert.Equal(JiebaDataKind.JiebaNet, data.Kind);
        Assert.StartsWith("explicit folder", data.Source);
    }

    [Fact]
    public void TheBundledFolderComesBeforePythonJieba()
    {
        var data = DictionaryLocator.Locate(null, DictionaryLocator.BundledFolder);
        Assert.Equal(DictionaryLocator.BundledFolder, data.Folder);
        Assert.Equal(JiebaDataKind.JiebaNet, data.Kind);
    }

    [PythonJiebaFact]
    public void WithoutTheBundledFolderPythonJiebaIsUsed()
    {
        var data = DictionaryLocator.Locate(null, Path.Combine(Path.GetTempPath(), "no-such-jieba-data-" + Guid.NewGuid()));
        Assert.Equal(JiebaDataKind.Jieba, data.Kind);
        Assert.Equal(PythonJieba.Folder, data.Folder);
        Assert.StartsWith("Debian python3-jieba", data.Source);
    }

    [Fact]
    public void AnIncompleteBundledFolderIsABrokenInstallNamingTheFile()
    {
        using var folder = TempFolder.WithBundledCopy();
        File.Delete(Path.Combine(folder.Path, "pos_prob_trans.json"));
        var ex = Assert.Throws<FileNotFoundException>(() => DictionaryLocator.Locate(null, folder.Path));
        Assert.Contains("pos_prob_trans.json", ex.Message);
        Assert.Contains(folder.Path, ex.Message);
        Assert.Contains("broken", ex.Message);
        Assert.Contains("jieba.NET 0.42.2", ex.Message);
    }

    [Fact]
    public void AModifiedDictionaryLoadsWithAChecksumWarning()
    {
        using var folder = TempFolder.WithBundledCopy();
        File.AppendAllText(Path.Combine(folder.Path, "dict.txt"), "韩玉赏鉴 30000 nz\r\n");
        var segmenter = JiebaSegmenter.Load(folder.Path);
        Assert.Equal(JiebaDataKind.JiebaNet, segmenter.Data.Kind);
        Assert.NotEqual(JiebaData.ExpectedDictSha256, segmenter.DictionarySha256);
        Assert.Contains("sha256", segmenter.Data.Warning);
        Assert.Contains(JiebaData.ExpectedDictSha256, segmenter.Data.Warning);
        Assert.Contains("韩玉赏鉴", segmenter.Cut("他在韩玉赏鉴"));
    }

    [Fact]
    public void AnLfCopyOfTheDictionaryLoadsWithoutAWarning()
    {
        using var folder = TempFolder.WithBundledCopy();
        var dict = Path.Combine(folder.Path, "dict.txt");
        File.WriteAllText(dict, File.ReadAllText(dict).Replace("\r\n", "\n", StringComparison.Ordinal));
        var segmenter = JiebaSegmenter.Load(folder.Path);
        Assert.Null(segmenter.Data.Warning);
        Assert.Equal(JiebaSegmenter.Default.Dictionary.Total, segmenter.Dictionary.Total);
        Assert.Equal(JiebaSegmenter.Default.Dictionary.Count, segmenter.Dictionary.Count);
    }

    [Fact]
    public void AMissingHmmFileFailsNamingIt()
    {
        using var folder = TempFolder.WithBundledCopy();
        File.Delete(Path.Combine(folder.Path, "prob_trans.json"));
        var ex = Assert.Throws<FileNotFoundException>(() => JiebaSegmenter.Load(folder.Path));
        Assert.Contains("prob_trans.json", ex.Message);
    }

    [Fact]
    public void AMissingPossegFileFailsNamingIt()
    {
        using var folder = TempFolder.WithBundledCopy();
        File.Delete(Path.Combine(folder.Path, "pos_prob_emit.json"));
        var segmenter = JiebaSegmenter.Load(folder.Path);
        var ex = Assert.Throws<FileNotFoundException>(() => new PosTagger(segmenter));
        Assert.Contains("pos_prob_emit.json", ex.Message);
    }

    [Fact]
    public void AJsonLayoutWithoutPossegTablesSaysWhatIsMissing()
    {
        using var folder = TempFolder.WithBundledCopy();
        File.Delete(Path.Combine(folder.Path, "char_state_tab.json"));
        var segmenter = JiebaSegmenter.Load(folder.Path);
        Assert.Null(segmenter.Data.PossegFolder);
        var ex = Assert.Throws<FileNotFoundException>(() => new PosTagger(segmenter));
        Assert.Contains("char_state_tab.json", ex.Message);
    }

    [Fact]
    public void AMalformedJsonTableFailsWithFileLineAndField()
    {
        using var folder = TempFolder.WithBundledCopy();
        var path = Path.Combine(folder.Path, "prob_trans.json");
        File.WriteAllText(path, "{\n  \"B\": {\n    \"E\": -0.5,\n    \"M\": \"oops\"\n  }\n}\n");
        var ex = Assert.Throws<FormatException>(() => JiebaSegmenter.Load(folder.Path));
        Assert.Contains(path, ex.Message);
        Assert.Contains("line 4", ex.Message);
        Assert.Contains("B.M", ex.Message);
    }

    [Fact]
    public void BrokenJsonSyntaxFailsWithFileAndLine()
    {
        using var folder = TempFolder.WithBundledCopy();
        var path = Path.Combine(folder.Path, "prob_trans.json");
        File.WriteAllText(path, "{\n  \"B\": {\n    \"E\": -0.5,,\n  }\n}\n");
        var ex = Assert.Throws<FormatException>(() => JiebaSegmenter.Load(folder.Path));
        Assert.Contains(path, ex.Message);
        Assert.Contains("line 3", ex.Message);
    }

    [Fact]
    public void AnExplicitFolderWithoutDataFailsWithInstallInstructions()
    {
        var empty = Directory.CreateTempSubdirectory("jieba-empty").FullName;
        try
        {
            var ex = Assert.Throws<FileNotFoundException>(() => DictionaryLocator.Locate(empty));
            Assert.Contains(empty, ex.Message);
            Assert.Contains("sudo apt-get install python3-jieba", ex.Message);
            Assert.Contains("pip install jieba==0.42.1", ex.Message);
            Assert.Contains("npm install nodejieba@3.5.8", ex.Message);
            Assert.Contains(DictionaryLocator.EnvironmentVariable, ex.Message);
            Assert.Contains(DictionaryLocator.BundledFolderName, ex.Message);
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Fact]
    public void ACppJiebaFolderLoadsWithAWarning()
    {
        // A miniature cppjieba layout (jieba.dict.utf8 + hmm_model.utf8), as nodejieba ships it.
        var folder = Directory.CreateTempSubdirectory("cppjieba").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "jieba.dict.utf8"), "北京 100 ns\n天安门 50 ns\n我 80 r\n爱 60 v\n");
            File.WriteAllText(Path.Combine(folder, "hmm_model.utf8"),
                "#start\n-0.26 -3.14e+100 -3.14e+100 -1.46\n#trans\n-3.14e+100 -0.51 -0.91 -3.14e+100\n-0.58 -3.14e+100 -3.14e+100 -0.80\n" +
                "-3.14e+100 -0.33 -1.26 -3.14e+100\n-0.72 -3.14e+100 -3.14e+100 -0.66\n#emit\n#B\n天:-5.0\n#E\n门:-5.0\n#M\n安:-5.0\n#S\n我:-3.0\n");
            var data = DictionaryLocator.Locate(folder);
            Assert.Equal(JiebaDataKind.CppJieba, data.Kind);
            Assert.Contains("not token-identical", data.Warning);
            var segmenter = new JiebaSegmenter(data);
            Assert.Equal(["我", "爱", "北京", "天安门"], segmenter.Cut("我爱北京天安门"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A temporary copy of the bundled folder that tests may damage.</summary>
    private sealed class TempFolder : IDisposable
    {
        private TempFolder(string path) => Path = path;

        public string Path { get; }

        public static TempFolder WithBundledCopy()
        {
            var folder = new TempFolder(Directory.CreateTempSubdirectory("jieba-data").FullName);
            foreach (var file in DictionaryLocator.BundledFiles)
            {
                File.Copy(System.IO.Path.Combine(DictionaryLocator.BundledFolder, file), System.IO.Path.Combine(folder.Path, file));
            }

            return folder;
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
