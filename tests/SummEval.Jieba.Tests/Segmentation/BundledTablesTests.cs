using SummEval.Jieba.Dictionary;
using SummEval.Jieba.Keywords;
using SummEval.Jieba.PosTagging;
using SummEval.Jieba.Segmentation;
using Xunit;

namespace SummEval.Jieba.Tests.Segmentation;

/// <summary>
/// The bundled jieba.NET JSON tables and the embedded finalseg start vector against jieba 0.42.1's own
/// <c>.py</c> tables: every number bit for bit, so parity does not rest on the CSL sample alone.
/// </summary>
public sealed class BundledTablesTests
{
    [PythonJiebaFact]
    public void TheEmbeddedFinalsegStartIsJiebasProbStart()
    {
        var python = HmmModel.LoadJieba(Path.Combine(PythonJieba.Folder, "finalseg"));
        var json = HmmModel.LoadJiebaNet(DictionaryLocator.BundledFolder);
        Assert.Equal(python.Start, json.Start);
        Assert.Equal(4, HmmModel.FinalSegStart.Count);
    }

    [PythonJiebaFact]
    public void FinalsegTablesAreIdentical()
    {
        var python = HmmModel.LoadJieba(Path.Combine(PythonJieba.Folder, "finalseg"));
        var json = HmmModel.LoadJiebaNet(DictionaryLocator.BundledFolder);
        Assert.Equal(python.Trans, json.Trans);
        for (var s = 0; s < 4; s++)
        {
            Assert.Equal(python.Emit[s], json.Emit[s]);
        }
    }

    [PythonJiebaFact]
    public void PossegTablesAreIdentical()
    {
        var python = PosHmmModel.Load(Path.Combine(PythonJieba.Folder, "posseg"), JiebaDataKind.Jieba);
        var json = PosHmmModel.Load(DictionaryLocator.BundledFolder, JiebaDataKind.JiebaNet);
        Assert.Equal(python.States, json.States);
        Assert.Equal(python.Start, json.Start);
        Assert.Equal(python.Trans, json.Trans);
        Assert.Equal(python.AllStates, json.AllStates);
        Assert.Equal(python.Next.Select(n => n.Order()), json.Next.Select(n => n.Order()));
        Assert.Equal(python.CharStates.Count, json.CharStates.Count);
        foreach (var (c, states) in python.CharStates)
        {
            // Order matters for nothing but is kept; compare exactly.
            Assert.Equal(states, json.CharStates[c]);
        }

        Assert.Equal(python.Emit.Count, json.Emit.Count);
        foreach (var (key, p) in python.Emit)
        {
            Assert.Equal(p, json.Emit[key]);
        }
    }

    [PythonJiebaFact]
    public void IdfTablesAreIdentical()
    {
        var python = IdfTable.Load(Path.Combine(PythonJieba.Folder, "analyse", "idf.txt"));
        var json = IdfTable.Load(Path.Combine(DictionaryLocator.BundledFolder, "idf.txt"));
        Assert.Equal(python.Median, json.Median);
        Assert.Equal(python.Values.Count, json.Values.Count);
        Assert.All(python.Values, kv => Assert.Equal(kv.Value, json.Values[kv.Key]));
    }
}
