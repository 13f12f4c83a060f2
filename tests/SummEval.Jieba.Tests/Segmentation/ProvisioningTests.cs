using SummEval.Jieba.Dictionary;
using Xunit;

namespace SummEval.Jieba.Tests.Segmentation;

/// <summary>Dictionary location and the message shown when nothing is installed.</summary>
public sealed class ProvisioningTests
{
    [Fact]
    public void DefaultLoadsJiebasOwnDictionary()
    {
        var segmenter = JiebaSegmenter.Default;
        Assert.Equal(JiebaData.ExpectedDictSha256, segmenter.DictionarySha256);
        Assert.Equal(JiebaDataKind.Jieba, segmenter.Data.Kind);
        Assert.Null(segmenter.Data.Warning);
        Assert.Equal(60_101_967, segmenter.Dictionary.Total);
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
}
