using SummEval.Jieba.PosTagging;
using Xunit;

namespace SummEval.Jieba.Tests.Segmentation;

/// <summary>
/// User dictionaries and run-time words, against python3-jieba 0.42.1 on a fresh Tokenizer (jieba's
/// test_userdict example): load_userdict, then add_word / del_word.
/// </summary>
public sealed class UserDictionaryTests
{
    private const string Text = "李小福是创新办主任也是云计算方面的专家; 什么是八一双鹿\n例如我输入一个带“韩玉赏鉴”的标题，在自定义词库中也增加了此词为N类\n「台中」正確應該不會被切開。mac上可分出「石墨烯」；此時又可以分出來凱特琳了。";

    [Fact]
    public void UserDictionaryAndAddedWordsChangeTheCut()
    {
        var segmenter = JiebaSegmenter.Load();
        Assert.Equal(Split("李小福|是|创新|办|主任|也|是|云|计算|方面|的|专家|;| |什么|是|八|一双|鹿|\n|例如|我|输入|一个|带|“|韩玉|赏鉴|”|的|标题|，|在|自定义词|库中|也|增加|了|此|词为|N|类|\n|「|台|中|」|正確|應該|不會|被|切開|。|mac|上|可|分出|「|石墨|烯|」|；|此時|又|可以|分出|來凱|特琳|了|。"), segmenter.Cut(Text));

        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "\uFEFF云计算 5\n创新办 3 i\n凱特琳 nz\n台中\n\n");
            segmenter.LoadUserDictionary(path);
        }
        finally
        {
            File.Delete(path);
        }

        Assert.Equal(5, segmenter.Dictionary.FrequencyOf("云计算"));
        Assert.Equal(1, segmenter.Dictionary.FrequencyOf("凱特琳"));
        Assert.Equal(69, segmenter.Dictionary.FrequencyOf("台中"));
        Assert.Equal(Split("李小福|是|创新办|主任|也|是|云计算|方面|的|专家|;| |什么|是|八|一双|鹿|\n|例如|我|输入|一个|带|“|韩玉|赏鉴|”|的|标题|，|在|自定义词|库中|也|增加|了|此|词为|N|类|\n|「|台中|」|正確|應該|不會|被|切開|。|mac|上|可|分出|「|石墨|烯|」|；|此時|又|可以|分出|來|凱特琳|了|。"), segmenter.Cut(Text));

        segmenter.AddWord("石墨烯");
        segmenter.AddWord("韩玉赏鉴", 2000, "nz");
        segmenter.DeleteWord("自定义词");
        Assert.Equal(Split("李小福|是|创新办|主任|也|是|云计算|方面|的|专家|;| |什么|是|八|一双|鹿|\n|例如|我|输入|一个|带|“|韩玉赏鉴|”|的|标题|，|在|自定义|词库|中|也|增加|了|此|词为|N|类|\n|「|台中|」|正確|應該|不會|被|切開|。|mac|上|可|分出|「|石墨烯|」|；|此時|又|可以|分出|來|凱特琳|了|。"), segmenter.Cut(Text));

        var tagged = new PosTagger(segmenter).Cut("李小福是创新办主任也是云计算方面的专家").Select(p => p.Word + "/" + p.Flag);
        Assert.Equal(Split("李小福/nr|是/v|创新办/i|主任/b|也/d|是/v|云计算/x|方面/n|的/uj|专家/n"), tagged);
    }

    [Fact]
    public void AnOutOfRangeFrequencyNamesFileAndLine()
    {
        var segmenter = JiebaSegmenter.Load();
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "云计算 5\n大数据 99999999999999999999999 n\n");
            var ex = Assert.Throws<FormatException>(() => segmenter.LoadUserDictionary(path));
            Assert.Contains(path + ", line 2, field freq", ex.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string[] Split(string joined) => joined.Split('|');
}
