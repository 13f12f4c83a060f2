using System.Text.Json;
using Xunit;

namespace SummEval.Jieba.Tests.Segmentation;

/// <summary>
/// Tricky strings (non-Chinese runs, decimals, whitespace, surrogates, full-width forms) in every mode,
/// against expectations generated once with Debian's python3-jieba 0.42.1 (<c>lcut</c>, <c>lcut(HMM=False)</c>,
/// <c>lcut(cut_all=True)</c>, <c>lcut_for_search</c>).
/// </summary>
public sealed class TrickyStringTests
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
    public void AccurateWithHmm(int index) => Assert.Equal(Cases.Value[index].Hmm, JiebaSegmenter.Default.Cut(Cases.Value[index].Text));

    [Theory]
    [MemberData(nameof(Indexes))]
    public void AccurateWithoutHmm(int index) => Assert.Equal(Cases.Value[index].NoHmm, JiebaSegmenter.Default.Cut(Cases.Value[index].Text, hmm: false));

    [Theory]
    [MemberData(nameof(Indexes))]
    public void FullMode(int index) => Assert.Equal(Cases.Value[index].All, JiebaSegmenter.Default.CutAll(Cases.Value[index].Text));

    [Theory]
    [MemberData(nameof(Indexes))]
    public void SearchMode(int index) => Assert.Equal(Cases.Value[index].Search, JiebaSegmenter.Default.CutForSearch(Cases.Value[index].Text));

    [Fact]
    public void TokenizeIsAccurateModeWithHmm()
    {
        var text = "小明硕士毕业于中国科学院计算所";
        Assert.Equal("jieba", JiebaSegmenter.Default.Name);
        Assert.Equal(JiebaSegmenter.Default.Cut(text), JiebaSegmenter.Default.Tokenize(text));
    }

    private sealed record Case(string Text, string[] Hmm, string[] NoHmm, string[] All, string[] Search);

    private static readonly Lazy<Case[]> Cases = new(() =>
        JsonSerializer.Deserialize<Case[]>(Expected, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!);

    private const string Expected = """
[
{
"text": "IEEE 802.11n标准",
"hmm": [
"IEEE",
" ",
"802.11",
"n",
"标准"
],
"nohmm": [
"IEEE",
" ",
"802",
".",
"11n",
"标准"
],
"all": [
"IEEE",
"",
" ",
"",
"802",
".",
"11n",
"标准"
],
"search": [
"IEEE",
" ",
"802.11",
"n",
"标准"
]
},
{
"text": "增长了3.5%，达到12.34亿元",
"hmm": [
"增长",
"了",
"3.5%",
"，",
"达到",
"12.34",
"亿元"
],
"nohmm": [
"增长",
"了",
"3",
".",
"5",
"%",
"，",
"达到",
"12",
".",
"34",
"亿元"
],
"all": [
"增长",
"了",
"3",
".",
"5",
"%",
"，",
"达到",
"12",
".",
"34",
"亿元"
],
"search": [
"增长",
"了",
"3.5%",
"，",
"达到",
"12.34",
"亿元"
]
},
{
"text": "Hello, World! 你好世界",
"hmm": [
"Hello",
",",
" ",
"World",
"!",
" ",
"你好",
"世界"
],
"nohmm": [
"Hello",
",",
" ",
"World",
"!",
" ",
"你好",
"世界"
],
"all": [
"Hello",
",",
" ",
"",
"World",
"!",
" ",
"",
"你好",
"世界"
],
"search": [
"Hello",
",",
" ",
"World",
"!",
" ",
"你好",
"世界"
]
},
{
"text": "C++和C#是编程语言",
"hmm": [
"C++",
"和",
"C#",
"是",
"编程语言"
],
"nohmm": [
"C++",
"和",
"C#",
"是",
"编程语言"
],
"all": [
"C++",
"和",
"C#",
"是",
"编程",
"编程语言",
"语言"
],
"search": [
"C++",
"和",
"C#",
"是",
"编程",
"语言",
"编程语言"
]
},
{
"text": "a-b_c&d.e+f#g%h",
"hmm": [
"a",
"-",
"b",
"_",
"c",
"&",
"d",
".",
"e",
"+",
"f",
"#",
"g%",
"h"
],
"nohmm": [
"a",
"-",
"b",
"_",
"c",
"&",
"d",
".",
"e",
"+",
"f",
"#",
"g",
"%",
"h"
],
"all": [
"a",
"-",
"b",
"_",
"c",
"&",
"d",
".",
"e",
"+",
"f",
"#",
"g",
"%",
"h"
],
"search": [
"a",
"-",
"b",
"_",
"c",
"&",
"d",
".",
"e",
"+",
"f",
"#",
"g%",
"h"
]
},
{
"text": "  多个   空格\t\t制表符\r\n换行\n\n",
"hmm": [
" ",
" ",
"多个",
" ",
" ",
" ",
"空格",
"\t",
"\t",
"制表符",
"\r\n",
"换行",
"\n",
"\n"
],
"nohmm": [
" ",
" ",
"多个",
" ",
" ",
" ",
"空格",
"\t",
"\t",
"制表符",
"\r\n",
"换行",
"\n",
"\n"
],
"all": [
"",
" ",
"",
" ",
"",
"多个",
"",
" ",
"",
" ",
"",
" ",
"",
"空格",
"",
"\t",
"",
"\t",
"",
"制表",
"制表符",
"",
"\r\n",
"",
"换行",
"",
"\n",
"",
"\n",
""
],
"search": [
" ",
" ",
"多个",
" ",
" ",
" ",
"空格",
"\t",
"\t",
"制表",
"制表符",
"\r\n",
"换行",
"\n",
"\n"
]
},
{
"text": "他来到了网易杭研大厦",
"hmm": [
"他",
"来到",
"了",
"网易",
"杭研",
"大厦"
],
"nohmm": [
"他",
"来到",
"了",
"网易",
"杭",
"研",
"大厦"
],
"all": [
"他",
"来到",
"了",
"网易",
"杭",
"研",
"大厦"
],
"search": [
"他",
"来到",
"了",
"网易",
"杭研",
"大厦"
]
},
{
"text": "小明硕士毕业于中国科学院计算所，后在日本京都大学深造",
"hmm": [
"小明",
"硕士",
"毕业",
"于",
"中国科学院",
"计算所",
"，",
"后",
"在",
"日本京都大学",
"深造"
],
"nohmm": [
"小",
"明",
"硕士",
"毕业",
"于",
"中国科学院",
"计算所",
"，",
"后",
"在",
"日本京都大学",
"深造"
],
"all": [
"小",
"明",
"硕士",
"毕业",
"于",
"中国",
"中国科学院",
"科学",
"科学院",
"学院",
"计算",
"计算所",
"，",
"后",
"在",
"日本",
"日本京都大学",
"京都",
"京都大学",
"大学",
"深造"
],
"search": [
"小明",
"硕士",
"毕业",
"于",
"中国",
"科学",
"学院",
"科学院",
"中国科学院",
"计算",
"计算所",
"，",
"后",
"在",
"日本",
"京都",
"大学",
"日本京都大学",
"深造"
]
},
{
"text": "我爱北京天安门。",
"hmm": [
"我",
"爱",
"北京",
"天安门",
"。"
],
"nohmm": [
"我",
"爱",
"北京",
"天安门",
"。"
],
"all": [
"我",
"爱",
"北京",
"天安",
"天安门",
"。"
],
"search": [
"我",
"爱",
"北京",
"天安",
"天安门",
"。"
]
},
{
"text": "𠀀字𠀁和emoji😀测试",
"hmm": [
"𠀀",
"字",
"𠀁",
"和",
"emoji",
"😀",
"测试"
],
"nohmm": [
"𠀀",
"字",
"𠀁",
"和",
"emoji",
"😀",
"测试"
],
"all": [
"𠀀",
"字",
"𠀁",
"和",
"emoji",
"😀",
"测试"
],
"search": [
"𠀀",
"字",
"𠀁",
"和",
"emoji",
"😀",
"测试"
]
},
{
"text": "２０２０年全角数字ＡＢＣ",
"hmm": [
"２",
"０",
"２",
"０",
"年",
"全角",
"数字",
"Ａ",
"Ｂ",
"Ｃ"
],
"nohmm": [
"２",
"０",
"２",
"０",
"年",
"全角",
"数字",
"Ａ",
"Ｂ",
"Ｃ"
],
"all": [
"２０２０",
"年",
"全角",
"数字",
"ＡＢＣ"
],
"search": [
"２",
"０",
"２",
"０",
"年",
"全角",
"数字",
"Ａ",
"Ｂ",
"Ｃ"
]
},
{
"text": "iPhone15Pro售价7999元",
"hmm": [
"iPhone15Pro",
"售价",
"7999",
"元"
],
"nohmm": [
"iPhone15Pro",
"售价",
"7999",
"元"
],
"all": [
"iPhone15Pro",
"售价",
"7999",
"元"
],
"search": [
"iPhone15Pro",
"售价",
"7999",
"元"
]
},
{
"text": "版本v1.2.3-beta发布",
"hmm": [
"版本",
"v1.2",
".",
"3",
"-",
"beta",
"发布"
],
"nohmm": [
"版本",
"v1",
".",
"2",
".",
"3",
"-",
"beta",
"发布"
],
"all": [
"版本",
"v1",
".",
"2",
".",
"3",
"-",
"beta",
"发布"
],
"search": [
"版本",
"v1.2",
".",
"3",
"-",
"beta",
"发布"
]
},
{
"text": "我们中出了一个叛徒",
"hmm": [
"我们",
"中出",
"了",
"一个",
"叛徒"
],
"nohmm": [
"我们",
"中",
"出",
"了",
"一个",
"叛徒"
],
"all": [
"我们",
"中出",
"了",
"一个",
"叛徒"
],
"search": [
"我们",
"中出",
"了",
"一个",
"叛徒"
]
},
{
"text": "结婚的和尚未结婚的",
"hmm": [
"结婚",
"的",
"和",
"尚未",
"结婚",
"的"
],
"nohmm": [
"结婚",
"的",
"和",
"尚未",
"结婚",
"的"
],
"all": [
"结婚",
"的",
"和尚",
"尚未",
"未结",
"结婚",
"的"
],
"search": [
"结婚",
"的",
"和",
"尚未",
"结婚",
"的"
]
},
{
"text": "",
"hmm": [],
"nohmm": [],
"all": [],
"search": []
},
{
"text": "。",
"hmm": [
"。"
],
"nohmm": [
"。"
],
"all": [
"。"
],
"search": [
"。"
]
},
{
"text": "abc",
"hmm": [
"abc"
],
"nohmm": [
"abc"
],
"all": [
"abc"
],
"search": [
"abc"
]
},
{
"text": "3.14159",
"hmm": [
"3.14159"
],
"nohmm": [
"3",
".",
"14159"
],
"all": [
"3",
".",
"14159"
],
"search": [
"3.14159"
]
},
{
"text": "ABC123def456",
"hmm": [
"ABC123def456"
],
"nohmm": [
"ABC123def456"
],
"all": [
"ABC123def456"
],
"search": [
"ABC123def456"
]
},
{
"text": "王小二在北京清华大学读书",
"hmm": [
"王小二",
"在",
"北京",
"清华大学",
"读书"
],
"nohmm": [
"王小二",
"在",
"北京",
"清华大学",
"读书"
],
"all": [
"王小二",
"小二",
"在",
"北京",
"清华",
"清华大学",
"华大",
"大学",
"读书"
],
"search": [
"小二",
"王小二",
"在",
"北京",
"清华",
"华大",
"大学",
"清华大学",
"读书"
]
},
{
"text": "工信处女干事每月经过下属科室都要亲口交代24口交换机等技术性器件的安装工作",
"hmm": [
"工信处",
"女干事",
"每月",
"经过",
"下属",
"科室",
"都",
"要",
"亲口",
"交代",
"24",
"口",
"交换机",
"等",
"技术性",
"器件",
"的",
"安装",
"工作"
],
"nohmm": [
"工信处",
"女干事",
"每月",
"经过",
"下属",
"科室",
"都",
"要",
"亲口",
"交代",
"24",
"口",
"交换机",
"等",
"技术性",
"器件",
"的",
"安装",
"工作"
],
"all": [
"工信处",
"处女",
"女干事",
"干事",
"每月",
"月经",
"经过",
"下属",
"科室",
"都",
"要",
"亲口",
"口交",
"交代",
"24",
"口交",
"交换",
"交换机",
"换机",
"等",
"技术",
"技术性",
"性器",
"器件",
"的",
"安装",
"安装工",
"装工",
"工作"
],
"search": [
"工信处",
"干事",
"女干事",
"每月",
"经过",
"下属",
"科室",
"都",
"要",
"亲口",
"交代",
"24",
"口",
"交换",
"换机",
"交换机",
"等",
"技术",
"技术性",
"器件",
"的",
"安装",
"工作"
]
}
]

""";
}
