using System.Text.Json;
using SummEval.Jieba.PosTagging;
using Xunit;

namespace SummEval.Jieba.Tests.PosTagging;

/// <summary>Part-of-speech tags against jieba.posseg.lcut output generated once with python3-jieba 0.42.1.</summary>
public sealed class PosTaggerTests
{
    public static TheoryData<int> Indexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Cases.Value.Length; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void WithHmm(int index) =>
        Assert.Equal(Cases.Value[index].Hmm, PosTagger.Default.Cut(Cases.Value[index].Text).Select(p => p.Word + "/" + p.Flag));

    [Theory]
    [MemberData(nameof(Indexes))]
    public void WithoutHmm(int index) =>
        Assert.Equal(Cases.Value[index].NoHmm, PosTagger.Default.Cut(Cases.Value[index].Text, hmm: false).Select(p => p.Word + "/" + p.Flag));

    [Fact]
    public void WordsJoinBackToTheText()
    {
        var text = "分类受限玻尔兹曼机(classification restricted boltzmann machine,ClassRBM)在各种分类问题中得到了广泛应用.";
        Assert.Equal(text, string.Concat(PosTagger.Default.Cut(text).Select(p => p.Word)));
    }

    private sealed record Case(string Text, string[] Hmm, string[] NoHmm);

    private static readonly Lazy<Case[]> Cases = new(() =>
        JsonSerializer.Deserialize<Case[]>(Expected, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!);

    private const string Expected = """
[
{
"text": "我爱北京天安门",
"hmm": [
"我/r",
"爱/v",
"北京/ns",
"天安门/ns"
],
"nohmm": [
"我/r",
"爱/v",
"北京/ns",
"天安门/ns"
]
},
{
"text": "小明硕士毕业于中国科学院计算所，后在日本京都大学深造",
"hmm": [
"小明/nr",
"硕士/n",
"毕业/n",
"于/p",
"中国科学院/nt",
"计算所/n",
"，/x",
"后在/t",
"日本京都大学/nt",
"深造/v"
],
"nohmm": [
"小/a",
"明/a",
"硕士/n",
"毕业/n",
"于/p",
"中国科学院/nt",
"计算所/n",
"，/x",
"后/f",
"在/p",
"日本京都大学/nt",
"深造/v"
]
},
{
"text": "IEEE 802.11n标准增长了3.5%，达到12.34亿元",
"hmm": [
"IEEE/eng",
" /x",
"802.11/m",
"n/eng",
"标准/n",
"增长/v",
"了/ul",
"3.5/m",
"%/x",
"，/x",
"达到/v",
"12.34/m",
"亿元/m"
],
"nohmm": [
"IEEE/eng",
" /x",
"802/eng",
"./x",
"11n/eng",
"标准/n",
"增长/v",
"了/ul",
"3/eng",
"./x",
"5/eng",
"%/x",
"，/x",
"达到/v",
"12/eng",
"./x",
"34/eng",
"亿元/m"
]
},
{
"text": "他来到了网易杭研大厦",
"hmm": [
"他/r",
"来到/v",
"了/ul",
"网易/n",
"杭/j",
"研/vn",
"大厦/n"
],
"nohmm": [
"他/r",
"来到/v",
"了/ul",
"网易/n",
"杭/nr",
"研/vn",
"大厦/n"
]
},
{
"text": "iPhone15Pro售价7999元",
"hmm": [
"iPhone15Pro/eng",
"售价/n",
"7999/m",
"元/m"
],
"nohmm": [
"iPhone15Pro/eng",
"售价/n",
"7999/eng",
"元/m"
]
},
{
"text": "版本v1.2.3-beta发布 C++和C#",
"hmm": [
"版本/n",
"v1/eng",
".2.3/m",
"-/x",
"beta/eng",
"发布/v",
" /x",
"C++/nz",
"和/c",
"C#/nz"
],
"nohmm": [
"版本/n",
"v1/eng",
"./x",
"2/eng",
"./x",
"3/eng",
"-/x",
"beta/eng",
"发布/v",
" /x",
"C++/nz",
"和/c",
"C#/nz"
]
},
{
"text": "王小二在北京清华大学读书\r\n换行",
"hmm": [
"王小二/nr",
"在/p",
"北京/ns",
"清华大学/nt",
"读书/n",
"\r\n/x",
"换行/v"
],
"nohmm": [
"王小二/nr",
"在/p",
"北京/ns",
"清华大学/nt",
"读书/n",
"\r\n/x",
"换行/v"
]
},
{
"text": "这是一个伸手不见五指的黑夜。我叫孙悟空，我爱北京，我爱Python和C++。",
"hmm": [
"这/r",
"是/v",
"一个/m",
"伸手不见五指/i",
"的/uj",
"黑夜/n",
"。/x",
"我/r",
"叫/v",
"孙悟空/nr",
"，/x",
"我/r",
"爱/v",
"北京/ns",
"，/x",
"我/r",
"爱/v",
"Python/eng",
"和/c",
"C++/nz",
"。/x"
],
"nohmm": [
"这/r",
"是/v",
"一个/m",
"伸手不见五指/i",
"的/uj",
"黑夜/n",
"。/x",
"我/r",
"叫/v",
"孙悟空/nr",
"，/x",
"我/r",
"爱/v",
"北京/ns",
"，/x",
"我/r",
"爱/v",
"Python/eng",
"和/c",
"C++/nz",
"。/x"
]
},
{
"text": "我不喜欢日本和服。",
"hmm": [
"我/r",
"不/d",
"喜欢/v",
"日本/ns",
"和服/nz",
"。/x"
],
"nohmm": [
"我/r",
"不/d",
"喜欢/v",
"日本/ns",
"和服/nz",
"。/x"
]
},
{
"text": "雷猴回归人间。",
"hmm": [
"雷猴/n",
"回归/v",
"人间/n",
"。/x"
],
"nohmm": [
"雷猴/n",
"回归/v",
"人间/n",
"。/x"
]
}
]

""";
}
