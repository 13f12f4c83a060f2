using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using SummEval.Jieba.Keywords;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>
/// A unit of the calendar or the clock after its number (<c>2026|年</c>, <c>12|月</c>, <c>9|时</c>) is part of a date, not a
/// word textrank ranks: before, a tender's dates made its deadline the summary (<c>2026年12月10日至12月17日</c>) and a
/// school's notice its due date rather than what it announces.
/// </summary>
public sealed class DateUnitsTests
{
    // As the CLI builds it: Jieba's general-corpus IDF.
    private static readonly TextRankSummarizer Shipped = new(JiebaSegmenter.Default, new TextRankOptions(), new IdfMemo(TfidfKeywordExtractor.Default.Idf.Of).Of);

    private const string Tender =
        "某市人民医院医疗设备采购项目公开招标公告。项目编号：ZB2026-118。采购内容：1.5T磁共振成像系统1台，预算金额1200万元。"
        + "投标人资格要求：具有独立承担民事责任的能力；具有医疗器械经营许可证；近三年内无重大违法记录。"
        + "获取招标文件时间：2026年12月10日至12月17日，每天9:00—17:00。投标截止时间：2027年1月5日9时30分。联系人：王先生，电话：0571-88888888。";

    [Fact]
    public void ANoticeIsSummarizedByWhatItAnnouncesNotItsDates() =>
        Assert.Equal("某市人民医院医疗设备采购项目公开招标公告", Shipped.Summarize(Tender, 20));
}
